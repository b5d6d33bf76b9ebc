#pragma once

#include "cluster/kube/kubeclient.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kfw::kfp {

// An artifact as ML Metadata keeps it: KFP's launcher records each output artifact with its URI,
// its type (the schema title, e.g. system.Metrics) and the component's metadata as custom
// properties.
struct MlmdArtifact
{
    qint64 id = 0;
    QString name;
    QString type;
    QString uri;
    int state = 0; // MLMD's Artifact.State: 2 LIVE
    // Values as JSON: numbers, strings, and the structs and lists KFP wraps as {"struct": ...}
    // and {"list": [...]} unwrapped again.
    QJsonObject customProperties;
};

// An execution (one task attempt): KFP keeps its parameters as the custom properties "inputs"
// and "outputs".
struct MlmdExecution
{
    qint64 id = 0;
    int state = 0; // Execution.State: 3 COMPLETE, 5 CACHED
    QJsonObject customProperties;
};

// ML Metadata's wire format (protocol buffers in gRPC-web frames), the part the workbench reads.
namespace mlmd {
// A GetArtifactsByIDRequest or GetExecutionsByIDRequest: the ids as field 1.
QByteArray idsRequest(const QList<qint64> &ids);
// The message of a gRPC-web call: a data frame (flag 0, 32-bit big-endian length).
QByteArray frame(const QByteArray &message);
// A gRPC-web answer: the message of its data frame, or why there is none (a grpc-status other
// than 0 in its headers or trailer frame, a truncated frame).
struct Unframed
{
    QByteArray message;
    QString error;
};
Unframed unframe(const QByteArray &body, const QByteArray &statusHeader = {},
                 const QByteArray &messageHeader = {});
// GetArtifactsByIDResponse.artifacts / GetExecutionsByIDResponse.executions; nullopt when the
// bytes are not such a message.
std::optional<QList<MlmdArtifact>> artifactsResponse(const QByteArray &message);
std::optional<QList<MlmdExecution>> executionsResponse(const QByteArray &message);
} // namespace mlmd

// An object-store URI split as KFP's UI artifact proxy names it: minio://bucket/key → source
// "minio"; s3 → "s3"; gs → "gcs"; empty source when the scheme is none of them.
struct ArtifactLocation
{
    QString source;
    QString bucket;
    QString key;
};
ArtifactLocation artifactLocation(const QString &uri);

// ML Metadata through its gRPC-web endpoint (KFP's metadata Envoy, as KFP's UI reaches it) and
// artifact contents through KFP's UI server, which reads the object store for the user.
class MetadataClient
{
public:
    template<typename T>
    struct Answer
    {
        T value{};
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // metadataPath: where /ml_metadata.MetadataStoreService/<method> is served; uiPath: where
    // KFP's UI serves /artifacts/.
    MetadataClient(std::shared_ptr<const kube::KubeClient> kube, QString metadataPath,
                   QString uiPath);

    QFuture<Answer<QList<MlmdArtifact>>> artifacts(const QList<qint64> &ids) const;
    QFuture<Answer<QList<MlmdExecution>>> executions(const QList<qint64> &ids) const;
    // The artifact's file as stored, through the UI for the profile namespace ns, in pieces as it
    // comes (the stream lives in the calling thread); null, with error set, when the URI is not
    // in an object store the UI reads.
    kube::LogStream *download(const QString &uri, const QString &ns, QObject *parent,
                              QString *error) const;

private:
    QFuture<Answer<QByteArray>> call(const QString &method, const QByteArray &message) const;

    std::shared_ptr<const kube::KubeClient> m_kube;
    QString m_metadataPath;
    QString m_uiPath;
};

} // namespace kfw::kfp
