#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>

namespace kfw::backend {

// The outcome of a service call: a value, or a message for the user that says what went wrong
// and, where it can, what to do.
template<typename T>
struct Result
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
    static Result failure(const QString &message)
    {
        Result r;
        r.error = message;
        return r;
    }
};

// A QFuture takes one continuation only (a second one replaces the first), so a service that acts
// on the result of a call it hands out (to emit a change signal) does it here: then(result) runs
// on context's thread when the call succeeded, and the caller gets a future of its own that
// finishes afterwards.
template<typename T, typename F>
QFuture<Result<T>> onSuccess(QFuture<Result<T>> future, QObject *context, F then)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> out = promise->future();
    future.then(context, [promise, then](const Result<T> &r) {
        if (r.ok())
            then(r);
        promise->addResult(r);
        promise->finish();
    });
    return out;
}

// Runs fn(result) on the main thread when the call finishes, unless context (an object of the
// main thread: a page, a window) is gone by then. Qt 6.4's then(context, ...) requires its context
// to outlive the call, which a page closed while a request is under way does not.
template<typename T, typename F>
void whenFinished(QFuture<T> future, QObject *context, F fn)
{
    Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
    const QPointer<QObject> guard(context);
    future.then(QtFuture::Launch::Sync, [guard, fn](const T &value) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, fn, value]() mutable {
                if (guard)
                    fn(value);
            },
            Qt::QueuedConnection);
    });
}

// A call that returns nothing but can fail.
struct Done
{
};

// One page of a listing. An empty nextPageToken means this was the last page.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextPageToken;
    int totalSize = 0;
};

// What every listing takes: where to continue, how many, and in which order. sortBy names a
// field of the listed objects ("created", "name"; runs also "finished", "state").
struct PageRequest
{
    int pageSize = 50;
    QString pageToken;
    QString sortBy = QStringLiteral("created");
    bool descending = true;
};

// Run and task states, as KFP's v2beta1 API names them; INTERRUPTED is a local run that was
// running when the workbench stopped.
namespace state {
inline const QString Pending = QStringLiteral("PENDING");
inline const QString Running = QStringLiteral("RUNNING");
inline const QString Succeeded = QStringLiteral("SUCCEEDED");
inline const QString Skipped = QStringLiteral("SKIPPED");
inline const QString Failed = QStringLiteral("FAILED");
inline const QString Canceling = QStringLiteral("CANCELING");
inline const QString Canceled = QStringLiteral("CANCELED");
inline const QString Interrupted = QStringLiteral("INTERRUPTED");
// A run in one of these states will not change by itself any more.
bool isFinal(const QString &state);
} // namespace state

struct PipelineInfo
{
    QString id;
    QString name;
    QString description;
    QDateTime created;
};

struct PipelineVersionInfo
{
    QString id;
    QString pipelineId;
    QString name;
    QString description;
    QDateTime created;
};

struct PipelineQuery
{
    PageRequest page;
    QString nameContains;
};

// A pipeline file to add, as bytes (compiled KFP YAML or JSON).
struct PipelineUpload
{
    QByteArray content;
    QString name; // empty: the name in the file
    QString description;
    QString fileName; // for messages
    // Told how much has been sent (bytes sent, total) as the file goes out; called on a worker
    // or network thread. May be empty.
    std::function<void(qint64 sent, qint64 total)> progress = {};
};

class PipelineService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PipelineService() override;

    virtual QFuture<Result<Page<PipelineInfo>>> list(const PipelineQuery &query) = 0;
    virtual QFuture<Result<PipelineInfo>> get(const QString &pipelineId) = 0;
    // Adds a new pipeline with the upload as its first version. A name that is taken is refused.
    virtual QFuture<Result<PipelineVersionInfo>> upload(const PipelineUpload &upload) = 0;
    // Adds a version to an existing pipeline.
    virtual QFuture<Result<PipelineVersionInfo>> uploadVersion(const QString &pipelineId,
                                                               const PipelineUpload &upload) = 0;
    // Deletes a pipeline and all its versions; runs made from them are kept.
    virtual QFuture<Result<Done>> remove(const QString &pipelineId) = 0;

    virtual QFuture<Result<Page<PipelineVersionInfo>>> versions(const QString &pipelineId,
                                                                const PageRequest &page) = 0;
    virtual QFuture<Result<PipelineVersionInfo>> version(const QString &versionId) = 0;
    // The version's PipelineSpec as the file it was uploaded from.
    virtual QFuture<Result<QByteArray>> spec(const QString &versionId) = 0;
    virtual QFuture<Result<Done>> removeVersion(const QString &versionId) = 0;

signals:
    void pipelinesChanged();
};

// Adds a pipeline file to a backend: a new pipeline named upload.name, or, when the backend has a
// pipeline of that name, a new version of it named by the time (made unique among its latest
// versions). done(result, newVersion) runs on context's thread (the main thread) unless context
// is gone by then.
void addPipelineOrVersion(
    PipelineService *service, PipelineUpload upload, QObject *context,
    std::function<void(const Result<PipelineVersionInfo> &result, bool newVersion)> done);

