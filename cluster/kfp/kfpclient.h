#pragma once

#include "cluster/kube/kubeclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace kfw::kfp {

// One KFP v2beta1 REST endpoint the client uses, described once: the calls are made from these
// entries, and a contract test checks each against the KFP swagger.
struct Endpoint
{
    QString operation; // the swagger's operationId, e.g. "RunService_ListRuns"
    QByteArray method; // GET, POST, DELETE
    QString path;      // with {placeholders}, e.g. "/apis/v2beta1/runs/{run_id}"
    QStringList query; // query parameter names the client may send
    QStringList body;  // top-level body field names the client may send
};

// Every endpoint the client uses.
const QList<Endpoint> &endpoints();
const Endpoint *findEndpoint(const QString &operation);

// A page of a KFP list: page_token, page_size, sort_by ("created_at desc") and the JSON
// predicate filter of filter.proto, e.g. {"predicates":[{"key":"name","operation":"EQUALS",
// "string_value":"x"}]}.
struct ListRequest
{
    QString ns;
    QString pageToken;
    int pageSize = 0;
    QString sortBy;
    QJsonObject filter;
};

// A filter with one predicate on a string field.
QJsonObject stringPredicate(const QString &key, const QString &operation, const QString &value);

// Kubeflow Pipelines' v2beta1 REST API, reached through the Kubernetes API server's service proxy
// with the context's credentials (no extra login). Errors carry KFP's message.
class KfpClient
{
public:
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    // The service-proxy path of KFP's API server in a Kubeflow installation.
    static QString serviceProxyPath(const QString &ns = QStringLiteral("kubeflow"),
                                    const QString &service = QStringLiteral("ml-pipeline"),
                                    int port = 8888);

    explicit KfpClient(std::shared_ptr<const kube::KubeClient> kube,
                       QString basePath = serviceProxyPath());

    // Calls an endpoint of endpoints(): path placeholders filled from pathValues, the query
    // (names must be the endpoint's) and an optional JSON body.
    QFuture<kube::ApiResponse> call(const QString &operation,
                                    const QMap<QString, QString> &pathValues = {},
                                    const QList<QPair<QString, QString>> &query = {},
                                    const QJsonObject &body = {}) const;

    QFuture<kube::ApiResponse> healthz() const;
    QFuture<kube::ApiResponse> listPipelines(const ListRequest &request) const;
    QFuture<kube::ApiResponse> getPipeline(const QString &id) const;
    QFuture<kube::ApiResponse> deletePipeline(const QString &id, bool cascade = false) const;
    QFuture<kube::ApiResponse> listPipelineVersions(const QString &pipelineId,
                                                    const ListRequest &request) const;
    // POST /apis/v2beta1/pipelines/upload: multipart with the file as `uploadfile`.
    // progress: as in http::Request::uploadProgress (network thread).
    QFuture<kube::ApiResponse> uploadPipeline(const QByteArray &file, const QString &fileName,
                                              const QString &displayName,
                                              const QString &description = {},
                                              const QString &ns = {},
                                              const Progress &progress = {}) const;
    // POST /apis/v2beta1/pipelines/upload_version: a new version of pipelineId.
    QFuture<kube::ApiResponse> uploadPipelineVersion(const QByteArray &file,
                                                     const QString &fileName,
                                                     const QString &pipelineId,
                                                     const QString &displayName,
                                                     const QString &description = {},
                                                     const Progress &progress = {}) const;
    QFuture<kube::ApiResponse> listExperiments(const ListRequest &request) const;
    QFuture<kube::ApiResponse> createExperiment(const QString &displayName, const QString &ns,
                                                const QString &description = {}) const;
    QFuture<kube::ApiResponse> archiveExperiment(const QString &id) const;
    QFuture<kube::ApiResponse> listRuns(const ListRequest &request,
                                        const QString &experimentId = {}) const;
    QFuture<kube::ApiResponse> getRun(const QString &id) const;
    // A run of a pipeline version with parameters, filed under an experiment.
    QFuture<kube::ApiResponse> createRun(const QString &displayName, const QString &pipelineId,
                                         const QString &versionId, const QJsonObject &parameters,
                                         const QString &experimentId) const;
    QFuture<kube::ApiResponse> terminateRun(const QString &id) const;
    QFuture<kube::ApiResponse> retryRun(const QString &id) const;
    QFuture<kube::ApiResponse> deleteRun(const QString &id) const;

    // The query of a listing endpoint.
    static QList<QPair<QString, QString>> listQuery(const ListRequest &request);

private:
    QFuture<kube::ApiResponse> upload(const QString &operation, const QByteArray &file,
                                      const QString &fileName,
                                      const QList<QPair<QString, QString>> &query,
                                      const Progress &progress) const;

    std::shared_ptr<const kube::KubeClient> m_kube;
    QString m_basePath;
};

} // namespace kfw::kfp
