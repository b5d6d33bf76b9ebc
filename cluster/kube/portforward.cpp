#include "cluster/kube/portforward.h"

#include "cluster/kube/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace kfw::kube {

namespace {

constexpr char kDataChannel = 0;
constexpr char kErrorChannel = 1;

QByteArray pemOf(const QByteArray &pem, const QString &file)
{
    if (!pem.isEmpty())
        return pem;
    QFile f(file);
    return !file.isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslKey keyOf(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

// TLS as the connection's options say: the cluster's CA, a client certificate (the
// kubeconfig's, or an exec plugin's), or no verification when the kubeconfig asks for it.
QSslConfiguration tlsFor(const http::TlsOptions &tls, const Authorization &auth)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    if (tls.insecureSkipVerify) {
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        const QByteArray ca = pemOf(tls.caPem, tls.caFile);
        if (!ca.isEmpty())
            c.setCaCertificates(QSslCertificate::fromData(ca, QSsl::Pem));
    }
    const QByteArray cert = !auth.clientCertPem.isEmpty()
                                ? auth.clientCertPem
                                : pemOf(tls.clientCertPem, tls.clientCertFile);
    const QByteArray key = !auth.clientKeyPem.isEmpty()
                               ? auth.clientKeyPem
                               : pemOf(tls.clientKeyPem, tls.clientKeyFile);
    if (!cert.isEmpty() && !key.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert, QSsl::Pem);
        if (!chain.isEmpty())
            c.setLocalCertificateChain(chain);
        c.setPrivateKey(keyOf(key));
    }
    return c;
}

// Why the API server refused a port-forward, from the handshake's error ("... Unhandled http
// status code: 403 (Forbidden)"), in words that say what to do.
QString refusal(const QString &error)
{
    static const QRegularExpression code(QStringLiteral("status code: (\\d+)"));
    const int status = code.match(error).captured(1).toInt();
    switch (status) {
    case 401:
        return QCoreApplication::translate(
            "kfw::kube::PortForward",
            "The cluster did not accept your credentials for the port-forward; log in "
            "again (refresh the context's credentials) and connect again.");
    case 403:
        return QCoreApplication::translate(
            "kfw::kube::PortForward",
            "You may not forward ports to pods in this namespace (the pods/portforward "
            "permission). Ask the profile's owner for the edit role, or open notebooks "
            "through the Kubeflow gateway.");
    case 404:
        return QCoreApplication::translate(
            "kfw::kube::PortForward",
            "The notebook's pod is not there; start the notebook and connect again.");
    default:
        return QCoreApplication::translate("kfw::kube::PortForward",
                                           "The API server refused the port-forward: %1")
            .arg(error);
    }
}

// One local connection and the WebSocket that carries it to the pod.
class Tunnel : public QObject
{
public:
    Tunnel(QTcpSocket *local, PortForward *owner)
        : QObject(owner)
        , m_local(local)
        , m_owner(owner)
    {
        local->setParent(this);
        connect(local, &QTcpSocket::readyRead, this, &Tunnel::fromLocal);
        connect(local, &QTcpSocket::disconnected, this, &Tunnel::close);
    }

    void open(const QUrl &url, const http::TlsOptions &tls, const Authorization &auth)
    {
        if (!auth.ok())
            return fail(auth.error);
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        if (url.scheme() == u"wss")
            m_socket->setSslConfiguration(tlsFor(tls, auth));
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_open = true;
            fromLocal();
        });
        connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Tunnel::fromPod);
        // A refused handshake (401, 403, 404 from the API server) ends here, not in
        // disconnected().
        connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this](QAbstractSocket::SocketError) {
                    if (!m_open)
                        fail(refusal(m_socket->errorString()));
                });
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            if (!m_open && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal)
                fail(QCoreApplication::translate("kfw::kube::PortForward",
                                                 "The API server refused the port-forward: %1")
                         .arg(m_socket->errorString()));
            close();
        });
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList messages;
            for (const QSslError &e : errors)
                messages << e.errorString();
            fail(QCoreApplication::translate("kfw::kube::PortForward",
                                             "The cluster's certificate was not accepted: %1")
                     .arg(messages.join(QStringLiteral("; "))));
        });
        QNetworkRequest request(url);
        for (const auto &[name, value] : auth.headers)
            request.setRawHeader(name, value);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("v4.channel.k8s.io")});
        m_socket->open(request, options);
    }

    void fail(const QString &message)
    {
        if (m_closing)
            return; // said once, by whichever signal came first
        qCWarning(lcKube) << "port-forward:" << message;
        emit m_owner->failed(message);
        close();
    }

