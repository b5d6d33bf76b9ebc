// The local runner on pipelines this test builds from shell components: data passing, artifacts,
// conditions, loops with collected outputs, exit handlers, retries, parallelism, cancel,
// importers, and clear failures.

#include "cluster/local/runner.h"
#include "tests/unit/runnertesting.h"
#include "cluster/pipelinespec/pipelineeditor.h"
#include "cluster/pipelinespec/validator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QElapsedTimer>
#include <QUrl>

using namespace kfw::local;
using namespace kfw::local::testing;
using namespace kfw::pipelinespec;

namespace {

// A shell component: `script` runs with sh -c; $0, $1, ... are the given placeholders.
ComponentDefinition shell(const QString &name, const QString &script, const QStringList &args)
{
    QStringList command{QStringLiteral("sh"), QStringLiteral("-c"), script};
    command << args;
    return ComponentDefinition::container(name, QStringLiteral("alpine:3.20"), command, {});
}

QString in(const char *name)
{
    return QStringLiteral("{{$.inputs.parameters['%1']}}").arg(QString::fromLatin1(name));
}
QStringList errors(const PipelineDocument &doc)
{
    QStringList e;
    for (const Finding &f : Validator::validate(doc))
        if (f.severity == Finding::Severity::Error)
            e << f.toString();
    return e;
}

} // namespace

class TestLocalRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 0;

    RunOptions options()
    {
        RunOptions o;
        o.runDir = m_dir.filePath(QStringLiteral("run-%1").arg(++m_runs));
        o.parallelism = 2;
        return o;
    }

