#pragma once

#include "cluster/http/client.h"
#include "cluster/kube/credentials.h"
#include "cluster/kube/resourcekind.h"

#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace kfw::http {
class Stream;
class Transport;
} // namespace kfw::http

namespace kfw::kube {

namespace detail {
struct StreamOpener;
}

// The answer to one API call: the object (or Status) the server returned, or why there is none.
// `error` is a message for the user; `reason` is the Status reason (NotFound, Conflict,
// Forbidden, Invalid, Expired, ...) when the server gave one.
struct ApiResponse
{
    int status = 0;
    QJsonObject object;
    // The answer when it is JSON but not an object (a bare true, a number, an array).
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    QString error;
    QString reason;
    // The credentials need the user's approval first (an exec plugin that has not been
    // approved); error says what would run.
    bool needsApproval = false;

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
};

// One page of a list, or all pages when listAll() followed the continue tokens.
struct ListResult
{
    int status = 0;
    QList<QJsonObject> items;
    QString resourceVersion; // of the list: watch from here
    QString continueToken;
    QString error;
    QString reason;

    bool ok() const { return error.isEmpty(); }
};

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 500;
    QString continueToken;
};

struct WatchOptions
{
    QString labelSelector;
    QString fieldSelector;
    QString resourceVersion;
    bool bookmarks = true;
    int timeoutSeconds = 0; // 0: the server's default
};

enum class PatchType
{
    Merge,
    Json,
    StrategicMerge,
    Apply
};

struct PodLogOptions
{
    QString container;
    bool follow = false;
    bool previous = false;
    int tailLines = -1; // -1: all
    bool timestamps = false;
};

// Where and how to reach one cluster's API server.
struct ClusterConnection
{
    QUrl server;
    http::ClientOptions http;
    std::shared_ptr<CredentialSource> credentials;
    QString defaultNamespace = QStringLiteral("default");
};

// A stream of watch events for one kind: newline-delimited JSON objects parsed as they come.
// ended() says why the stream stopped: cleanly (the server's time-out), with 410 Gone (the
// version is too old: list again) or with an error. Lives in the thread that opened it.
class WatchStream : public QObject
{
    Q_OBJECT

public:
    ~WatchStream() override;

signals:
    void opened();
    // type is ADDED, MODIFIED, DELETED or BOOKMARK.
    void event(const QString &type, const QJsonObject &object);
    void ended(bool gone, const QString &error);

private:
    friend struct detail::StreamOpener;
    friend class KubeClient;
    explicit WatchStream(QObject *parent);
    void attach(http::Stream *stream);
    void onData(const QByteArray &data);
    void finish(bool gone, const QString &error);
    void fail(const QString &error) { finish(false, error); }

    http::Stream *m_stream = nullptr;
    // Set while a 401 may still be answered by refreshing the credentials once.
    std::function<bool(const http::Response &)> m_retry;
    QByteArray m_buffer;
    bool m_ended = false;
};

// A response body as it arrives (a pod's log, a file); ended() carries an error message, empty
// when the body ended.
class LogStream : public QObject
{
    Q_OBJECT

public:
    ~LogStream() override;

signals:
    void text(const QByteArray &text);
    void ended(const QString &error);

private:
    friend struct detail::StreamOpener;
    friend class KubeClient;
    explicit LogStream(QObject *parent);
    void attach(http::Stream *stream);
    void fail(const QString &error);

    http::Stream *m_stream = nullptr;
    std::function<bool(const http::Response &)> m_retry;
    bool m_ended = false;
};

// The Kubernetes API of one cluster: typed calls over the HTTP transport with the connection's
// credentials (sent again once, refreshed, after a 401). Thread-safe; futures complete on the
// transport or a pool thread, so continuations go through a context object.
class KubeClient
{
public:
    KubeClient(http::Transport &transport, ClusterConnection connection);

    const ClusterConnection &connection() const { return m_connection; }

    QFuture<ApiResponse> version() const;
    QFuture<ApiResponse> get(const ResourceKind &kind, const QString &ns,
                             const QString &name) const;
    QFuture<ListResult> list(const ResourceKind &kind, const QString &ns,
                             const ListOptions &options = {}) const;
    // Every page, following continue tokens (a 410 on a stale token restarts the list once).
    QFuture<ListResult> listAll(const ResourceKind &kind, const QString &ns,
                                const ListOptions &options = {}) const;
    QFuture<ApiResponse> create(const ResourceKind &kind, const QString &ns,
                                const QJsonObject &object) const;
    // Replaces the object; a stale metadata.resourceVersion answers 409 Conflict.
    QFuture<ApiResponse> update(const ResourceKind &kind, const QString &ns,
                                const QJsonObject &object) const;
    QFuture<ApiResponse>
    patch(const ResourceKind &kind, const QString &ns, const QString &name, PatchType type,
          const QByteArray &body,
          const QString &fieldManager = QStringLiteral("kubeflow-workbench")) const;
    // propagation: "Background", "Foreground" or "Orphan".
    QFuture<ApiResponse> remove(const ResourceKind &kind, const QString &ns, const QString &name,
                                const QString &propagation = QStringLiteral("Background")) const;
    // Whether the user may do verb on the kind (SelfSubjectAccessReview).
    QFuture<ApiResponse> accessReview(const QString &verb, const ResourceKind &kind,
                                      const QString &ns, const QString &subresource = {}) const;
    // Who the server thinks the user is (SelfSubjectReview).
    QFuture<ApiResponse> selfSubjectReview() const;
    // Which of the known kinds the server serves (by id()), from discovery.
    QFuture<QStringList> installedKinds() const;

    // Watch events from options.resourceVersion; the stream lives in the calling thread.
    WatchStream *watch(const ResourceKind &kind, const QString &ns, const WatchOptions &options,
                       QObject *parent) const;
    // A pod's log, as it comes (and, with follow, as it is written).
    LogStream *podLog(const QString &ns, const QString &pod, const PodLogOptions &options,
                      QObject *parent) const;

    // The raw exchange with the credentials added; a 401 refreshes them and tries once more.
    QFuture<ApiResponse> send(http::Request request) const;
    // The same exchange with the response as it came (bodies that are not JSON); a transport
    // failure or credentials that need approval leave failure set and error saying why.
    QFuture<http::Response> sendRaw(http::Request request) const;
    // The same exchange with the body in pieces as it comes (a file that may not fit in memory);
    // the stream lives in the calling thread.
    LogStream *stream(http::Request request, QObject *parent) const;

    // The server's address with path and query (values percent-encoded; empty ones left out).
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

private:

    std::shared_ptr<http::Client> m_http;
    ClusterConnection m_connection;
};

// A message for the user from a failed response: the Status message when there is one, else
// the HTTP status or the transport's explanation.
ApiResponse toApiResponse(const http::Response &response);

} // namespace kfw::kube