private:
    void fromLocal()
    {
        if (!m_open || !m_local)
            return;
        const QByteArray data = m_local->readAll();
        if (!data.isEmpty())
            m_socket->sendBinaryMessage(QByteArray(1, kDataChannel) + data);
    }

    void fromPod(const QByteArray &message)
    {
        if (message.isEmpty())
            return;
        const char channel = message.at(0);
        QByteArray payload = message.mid(1);
        // Each channel first says which port it is for (two bytes, little-endian).
        int &skip = channel == kDataChannel ? m_dataPrefix : m_errorPrefix;
        const int drop = std::min<int>(skip, int(payload.size()));
        payload.remove(0, drop);
        skip -= drop;
        if (payload.isEmpty())
            return;
        if (channel == kDataChannel) {
            if (m_local)
                m_local->write(payload);
        } else if (channel == kErrorChannel) {
            fail(QString::fromUtf8(payload));
        }
    }

    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        if (m_socket)
            m_socket->close();
        if (m_local)
            m_local->disconnectFromHost();
        deleteLater();
    }

    QPointer<QTcpSocket> m_local;
    PortForward *m_owner;
    QWebSocket *m_socket = nullptr;
    bool m_open = false;
    bool m_closing = false;
    int m_dataPrefix = 2;
    int m_errorPrefix = 2;
};

} // namespace

PortForward::PortForward(ClusterConnection connection, QString ns, QString pod, quint16 port,
                         QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_namespace(std::move(ns))
    , m_pod(std::move(pod))
    , m_port(port)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PortForward::accept);
}

PortForward::~PortForward() = default;

bool PortForward::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = QCoreApplication::translate("kfw::kube::PortForward",
                                             "No local port is free for the port-forward: %1")
                     .arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 PortForward::localPort() const
{
    return m_server->serverPort();
}

void PortForward::accept()
{
    while (QTcpSocket *local = m_server->nextPendingConnection()) {
        auto *tunnel = new Tunnel(local, this);
        ++m_tunnels;
        connect(tunnel, &QObject::destroyed, this, [this] { --m_tunnels; });
        QUrl url = m_connection.server;
        url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
        url.setPath(
            url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
            QStringLiteral("/api/v1/namespaces/%1/pods/%2/portforward").arg(m_namespace, m_pod));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("ports"), QString::number(m_port));
        url.setQuery(query);
        const QPointer<Tunnel> guard(tunnel);
        const http::TlsOptions tls = m_connection.http.tls;
        const auto credentials = m_connection.credentials;
        if (!credentials) {
            tunnel->open(url, tls, Authorization{});
            continue;
        }
        // The credentials may come from an exec plugin or a refresh: asked off this thread,
        // answered back on it.
        credentials->authorize(false).then(QtFuture::Launch::Sync,
                                           [guard, url, tls](const Authorization &auth) {
                                               QMetaObject::invokeMethod(
                                                   QCoreApplication::instance(),
                                                   [guard, url, tls, auth] {
                                                       if (guard)
                                                           guard->open(url, tls, auth);
                                                   },
                                                   Qt::QueuedConnection);
                                           });
    }
}

} // namespace kfw::kube
