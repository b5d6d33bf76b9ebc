#include "cluster/kube/connectionmanager.h"

#include "cluster/backend/services.h"
#include "cluster/http/transport.h"
#include "cluster/kube/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QtConcurrent>

namespace kfw::kube {

ContextConnection::ContextConnection(QString name, http::Transport &transport,
                                     ConnectOptions options, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_transport(transport)
    , m_options(std::move(options))
{}

void ContextConnection::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    emit stateChanged(state);
}

void ContextConnection::setCurrentNamespace(const QString &ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    emit currentNamespaceChanged(ns);
}

void ContextConnection::disconnectFrom()
{
    ++m_generation;
    m_client.reset();
    m_namespaces.clear();
    emit namespacesChanged();
    setState(State::NotConnected);
}

void ContextConnection::fail(const ApiResponse &response)
{
    if (response.needsApproval) {
        m_approvalRequest = response.error;
        setState(State::ApprovalNeeded, response.error);
    } else if (response.status == 401 || response.status == 403) {
        setState(State::Unauthorized, response.error);
    } else {
        setState(State::Unreachable, response.error);
    }
}

void ContextConnection::approveAndConnect(const Kubeconfig &config)
{
    QString error;
    const ResolvedContext context = config.resolve(m_name, &error);
    if (!error.isEmpty() || !context.user.exec || !m_options.approvals) {
        setState(State::Misconfigured, error);
        return;
    }
    error = m_options.approvals->approve(context.user.sourceFile, context.user.name,
                                         *context.user.exec);
    if (!error.isEmpty())
        qCWarning(lcKube).noquote() << error;
    connectTo(config);
}

void ContextConnection::connectTo(const Kubeconfig &config)
{
    const quint64 generation = ++m_generation;
    m_approvalRequest.clear();
    QString error;
    m_context = config.resolve(m_name, &error);
    if (!error.isEmpty()) {
        setState(State::Misconfigured, error);
        return;
    }
    const ConnectionSetup setup = connectionFor(m_context, m_transport, m_options);
    if (!setup.ok()) {
        setState(State::Misconfigured, setup.error);
        return;
    }
    m_warnings = setup.warnings;
    if (m_namespace.isEmpty())
        m_namespace = m_context.namespaceOrDefault();
    auto client = std::make_shared<const KubeClient>(m_transport, setup.connection);
    m_client = client;
    setState(State::Connecting, tr("Connecting to %1…").arg(m_context.cluster.server));

    auto stale = [this, generation] {
        return generation != m_generation;
    };
    backend::whenFinished(client->version(), this, [=, this](const ApiResponse &version) {
        if (stale())
            return;
        if (!version.ok()) {
            fail(version);
            return;
        }
        m_serverVersion = version.object.value(u"gitVersion").toString();
        backend::whenFinished(
            client->selfSubjectReview(), this, [=, this](const ApiResponse &review) {
                if (stale())
                    return;
                if (review.status == 401 || review.needsApproval) {
                    fail(review);
                    return;
                }
                // Older servers have no SelfSubjectReview; the kubeconfig's user name stands in.
                const QString username = review.object.value(u"status")
                                             .toObject()
                                             .value(u"userInfo")
                                             .toObject()
                                             .value(u"username")
                                             .toString();
                m_user = username.isEmpty() ? m_context.user.name : username;
                backend::whenFinished(
                    client->accessReview(QStringLiteral("list"), kinds::namespaces(), {}), this,
                    [=, this](const ApiResponse &access) {
                        if (stale())
                            return;
                        m_canListNamespaces =
                            access.ok() &&
                            access.object.value(u"status").toObject().value(u"allowed").toBool();
                        const QString connected =
                            tr("Connected to %1 (Kubernetes %2) as %3")
                                .arg(m_context.cluster.server, m_serverVersion, m_user);
                        if (!m_canListNamespaces) {
                            m_namespaces.clear();
                            emit namespacesChanged();
                            setState(State::Connected, connected);
                            return;
                        }
                        backend::whenFinished(client->listAll(kinds::namespaces(), {}), this,
                                              [=, this](const ListResult &list) {
                                                  if (stale())
                                                      return;
                                                  QStringList names;
                                                  for (const QJsonObject &ns : list.items)
                                                      names << ns.value(u"metadata")
                                                                   .toObject()
                                                                   .value(u"name")
                                                                   .toString();
                                                  names.sort();
                                                  m_namespaces = names;
                                                  emit namespacesChanged();
                                                  setState(State::Connected, connected);
                                              });
                    });
            });
    });
}

ConnectionManager::ConnectionManager(ConnectOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &ConnectionManager::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, debounce, qOverload<>(&QTimer::start));
}

ConnectionManager::~ConnectionManager()
{
    // Connections first: their clients use the transport.
    qDeleteAll(m_connections);
    m_connections.clear();
}

http::Transport &ConnectionManager::transport()
{
    if (!m_transport)
        m_transport = std::make_unique<http::Transport>();
    return *m_transport;
}

void ConnectionManager::reload()
{
    const quint64 generation = ++m_generation;
    const QStringList files =
        Kubeconfig::filesFromEnvironment(QProcessEnvironment::systemEnvironment());
    // Reading files is kept off the GUI thread; a home folder on a network share can be slow.
    backend::whenFinished(QtConcurrent::run([files] { return Kubeconfig::load(files); }), this,
                          [this, generation, files](const Kubeconfig &config) {
                              if (generation != m_generation)
                                  return;
                              m_config = config;
                              m_loaded = true;
                              if (!m_watcher.files().isEmpty())
                                  m_watcher.removePaths(m_watcher.files());
                              for (const QString &file : config.files)
                                  m_watcher.addPath(file);
                              emit contextsChanged();
                          });
}

QStringList ConnectionManager::contextNames() const
{
    QStringList names = m_config.contexts.keys();
    if (names.removeOne(m_config.currentContext))
        names.prepend(m_config.currentContext);
    return names;
}

ContextConnection *ConnectionManager::connection(const QString &contextName)
{
    ContextConnection *&c = m_connections[contextName];
    if (!c)
        c = new ContextConnection(contextName, transport(), m_options, this);
    return c;
}

QList<ContextConnection *> ConnectionManager::connections() const
{
    return m_connections.values();
}

} // namespace kfw::kube
