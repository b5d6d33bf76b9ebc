#pragma once

#include "cluster/backend/services.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kfw::backend {

// Who the user is on a backend, and how that was found out.
struct Identity
{
    QString user; // the name Kubeflow knows the user by (an email behind the gateway)
    QStringList groups;
    // How the identity was found: "kubeconfig", "gateway session" or "token".
    QString source;
    // The claims of an OIDC id token, when the identity comes from one.
    QMap<QString, QString> claims;
    bool clusterAdmin = false;
};

// What a user may do in a profile, as Kubeflow's roles say: the owner, or a contributor with
// the kubeflow-admin, kubeflow-edit or kubeflow-view cluster role.
enum class ProfileRole
{
    None,
    Owner,
    Admin,
    Edit,
    View,
};
QString roleName(ProfileRole role);            // "owner", "admin", "edit", "view"
QString roleTitle(ProfileRole role);           // translated, for tables
ProfileRole roleFromName(const QString &name); // also "kubeflow-edit" etc.

// One resource of a profile's quota: "cpu", "memory", "requests.nvidia.com/gpu", ...
struct QuotaEntry
{
    QString resource;
    QString hard; // the limit, as a Kubernetes quantity
    QString used; // empty: not known
};

// A profile: a namespace with an owner, contributors and a resource quota.
struct ProfileInfo
{
    QString name; // also the namespace's
    QString owner;
    ProfileRole role = ProfileRole::None; // the current user's
    // The quota set on the profile, with what is in use where the user may read it.
    QList<QuotaEntry> quota;
    int contributors = -1; // -1: not known (the user may not read the profile's bindings)
    QDateTime created;
    // Why the profile is not ready (the controller's condition), empty when it is.
    QString problem;
};

struct Contributor
{
    QString user;
    ProfileRole role = ProfileRole::None;
};

// A profile to create. quota: resource name → quantity (empty: no quota). plugins: the
// Profile's spec.plugins as JSON (advanced; may be empty).
struct ProfileRequest
{
    QString name;
    QString owner;
    QMap<QString, QString> quota;
    QJsonArray plugins = {};
};

// Profiles and who may use them (Kubeflow's Profile resources and its access management).
// Only cluster backends have it; pages check Capability::Profiles.
class ProfileService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProfileService() override;

    // Who the user is on this backend (asked once and remembered until the scope changes).
    virtual QFuture<Result<Identity>> identity() = 0;
    // The profiles the user owns or contributes to, with the user's role: what the profile
    // switcher offers.
    virtual QFuture<Result<QList<ProfileInfo>>> accessible() = 0;
    // Every profile for a cluster administrator, the user's own otherwise; with quota use and
    // contributor counts.
    virtual QFuture<Result<QList<ProfileInfo>>> list() = 0;
    virtual QFuture<Result<Done>> create(const ProfileRequest &request) = 0;
    // Replaces the quota of a profile (empty: no quota).
    virtual QFuture<Result<Done>> setQuota(const QString &profile,
                                           const QMap<QString, QString> &quota) = 0;
    virtual QFuture<Result<Done>> remove(const QString &profile) = 0;

    // The owner and contributors of a profile.
    virtual QFuture<Result<QList<Contributor>>> contributors(const QString &profile) = 0;
    virtual QFuture<Result<Done>> addContributor(const QString &profile, const QString &user,
                                                 ProfileRole role) = 0;
    virtual QFuture<Result<Done>> removeContributor(const QString &profile,
                                                    const Contributor &contributor) = 0;

signals:
    // A profile or its contributors changed through this service.
    void changed(const QString &profile);
};

} // namespace kfw::backend
