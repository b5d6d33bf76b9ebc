#pragma once

// Shared by the tests that talk to the in-process cluster simulator.

#include "cluster/kube/kubeclient.h"
#include "simserver.h"

#include <QJsonObject>

namespace kfw::testing {

// A simulator user with every right everywhere.
inline sim::SimUser simAdministrator(const QString &name, const QString &token)
{
    sim::SimUser user;
    user.name = name;
    user.token = token;
    user.rules << sim::SimRule{{QStringLiteral("*")}, {QStringLiteral("*")}, {}};
    return user;
}

// A plain-http connection to the simulator with a bearer token, without rate limit and with
// quick retries.
inline kube::ClusterConnection simConnection(quint16 port, const QString &token)
{
    kube::ClusterConnection c;
    c.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    c.http.rateLimit.qps = 0;
    c.http.retry.base = std::chrono::milliseconds(10);
    c.http.retry.cap = std::chrono::milliseconds(100);
    c.credentials = std::make_shared<kube::StaticCredentials>(
        http::Headers{qMakePair(QByteArray("Authorization"), "Bearer " + token.toUtf8())});
    return c;
}

// The user name a SelfSubjectReview answered.
inline QString reviewedUser(const kube::ApiResponse &review)
{
    return review.object.value(u"status")
        .toObject()
        .value(u"userInfo")
        .toObject()
        .value(u"username")
        .toString();
}

} // namespace kfw::testing
