#pragma once

#include "cluster/kube/kubeclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace kfw::kubeflow {

// One KFAM binding: a user's role in a profile's namespace (a RoleBinding to the ClusterRole
// kubeflow-<role> that KFAM made, or the profile controller's for the owner).
struct KfamBinding
{
    QString user;
    QString ns;
    QString role; // "admin", "edit" or "view"
    QString status;

    static KfamBinding fromJson(const QJsonObject &json);
    // The body KFAM takes, as the Central Dashboard sends it: user, referredNamespace and
    // RoleRef naming the role ("edit"), which KFAM binds to the ClusterRole kubeflow-<role>.
    QJsonObject toJson() const;
};

// Kubeflow's access management API (KFAM, /kfam/v1): profiles' contributors and the creation
// and deletion of profiles. Reached through the Kubeflow gateway, which tells KFAM who the caller
// is, or through the API server's service proxy with the caller's name in the kubeflow-userid
// header (which only a user allowed to use the kubeflow namespace's service proxy can do).
class KfamClient
{
public:
    // The service-proxy path of KFAM in a Kubeflow installation.
    static QString serviceProxyPath();

    // basePath: where /v1/... is below kube's server ("/kfam" at the gateway). userId: sent as
    // kubeflow-userid (service proxy only); empty: none.
    KfamClient(std::shared_ptr<const kube::KubeClient> kube, QString basePath, QString userId = {});

    const QString &userId() const { return m_userId; }

    // GET /v1/bindings, filtered by each argument that is not empty.
    QFuture<kube::ApiResponse> bindings(const QString &user, const QString &ns,
                                        const QString &role = {}) const;
    QFuture<kube::ApiResponse> createBinding(const KfamBinding &binding) const;
    QFuture<kube::ApiResponse> deleteBinding(const KfamBinding &binding) const;
    // POST /v1/profiles with a Profile object.
    QFuture<kube::ApiResponse> createProfile(const QJsonObject &profile) const;
    QFuture<kube::ApiResponse> deleteProfile(const QString &name) const;
    // GET /v1/role/clusteradmin: the answer's value is true or false.
    QFuture<kube::ApiResponse> isClusterAdmin(const QString &user) const;

    // Every binding in an answer of bindings().
    static QList<KfamBinding> bindingsOf(const kube::ApiResponse &response);

private:
    QFuture<kube::ApiResponse> send(const QByteArray &method, const QString &path,
                                    const QList<QPair<QString, QString>> &query,
                                    const QJsonObject &body) const;

    std::shared_ptr<const kube::KubeClient> m_kube;
    QString m_basePath;
    QString m_userId;
};

} // namespace kfw::kubeflow
