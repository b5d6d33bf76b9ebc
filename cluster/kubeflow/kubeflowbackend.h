#pragma once

#include "cluster/backend/backend.h"
#include "cluster/backend/secretstore.h"
#include "cluster/kube/connectionmanager.h"
#include "cluster/kubeflow/kfpaccess.h"
#include "cluster/kubeflow/kfpservices.h"
#include "cluster/kubeflow/kubeflownotebooks.h"
#include "cluster/kubeflow/kubeflowprofiles.h"

#include <QPointer>

namespace kfw::kubeflow {

// A Kubernetes context as a Kubeflow backend: the Kubernetes client of the context's connection
// and a KFP client reached as the context's access settings say. Once the connection is up it
// detects what the cluster has (KFP's healthz, Kubeflow's kinds by discovery) and offers those
// capabilities; every call is scoped to the connection's current (profile) namespace.
class KubeflowBackend final : public backend::Backend
{
    Q_OBJECT

public:
    struct Environment
    {
        // Where the gateway's session cookie and token are kept (the OS keychain).
        std::shared_ptr<backend::SecretStore> secrets;
        // Used when the keychain cannot keep the session: memory for this run only.
        std::shared_ptr<backend::SecretStore> sessionStore;
        // Opens a browser login at the gateway URL; brings the session cookie, or nothing when
        // the user cancels. Null: no browser login (the command line).
        std::function<QFuture<QString>(const QString &gatewayUrl)> login;

        // Keeps a value in the keychain, or in the session store when the keychain cannot;
        // done gets the keychain's error (empty when it kept it). Never a file.
        void keep(const QString &name, const QString &value,
                  std::function<void(const QString &keychainError)> done = {}) const;
        // The value kept under name, from the keychain or else the session store; empty: none.
        void recall(const QString &name, std::function<void(const QString &value)> done) const;
    };

    KubeflowBackend(kube::ContextConnection *connection, KfpAccess access, Environment environment,
                    QObject *parent = nullptr);
    ~KubeflowBackend() override;

    static QString idFor(const QString &contextName);

    QString id() const override;
    QString displayName() const override;
    backend::BackendKind kind() const override { return backend::BackendKind::Cluster; }
    QString location() const override;
    backend::Capabilities capabilities() const override { return m_capabilities; }

    backend::PipelineService *pipelines() override;
    backend::ExperimentService *experiments() override;
    backend::RunService *runs() override;
    backend::RecurringRunService *recurringRuns() override;
    backend::ProfileService *profiles() override;
    backend::NotebookService *notebooks() override;

    kube::ContextConnection *connection() const { return m_connection; }
    const KfpAccess &access() const { return m_access; }
    // Changes how KFP is reached (and detects again when connected).
    void setAccess(const KfpAccess &access);
    // What detection found about KFP: empty while unknown, else reachable or why not.
    QString kfpStatus() const { return m_kfpStatus; }
    bool isDetected() const { return m_detected; }
    QString currentNamespace() const { return m_scope->ns(); }
    // The gateway credentials in use (gateway mode), for the login state.
    std::shared_ptr<GatewayCredentials> gatewayCredentials() const { return m_gateway; }

signals:
    // Detection finished (capabilities and kfpStatus are current).
    void detected();

private:
    void onConnectionState();
    void setUp();
    void connectWith(std::shared_ptr<kube::CredentialSource> gateway);
    void detect();
    void storeSession(const QString &cookie);

    QPointer<kube::ContextConnection> m_connection;
    QString m_name;
    KfpAccess m_access;
    Environment m_environment;
    // Shared with the answers still on their way when the backend goes.
    std::shared_ptr<KfpScope> m_scope = std::make_shared<KfpScope>();
    std::shared_ptr<GatewayCredentials> m_gateway;
    backend::Capabilities m_capabilities;
    QString m_kfpStatus;
    bool m_detected = false;
    quint64 m_generation = 0;
    KfpPipelineService *m_pipelines;
    KfpExperimentService *m_experiments;
    KfpRunService *m_runs;
    KfpRecurringRunService *m_recurringRuns;
    KubeflowProfileService *m_profiles;
    KubeflowNotebookService *m_notebooks;
};

} // namespace kfw::kubeflow
