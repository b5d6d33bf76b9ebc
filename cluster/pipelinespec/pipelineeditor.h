#pragma once

#include "cluster/pipelinespec/pipelinedocument.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kfw::pipelinespec {

// A stable handle of a task: it survives renames and edits elsewhere, so a view can mirror
// the pipeline by id.
using TaskId = quint64;

// The outcome of an edit: ok, or a message that says what is wrong.
struct EditResult
{
    bool ok = true;
    QString error;
    static EditResult fail(const QString &message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

// Where a task lives: the component whose DAG holds it ("root" for the pipeline itself).
struct TaskLocation
{
    QString dag;
    QString name;
    bool operator==(const TaskLocation &) const = default;
};

// A component ready to be added to a pipeline: its interface and how it runs.
struct ComponentDefinition
{
    QString name;           // base name, e.g. "train" (becomes comp-train / exec-train)
    QString description;
    YamlValue inputs;       // inputDefinitions: {parameters: ..., artifacts: ...}
    YamlValue outputs;      // outputDefinitions
    YamlValue executor;     // deploymentSpec executor: {container: ...} or {importer: ...}
    YamlValue dag;          // for a nested pipeline: its dag (tasks refer to `components`)
    QMap<QString, YamlValue> components; // components a nested pipeline brings along
    QMap<QString, YamlValue> executors;  // and their executors

    // A container component. Parameter types: STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN,
    // LIST, STRUCT; artifact inputs and outputs give a schema title such as system.Dataset.
    static ComponentDefinition container(const QString &name, const QString &image, const QStringList &command,
                                         const QStringList &args);
    // A KFP v1 component.yaml (name, inputs, outputs, implementation.container), with its
    // inputValue/inputPath/outputPath/concat/if placeholders turned into v2 placeholders.
    static std::optional<ComponentDefinition> fromV1(const YamlValue &v1, QString *error);
    // A component compiled by the SDK (a PipelineSpec whose root runs one component), or the
    // root of any pipeline, to be used as a nested pipeline.
    static std::optional<ComponentDefinition> fromPipeline(const PipelineDocument &doc, QString *error);
    // A Python function in the lightweight-component form the SDK emits (kfp.dsl.executor_main).
    // Inputs and outputs come from the signature: str/int/float/bool/list/dict parameters,
    // Input[...]/Output[...] artifacts, and the return annotation (a type or a NamedTuple).
    static std::optional<ComponentDefinition> fromPythonFunction(const QString &source, const QString &functionName,
                                                                 const QString &image, const QStringList &packages,
                                                                 QString *error);

    void addParameter(bool output, const QString &name, const QString &type, const std::optional<YamlValue> &defaultValue = {});
    void addArtifact(bool output, const QString &name, const QString &schemaTitle, bool isList = false);
};

// The editing API of a pipeline. Every edit changes the PipelineSpec tree the way the KFP
// SDK's compiler would have written it (names, pipelinechannel inputs, loop items, condition
// and exit-handler components), checks types, and keeps references consistent.
class PipelineEditor
{
public:
    explicit PipelineEditor(PipelineDocument document);
    static PipelineDocument newPipeline(const QString &name, const QString &description = {});

    const PipelineDocument &document() const { return m_doc; }
    PipelineDocument &document() { return m_doc; }

    // Tasks by stable id.
    QList<TaskId> tasks(const QString &dag = QStringLiteral("root")) const;
    std::optional<TaskLocation> location(TaskId id) const;
    std::optional<TaskId> find(const QString &dag, const QString &name) const;
    const YamlValue *task(TaskId id) const;
    QString componentOf(TaskId id) const;

    // Components.
    QString addComponent(const ComponentDefinition &def);

    // Tasks.
    std::optional<TaskId> addTask(const QString &component, const QString &dag, QString *error);
    std::optional<TaskId> addTask(const QString &component, QString *error)
    {
        return addTask(component, QStringLiteral("root"), error);
    }
    EditResult removeTask(TaskId id);
    EditResult renameTask(TaskId id, const QString &newName);
    EditResult setDisplayName(TaskId id, const QString &displayName);

    // Inputs.
    EditResult setConstant(TaskId id, const QString &input, const YamlValue &value);
    EditResult connect(TaskId consumer, const QString &input, TaskId producer, const QString &output);
    EditResult bindPipelineParameter(TaskId id, const QString &input, const QString &parameter);
    EditResult disconnect(TaskId id, const QString &input);
    EditResult addDependency(TaskId id, TaskId upstream);
    EditResult removeDependency(TaskId id, TaskId upstream);

    // Pipeline interface.
    EditResult addPipelineParameter(const QString &name, const QString &type, const std::optional<YamlValue> &defaultValue);
    EditResult removePipelineParameter(const QString &name);

    // Control flow. Each returns the DAG (component) new tasks go into.
    // If: the condition compares an upstream output or a pipeline parameter with a constant.
    struct Operand
    {
        std::optional<TaskId> task; // an upstream task's output ...
        QString output;             // ... of this key; or, with no task, a pipeline parameter
    };
    std::optional<QString> addCondition(const QString &parentDag, const Operand &left, const QString &op,
                                        const YamlValue &right, QString *error);
    // If/Elif/Else: one branch DAG per condition, plus one for Else when asked; the branches
    // exclude each other as the SDK writes them. Returns the branch DAGs in order.
    struct Comparison
    {
        Operand left;
        QString op;
        YamlValue right;
    };
    std::optional<QStringList> addIfElse(const QString &parentDag, const QList<Comparison> &branches, bool withElse,
                                         QString *error);
    // A value that exactly one branch produces (dsl.OneOf): the named output of one task in each
    // branch. Returns the output key on the branches task.
    std::optional<QString> addOneOfOutput(const QString &branchesDag, const QList<std::pair<TaskId, QString>> &sources,
                                          QString *error);
    // Makes a task's output an output of the group DAG that holds it (a condition's value, or a
    // loop's collected list: dsl.Collected). Returns the output key on the group's task.
    std::optional<QString> exposeToParent(TaskId id, const QString &output, QString *error);

    // ParallelFor over constant items, or over a list produced upstream / given as a parameter.
    std::optional<QString> addParallelFor(const QString &parentDag, const YamlValue &items, int parallelism,
                                          QString *error);
    std::optional<QString> addParallelFor(const QString &parentDag, const Operand &items, int parallelism,
                                          QString *error);
    // The loop item of a ParallelFor DAG, for binding into a task inside the loop.
    EditResult bindLoopItem(TaskId id, const QString &input, const QString &loopDag);
    // ExitHandler: the exit task runs after the handler's DAG ends, whatever its outcome, and
    // receives PipelineTaskFinalStatus on a TASK_FINAL_STATUS input when it has one.
    std::optional<QString> addExitHandler(const QString &parentDag, const QString &exitComponent,
                                          std::optional<TaskId> *exitTask, QString *error);

    // Task options.
    EditResult setCaching(TaskId id, bool enabled);
    EditResult setRetry(TaskId id, int maxRetries, double backoffFactor = 2.0, int backoffSeconds = 0);
    EditResult setResources(TaskId id, const QString &cpuLimit, const QString &memoryLimit,
                            const QString &acceleratorType = {}, int acceleratorCount = 0);
    EditResult setEnv(TaskId id, const QString &name, const QString &value);
    // Kubernetes platform options (the second YAML document).
    EditResult mountSecretAsEnv(TaskId id, const QString &secret, const QString &key, const QString &envVar);
    EditResult mountSecretAsVolume(TaskId id, const QString &secret, const QString &mountPath);
    EditResult mountConfigMapAsEnv(TaskId id, const QString &configMap, const QString &key, const QString &envVar);
    EditResult mountConfigMapAsVolume(TaskId id, const QString &configMap, const QString &mountPath);
    EditResult mountPvc(TaskId id, const QString &pvcName, const QString &mountPath);
    EditResult setNodeSelector(TaskId id, const QString &key, const QString &value);
    EditResult addToleration(TaskId id, const QString &key, const QString &op, const QString &value,
                             const QString &effect);
    EditResult setPodLabel(TaskId id, const QString &key, const QString &value);
    EditResult setPodAnnotation(TaskId id, const QString &key, const QString &value);

    // Kubernetes-safe task name from any text, as the SDK sanitizes names.
    static QString sanitizeName(const QString &text);

private:
    YamlValue *taskNode(TaskId id);
    YamlValue *dagTasks(const QString &dag);
    YamlValue *componentNode(const QString &name);
    const YamlValue *componentNode(const QString &name) const;
    QString uniqueTaskName(const QString &dag, const QString &base) const;
    QString uniqueComponentName(const QString &base) const;
    int nextGroupNumber();
    QString parentOf(const QString &dag) const; // the DAG holding the task that runs `dag`
    QStringList dagChain(const QString &dag) const; // dag, its parent, ..., "root"
    // Makes a value of an ancestor DAG (an upstream output or a pipeline parameter) available
    // in `dag` as a pipelinechannel input, plumbing it through every level. Returns the input
    // name in `dag` and the source spec for a task there.
    std::optional<QString> conditionText(const QString &parentDag, const Comparison &c, QString *channel,
                                         YamlValue *channelSpec, QString *type, QString *error);
    std::optional<TaskId> groupTask(const QString &dag) const;
    std::optional<YamlValue> channelInto(const QString &dag, const Operand &source, bool artifact, QString *channelName,
                                         QString *error);
    const YamlValue *outputDefinition(TaskId producer, const QString &output, bool *artifact) const;
    const YamlValue *inputDefinition(TaskId consumer, const QString &input, bool *artifact) const;
    YamlValue *executorOf(TaskId id, QString *label);
    YamlValue *platformExecutor(TaskId id);
    void renameReferences(const QString &dag, const QString &from, const QString &to);
    void indexTasks();
    void indexDag(const QString &dag);

    PipelineDocument m_doc;
    QHash<TaskId, TaskLocation> m_ids;
    TaskId m_nextId = 1;
};

} // namespace kfw::pipelinespec
