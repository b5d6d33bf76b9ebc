#pragma once

// One HTTP exchange with the simulator on loopback, as the simulator tests make them: the
// status, body and the headers they look at, redirects not followed.

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace kfw::testing {

struct Http
{
    int status = 0;
    QByteArray body = {};
    QByteArray contentType = {};
    QByteArray location = {};
    QByteArray setCookie = {};
    QStringList schemaProblems = {}; // filled by tests that check answers against a swagger
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Sends method to http://127.0.0.1:port + pathAndQuery and waits (at most ten seconds).
inline Http sendHttp(QNetworkAccessManager &network, quint16 port, const QByteArray &method,
                     const QString &pathAndQuery,
                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                     const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port) + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Http answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.location = reply->rawHeader("Location");
    answer.setCookie = reply->rawHeader("Set-Cookie");
    reply->deleteLater();
    return answer;
}

} // namespace kfw::testing
