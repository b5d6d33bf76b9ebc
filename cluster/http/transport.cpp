#include "cluster/http/transport.h"

#include "cluster/http/logging.h"
#include "cluster/http/ratelimiter.h"
#include "cluster/http/retry.h"
#include "cluster/http/transport_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QMetaObject>
#include <QProcessEnvironment>

#include <algorithm>
#include <condition_variable>
#include <curl/curl.h>
#include <random>
#include <thread>
#include <vector>

namespace kfw::http {
namespace detail {

void StreamSink::push(Event event)
{
    const std::lock_guard lock(mutex);
    if (!receiver)
        return;
    if (event.kind == Kind::Data && !queue.isEmpty() && queue.last().kind == Kind::Data) {
        queue.last().data += event.data;
        return;
    }
    const bool wasEmpty = queue.isEmpty();
    queue.append(std::move(event));
    // One posted call drains everything queued until it runs, so a fast stream costs the
    // receiver one wake-up per batch, not one per piece.
    if (wasEmpty)
        QMetaObject::invokeMethod(receiver, "drain", Qt::QueuedConnection);
}

QList<StreamSink::Event> StreamSink::take()
{
    const std::lock_guard lock(mutex);
    return std::exchange(queue, {});
}

bool StreamSink::isCanceled()
{
    const std::lock_guard lock(mutex);
    return canceled;
}

} // namespace detail

using namespace detail;

namespace {

QString text(const char *translated)
{
    return QCoreApplication::translate("kfw::http::Transport", translated);
}

void finishJob(Job &job, Response response)
{
    if (job.isStream()) {
        StreamSink::Event end;
        end.kind = StreamSink::Kind::End;
        end.response = std::move(response);
        job.sink->push(std::move(end));
        return;
    }
    job.promise->addResult(std::move(response));
    job.promise->finish();
}

Response failed(Failure failure, const QString &message)
{
    Response r;
    r.failure = failure;
    r.error = message;
    return r;
}

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

// A message that says what broke and what to check, from curl's code and its detail text.
Response curlFailure(CURLcode code, const Job &job)
{
    const QString where = hostAndPort(job.request.url);
    const QString detail = QString::fromLocal8Bit(job.errorText).trimmed();
    auto withDetail = [&](const QString &message) {
        return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail);
    };
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return failed(Failure::Resolve,
                      text("Could not find the server %1: the host name does not resolve. Check "
                           "the server address and your network or VPN.")
                          .arg(job.request.url.host()));
    case CURLE_COULDNT_RESOLVE_PROXY:
        return failed(Failure::Resolve,
                      text("Could not find the proxy server. Check the proxy setting "
                           "(proxy-url or HTTPS_PROXY)."));
    case CURLE_COULDNT_CONNECT:
        return failed(Failure::Connect,
                      withDetail(text("Could not connect to %1. Is the server running and the "
                                      "address right?")
                                     .arg(where)));
    case CURLE_OPERATION_TIMEDOUT:
        return failed(Failure::Timeout, withDetail(text("%1 did not answer in time.").arg(where)));
    case CURLE_PEER_FAILED_VERIFICATION:
        return failed(Failure::Tls,
                      withDetail(text("The certificate of %1 is not trusted: it was not signed "
                                      "by the certificate authority configured for this "
                                      "cluster. Check certificate-authority(-data) in the "
                                      "kubeconfig.")
                                     .arg(where)));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
        return failed(Failure::Tls,
                      withDetail(text("The secure connection to %1 failed. Check the client "
                                      "certificate, key and certificate authority in the "
                                      "kubeconfig.")
                                     .arg(where)));
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return failed(Failure::Connection,
                      withDetail(text("The connection to %1 broke.").arg(where)));
    case CURLE_WRITE_ERROR:
    case CURLE_ABORTED_BY_CALLBACK:
        if (job.canceledByCaller)
            return failed(Failure::Canceled, text("Cancelled."));
        [[fallthrough]];
    default:
        return failed(Failure::Other,
                      withDetail(text("The request to %1 failed: %2")
                                     .arg(where, QString::fromLatin1(curl_easy_strerror(code)))));
    }
}

