#pragma once

#include "simmetadata.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace kfw::sim {

// The Kubeflow Pipelines REST API v2beta1 in memory: pipelines and versions (also uploaded as
// multipart), experiments, runs that progress PENDING → RUNNING → SUCCEEDED on timers, recurring
// runs and healthz, with KFP's list paging, sorting and JSON filters and its grpc-gateway errors;
// a running task announces its pod (taskStarted, taskFinished), and a call from a multi-user
// Caller reaches only the namespaces the caller may.
class SimKfp : public QObject
{
    Q_OBJECT

public:
    // An answer: the HTTP status and the JSON body.
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    // Where a request path (split at '/') reaches the KFP API: through the API server's service
    // proxy for ml-pipeline in kubeflow, or at /apis/v2beta1 for a direct-URL connection.
    struct Route
    {
        bool matched = false;
        bool proxied = false;
        QStringList rest; // the segments after apis/v2beta1
    };
    static Route route(const QStringList &segments);

    // Who makes a call in KFP's multi-user mode (through the Kubeflow gateway, or with a
    // kubeflow-userid header) and the check KFP makes with a SubjectAccessReview: may the user
    // do verb on resource (pipelines, experiments, runs, jobs) in namespace.
    struct Caller
    {
        QString user;
        std::function<bool(const QString &verb, const QString &resource, const QString &ns)>
            allowed;
    };
    // KFP's answer to a multi-user call that names no user (401, grpc UNAUTHENTICATED).
    static Reply missingIdentity();

    explicit SimKfp(QObject *parent = nullptr);
    ~SimKfp() override;

    // Seconds a run spends in each of PENDING and RUNNING.
    void setRunSeconds(double seconds) { m_runSeconds = seconds; }
    double runSeconds() const { return m_runSeconds; }

    // Without a caller the call is trusted: the API server's service proxy authorised it, or it
    // came with a bearer token on the direct URL.
    Reply handle(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
                 const QByteArray &contentType, const QByteArray &body,
                 const Caller *caller = nullptr);

    // A couple of pipelines, an experiment and finished runs in kubeflow-user-example-com.
    void seedDemo();

    // What a task of this name puts out when it succeeds, in runs created from now on, as
    // {"parameters": {name: value}, "artifacts": {name: {"type": "system.Metrics", "metadata":
    // {...}, "content": "file text"}}}: the launcher records it in ML Metadata and the object
    // store, and the task's details name the artifacts by id.
    void setTaskOutputs(const QString &taskName, const QJsonObject &outputs);
    SimMetadata &metadata() { return m_metadata; }

signals:
    // A task of a run started in its pod (RUNNING), or the pod ended with the run in a final
    // state. ns is the namespace of the run's experiment, empty for a run outside any.
    void taskStarted(const QString &ns, const QString &runId, const QString &task,
                     const QString &pod);
    void taskFinished(const QString &ns, const QString &runId, const QString &task,
                      const QString &pod, const QString &state);

private:
    // KFP's multi-user checks of a call before it is served; nullopt lets it through.
    std::optional<Reply> authorize(const QByteArray &method, const QStringList &rest,
                                   QUrlQuery *query, const QByteArray &body,
                                   const Caller &caller) const;

    Reply pipelines(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
                    const QByteArray &contentType, const QByteArray &body);
    Reply experiments(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
                      const QJsonObject &json);
    Reply runs(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
               const QJsonObject &json);
    Reply recurringRuns(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
                        const QJsonObject &json);

    Reply createPipeline(QJsonObject pipeline, const QJsonObject &version);
    Reply createVersion(const QString &pipelineId, QJsonObject version);
    Reply createExperiment(QJsonObject experiment);
    Reply createRun(QJsonObject run, const QString &experimentId, bool finished);

    QString defaultExperiment(const QString &ns);
    QString namespaceOfExperiment(const QString &experimentId) const;
    // Moves a run on to its next state when its generation is still current.
    void advanceRun(const QString &runId, int generation);
    void scheduleRun(const QString &runId);
    void setRunState(QJsonObject *run, const QString &state, bool final);
    void publishOutputs(const QJsonObject &run, QJsonObject *task);

    double m_runSeconds = 2;
    // Objects in the shape the API answers, in creation order.
    QList<QJsonObject> m_pipelines;
    QList<QJsonObject> m_versions;
    QList<QJsonObject> m_experiments;
    QList<QJsonObject> m_runs;
    QList<QJsonObject> m_recurringRuns;
    // A retried or terminated run drops the timers of its earlier life.
    QHash<QString, int> m_runGeneration;
    SimMetadata m_metadata;
    QHash<QString, QJsonObject> m_taskOutputs;                // by task name
    QHash<QString, QHash<QString, QJsonObject>> m_taskInputs; // run id → task → parameters
    QHash<QString, QHash<QString, QJsonObject>> m_runOutputs; // run id → task → planted outputs
};

} // namespace kfw::sim
