// The kubeflow-workbench executable's command line, run as a user would: no display, separate
// settings and data folders.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Result run(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("KUBECONFIG"));
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("KFW_APP_BINARY")), "KFW_APP_BINARY must name the built app");
        QVERIFY(m_home.isValid());
    }

    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("kubeflow-workbench ")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().section(QLatin1Char(' '), 1).contains(QLatin1Char('.')));
        QVERIFY(r.err.isEmpty());

        const Result j = run({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), r.out.trimmed().section(QLatin1Char(' '), 1));
        QVERIFY(o.value(QStringLiteral("qt")).toString().startsWith(QStringLiteral("6.")));
    }

    void help()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
            const Result r = run({flag});
            QCOMPARE(r.exitCode, 0);
            for (const char *expected : {"--screenshot FILE", "--page ID", "--size WxH", "--open FILE", "doctor",
                                         "version", "--json", "Exit codes"})
                QVERIFY2(r.out.contains(QLatin1String(expected)), expected);
        }
        const Result r = run({QStringLiteral("help"), QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command 'frobnicate'";
        QTest::addRow("unknown option of a command")
            << QStringList{QStringLiteral("doctor"), QStringLiteral("--bogus")} << "bogus";
        QTest::addRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("10x10")} << "--size";
        QTest::addRow("bad theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")} << "--theme";
        QTest::addRow("unknown page")
            << QStringList{QStringLiteral("--page"), QStringLiteral("nope"), QStringLiteral("--screenshot"),
                           QStringLiteral("x.png")}
            << "There is no page 'nope'";
        QTest::addRow("screenshot not png")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.jpg")} << "PNG";
        QTest::addRow("unknown GUI option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A desktop opens a file with "kubeflow-workbench FILE": that starts the GUI, not a command.
    void aFileArgumentOpensTheGui()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const Result r = run({file, QStringLiteral("--screenshot"), shot});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(shot));
        const Result missing = run({dir.filePath(QStringLiteral("missing.yaml"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("Unknown command")), qPrintable(missing.err));
    }

    void jsonErrorsAreJson()
    {
        const Result r = run({QStringLiteral("--json"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.err.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("exitCode")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
            QStringLiteral("frobnicate")));
    }

    void doctorReportsTheMachine()
    {
        const Result r = run({QStringLiteral("doctor"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QHash<QString, QJsonObject> checks;
        for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray())
            checks.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        for (const char *id : {"qt", "data-folder", "display", "python3", "kubeconfig", "kubectl", "keychain"})
            QVERIFY2(checks.contains(QLatin1String(id)), id);
        QCOMPARE(checks.value(QStringLiteral("data-folder")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(checks.value(QStringLiteral("data-folder")).value(QStringLiteral("detail")).toString().startsWith(
            m_home.filePath(QStringLiteral("data"))));
        // No display in this environment: noted with what to do, not an error.
        QCOMPARE(checks.value(QStringLiteral("display")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("note"));
        QVERIFY(checks.value(QStringLiteral("display")).value(QStringLiteral("hint")).toString().contains(
            QStringLiteral("xvfb-run")));
        QCOMPARE(checks.value(QStringLiteral("kubeconfig")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("note"));
    }

    void doctorFindsAKubeconfigAndFailsOnAnUnwritableDataFolder()
    {
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        QFile f(kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\n");
        f.close();
        // A plain file where the data folder should be: it cannot be created.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QFile b(blocked);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.close();
        const Result r = run({QStringLiteral("doctor")},
                             {QStringLiteral("KUBECONFIG=") + kubeconfig, QStringLiteral("XDG_DATA_HOME=") + blocked});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(kubeconfig), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("[XX]")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("not writable")), qPrintable(r.out));
    }

    void chineseCommandLine()
    {
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("用法")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
