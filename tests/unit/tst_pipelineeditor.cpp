// The editing API: pipelines built from scratch with every construct export, re-import to the
// same model and validate clean; bad edits are refused with a reason; references stay right.

#include "cluster/pipelinespec/celexpression.h"
#include "cluster/pipelinespec/pipelineeditor.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QDir>
#include <QTest>

using namespace kfw::pipelinespec;

namespace {

const char *kTrainSource = R"(def train(data: Input[Dataset], epochs: int = 3, lr: float = 0.1, model: Output[Model] = None) -> float:
    import json
    return 0.9
)";

const char *kFlipSource = R"(def flip(seed: int) -> str:
    import random
    random.seed(seed)
    return random.choice(['heads', 'tails'])
)";

const char *kReportSource = R"(def report(status: PipelineTaskFinalStatus, message: str):
    print(status.state, message)
)";

ComponentDefinition python(const char *source, const char *function)
{
    QString error;
    auto def = ComponentDefinition::fromPythonFunction(QString::fromUtf8(source), QString::fromLatin1(function),
                                                       QStringLiteral("python:3.11"), {}, &error);
    if (!def)
        qFatal("%s", qPrintable(error));
    return *def;
}

ComponentDefinition loadData()
{
    ComponentDefinition def = ComponentDefinition::container(QStringLiteral("load data"), QStringLiteral("alpine:3.20"),
                                                             {QStringLiteral("sh"), QStringLiteral("-c")},
                                                             {QStringLiteral("echo rows > \"$0\""),
                                                              QStringLiteral("{{$.outputs.artifacts['data'].path}}")});
    def.addArtifact(true, QStringLiteral("data"), QStringLiteral("system.Dataset"));
    def.addParameter(true, QStringLiteral("rows"), QStringLiteral("NUMBER_INTEGER"));
    return def;
}

QStringList errors(const PipelineDocument &doc)
{
    QStringList out;
    for (const Finding &f : Validator::validate(doc))
        if (f.severity == Finding::Severity::Error)
            out << f.toString();
    return out;
}

PipelineDocument roundTrip(const PipelineDocument &doc)
{
    ReadError e;
    auto again = PipelineDocument::fromBytes(doc.toYaml(), QStringLiteral("x.yaml"), &e);
    if (!again)
        qFatal("%s\n%s", qPrintable(e.toString()), doc.toYaml().constData());
    return *again;
}

} // namespace

class TestPipelineEditor : public QObject
{
    Q_OBJECT
private slots:
    void pythonFunctionSignature()
    {
        const ComponentDefinition def = python(kTrainSource, "train");
        QCOMPARE(def.inputs.at({"artifacts", "data", "artifactType", "schemaTitle"})->text(), QStringLiteral("system.Dataset"));
        QCOMPARE(def.inputs.at({"parameters", "epochs", "parameterType"})->text(), QStringLiteral("NUMBER_INTEGER"));
        QCOMPARE(def.inputs.at({"parameters", "epochs", "defaultValue"})->toInt(), 3);
        QCOMPARE(def.inputs.at({"parameters", "lr", "defaultValue"})->toDouble(), 0.1);
        QCOMPARE(def.outputs.at({"artifacts", "model", "artifactType", "schemaTitle"})->text(), QStringLiteral("system.Model"));
        QCOMPARE(def.outputs.at({"parameters", "Output", "parameterType"})->text(), QStringLiteral("NUMBER_DOUBLE"));
        const YamlValue *args = def.executor.at({"container", "args"});
        QCOMPARE(args->items().at(3).text(), QStringLiteral("train"));
        QVERIFY(def.executor.at({"container", "command"})->items().back().text().contains(QStringLiteral("def train(")));

        QString error;
        QVERIFY(!ComponentDefinition::fromPythonFunction(QStringLiteral("def f(x):\n  pass\n"), QStringLiteral("f"), {}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("'x'")));
        QVERIFY(!ComponentDefinition::fromPythonFunction(QStringLiteral("x = 1\n"), QStringLiteral("f"), {}, {}, &error));
        QVERIFY(error.contains(QStringLiteral("def f")));
        const auto named = ComponentDefinition::fromPythonFunction(
            QStringLiteral("def split(x: str) -> NamedTuple('Outputs', [('left', str), ('n', int)]):\n  pass\n"),
            QStringLiteral("split"), {}, {}, &error);
        QVERIFY(named);
        QCOMPARE(named->outputs.at({"parameters", "left", "parameterType"})->text(), QStringLiteral("STRING"));
        QCOMPARE(named->outputs.at({"parameters", "n", "parameterType"})->text(), QStringLiteral("NUMBER_INTEGER"));
    }