struct ExperimentInfo
{
    QString id;
    QString name;
    QString description;
    QDateTime created;
    bool archived = false;
};

struct ExperimentQuery
{
    PageRequest page;
    QString nameContains;
    bool archived = false; // list archived experiments instead of active ones
};

class ExperimentService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ExperimentService() override;

    virtual QFuture<Result<Page<ExperimentInfo>>> list(const ExperimentQuery &query) = 0;
    virtual QFuture<Result<ExperimentInfo>> create(const QString &name,
                                                   const QString &description) = 0;
    // Archiving an experiment archives its runs, as KFP does; unarchiving restores the experiment
    // only.
    virtual QFuture<Result<Done>> archive(const QString &experimentId) = 0;
    virtual QFuture<Result<Done>> unarchive(const QString &experimentId) = 0;
    // Deletes an experiment that has no runs left.
    virtual QFuture<Result<Done>> remove(const QString &experimentId) = 0;

signals:
    void experimentsChanged();
};

struct RunInfo
{
    QString id;
    QString name;
    QString pipelineName;
    QString pipelineVersionId; // empty for a run made from a file
    QString experimentId;
    QString recurringRunId; // the schedule that started it, if any
    QString state;          // see backend::state
    QString message;
    QJsonObject parameters;
    QDateTime created;
    QDateTime finished;
    bool archived = false;
    // The version's name, when the backend lists it with the run (the local one does); empty:
    // look it up by id.
    QString pipelineVersionName;
    // Scalar metrics, "task/artifact/key" -> value, when the backend lists them with the run (the
    // local one does); metricsListed false: get() the run for them.
    QMap<QString, double> metrics;
    bool metricsListed = false;
    // The user's labels on the run (key -> value), to find runs by.
    QMap<QString, QString> labels;
};

// Something that happened to a task: a change of state of one of its attempts, with what was
// said about it (an exit code, a retry, a reason from the cluster).
struct TaskEvent
{
    QDateTime time;
    int attempt = 0; // 1 for the first attempt; 0: not known
    QString state;   // see backend::state
    QString message;
};

struct TaskInfo
{
    QString path; // unique in the run, e.g. "for-loop-2[1]/train"
    QString name;
    QString state;
    int attempts = 0;
    bool cached = false;
    QString message;
    QJsonObject inputs;
    QJsonObject outputs;
    QDateTime updated;
    QDateTime started;       // invalid: never ran
    QDateTime finished;      // invalid: not finished
    int exitCode = -1;       // of its last process; -1: none, or killed
    QList<TaskEvent> events; // oldest first
};

struct ArtifactInfo
{
    QString taskPath;
    QString name; // the output's name in its component
    QString uri;
    QString schemaTitle; // e.g. system.Metrics
    QJsonObject metadata;
};

struct RunDetail
{
    RunInfo run;
    QList<TaskInfo> tasks;
    QList<ArtifactInfo> artifacts;
    QMap<QString, double> metrics; // "task/artifact/key" -> value
    QByteArray pipelineSpec;       // the pipeline as it was run
    // Why the tasks' artifacts and parameters could not be read (all or some); empty when
    // they were.
    QString outputsNote;
};

// A path in dir for a copy of fileName that overwrites nothing: "name", then "name (2)", ...
QString unusedPath(const QString &dir, const QString &fileName);

struct RunQuery
{
    PageRequest page;
    QStringList states; // any of these; empty: any state
    QString nameContains;
    QString experimentId;
    QString recurringRunId;
    QDateTime createdAfter; // invalid: no bound
    QDateTime createdBefore;
    bool archived = false; // list archived runs instead of active ones
    // Runs with a scalar metric within bounds: metricKey is a metric's name (in any task) or
    // "task/artifact/name"; a bound left NaN is open. Empty key: no metric filter.
    QString metricKey;
    double metricMin = std::numeric_limits<double>::quiet_NaN();
    double metricMax = std::numeric_limits<double>::quiet_NaN();
    // Runs that set a parameter to a value. Empty name: no parameter filter.
    QString parameterName;
    QJsonValue parameterValue;
    // Runs with all these labels; an empty value: the key with any value.
    QMap<QString, QString> labels;
};

// What to run: a pipeline version, or a pipeline file's bytes (from the editor or a file).
struct RunRequest
{
    QString name; // empty: the pipeline's name and the time
    QString pipelineVersionId;
    QByteArray pipelineSpec;
    QJsonObject parameters; // values as JSON; converted to the declared types
    QString experimentId;   // empty: the default experiment
    QMap<QString, QString> labels;
    bool cacheEnabled = true;
    // Local backend: run container tasks through this engine ("podman", "docker") instead of as
    // host processes; empty: host processes. Cluster backends ignore it.
    QString containerEngine;
};

