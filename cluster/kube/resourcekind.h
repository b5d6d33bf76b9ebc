#pragma once

#include <QList>
#include <QString>

namespace kfw::kube {

// One Kubernetes resource type, described once: where it lives in the API and how it is listed.
// Lists, details, YAML views and watches are generic over it.
struct ResourceKind
{
    QString group; // empty for the core group
    QString version;
    QString kind;
    QString plural;
    bool namespaced = true;
    // Lists ask for metadata only (Secret values never travel to a list view).
    bool metadataOnlyLists = false;
    // Served by an add-on (metrics-server): get and list only.
    bool readOnly = false;

    QString apiVersion() const;
    // "group/plural", "/pods" for the core group; unique among kinds.
    QString id() const;
    // "pods", "notebooks.kubeflow.org": the name kubectl and error messages use.
    QString qualifiedName() const;
    // /api/v1/namespaces/NS/pods, or /api/v1/pods across namespaces when ns is empty.
    QString collectionPath(const QString &ns) const;
    QString objectPath(const QString &ns, const QString &name) const;
    // /api/v1 or /apis/GROUP/VERSION
    QString groupVersionPath() const;
};

// The kinds the workbench uses.
namespace kinds {
const ResourceKind &namespaces();
const ResourceKind &pods();
const ResourceKind &events();
const ResourceKind &nodes();
const ResourceKind &persistentVolumeClaims();
const ResourceKind &resourceQuotas();
const ResourceKind &configMaps();
const ResourceKind &secrets();
const ResourceKind &serviceAccounts();
const ResourceKind &roleBindings();
const ResourceKind &services();
const ResourceKind &deployments();
const ResourceKind &nodeMetrics();
const ResourceKind &podMetrics();
const ResourceKind &notebooks();
const ResourceKind &profiles();
const ResourceKind &podDefaults();
const ResourceKind &katibExperiments();
const ResourceKind &katibTrials();
const ResourceKind &katibSuggestions();
const ResourceKind &inferenceServices();
const ResourceKind &pytorchJobs();
const ResourceKind &tfJobs();
const ResourceKind &trainJobs();

const QList<const ResourceKind *> &all();
// By id() or by plural/qualified name ("pods", "notebooks.kubeflow.org"); nullptr if unknown.
const ResourceKind *find(const QString &name);
} // namespace kinds

} // namespace kfw::kube
