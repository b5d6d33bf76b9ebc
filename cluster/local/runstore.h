#pragma once

#include "cluster/backend/services.h"
#include "cluster/local/runner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <limits>
#include <memory>
#include <optional>

namespace kfw::local {

// A run as the store keeps it.
struct StoredRun
{
    QString id;
    QString name;
    QString pipelineName;
    QString experiment;
    QString state; // PENDING, RUNNING, SUCCEEDED, FAILED, CANCELED, INTERRUPTED
    QString message;
    QJsonObject parameters;
    QDateTime created;
    QDateTime finished;
    QByteArray spec; // the pipeline as it was run (YAML)
    QString runDir;
    QString pipelineVersionId;
    QString recurringRunId;
    bool archived = false;
    // How it was run, kept for retries: "engine", "parallelism", "timeout", "cache".
    QJsonObject options;
    // Filled by listings: the version's name, and where the run stands in the listing's order
    // (for the next page's token).
    QString pipelineVersionName;
    QMap<QString, QString> labels;
    qint64 rowid = 0;
    QVariant sortKey;
};

struct StoredTask
{
    QString path;
    QString name;
    QString state;
    int attempts = 0;
    QString message;
    QString logFile;
    QJsonObject inputs;
    QJsonObject outputs;
    QDateTime updated;
    bool cached = false;
    QDateTime started;
    QDateTime finished;
    int exitCode = -1;
};

// Which runs to list, newest first.
struct RunQuery
{
    QString state;      // empty: any
    QString experiment; // empty: any
    QString nameContains;
    int limit = 50;
    int offset = 0;
    QStringList states; // any of these (with state, if set)
    QString recurringRunId;
    QDateTime createdAfter;
    QDateTime createdBefore;
    bool archived = false;
    // created, finished, name, state, pipeline, experiment, "metric:<key>" (a metric's name or
    // "task/artifact/name"), "parameter:<name>". Runs without the metric or parameter come last.
    QString sortBy = QStringLiteral("created");
    bool descending = true;
    // Key-set paging: only runs after this one in the order (its sortKey and rowid, from the
    // last run of the page before). An invalid afterKey: from the start (then offset counts).
    QVariant afterKey;
    qint64 afterRowid = 0;
    QString metricKey; // "name" or "task/artifact/name"; bounds NaN: open
    double metricMin = std::numeric_limits<double>::quiet_NaN();
    double metricMax = std::numeric_limits<double>::quiet_NaN();
    QString parameterName;
    QJsonValue parameterValue;
    QMap<QString, QString> labels; // all of them; an empty value: any value
};

// The local backend's history in SQLite (Qt SQL): runs, their tasks, artifacts and metrics. Each
// change is committed when it is recorded, so a crash loses nothing that was shown; runs that were
// running when the app stopped are marked INTERRUPTED the next time the store opens. The schema
// is versioned and migrated on open.
class RunStore
    : public QObject
    , public TaskCache
{
    Q_OBJECT
public:
    explicit RunStore(QObject *parent = nullptr);
    ~RunStore() override;

    // Opens (creating or migrating) the database file. Returns false with a message on failure.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    int schemaVersion() const;
    static constexpr int kSchemaVersion = 5;
    // Runs marked INTERRUPTED by the last open().
    QStringList interruptedOnOpen() const { return m_interrupted; }

    bool addRun(const StoredRun &run, QString *error);
    bool setRunState(const QString &id, const QString &state, const QString &message,
                     QString *error);
    bool recordTask(const QString &runId, const TaskRecord &task, QString *error);

    std::optional<StoredRun> run(const QString &id) const;
    QList<StoredRun> runs(const RunQuery &query = {}) const;
    int countRuns(const RunQuery &query = {}) const;
    QList<StoredTask> tasks(const QString &runId) const;
    // What happened to the run's tasks (each change of state or attempt), by task path, oldest
    // first.
    QHash<QString, QList<backend::TaskEvent>> taskEvents(const QString &runId) const;
    // Scalar metrics of a run: "task/artifact/key" -> value.
    QMap<QString, double> metrics(const QString &runId) const;
    // The same for several runs at once (a page of a listing).
    QHash<QString, QMap<QString, double>> metrics(const QStringList &runIds) const;
    QList<backend::ArtifactInfo> artifacts(const QString &runId) const;

    // The task cache: results of cacheable tasks by fingerprint (newest wins).
    std::optional<CachedOutputs> findCached(const QString &fingerprint) override;
    void storeCached(const QString &fingerprint, const CachedOutputs &outputs) override;
    // Archives or restores a run; deletes a run with its tasks and artifact records (the folder
    // is left to the caller).
    bool setRunArchived(const QString &id, bool archived, QString *error);
    bool setRunLabels(const QString &id, const QMap<QString, QString> &labels, QString *error);
    bool removeRun(const QString &id, QString *error);
    // Names of other runs whose artifacts are files of this run (reused from the cache).
    QStringList runsUsingFilesOf(const QString &id) const;
    // Prepares a finished run to run again in place: state back to PENDING, finish time cleared.
    bool resetRun(const QString &id, QString *error);

    // Pipelines and their versions (the spec is kept with each version).
    bool addPipeline(const backend::PipelineInfo &pipeline, QString *error);
    bool addPipelineVersion(const backend::PipelineVersionInfo &version, const QByteArray &spec,
                            QString *error);
    std::optional<backend::PipelineInfo> pipeline(const QString &id) const;
    std::optional<backend::PipelineInfo> pipelineByName(const QString &name) const;
    QList<backend::PipelineInfo> pipelines(const QString &nameContains,
                                           const backend::PageRequest &page, int offset,
                                           int *total) const;
    std::optional<backend::PipelineVersionInfo> pipelineVersion(const QString &id) const;
    QList<backend::PipelineVersionInfo> pipelineVersions(const QString &pipelineId,
                                                         const backend::PageRequest &page,
                                                         int offset, int *total) const;
    QByteArray pipelineVersionSpec(const QString &id) const;
    bool removePipeline(const QString &id, QString *error);
    bool removePipelineVersion(const QString &id, QString *error);

    // Experiments; a local experiment's id is its name. "Default" always exists.
    bool addExperiment(const backend::ExperimentInfo &experiment, QString *error);
    std::optional<backend::ExperimentInfo> experiment(const QString &id) const;
    QList<backend::ExperimentInfo> experiments(const backend::ExperimentQuery &query, int offset,
                                               int *total) const;
    // Archiving an experiment archives its runs too.
    bool setExperimentArchived(const QString &id, bool archived, QString *error);
    bool removeExperiment(const QString &id, QString *error);

    // Recurring runs.
    bool addRecurringRun(const backend::RecurringRunInfo &recurringRun, QString *error);
    QList<backend::RecurringRunInfo> recurringRuns() const;
    bool setRecurringRunEnabled(const QString &id, bool enabled, QString *error);
    bool setRecurringRunLastFire(const QString &id, const QDateTime &lastFire, QString *error);
    bool removeRecurringRun(const QString &id, QString *error);

    // Stand-ins for cluster objects: secrets (name -> JSON list of keys; values are in the OS
    // keychain), config maps (name -> JSON object) and volume claims (name -> local folder).
    enum class StandIn
    {
        Secret,
        ConfigMap,
        Volume,
    };
    bool setStandIn(StandIn kind, const QString &name, const QJsonValue &value, QString *error);
    bool removeStandIn(StandIn kind, const QString &name, QString *error);
    QMap<QString, QJsonValue> standIns(StandIn kind) const;

    // Forgets cached results (all of them, or those of one run). Returns how many were dropped.
    int clearCache(const QString &runId = {});

    // Whether a live process holds the run's owner lock (in its folder).
    static bool runIsOwned(const QString &runDir);

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error) const;
    QString m_connection;
    QStringList m_interrupted;
};

// Records a LocalRunner's progress into a RunStore as it happens.
class RunRecorder : public QObject
{
    Q_OBJECT
public:
    RunRecorder(LocalRunner *runner, RunStore *store, const QString &runId,
                QObject *parent = nullptr);
    ~RunRecorder() override;

private:
    std::unique_ptr<QLockFile> m_owner; // held while the run goes on
};

} // namespace kfw::local
