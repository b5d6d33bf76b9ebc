#pragma once

#include "cluster/backend/services.h"
#include "cluster/kfp/kfpclient.h"
#include "cluster/kfp/mlmd.h"
#include "cluster/kubeflow/logcache.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <memory>

namespace kfw::kubeflow {

// What the KFP services share: the clients of the connection and the profile namespace every
// call is scoped to. Set by the backend as the connection comes and goes; read by the services
// on the thread they live in.
class KfpScope : public std::enable_shared_from_this<KfpScope>
{
public:
    void set(std::shared_ptr<const kube::KubeClient> kube,
             std::shared_ptr<const kfp::KfpClient> kfp,
             std::shared_ptr<const kfp::MetadataClient> metadata = {},
             const QString &metadataError = {});
    void setNamespace(const QString &ns) { m_namespace = ns; }

    std::shared_ptr<const kube::KubeClient> kube() const { return m_kube; }
    std::shared_ptr<const kfp::KfpClient> kfp() const { return m_kfp; }
    // ML Metadata and artifact contents; null when the access cannot reach them
    // (metadataError says why).
    std::shared_ptr<const kfp::MetadataClient> metadata() const { return m_metadata; }
    QString metadataError() const { return m_metadataError; }
    QString ns() const { return m_namespace; }
    // Why calls cannot be made now; empty when they can.
    QString unavailable() const;

    // KFP names a version by its pipeline and its own id; the services hand out version ids
    // alone, so every version they see is remembered with its pipeline. Thread-safe.
    void rememberVersion(const QString &versionId, const QString &pipelineId);
    QString pipelineOfVersion(const QString &versionId) const;
    // Pipeline names by id, for runs that name their pipeline by id only. A null string: not
    // known; empty: looked up and not found.
    void rememberPipeline(const QString &pipelineId, const QString &name);
    QString pipelineName(const QString &pipelineId) const;
    // Version names by id, the same way.
    void rememberVersionName(const QString &versionId, const QString &name);
    QString versionName(const QString &versionId) const;

private:
    std::shared_ptr<const kube::KubeClient> m_kube;
    std::shared_ptr<const kfp::KfpClient> m_kfp;
    std::shared_ptr<const kfp::MetadataClient> m_metadata;
    QString m_metadataError;
    QString m_namespace;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_versionPipelines;
    QHash<QString, QString> m_pipelineNames;
    QHash<QString, QString> m_versionNames;
};

// KFP's names for a listing's order: "created" → "created_at desc".
QString kfpSortBy(const backend::PageRequest &page);
QDateTime kfpTime(const QJsonValue &value);

backend::PipelineInfo pipelineFromJson(const QJsonObject &o);
backend::PipelineVersionInfo versionFromJson(const QJsonObject &o);
backend::ExperimentInfo experimentFromJson(const QJsonObject &o);
backend::RunInfo runFromJson(const QJsonObject &o);
// Where a run's task outputs are in ML Metadata: KFP's run API names each task's execution and
// output artifacts by their ML Metadata ids only.
struct MetadataRefs
{
    struct Output
    {
        QString taskPath;
        QString name;
        qint64 artifactId = 0;
    };
    QHash<QString, qint64> executions; // task path → execution id
    QList<Output> outputs;
    bool isEmpty() const { return executions.isEmpty() && outputs.isEmpty(); }
};

// refs, when given, receives the ids to read from ML Metadata.
backend::RunDetail runDetailFromJson(const QJsonObject &o, MetadataRefs *refs = nullptr);
// Fills in the tasks' parameters (their executions' "inputs" and "outputs"), their artifacts
// (URI, type, metadata) and the scalar metrics of system.Metrics artifacts, as the local backend
// gives them.
void addMetadata(backend::RunDetail *detail, const MetadataRefs &refs,
                 const QList<kfp::MlmdArtifact> &artifacts,
                 const QList<kfp::MlmdExecution> &executions);
backend::RecurringRunInfo recurringRunFromJson(const QJsonObject &o);

// The filter of a run listing, in filter.proto's JSON form.
QJsonObject runFilter(const backend::RunQuery &query);

class KfpPipelineService final : public backend::PipelineService
{
    Q_OBJECT
public:
    KfpPipelineService(KfpScope *scope, QObject *parent);

