#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace kfw::http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The value of the first header called name (case-insensitive), or an empty array.
QByteArray headerValue(const Headers &headers, QByteArrayView name);

// Whether a header carries a credential and must never be written to a log.
bool isSecretHeader(QByteArrayView name);

// Headers as text for a log, with credentials replaced by "<redacted>".
QString redactedHeaders(const Headers &headers);

// A URL for a log: user info and credential-like query values removed.
QString redactedUrl(const QUrl &url);

// One HTTP request. The client adds its default headers, credentials and TLS settings.
struct Request
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body;
    // Total time allowed for the whole exchange; zero takes the client's default (none for
    // streams, which end when the server or the caller ends them).
    std::chrono::milliseconds timeout{0};
    // Whether the request may be sent again after a failure that left its effect unknown.
    // Unset: GET, HEAD, OPTIONS, PUT and DELETE are, POST and PATCH are not.
    std::optional<bool> idempotent;
    // A client certificate and key (PEM) for this request only, overriding the client's: exec
    // credential plugins may hand out certificates instead of tokens.
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    // Whether the request takes a token from the client's rate limit. The later pages of one
    // paginated list do not: together they are one logical request, already admitted.
    bool rateLimited = true;
    // Told how much of the body went out (bytes sent, body size); called on the network thread.
    std::function<void(qint64 sent, qint64 total)> uploadProgress;

    bool isIdempotent() const;
};

// Why an exchange failed before a complete HTTP response arrived.
enum class Failure
{
    None,
    Resolve,    // the host name did not resolve
    Connect,    // refused, unreachable or no answer while connecting
    Tls,        // handshake failed or the server's certificate is not trusted
    Timeout,    // total or idle time-out
    Connection, // the connection broke while sending or receiving
    Canceled,   // the caller cancelled
    Other,
};

// The outcome of a request: an HTTP status with headers and body, or a transport failure with a
// message for the user.
struct Response
{
    int status = 0;
    Headers headers;
    QByteArray body;
    Failure failure = Failure::None;
    QString error;
    int attempts = 0;
    QByteArray httpVersion;

    bool isHttpSuccess() const { return failure == Failure::None && status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

// Certificates and keys for one server, as PEM data or file names (data wins when both are set).
struct TlsOptions
{
    QByteArray caPem;
    QString caFile;
    QByteArray clientCertPem;
    QString clientCertFile;
    QByteArray clientKeyPem;
    QString clientKeyFile;
    // Accept any server certificate. Honoured because kubeconfigs ask for it, but the connection
    // is flagged to the user as unverified.
    bool insecureSkipVerify = false;
    // The name the server's certificate is checked against and sent as SNI, when it differs from
    // the address connected to (kubeconfig tls-server-name).
    QString serverName;
};

// How failed requests are sent again: exponential back-off with full jitter, and the server's
// Retry-After when it gives one.
struct RetryPolicy
{
    int maxAttempts = 4;
    std::chrono::milliseconds base{250};
    std::chrono::milliseconds cap{8000};
    std::chrono::milliseconds maxRetryAfter{60000};
};

// Client-side rate limit, as client-go's default: a token bucket of 5 requests per second with
// bursts of 10. qps <= 0 means unlimited.
struct RateLimit
{
    double qps = 5.0;
    int burst = 10;
};

// Everything a client sends with each request to one server.
struct ClientOptions
{
    TlsOptions tls;
    // An explicit proxy ("http://host:port", "socks5://..."); empty uses HTTPS_PROXY, HTTP_PROXY
    // and NO_PROXY from the environment (either case), as kubectl does.
    QString proxyUrl;
    RateLimit rateLimit;
    RetryPolicy retry;
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds requestTimeout{60000};
    // A stream that receives nothing for this long is ended; zero never ends it.
    std::chrono::milliseconds streamIdleTimeout{0};
    QByteArray userAgent = "kubeflow-workbench";
    Headers defaultHeaders;
};

} // namespace kfw::http
