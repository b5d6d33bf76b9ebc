#include "simprofiles.h"

#include "simstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <utility>

namespace kfw::sim {

namespace {

const QString kProfilesId = u"kubeflow.org/profiles"_qs;
const QString kQuotaName = u"kf-resource-quota"_qs;
const QString kFinalizer = u"profile-finalizer"_qs;
const QString kRbacGroup = u"rbac.authorization.k8s.io"_qs;

const SimKind &profilesKind()
{
    return simKind("kubeflow.org", "v1", "profiles");
}
const SimKind &namespacesKind()
{
    return simKind("", "v1", "namespaces");
}
const SimKind &serviceAccountsKind()
{
    return simKind("", "v1", "serviceaccounts");
}
const SimKind &roleBindingsKind()
{
    return simKind("rbac.authorization.k8s.io", "v1", "rolebindings");
}
const SimKind &quotasKind()
{
    return simKind("", "v1", "resourcequotas");
}

QJsonObject meta(const QJsonObject &object)
{
    return object.value(u"metadata").toObject();
}

QString nameOf(const QJsonObject &object)
{
    return meta(object).value(u"name").toString();
}

// The Profile that controls an object (its controller ownerReference), or empty.
QString controllingProfile(const QJsonObject &object)
{
    for (const QJsonValue &ref : meta(object).value(u"ownerReferences").toArray()) {
        const QJsonObject r = ref.toObject();
        if (r.value(u"kind").toString() == u"Profile" && r.value(u"controller").toBool())
            return r.value(u"name").toString();
    }
    return {};
}

bool ownedBy(const QJsonObject &object, const QString &uid)
{
    for (const QJsonValue &ref : meta(object).value(u"ownerReferences").toArray()) {
        if (ref.toObject().value(u"uid").toString() == uid)
            return true;
    }
    return false;
}

// The API server defaults a User or Group subject's apiGroup.
QJsonObject defaultedSubject(QJsonObject subject)
{
    const QString kind = subject.value(u"kind").toString();
    if ((kind == u"User" || kind == u"Group") && subject.value(u"apiGroup").toString().isEmpty())
        subject.insert(u"apiGroup"_qs, kRbacGroup);
    return subject;
}

QJsonObject clusterRoleRef(const QString &name)
{
    return QJsonObject{
        {u"apiGroup"_qs, kRbacGroup}, {u"kind"_qs, u"ClusterRole"_qs}, {u"name"_qs, name}};
}

} // namespace

SimProfiles::SimProfiles(SimStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SimStore::changed, this, &SimProfiles::onChanged);
}

const QList<QPair<QString, QString>> &SimProfiles::namespaceLabels()
{
    // kubeflow/manifests applications/profiles/upstream/base/namespace-labels.yaml; the
    // controller itself adds istio-injection.
    static const QList<QPair<QString, QString>> labels = {
        {u"istio-injection"_qs, u"enabled"_qs},
        {u"katib.kubeflow.org/metrics-collector-injection"_qs, u"enabled"_qs},
        {u"serving.kubeflow.org/inferenceservice"_qs, u"enabled"_qs},
        {u"pipelines.kubeflow.org/enabled"_qs, u"true"_qs},
        {u"app.kubernetes.io/part-of"_qs, u"kubeflow-profile"_qs}};
    return labels;
}

void SimProfiles::onChanged(const SimEvent &event)
{
    // Changes are only queued here: acting inside the store's signal would put this
    // controller's writes ahead of the event that caused them in the server's watch streams.
    if (event.kindId == kProfilesId) {
        if (event.type == u"DELETED")
            m_gone << qMakePair(nameOf(event.object), meta(event.object).value(u"uid").toString());
        else
            m_profiles << nameOf(event.object);
    } else if (event.kindId == u"/namespaces" || event.kindId == u"/serviceaccounts" ||
               event.kindId == u"rbac.authorization.k8s.io/rolebindings") {
        // The controller watches what it owns, and puts back what someone removed or changed.
        const QString owner = controllingProfile(event.object);
        if (owner.isEmpty())
            return;
        m_profiles << owner;
    } else if (event.kindId == u"/resourcequotas" && event.type != u"DELETED") {
        m_quotas << qMakePair(meta(event.object).value(u"namespace").toString(),
                              nameOf(event.object));
    } else {
        return;
    }
    schedule();
}

void SimProfiles::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        settle();
    });
}