size_t onHeader(char *data, size_t size, size_t count, void *userdata)
{
    auto *job = static_cast<Job *>(userdata);
    const size_t length = size * count;
    const QByteArray line = QByteArray(data, qsizetype(length)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response begins (after 100 Continue, for instance): forget the previous one.
        job->response.headers.clear();
        const QList<QByteArray> parts = line.split(' ');
        job->response.status = parts.size() > 1 ? parts.at(1).toInt() : 0;
        return length;
    }
    if (line.isEmpty()) {
        if (job->isStream() && !job->headDelivered && job->response.status >= 200 &&
            job->response.status < 300) {
            job->headDelivered = true;
            StreamSink::Event head;
            head.kind = StreamSink::Kind::Head;
            head.response.status = job->response.status;
            head.response.headers = job->response.headers;
            job->sink->push(std::move(head));
        }
        return length;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        job->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return length;
}

int onProgress(void *userdata, curl_off_t, curl_off_t, curl_off_t uploadTotal,
               curl_off_t uploaded)
{
    auto *job = static_cast<Job *>(userdata);
    if (uploadTotal > 0 && uploaded != job->uploaded) {
        job->uploaded = uploaded;
        job->request.uploadProgress(qint64(uploaded), qint64(uploadTotal));
    }
    return 0;
}

size_t onBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *job = static_cast<Job *>(userdata);
    const size_t length = size * count;
    if (job->callerGaveUp()) {
        job->canceledByCaller = true;
        return 0; // aborts the transfer
    }
    if (job->isStream() && job->headDelivered) {
        job->bodyDelivered = true;
        StreamSink::Event piece;
        piece.kind = StreamSink::Kind::Data;
        piece.data = QByteArray(data, qsizetype(length));
        job->sink->push(std::move(piece));
    } else {
        job->response.body.append(data, qsizetype(length));
    }
    return length;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// kubectl's proxy rules (Go's net/http): an explicit proxy wins; otherwise HTTPS_PROXY or
// HTTP_PROXY by scheme, NO_PROXY exceptions, and never a proxy for loopback addresses.
void applyProxy(CURL *easy, const Job &job)
{
    const QUrl &url = job.request.url;
    QString proxy = job.options->proxyUrl;
    QString noProxy;
    if (proxy.isEmpty() && !isLoopback(url.host())) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        auto either = [&](const QString &upper) {
            const QString value = env.value(upper);
            return value.isEmpty() ? env.value(upper.toLower()) : value;
        };
        proxy = either(url.scheme() == QLatin1String("https") ? QStringLiteral("HTTPS_PROXY")
                                                              : QStringLiteral("HTTP_PROXY"));
        noProxy = either(QStringLiteral("NO_PROXY"));
    }
    // An empty string stops curl from reading the environment on its own.
    curl_easy_setopt(easy, CURLOPT_PROXY, proxy.toUtf8().constData());
    if (!noProxy.isEmpty())
        curl_easy_setopt(easy, CURLOPT_NOPROXY, noProxy.toUtf8().constData());
}

void setBlob(CURL *easy, CURLoption option, const QByteArray &data)
{
    curl_blob blob{};
    blob.data = const_cast<char *>(data.constData());
    blob.len = size_t(data.size());
    blob.flags = CURL_BLOB_COPY;
    curl_easy_setopt(easy, option, &blob);
}

void applyTls(CURL *easy, const TlsOptions &tls)
{
    if (tls.insecureSkipVerify) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    } else if (!tls.caPem.isEmpty()) {
        setBlob(easy, CURLOPT_CAINFO_BLOB, tls.caPem);
    } else if (!tls.caFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_CAINFO, QFile::encodeName(tls.caFile).constData());
    }
    if (!tls.clientCertPem.isEmpty()) {
        setBlob(easy, CURLOPT_SSLCERT_BLOB, tls.clientCertPem);
        curl_easy_setopt(easy, CURLOPT_SSLCERTTYPE, "PEM");
    } else if (!tls.clientCertFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLCERT, QFile::encodeName(tls.clientCertFile).constData());
    }
    if (!tls.clientKeyPem.isEmpty()) {
        setBlob(easy, CURLOPT_SSLKEY_BLOB, tls.clientKeyPem);
        curl_easy_setopt(easy, CURLOPT_SSLKEYTYPE, "PEM");
    } else if (!tls.clientKeyFile.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLKEY, QFile::encodeName(tls.clientKeyFile).constData());
    }
}

class Loop
{
public:
    explicit Loop(std::shared_ptr<TransportState> state)
        : m_state(std::move(state))
        , m_random(std::random_device{}())
    {}

    void run();

private:
    void start(std::unique_ptr<Job> job);
    void complete(CURL *easy, CURLcode code);
    void release(Job &job);
    int pollTimeout(Clock::time_point now) const;

    std::shared_ptr<TransportState> m_state;
    std::vector<std::unique_ptr<Job>> m_waiting; // not yet started, or backing off
    std::vector<std::unique_ptr<Job>> m_running;
    std::mt19937_64 m_random;
};

