#pragma once

// Shared by the tests that talk to the in-process cluster simulator.

#include "cluster/backend/backendregistry.h"
#include "cluster/backend/services.h"
#include "cluster/kube/kubeclient.h"
#include "simserver.h"

#include <QFuture>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace kfw::testing {

// A registry with one backend, made the active one: what a page under test is given.
inline std::unique_ptr<backend::BackendRegistry> registryWith(std::unique_ptr<backend::Backend> b)
{
    auto registry = std::make_unique<backend::BackendRegistry>();
    const QString id = b->id();
    registry->add(std::move(b));
    registry->setActive(id);
    return registry;
}

// A simulator user with every right everywhere.
inline sim::SimUser simAdministrator(const QString &name, const QString &token)
{
    sim::SimUser user;
    user.name = name;
    user.token = token;
    user.rules << sim::SimRule{{QStringLiteral("*")}, {QStringLiteral("*")}, {}};
    return user;
}

// A simulator user with every right in one namespace (a Kubeflow profile).
inline sim::SimUser simProfileUser(const QString &name, const QString &token, const QString &ns)
{
    sim::SimUser user;
    user.name = name;
    user.token = token;
    user.rules << sim::SimRule{{QStringLiteral("*")}, {QStringLiteral("*")}, {ns}};
    return user;
}

// A simulator user who may read profiles (as Kubeflow's users may see the profile list) and
// otherwise has only what RoleBindings give, like a user of a real Kubeflow; with listNamespaces,
// also the namespaces.
inline sim::SimUser simProfileReader(const QString &name, const QString &token,
                                     bool listNamespaces = false)
{
    sim::SimUser user;
    user.name = name;
    user.token = token;
    user.rules << sim::SimRule{
        {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")},
        {QStringLiteral("profiles")},
        {}};
    if (listNamespaces)
        user.rules << sim::SimRule{
            {QStringLiteral("get"), QStringLiteral("list")}, {QStringLiteral("namespaces")}, {}};
    return user;
}

// Waits for a backend service call; a call that ends without a result is a failure.
template<typename T>
backend::Result<T> waitFor(QFuture<backend::Result<T>> future, int ms = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms) || future.resultCount() == 0)
        return backend::Result<T>::failure(QStringLiteral("the call did not finish with a result"));
    return future.result();
}

// A compiled pipeline as the KFP compiler writes it: two root tasks and an integer parameter.
inline QByteArray twoTaskPipeline(const QString &name)
{
    return QStringLiteral(R"(# PIPELINE DEFINITION
# Name: %1
pipelineInfo:
  name: %1
root:
  dag:
    tasks:
      prepare:
        taskInfo:
          name: prepare
      train:
        taskInfo:
          name: train
  inputDefinitions:
    parameters:
      epochs:
        parameterType: NUMBER_INTEGER
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)")
        .arg(name)
        .toUtf8();
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
