#pragma once

#include "cluster/backend/notebookservice.h"
#include "cluster/backend/profileservice.h"
#include "cluster/kube/kubeclient.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace kfw::kube {
class Informer;
class PortForward;
} // namespace kfw::kube

namespace kfw::kubeflow {

class GatewayCredentials;

// Notebook servers on a Kubeflow cluster: Notebook resources, their PVCs, PodDefaults and the
// Jupyter web app's spawner configuration through the Kubernetes API; the notebooks' web UIs
// through the Kubeflow gateway, or without it by a port-forward to their pods. The list stays live
// by a watch on the namespace's notebooks (started by the first list()). Lives on the backend's
// thread.
class KubeflowNotebookService final : public backend::NotebookService
{
    Q_OBJECT
public:
    // profiles: who the user is (the web app records a notebook's creator).
    explicit KubeflowNotebookService(backend::ProfileService *profiles, QObject *parent = nullptr);
    ~KubeflowNotebookService() override;

    // kube: the cluster's API (null: not connected). gateway: a client at the Kubeflow gateway
    // and its credentials, or null when the gateway is not used.
    void set(std::shared_ptr<const kube::KubeClient> kube,
             std::shared_ptr<const kube::KubeClient> gateway,
             std::shared_ptr<GatewayCredentials> credentials);
    void setNamespace(const QString &ns);

    QString currentNamespace() const override { return m_namespace; }
    QFuture<backend::Result<QList<backend::NotebookInfo>>> list() override;
    QFuture<backend::Result<backend::SpawnerConfig>> spawnerConfig() override;
    QFuture<backend::Result<QList<backend::PodDefaultInfo>>> podDefaults() override;
    backend::NotebookPlan plan(const backend::NotebookRequest &request,
                               const backend::SpawnerConfig &config) const override;
    QFuture<backend::Result<backend::Done>> create(const backend::NotebookRequest &request,
                                                   const backend::SpawnerConfig &config) override;
    QFuture<backend::Result<backend::Done>> setStopped(const QString &name, bool stopped) override;
    QFuture<backend::Result<backend::Done>> setResources(const QString &name, const QString &cpu,
                                                         const QString &cpuLimit,
                                                         const QString &memory,
                                                         const QString &memoryLimit, int gpus,
                                                         const QString &gpuVendor) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &name) override;
    QFuture<backend::Result<QList<backend::EventInfo>>> events(const QString &name) override;
    QFuture<backend::Result<QString>> log(const QString &name) override;
    QFuture<backend::Result<backend::NotebookConnection>> connection(const QString &name) override;
    QFuture<backend::Result<QList<backend::VolumeInfo>>> volumes() override;
    QStringList volumeProblems(const backend::NotebookVolume &volume) const override;
    QFuture<backend::Result<backend::Done>>
    createVolume(const backend::NotebookVolume &volume) override;
    QFuture<backend::Result<backend::Done>> removeVolume(const QString &name) override;

private:
    // Why nothing can be asked now; empty when calls can be made.
    QString unavailable() const;
    // Emits changed() once for changes that come together, and after changes made here.
    QFuture<backend::Result<backend::Done>> changing(QFuture<backend::Result<backend::Done>> f);
    void watch();
    void stopWatching();

    std::shared_ptr<const kube::KubeClient> m_kube;
    std::shared_ptr<const kube::KubeClient> m_gateway;
    std::shared_ptr<GatewayCredentials> m_credentials;
    QString m_namespace;
    QPointer<backend::ProfileService> m_profiles;
    QPointer<kube::Informer> m_informer;
    QHash<QString, QPointer<kube::PortForward>> m_forwards; // by namespace/notebook
    QTimer m_changed;
};

} // namespace kfw::kubeflow
