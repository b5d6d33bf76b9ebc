#include "cluster/http/retry.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace kfw::http {

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(seconds * 1000));
    // An HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

std::optional<std::chrono::milliseconds> retryDelay(const Request &request,
                                                    const Response &response, int attempt,
                                                    const RetryPolicy &policy, double unit,
                                                    const QDateTime &now)
{
    if (attempt >= policy.maxAttempts)
        return std::nullopt;
    bool retry = false;
    switch (response.failure) {
    case Failure::None:
        // 429 means the server did not act on the request, so any method may go again; the
        // gateway errors only for requests whose repetition is harmless.
        retry = response.status == 429 ||
                (request.isIdempotent() &&
                 (response.status == 502 || response.status == 503 || response.status == 504));
        break;
    case Failure::Resolve:
    case Failure::Connect:
        // Nothing reached the server.
        retry = true;
        break;
    case Failure::Connection:
    case Failure::Timeout:
        retry = request.isIdempotent();
        break;
    case Failure::Tls:
    case Failure::Canceled:
    case Failure::Other:
        retry = false;
        break;
    }
    if (!retry)
        return std::nullopt;
    if (response.failure == Failure::None) {
        if (const auto after = parseRetryAfter(response.header("retry-after"), now)) {
            if (*after > policy.maxRetryAfter)
                return std::nullopt; // the caller is better told than kept waiting
            return *after;
        }
    }
    const double ceiling =
        std::min<double>(policy.cap.count(), policy.base.count() * std::pow(2.0, attempt - 1));
    return std::chrono::milliseconds(static_cast<long long>(ceiling * std::clamp(unit, 0.0, 1.0)));
}

} // namespace kfw::http
