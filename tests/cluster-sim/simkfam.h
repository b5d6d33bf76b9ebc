#pragma once

#include "simstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace kfw::sim {

// Kubeflow Access Management (KFAM, the profiles-kfam service) over the simulated store, as the
// upstream Go service answers: bindings are RoleBindings annotated with user and role (listed
// from every Profile's namespace, or one), contributors are added and removed only by the
// namespace's owner or a cluster administrator, and profiles are created by anyone and deleted
// by their owner or an administrator. The caller is who the userid header names; refusals are
// bare statuses and failures plain text, whatever the swagger declares.
class SimKfam
{
public:
    // An answer as KFAM writes it: every handler says JSON, even over plain text or nothing.
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=UTF-8";
    };

    // A path (split at '/') through the API server's service proxy to profiles-kfam in kubeflow;
    // rest is the path KFAM sees (kfam/v1/...).
    struct Route
    {
        bool matched = false;
        QString service; // as the URL names it, e.g. "profiles-kfam:8081"
        QStringList rest;
    };
    static Route route(const QStringList &segments);

    // What KFAM asks of the rest of the cluster.
    struct Cluster
    {
        // Whether a user is a cluster administrator (KFAM's -cluster-admin list upstream).
        std::function<bool(const QString &user)> isClusterAdmin;
        // Creates a Profile through the API server, admission included.
        std::function<SimResult(const QJsonObject &profile)> createProfile;
    };

    SimKfam(SimStore *store, Cluster cluster);

    // Answers a request to path (kfam/v1/...) from the user its userid header names (empty when
    // the request has none).
    Reply handle(const QByteArray &method, const QStringList &path, const QUrlQuery &query,
                 const QByteArray &body, const QString &userId) const;

    // The name KFAM gives the RoleBinding of a Binding: kind, name, role kind and role name
    // joined by '-', lower case, every run of other characters than letters and digits one '-'
    // ("user-ana-example-com-clusterrole-edit").
    static QString bindingName(const QJsonObject &binding);
    // The RoleBinding KFAM creates for a Binding (user, RoleRef with role admin, edit or view),
    // as the API server keeps it (apiGroups defaulted).
    static QJsonObject roleBindingFor(const QJsonObject &binding);

private:
    Reply readBindings(const QUrlQuery &query) const;
    Reply writeBinding(bool create, const QByteArray &body, const QString &userId) const;
    Reply createProfile(const QByteArray &body) const;
    Reply deleteProfile(const QString &name, const QString &userId) const;
    bool isOwnerOrAdmin(const QString &user, const QString &profile) const;

    SimStore *m_store;
    Cluster m_cluster;
};

} // namespace kfw::sim
