// The HTTP transport against the cluster simulator over real loopback HTTP(S): retries and
// Retry-After, time-outs, cancel, streams, TLS verification, client certificates, rate limiting
// and redaction of credentials in logs.

#include "cluster/http/client.h"
#include "cluster/http/ratelimiter.h"
#include "cluster/http/retry.h"
#include "cluster/http/stream.h"
#include "cluster/http/transport.h"
#include "simserver.h"
#include "simstore.h"
#include "simtls.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kfw::http;
using namespace kfw::sim;
using namespace std::chrono_literals;

namespace {

const QString kToken = u"s3cr3t-t0ken-for-tests"_qs;

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// Turns the transport's debug output on whatever QT_LOGGING_RULES says (ctest quiets it).
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void verboseTransport(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "kfw.cluster.http") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

Response await(QFuture<Response> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        return Response{};
    return future.result();
}

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void getWithToken();
    void unauthorizedWithoutToken();
    void retriesAfterThrottling();
    void honoursRetryAfterSeconds();
    void retriesIdempotentOnServerErrors();
    void doesNotRetryPostOnServerErrors();
    void connectionRefusedIsClear();
    void timesOut();
    void cancelStopsARequest();
    void streamDeliversWatchEvents();
    void streamCancel();
    void streamReportsStatusBody();
    void tlsWrongCaIsRefused();
    void tlsWithCaAndClientCertificate();
    void tlsInsecureSkipVerify();
    void tlsServerNameDiffersFromTheAddress();
    void credentialsNeverReachTheLog();
    void proxiesAsKubectlPicksThem();
    void http2WhenTheServerOffersIt();
    void rateLimiterSpreadsBursts();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void retryDecision_data();
    void retryDecision();
    void cleanupTestCase();

private:
    ClientOptions options(const QString &token = kToken) const
    {
        ClientOptions o;
        o.rateLimit.qps = 0; // the rate limiter has its own test
        o.retry.base = 10ms;
        o.retry.cap = 50ms;
        if (!token.isEmpty())
            o.defaultHeaders << qMakePair(QByteArray("Authorization"), "Bearer " + token.toUtf8());
        return o;
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QUrl tlsUrl(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_tlsPort).arg(path));
    }
    int requests(const QString &key) const { return m_server->requestCounts().value(key); }

    Transport m_transport;
    SimStore *m_store = nullptr;
    SimServer *m_server = nullptr;
    SimServer *m_tlsServer = nullptr;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QTemporaryDir m_certDir;
    SimCertificates m_certs;
    bool m_haveCerts = false;
};

void TestHttp::initTestCase()
{
    m_store = new SimStore(this);
    const SimKind *ns = findSimKind({}, u"v1"_qs, u"namespaces"_qs);
    m_store->create(*ns, {},
                    QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"default"_qs}}}});
    SimUser admin;
    admin.name = u"tester"_qs;
    admin.token = kToken;
    admin.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    m_server = new SimServer(m_store, this);
    m_server->addUser(admin);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);

    QString error;
    m_haveCerts = makeCertificates(m_certDir.path(), u"cert-admin"_qs, &m_certs, &error);
    if (m_haveCerts) {
        m_tlsServer = new SimServer(m_store, this);
        m_tlsServer->addUser(admin);
        SimUser certUser;
        certUser.name = u"cert-admin"_qs;
        certUser.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {}};
        m_tlsServer->addUser(certUser);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(m_certs.serverCertPem));
        tls.setPrivateKey(QSslKey(m_certs.serverKeyPem, QSsl::Ec));
        tls.setCaCertificates({QSslCertificate(m_certs.caPem)});
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_tlsServer->setTls(tls);
        m_tlsPort = m_tlsServer->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_tlsPort != 0);
    } else {
        qWarning("TLS cases will be skipped: %s", qPrintable(error));
    }
}

void TestHttp::init()
{
    m_server->faults() = SimFaults{};
}

void TestHttp::getWithToken()
{
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces"_qs);
    const Response response = await(client.send(request));
    QCOMPARE(response.error, QString());
    QCOMPARE(response.status, 200);
    QVERIFY(response.isHttpSuccess());
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    const QJsonObject list = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(list.value(u"kind").toString(), u"NamespaceList"_qs);
    QCOMPARE(list.value(u"items").toArray().size(), 1);
}

void TestHttp::unauthorizedWithoutToken()
{
    Client client(m_transport, options(QString()));
    Request request;
    request.url = url(u"/api/v1/namespaces"_qs);
    const Response response = await(client.send(request));
    QCOMPARE(response.status, 401);
    QVERIFY(!response.isHttpSuccess());
    QCOMPARE(response.failure, Failure::None);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"reason").toString(),
             u"Unauthorized"_qs);
}

