#include "simkinds.h"

namespace kfw::sim {

namespace {
SimKind make(const char *group, const char *version, const char *kind, const char *plural,
             bool namespaced, QStringList shortNames = {}, QStringList subresources = {})
{
    SimKind k;
    k.group = QString::fromLatin1(group);
    k.version = QString::fromLatin1(version);
    k.kind = QString::fromLatin1(kind);
    k.plural = QString::fromLatin1(plural);
    k.singular = k.kind.toLower();
    k.namespaced = namespaced;
    k.shortNames = std::move(shortNames);
    k.subresources = std::move(subresources);
    return k;
}
} // namespace

const QList<SimKind> &simKinds()
{
    using L = QStringList;
    static const QList<SimKind> kinds = [] {
        QList<SimKind> k;
        k << make("", "v1", "Namespace", "namespaces", false, L{u"ns"_qs}, L{u"status"_qs})
          << make("", "v1", "Pod", "pods", true, L{u"po"_qs},
                  L{u"status"_qs, u"log"_qs, u"portforward"_qs})
          << make("", "v1", "Event", "events", true, L{u"ev"_qs})
          << make("", "v1", "Node", "nodes", false, L{u"no"_qs}, L{u"status"_qs})
          << make("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, L{u"pvc"_qs},
                  L{u"status"_qs})
          << make("", "v1", "ResourceQuota", "resourcequotas", true, L{u"quota"_qs},
                  L{u"status"_qs})
          << make("", "v1", "ConfigMap", "configmaps", true, L{u"cm"_qs})
          << make("", "v1", "Secret", "secrets", true)
          << make("", "v1", "ServiceAccount", "serviceaccounts", true, L{u"sa"_qs})
          << make("", "v1", "Service", "services", true, L{u"svc"_qs}, L{u"status"_qs})
          << make("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true)
          << make("apps", "v1", "Deployment", "deployments", true, L{u"deploy"_qs}, L{u"status"_qs})
          << make("apps", "v1", "StatefulSet", "statefulsets", true, L{u"sts"_qs}, L{u"status"_qs})
          << make("kubeflow.org", "v1", "Notebook", "notebooks", true, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1", "Profile", "profiles", false, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1alpha1", "PodDefault", "poddefaults", true)
          << make("kubeflow.org", "v1beta1", "Experiment", "experiments", true, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1beta1", "Trial", "trials", true, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1beta1", "Suggestion", "suggestions", true, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1", "PyTorchJob", "pytorchjobs", true, {}, L{u"status"_qs})
          << make("kubeflow.org", "v1", "TFJob", "tfjobs", true, {}, L{u"status"_qs})
          << make("trainer.kubeflow.org", "v1alpha1", "TrainJob", "trainjobs", true, {},
                  L{u"status"_qs})
          << make("serving.kserve.io", "v1beta1", "InferenceService", "inferenceservices", true,
                  L{u"isvc"_qs}, L{u"status"_qs});
        SimKind nodeMetrics = make("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", false);
        nodeMetrics.readOnly = true;
        SimKind podMetrics = make("metrics.k8s.io", "v1beta1", "PodMetrics", "pods", true);
        podMetrics.readOnly = true;
        k << nodeMetrics << podMetrics;
        return k;
    }();
    return kinds;
}

const SimKind *findSimKind(const QString &group, const QString &version, const QString &plural)
{
    for (const SimKind &k : simKinds()) {
        if (k.group == group && k.version == version && k.plural == plural)
            return &k;
    }
    return nullptr;
}

const SimKind &simKind(const char *group, const char *version, const char *plural)
{
    const SimKind *k = findSimKind(QString::fromLatin1(group), QString::fromLatin1(version),
                                   QString::fromLatin1(plural));
    Q_ASSERT(k);
    return *k;
}

} // namespace kfw::sim