class RunService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RunService() override;

    // Starts a run and returns it once it is recorded (it goes on running).
    virtual QFuture<Result<RunInfo>> create(const RunRequest &request) = 0;
    virtual QFuture<Result<Page<RunInfo>>> list(const RunQuery &query) = 0;
    virtual QFuture<Result<RunDetail>> get(const QString &runId) = 0;
    virtual QFuture<Result<Done>> terminate(const QString &runId) = 0;
    // Runs a failed, cancelled or interrupted run again in place: tasks that succeeded are reused,
    // the others run again.
    virtual QFuture<Result<Done>> retry(const QString &runId) = 0;
    virtual QFuture<Result<Done>> archive(const QString &runId) = 0;
    virtual QFuture<Result<Done>> unarchive(const QString &runId) = 0;
    virtual QFuture<Result<Done>> remove(const QString &runId) = 0;
    // The task's log so far; runLogAppended() brings what follows while it runs.
    virtual QFuture<Result<QByteArray>> taskLog(const QString &runId, const QString &taskPath) = 0;
    // Copies an artifact (file or folder) into destinationDir; returns the copy's path.
    virtual QFuture<Result<QString>> downloadArtifact(const ArtifactInfo &artifact,
                                                      const QString &destinationDir) = 0;
    // Whether list() orders runs by a field (PageRequest::sortBy): every backend by "created",
    // "name", "state" and "finished"; others may add "duration", "pipeline", "experiment",
    // "metric:<key>" and "parameter:<name>".
    virtual bool canSortBy(const QString &field) const;
    // Whether runChanged/taskChanged come for every change, also those made elsewhere (a local
    // run going on); false: pages ask again from time to time (a cluster's runs).
    virtual bool signalsEveryChange() const { return false; }
    // Replaces the run's labels; a backend that keeps none says so.
    virtual QFuture<Result<Done>> setLabels(const QString &runId,
                                            const QMap<QString, QString> &labels);

signals:
    void runChanged(const QString &runId, const QString &state);
    void taskChanged(const QString &runId, const QString &taskPath, const QString &state);
    void runLogAppended(const QString &runId, const QString &taskPath, const QByteArray &chunk);
};

// When a recurring run fires: a cron expression or a fixed interval.
struct RecurringRunInfo
{
    QString id;
    QString name;
    QString pipelineVersionId;
    QJsonObject parameters;
    QString experimentId;
    QString cron; // six fields with seconds, as KFP's scheduled workflows; five also taken
    qint64 intervalSeconds = 0; // used when cron is empty
    QDateTime startTime;        // invalid: now
    QDateTime endTime;          // invalid: no end
    int maxConcurrency = 1;
    bool catchup = true; // run the fires missed while nothing was running them
    bool enabled = true;
    QDateTime created;
    QDateTime lastFire; // the scheduled time of the last run it started
};

class RecurringRunService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RecurringRunService() override;

    virtual QFuture<Result<RecurringRunInfo>> create(const RecurringRunInfo &recurringRun) = 0;
    virtual QFuture<Result<Page<RecurringRunInfo>>> list(const PageRequest &page) = 0;
    virtual QFuture<Result<Done>> setEnabled(const QString &recurringRunId, bool enabled) = 0;
    virtual QFuture<Result<Done>> remove(const QString &recurringRunId) = 0;

signals:
    void recurringRunsChanged();
};

// What stands in on the workstation for the cluster objects a pipeline's Kubernetes options
// name: secrets (values kept in the OS keychain, listed here by name and keys only), config maps,
// and local folders for volume claims.
struct StandIns
{
    QMap<QString, QStringList> secrets;
    QMap<QString, QMap<QString, QString>> configMaps;
    QMap<QString, QString> volumes;
};

// What a pipeline names that the workstation does not have yet.
struct MissingStandIns
{
    QMap<QString, QStringList> secrets;    // name -> the keys the pipeline reads (may be empty)
    QMap<QString, QStringList> configMaps; // name -> keys
    QStringList volumes;
    bool isEmpty() const { return secrets.isEmpty() && configMaps.isEmpty() && volumes.isEmpty(); }
};

// The workstation's own resources for local runs; only the local backend has this service.
class WorkstationService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkstationService() override;

    virtual QFuture<Result<StandIns>> standIns() = 0;
    // Replaces a secret's keys and values (names as Kubernetes takes them).
    virtual QFuture<Result<Done>> setSecret(const QString &name,
                                            const QMap<QString, QString> &values) = 0;
    virtual QFuture<Result<Done>> removeSecret(const QString &name) = 0;
    virtual QFuture<Result<Done>> setConfigMap(const QString &name,
                                               const QMap<QString, QString> &values) = 0;
    virtual QFuture<Result<Done>> removeConfigMap(const QString &name) = 0;
    // A local folder (created if missing) for a volume claim.
    virtual QFuture<Result<Done>> setVolume(const QString &name, const QString &folder) = 0;
    virtual QFuture<Result<Done>> removeVolume(const QString &name) = 0;
    // The stand-ins a pipeline file names by constant that are not set.
    virtual QFuture<Result<MissingStandIns>> missingFor(const QByteArray &pipelineSpec) = 0;
    // Container engines installed here ("podman", "docker"), in order of preference.
    virtual QFuture<Result<QStringList>> containerEngines() = 0;

signals:
    void standInsChanged();
};

} // namespace kfw::backend