void Loop::run()
{
    CURLM *multi = m_state->multi;
    for (;;) {
        {
            const std::lock_guard lock(m_state->mutex);
            for (auto &job : m_state->incoming)
                m_waiting.push_back(std::move(job));
            m_state->incoming.clear();
            if (m_state->stopping)
                break;
        }
        const Clock::time_point now = Clock::now();

        // Start what is due, booking a rate-limit token first.
        for (auto it = m_waiting.begin(); it != m_waiting.end();) {
            Job &job = **it;
            if (job.callerGaveUp()) {
                job.canceledByCaller = true;
                finishJob(job, failed(Failure::Canceled, text("Cancelled.")));
                it = m_waiting.erase(it);
                continue;
            }
            if (job.notBefore > now) {
                ++it;
                continue;
            }
            if (!job.tokenHeld && job.limiter && job.request.rateLimited) {
                job.tokenHeld = true;
                const auto wait = job.limiter->reserve(now);
                if (wait.count() > 0) {
                    job.notBefore = now + wait;
                    ++it;
                    continue;
                }
            }
            std::unique_ptr<Job> owned = std::move(*it);
            it = m_waiting.erase(it);
            start(std::move(owned));
        }

        // Abandoned transfers.
        for (auto it = m_running.begin(); it != m_running.end();) {
            Job &job = **it;
            if (job.callerGaveUp()) {
                job.canceledByCaller = true;
                release(job);
                finishJob(job, failed(Failure::Canceled, text("Cancelled.")));
                it = m_running.erase(it);
            } else {
                ++it;
            }
        }

        int running = 0;
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg *message = curl_multi_info_read(multi, &left)) {
            if (message->msg == CURLMSG_DONE)
                complete(message->easy_handle, message->data.result);
        }
        m_state->active = int(m_running.size() + m_waiting.size());
        curl_multi_poll(multi, nullptr, 0, pollTimeout(Clock::now()), nullptr);
    }

    for (auto &job : m_running) {
        release(*job);
        finishJob(*job, failed(Failure::Canceled, text("The workbench is shutting down.")));
    }
    for (auto &job : m_waiting)
        finishJob(*job, failed(Failure::Canceled, text("The workbench is shutting down.")));
    m_running.clear();
    m_waiting.clear();
}

int Loop::pollTimeout(Clock::time_point now) const
{
    // Cancellation is noticed by looking, so look often while anything is in flight.
    int timeout = m_running.empty() && m_waiting.empty() ? 60000 : 100;
    for (const auto &job : m_waiting) {
        const auto due =
            std::chrono::duration_cast<std::chrono::milliseconds>(job->notBefore - now);
        timeout = std::clamp(int(due.count()), 0, timeout);
    }
    return timeout;
}

void Loop::start(std::unique_ptr<Job> owned)
{
    Job &job = *owned;
    ++job.attempt;
    job.tokenHeld = false;
    job.response = Response{};
    job.headDelivered = false;
    job.bodyDelivered = false;
    job.errorText[0] = 0;
    job.started = Clock::now();

    CURL *easy = curl_easy_init();
    job.easy = easy;
    const ClientOptions &options = *job.options;
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &job);
    QUrl target = job.request.url;
    const QString serverName = options.tls.serverName;
    if (!serverName.isEmpty() && target.scheme() == u"https" && serverName != target.host()) {
        // Ask curl for serverName (SNI and certificate check) but connect to the real address;
        // the Host header keeps the address the user configured.
        const int port = target.port(443);
        if (job.connectTo) {
            curl_slist_free_all(job.connectTo);
            job.connectTo = nullptr;
        }
        job.connectTo = curl_slist_append(nullptr, QStringLiteral("%1:%2:%3:%2")
                                                       .arg(serverName)
                                                       .arg(port)
                                                       .arg(target.host())
                                                       .toUtf8()
                                                       .constData());
        curl_easy_setopt(easy, CURLOPT_CONNECT_TO, job.connectTo);
        target.setHost(serverName);
    }
    curl_easy_setopt(easy, CURLOPT_URL, target.toEncoded().constData());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, job.errorText);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(options.connectTimeout.count()));
    auto total = job.request.timeout;
    if (total.count() == 0 && !job.isStream())
        total = options.requestTimeout;
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(total.count()));
    if (job.isStream() && options.streamIdleTimeout.count() > 0) {
        curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                         long((options.streamIdleTimeout.count() + 999) / 1000));
    }
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options.userAgent.constData());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &job);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &job);
    applyProxy(easy, job);
    TlsOptions tls = options.tls;
    if (!job.request.clientCertPem.isEmpty()) {
        tls.clientCertPem = job.request.clientCertPem;
        tls.clientKeyPem = job.request.clientKeyPem;
    }
    applyTls(easy, tls);

    const QByteArray &method = job.request.method;
    if (method == "HEAD")
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    else if (method != "GET")
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
    if (!job.request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(job.request.body.size()));
        curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, job.request.body.constData());
    }
    if (job.request.uploadProgress) {
        curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &job);
    }

    if (job.headerList) {
        curl_slist_free_all(job.headerList);
        job.headerList = nullptr;
    }
    Headers headers = options.defaultHeaders;
    headers += job.request.headers;
    if (target.host() != job.request.url.host())
        headers << qMakePair(QByteArray("Host"), job.request.url.authority().toUtf8());
    for (const auto &[name, value] : std::as_const(headers))
        job.headerList =
            curl_slist_append(job.headerList, QByteArray(name + ": " + value).constData());
    // No "Expect: 100-continue" round trip before bodies.
    job.headerList = curl_slist_append(job.headerList, "Expect:");
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, job.headerList);

    qCDebug(lcHttp).noquote() << job.request.method << redactedUrl(job.request.url) << "attempt"
                              << job.attempt << "headers:" << redactedHeaders(headers);
    curl_multi_add_handle(m_state->multi, easy);
    m_running.push_back(std::move(owned));
}