void SimProfiles::settle()
{
    // Reconciles queue more work by their own writes; it ends when the writes change nothing.
    for (int round = 0; round < 100; ++round) {
        if (m_gone.isEmpty() && m_profiles.isEmpty() && m_quotas.isEmpty())
            return;
        const auto gone = std::exchange(m_gone, {});
        for (const auto &[name, uid] : gone)
            collect(name, uid);
        QStringList profiles = std::exchange(m_profiles, {});
        profiles.removeDuplicates();
        for (const QString &name : std::as_const(profiles))
            reconcile(name);
        auto quotas = std::exchange(m_quotas, {});
        for (const auto &[ns, name] : std::as_const(quotas))
            updateQuotaStatus(ns, name);
    }
    qWarning("kfw-cluster-sim: the profile controller does not settle");
}

void SimProfiles::reconcile(const QString &name)
{
    const SimResult found = m_store->get(profilesKind(), {}, name);
    if (!found.ok())
        return; // deleted: collect() removes what it owned
    QJsonObject profile = found.body;
    const QJsonObject spec = profile.value(u"spec").toObject();
    const QJsonObject owner = spec.value(u"owner").toObject();
    const QString ownerName = owner.value(u"name").toString();
    const QJsonArray ownerReferences{
        QJsonObject{{u"apiVersion"_qs, profilesKind().apiVersion()},
                    {u"kind"_qs, u"Profile"_qs},
                    {u"name"_qs, name},
                    {u"uid"_qs, meta(profile).value(u"uid").toString()},
                    {u"controller"_qs, true},
                    {u"blockOwnerDeletion"_qs, true}}};

    // The namespace: made with the owner annotation, or taken over only when that annotation
    // names the same owner. Existing labels are never replaced.
    const SimResult ns = m_store->get(namespacesKind(), {}, name);
    if (!ns.ok()) {
        QJsonObject labels;
        for (const auto &[key, value] : namespaceLabels())
            labels.insert(key, value);
        m_store->create(
            namespacesKind(), {},
            QJsonObject{{u"metadata"_qs,
                         QJsonObject{{u"name"_qs, name},
                                     {u"labels"_qs, labels},
                                     {u"annotations"_qs, QJsonObject{{u"owner"_qs, ownerName}}},
                                     {u"ownerReferences"_qs, ownerReferences}}}});
    } else {
        const QJsonObject annotations = meta(ns.body).value(u"annotations").toObject();
        if (!annotations.contains(u"owner") ||
            annotations.value(u"owner").toString() != ownerName) {
            // The controller's own words. Upstream appends the condition on every reconcile;
            // one is enough to read.
            const QJsonObject condition{
                {u"type"_qs, u"Failed"_qs},
                {u"message"_qs,
                 QStringLiteral("namespace already exist, but not owned by profile creator %1")
                     .arg(ownerName)}};
            QJsonObject status = profile.value(u"status").toObject();
            QJsonArray conditions = status.value(u"conditions").toArray();
            if (!conditions.contains(condition)) {
                conditions.append(condition);
                status.insert(u"conditions"_qs, conditions);
                m_store->update(profilesKind(), {}, name, QJsonObject{{u"status"_qs, status}},
                                true);
            }
            return;
        }
        QJsonObject namespaceMeta = meta(ns.body);
        QJsonObject labels = namespaceMeta.value(u"labels").toObject();
        const QJsonObject before = labels;
        for (const auto &[key, value] : namespaceLabels()) {
            if (!labels.contains(key))
                labels.insert(key, value);
        }
        if (labels != before) {
            namespaceMeta.insert(u"labels"_qs, labels);
            QJsonObject updated = ns.body;
            updated.insert(u"metadata"_qs, namespaceMeta);
            m_store->update(namespacesKind(), {}, name, updated);
        }
    }

    // (The real controller also writes the Istio AuthorizationPolicy ns-owner-access-istio,
    // which lets the owner's requests through the mesh; the simulator has no Istio kinds.)

    // Creates a RoleBinding, or sets the roleRef and subjects of the existing one (the
    // controller compares nothing else, so annotations stay as they were).
    const auto applyBinding = [&](const QJsonObject &binding) {
        const QString bindingName = nameOf(binding);
        const SimResult existing = m_store->get(roleBindingsKind(), name, bindingName);
        if (!existing.ok()) {
            m_store->create(roleBindingsKind(), name, binding);
            return;
        }
        if (existing.body.value(u"roleRef") == binding.value(u"roleRef") &&
            existing.body.value(u"subjects") == binding.value(u"subjects"))
            return;
        QJsonObject updated = existing.body;
        updated.insert(u"roleRef"_qs, binding.value(u"roleRef"));
        updated.insert(u"subjects"_qs, binding.value(u"subjects"));
        m_store->update(roleBindingsKind(), name, bindingName, updated);
    };

    // The ServiceAccounts pods run as, bound to Kubeflow's edit and view roles.
    for (const auto &[account, role] : {qMakePair(u"default-editor"_qs, u"kubeflow-edit"_qs),
                                        qMakePair(u"default-viewer"_qs, u"kubeflow-view"_qs)}) {
        if (!m_store->get(serviceAccountsKind(), name, account).ok())
            m_store->create(serviceAccountsKind(), name,
                            QJsonObject{{u"metadata"_qs,
                                         QJsonObject{{u"name"_qs, account},
                                                     {u"ownerReferences"_qs, ownerReferences}}}});
        applyBinding(
            QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, account},
                                                     {u"ownerReferences"_qs, ownerReferences}}},
                        {u"roleRef"_qs, clusterRoleRef(role)},
                        {u"subjects"_qs, QJsonArray{QJsonObject{{u"kind"_qs, u"ServiceAccount"_qs},
                                                                {u"name"_qs, account},
                                                                {u"namespace"_qs, name}}}}});
    }

    // The owner's binding, annotated the way KFAM reads bindings.
    applyBinding(QJsonObject{
        {u"metadata"_qs, QJsonObject{{u"name"_qs, u"namespaceAdmin"_qs},
                                     {u"annotations"_qs, QJsonObject{{u"user"_qs, ownerName},
                                                                     {u"role"_qs, u"admin"_qs}}},
                                     {u"ownerReferences"_qs, ownerReferences}}},
        {u"roleRef"_qs, clusterRoleRef(u"kubeflow-admin"_qs)},
        {u"subjects"_qs, QJsonArray{defaultedSubject(owner)}}});

    // The quota follows spec.resourceQuotaSpec while it has hard limits.
    const QJsonObject quotaSpec = spec.value(u"resourceQuotaSpec").toObject();
    const SimResult quota = m_store->get(quotasKind(), name, kQuotaName);
    if (!quotaSpec.value(u"hard").toObject().isEmpty()) {
        if (!quota.ok()) {
            m_store->create(
                quotasKind(), name,
                QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, kQuotaName},
                                                         {u"ownerReferences"_qs, ownerReferences}}},
                            {u"spec"_qs, quotaSpec}});
        } else if (quota.body.value(u"spec").toObject() != quotaSpec) {
            QJsonObject updated = quota.body;
            updated.insert(u"spec"_qs, quotaSpec);
            m_store->update(quotasKind(), name, kQuotaName, updated);
        }
    } else if (quota.ok()) {
        m_store->remove(quotasKind(), name, kQuotaName);
    }

    // (Plugins — GCP workload identity, AWS IAM for service accounts — act on cloud IAM, which
    // the simulator has none of.)

    QJsonObject profileMeta = meta(profile);
    QJsonArray finalizers = profileMeta.value(u"finalizers").toArray();
    if (!finalizers.contains(kFinalizer)) {
        finalizers.append(kFinalizer);
        profileMeta.insert(u"finalizers"_qs, finalizers);
        profile.insert(u"metadata"_qs, profileMeta);
        m_store->update(profilesKind(), {}, name, profile);
    }
}

