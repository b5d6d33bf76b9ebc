#pragma once

#include "cluster/kube/connection.h"
#include "cluster/kube/kubeclient.h"
#include "cluster/kube/kubeconfig.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace kfw::kube {

// One kubeconfig context as the workbench uses it: connected on demand, with what the user must
// know about it (state, server version, identity, namespaces) and the client for pages.
class ContextConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotConnected,
        Connecting,
        Connected,
        Unreachable,    // network, TLS or server failure
        Unauthorized,   // 401/403 on the first calls
        ApprovalNeeded, // an exec plugin waits for the user's approval
        Misconfigured,  // the kubeconfig does not describe a usable connection
    };
    Q_ENUM(State)

    ContextConnection(QString name, http::Transport &transport, ConnectOptions options,
                      QObject *parent = nullptr);

    QString name() const { return m_name; }
    State state() const { return m_state; }
    // What the state means in words, e.g. the failure and what to do.
    QString message() const { return m_message; }
    QString serverVersion() const { return m_serverVersion; }
    QString serverUrl() const { return m_context.cluster.server; }
    QString user() const { return m_user; }
    QStringList warnings() const { return m_warnings; }
    // Namespaces the user may list; empty when listing is not allowed (type one instead).
    QStringList namespaces() const { return m_namespaces; }
    bool canListNamespaces() const { return m_canListNamespaces; }
    QString currentNamespace() const { return m_namespace; }
    void setCurrentNamespace(const QString &ns);
    // The plugin waiting for approval, described for the user.
    QString approvalRequest() const { return m_approvalRequest; }

    // Null until connected.
    std::shared_ptr<const KubeClient> client() const { return m_client; }
    // The network thread the connection's clients use.
    http::Transport &transport() const { return m_transport; }

    // Resolves the context from the kubeconfig and checks the connection (version, identity,
    // namespace access). Safe to call again to retry.
    void connectTo(const Kubeconfig &config);
    // Records the user's approval of the waiting exec plugin and connects again.
    void approveAndConnect(const Kubeconfig &config);
    void disconnectFrom();

signals:
    void stateChanged(kfw::kube::ContextConnection::State state);
    void namespacesChanged();
    void currentNamespaceChanged(const QString &ns);

private:
    void setState(State state, const QString &message = {});
    void fail(const ApiResponse &response);

    QString m_name;
    http::Transport &m_transport;
    ConnectOptions m_options;
    ResolvedContext m_context;
    std::shared_ptr<const KubeClient> m_client;
    State m_state = State::NotConnected;
    QString m_message;
    QString m_serverVersion;
    QString m_user;
    QStringList m_warnings;
    QStringList m_namespaces;
    bool m_canListNamespaces = false;
    QString m_namespace;
    QString m_approvalRequest;
    quint64 m_generation = 0;
};

// The kubeconfig contexts the user has, read as kubectl reads them (off the GUI thread, again
// when a kubeconfig file changes), and their connections. Several may be connected at once.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    // The network thread starts with the first connection, not before.
    explicit ConnectionManager(ConnectOptions options, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Reads the files KUBECONFIG (or ~/.kube/config) names; contextsChanged() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    const Kubeconfig &kubeconfig() const { return m_config; }
    // Context names in kubeconfig order of names, the current context first.
    QStringList contextNames() const;
    QString currentContextName() const { return m_config.currentContext; }
    // Why the kubeconfig cannot be used, if it cannot.
    QString error() const { return m_config.error(); }

    // The connection object for a context (created on first use; not connected).
    ContextConnection *connection(const QString &contextName);
    QList<ContextConnection *> connections() const;

    // The network thread of all connections, started on first use.
    http::Transport &transport();

signals:
    void contextsChanged();

private:
    std::unique_ptr<http::Transport> m_transport;
    ConnectOptions m_options;
    Kubeconfig m_config;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QFileSystemWatcher m_watcher;
    QHash<QString, ContextConnection *> m_connections;
};

} // namespace kfw::kube
