#include "cluster/kube/kubeclient.h"

#include "cluster/http/stream.h"
#include "cluster/http/transport.h"
#include "cluster/kube/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QUrlQuery>

namespace kfw::kube {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("kfw::kube::KubeClient", source);
}

// One authorised exchange, before its body is interpreted.
struct Exchange
{
    http::Response response;
    bool needsApproval = false;
};

void attempt(std::shared_ptr<http::Client> client, std::shared_ptr<CredentialSource> credentials,
             http::Request request, std::shared_ptr<QPromise<Exchange>> promise, bool refreshed)
{
    credentials->authorize(refreshed).then(QtFuture::Launch::Sync, [=](const Authorization &auth) {
        if (!auth.ok()) {
            Exchange e;
            e.response.failure = http::Failure::Other;
            e.response.error = auth.error;
            e.needsApproval = auth.needsApproval;
            promise->addResult(e);
            promise->finish();
            return;
        }
        http::Request authorised = request;
        authorised.headers += auth.headers;
        authorised.clientCertPem = auth.clientCertPem;
        authorised.clientKeyPem = auth.clientKeyPem;
        client->send(authorised).then(QtFuture::Launch::Sync, [=](const http::Response &response) {
            const bool rejected = credentials->rejected(response);
            if (rejected && !refreshed && credentials->canRefresh()) {
                attempt(client, credentials, request, promise, true);
                return;
            }
            http::Response answer = response;
            if (rejected && answer.status != 401) {
                // A redirect to a login page is a refusal, not something to follow.
                answer.status = 401;
                answer.body.clear();
            }
            promise->addResult(Exchange{answer, false});
            promise->finish();
        });
    });
}

QFuture<Exchange> exchange(const std::shared_ptr<http::Client> &client,
                           const std::shared_ptr<CredentialSource> &credentials,
                           http::Request request)
{
    auto promise = std::make_shared<QPromise<Exchange>>();
    promise->start();
    QFuture<Exchange> future = promise->future();
    attempt(client, credentials, std::move(request), promise, false);
    return future;
}

ApiResponse fromExchange(const Exchange &e)
{
    ApiResponse r = toApiResponse(e.response);
    r.needsApproval = e.needsApproval;
    return r;
}

http::Request jsonRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                          const QByteArray &contentType = "application/json")
{
    http::Request r;
    r.method = method;
    r.url = url;
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        r.headers << qMakePair(QByteArray("Content-Type"), contentType);
        r.body = body;
    }
    return r;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ApiResponse toApiResponse(const http::Response &response)
{
    ApiResponse r;
    r.status = response.status;
    if (response.failure != http::Failure::None) {
        r.error = response.error;
        return r;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (doc.isObject()) {
        r.object = doc.object();
    } else if (doc.isArray()) {
        r.value = doc.array();
    } else if (!response.body.trimmed().isEmpty()) {
        // A bare value (true, 42, "text"): JSON documents hold only objects and arrays.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + response.body + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1)
            r.value = wrapped.array().first();
    }
    if (response.isHttpSuccess()) {
        if (!doc.isObject() && r.value.isUndefined() && !response.body.isEmpty())
            r.error =
                text("The server's answer is not valid JSON: %1").arg(parseError.errorString());
        return r;
    }
    const bool isStatus = r.object.value(u"kind").toString() == u"Status";
    r.reason = isStatus ? r.object.value(u"reason").toString() : QString();
    const QString message = isStatus ? r.object.value(u"message").toString() : QString();
    switch (response.status) {
    case 401:
        r.error = text("The cluster did not accept the credentials (401 Unauthorized). Log in "
                       "again, or check the user of this context in the kubeconfig.");
        break;
    case 403:
        r.error = message.isEmpty() ? text("Permission denied (403 Forbidden).")
                                    : text("Permission denied: %1").arg(message);
        break;
    default:
        if (!message.isEmpty()) {
            r.error = message;
        } else {
            const QString snippet = QString::fromUtf8(response.body.left(200)).simplified();
            r.error =
                snippet.isEmpty()
                    ? text("The server answered HTTP %1.").arg(response.status)
                    : text("The server answered HTTP %1: %2").arg(response.status).arg(snippet);
        }
    }
    return r;
}

KubeClient::KubeClient(http::Transport &transport, ClusterConnection connection)
    : m_http(std::make_shared<http::Client>(transport, connection.http))
    , m_connection(std::move(connection))
{
    if (!m_connection.credentials)
        m_connection.credentials = std::make_shared<NoCredentials>();
}

QUrl KubeClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_connection.server;
    QString base = u.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query) {
            if (!value.isEmpty())
                q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        u.setQuery(q);
    }
    return u;
}

