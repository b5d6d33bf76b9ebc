// `kubeflow-workbench pipeline ...` as a user runs it: inspect prints each conformance
// pipeline's manifest row, validate exits 1 on errors, format round-trips, diff compares.

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("KFW_APP_BINARY"), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString kfp()
{
    return qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp");
}
} // namespace

class TestPipelineCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFileInfo(kfp() + QStringLiteral("/pipelines-manifest.csv")).isFile())
            QSKIP("Kubeflow conformance files not found; set KFW_CONFORMANCE_DIR to run this suite.");
    }

    void inspectJsonEqualsTheManifest()
    {
        QFile csv(kfp() + QStringLiteral("/pipelines-manifest.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("file,pipelineInfo.name,documents,root_dag_tasks,component_specs,executors,"
                                          "uses_parallelfor,uses_condition,uses_exit_handler,has_platform_spec"));
        int checked = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList c = QString::fromUtf8(rows.at(i)).split(QLatin1Char(','));
            const Result r = run({QStringLiteral("pipeline"), QStringLiteral("inspect"),
                                  kfp() + QStringLiteral("/pipelines/") + c.at(0), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, r.err.constData());
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.size(), 9);
            QCOMPARE(o.value(QStringLiteral("name")).toString(), c.at(1));
            QCOMPARE(o.value(QStringLiteral("documents")).toInt(-1), c.at(2).toInt());
            QCOMPARE(o.value(QStringLiteral("root_dag_tasks")).toInt(-1), c.at(3).toInt());
            QCOMPARE(o.value(QStringLiteral("component_specs")).toInt(-1), c.at(4).toInt());
            QCOMPARE(o.value(QStringLiteral("executors")).toInt(-1), c.at(5).toInt());
            for (int k = 6; k <= 9; ++k) {
                const QString key = QStringList{QStringLiteral("uses_parallelfor"), QStringLiteral("uses_condition"),
                                                QStringLiteral("uses_exit_handler"),
                                                QStringLiteral("has_platform_spec")}
                                        .at(k - 6);
                QVERIFY2(o.value(key).isBool(), qPrintable(key));
                QCOMPARE(o.value(key).toBool(), c.at(k) == QLatin1String("true"));
            }
            ++checked;
        }
        QCOMPARE(checked, 125);
    }

    void inspectTree()
    {
        const Result r = run({QStringLiteral("pipeline"), QStringLiteral("inspect"),
                              kfp() + QStringLiteral("/pipelines/pipeline_with_loops_and_conditions.yaml")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Tasks:"));
        QVERIFY(r.out.contains("  condition-1  [comp-condition-1]"));
        QVERIFY(r.out.contains("\n    for-loop-2  [comp-for-loop-2]")); // nested one level deeper
    }

    void validateExitCodes()
    {
        Result ok = run({QStringLiteral("pipeline"), QStringLiteral("validate"),
                         kfp() + QStringLiteral("/pipelines/hello_world.yaml")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains("no problems found"));
        Result bad = run({QStringLiteral("pipeline"), QStringLiteral("validate"), QStringLiteral("--json"),
                          kfp() + QStringLiteral("/pipelines/hello_world.yaml"),
                          kfp() + QStringLiteral("/pipelines-invalid/no_name.yaml")});
        QCOMPARE(bad.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(bad.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        Result v1 = run({QStringLiteral("pipeline"), QStringLiteral("inspect"),
                         kfp() + QStringLiteral("/argo-v1/") + QDir(kfp() + QStringLiteral("/argo-v1")).entryList({QStringLiteral("*.yaml")}).first()});
        QCOMPARE(v1.code, 1);
        QVERIFY(v1.err.contains("KFP v1 pipeline"));
        Result usage = run({QStringLiteral("pipeline"), QStringLiteral("frobnicate")});
        QCOMPARE(usage.code, 2);
    }

    void formatRoundTripsAndDiffFindsNothing()
    {
        QTemporaryDir dir;
        const QString in = kfp() + QStringLiteral("/pipelines/pipeline_with_secret_as_volume.yaml");
        const QString out = dir.filePath(QStringLiteral("formatted.yaml"));
        QCOMPARE(run({QStringLiteral("pipeline"), QStringLiteral("format"), in, QStringLiteral("-o"), out}).code, 0);
        QVERIFY(QFileInfo(out).size() > 0);
        const Result d = run({QStringLiteral("pipeline"), QStringLiteral("diff"), in, out, QStringLiteral("--json")});
        QCOMPARE(d.code, 0);
        QCOMPARE(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("identical")).toBool(), true);
        const Result d2 = run({QStringLiteral("pipeline"), QStringLiteral("diff"), in,
                               kfp() + QStringLiteral("/pipelines/hello_world.yaml")});
        QCOMPARE(d2.code, 0);
        QVERIFY(d2.out.contains("removed task root/tasks/comp"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineCli)
#include "tst_pipeline_cli.moc"