    void buildConnectAndRoundTrip()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("Train Demo"), QStringLiteral("A demo.")));
        QCOMPARE(ed.document().name(), QStringLiteral("train-demo"));
        const QString load = ed.addComponent(loadData());
        const QString train = ed.addComponent(python(kTrainSource, "train"));
        QCOMPARE(load, QStringLiteral("comp-load-data"));
        QCOMPARE(train, QStringLiteral("comp-train"));
        QString error;
        const auto a = ed.addTask(load, &error);
        QVERIFY(a);
        // Ids stay valid across edits elsewhere, such as adding a component.
        const QString extra = ed.addComponent(loadData());
        QCOMPARE(ed.location(*a)->name, QStringLiteral("load-data"));
        QVERIFY(!extra.isEmpty());
        const auto b = ed.addTask(train, &error);
        QVERIFY(a && b);
        QVERIFY(ed.connect(*b, QStringLiteral("data"), *a, QStringLiteral("data")));
        QVERIFY(ed.addPipelineParameter(QStringLiteral("epochs"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(5)));
        QVERIFY(ed.bindPipelineParameter(*b, QStringLiteral("epochs"), QStringLiteral("epochs")));
        QVERIFY(ed.setConstant(*b, QStringLiteral("lr"), YamlValue::real(0.01)));

        // Refused, with reasons.
        EditResult r = ed.connect(*b, QStringLiteral("epochs"), *a, QStringLiteral("data"));
        QVERIFY(!r);
        QVERIFY2(r.error.contains(QStringLiteral("artifact")), qPrintable(r.error));
        r = ed.setConstant(*b, QStringLiteral("epochs"), YamlValue::string(QStringLiteral("many")));
        QVERIFY(!r);
        QVERIFY(r.error.contains(QStringLiteral("NUMBER_INTEGER")));
        r = ed.connect(*a, QStringLiteral("rows"), *b, QStringLiteral("Output"));
        QVERIFY(!r); // load-data has no input 'rows'
        QVERIFY(!ed.addPipelineParameter(QStringLiteral("1bad"), QStringLiteral("STRING"), std::nullopt));

        const PipelineDocument &doc = ed.document();
        QVERIFY2(errors(doc).isEmpty(), qPrintable(errors(doc).join(QLatin1Char('\n'))));
        const YamlValue *trainTask = doc.spec().at({"root", "dag", "tasks", "train"});
        QCOMPARE(trainTask->find(QStringLiteral("dependentTasks"))->items().at(0).text(), QStringLiteral("load-data"));
        QCOMPARE(trainTask->at({"inputs", "artifacts", "data", "taskOutputArtifact", "producerTask"})->text(),
                 QStringLiteral("load-data"));
        QVERIFY(doc.header().contains(QStringLiteral("#    epochs: int [Default: 5]")));

        const PipelineDocument again = roundTrip(doc);
        QVERIFY(again.spec() == doc.spec());
        QCOMPARE(again.toYaml(), doc.toYaml());
    }

    void controlFlowFromScratch()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("flow")));
        const QString flip = ed.addComponent(python(kFlipSource, "flip"));
        const QString train = ed.addComponent(python(kTrainSource, "train"));
        const QString load = ed.addComponent(loadData());
        const QString report = ed.addComponent(python(kReportSource, "report"));
        QString error;

        // Exit handler around everything.
        std::optional<TaskId> exitTask;
        const auto handler = ed.addExitHandler(QStringLiteral("root"), report, &exitTask, &error);
        QVERIFY2(handler, qPrintable(error));
        QVERIFY(ed.setConstant(*exitTask, QStringLiteral("message"), YamlValue::string(QStringLiteral("done"))));

        const auto coin = ed.addTask(flip, *handler, &error);
        QVERIFY(coin);
        QVERIFY(ed.setConstant(*coin, QStringLiteral("seed"), YamlValue::integer(7)));

        // If flip == 'heads': load data and train, over a loop of learning rates.
        const auto heads = ed.addCondition(*handler, {coin, QStringLiteral("Output")}, QStringLiteral("=="),
                                           YamlValue::string(QStringLiteral("heads")), &error);
        QVERIFY2(heads, qPrintable(error));
        const auto loader = ed.addTask(load, *heads, &error);
        QVERIFY(loader);
        const auto loop = ed.addParallelFor(*heads, YamlValue::sequence({YamlValue::real(0.1), YamlValue::real(0.01)}), 2, &error);
        QVERIFY2(loop, qPrintable(error));
        const auto trainer = ed.addTask(train, *loop, &error);
        QVERIFY(trainer);
        QVERIFY(ed.bindLoopItem(*trainer, QStringLiteral("lr"), *loop));
        // The loader's output crosses into the loop through a pipeline channel.
        QVERIFY2(ed.connect(*trainer, QStringLiteral("data"), *loader, QStringLiteral("data")),
                 qPrintable(ed.connect(*trainer, QStringLiteral("data"), *loader, QStringLiteral("data")).error));

        const PipelineDocument &doc = ed.document();
        QVERIFY2(errors(doc).isEmpty(), qPrintable(errors(doc).join(QLatin1Char('\n')) + QLatin1Char('\n') + QString::fromUtf8(doc.toYaml())));
        const ManifestRow m = doc.manifest();
        QVERIFY(m.usesCondition);
        QVERIFY(m.usesParallelFor);
        QVERIFY(m.usesExitHandler);
        QCOMPARE(m.rootDagTasks, 2); // exit-handler-1 and the exit task

        // Compiled the SDK's way.
        const YamlValue &spec = doc.spec();
        QVERIFY(spec.at({"components", "comp-exit-handler-1"}));
        QVERIFY(spec.at({"components", "comp-condition-2"}));
        QVERIFY(spec.at({"components", "comp-for-loop-3"}));
        QCOMPARE(spec.at({"components", "comp-exit-handler-1", "dag", "tasks", "condition-2", "triggerPolicy", "condition"})->text(),
                 QStringLiteral("inputs.parameter_values['pipelinechannel--flip-Output'] == 'heads'"));
        QCOMPARE(spec.at({"root", "dag", "tasks", "report", "inputs", "parameters", "status", "taskFinalStatus", "producerTask"})->text(),
                 QStringLiteral("exit-handler-1"));
        QCOMPARE(spec.at({"root", "dag", "tasks", "report", "triggerPolicy", "strategy"})->text(),
                 QStringLiteral("ALL_UPSTREAM_TASKS_COMPLETED"));
        const YamlValue *loopTask = spec.at({"components", "comp-condition-2", "dag", "tasks", "for-loop-3"});
        QCOMPARE(loopTask->at({"parameterIterator", "items", "raw"})->text(), QStringLiteral("[0.1, 0.01]"));
        QCOMPARE(loopTask->at({"iteratorPolicy", "parallelismLimit"})->toInt(), 2);
        QCOMPARE(spec.at({"components", "comp-for-loop-3", "dag", "tasks", "train", "inputs", "artifacts", "data",
                          "componentInputArtifact"})->text(),
                 QStringLiteral("pipelinechannel--load-data-data"));

        // Export, import: the same model, and a new editor sees the same tasks.
        const PipelineDocument again = roundTrip(doc);
        QVERIFY(again.spec() == doc.spec());
        PipelineEditor reopened(again);
        QCOMPARE(reopened.tasks(*loop).size(), 1);
        QCOMPARE(reopened.tasks(QStringLiteral("root")).size(), 2);
        QVERIFY(errors(again).isEmpty());
    }

    void ifElifElseWithOneOfAndCollected()
    {
        const char *printSource = R"(def echo(text: str) -> str:
    print(text)
    return text
)";
        const char *sumSource = R"(def total(values: list) -> float:
    return float(sum(values))
)";
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("branches")));
        const QString flip = ed.addComponent(python(kFlipSource, "flip"));
        const QString echo = ed.addComponent(python(printSource, "echo"));
        const QString total = ed.addComponent(python(sumSource, "total"));
        const QString train = ed.addComponent(python(kTrainSource, "train"));
        const QString load = ed.addComponent(loadData());
        QString error;
        const auto coin = *ed.addTask(flip, &error);
        QVERIFY(ed.setConstant(coin, QStringLiteral("seed"), YamlValue::integer(3)));
        const PipelineEditor::Operand side{coin, QStringLiteral("Output")};
        const auto branches = ed.addIfElse(QStringLiteral("root"),
                                           {{side, QStringLiteral("=="), YamlValue::string(QStringLiteral("heads"))},
                                            {side, QStringLiteral("=="), YamlValue::string(QStringLiteral("tails"))}},
                                           true, &error);
        QVERIFY2(branches, qPrintable(error));
        QCOMPARE(branches->size(), 3);
        QList<std::pair<TaskId, QString>> sources;
        int i = 0;
        for (const QString &b : *branches) {
            const auto t = *ed.addTask(echo, b, &error);
            QVERIFY(ed.setConstant(t, QStringLiteral("text"), YamlValue::string(QStringLiteral("branch %1").arg(++i))));
            sources.append({t, QStringLiteral("Output")});
        }
        const QString branchesDag = QStringLiteral("comp-condition-branches-1");
        const auto oneOf = ed.addOneOfOutput(branchesDag, sources, &error);
        QVERIFY2(oneOf, qPrintable(error));
        QCOMPARE(*oneOf, QStringLiteral("pipelinechannel--condition-branches-1-oneof-1"));
        const auto after = *ed.addTask(echo, &error);
        QVERIFY2(ed.connect(after, QStringLiteral("text"), *ed.find(QStringLiteral("root"), QStringLiteral("condition-branches-1")), *oneOf),
                 "the OneOf output is typed like its sources");

        // A loop whose model outputs are collected and whose numbers are summed afterwards.
        const auto loop = *ed.addParallelFor(QStringLiteral("root"), YamlValue::sequence({YamlValue::integer(1), YamlValue::integer(2)}), 0, &error);
        const auto loader = *ed.addTask(load, loop, &error);
        const auto trainer = *ed.addTask(train, loop, &error);
        QVERIFY(ed.connect(trainer, QStringLiteral("data"), loader, QStringLiteral("data")));
        const auto collected = ed.exposeToParent(trainer, QStringLiteral("Output"), &error);
        QVERIFY2(collected, qPrintable(error));
        const auto models = ed.exposeToParent(trainer, QStringLiteral("model"), &error);
        QVERIFY(models);
        const auto sum = *ed.addTask(total, &error);
        QVERIFY2(ed.connect(sum, QStringLiteral("values"), *ed.find(QStringLiteral("root"), QStringLiteral("for-loop-5")), *collected),
                 "a collected loop output is a list");

        const PipelineDocument &doc = ed.document();
        QVERIFY2(errors(doc).isEmpty(), qPrintable(errors(doc).join(QLatin1Char('\n'))));
        const YamlValue &spec = doc.spec();
        const YamlValue *conds = spec.at({"components", "comp-condition-branches-1", "dag", "tasks"});
        QCOMPARE(conds->size(), 3);
        const QString heads = QStringLiteral("inputs.parameter_values['pipelinechannel--flip-Output'] == 'heads'");
        const QString tails = QStringLiteral("inputs.parameter_values['pipelinechannel--flip-Output'] == 'tails'");
        QCOMPARE(conds->at({"condition-2", "triggerPolicy", "condition"})->text(), heads);
        QCOMPARE(conds->at({"condition-3", "triggerPolicy", "condition"})->text(), QStringLiteral("!(%1) && %2").arg(heads, tails));
        QCOMPARE(conds->at({"condition-4", "triggerPolicy", "condition"})->text(), QStringLiteral("!(%1) && !(%2)").arg(heads, tails));
        const YamlValue *selectors = spec.at({"components", "comp-condition-branches-1", "dag", "outputs", "parameters", "pipelinechannel--condition-branches-1-oneof-1",
                                              "valueFromOneof", "parameterSelectors"});
        QCOMPARE(selectors->size(), 3);
        QCOMPARE(spec.at({"components", "comp-for-loop-5", "outputDefinitions", "parameters", "pipelinechannel--train-Output",
                          "parameterType"})->text(),
                 QStringLiteral("LIST"));
        QVERIFY(spec.at({"components", "comp-for-loop-5", "outputDefinitions", "artifacts", "pipelinechannel--train-model",
                         "isArtifactList"})->toBool());
        // The conditions evaluate as the compiler means them: exactly one branch runs.
        for (const QString &value : {QStringLiteral("heads"), QStringLiteral("tails"), QStringLiteral("edge")}) {
            int running = 0;
            for (const auto &c : conds->entries()) {
                const CelExpression e = CelExpression::parse(c.value.at({"triggerPolicy", "condition"})->text());
                YamlValue result;
                QString err;
                QVERIFY(e.evaluate({{QStringLiteral("pipelinechannel--flip-Output"), YamlValue::string(value)}}, &result, &err));
                running += result.toBool();
            }
            QCOMPARE(running, 1);
        }
        // Mismatched OneOf sources are refused.
        QVERIFY(!ed.addOneOfOutput(branchesDag, {sources.first()}, &error));
        QVERIFY(roundTrip(doc).spec() == doc.spec());
    }

    void renameKeepsReferencesAndIds()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("rename")));
        const QString load = ed.addComponent(loadData());
        const QString train = ed.addComponent(python(kTrainSource, "train"));
        QString error;
        const auto a = *ed.addTask(load, &error);
        const auto b = *ed.addTask(train, &error);
        QVERIFY(ed.connect(b, QStringLiteral("data"), a, QStringLiteral("data")));
        QVERIFY(!ed.renameTask(a, QStringLiteral("Bad Name")));
        QVERIFY(!ed.renameTask(a, QStringLiteral("train")));
        QVERIFY(ed.renameTask(a, QStringLiteral("ingest")));
        QCOMPARE(ed.location(a)->name, QStringLiteral("ingest"));
        const YamlValue *t = ed.task(b);
        QCOMPARE(t->find(QStringLiteral("dependentTasks"))->items().at(0).text(), QStringLiteral("ingest"));
        QCOMPARE(t->at({"inputs", "artifacts", "data", "taskOutputArtifact", "producerTask"})->text(), QStringLiteral("ingest"));
        QCOMPARE(ed.task(a)->at({"taskInfo", "name"})->text(), QStringLiteral("ingest"));
        QVERIFY(errors(ed.document()).isEmpty());

        // Cycles are refused.
        const auto c = *ed.addTask(load, &error);
        QVERIFY(ed.addDependency(c, b));
        QVERIFY(!ed.connect(b, QStringLiteral("data"), c, QStringLiteral("data")));

        // Removing a task removes what read from it.
        QVERIFY(ed.removeTask(a));
        QVERIFY(!ed.location(a));
        QVERIFY(!ed.task(b)->contains(QStringLiteral("dependentTasks")));
        QVERIFY(!ed.task(b)->at({"inputs", "artifacts", "data"}));
        QStringList e = errors(ed.document());
        QVERIFY(e.join(QLatin1Char(' ')).contains(QStringLiteral("missing-input")));
    }

    void removingAGroupRemovesItsDag()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("groups")));
        const QString flip = ed.addComponent(python(kFlipSource, "flip"));
        QString error;
        const auto coin = *ed.addTask(flip, &error);
        QVERIFY(ed.setConstant(coin, QStringLiteral("seed"), YamlValue::integer(1)));
        const auto cond = *ed.addCondition(QStringLiteral("root"), {coin, QStringLiteral("Output")}, QStringLiteral("!="),
                                           YamlValue::string(QStringLiteral("tails")), &error);
        const auto inner = *ed.addTask(flip, cond, &error);
        QVERIFY(ed.setConstant(inner, QStringLiteral("seed"), YamlValue::integer(2)));
        const auto groupTask = ed.find(QStringLiteral("root"), QStringLiteral("condition-1"));
        QVERIFY(groupTask);
        QVERIFY(ed.removeTask(*groupTask));
        QVERIFY(!ed.document().spec().at({"components", "comp-condition-1"}));
        QVERIFY(!ed.location(inner));
        QVERIFY(errors(ed.document()).isEmpty());
    }

    void conditionTypesAndOperators()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("cond")));
        QVERIFY(ed.addPipelineParameter(QStringLiteral("threshold"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(5)));
        QString error;
        QVERIFY(!ed.addCondition(QStringLiteral("root"), {std::nullopt, QStringLiteral("threshold")}, QStringLiteral("=~"),
                                 YamlValue::integer(1), &error));
        QVERIFY(!ed.addCondition(QStringLiteral("root"), {std::nullopt, QStringLiteral("threshold")}, QStringLiteral(">"),
                                 YamlValue::string(QStringLiteral("x")), &error));
        const auto c = ed.addCondition(QStringLiteral("root"), {std::nullopt, QStringLiteral("threshold")}, QStringLiteral(">"),
                                       YamlValue::integer(3), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(ed.document().spec().at({"root", "dag", "tasks", "condition-1", "triggerPolicy", "condition"})->text(),
                 QStringLiteral("int(inputs.parameter_values['pipelinechannel--threshold']) > 3"));
    }

    void taskOptionsAndPlatform()
    {
        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("options")));
        const QString load = ed.addComponent(loadData());
        QString error;
        const auto a = *ed.addTask(load, &error);
        const auto b = *ed.addTask(load, &error);
        QVERIFY(ed.setCaching(a, false));
        QVERIFY(ed.setRetry(a, 3, 2.0, 10));
        QVERIFY(ed.setResources(a, QStringLiteral("2"), QStringLiteral("4Gi"), QStringLiteral("nvidia.com/gpu"), 1));
        QVERIFY(!ed.setResources(a, QStringLiteral("two"), {}));
        QVERIFY(ed.setEnv(a, QStringLiteral("MODE"), QStringLiteral("fast")));
        QVERIFY(!ed.setEnv(a, QStringLiteral("BAD NAME"), QStringLiteral("x")));
        QVERIFY(ed.mountSecretAsEnv(a, QStringLiteral("db-creds"), QStringLiteral("password"), QStringLiteral("DB_PASSWORD")));
        QVERIFY(ed.mountSecretAsVolume(a, QStringLiteral("tls"), QStringLiteral("/etc/tls")));
        QVERIFY(!ed.mountSecretAsVolume(a, QStringLiteral("tls"), QStringLiteral("relative")));
        QVERIFY(ed.mountConfigMapAsEnv(a, QStringLiteral("settings"), QStringLiteral("level"), QStringLiteral("LEVEL")));
        QVERIFY(ed.mountConfigMapAsVolume(a, QStringLiteral("settings"), QStringLiteral("/etc/settings")));
        QVERIFY(ed.mountPvc(a, QStringLiteral("data-pvc"), QStringLiteral("/data")));
        QVERIFY(ed.setNodeSelector(a, QStringLiteral("disktype"), QStringLiteral("ssd")));
        QVERIFY(ed.addToleration(a, QStringLiteral("nvidia.com/gpu"), QStringLiteral("Exists"), {}, QStringLiteral("NoSchedule")));
        QVERIFY(!ed.addToleration(a, QStringLiteral("k"), QStringLiteral("Maybe"), {}, {}));
        QVERIFY(ed.setPodLabel(a, QStringLiteral("team"), QStringLiteral("ml")));
        QVERIFY(ed.setPodAnnotation(a, QStringLiteral("note"), QStringLiteral("x")));

        const PipelineDocument &doc = ed.document();
        // The two tasks no longer share an executor: a got its own.
        QVERIFY(ed.componentOf(a) != ed.componentOf(b));
        const QString label = doc.spec().at({"components"})->find(ed.componentOf(a))->value(QStringLiteral("executorLabel")).text();
        const YamlValue *res = doc.spec().at({"deploymentSpec", "executors"})->find(label)->at({"container", "resources"});
        QCOMPARE(res->value(QStringLiteral("cpuLimit")).toDouble(), 2.0);
        QCOMPARE(res->value(QStringLiteral("memoryLimit")).toDouble(), 4.294967296);
        QCOMPARE(res->value(QStringLiteral("resourceMemoryLimit")).text(), QStringLiteral("4Gi"));
        QCOMPARE(res->at({"accelerator", "count"})->text(), QStringLiteral("1"));
        const YamlValue *bRes = doc.spec().at({"deploymentSpec", "executors"})
                                    ->find(doc.spec().at({"components"})->find(ed.componentOf(b))->value(QStringLiteral("executorLabel")).text())
                                    ->at({"container", "resources"});
        QVERIFY(!bRes);
        QVERIFY(doc.platform());
        const YamlValue *k8s = doc.platform()->at({"platforms", "kubernetes", "deploymentSpec", "executors"})->find(label);
        QVERIFY(k8s);
        for (const char *key : {"secretAsEnv", "secretAsVolume", "configMapAsEnv", "configMapAsVolume", "pvcMount", "nodeSelector",
                                "tolerations", "podMetadata"})
            QVERIFY2(k8s->contains(QString::fromLatin1(key)), key);
        QVERIFY(doc.manifest().hasPlatformSpec);
        QVERIFY2(errors(doc).isEmpty(), qPrintable(errors(doc).join(QLatin1Char('\n'))));
        const PipelineDocument again = roundTrip(doc);
        QVERIFY(again.platform() && *again.platform() == *doc.platform());
        QCOMPARE(again.spec().at({"root", "dag", "tasks", "load-data", "retryPolicy", "maxRetryCount"})->toInt(), 3);
    }

    void v1ComponentsConvert()
    {
        const char *v1 = R"(name: Add numbers
description: Adds two numbers.
inputs:
- {name: a, type: Integer}
- {name: b, type: Integer, default: '2', optional: true}
- {name: table, type: Dataset}
outputs:
- {name: sum, type: Integer}
- {name: report, type: Markdown}
implementation:
  container:
    image: python:3.11
    command: [python3, add.py]
    args:
    - --a
    - {inputValue: a}
    - {if: {cond: {isPresent: b}, then: [--b, {inputValue: b}]}}
    - --table
    - {inputPath: table}
    - {concat: [--out=, {outputPath: sum}]}
    - {outputPath: report}
)";
        QList<YamlValue> docs;
        ReadError e;
        QVERIFY(YamlReader::read(v1, &docs, &e));
        QString error;
        const auto def = ComponentDefinition::fromV1(docs.first(), &error);
        QVERIFY2(def, qPrintable(error));
        QCOMPARE(def->inputs.at({"parameters", "a", "parameterType"})->text(), QStringLiteral("NUMBER_INTEGER"));
        QVERIFY(def->inputs.at({"parameters", "b", "isOptional"})->toBool());
        QCOMPARE(def->inputs.at({"artifacts", "table", "artifactType", "schemaTitle"})->text(), QStringLiteral("system.Dataset"));
        QCOMPARE(def->outputs.at({"parameters", "sum", "parameterType"})->text(), QStringLiteral("NUMBER_INTEGER"));
        const YamlValue *args = def->executor.at({"container", "args"});
        QStringList text;
        for (const YamlValue &a : args->items())
            text << a.text();
        QCOMPARE(text.at(1), QStringLiteral("{{$.inputs.parameters['a']}}"));
        QCOMPARE(text.at(2), QStringLiteral("{\"IfPresent\": {\"InputName\": \"b\", \"Then\": [\"--b\", \"{{$.inputs.parameters['b']}}\"]}}"));
        QCOMPARE(text.at(4), QStringLiteral("{{$.inputs.artifacts['table'].path}}"));
        QCOMPARE(text.at(5), QStringLiteral("{\"Concat\": [\"--out=\", \"{{$.outputs.parameters['sum'].output_file}}\"]}"));
        QCOMPARE(text.at(6), QStringLiteral("{{$.outputs.artifacts['report'].path}}"));

        PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("v1")));
        const QString comp = ed.addComponent(*def);
        QCOMPARE(comp, QStringLiteral("comp-add-numbers"));
        const auto t = ed.addTask(comp, &error);
        QVERIFY(ed.setConstant(*t, QStringLiteral("a"), YamlValue::integer(1)));
        QStringList errs = errors(ed.document());
        QCOMPARE(errs.size(), 1); // 'table' is still unset
        QVERIFY(errs.first().contains(QStringLiteral("'table'")));
    }

    void conformanceV1ComponentsConvert()
    {
        const QString dir = qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp/components-v1");
        if (!QDir(dir).exists())
            QSKIP("Kubeflow conformance files not found; set KFW_CONFORMANCE_DIR");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QCOMPARE(files.size(), 7);
        for (const QString &f : files) {
            ReadError e;
            auto doc = PipelineDocument::load(dir + QLatin1Char('/') + f, &e);
            QVERIFY2(doc, qPrintable(e.toString()));
            QString error;
            const auto def = ComponentDefinition::fromV1(doc->spec(), &error);
            QVERIFY2(def, qPrintable(f + QStringLiteral(": ") + error));
            // No v1 placeholder is left: every argument is a plain string.
            for (const char *field : {"command", "args"})
                if (const YamlValue *list = def->executor.at({"container", field}))
                    for (const YamlValue &a : list->items())
                        QVERIFY2(a.isString(), qPrintable(f));
            PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("p")));
            QVERIFY(!ed.addComponent(*def).isEmpty());
        }
    }

    void nestedPipelines()
    {
        PipelineEditor inner(PipelineEditor::newPipeline(QStringLiteral("inner")));
        const QString load = inner.addComponent(loadData());
        QString error;
        QVERIFY(inner.addTask(load, &error));
        QVERIFY(inner.addTask(load, &error)); // two tasks: a pipeline, not a single compiled component
        const auto def = ComponentDefinition::fromPipeline(inner.document(), &error);
        QVERIFY(def);

        PipelineEditor outer(PipelineEditor::newPipeline(QStringLiteral("outer")));
        outer.addComponent(loadData()); // the same names exist already: the nested ones are renamed
        const QString nested = outer.addComponent(*def);
        QVERIFY(outer.addTask(nested, &error));
        QVERIFY(outer.document().spec().at({"components", "comp-load-data-2"}));
        QVERIFY(outer.document().spec().at({"deploymentSpec", "executors", "exec-load-data-2"}));
        QCOMPARE(outer.document().spec().at({"components", "comp-inner", "dag", "tasks", "load-data", "componentRef", "name"})->text(),
                 QStringLiteral("comp-load-data-2"));
        QVERIFY2(errors(outer.document()).isEmpty(), qPrintable(errors(outer.document()).join(QLatin1Char('\n'))));
        // A compiled single component comes in as one executor.
        const QString file = qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp/pipelines/component_with_metadata_fields.yaml");
        if (QFile::exists(file)) {
            ReadError e;
            const auto compiled = PipelineDocument::load(file, &e);
            QVERIFY(compiled);
            const auto single = ComponentDefinition::fromPipeline(*compiled, &error);
            QVERIFY(single);
            QVERIFY(single->executor.contains(QStringLiteral("container")));
            QCOMPARE(single->inputs.at({"artifacts", "dataset_a", "artifactType", "schemaTitle"})->text(), QStringLiteral("system.Dataset"));
        }
        const PipelineDocument again = roundTrip(outer.document());
        QVERIFY(again.spec() == outer.document().spec());
    }
};

QTEST_GUILESS_MAIN(TestPipelineEditor)
#include "tst_pipelineeditor.moc"