    QFuture<backend::Result<backend::Page<backend::PipelineInfo>>>
    list(const backend::PipelineQuery &query) override;
    QFuture<backend::Result<backend::PipelineInfo>> get(const QString &pipelineId) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    upload(const backend::PipelineUpload &upload) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    uploadVersion(const QString &pipelineId, const backend::PipelineUpload &upload) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &pipelineId) override;
    QFuture<backend::Result<backend::Page<backend::PipelineVersionInfo>>>
    versions(const QString &pipelineId, const backend::PageRequest &page) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    version(const QString &versionId) override;
    QFuture<backend::Result<QByteArray>> spec(const QString &versionId) override;
    QFuture<backend::Result<backend::Done>> removeVersion(const QString &versionId) override;

private:
    // GET of a version KFP names by pipeline and version id.
    QFuture<kube::ApiResponse> getVersion(const QString &versionId, const QString &pipelineId);

    KfpScope *m_scope;
};

class KfpExperimentService final : public backend::ExperimentService
{
    Q_OBJECT
public:
    KfpExperimentService(KfpScope *scope, QObject *parent);

    QFuture<backend::Result<backend::Page<backend::ExperimentInfo>>>
    list(const backend::ExperimentQuery &query) override;
    QFuture<backend::Result<backend::ExperimentInfo>> create(const QString &name,
                                                             const QString &description) override;
    QFuture<backend::Result<backend::Done>> archive(const QString &experimentId) override;
    QFuture<backend::Result<backend::Done>> unarchive(const QString &experimentId) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &experimentId) override;

private:
    KfpScope *m_scope;
};

class KfpRunService final : public backend::RunService
{
    Q_OBJECT
public:
    KfpRunService(KfpScope *scope, QObject *parent);

    QFuture<backend::Result<backend::RunInfo>> create(const backend::RunRequest &request) override;
    QFuture<backend::Result<backend::Page<backend::RunInfo>>>
    list(const backend::RunQuery &query) override;
    QFuture<backend::Result<backend::RunDetail>> get(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> terminate(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> retry(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> archive(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> unarchive(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &runId) override;
    // The log of the task's pod (container "main") as the cluster keeps it; while the task
    // runs, what follows comes as runLogAppended. A task's log is kept on the workstation once
    // it has ended (read after the end, or followed to it), and read from there when its pod is
    // gone.
    QFuture<backend::Result<QByteArray>> taskLog(const QString &runId,
                                                 const QString &taskPath) override;
    // The artifact's file from the cluster's object store through KFP's UI, written to the folder
    // as it comes (an artifact may not fit in memory).
    QFuture<backend::Result<QString>> downloadArtifact(const backend::ArtifactInfo &artifact,
                                                       const QString &destinationDir) override;
    const LogCache &logCache() const { return m_logs; }

signals:
    // A followed task ended and its whole log is now kept on the workstation.
    void taskLogKept(const QString &runId, const QString &taskPath);

private:
    QFuture<backend::Result<backend::Done>> action(const QString &operation, const QString &runId);
    // Follows a running task's pod log, one stream per task.
    void followLog(const QString &ns, const QString &pod, const QString &runId,
                   const QString &taskPath);
    // Reads the whole log of an ended task and keeps it.
    void keepLog(const QString &ns, const QString &pod, const QString &runId,
                 const QString &taskPath);

    KfpScope *m_scope;
    LogCache m_logs;
    QHash<QString, QObject *> m_followers; // "run/task" -> its log stream
    // One thread that writes downloaded artifacts, each file's pieces in order.
    std::unique_ptr<QThreadPool> m_artifactWriter;
};

class KfpRecurringRunService final : public backend::RecurringRunService
{
    Q_OBJECT
public:
    KfpRecurringRunService(KfpScope *scope, QObject *parent);

    QFuture<backend::Result<backend::RecurringRunInfo>>
    create(const backend::RecurringRunInfo &recurringRun) override;
    QFuture<backend::Result<backend::Page<backend::RecurringRunInfo>>>
    list(const backend::PageRequest &page) override;
    QFuture<backend::Result<backend::Done>> setEnabled(const QString &recurringRunId,
                                                       bool enabled) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &recurringRunId) override;

private:
    KfpScope *m_scope;
};

} // namespace kfw::kubeflow
