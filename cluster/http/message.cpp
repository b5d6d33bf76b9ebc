#include "cluster/http/message.h"

#include <QUrlQuery>

namespace kfw::http {

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView secret[] = {"authorization", "proxy-authorization", "cookie",
                                            "set-cookie", "x-auth-token"};
    for (QByteArrayView s : secret) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString redactedHeaders(const Headers &headers)
{
    QStringList lines;
    for (const auto &[key, value] : headers) {
        const QString shown =
            isSecretHeader(key) ? QStringLiteral("<redacted>") : QString::fromLatin1(value);
        lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(key), shown);
    }
    return lines.join(QLatin1String("; "));
}

QString redactedUrl(const QUrl &url)
{
    QUrl shown = url;
    shown.setUserInfo({});
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[key, value] : items) {
            static const QStringList secretNames = {
                QStringLiteral("access_token"),  QStringLiteral("id_token"),
                QStringLiteral("refresh_token"), QStringLiteral("token"),
                QStringLiteral("client_secret"), QStringLiteral("password"),
                QStringLiteral("code")};
            const bool secret = secretNames.contains(key.toLower());
            cleaned.addQueryItem(key, secret ? QStringLiteral("REDACTED") : value);
        }
        shown.setQuery(cleaned);
    }
    return shown.toString();
}

bool Request::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT" ||
           method == "DELETE";
}

} // namespace kfw::http
