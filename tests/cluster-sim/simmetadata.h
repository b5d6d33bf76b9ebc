#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace kfw::sim {

// ML Metadata and the object store behind a KFP installation, as far as KFP's UI reads them:
// MetadataStoreService's GetArtifactsByID and GetExecutionsByID over gRPC-web (binary protocol
// buffers, as KFP's metadata Envoy serves them), and artifact files through the UI's
// /artifacts/<source>/<bucket>/<key> proxy. What KFP's launcher records (the artifact's type,
// URI and metadata as custom properties; an execution's parameters as "inputs" and "outputs")
// is recorded here in the same shape.
class SimMetadata
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray headers; // extra header lines, each ending in \r\n
    };

    // Records an artifact the way the launcher does (metadata as custom properties, with the
    // output's name as display_name) and its file in the object store; returns its id.
    qint64 addArtifact(const QString &type, const QString &uri, const QString &ns,
                       const QString &displayName, const QJsonObject &metadata,
                       const QByteArray &content);
    // An execution of a task; state as MLMD's Execution.State (2 RUNNING, 3 COMPLETE).
    qint64 addExecution(const QString &taskName, const QJsonObject &inputs);
    void completeExecution(qint64 id, const QJsonObject &outputs);

    // A request path (split at '/') that reaches the metadata Envoy: through the API server's
    // service proxy for metadata-envoy-service in kubeflow, or at the gateway's /ml_metadata
    // route. method: the gRPC method named.
    static bool isMetadataCall(const QStringList &segments, QString *method);
    // A path to KFP's UI artifact proxy: service proxy for ml-pipeline-ui, or /pipeline at the
    // gateway. rest: source, bucket and key segments.
    static bool isArtifactRead(const QStringList &segments, QStringList *rest);

    Answer call(const QString &method, const QByteArray &contentType, const QByteArray &body) const;
    // mayView: whether the caller may view the namespace (KFP's UI asks the cluster); null when
    // the UI runs without authentication (single-user, or reached through the service proxy).
    Answer read(const QStringList &rest, const QUrlQuery &query,
                const std::function<bool(const QString &ns)> &mayView) const;

    int calls() const { return m_calls; }
    // Calls fail as Envoy answers when ML Metadata's server is down.
    void setFailing(bool failing) { m_failing = failing; }

private:
    struct Artifact
    {
        qint64 id = 0;
        QString type;
        QString uri;
        QString ns;
        QJsonObject customProperties; // JSON values; encoded as the launcher converts them
        QByteArray content;
    };
    struct Execution
    {
        qint64 id = 0;
        int state = 2;
        QString taskName;
        QJsonObject inputs;
        QJsonObject outputs;
    };

    qint64 m_nextId = 1;
    QHash<qint64, Artifact> m_artifacts;
    QHash<qint64, Execution> m_executions;
    mutable int m_calls = 0;
    bool m_failing = false;
};

} // namespace kfw::sim
