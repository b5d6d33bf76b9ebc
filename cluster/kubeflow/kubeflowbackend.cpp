#include "cluster/kubeflow/kubeflowbackend.h"

#include "cluster/kube/connectionmanager.h"
#include "cluster/kube/resourcekind.h"

#include <QCoreApplication>

namespace kfw::kubeflow {

using namespace kfw::backend;
using State = kube::ContextConnection::State;

KubeflowBackend::KubeflowBackend(kube::ContextConnection *connection, KfpAccess access,
                                 Environment environment, QObject *parent)
    : Backend(parent)
    , m_connection(connection)
    , m_name(connection->name())
    , m_access(std::move(access))
    , m_environment(std::move(environment))
    , m_pipelines(new KfpPipelineService(m_scope.get(), this))
    , m_experiments(new KfpExperimentService(m_scope.get(), this))
    , m_runs(new KfpRunService(m_scope.get(), this))
    , m_recurringRuns(new KfpRecurringRunService(m_scope.get(), this))
    , m_profiles(new KubeflowProfileService(this))
    , m_notebooks(new KubeflowNotebookService(m_profiles, this))
{
    connect(connection, &kube::ContextConnection::stateChanged, this,
            &KubeflowBackend::onConnectionState);
    connect(connection, &kube::ContextConnection::currentNamespaceChanged, this,
            [this](const QString &ns) {
                m_scope->setNamespace(ns);
                m_notebooks->setNamespace(ns);
                emit scopeChanged();
            });
    onConnectionState();
}

KubeflowBackend::~KubeflowBackend() = default;

QString KubeflowBackend::idFor(const QString &contextName)
{
    return QStringLiteral("kube:") + contextName;
}

QString KubeflowBackend::id() const
{
    return idFor(m_name);
}

QString KubeflowBackend::displayName() const
{
    return m_name;
}

QString KubeflowBackend::location() const
{
    const QString server = m_connection ? m_connection->serverUrl() : QString();
    return m_access.mode == KfpAccess::Mode::ServiceProxy
               ? server
               : tr("%1; pipelines %2").arg(server, m_access.describe());
}

PipelineService *KubeflowBackend::pipelines()
{
    return m_pipelines;
}

ExperimentService *KubeflowBackend::experiments()
{
    return m_experiments;
}

RunService *KubeflowBackend::runs()
{
    return m_runs;
}

RecurringRunService *KubeflowBackend::recurringRuns()
{
    return m_recurringRuns;
}

ProfileService *KubeflowBackend::profiles()
{
    return m_profiles;
}

NotebookService *KubeflowBackend::notebooks()
{
    return m_notebooks;
}

void KubeflowBackend::setAccess(const KfpAccess &access)
{
    // Also when unchanged: a new token or a new session is read again.
    m_access = access;
    onConnectionState();
}

void KubeflowBackend::onConnectionState()
{
    ++m_generation;
    m_detected = false;
    m_kfpStatus.clear();
    m_gateway.reset();
    m_scope->set({}, {});
    m_profiles->set({}, {});
    m_notebooks->set({}, {}, {});
    if (m_capabilities != Capability::None) {
        m_capabilities = Capability::None;
        emit capabilitiesChanged();
    }
    if (m_connection && m_connection->state() == State::Connected)
        setUp();
}

void KubeflowBackend::setUp()
{
    m_scope->setNamespace(m_connection->currentNamespace());
    m_notebooks->setNamespace(m_connection->currentNamespace());
    if (m_access.mode != KfpAccess::Mode::Gateway) {
        connectWith({});
        return;
    }
    // The gateway's token, or the session of an earlier login, comes from the keychain first.
    const bool token = m_access.gatewayAuth == KfpAccess::GatewayAuth::Token;
    const QString secret = token ? gatewayTokenSecret(m_name) : gatewayCookieSecret(m_name);
    const quint64 generation = m_generation;
    // The keychain answers later: the backend may be gone by then, or set up again.
    const QPointer<KubeflowBackend> guard(this);
    const auto useValue = [this, guard, token, generation](const QString &value) {
        if (!guard || generation != m_generation)
            return;
        if (token) {
            if (value.isEmpty()) {
                m_kfpStatus = tr("No token is stored for the Kubeflow gateway; enter one in the "
                                 "pipelines connection settings.");
                m_detected = true;
                emit detected();
                return;
            }
            m_gateway = GatewayCredentials::withToken(value);
        } else {
            QPointer<KubeflowBackend> self(this);
            const auto login = m_environment.login;
            const QString url = m_access.url;
            GatewayCredentials::Login ask;
            if (login) {
                // Asked from a network thread: the login window opens on the backend's thread.
                ask = [self, login, url]() {
                    auto promise = std::make_shared<QPromise<QString>>();
                    promise->start();
                    QFuture<QString> future = promise->future();
                    QMetaObject::invokeMethod(
                        self ? static_cast<QObject *>(self) : qApp,
                        [self, login, url, promise] {
                            const auto finish = [promise](const QString &cookie) {
                                promise->addResult(cookie);
                                promise->finish();
                            };
                            if (!self)
                                return finish({});
                            login(url).then(self.data(), [self, finish](const QString &cookie) {
                                if (self && !cookie.isEmpty())
                                    self->storeSession(cookie);
                                finish(cookie);
                            });
                        },
                        Qt::QueuedConnection);
                    return future;
                };
            }
            m_gateway = GatewayCredentials::withSession(value, ask);
        }
        connectWith(m_gateway);
    };
    m_environment.recall(secret, useValue);
}

void KubeflowBackend::storeSession(const QString &cookie)
{
    m_environment.keep(gatewayCookieSecret(m_name), cookie);
}

void KubeflowBackend::Environment::keep(const QString &name, const QString &value,
                                        std::function<void(const QString &)> done) const
{
    const SecretStore::Values values{{QStringLiteral("value"), value}};
    const auto session = sessionStore;
    const auto fallBack = [session, name, values, done](const QString &error) {
        if (!error.isEmpty() && session)
            session->write(name, values, [](const QString &) {});
        if (done)
            done(error);
    };
    if (!secrets)
        return fallBack(tr("No keychain is set up."));
    secrets->write(name, values, fallBack);
}

void KubeflowBackend::Environment::recall(const QString &name,
                                          std::function<void(const QString &)> done) const
{
    const auto session = sessionStore;
    const auto fromSession = [session, name, done] {
        if (!session)
            return done({});
        session->read(name, [done](const SecretStore::Values &values, const QString &) {
            done(values.value(QStringLiteral("value")));
        });
    };
    if (!secrets)
        return fromSession();
    secrets->read(name, [done, fromSession](const SecretStore::Values &values, const QString &) {
        const QString value = values.value(QStringLiteral("value"));
        if (!value.isEmpty())
            return done(value);
        fromSession();
    });
}

void KubeflowBackend::connectWith(std::shared_ptr<kube::CredentialSource> gateway)
{
    const KfpConnection c =
        connectKfp(m_access, m_connection->client(), m_connection->transport(), gateway);
    // Profiles and KFAM are reached the way KFP is: through the gateway when it is used, else
    // through the API server.
    const bool viaGateway = c.error.isEmpty() && m_access.mode == KfpAccess::Mode::Gateway;
    m_profiles->set(m_connection->client(), viaGateway ? c.kube : nullptr,
                    viaGateway && m_gateway ? m_gateway->token() : QString());
    // Notebooks open through the gateway when it is used; the API works without KFP.
    m_notebooks->set(m_connection->client(), viaGateway ? c.kube : nullptr,
                     viaGateway ? m_gateway : nullptr);
    if (!c.error.isEmpty()) {
        m_kfpStatus = c.error;
        m_detected = true;
        emit detected();
        return;
    }
    m_scope->set(m_connection->client(), c.kfp, c.metadata, c.metadataError);
    detect();
}

void KubeflowBackend::detect()
{
    const quint64 generation = m_generation;
    auto healthz = m_scope->kfp()->healthz();
    auto kinds = m_connection->client()->installedKinds();
    backend::whenFinished(
        healthz, this, [this, generation, kinds](const kube::ApiResponse &health) mutable {
            backend::whenFinished(
                kinds, this, [this, generation, health](const QStringList &installed) {
                    if (generation != m_generation)
                        return;
                    Capabilities caps;
                    if (health.ok()) {
                        caps |= Capability::Pipelines | Capability::Runs | Capability::Experiments |
                                Capability::RecurringRuns;
                        // Artifacts come from ML Metadata and KFP's UI, which a direct URL
                        // does not reach.
                        if (m_scope->metadata())
                            caps |= Capability::Artifacts;
                        m_kfpStatus =
                            tr("Kubeflow Pipelines reachable %1").arg(m_access.describe());
                    } else {
                        m_kfpStatus = tr("Kubeflow Pipelines is not reachable %1: %2")
                                          .arg(m_access.describe(), health.error);
                        if (health.status == 403 && m_access.mode == KfpAccess::Mode::ServiceProxy)
                            m_kfpStatus +=
                                u'\n' + tr("Users who may not use the kubeflow namespace's "
                                           "service proxy reach Pipelines through the "
                                           "Kubeflow gateway: choose it in the backend's "
                                           "pipelines connection settings.");
                    }
                    const auto has = [&installed](const kube::ResourceKind &kind) {
                        return installed.contains(kind.id());
                    };
                    if (has(kube::kinds::notebooks()))
                        caps |= Capability::Notebooks;
                    if (has(kube::kinds::profiles()))
                        caps |= Capability::Profiles;
                    if (has(kube::kinds::katibExperiments()))
                        caps |= Capability::HyperparameterTuning;
                    if (has(kube::kinds::inferenceServices()))
                        caps |= Capability::ModelServing;
                    if (has(kube::kinds::nodeMetrics()))
                        caps |= Capability::ClusterMonitoring;
                    m_capabilities = caps;
                    m_detected = true;
                    emit capabilitiesChanged();
                    emit detected();
                });
        });
}

} // namespace kfw::kubeflow
