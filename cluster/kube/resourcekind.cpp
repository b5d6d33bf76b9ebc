#include "cluster/kube/resourcekind.h"

namespace kfw::kube {

QString ResourceKind::apiVersion() const
{
    return group.isEmpty() ? version : QStringLiteral("%1/%2").arg(group, version);
}

QString ResourceKind::id() const
{
    return QStringLiteral("%1/%2").arg(group, plural);
}

QString ResourceKind::qualifiedName() const
{
    return group.isEmpty() ? plural : QStringLiteral("%1.%2").arg(plural, group);
}

QString ResourceKind::groupVersionPath() const
{
    return group.isEmpty() ? QStringLiteral("/api/%1").arg(version)
                           : QStringLiteral("/apis/%1/%2").arg(group, version);
}

QString ResourceKind::collectionPath(const QString &ns) const
{
    if (namespaced && !ns.isEmpty())
        return QStringLiteral("%1/namespaces/%2/%3").arg(groupVersionPath(), ns, plural);
    return QStringLiteral("%1/%2").arg(groupVersionPath(), plural);
}

QString ResourceKind::objectPath(const QString &ns, const QString &name) const
{
    return QStringLiteral("%1/%2").arg(collectionPath(ns), name);
}

namespace kinds {

namespace {
ResourceKind make(const char *group, const char *version, const char *kind, const char *plural,
                  bool namespaced)
{
    ResourceKind k;
    k.group = QString::fromLatin1(group);
    k.version = QString::fromLatin1(version);
    k.kind = QString::fromLatin1(kind);
    k.plural = QString::fromLatin1(plural);
    k.namespaced = namespaced;
    return k;
}
ResourceKind readOnly(ResourceKind k)
{
    k.readOnly = true;
    return k;
}
ResourceKind metadataOnly(ResourceKind k)
{
    k.metadataOnlyLists = true;
    return k;
}
} // namespace

#define KFW_KIND(function, ...)                                                                    \
    const ResourceKind &function()                                                                 \
    {                                                                                              \
        static const ResourceKind k = __VA_ARGS__;                                                 \
        return k;                                                                                  \
    }

KFW_KIND(namespaces, make("", "v1", "Namespace", "namespaces", false))
KFW_KIND(pods, make("", "v1", "Pod", "pods", true))
KFW_KIND(events, make("", "v1", "Event", "events", true))
KFW_KIND(nodes, make("", "v1", "Node", "nodes", false))
KFW_KIND(persistentVolumeClaims,
         make("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true))
KFW_KIND(resourceQuotas, make("", "v1", "ResourceQuota", "resourcequotas", true))
KFW_KIND(configMaps, make("", "v1", "ConfigMap", "configmaps", true))
KFW_KIND(secrets, metadataOnly(make("", "v1", "Secret", "secrets", true)))
KFW_KIND(serviceAccounts, make("", "v1", "ServiceAccount", "serviceaccounts", true))
KFW_KIND(roleBindings, make("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true))
KFW_KIND(services, make("", "v1", "Service", "services", true))
KFW_KIND(deployments, make("apps", "v1", "Deployment", "deployments", true))
KFW_KIND(nodeMetrics, readOnly(make("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", false)))
KFW_KIND(podMetrics, readOnly(make("metrics.k8s.io", "v1beta1", "PodMetrics", "pods", true)))
KFW_KIND(notebooks, make("kubeflow.org", "v1", "Notebook", "notebooks", true))
KFW_KIND(profiles, make("kubeflow.org", "v1", "Profile", "profiles", false))
KFW_KIND(podDefaults, make("kubeflow.org", "v1alpha1", "PodDefault", "poddefaults", true))
KFW_KIND(katibExperiments, make("kubeflow.org", "v1beta1", "Experiment", "experiments", true))
KFW_KIND(katibTrials, make("kubeflow.org", "v1beta1", "Trial", "trials", true))
KFW_KIND(katibSuggestions, make("kubeflow.org", "v1beta1", "Suggestion", "suggestions", true))
KFW_KIND(inferenceServices,
         make("serving.kserve.io", "v1beta1", "InferenceService", "inferenceservices", true))
KFW_KIND(pytorchJobs, make("kubeflow.org", "v1", "PyTorchJob", "pytorchjobs", true))
KFW_KIND(tfJobs, make("kubeflow.org", "v1", "TFJob", "tfjobs", true))
KFW_KIND(trainJobs, make("trainer.kubeflow.org", "v1alpha1", "TrainJob", "trainjobs", true))

#undef KFW_KIND

const QList<const ResourceKind *> &all()
{
    static const QList<const ResourceKind *> list = {&namespaces(),
                                                     &pods(),
                                                     &events(),
                                                     &nodes(),
                                                     &persistentVolumeClaims(),
                                                     &resourceQuotas(),
                                                     &configMaps(),
                                                     &secrets(),
                                                     &serviceAccounts(),
                                                     &roleBindings(),
                                                     &services(),
                                                     &deployments(),
                                                     &nodeMetrics(),
                                                     &podMetrics(),
                                                     &notebooks(),
                                                     &profiles(),
                                                     &podDefaults(),
                                                     &katibExperiments(),
                                                     &katibTrials(),
                                                     &katibSuggestions(),
                                                     &inferenceServices(),
                                                     &pytorchJobs(),
                                                     &tfJobs(),
                                                     &trainJobs()};
    return list;
}

const ResourceKind *find(const QString &name)
{
    for (const ResourceKind *k : all()) {
        if (k->id() == name || k->qualifiedName() == name)
            return k;
    }
    // A bare plural is ambiguous for the metrics kinds; prefer the non-metrics one.
    for (const ResourceKind *k : all()) {
        if (k->plural == name && !k->readOnly)
            return k;
    }
    return nullptr;
}

} // namespace kinds
} // namespace kfw::kube