QFuture<ApiResponse> KubeClient::send(http::Request request) const
{
    return exchange(m_http, m_connection.credentials, std::move(request))
        .then(QtFuture::Launch::Sync, fromExchange);
}

QFuture<http::Response> KubeClient::sendRaw(http::Request request) const
{
    return exchange(m_http, m_connection.credentials, std::move(request))
        .then(QtFuture::Launch::Sync, [](const Exchange &e) { return e.response; });
}

QFuture<ApiResponse> KubeClient::version() const
{
    return send(jsonRequest("GET", url(QStringLiteral("/version"))));
}

QFuture<ApiResponse> KubeClient::get(const ResourceKind &kind, const QString &ns,
                                     const QString &name) const
{
    return send(jsonRequest("GET", url(kind.objectPath(ns, name))));
}

QFuture<ListResult> KubeClient::list(const ResourceKind &kind, const QString &ns,
                                     const ListOptions &options) const
{
    QList<QPair<QString, QString>> query = {
        {QStringLiteral("labelSelector"), options.labelSelector},
        {QStringLiteral("fieldSelector"), options.fieldSelector},
        {QStringLiteral("continue"), options.continueToken}};
    if (options.limit > 0)
        query << qMakePair(QStringLiteral("limit"), QString::number(options.limit));
    http::Request request = jsonRequest("GET", url(kind.collectionPath(ns), query));
    // Continuation pages belong to a list the rate limit already admitted.
    request.rateLimited = options.continueToken.isEmpty();
    if (kind.metadataOnlyLists) {
        request.headers[0].second =
            "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";
    }
    // Large lists are parsed on a pool thread, away from the transport and the GUI.
    return exchange(m_http, m_connection.credentials, request)
        .then(QtFuture::Launch::Async, [](const Exchange &e) {
            ListResult result;
            result.status = e.response.status;
            if (!e.response.isHttpSuccess()) {
                const ApiResponse failed = fromExchange(e);
                result.error = failed.error;
                result.reason = failed.reason;
                return result;
            }
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(e.response.body, &parseError);
            if (!doc.isObject()) {
                result.error =
                    text("The server's list is not valid JSON: %1").arg(parseError.errorString());
                return result;
            }
            const QJsonObject list = doc.object();
            const QJsonObject metadata = list.value(u"metadata").toObject();
            result.resourceVersion = metadata.value(u"resourceVersion").toString();
            result.continueToken = metadata.value(u"continue").toString();
            const QJsonArray items = list.value(u"items").toArray();
            result.items.reserve(items.size());
            for (const QJsonValue &item : items)
                result.items.append(item.toObject());
            return result;
        });
}