void SimProfiles::collect(const QString &name, const QString &uid)
{
    // The store deletes at once, so the finalizer has nothing to hold: what the Profile owned
    // goes as the garbage collector would take it, the namespace with everything in it.
    const SimResult ns = m_store->get(namespacesKind(), {}, name);
    if (ns.ok() && ownedBy(ns.body, uid)) {
        m_store->remove(namespacesKind(), {}, name);
        return;
    }
    for (const SimKind *kind : {&serviceAccountsKind(), &roleBindingsKind(), &quotasKind()}) {
        for (const QJsonObject &object : m_store->objects(*kind, name)) {
            if (ownedBy(object, uid))
                m_store->remove(*kind, name, nameOf(object));
        }
    }
}

void SimProfiles::updateQuotaStatus(const QString &ns, const QString &name)
{
    const SimResult quota = m_store->get(quotasKind(), ns, name);
    if (!quota.ok())
        return;
    // The quota controller's part: hard as the spec says, and what is used so far (the
    // simulator counts nothing, so a new limit starts at zero).
    const QJsonObject hard = quota.body.value(u"spec").toObject().value(u"hard").toObject();
    const QJsonObject status = quota.body.value(u"status").toObject();
    const QJsonObject used = status.value(u"used").toObject();
    QJsonObject nowUsed;
    for (auto it = hard.begin(); it != hard.end(); ++it)
        nowUsed.insert(it.key(),
                       used.contains(it.key()) ? used.value(it.key()) : QJsonValue(u"0"_qs));
    const QJsonObject wanted{{u"hard"_qs, hard}, {u"used"_qs, nowUsed}};
    if (status != wanted)
        m_store->update(quotasKind(), ns, name, QJsonObject{{u"status"_qs, wanted}}, true);
}

} // namespace kfw::sim
