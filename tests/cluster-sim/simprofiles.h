#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kfw::sim {

class SimStore;
struct SimEvent;

// Kubeflow's profile controller over the simulated store. For each Profile it makes the
// namespace of the same name (owner annotation, Kubeflow's namespace labels), the owner's
// namespaceAdmin RoleBinding, the default-editor and default-viewer ServiceAccounts with their
// RoleBindings, the kf-resource-quota ResourceQuota while spec.resourceQuotaSpec.hard is set, and
// the profile-finalizer; it refuses a namespace that exists with another owner by a Failed
// condition. What a Profile owned goes when it is deleted (the garbage collector's part), and
// every ResourceQuota's status follows its spec (the quota controller's part). Work runs from
// the event loop after a change, as a controller's queue does; settle() runs it at once.
class SimProfiles : public QObject
{
    Q_OBJECT

public:
    explicit SimProfiles(SimStore *store, QObject *parent = nullptr);

    // Runs the queued work now (the seed needs the namespaces before it fills them).
    void settle();

    // Labels the controller gives a profile's namespace when they are not set yet (Kubeflow's
    // namespace-labels.yaml, and istio-injection).
    static const QList<QPair<QString, QString>> &namespaceLabels();

private:
    void onChanged(const SimEvent &event);
    void schedule();
    void reconcile(const QString &name);
    // Deletes what the Profile of that uid owned.
    void collect(const QString &name, const QString &uid);
    void updateQuotaStatus(const QString &ns, const QString &name);

    SimStore *m_store;
    QStringList m_profiles;                  // to reconcile
    QList<QPair<QString, QString>> m_gone;   // deleted profiles: name, uid
    QList<QPair<QString, QString>> m_quotas; // namespace, name
    bool m_scheduled = false;
};

} // namespace kfw::sim