void TestHttp::retriesAfterThrottling()
{
    m_server->faults().throttleNext = 2;
    m_server->faults().retryAfterSeconds = 0;
    const int before = requests(u"POST /api/v1/namespaces/default/configmaps"_qs);
    Client client(m_transport, options());
    Request request;
    request.method = "POST";
    request.url = url(u"/api/v1/namespaces/default/configmaps"_qs);
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    request.body = R"({"metadata":{"name":"throttled"},"data":{"a":"b"}})";
    const Response response = await(client.send(request));
    // 429 means the server did nothing, so even a POST goes again.
    QCOMPARE(response.status, 201);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(requests(u"POST /api/v1/namespaces/default/configmaps"_qs) - before, 3);
}

void TestHttp::honoursRetryAfterSeconds()
{
    m_server->faults().throttleNext = 1;
    m_server->faults().retryAfterSeconds = 1;
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces"_qs);
    QElapsedTimer timer;
    timer.start();
    const Response response = await(client.send(request));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.attempts, 2);
    // The back-off alone would be tens of milliseconds; the server asked for a second.
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
}

void TestHttp::retriesIdempotentOnServerErrors()
{
    m_server->faults().serverErrorRate = 0.5;
    ClientOptions o = options();
    o.retry.maxAttempts = 30;
    Client client(m_transport, o);
    int succeeded = 0;
    int retried = 0;
    for (int i = 0; i < 20; ++i) {
        Request request;
        request.url = url(u"/api/v1/namespaces"_qs);
        const Response response = await(client.send(request));
        succeeded += response.status == 200;
        retried += response.attempts > 1;
    }
    QCOMPARE(succeeded, 20);
    QVERIFY(retried > 0);
}

void TestHttp::doesNotRetryPostOnServerErrors()
{
    m_server->faults().serverErrorRate = 1.0;
    Client client(m_transport, options());
    Request request;
    request.method = "POST";
    request.url = url(u"/api/v1/namespaces/default/configmaps"_qs);
    request.body = R"({"metadata":{"name":"never"}})";
    const Response response = await(client.send(request));
    QVERIFY(response.status == 502 || response.status == 503);
    QCOMPARE(response.attempts, 1);
}

void TestHttp::connectionRefusedIsClear()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ClientOptions o = options();
    o.retry.maxAttempts = 2;
    Client client(m_transport, o);
    Request request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/version").arg(port));
    const Response response = await(client.send(request));
    QCOMPARE(response.failure, Failure::Connect);
    QCOMPARE(response.attempts, 2);
    QVERIFY2(response.error.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(response.error));
    QVERIFY2(response.error.contains(u"Is the server running"_qs), qPrintable(response.error));
}

void TestHttp::timesOut()
{
    m_server->faults().latencyMs = 3000;
    ClientOptions o = options();
    o.retry.maxAttempts = 1;
    o.requestTimeout = 300ms;
    Client client(m_transport, o);
    Request request;
    request.url = url(u"/api/v1/namespaces"_qs);
    const Response response = await(client.send(request));
    QCOMPARE(response.failure, Failure::Timeout);
    QVERIFY2(response.error.contains(u"did not answer in time"_qs), qPrintable(response.error));
}

void TestHttp::cancelStopsARequest()
{
    m_server->faults().latencyMs = 3000;
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces"_qs);
    QFuture<Response> future = client.send(request);
    QTest::qWait(100);
    future.cancel();
    QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 2000));
    QVERIFY(future.isCanceled());
    QTRY_COMPARE_WITH_TIMEOUT(m_transport.activeTransfers(), 0, 2000);
}

void TestHttp::streamDeliversWatchEvents()
{
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=0"_qs);
    Stream *stream = client.stream(request, this);
    QSignalSpy head(stream, &Stream::headReceived);
    QByteArray received;
    connect(stream, &Stream::dataReceived, this, [&](const QByteArray &data) { received += data; });
    QVERIFY(head.wait(5000));
    QCOMPARE(head.first().at(0).toInt(), 200);

    const SimKind *cm = findSimKind({}, u"v1"_qs, u"configmaps"_qs);
    m_store->create(*cm, u"default"_qs,
                    QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, u"streamed"_qs}}}});
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"streamed\""), 5000);
    QVERIFY(received.contains("\"type\":\"ADDED\""));
    QVERIFY(!stream->isFinished());
    delete stream;
    QTRY_COMPARE_WITH_TIMEOUT(m_transport.activeTransfers(), 0, 2000);
}