void Loop::release(Job &job)
{
    if (!job.easy)
        return;
    curl_multi_remove_handle(m_state->multi, job.easy);
    curl_easy_cleanup(job.easy);
    job.easy = nullptr;
}

void Loop::complete(CURL *easy, CURLcode code)
{
    auto it = std::find_if(m_running.begin(), m_running.end(),
                           [easy](const auto &job) { return job->easy == easy; });
    if (it == m_running.end())
        return;
    std::unique_ptr<Job> owned = std::move(*it);
    m_running.erase(it);
    Job &job = *owned;

    Response response;
    if (code == CURLE_OK) {
        response = std::move(job.response);
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        response.status = int(status);
        long version = 0;
        curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
        response.httpVersion = version == CURL_HTTP_VERSION_2_0 ? QByteArray("2")
                               : version == CURL_HTTP_VERSION_3 ? QByteArray("3")
                                                                : QByteArray("1.1");
    } else {
        response = curlFailure(code, job);
        response.status = job.response.status;
        response.headers = job.response.headers;
    }
    response.attempts = job.attempt;
    release(job);

    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - job.started);
    qCDebug(lcHttp).noquote() << job.request.method << redactedUrl(job.request.url) << "->"
                              << response.status << response.error << "in" << elapsed.count()
                              << "ms";

    // A stream that already handed out data cannot be replayed; its reader reconnects.
    if (!job.bodyDelivered && response.failure != Failure::Canceled) {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        const auto delay = retryDelay(job.request, response, job.attempt, job.options->retry,
                                      unit(m_random), QDateTime::currentDateTimeUtc());
        if (delay) {
            qCInfo(lcHttp).noquote()
                << "retrying" << job.request.method << redactedUrl(job.request.url) << "in"
                << delay->count() << "ms after"
                << (response.error.isEmpty() ? QString::number(response.status) : response.error);
            job.notBefore = Clock::now() + *delay;
            m_waiting.push_back(std::move(owned));
            return;
        }
    }
    finishJob(job, std::move(response));
}

} // namespace

void TransportState::submit(std::unique_ptr<Job> job)
{
    {
        const std::lock_guard lock(mutex);
        if (!stopped && !stopping) {
            incoming.push_back(std::move(job));
            curl_multi_wakeup(multi);
            return;
        }
    }
    finishJob(*job, failed(Failure::Canceled, text("The workbench is shutting down.")));
}

} // namespace kfw::http

namespace kfw::http {

namespace {
std::once_flag curlInit;
} // namespace

Transport::Transport()
    : m_state(std::make_shared<TransportState>())
{
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_state->multi = curl_multi_init();
    curl_multi_setopt(m_state->multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    auto state = m_state;
    m_thread = std::thread([state] {
        Loop loop(state);
        loop.run();
    });
}

Transport::~Transport()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
        curl_multi_wakeup(m_state->multi);
    }
    m_thread.join();
    const std::lock_guard lock(m_state->mutex);
    m_state->stopped = true;
    curl_multi_cleanup(m_state->multi);
    m_state->multi = nullptr;
}

int Transport::activeTransfers() const
{
    return m_state->active;
}

} // namespace kfw::http