QFuture<ListResult> KubeClient::listAll(const ResourceKind &kind, const QString &ns,
                                        const ListOptions &options) const
{
    auto promise = std::make_shared<QPromise<ListResult>>();
    promise->start();
    QFuture<ListResult> future = promise->future();
    auto accumulated = std::make_shared<ListResult>();
    auto restarted = std::make_shared<bool>(false);
    auto self = std::make_shared<KubeClient>(*this);
    const ResourceKind kindCopy = kind;
    auto next = std::make_shared<std::function<void(QString)>>();
    *next = [=](const QString &token) {
        ListOptions page = options;
        page.continueToken = token;
        self->list(kindCopy, ns, page).then(QtFuture::Launch::Sync, [=](const ListResult &r) {
            if (!r.ok()) {
                if (r.status == 410 && !token.isEmpty() && !*restarted) {
                    // The snapshot behind the continue token is gone: start over once.
                    *restarted = true;
                    *accumulated = ListResult{};
                    (*next)(QString());
                    return;
                }
                ListResult failed = r;
                promise->addResult(failed);
                promise->finish();
                *next = nullptr; // break the self-reference
                return;
            }
            accumulated->items += r.items;
            accumulated->status = r.status;
            if (token.isEmpty())
                accumulated->resourceVersion = r.resourceVersion;
            if (!r.continueToken.isEmpty()) {
                (*next)(r.continueToken);
                return;
            }
            promise->addResult(*accumulated);
            promise->finish();
            *next = nullptr;
        });
    };
    (*next)(options.continueToken);
    return future;
}

QFuture<ApiResponse> KubeClient::create(const ResourceKind &kind, const QString &ns,
                                        const QJsonObject &object) const
{
    return send(jsonRequest("POST", url(kind.collectionPath(ns)), compact(object)));
}

QFuture<ApiResponse> KubeClient::update(const ResourceKind &kind, const QString &ns,
                                        const QJsonObject &object) const
{
    const QString name = object.value(u"metadata").toObject().value(u"name").toString();
    return send(jsonRequest("PUT", url(kind.objectPath(ns, name)), compact(object)));
}

QFuture<ApiResponse> KubeClient::patch(const ResourceKind &kind, const QString &ns,
                                       const QString &name, PatchType type, const QByteArray &body,
                                       const QString &fieldManager) const
{
    QByteArray contentType;
    switch (type) {
    case PatchType::Merge:
        contentType = "application/merge-patch+json";
        break;
    case PatchType::Json:
        contentType = "application/json-patch+json";
        break;
    case PatchType::StrategicMerge:
        contentType = "application/strategic-merge-patch+json";
        break;
    case PatchType::Apply:
        contentType = "application/apply-patch+yaml";
        break;
    }
    QList<QPair<QString, QString>> query = {{QStringLiteral("fieldManager"), fieldManager}};
    if (type == PatchType::Apply)
        query << qMakePair(QStringLiteral("force"), QStringLiteral("true"));
    return send(jsonRequest("PATCH", url(kind.objectPath(ns, name), query), body, contentType));
}

QFuture<ApiResponse> KubeClient::remove(const ResourceKind &kind, const QString &ns,
                                        const QString &name, const QString &propagation) const
{
    const QJsonObject options{{u"kind"_qs, u"DeleteOptions"_qs},
                              {u"apiVersion"_qs, u"v1"_qs},
                              {u"propagationPolicy"_qs, propagation}};
    return send(jsonRequest("DELETE", url(kind.objectPath(ns, name)), compact(options)));
}

