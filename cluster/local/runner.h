#pragma once

#include "cluster/local/containerengine.h"
#include "cluster/local/executorcontract.h"
#include "cluster/local/taskprocess.h"
#include "cluster/pipelinespec/pipelinedocument.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kfw::local {

// The state of a task or run, as KFP names them.
enum class TaskState
{
    Pending,
    Running,
    Succeeded,
    Skipped,   // a condition was false, or what it needed never came
    Failed,
    Cancelled,
};
QString taskStateName(TaskState s);

// Outputs of a task that ran before with the same fingerprint.
struct CachedOutputs
{
    QString runId;
    QString taskPath;
    QMap<QString, pipelinespec::YamlValue> outputs;
    QMap<QString, QList<RuntimeArtifact>> artifacts;
};

// Where the runner looks up and keeps task results for caching (the run history implements it).
class TaskCache
{
public:
    virtual ~TaskCache() = default;
    virtual std::optional<CachedOutputs> findCached(const QString &fingerprint) = 0;
    virtual void storeCached(const QString &fingerprint, const CachedOutputs &outputs) = 0;
};

// What the runner needs to know besides the pipeline.
struct RunOptions
{
    QString runId;
    QString runName;
    QString runDir;          // artifacts, logs and task folders go under it
    int parallelism = 0;     // tasks at once; 0: the number of cores
    int taskTimeoutSeconds = 0;
    // The workbench's Python runtime (resources/runtime), put on PYTHONPATH so that Python
    // components run without installing kfp; empty to leave PYTHONPATH alone.
    QString pythonRuntimeDir;
    // Values for the Kubernetes options of the pipeline's platform spec: secrets and config maps
    // by name (key -> value), and local folders standing in for volume claims. A task that needs
    // one that is not given fails, naming it.
    QMap<QString, QMap<QString, QString>> secrets;
    QMap<QString, QMap<QString, QString>> configMaps;
    QMap<QString, QString> volumes;
    // Local files or folders for the pipeline's input artifacts, by name.
    QMap<QString, QString> inputArtifacts;
    // Why a secret or config map named here could not be given (e.g. the keychain is locked).
    QMap<QString, QString> standInProblems;
    // Cache container tasks that enable caching (the SDK's default); null: no caching. With
    // cacheEnabled false, cached results are not reused but fresh ones are still stored.
    TaskCache *cache = nullptr;
    bool cacheEnabled = true;
    // Run container tasks in their images with this engine (the run folder mounted read-write at
    // the same path, the Python runtime and outside input artifacts read-only); nullopt: run
    // them as host processes, where tasks that need their image fail.
    std::optional<ContainerEngine> engine;
};

// The cache key of a container task: its executor, its interface and its resolved inputs (values,
// and input artifacts with their type, URI and metadata), as a hex SHA-256.
QString taskFingerprint(const pipelinespec::YamlValue &executor, const pipelinespec::YamlValue &component,
                        const QMap<QString, pipelinespec::YamlValue> &params,
                        const QMap<QString, QList<RuntimeArtifact>> &artifacts);

// The KFP SDK's Python components start with "pip install kfp==... && run". On the workstation
// the kfp install is dropped (the runtime or an installed kfp serves instead); other packages
// are still installed. Returns the command to run, and what was changed in *note.
QStringList localizePythonBootstrap(const QStringList &argv, QString *note);

// The outcome of one task (or one iteration of a loop body), for views and the store.
struct TaskRecord
{
    QString path;            // e.g. "train", "for-loop-2[1]/train", "condition-3/evaluate"
    QString name;
    TaskState state = TaskState::Pending;
    int attempts = 0;
    QString message;
    QString logFile;
    QMap<QString, pipelinespec::YamlValue> inputs;
    QMap<QString, pipelinespec::YamlValue> outputs;
    QMap<QString, QList<RuntimeArtifact>> artifacts;
    bool cached = false;     // the outputs came from an earlier run
    QDateTime started;       // first attempt began (invalid: never ran)
    QDateTime finished;      // reached its final state
    int exitCode = -1;       // of the last attempt's process; -1: no process (or killed)
};

