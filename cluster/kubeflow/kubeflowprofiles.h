#pragma once

#include "cluster/backend/profileservice.h"
#include "cluster/kubeflow/kfamclient.h"

#include <QPromise>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kfw::kubeflow {

// Profiles on a Kubeflow cluster: Profile resources and ResourceQuotas through the Kubernetes
// API, contributors and the creation and deletion of profiles through KFAM (as the Central
// Dashboard does, so that users who may not edit Profiles can still make their own).
//
// Who the user is comes from the gateway (oauth2-proxy's userinfo, or the claims of the id token)
// when KFP is reached through it, else from the API server (SelfSubjectReview); KFAM is then
// reached the same way. Lives on the backend's thread.
class KubeflowProfileService final : public backend::ProfileService
{
    Q_OBJECT
public:
    explicit KubeflowProfileService(QObject *parent = nullptr);

    // kube: the cluster's API. gateway: a client at the Kubeflow gateway, or null when the
    // gateway is not used. gatewayToken: the bearer token used there, if any. Forgets the
    // identity found before.
    void set(std::shared_ptr<const kube::KubeClient> kube,
             std::shared_ptr<const kube::KubeClient> gateway, const QString &gatewayToken = {});

    QFuture<backend::Result<backend::Identity>> identity() override;
    QFuture<backend::Result<QList<backend::ProfileInfo>>> accessible() override;
    QFuture<backend::Result<QList<backend::ProfileInfo>>> list() override;
    QFuture<backend::Result<backend::Done>> create(const backend::ProfileRequest &request) override;
    QFuture<backend::Result<backend::Done>> setQuota(const QString &profile,
                                                     const QMap<QString, QString> &quota) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &profile) override;
    QFuture<backend::Result<QList<backend::Contributor>>>
    contributors(const QString &profile) override;
    QFuture<backend::Result<backend::Done>>
    addContributor(const QString &profile, const QString &user, backend::ProfileRole role) override;
    QFuture<backend::Result<backend::Done>>
    removeContributor(const QString &profile, const backend::Contributor &contributor) override;

    // The claims of a JWT (an OIDC id token), without checking its signature: what the token
    // says, for showing who the user is. Empty when token is not a JWT.
    static QMap<QString, QString> jwtClaims(const QString &token);

private:
    // The user and the KFAM client that acts as them.
    struct Session
    {
        backend::Identity identity;
        std::shared_ptr<const KfamClient> kfam;
    };
    using SessionResult = backend::Result<Session>;

    QFuture<SessionResult> session();
    void startSession();
    QFuture<backend::Result<backend::Identity>> findIdentity() const;
    // The calls below run on network threads: they take the cluster client rather than read
    // the service's members.
    using Kube = std::shared_ptr<const kube::KubeClient>;
    using Profiles = backend::Result<QList<backend::ProfileInfo>>;
    // The profiles the user has a role in, from KFAM, or from profiles, namespaces and access
    // reviews when KFAM cannot be reached. every: also those the user has no role in (a cluster
    // administrator's view).
    static QFuture<Profiles> accessibleFor(const Kube &kube, const Session &session, bool every);
    static QFuture<Profiles> accessibleByReview(const Kube &kube, const Session &session,
                                                const QString &kfamError);
    // Fills quota use and contributor counts in.
    static QFuture<backend::ProfileInfo> described(const Kube &kube, backend::ProfileInfo profile,
                                                   const Session &session);
    // A change through KFAM that only the profile's owner or a cluster administrator may make.
    QFuture<backend::Result<backend::Done>>
    ownersChange(const QString &profile, const QString &refusal,
                 std::function<QFuture<kube::ApiResponse>(const KfamClient &)> call);
    // A change made: tells the pages, and answers the caller.
    QFuture<backend::Result<backend::Done>> announce(QFuture<backend::Result<backend::Done>> call,
                                                     const QString &profile);

    std::shared_ptr<const kube::KubeClient> m_kube;
    std::shared_ptr<const kube::KubeClient> m_gateway;
    QString m_gatewayToken;
    std::optional<Session> m_session;
    std::vector<std::shared_ptr<QPromise<SessionResult>>> m_waiting;
    quint64 m_generation = 0;
};

// A Profile resource as a profile of the backend (the user's role not yet known).
backend::ProfileInfo profileFromJson(const QJsonObject &profile);
// The Profile resource KFAM creates for a request.
QJsonObject profileObject(const backend::ProfileRequest &request);

} // namespace kfw::kubeflow
