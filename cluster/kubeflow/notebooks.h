#pragma once

// Kubeflow's notebook servers as its Jupyter web app sees them: the status of a Notebook
// resource, the spawner form's configuration, and the objects the web app creates for the
// choices of its form. Plain functions over JSON, so that tests drive them directly.

#include "cluster/backend/notebookservice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kfw::kubeflow::notebooks {

// The annotation that stops a notebook (its value: when, RFC 3339).
inline constexpr QStringView stopAnnotation = u"kubeflow-resource-stopped";
inline constexpr QStringView serverTypeAnnotation = u"notebooks.kubeflow.org/server-type";
inline constexpr QStringView lastActivityAnnotation = u"notebooks.kubeflow.org/last-activity";
// The ConfigMap the Jupyter web app reads its spawner configuration from is found by this
// label in the kubeflow namespace, under this key.
inline constexpr QStringView configLabelSelector = u"app=jupyter-web-app";
inline constexpr QStringView configKey = u"spawner_ui_config.yaml";

// The status the Jupyter web app shows for a notebook, derived in its order: a new notebook
// without status, the stop annotation, deletion, ready replicas, the container's waiting state,
// conditions with a reason, the newest Warning event. events: the Events whose involved object
// is the notebook, in any order. now: for the age of a new notebook.
backend::NotebookStatus status(const QJsonObject &notebook, const QList<QJsonObject> &events,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());

// A notebook for the list (status from events, as status() does).
backend::NotebookInfo info(const QJsonObject &notebook, const QList<QJsonObject> &events);

// Whether a name can be a notebook's: a DNS label short enough for its StatefulSet's pod
// (whose controller-revision-hash label adds to it). Empty when it can; else why not.
QString nameProblem(const QString &name);

// Reads a spawner configuration (the web app's spawner_ui_config.yaml). Fields it lacks keep
// the built-in defaults. Returns false with *error on text that is not such a configuration.
bool parseSpawnerConfig(const QByteArray &yaml, backend::SpawnerConfig *config, QString *error);
// The web app's own defaults (what it uses without a ConfigMap).
backend::SpawnerConfig defaultSpawnerConfig();

// The PVCs and the Notebook the web app creates in namespace ns for request, and what is wrong
// with the request.
backend::NotebookPlan plan(const backend::NotebookRequest &request,
                           const backend::SpawnerConfig &config, const QString &ns);

// The merge patch that stops (with the time, RFC 3339) or starts a notebook.
QByteArray stopPatch(bool stopped, const QDateTime &now);

// The JSON patch that sets the main container's resources of a notebook (for a stopped one).
QByteArray resourcesPatch(const QJsonObject &notebook, const QString &cpu, const QString &cpuLimit,
                          const QString &memory, const QString &memoryLimit, int gpus,
                          const QString &gpuVendor);

// The PVC for a new volume of notebook (its name replaces "{notebook-name}" in the claim).
QJsonObject volumeObject(const backend::NotebookVolume &volume, const QString &notebook);

// What is wrong with a new volume: its name, size and access mode.
QStringList volumeProblems(const backend::NotebookVolume &volume);

// notebooks: the namespace's, for who uses the volume.
backend::VolumeInfo volumeInfo(const QJsonObject &pvc,
                               const QList<backend::NotebookInfo> &notebooks);
backend::EventInfo eventInfo(const QJsonObject &event);

} // namespace kfw::kubeflow::notebooks