void TestHttp::streamCancel()
{
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces/default/pods?watch=true"_qs);
    Stream *stream = client.stream(request, this);
    QSignalSpy head(stream, &Stream::headReceived);
    QSignalSpy finished(stream, &Stream::finished);
    QVERIFY(head.wait(5000));
    stream->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<Response>().failure, Failure::Canceled);
    delete stream;
}

void TestHttp::streamReportsStatusBody()
{
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces/default/pods/missing/log?follow=true"_qs);
    Stream *stream = client.stream(request, this);
    QSignalSpy head(stream, &Stream::headReceived);
    QSignalSpy finished(stream, &Stream::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(head.size(), 0);
    const Response response = finished.first().at(0).value<Response>();
    QCOMPARE(response.status, 404);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"message").toString(),
             u"pods \"missing\" not found"_qs);
    delete stream;
}

void TestHttp::tlsWrongCaIsRefused()
{
    if (!m_haveCerts)
        QSKIP("openssl is not installed, so no certificates could be made");
    QTemporaryDir otherDir;
    SimCertificates other;
    QString error;
    QVERIFY2(makeCertificates(otherDir.path(), u"x"_qs, &other, &error), qPrintable(error));
    ClientOptions o = options();
    o.tls.caPem = other.caPem;
    Client client(m_transport, o);
    Request request;
    request.url = tlsUrl(u"/api/v1/namespaces"_qs);
    const Response response = await(client.send(request));
    QCOMPARE(response.failure, Failure::Tls);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(response.error.contains(u"not trusted"_qs), qPrintable(response.error));

    // Without any configured authority the system store does not know the simulator's CA.
    Client system(m_transport, options());
    QCOMPARE(await(system.send(request)).failure, Failure::Tls);
}

void TestHttp::tlsWithCaAndClientCertificate()
{
    if (!m_haveCerts)
        QSKIP("openssl is not installed, so no certificates could be made");
    ClientOptions o = options(QString());
    o.tls.caPem = m_certs.caPem;
    o.tls.clientCertPem = m_certs.clientCertPem;
    o.tls.clientKeyPem = m_certs.clientKeyPem;
    Client client(m_transport, o);
    Request request;
    request.method = "POST";
    request.url = tlsUrl(u"/apis/authentication.k8s.io/v1/selfsubjectreviews"_qs);
    request.body = R"({"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"})";
    const Response response = await(client.send(request));
    QCOMPARE(response.error, QString());
    QCOMPARE(response.status, 201);
    const QJsonObject review = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(review.value(u"status")
                 .toObject()
                 .value(u"userInfo")
                 .toObject()
                 .value(u"username")
                 .toString(),
             u"cert-admin"_qs);

    // The same CA from a file works too, and a token user is not the certificate user.
    QFile caFile(m_certDir.filePath(u"ca.crt"_qs));
    QVERIFY(caFile.exists());
    ClientOptions byFile = options();
    byFile.tls.caFile = caFile.fileName();
    Client tokenClient(m_transport, byFile);
    const Response viaToken = await(tokenClient.send(request));
    QCOMPARE(viaToken.status, 201);
    QCOMPARE(QJsonDocument::fromJson(viaToken.body)
                 .object()
                 .value(u"status")
                 .toObject()
                 .value(u"userInfo")
                 .toObject()
                 .value(u"username")
                 .toString(),
             u"tester"_qs);
}

void TestHttp::tlsInsecureSkipVerify()
{
    if (!m_haveCerts)
        QSKIP("openssl is not installed, so no certificates could be made");
    ClientOptions o = options();
    o.tls.insecureSkipVerify = true;
    Client client(m_transport, o);
    Request request;
    request.url = tlsUrl(u"/api/v1/namespaces"_qs);
    const Response response = await(client.send(request));
    QCOMPARE(response.status, 200);
}

void TestHttp::tlsServerNameDiffersFromTheAddress()
{
    if (!m_haveCerts)
        QSKIP("openssl is not installed, so no certificates could be made");
    // The certificate names 127.0.0.1 and localhost; the server is reached at 127.0.0.2.
    SimServer other(m_store);
    SimUser admin;
    admin.name = u"tester"_qs;
    admin.token = kToken;
    admin.rules << SimRule{{u"*"_qs}, {u"*"_qs}, {}};
    other.addUser(admin);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_certs.serverCertPem));
    tls.setPrivateKey(QSslKey(m_certs.serverKeyPem, QSsl::Ec));
    other.setTls(tls);
    const quint16 port = other.listen(QHostAddress(u"127.0.0.2"_qs), 0);
    if (port == 0)
        QSKIP("127.0.0.2 is not available on this machine's loopback interface");
    Request request;
    request.url = QUrl(QStringLiteral("https://127.0.0.2:%1/version").arg(port));
    ClientOptions o = options();
    o.tls.caPem = m_certs.caPem;
    o.retry.maxAttempts = 1;
    QCOMPARE(await(Client(m_transport, o).send(request)).failure, Failure::Tls);
    o.tls.serverName = u"localhost"_qs;
    const Response named = await(Client(m_transport, o).send(request));
    QCOMPARE(named.error, QString());
    QCOMPARE(named.status, 200);
    o.tls.serverName = u"someone-else.example"_qs;
    QCOMPARE(await(Client(m_transport, o).send(request)).failure, Failure::Tls);
}