// Runs a KFP PipelineSpec on the workstation: schedules each DAG by its data and "after"
// dependencies with a parallelism limit; runs nested DAGs, conditions (the CEL subset),
// ParallelFor (raw items or a list input, with its parallelism limit and collected outputs),
// exit handlers (after success or failure, with PipelineTaskFinalStatus), retries with back-off,
// importers of local files, and pipeline outputs. Container tasks run under the executor
// contract (TaskProcess) as host processes, or in their images through a container engine.
// Everything is asynchronous and on the calling thread's event loop; the GUI thread never waits.
class LocalRunner : public QObject
{
    Q_OBJECT
public:
    LocalRunner(pipelinespec::PipelineDocument pipeline, QMap<QString, pipelinespec::YamlValue> parameters,
                RunOptions options, QObject *parent = nullptr);
    ~LocalRunner() override;

    // Starts the run. Problems found before anything runs (a missing required parameter, a
    // value of the wrong type) end it at once with runFinished(Failed, message).
    void start();
    // Ends every running task (process trees included) and the run.
    void cancel();

    TaskState state() const { return m_state; }
    QString message() const { return m_message; }
    const QList<TaskRecord> &tasks() const { return m_records; }
    const TaskRecord *task(const QString &path) const;
    // The pipeline's outputs (root outputDefinitions), once the run succeeded.
    QMap<QString, pipelinespec::YamlValue> outputs() const { return m_outputs; }
    QMap<QString, QList<RuntimeArtifact>> outputArtifacts() const { return m_outputArtifacts; }

signals:
    void taskChanged(const QString &path, kfw::local::TaskState state);
    void taskOutput(const QString &path, const QByteArray &chunk);
    void runFinished(kfw::local::TaskState state, const QString &message);

private:
    struct Dag;
    struct Node;
    friend struct Dag;

    std::shared_ptr<Dag> newDag(const QString &component, const QString &path, const QString &componentName,
                                QMap<QString, pipelinespec::YamlValue> params, QMap<QString, QList<RuntimeArtifact>> artifacts,
                                std::function<void(TaskState, const QString &)> done);
    void schedule(const std::shared_ptr<Dag> &dag);
    void startNode(const std::shared_ptr<Dag> &dag, Node &node);
    void finishNode(const std::shared_ptr<Dag> &dag, const QString &task, TaskState state, const QString &message);
    void runContainer(const std::shared_ptr<Dag> &dag, const QString &task, const pipelinespec::YamlValue &executor);
    bool applyPlatform(const std::shared_ptr<Dag> &dag, const QString &task,
                       const QString &executorLabel, const QString &taskDir, TaskLaunch *launch,
                       QList<ContainerMount> *mounts, QString *note, QString *error);
    void runImporter(const std::shared_ptr<Dag> &dag, const QString &task, const pipelinespec::YamlValue &importer);
    void runSubDag(const std::shared_ptr<Dag> &dag, const QString &task, const QString &component);
    void runLoop(const std::shared_ptr<Dag> &dag, const QString &task, const QString &component);
    void pumpQueue();
    void finishDag(const std::shared_ptr<Dag> &dag);
    void finishRun(TaskState state, const QString &message);
    TaskRecord &record(const QString &path, const QString &name);
    bool resolveInputs(const std::shared_ptr<Dag> &dag, const QString &task, QMap<QString, pipelinespec::YamlValue> *params,
                       QMap<QString, QList<RuntimeArtifact>> *artifacts, QString *error, bool *unavailable);
    const pipelinespec::YamlValue *component(const QString &name) const;

    pipelinespec::PipelineDocument m_pipeline;
    QMap<QString, pipelinespec::YamlValue> m_parameters;
    RunOptions m_options;
    TaskState m_state = TaskState::Pending;
    QString m_message;
    QList<TaskRecord> m_records;
    QHash<QString, qsizetype> m_recordIndex;
    QMap<QString, pipelinespec::YamlValue> m_outputs;
    QMap<QString, QList<RuntimeArtifact>> m_outputArtifacts;
    std::shared_ptr<Dag> m_root;
    std::vector<std::shared_ptr<Dag>> m_children;
    std::vector<std::shared_ptr<std::function<void()>>> m_loopLaunchers;
    // Container launches wait here for a free slot.
    std::deque<std::function<void()>> m_queue;
    int m_running = 0;
    QList<QPointer<TaskProcess>> m_processes;
    bool m_cancelled = false;
    // Tasks waiting out a retry back-off, and how to end each as cancelled.
    std::map<QTimer *, std::function<void()>> m_backoffs;
};

} // namespace kfw::local

Q_DECLARE_METATYPE(kfw::local::TaskState)
