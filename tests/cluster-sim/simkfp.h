#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

namespace kfw::sim {

// The Kubeflow Pipelines REST API v2beta1 in memory: pipelines and versions (also uploaded as
// multipart), experiments, runs that progress PENDING → RUNNING → SUCCEEDED on timers, recurring
// runs and healthz, with KFP's list paging, sorting and JSON filters and its grpc-gateway errors.
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

    explicit SimKfp(QObject *parent = nullptr);
    ~SimKfp() override;

    // Seconds a run spends in each of PENDING and RUNNING.
    void setRunSeconds(double seconds) { m_runSeconds = seconds; }
    double runSeconds() const { return m_runSeconds; }

    Reply handle(const QByteArray &method, const QStringList &rest, const QUrlQuery &query,
                 const QByteArray &contentType, const QByteArray &body);

    // A couple of pipelines, an experiment and finished runs in kubeflow-user-example-com.
    void seedDemo();

private:
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

    double m_runSeconds = 2;
    // Objects in the shape the API answers, in creation order.
    QList<QJsonObject> m_pipelines;
    QList<QJsonObject> m_versions;
    QList<QJsonObject> m_experiments;
    QList<QJsonObject> m_runs;
    QList<QJsonObject> m_recurringRuns;
    // A retried or terminated run drops the timers of its earlier life.
    QHash<QString, int> m_runGeneration;
};

} // namespace kfw::sim
