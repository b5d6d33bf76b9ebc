#include "cluster/kubeflow/kfamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace kfw::kubeflow {

namespace {

// KFAM answers refusals with {"errorMessage": ...} or plain text, not a Kubernetes Status.
kube::ApiResponse withKfamMessage(kube::ApiResponse response)
{
    if (!response.ok() && response.status >= 400 &&
        response.object.value(u"kind").toString() != u"Status") {
        const QString message = response.object.value(u"errorMessage").toString();
        if (!message.isEmpty())
            response.error = message;
    }
    return response;
}

} // namespace

KfamBinding KfamBinding::fromJson(const QJsonObject &json)
{
    KfamBinding b;
    b.user = json.value(u"user").toObject().value(u"name").toString();
    b.ns = json.value(u"referredNamespace").toString();
    QString role = json.value(u"RoleRef").toObject().value(u"name").toString();
    if (role.startsWith(u"kubeflow-"))
        role = role.mid(9);
    b.role = role;
    b.status = json.value(u"status").toString();
    return b;
}

QJsonObject KfamBinding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("User")},
                                             {QStringLiteral("name"), user}}},
        {QStringLiteral("referredNamespace"), ns},
        {QStringLiteral("RoleRef"),
         QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io")},
                     {QStringLiteral("kind"), QStringLiteral("ClusterRole")},
                     {QStringLiteral("name"), role}}}};
}

QString KfamClient::serviceProxyPath()
{
    return QStringLiteral("/api/v1/namespaces/kubeflow/services/profiles-kfam:8081/proxy/kfam");
}

KfamClient::KfamClient(std::shared_ptr<const kube::KubeClient> kube, QString basePath,
                       QString userId)
    : m_kube(std::move(kube))
    , m_basePath(std::move(basePath))
    , m_userId(std::move(userId))
{}

QFuture<kube::ApiResponse> KfamClient::send(const QByteArray &method, const QString &path,
                                            const QList<QPair<QString, QString>> &query,
                                            const QJsonObject &body) const
{
    http::Request request;
    request.method = method;
    request.url = m_kube->url(m_basePath + path, query);
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (!m_userId.isEmpty())
        request.headers << qMakePair(QByteArray("kubeflow-userid"), m_userId.toUtf8());
    if (!body.isEmpty()) {
        request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_kube->send(request).then(QtFuture::Launch::Sync, withKfamMessage);
}

QFuture<kube::ApiResponse> KfamClient::bindings(const QString &user, const QString &ns,
                                                const QString &role) const
{
    return send("GET", QStringLiteral("/v1/bindings"),
                {{QStringLiteral("user"), user},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("role"), role}},
                {});
}

QFuture<kube::ApiResponse> KfamClient::createBinding(const KfamBinding &binding) const
{
    return send("POST", QStringLiteral("/v1/bindings"), {}, binding.toJson());
}

QFuture<kube::ApiResponse> KfamClient::deleteBinding(const KfamBinding &binding) const
{
    return send("DELETE", QStringLiteral("/v1/bindings"), {}, binding.toJson());
}

QFuture<kube::ApiResponse> KfamClient::createProfile(const QJsonObject &profile) const
{
    return send("POST", QStringLiteral("/v1/profiles"), {}, profile);
}

QFuture<kube::ApiResponse> KfamClient::deleteProfile(const QString &name) const
{
    return send("DELETE",
                QStringLiteral("/v1/profiles/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(name)),
                {}, {});
}

QFuture<kube::ApiResponse> KfamClient::isClusterAdmin(const QString &user) const
{
    return send("GET", QStringLiteral("/v1/role/clusteradmin"), {{QStringLiteral("user"), user}},
                {});
}

QList<KfamBinding> KfamClient::bindingsOf(const kube::ApiResponse &response)
{
    QList<KfamBinding> list;
    for (const QJsonValue &v : response.object.value(u"bindings").toArray())
        list << KfamBinding::fromJson(v.toObject());
    return list;
}

} // namespace kfw::kubeflow