void TestHttp::credentialsNeverReachTheLog()
{
    g_log.clear();
    g_previousFilter = QLoggingCategory::installFilter(verboseTransport);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    m_server->faults().throttleNext = 1;
    m_server->faults().retryAfterSeconds = 0;
    Client client(m_transport, options());
    Request request;
    request.url = url(u"/api/v1/namespaces?access_token="_qs + kToken);
    request.headers << qMakePair(QByteArray("Cookie"), "oauth2_proxy_kubeflow=" + kToken.toUtf8());
    const Response response = await(client.send(request));
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);
    QCOMPARE(response.status, 200);
    const QString all = g_log.join(u'\n');
    QVERIFY2(all.contains(u"Authorization: <redacted>"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"Cookie: <redacted>"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"retrying"_qs), qPrintable(all));
    QVERIFY2(!all.contains(kToken), qPrintable(all));
}

void TestHttp::proxiesAsKubectlPicksThem()
{
    // A forward proxy that answers every request itself and remembers the request lines.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
    QStringList seen;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = proxy.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&seen, socket] {
                const QByteArray request = socket->readAll();
                seen << QString::fromLatin1(request.left(request.indexOf("\r\n")));
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                              "application/json\r\nContent-Length: 2\r\n\r\n{}");
            });
        }
    });
    const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
    Request remote;
    remote.url = QUrl(u"http://cluster.example.invalid:6443/version"_qs);

    ClientOptions explicitProxy = options();
    explicitProxy.proxyUrl = proxyUrl;
    explicitProxy.retry.maxAttempts = 1;
    QCOMPARE(await(Client(m_transport, explicitProxy).send(remote)).status, 200);
    QCOMPARE(seen, QStringList{u"GET http://cluster.example.invalid:6443/version HTTP/1.1"_qs});

    // From the environment, in either case, as kubectl reads it.
    ClientOptions fromEnvironment = options();
    fromEnvironment.retry.maxAttempts = 1;
    fromEnvironment.connectTimeout = 2000ms;
    qputenv("HTTP_PROXY", proxyUrl.toLatin1());
    QCOMPARE(await(Client(m_transport, fromEnvironment).send(remote)).status, 200);
    QCOMPARE(seen.size(), 2);

    // Loopback never goes through a proxy.
    Request local;
    local.url = url(u"/api/v1/namespaces"_qs);
    QCOMPARE(await(Client(m_transport, fromEnvironment).send(local)).status, 200);
    QCOMPARE(seen.size(), 2);

    // NO_PROXY exempts a host: the request goes direct (and that host does not exist).
    qputenv("NO_PROXY", "cluster.example.invalid");
    const Response direct = await(Client(m_transport, fromEnvironment).send(remote));
    QCOMPARE(seen.size(), 2);
    QVERIFY(direct.failure != Failure::None);
    qunsetenv("NO_PROXY");
    qunsetenv("HTTP_PROXY");
}

