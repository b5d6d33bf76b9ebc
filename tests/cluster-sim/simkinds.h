#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kfw::sim {

// A resource type the simulated API server serves, as its discovery documents describe it.
struct SimKind
{
    QString group; // empty for the core group
    QString version;
    QString kind;
    QString plural;
    QString singular;
    bool namespaced = true;
    QStringList shortNames;
    QStringList subresources; // "status", "log"
    bool readOnly = false;    // metrics: get and list only

    QString groupVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    QString apiVersion() const { return groupVersion(); }
    // A stable id: "group/plural" ("/pods" for the core group).
    QString id() const { return group + u'/' + plural; }
};

// Every kind the simulator serves: the Kubernetes kinds the workbench uses and the Kubeflow
// custom resources.
const QList<SimKind> &simKinds();
const SimKind *findSimKind(const QString &group, const QString &version, const QString &plural);
// A kind the simulator serves, by its group, version and plural (one simKinds() lists).
const SimKind &simKind(const char *group, const char *version, const char *plural);

} // namespace kfw::sim
