#pragma once

// An in-process simulated Kubeflow cluster with a kubeconfig whose contexts are its users, and
// Kubeflow backends opened on those contexts: shared by the tests of the cluster backend and of
// the pages that use it.

#include "cluster/backend/secretstore.h"
#include "cluster/http/transport.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "simserver.h"
#include "simstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace kfw::testing {

class SimCluster
{
public:
    // A kubeconfig context and the simulator user behind it.
    struct Account
    {
        QString context;
        sim::SimUser user;
        QString ns; // the context's namespace
    };

    // Starts the simulator with the accounts' users and writes the kubeconfig; false (with a
    // test failure message) when it cannot.
    bool start(const QList<Account> &accounts)
    {
        m_store = std::make_unique<sim::SimStore>();
        m_server = std::make_unique<sim::SimServer>(m_store.get());
        for (const Account &a : accounts)
            m_server->addUser(a.user);
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            return false;
        QString yaml = QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n"
                                      "  cluster:\n    server: http://127.0.0.1:%1\nusers:\n")
                           .arg(m_port);
        for (const Account &a : accounts)
            yaml +=
                QStringLiteral("- name: %1\n  user:\n    token: %2\n").arg(a.context, a.user.token);
        yaml += u"contexts:\n"_qs;
        for (const Account &a : accounts)
            yaml +=
                QStringLiteral("- name: %1\n  context: {cluster: sim, user: %1, namespace: %2}\n")
                    .arg(a.context, a.ns);
        yaml += QStringLiteral("current-context: %1\n").arg(accounts.value(0).context);
        QFile file(m_dir.filePath(u"config"_qs));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(yaml.toUtf8());
        file.close();
        m_config = kube::Kubeconfig::load({file.fileName()});
        if (!m_config.error().isEmpty())
            qWarning("kubeconfig: %s", qPrintable(m_config.error()));
        return m_config.error().isEmpty();
    }

    sim::SimStore *store() const { return m_store.get(); }
    sim::SimServer *server() const { return m_server.get(); }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }

    // A backend for a context, connected and detected (null when the connection failed).
    std::unique_ptr<kubeflow::KubeflowBackend>
    open(const QString &context, const kubeflow::KfpAccess &access = {},
         const kubeflow::KubeflowBackend::Environment &environment = {})
    {
        auto connection =
            std::make_unique<kube::ContextConnection>(context, m_transport, kube::ConnectOptions{});
        connection->connectTo(m_config);
        if (!QTest::qWaitFor(
                [&] {
                    return connection->state() != kube::ContextConnection::State::Connecting &&
                           connection->state() != kube::ContextConnection::State::NotConnected;
                },
                10000))
            return {};
        auto backend =
            std::make_unique<kubeflow::KubeflowBackend>(connection.get(), access, environment);
        m_connections.push_back(std::move(connection));
        if (!QTest::qWaitFor([&] { return backend->isDetected(); }, 10000))
            qWarning("the backend did not finish detecting KFP");
        return backend;
    }

    // A backend for a context that reaches Kubeflow through the gateway with the context's
    // user's token (kept in an in-memory keychain), as oauth2-proxy lets bearer tokens through.
    std::unique_ptr<kubeflow::KubeflowBackend> openAtGateway(const QString &context,
                                                             const QString &token)
    {
        kubeflow::KfpAccess gateway;
        gateway.mode = kubeflow::KfpAccess::Mode::Gateway;
        gateway.url = url();
        gateway.gatewayAuth = kubeflow::KfpAccess::GatewayAuth::Token;
        kubeflow::KubeflowBackend::Environment environment;
        auto keychain = std::make_shared<backend::MemorySecretStore>();
        keychain->write(kubeflow::gatewayTokenSecret(context), {{u"value"_qs, token}},
                        [](const QString &) {});
        environment.secrets = keychain;
        return open(context, gateway, environment);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimStore> m_store;
    std::unique_ptr<sim::SimServer> m_server;
    quint16 m_port = 0;
    kube::Kubeconfig m_config;
    http::Transport m_transport;
    std::vector<std::unique_ptr<kube::ContextConnection>> m_connections;
};

} // namespace kfw::testing
