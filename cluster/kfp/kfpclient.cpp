#include "cluster/kfp/kfpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace kfw::kfp {

namespace {

QStringList listQueryNames()
{
    return {QStringLiteral("namespace"), QStringLiteral("page_token"), QStringLiteral("page_size"),
            QStringLiteral("sort_by"), QStringLiteral("filter")};
}

// KFP answers errors with {"error", "code", "message", "details"}; its message is what the user
// needs, the HTTP status alone says little.
kube::ApiResponse withKfpMessage(kube::ApiResponse response)
{
    if (!response.ok() && response.status >= 400) {
        const QString message =
            response.object.value(u"message").toString(response.object.value(u"error").toString());
        if (!message.isEmpty() && response.object.value(u"kind").toString() != u"Status")
            response.error = message;
    }
    return response;
}

} // namespace

const QList<Endpoint> &endpoints()
{
    static const QList<Endpoint> list = [] {
        const QStringList listing = listQueryNames();
        QList<Endpoint> e;
        e << Endpoint{QStringLiteral("HealthzService_GetHealthz"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/healthz"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("PipelineService_ListPipelines"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/pipelines"),
                      listing,
                      {}}
          << Endpoint{QStringLiteral("PipelineService_GetPipeline"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/pipelines/{pipeline_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("PipelineService_DeletePipeline"),
                      "DELETE",
                      QStringLiteral("/apis/v2beta1/pipelines/{pipeline_id}"),
                      {QStringLiteral("cascade")},
                      {}}
          << Endpoint{QStringLiteral("PipelineService_ListPipelineVersions"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/pipelines/{pipeline_id}/versions"),
                      {QStringLiteral("page_token"), QStringLiteral("page_size"),
                       QStringLiteral("sort_by"), QStringLiteral("filter")},
                      {}}
          << Endpoint{QStringLiteral("UploadPipeline"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/pipelines/upload"),
                      {QStringLiteral("name"), QStringLiteral("display_name"),
                       QStringLiteral("description"), QStringLiteral("namespace")},
                      {QStringLiteral("uploadfile")}}
          << Endpoint{QStringLiteral("ExperimentService_ListExperiments"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/experiments"),
                      listing,
                      {}}
          << Endpoint{QStringLiteral("ExperimentService_CreateExperiment"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/experiments"),
                      {},
                      {QStringLiteral("display_name"), QStringLiteral("description"),
                       QStringLiteral("namespace")}}
          << Endpoint{QStringLiteral("ExperimentService_ArchiveExperiment"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/experiments/{experiment_id}:archive"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_ListRuns"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/runs"),
                      listing + QStringList{QStringLiteral("experiment_id")},
                      {}}
          << Endpoint{QStringLiteral("RunService_GetRun"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_CreateRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/runs"),
                      {},
                      {QStringLiteral("display_name"), QStringLiteral("experiment_id"),
                       QStringLiteral("pipeline_version_reference"),
                       QStringLiteral("pipeline_spec"), QStringLiteral("runtime_config")}}
          << Endpoint{QStringLiteral("RunService_TerminateRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}:terminate"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_RetryRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}:retry"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_DeleteRun"),
                      "DELETE",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_ArchiveRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}:archive"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RunService_UnarchiveRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/runs/{run_id}:unarchive"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("PipelineService_GetPipelineVersion"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/pipelines/{pipeline_id}/versions/"
                                     "{pipeline_version_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("PipelineService_DeletePipelineVersion"),
                      "DELETE",
                      QStringLiteral("/apis/v2beta1/pipelines/{pipeline_id}/versions/"
                                     "{pipeline_version_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("UploadPipelineVersion"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/pipelines/upload_version"),
                      {QStringLiteral("name"), QStringLiteral("display_name"),
                       QStringLiteral("pipelineid"), QStringLiteral("description")},
                      {QStringLiteral("uploadfile")}}
          << Endpoint{QStringLiteral("ExperimentService_UnarchiveExperiment"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/experiments/{experiment_id}:unarchive"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("ExperimentService_DeleteExperiment"),
                      "DELETE",
                      QStringLiteral("/apis/v2beta1/experiments/{experiment_id}"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RecurringRunService_ListRecurringRuns"),
                      "GET",
                      QStringLiteral("/apis/v2beta1/recurringruns"),
                      listing + QStringList{QStringLiteral("experiment_id")},
                      {}}
          << Endpoint{QStringLiteral("RecurringRunService_CreateRecurringRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/recurringruns"),
                      {},
                      {QStringLiteral("display_name"), QStringLiteral("description"),
                       QStringLiteral("pipeline_version_reference"),
                       QStringLiteral("runtime_config"), QStringLiteral("max_concurrency"),
                       QStringLiteral("trigger"), QStringLiteral("mode"),
                       QStringLiteral("no_catchup"), QStringLiteral("namespace"),
                       QStringLiteral("experiment_id")}}
          << Endpoint{QStringLiteral("RecurringRunService_EnableRecurringRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/recurringruns/{recurring_run_id}:enable"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RecurringRunService_DisableRecurringRun"),
                      "POST",
                      QStringLiteral("/apis/v2beta1/recurringruns/{recurring_run_id}:disable"),
                      {},
                      {}}
          << Endpoint{QStringLiteral("RecurringRunService_DeleteRecurringRun"),
                      "DELETE",
                      QStringLiteral("/apis/v2beta1/recurringruns/{recurring_run_id}"),
                      {},
                      {}};
        return e;
    }();
    return list;
}

const Endpoint *findEndpoint(const QString &operation)
{
    for (const Endpoint &e : endpoints()) {
        if (e.operation == operation)
            return &e;
    }
    return nullptr;
}

QJsonObject stringPredicate(const QString &key, const QString &operation, const QString &value)
{
    return QJsonObject{{u"predicates"_qs, QJsonArray{QJsonObject{{u"key"_qs, key},
                                                                 {u"operation"_qs, operation},
                                                                 {u"string_value"_qs, value}}}}};
}

QString KfpClient::serviceProxyPath(const QString &ns, const QString &service, int port)
{
    return QStringLiteral("/api/v1/namespaces/%1/services/%2:%3/proxy").arg(ns, service).arg(port);
}

KfpClient::KfpClient(std::shared_ptr<const kube::KubeClient> kube, QString basePath)
    : m_kube(std::move(kube))
    , m_basePath(std::move(basePath))
{}

QFuture<kube::ApiResponse> KfpClient::call(const QString &operation,
                                           const QMap<QString, QString> &pathValues,
                                           const QList<QPair<QString, QString>> &query,
                                           const QJsonObject &body) const
{
    const Endpoint *endpoint = findEndpoint(operation);
    Q_ASSERT_X(endpoint, "KfpClient::call", "every call goes through the endpoint table");
    QString path = endpoint->path;
    for (auto it = pathValues.begin(); it != pathValues.end(); ++it)
        path.replace(u'{' + it.key() + u'}',
                     QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    for ([[maybe_unused]] const auto &[name, value] : query)
        Q_ASSERT_X(endpoint->query.contains(name), "KfpClient::call",
                   "query names come from the table");
    http::Request request;
    request.method = endpoint->method;
    request.url = m_kube->url(m_basePath + path, query);
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (endpoint->method == "POST") {
        request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_kube->send(request).then(QtFuture::Launch::Sync, withKfpMessage);
}

QList<QPair<QString, QString>> KfpClient::listQuery(const ListRequest &request)
{
    QList<QPair<QString, QString>> query = {{QStringLiteral("namespace"), request.ns},
                                            {QStringLiteral("page_token"), request.pageToken},
                                            {QStringLiteral("sort_by"), request.sortBy}};
    if (request.pageSize > 0)
        query << qMakePair(QStringLiteral("page_size"), QString::number(request.pageSize));
    if (!request.filter.isEmpty())
        query << qMakePair(
            QStringLiteral("filter"),
            QString::fromUtf8(QJsonDocument(request.filter).toJson(QJsonDocument::Compact)));
    return query;
}

QFuture<kube::ApiResponse> KfpClient::healthz() const
{
    return call(QStringLiteral("HealthzService_GetHealthz"));
}

QFuture<kube::ApiResponse> KfpClient::listPipelines(const ListRequest &request) const
{
    return call(QStringLiteral("PipelineService_ListPipelines"), {}, listQuery(request));
}

QFuture<kube::ApiResponse> KfpClient::getPipeline(const QString &id) const
{
    return call(QStringLiteral("PipelineService_GetPipeline"),
                {{QStringLiteral("pipeline_id"), id}});
}

QFuture<kube::ApiResponse> KfpClient::deletePipeline(const QString &id, bool cascade) const
{
    QList<QPair<QString, QString>> query;
    if (cascade)
        query << qMakePair(QStringLiteral("cascade"), QStringLiteral("true"));
    return call(QStringLiteral("PipelineService_DeletePipeline"),
                {{QStringLiteral("pipeline_id"), id}}, query);
}

QFuture<kube::ApiResponse> KfpClient::listPipelineVersions(const QString &pipelineId,
                                                           const ListRequest &request) const
{
    QList<QPair<QString, QString>> query = listQuery(request);
    query.removeIf([](const auto &item) { return item.first == u"namespace"; });
    return call(QStringLiteral("PipelineService_ListPipelineVersions"),
                {{QStringLiteral("pipeline_id"), pipelineId}}, query);
}

QFuture<kube::ApiResponse> KfpClient::upload(const QString &operation, const QByteArray &file,
                                             const QString &fileName,
                                             const QList<QPair<QString, QString>> &query,
                                             const Progress &progress) const
{
    const Endpoint *endpoint = findEndpoint(operation);
    Q_ASSERT_X(endpoint && endpoint->body == QStringList{QStringLiteral("uploadfile")},
               "KfpClient::upload", "only the multipart endpoints take a file");
    // multipart/form-data with the file in the `uploadfile` part, as the KFP SDK sends it.
    const QByteArray boundary =
        "kfw-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body = "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"uploadfile\"; filename=\"" +
            fileName.toUtf8().replace('"', "_") + "\"\r\n";
    body += "Content-Type: application/octet-stream\r\n\r\n";
    body += file;
    body += "\r\n--" + boundary + "--\r\n";
    http::Request request;
    request.method = "POST";
    request.url = m_kube->url(m_basePath + endpoint->path, query);
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
                    << qMakePair(QByteArray("Content-Type"),
                                 "multipart/form-data; boundary=" + boundary);
    request.body = body;
    request.uploadProgress = progress;
    return m_kube->send(request).then(QtFuture::Launch::Sync, withKfpMessage);
}

QFuture<kube::ApiResponse> KfpClient::uploadPipeline(const QByteArray &file,
                                                     const QString &fileName,
                                                     const QString &displayName,
                                                     const QString &description,
                                                     const QString &ns,
                                                     const Progress &progress) const
{
    return upload(QStringLiteral("UploadPipeline"), file, fileName,
                  {{QStringLiteral("name"), displayName},
                   {QStringLiteral("display_name"), displayName},
                   {QStringLiteral("description"), description},
                   {QStringLiteral("namespace"), ns}},
                  progress);
}

QFuture<kube::ApiResponse> KfpClient::uploadPipelineVersion(const QByteArray &file,
                                                            const QString &fileName,
                                                            const QString &pipelineId,
                                                            const QString &displayName,
                                                            const QString &description,
                                                            const Progress &progress) const
{
    return upload(QStringLiteral("UploadPipelineVersion"), file, fileName,
                  {{QStringLiteral("name"), displayName},
                   {QStringLiteral("display_name"), displayName},
                   {QStringLiteral("pipelineid"), pipelineId},
                   {QStringLiteral("description"), description}},
                  progress);
}

QFuture<kube::ApiResponse> KfpClient::listExperiments(const ListRequest &request) const
{
    return call(QStringLiteral("ExperimentService_ListExperiments"), {}, listQuery(request));
}

QFuture<kube::ApiResponse> KfpClient::createExperiment(const QString &displayName,
                                                       const QString &ns,
                                                       const QString &description) const
{
    QJsonObject body{{u"display_name"_qs, displayName}, {u"description"_qs, description}};
    if (!ns.isEmpty())
        body.insert(u"namespace"_qs, ns);
    return call(QStringLiteral("ExperimentService_CreateExperiment"), {}, {}, body);
}

QFuture<kube::ApiResponse> KfpClient::archiveExperiment(const QString &id) const
{
    return call(QStringLiteral("ExperimentService_ArchiveExperiment"),
                {{QStringLiteral("experiment_id"), id}});
}

QFuture<kube::ApiResponse> KfpClient::listRuns(const ListRequest &request,
                                               const QString &experimentId) const
{
    QList<QPair<QString, QString>> query = listQuery(request);
    query << qMakePair(QStringLiteral("experiment_id"), experimentId);
    return call(QStringLiteral("RunService_ListRuns"), {}, query);
}

QFuture<kube::ApiResponse> KfpClient::getRun(const QString &id) const
{
    return call(QStringLiteral("RunService_GetRun"), {{QStringLiteral("run_id"), id}});
}

QFuture<kube::ApiResponse> KfpClient::createRun(const QString &displayName,
                                                const QString &pipelineId, const QString &versionId,
                                                const QJsonObject &parameters,
                                                const QString &experimentId) const
{
    QJsonObject reference{{u"pipeline_id"_qs, pipelineId}};
    if (!versionId.isEmpty())
        reference.insert(u"pipeline_version_id"_qs, versionId);
    QJsonObject body{{u"display_name"_qs, displayName},
                     {u"pipeline_version_reference"_qs, reference},
                     {u"runtime_config"_qs, QJsonObject{{u"parameters"_qs, parameters}}}};
    if (!experimentId.isEmpty())
        body.insert(u"experiment_id"_qs, experimentId);
    return call(QStringLiteral("RunService_CreateRun"), {}, {}, body);
}

QFuture<kube::ApiResponse> KfpClient::terminateRun(const QString &id) const
{
    return call(QStringLiteral("RunService_TerminateRun"), {{QStringLiteral("run_id"), id}});
}

QFuture<kube::ApiResponse> KfpClient::retryRun(const QString &id) const
{
    return call(QStringLiteral("RunService_RetryRun"), {{QStringLiteral("run_id"), id}});
}

QFuture<kube::ApiResponse> KfpClient::deleteRun(const QString &id) const
{
    return call(QStringLiteral("RunService_DeleteRun"), {{QStringLiteral("run_id"), id}});
}

} // namespace kfw::kfp