QFuture<ApiResponse> KubeClient::accessReview(const QString &verb, const ResourceKind &kind,
                                              const QString &ns, const QString &subresource) const
{
    QJsonObject attributes{{u"verb"_qs, verb},
                           {u"group"_qs, kind.group},
                           {u"version"_qs, kind.version},
                           {u"resource"_qs, kind.plural}};
    if (kind.namespaced && !ns.isEmpty())
        attributes.insert(u"namespace"_qs, ns);
    if (!subresource.isEmpty())
        attributes.insert(u"subresource"_qs, subresource);
    const QJsonObject review{{u"apiVersion"_qs, u"authorization.k8s.io/v1"_qs},
                             {u"kind"_qs, u"SelfSubjectAccessReview"_qs},
                             {u"spec"_qs, QJsonObject{{u"resourceAttributes"_qs, attributes}}}};
    return send(jsonRequest(
        "POST", url(QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")),
        compact(review)));
}

QFuture<ApiResponse> KubeClient::selfSubjectReview() const
{
    const QJsonObject review{{u"apiVersion"_qs, u"authentication.k8s.io/v1"_qs},
                             {u"kind"_qs, u"SelfSubjectReview"_qs}};
    return send(jsonRequest(
        "POST", url(QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews")),
        compact(review)));
}

QFuture<QStringList> KubeClient::installedKinds() const
{
    QStringList paths;
    for (const ResourceKind *k : kinds::all()) {
        if (!paths.contains(k->groupVersionPath()))
            paths << k->groupVersionPath();
    }
    QList<QFuture<ApiResponse>> lookups;
    for (const QString &path : std::as_const(paths))
        lookups << send(jsonRequest("GET", url(path)));
    return QtFuture::whenAll(lookups.begin(), lookups.end())
        .then(QtFuture::Launch::Sync, [](const QList<QFuture<ApiResponse>> &done) {
            QStringList installed;
            for (const QFuture<ApiResponse> &f : done) {
                const ApiResponse r = f.result();
                if (!r.ok())
                    continue;
                const QString groupVersion = r.object.value(u"groupVersion").toString();
                const QJsonArray resources = r.object.value(u"resources").toArray();
                for (const ResourceKind *k : kinds::all()) {
                    if (k->apiVersion() != groupVersion)
                        continue;
                    for (const QJsonValue &resource : resources) {
                        if (resource.toObject().value(u"name").toString() == k->plural) {
                            installed << k->id();
                            break;
                        }
                    }
                }
            }
            return installed;
        });
}

namespace detail {

// Opens a stream once the credentials are known, and once more with refreshed credentials when
// the server answers 401.
struct StreamOpener
{
    // A finished transfer is forgotten; true when a pending 401 retry took over.
    template<typename Target>
    static bool retried(Target *target, http::Stream *stream, const http::Response &response)
    {
        stream->deleteLater();
        if (target->m_stream == stream)
            target->m_stream = nullptr;
        return target->m_retry && target->m_retry(response);
    }

    template<typename Target>
    static void open(Target *target, std::shared_ptr<http::Client> client,
                     std::shared_ptr<CredentialSource> credentials, http::Request request,
                     bool refreshed)
    {
        QPointer<Target> guard(target);
        credentials->authorize(refreshed).then(target, [=](const Authorization &auth) {
            if (!guard)
                return;
            if (!auth.ok()) {
                guard->fail(auth.error);
                return;
            }
            http::Request authorised = request;
            authorised.headers += auth.headers;
            authorised.clientCertPem = auth.clientCertPem;
            authorised.clientKeyPem = auth.clientKeyPem;
            if (!refreshed && credentials->canRefresh()) {
                guard->m_retry = [=](const http::Response &response) {
                    if (response.status != 401 || !guard)
                        return false;
                    guard->m_retry = nullptr;
                    open(guard.data(), client, credentials, request, true);
                    return true;
                };
            } else {
                guard->m_retry = nullptr;
            }
            guard->attach(client->stream(authorised, guard));
        });
    }
};

} // namespace detail

WatchStream::WatchStream(QObject *parent)
    : QObject(parent)
{}

WatchStream::~WatchStream() = default;

void WatchStream::attach(http::Stream *stream)
{
    m_stream = stream;
    connect(stream, &http::Stream::headReceived, this, &WatchStream::opened);
    connect(stream, &http::Stream::dataReceived, this, &WatchStream::onData);
    connect(stream, &http::Stream::finished, this, [this, stream](const http::Response &response) {
        if (detail::StreamOpener::retried(this, stream, response))
            return;
        if (response.failure == http::Failure::Canceled) {
            finish(false, {});
            return;
        }
        if (response.failure != http::Failure::None || !response.isHttpSuccess()) {
            const ApiResponse failed = toApiResponse(response);
            finish(response.status == 410, failed.error);
            return;
        }
        // Whatever is left without a newline is a last event.
        if (!m_buffer.trimmed().isEmpty())
            onData("\n");
        finish(false, {});
    });
}

void WatchStream::onData(const QByteArray &data)
{
    m_buffer += data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject parsed = QJsonDocument::fromJson(line).object();
        const QString type = parsed.value(u"type").toString();
        const QJsonObject object = parsed.value(u"object").toObject();
        if (type == u"ERROR") {
            // The server ends a watch it cannot serve with a Status, e.g. 410 Expired.
            m_buffer.clear();
            finish(object.value(u"code").toInt() == 410,
                   object.value(u"message").toString(text("The watch failed.")));
            return;
        }
        if (type.isEmpty()) {
            qCWarning(lcKube) << "watch: ignoring a line that is not an event";
            continue;
        }
        emit event(type, object);
        if (m_ended)
            return; // a receiver deleted or stopped us
    }
    m_buffer.remove(0, start);
}

void WatchStream::finish(bool gone, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    emit ended(gone, error);
}

LogStream::LogStream(QObject *parent)
    : QObject(parent)
{}

LogStream::~LogStream() = default;

void LogStream::attach(http::Stream *stream)
{
    m_stream = stream;
    connect(stream, &http::Stream::dataReceived, this, &LogStream::text);
    connect(stream, &http::Stream::finished, this, [this, stream](const http::Response &response) {
        if (detail::StreamOpener::retried(this, stream, response))
            return;
        if (m_ended)
            return;
        m_ended = true;
        QString error;
        // A transfer cut short (cancelled, or the workbench shutting down) did not end: what came
        // is not the whole body.
        if (response.failure != http::Failure::None)
            error = response.error;
        else if (response.failure == http::Failure::None && !response.isHttpSuccess())
            error = toApiResponse(response).error;
        emit ended(error);
    });
}

LogStream *KubeClient::stream(http::Request request, QObject *parent) const
{
    auto *body = new LogStream(parent);
    detail::StreamOpener::open(body, m_http, m_connection.credentials, std::move(request), false);
    return body;
}

void LogStream::fail(const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    emit ended(error);
}

WatchStream *KubeClient::watch(const ResourceKind &kind, const QString &ns,
                               const WatchOptions &options, QObject *parent) const
{
    QList<QPair<QString, QString>> query = {
        {QStringLiteral("watch"), QStringLiteral("true")},
        {QStringLiteral("labelSelector"), options.labelSelector},
        {QStringLiteral("fieldSelector"), options.fieldSelector},
        {QStringLiteral("resourceVersion"), options.resourceVersion}};
    if (options.bookmarks)
        query << qMakePair(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (options.timeoutSeconds > 0)
        query << qMakePair(QStringLiteral("timeoutSeconds"),
                           QString::number(options.timeoutSeconds));
    http::Request request = jsonRequest("GET", url(kind.collectionPath(ns), query));
    auto *watch = new WatchStream(parent);
    detail::StreamOpener::open(watch, m_http, m_connection.credentials, request, false);
    return watch;
}

LogStream *KubeClient::podLog(const QString &ns, const QString &pod, const PodLogOptions &options,
                              QObject *parent) const
{
    QList<QPair<QString, QString>> query = {{QStringLiteral("container"), options.container}};
    if (options.follow)
        query << qMakePair(QStringLiteral("follow"), QStringLiteral("true"));
    if (options.previous)
        query << qMakePair(QStringLiteral("previous"), QStringLiteral("true"));
    if (options.timestamps)
        query << qMakePair(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (options.tailLines >= 0)
        query << qMakePair(QStringLiteral("tailLines"), QString::number(options.tailLines));
    http::Request request;
    request.url = url(kinds::pods().objectPath(ns, pod) + QStringLiteral("/log"), query);
    auto *log = new LogStream(parent);
    detail::StreamOpener::open(log, m_http, m_connection.credentials, request, false);
    return log;
}

} // namespace kfw::kube