private slots:
    void dataAndArtifactsFlow()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("flow")));
        ComponentDefinition make = shell(QStringLiteral("make"), QStringLiteral("printf 42 > \"$0\"; printf 'a,b\\n1,2\\n' > \"$1\""),
                                         {out("n"), QStringLiteral("{{$.outputs.artifacts['table'].path}}")});
        make.addParameter(true, QStringLiteral("n"), QStringLiteral("NUMBER_INTEGER"));
        make.addArtifact(true, QStringLiteral("table"), QStringLiteral("system.Dataset"));
        ComponentDefinition use = shell(QStringLiteral("use"),
                                        QStringLiteral("rows=$(wc -l < \"$1\"); printf \"%s-%s-$rows\" \"$0\" \"$2\" > \"$3\""),
                                        {in("n"), QStringLiteral("{{$.inputs.artifacts['table'].path}}"), in("label"), out("Output")});
        use.addParameter(false, QStringLiteral("n"), QStringLiteral("NUMBER_INTEGER"));
        use.addParameter(false, QStringLiteral("label"), QStringLiteral("STRING"));
        use.addArtifact(false, QStringLiteral("table"), QStringLiteral("system.Dataset"));
        use.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        QString error;
        const auto a = *ed.addTask(ed.addComponent(make), &error);
        const auto b = *ed.addTask(ed.addComponent(use), &error);
        const EditResult c1 = ed.connect(b, QStringLiteral("n"), a, QStringLiteral("n"));
        QVERIFY2(c1, qPrintable(c1.error));
        QVERIFY(ed.connect(b, QStringLiteral("table"), a, QStringLiteral("table")));
        QVERIFY(ed.addPipelineParameter(QStringLiteral("label"), QStringLiteral("STRING"), YamlValue::string(QStringLiteral("x"))));
        QVERIFY(ed.bindPipelineParameter(b, QStringLiteral("label"), QStringLiteral("label")));
        QVERIFY(errors(ed.document()).isEmpty());

        LocalRunner runner(ed.document(), {{QStringLiteral("label"), YamlValue::string(QStringLiteral("run"))}}, options());
        QStringList transitions;
        connect(&runner, &LocalRunner::taskChanged, this,
                [&](const QString &path, TaskState s) { transitions << path + QLatin1Char(':') + taskStateName(s); });
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Succeeded);
        QCOMPARE(runner.task(QStringLiteral("use"))->outputs.value(QStringLiteral("Output")).text(), QStringLiteral("42-run-2"));
        QCOMPARE(runner.task(QStringLiteral("make"))->outputs.value(QStringLiteral("n")).toInt(), 42);
        const RuntimeArtifact table = runner.task(QStringLiteral("make"))->artifacts.value(QStringLiteral("table")).first();
        QVERIFY(QFile::exists(table.uri));
        QCOMPARE(table.schemaTitle, QStringLiteral("system.Dataset"));
        QCOMPARE(transitions, (QStringList{QStringLiteral("make:RUNNING"), QStringLiteral("make:SUCCEEDED"),
                                           QStringLiteral("use:RUNNING"), QStringLiteral("use:SUCCEEDED")}));
        QVERIFY(QFile::exists(runner.task(QStringLiteral("use"))->logFile));
    }

    void conditionsLoopsAndCollectedOutputs()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("control")));
        ComponentDefinition flip = shell(QStringLiteral("flip"), QStringLiteral("printf heads > \"$0\""), {out("Output")});
        flip.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        ComponentDefinition twice = shell(QStringLiteral("twice"), QStringLiteral("printf $(( $0 * 2 )) > \"$1\""), {in("x"), out("Output")});
        twice.addParameter(false, QStringLiteral("x"), QStringLiteral("NUMBER_INTEGER"));
        twice.addParameter(true, QStringLiteral("Output"), QStringLiteral("NUMBER_INTEGER"));
        ComponentDefinition sum = shell(QStringLiteral("sum"),
                                        QStringLiteral("echo \"$0\" | tr -d '[] ' | tr ',' '\\n' | awk '{s+=$1} END {printf s}' > \"$1\""),
                                        {in("values"), out("Output")});
        sum.addParameter(false, QStringLiteral("values"), QStringLiteral("LIST"));
        sum.addParameter(true, QStringLiteral("Output"), QStringLiteral("NUMBER_INTEGER"));
        ComponentDefinition say = shell(QStringLiteral("say"), QStringLiteral("printf \"$0\" > \"$1\""), {in("text"), out("Output")});
        say.addParameter(false, QStringLiteral("text"), QStringLiteral("STRING"));
        say.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        const QString flipC = ed.addComponent(flip), twiceC = ed.addComponent(twice), sumC = ed.addComponent(sum),
                      sayC = ed.addComponent(say);
        QString error;
        const auto coin = *ed.addTask(flipC, &error);
        const PipelineEditor::Operand side{coin, QStringLiteral("Output")};
        const auto branches = *ed.addIfElse(QStringLiteral("root"),
                                            {{side, QStringLiteral("=="), YamlValue::string(QStringLiteral("heads"))}}, true, &error);
        const auto yes = *ed.addTask(sayC, branches.at(0), &error);
        QVERIFY(ed.setConstant(yes, QStringLiteral("text"), YamlValue::string(QStringLiteral("was heads"))));
        const auto no = *ed.addTask(sayC, branches.at(1), &error);
        QVERIFY(ed.setConstant(no, QStringLiteral("text"), YamlValue::string(QStringLiteral("was tails"))));
        const auto picked = *ed.addOneOfOutput(QStringLiteral("comp-condition-branches-1"), {{yes, QStringLiteral("Output")}, {no, QStringLiteral("Output")}}, &error);
        const auto echo = *ed.addTask(sayC, &error);
        QVERIFY(ed.connect(echo, QStringLiteral("text"), *ed.find(QStringLiteral("root"), QStringLiteral("condition-branches-1")), picked));

        const QString loop = *ed.addParallelFor(QStringLiteral("root"), YamlValue::sequence({YamlValue::integer(1), YamlValue::integer(2), YamlValue::integer(3)}), 2, &error);
        const auto doubler = *ed.addTask(twiceC, loop, &error);
        QVERIFY(ed.bindLoopItem(doubler, QStringLiteral("x"), loop));
        const auto collected = *ed.exposeToParent(doubler, QStringLiteral("Output"), &error);
        const auto total = *ed.addTask(sumC, &error);
        QVERIFY(ed.connect(total, QStringLiteral("values"), *ed.find(QStringLiteral("root"), QStringLiteral("for-loop-4")), collected));
        QVERIFY2(errors(ed.document()).isEmpty(), qPrintable(errors(ed.document()).join(QLatin1Char('\n'))));

        LocalRunner runner(ed.document(), {}, options());
        const Run r = run(runner);
        QVERIFY2(r.state == TaskState::Succeeded, qPrintable(r.message));
        QCOMPARE(runner.task(QStringLiteral("condition-branches-1/condition-2"))->state, TaskState::Succeeded);
        QCOMPARE(runner.task(QStringLiteral("condition-branches-1/condition-3"))->state, TaskState::Skipped);
        QCOMPARE(runner.task(QStringLiteral("condition-branches-1/condition-2/say"))->state, TaskState::Succeeded);
        QVERIFY(!runner.task(QStringLiteral("condition-branches-1/condition-3/say"))); // never started
        QCOMPARE(runner.task(QStringLiteral("say"))->outputs.value(QStringLiteral("Output")).text(), QStringLiteral("was heads"));
        QCOMPARE(runner.task(QStringLiteral("for-loop-4[2]/twice"))->outputs.value(QStringLiteral("Output")).toInt(), 6);
        QCOMPARE(runner.task(QStringLiteral("sum"))->outputs.value(QStringLiteral("Output")).toInt(), 12);
    }

    void exitHandlerSeesTheFailure()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("exit")));
        ComponentDefinition fail = shell(QStringLiteral("fail"), QStringLiteral("echo boom >&2; exit 7"), {});
        ComponentDefinition report = shell(QStringLiteral("report"), QStringLiteral("printf '%s' \"$0\" > \"$1\""), {in("status"), out("Output")});
        report.addParameter(false, QStringLiteral("status"), QStringLiteral("TASK_FINAL_STATUS"));
        ensureOptional(report, QStringLiteral("status"));
        report.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        const QString failC = ed.addComponent(fail), reportC = ed.addComponent(report);
        QString error;
        std::optional<TaskId> exitTask;
        const QString handler = *ed.addExitHandler(QStringLiteral("root"), reportC, &exitTask, &error);
        QVERIFY(ed.addTask(failC, handler, &error));
        LocalRunner runner(ed.document(), {}, options());
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("7")), qPrintable(r.message));
        const TaskRecord *rep = runner.task(QStringLiteral("report"));
        QCOMPARE(rep->state, TaskState::Succeeded);
        const QString status = rep->outputs.value(QStringLiteral("Output")).text();
        QVERIFY2(status.contains(QStringLiteral("\"state\": \"FAILED\"")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("exit-handler-1")));
        QFile log(runner.task(QStringLiteral("exit-handler-1/fail"))->logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("boom"));
    }

    void retriesUntilItWorks()
    {
        const QString counter = m_dir.filePath(QStringLiteral("attempts"));
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("retry")));
        ComponentDefinition flaky = shell(QStringLiteral("flaky"),
                                          QStringLiteral("echo x >> '%1'; [ $(wc -l < '%1') -ge 2 ]").arg(counter), {});
        QString error;
        const auto t = *ed.addTask(ed.addComponent(flaky), &error);
        QVERIFY(ed.setRetry(t, 2, 1.0, 0));
        LocalRunner runner(ed.document(), {}, options());
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Succeeded);
        QCOMPARE(runner.task(QStringLiteral("flaky"))->attempts, 2);
    }

    void retriesWaitTheirBackOff()
    {
        // Back-off 1 s, factor 2: the second retry comes at least 1 + 2 s after the first failure.
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("backoff")));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(shell(QStringLiteral("fails"), QStringLiteral("exit 3"), {})), &error);
        QVERIFY(ed.setRetry(t, 2, 2.0, 1));
        LocalRunner runner(ed.document(), {}, options());
        QElapsedTimer clock;
        clock.start();
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Failed);
        QCOMPARE(runner.task(QStringLiteral("fails"))->attempts, 3);
        QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelEndsABackOffWait()
    {
        // A task waiting a minute before its retry is cancelled at once with the run.
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("patient")));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(shell(QStringLiteral("fails"), QStringLiteral("exit 3"), {})), &error);
        QVERIFY(ed.setRetry(t, 3, 2.0, 60));
        LocalRunner runner(ed.document(), {}, options());
        QSignalSpy done(&runner, &LocalRunner::runFinished);
        runner.start();
        QTRY_VERIFY(runner.task(QStringLiteral("fails")) && runner.task(QStringLiteral("fails"))->message.contains(QStringLiteral("retrying")));
        runner.cancel();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<TaskState>(), TaskState::Cancelled);
        QCOMPARE(runner.task(QStringLiteral("fails"))->state, TaskState::Cancelled);
    }

    void parallelismIsRespected()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("wide")));
        const QString nap = ed.addComponent(shell(QStringLiteral("nap"), QStringLiteral("sleep 0.3"), {}));
        QString error;
        for (int i = 0; i < 5; ++i)
            QVERIFY(ed.addTask(nap, &error));
        LocalRunner runner(ed.document(), {}, options()); // parallelism 2
        int running = 0, peak = 0;
        connect(&runner, &LocalRunner::taskChanged, this, [&](const QString &, TaskState s) {
            running += s == TaskState::Running ? 1 : -1;
            peak = std::max(peak, running);
        });
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Succeeded);
        QCOMPARE(peak, 2);
    }

    void cancelStopsEverything()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("long")));
        const QString nap = ed.addComponent(shell(QStringLiteral("nap"), QStringLiteral("sleep 60"), {}));
        QString error;
        const auto a = *ed.addTask(nap, &error);
        const auto b = *ed.addTask(nap, &error);
        QVERIFY(ed.addDependency(b, a));
        LocalRunner runner(ed.document(), {}, options());
        QSignalSpy done(&runner, &LocalRunner::runFinished);
        QSignalSpy changed(&runner, &LocalRunner::taskChanged);
        runner.start();
        QTRY_VERIFY(changed.count() >= 1); // nap is running
        QElapsedTimer t;
        t.start();
        runner.cancel();
        QVERIFY(done.wait(15000));
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(done.first().at(0).value<TaskState>(), TaskState::Cancelled);
        QCOMPARE(runner.task(QStringLiteral("nap"))->state, TaskState::Cancelled);
        QCOMPARE(runner.task(QStringLiteral("nap-2"))->state, TaskState::Cancelled);
    }

    void importers()
    {
        const QString file = m_dir.filePath(QStringLiteral("input.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x\n1\n");
        f.close();
        for (const QString &uri : {QUrl::fromLocalFile(file).toString(), QStringLiteral("gs://bucket/data.csv")}) {
            PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("import")));
            ComponentDefinition importer;
            importer.name = QStringLiteral("importer");
            importer.addArtifact(true, QStringLiteral("artifact"), QStringLiteral("system.Dataset"));
            YamlValue imp = YamlValue::mapping();
            YamlValue artifactUri = YamlValue::mapping();
            artifactUri.insert(QStringLiteral("constant"), YamlValue::string(uri));
            imp.insert(QStringLiteral("artifactUri"), artifactUri);
            YamlValue typeSchema = YamlValue::mapping();
            typeSchema.insert(QStringLiteral("schemaTitle"), YamlValue::string(QStringLiteral("system.Dataset")));
            imp.insert(QStringLiteral("typeSchema"), typeSchema);
            importer.executor = YamlValue::mapping();
            importer.executor.insert(QStringLiteral("importer"), imp);
            ComponentDefinition read = shell(QStringLiteral("read"), QStringLiteral("cat \"$0\" > \"$1\""),
                                             {QStringLiteral("{{$.inputs.artifacts['data'].path}}"), out("Output")});
            read.addArtifact(false, QStringLiteral("data"), QStringLiteral("system.Dataset"));
            read.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
            QString error;
            const auto i = *ed.addTask(ed.addComponent(importer), &error);
            const auto r2 = *ed.addTask(ed.addComponent(read), &error);
            QVERIFY(ed.connect(r2, QStringLiteral("data"), i, QStringLiteral("artifact")));
            LocalRunner runner(ed.document(), {}, options());
            const Run r = run(runner);
            if (uri.startsWith(QLatin1String("file:"))) {
                QCOMPARE(r.state, TaskState::Succeeded);
                QCOMPARE(runner.task(QStringLiteral("read"))->outputs.value(QStringLiteral("Output")).text(), QStringLiteral("x\n1\n"));
            } else {
                QCOMPARE(r.state, TaskState::Failed);
                QVERIFY2(r.message.contains(QStringLiteral("cannot reach")), qPrintable(r.message));
                QCOMPARE(runner.task(QStringLiteral("read"))->state, TaskState::Skipped);
            }
        }
    }

    // Components written with the KFP SDK (Python functions) run offline through the
    // workbench's runtime: artifacts, metrics, NamedTuple outputs.
    void pythonComponentsRunOffline()
    {
        const char *prepareSource = R"(def prepare(rows: int, data: Output[Dataset]) -> int:
    with open(data.path, 'w') as f:
        for i in range(rows):
            f.write(f'{i}\n')
    data.metadata['rows'] = rows
    return rows * 2
)";
        const char *trainSource = R"(def train(data: Input[Dataset], doubled: int, model: Output[Model], metrics: Output[Metrics]) -> NamedTuple('Outputs', [('accuracy', float), ('lines', int)]):
    lines = open(data.path).read().split()
    with open(model.path, 'w') as f:
        f.write('weights')
    metrics.log_metric('accuracy', 0.75)
    Outputs = NamedTuple('Outputs', [('accuracy', float), ('lines', int)])
    return Outputs(0.75, len(lines) + doubled)
)";
        QString error;
        const auto prepare = ComponentDefinition::fromPythonFunction(QString::fromUtf8(prepareSource), QStringLiteral("prepare"),
                                                                     QStringLiteral("python:3.11"), {}, &error);
        const auto train = ComponentDefinition::fromPythonFunction(QString::fromUtf8(trainSource), QStringLiteral("train"),
                                                                   QStringLiteral("python:3.11"), {}, &error);
        QVERIFY2(prepare && train, qPrintable(error));
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("python")));
        const auto a = *ed.addTask(ed.addComponent(*prepare), &error);
        const auto b = *ed.addTask(ed.addComponent(*train), &error);
        QVERIFY(ed.setConstant(a, QStringLiteral("rows"), YamlValue::integer(3)));
        QVERIFY(ed.connect(b, QStringLiteral("data"), a, QStringLiteral("data")));
        QVERIFY(ed.connect(b, QStringLiteral("doubled"), a, QStringLiteral("Output")));
        QVERIFY(errors(ed.document()).isEmpty());

        RunOptions o = options();
        o.pythonRuntimeDir = qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/runtime");
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner, 60000);
        QFile log(runner.task(QStringLiteral("train"))->logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY2(r.state == TaskState::Succeeded, qPrintable(r.message + QLatin1Char('\n') + QString::fromUtf8(logText)));
        QVERIFY(logText.contains("kfp install step is skipped"));
        QCOMPARE(runner.task(QStringLiteral("prepare"))->outputs.value(QStringLiteral("Output")).toInt(), 6);
        QCOMPARE(runner.task(QStringLiteral("prepare"))->artifacts.value(QStringLiteral("data")).first().metadata.value(QStringLiteral("rows")).toInt(), 3);
        const TaskRecord *t = runner.task(QStringLiteral("train"));
        QCOMPARE(t->outputs.value(QStringLiteral("accuracy")).toDouble(), 0.75);
        QCOMPARE(t->outputs.value(QStringLiteral("lines")).toInt(), 9);
        QCOMPARE(t->artifacts.value(QStringLiteral("metrics")).first().metadata.value(QStringLiteral("accuracy")).toDouble(), 0.75);
        QFile model(t->artifacts.value(QStringLiteral("model")).first().uri);
        QVERIFY(model.open(QIODevice::ReadOnly));
        QCOMPARE(model.readAll(), QByteArray("weights"));
    }

    void kubernetesOptionsOnTheWorkstation()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("platform")));
        ComponentDefinition show = shell(QStringLiteral("show"), QStringLiteral("printf \"$DB_PASSWORD/$(cat /tmp/kfw-runner-test-data/seed)\" > \"$0\""),
                                         {out("Output")});
        show.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(show), &error);
        QVERIFY(ed.mountSecretAsEnv(t, QStringLiteral("db"), QStringLiteral("password"), QStringLiteral("DB_PASSWORD")));
        QVERIFY(ed.mountPvc(t, QStringLiteral("data"), QStringLiteral("/tmp/kfw-runner-test-data")));
        QVERIFY(ed.setNodeSelector(t, QStringLiteral("disktype"), QStringLiteral("ssd")));
        QFile::remove(QStringLiteral("/tmp/kfw-runner-test-data"));

        // Without values: the task names what it needs.
        {
            LocalRunner runner(ed.document(), {}, options());
            const Run r = run(runner);
            QCOMPARE(r.state, TaskState::Failed);
            QVERIFY2(r.message.contains(QStringLiteral("needs secret 'db'"))
                         && r.message.contains(QStringLiteral("local secret set db password")), qPrintable(r.message));
        }
        // With a secret value and a local folder for the claim, it runs; the node selector is noted.
        QTemporaryDir folder;
        QFile seed(folder.filePath(QStringLiteral("seed")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("42");
        seed.close();
        RunOptions o = options();
        o.secrets.insert(QStringLiteral("db"), {{QStringLiteral("password"), QStringLiteral("s3cret")}});
        o.volumes.insert(QStringLiteral("data"), folder.path());
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner);
        QVERIFY2(r.state == TaskState::Succeeded, qPrintable(r.message));
        QCOMPARE(runner.task(QStringLiteral("show"))->outputs.value(QStringLiteral("Output")).text(), QStringLiteral("s3cret/42"));
        QFile log(runner.task(QStringLiteral("show"))->logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("ignored: nodeSelector"));
        QFile::remove(QStringLiteral("/tmp/kfw-runner-test-data"));
    }

    void secretFilesOnTheHostArePrivateAndTemporary()
    {
        // A secret mounted as files: on the host they are the user's alone and gone after the task.
        const QString mount = m_dir.filePath(QStringLiteral("secret-files"));
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("files")));
        ComponentDefinition show = shell(QStringLiteral("show"), QStringLiteral("stat -c %a '%1/token' > \"$0\"").arg(mount), {out("Output")});
        show.addParameter(true, QStringLiteral("Output"), QStringLiteral("STRING"));
        QString error;
        const auto t = *ed.addTask(ed.addComponent(show), &error);
        QVERIFY(ed.mountSecretAsVolume(t, QStringLiteral("api"), mount));
        RunOptions o = options();
        o.secrets.insert(QStringLiteral("api"), {{QStringLiteral("token"), QStringLiteral("abc")}});
        LocalRunner runner(ed.document(), {}, o);
        const Run r = run(runner);
        QVERIFY2(r.state == TaskState::Succeeded, qPrintable(r.message));
        QCOMPARE(runner.task(QStringLiteral("show"))->outputs.value(QStringLiteral("Output")).text().trimmed(), QStringLiteral("600"));
        QTRY_VERIFY(!QFileInfo::exists(mount + QStringLiteral("/token")));
    }

    void taskDeadlineFromThePlatformSpec()
    {
        // kfp-kubernetes' set_timeout writes activeDeadlineSeconds: the task is ended after it.
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("deadline")));
        QString error;
        QVERIFY(ed.addTask(ed.addComponent(shell(QStringLiteral("slow"), QStringLiteral("sleep 30"), {})), &error));
        PipelineDocument doc = ed.document();
        YamlValue executor = YamlValue::mapping();
        executor.insert(QStringLiteral("activeDeadlineSeconds"), YamlValue::integer(1));
        YamlValue executors = YamlValue::mapping();
        const QString label = doc.spec().at({"components"})->entries().front().value.value(QStringLiteral("executorLabel")).text();
        executors.insert(label, executor);
        YamlValue deployment = YamlValue::mapping();
        deployment.insert(QStringLiteral("executors"), executors);
        YamlValue kubernetes = YamlValue::mapping();
        kubernetes.insert(QStringLiteral("deploymentSpec"), deployment);
        YamlValue platforms = YamlValue::mapping();
        platforms.insert(QStringLiteral("kubernetes"), kubernetes);
        YamlValue platform = YamlValue::mapping();
        platform.insert(QStringLiteral("platforms"), platforms);
        doc.platform() = platform;
        LocalRunner runner(doc, {}, options());
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Failed); // sleep 30 would have succeeded
        QVERIFY2(runner.task(QStringLiteral("slow"))->message.contains(QStringLiteral("time")),
                 qPrintable(runner.task(QStringLiteral("slow"))->message));
    }

    void bootstrapLocalization()
    {
        QString note;
        const QStringList sdk{QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("\nif ! [ -x \"$(command -v pip)\" ]; then\n    python3 -m ensurepip\nfi\n\n"
                                             "PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location "
                                             "'kfp==2.14.3' '--no-deps' 'typing-extensions>=3.7.4,<5; python_version<\"3.9\"' && \"$0\" \"$@\"\n"),
                              QStringLiteral("sh"), QStringLiteral("-ec"), QStringLiteral("launcher"), QStringLiteral("source")};
        QCOMPARE(localizePythonBootstrap(sdk, &note),
                 (QStringList{QStringLiteral("sh"), QStringLiteral("-ec"), QStringLiteral("launcher"), QStringLiteral("source")}));
        QStringList withPackages = sdk;
        withPackages[2].replace(QStringLiteral("'kfp==2.14.3'"), QStringLiteral("'kfp==2.14.3' 'scikit-learn==1.5'"));
        const QStringList out = localizePythonBootstrap(withPackages, &note);
        QCOMPARE(out.size(), 7);
        // Installed into the task's own folder, which a PEP 668 system Python allows.
        QVERIFY(out.at(2).contains(QStringLiteral("--target \"$PWD/.python-packages\"")));
        QVERIFY2(out.at(2).contains(QStringLiteral("'scikit-learn==1.5'")) && !out.at(2).contains(QStringLiteral("kfp==")),
                 qPrintable(out.at(2)));
        QVERIFY(note.contains(QStringLiteral("scikit-learn")));
        // Anything else is left alone.
        const QStringList plain{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi")};
        QCOMPARE(localizePythonBootstrap(plain, &note), plain);
    }

    void badParametersAreRefusedBeforeRunning()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("params")));
        QVERIFY(ed.addPipelineParameter(QStringLiteral("n"), QStringLiteral("NUMBER_INTEGER"), std::nullopt));
        QString error;
        QVERIFY(ed.addTask(ed.addComponent(shell(QStringLiteral("noop"), QStringLiteral("true"), {})), &error));
        {
            LocalRunner runner(ed.document(), {}, options());
            const Run r = run(runner);
            QCOMPARE(r.state, TaskState::Failed);
            QVERIFY2(r.message.contains(QStringLiteral("needs a value for parameter 'n'")), qPrintable(r.message));
            QCOMPARE(runner.task(QStringLiteral("noop")), nullptr);
        }
        {
            LocalRunner runner(ed.document(), {{QStringLiteral("n"), YamlValue::string(QStringLiteral("three"))}}, options());
            const Run r = run(runner);
            QCOMPARE(r.state, TaskState::Failed);
            QVERIFY2(r.message.contains(QStringLiteral("NUMBER_INTEGER")), qPrintable(r.message));
        }
        {
            LocalRunner runner(ed.document(), {{QStringLiteral("m"), YamlValue::integer(1)}}, options());
            QCOMPARE(run(runner).state, TaskState::Failed);
        }
    }

    void missingCommandFailsTheTaskClearly()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("missing")));
        QString error;
        QVERIFY(ed.addTask(ed.addComponent(ComponentDefinition::container(QStringLiteral("gpu"), QStringLiteral("nvidia/cuda"),
                                                                          {QStringLiteral("nvidia-smi-kfw-test")}, {})),
                           &error));
        LocalRunner runner(ed.document(), {}, options());
        const Run r = run(runner);
        QCOMPARE(r.state, TaskState::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("not on this workstation")), qPrintable(r.message));
    }

private:
    static void ensureOptional(ComponentDefinition &def, const QString &input)
    {
        YamlValue *p = def.inputs.find(QStringLiteral("parameters"))->find(input);
        p->insert(QStringLiteral("isOptional"), YamlValue::boolean(true));
    }
};

QTEST_GUILESS_MAIN(TestLocalRunner)
#include "tst_localrunner.moc"