void TestHttp::http2WhenTheServerOffersIt()
{
    if (!m_haveCerts)
        QSKIP("openssl is not installed, so no certificates could be made");
    const QString node = QStandardPaths::findExecutable(u"node"_qs);
    if (node.isEmpty())
        QSKIP("Node.js is not installed; its http2 module serves as the HTTP/2 peer");
    // An HTTP/2-only server (ALPN h2) with the simulator's certificate.
    const QString script =
        QStringLiteral("const h=require('http2'),fs=require('fs');"
                       "const "
                       "s=h.createSecureServer({key:fs.readFileSync('%1/"
                       "server.key'),cert:fs.readFileSync('%1/server.crt')},"
                       "(q,r)=>{r.setHeader('content-type','application/"
                       "json');r.end(JSON.stringify({version:q.httpVersion,"
                       "path:q.url}))});"
                       "s.listen(0,'127.0.0.1',()=>console.log(s.address().port));")
            .arg(m_certDir.path());
    QProcess server;
    server.start(node, {u"-e"_qs, script});
    QVERIFY(server.waitForStarted());
    QVERIFY(server.waitForReadyRead(10000));
    const int port = server.readLine().trimmed().toInt();
    QVERIFY(port > 0);
    ClientOptions o = options();
    o.tls.caPem = m_certs.caPem;
    Client client(m_transport, o);
    Request request;
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/version").arg(port));
    const Response first = await(client.send(request));
    const Response second = await(client.send(request));
    server.kill();
    server.waitForFinished();
    QCOMPARE(first.error, QString());
    QCOMPARE(first.httpVersion, QByteArray("2"));
    QCOMPARE(QJsonDocument::fromJson(first.body).object().value(u"version").toString(), u"2.0"_qs);
    QCOMPARE(second.status, 200);
    // The simulator speaks HTTP/1.1 only, and the same client falls back to it.
    Request sim;
    sim.url = tlsUrl(u"/version"_qs);
    QCOMPARE(await(client.send(sim)).httpVersion, QByteArray("1.1"));
}

void TestHttp::rateLimiterSpreadsBursts()
{
    const auto start = RateLimiter::Clock::now();
    RateLimiter limiter(RateLimit{5.0, 10}, start);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(limiter.reserve(start).count(), 0);
    // The 11th waits one token's time (200 ms at 5 per second), the 12th two.
    QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(limiter.reserve(start)).count(),
             200);
    QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(limiter.reserve(start)).count(),
             400);
    // A second later five tokens have come back, but the two booked ones are spoken for.
    const auto later = start + 1s;
    QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(limiter.reserve(later)).count(),
             0);
    RateLimiter unlimited(RateLimit{0, 0}, start);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(unlimited.reserve(start).count(), 0);
}

void TestHttp::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs"); // -1: invalid
    QTest::addRow("seconds") << QByteArray("3") << 3000;
    QTest::addRow("zero") << QByteArray("0") << 0;
    QTest::addRow("negative") << QByteArray("-1") << -1;
    QTest::addRow("date") << QByteArray("Sun, 29 Nov 2026 10:00:05 GMT") << 5000;
    QTest::addRow("past date") << QByteArray("Sun, 29 Nov 2026 09:00:00 GMT") << 0;
    QTest::addRow("garbage") << QByteArray("soon") << -1;
    QTest::addRow("empty") << QByteArray() << -1;
}

void TestHttp::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0, 0), QTimeZone::utc());
    const auto parsed = parseRetryAfter(value, now);
    if (expectedMs < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-1ms).count(), expectedMs);
}

void TestHttp::retryDecision_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("retried");
    const int none = int(Failure::None);
    QTest::addRow("GET 503") << QByteArray("GET") << 503 << none << 1 << true;
    QTest::addRow("POST 503") << QByteArray("POST") << 503 << none << 1 << false;
    QTest::addRow("POST 429") << QByteArray("POST") << 429 << none << 1 << true;
    QTest::addRow("GET 500") << QByteArray("GET") << 500 << none << 1 << false;
    QTest::addRow("GET 404") << QByteArray("GET") << 404 << none << 1 << false;
    QTest::addRow("GET last attempt") << QByteArray("GET") << 503 << none << 4 << false;
    QTest::addRow("POST refused") << QByteArray("POST") << 0 << int(Failure::Connect) << 1 << true;
    QTest::addRow("POST broken") << QByteArray("POST") << 0 << int(Failure::Connection) << 1
                                 << false;
    QTest::addRow("PUT broken") << QByteArray("PUT") << 0 << int(Failure::Connection) << 1 << true;
    QTest::addRow("TLS") << QByteArray("GET") << 0 << int(Failure::Tls) << 1 << false;
}

void TestHttp::retryDecision()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, failure);
    QFETCH(int, attempt);
    QFETCH(bool, retried);
    Request request;
    request.method = method;
    Response response;
    response.status = status;
    response.failure = Failure(failure);
    RetryPolicy policy;
    const auto delay =
        retryDelay(request, response, attempt, policy, 0.999, QDateTime::currentDateTimeUtc());
    QCOMPARE(delay.has_value(), retried);
    if (delay) {
        // Full jitter below an exponential ceiling.
        const double ceiling =
            std::min<double>(policy.cap.count(), policy.base.count() * std::pow(2.0, attempt - 1));
        QVERIFY(delay->count() <= ceiling);
        QVERIFY(delay->count() >= ceiling * 0.99);
    }
}

void TestHttp::cleanupTestCase()
{
    m_server->faults() = SimFaults{};
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
