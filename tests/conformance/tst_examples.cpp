// The example pipelines the workbench ships: current with their generator, and green when run
// offline from the command line.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExamples : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QString examples() { return qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/examples"); }

    QJsonObject run(const QString &file, int *code)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), {QStringLiteral("run"), QStringLiteral("--json"), file});
        if (!p.waitForFinished(120000))
            return {};
        *code = p.exitCode();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    static QJsonObject task(const QJsonObject &run, const QString &path)
    {
        for (const QJsonValue &t : run.value(QStringLiteral("tasks")).toArray())
            if (t.toObject().value(QStringLiteral("path")).toString() == path)
                return t.toObject();
        return {};
    }

private slots:
    void examplesAreCurrent()
    {
        QTemporaryDir out;
        QCOMPARE(QProcess::execute(qEnvironmentVariable("KFW_MAKE_EXAMPLES"), {out.path()}), 0);
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QCOMPARE(files.size(), 3);
        for (const QString &f : files) {
            QFile a(out.filePath(f)), b(examples() + QLatin1Char('/') + f);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(),
                     qPrintable(f + QStringLiteral(" differs from its generator: run kfw-make-examples resources/examples")));
        }
    }

    void trainAndEvaluate()
    {
        int code = -1;
        const QJsonObject r = run(examples() + QStringLiteral("/train-and-evaluate.yaml"), &code);
        QCOMPARE(code, 0);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCEEDED"));
        const double accuracy = task(r, QStringLiteral("evaluate")).value(QStringLiteral("outputs")).toObject()
                                    .value(QStringLiteral("Output")).toDouble();
        QVERIFY2(accuracy > 0.8 && accuracy <= 1.0, qPrintable(QString::number(accuracy)));
        // Its evaluation writes metrics, a confusion matrix with an ROC curve, and an HTML report.
        QStringList types;
        for (const QJsonValue &a : task(r, QStringLiteral("evaluate")).value(QStringLiteral("artifacts")).toArray()) {
            const QString type = a.toObject().value(QStringLiteral("type")).toString();
            types << type;
            // Metrics live in the artifact's metadata; the report is a file.
            if (type == QLatin1String("system.HTML")) {
                QFile html(a.toObject().value(QStringLiteral("uri")).toString());
                QVERIFY2(html.open(QIODevice::ReadOnly), qPrintable(html.fileName()));
                QVERIFY(html.readAll().contains("<html"));
            }
        }
        for (const char *type : {"system.Metrics", "system.ClassificationMetrics", "system.HTML"})
            QVERIFY2(types.contains(QString::fromLatin1(type)), qPrintable(types.join(QLatin1Char(','))));
        // Tasks say when they ran and how their process ended.
        const QJsonObject train = task(r, QStringLiteral("train"));
        QCOMPARE(train.value(QStringLiteral("exit_code")).toInt(), 0);
        QVERIFY(QDateTime::fromString(train.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                <= QDateTime::fromString(train.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs));
    }

    void fanOutFanIn()
    {
        int code = -1;
        const QJsonObject r = run(examples() + QStringLiteral("/fan-out-fan-in.yaml"), &code);
        QCOMPARE(code, 0);
        QCOMPARE(task(r, QStringLiteral("total")).value(QStringLiteral("outputs")).toObject().value(QStringLiteral("Output")).toInt(), 30);
    }

    void coinFlipWithExitHandler()
    {
        int code = -1;
        const QJsonObject r = run(examples() + QStringLiteral("/coin-flip.yaml"), &code);
        QCOMPARE(code, 0);
        const QString report = task(r, QStringLiteral("report")).value(QStringLiteral("outputs")).toObject()
                                   .value(QStringLiteral("Output")).toString();
        QCOMPARE(report, QStringLiteral("exit-handler-1 ended COMPLETE"));
        int branches = 0;
        for (const QJsonValue &t : r.value(QStringLiteral("tasks")).toArray())
            branches += t.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/announce"))
                        && t.toObject().value(QStringLiteral("state")).toString() == QLatin1String("SUCCEEDED");
        QCOMPARE(branches, 1);
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
