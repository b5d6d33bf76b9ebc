#pragma once

#include "cluster/backend/services.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kfw::backend {

// A notebook server's state as Kubeflow's Jupyter web app shows it.
enum class NotebookPhase
{
    Ready,
    Waiting,
    Warning,
    Error,
    Uninitialized,
    Unavailable,
    Terminating,
    Stopped,
};
QString phaseName(NotebookPhase phase);  // "ready", "waiting", ... (the web app's names)
QString phaseTitle(NotebookPhase phase); // translated, for tables

struct NotebookStatus
{
    NotebookPhase phase = NotebookPhase::Uninitialized;
    QString message; // why, in the web app's words ("Running", "ImagePullBackOff", ...)
};

// The kinds of server the web app launches, by its server-type annotation.
enum class ServerType
{
    Jupyter,  // "jupyter": JupyterLab and other NB_PREFIX-aware images
    GroupOne, // "group-one": VS Code (code-server)
    GroupTwo, // "group-two": RStudio
};
QString serverTypeName(ServerType type);  // the annotation's value
QString serverTypeTitle(ServerType type); // "JupyterLab", "VS Code", "RStudio"
ServerType serverTypeFromName(const QString &name);

// One notebook server (a Kubeflow Notebook resource) as the list shows it.
struct NotebookInfo
{
    QString name;
    QString ns;
    ServerType serverType = ServerType::Jupyter;
    QString image;
    QString cpu;         // request of the main container
    QString cpuLimit;    // empty: none
    QString memory;      // request
    QString memoryLimit; // empty: none
    int gpus = 0;
    QString gpuVendor;          // the limits key ("nvidia.com/gpu"), empty without GPUs
    QStringList volumes;        // the PVCs it mounts
    QStringList configurations; // PodDefault labels on its pod template
    QDateTime created;
    QDateTime lastActivity; // invalid: not reported (no culling)
    bool stopped = false;
    NotebookStatus status;
    QJsonObject object; // the Notebook as stored
};

// A PodDefault of the namespace, offered as a "configuration".
struct PodDefaultInfo
{
    QString name;
    QString label; // the selector label a pod carries (set to "true") to receive it
    QString description;
};

// A volume for a notebook: a new PVC (from a template, "{notebook-name}" standing for the
// notebook's name) or an existing one, mounted at mount.
struct NotebookVolume
{
    QString mount;
    bool create = true;
    QString claim;        // the PVC's name (for a new one, possibly a template)
    QString size;         // new: the storage request
    QString accessMode;   // new: ReadWriteOnce, ReadWriteMany or ReadOnlyMany
    QString storageClass; // new: empty for the cluster's default
};

// A named choice of the spawner configuration: an affinity config or a toleration group,
// with what it puts into the pod spec.
struct SpawnerOption
{
    QString key;
    QString displayName;
    QJsonValue value; // the affinity object, or the array of tolerations
};

template<typename T>
struct SpawnerSetting
{
    T value{};
    bool readOnly = false; // set by the administrator; users may not change it
};

// What the spawner form offers and starts from: the Jupyter web app's spawnerFormDefaults.
struct SpawnerConfig
{
    // Where it came from, for the form ("ConfigMap kubeflow/jupyter-web-app-config-…" or the
    // built-in defaults and why).
    QString source;
    bool allowCustomImage = true;
    bool hideRegistry = false;
    bool hideTag = false;
    SpawnerSetting<QString> pullPolicy;
    // Images per server type, with the default first.
    SpawnerSetting<QStringList> images;
    SpawnerSetting<QStringList> imagesGroupOne;
    SpawnerSetting<QStringList> imagesGroupTwo;
    SpawnerSetting<QString> cpu;
    QString cpuLimitFactor; // "none" or empty: no limit
    SpawnerSetting<QString> memory;
    QString memoryLimitFactor;
    SpawnerSetting<QString> gpuVendor;               // limits key, empty: none chosen
    QList<QPair<QString, QString>> gpuVendors;       // limits key, name shown
    SpawnerSetting<QString> gpuCount;                // "none" or a number
    SpawnerSetting<QList<NotebookVolume>> workspace; // empty: no workspace volume
    SpawnerSetting<QList<NotebookVolume>> dataVolumes;
    SpawnerSetting<QString> affinity; // the default option's key
    QList<SpawnerOption> affinityOptions;
    SpawnerSetting<QString> tolerationGroup;
    QList<SpawnerOption> tolerationOptions;
    SpawnerSetting<bool> sharedMemory;
    SpawnerSetting<QStringList> configurations; // PodDefault names chosen by default
};

// The choices of the spawner form.
struct NotebookRequest
{
    QString name;
    ServerType serverType = ServerType::Jupyter;
    QString image;
    bool customImage = false;
    QString pullPolicy;
    QString cpu;
    QString cpuLimit; // empty: computed from the configuration's limit factor
    QString memory;
    QString memoryLimit;
    int gpus = 0;
    QString gpuVendor;
    QList<NotebookVolume> workspace; // at most one
    QList<NotebookVolume> dataVolumes;
    QStringList configurations; // PodDefault labels
    QString affinity;           // option key, empty: none
    QString tolerationGroup;
    bool sharedMemory = true;
    // Who creates it (the web app records it); empty: the service asks who the user is.
    QString creator;
};

// A limit from a request and a limit factor as the Jupyter web app's form computes it ("0.5" ×
// "1.2" → "0.6"; "1Gi" × "1.2" → "1.2Gi"); empty when the factor is "none" or the request is not
// a number.
QString scaledLimit(const QString &request, const QString &factor);

// The choices the spawner form starts with for a configuration: its defaults, with limits from
// the limit factors.
NotebookRequest defaultRequest(const SpawnerConfig &config);

// What creating a notebook makes: the new PVCs, then the Notebook, exactly as sent.
struct NotebookPlan
{
    QList<QJsonObject> volumes;
    QJsonObject notebook;
    // What is wrong with the request (empty: it may be created), one message per problem.
    QStringList problems;
};

// A persistent volume claim of the namespace.
struct VolumeInfo
{
    QString name;
    QString size;
    QStringList accessModes;
    QString storageClass;
    QString phase;      // Bound, Pending, Lost
    QStringList usedBy; // notebooks mounting it
    QDateTime created;
};

struct EventInfo
{
    QString type; // Normal, Warning
    QString reason;
    QString message;
    QString object; // "Pod/name-0"
    int count = 1;
    QDateTime last;
};

// How to open a notebook server's web UI: the URL, and what a browser must send to be let in.
struct NotebookConnection
{
    QUrl url;
    QString via; // how it is reached, for the user ("Kubeflow gateway", "port-forward to nb-0")
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (a bearer token)
    QByteArray cookieName;                        // a session cookie for url's host, if any
    QByteArray cookieValue;
};

// Notebook servers of the current namespace (Kubeflow's Notebook resources and what its Jupyter
// web app does with them). Pages check Capability::Notebooks.
class NotebookService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NotebookService() override;

    virtual QString currentNamespace() const = 0;
    // The notebooks of the namespace, with their status.
    virtual QFuture<Result<QList<NotebookInfo>>> list() = 0;
    // The spawner form's configuration: the cluster's, or the built-in defaults when it cannot
    // be read (source says which and why).
    virtual QFuture<Result<SpawnerConfig>> spawnerConfig() = 0;
    virtual QFuture<Result<QList<PodDefaultInfo>>> podDefaults() = 0;
    // What create(request) would send, with what is wrong with it. Runs at once.
    virtual NotebookPlan plan(const NotebookRequest &request,
                              const SpawnerConfig &config) const = 0;
    virtual QFuture<Result<Done>> create(const NotebookRequest &request,
                                         const SpawnerConfig &config) = 0;
    // Stops (scales to no pod, keeping the volumes) or starts a notebook.
    virtual QFuture<Result<Done>> setStopped(const QString &name, bool stopped) = 0;
    // Changes the resources of a stopped notebook (empty limits: none).
    virtual QFuture<Result<Done>> setResources(const QString &name, const QString &cpu,
                                               const QString &cpuLimit, const QString &memory,
                                               const QString &memoryLimit, int gpus,
                                               const QString &gpuVendor) = 0;
    virtual QFuture<Result<Done>> remove(const QString &name) = 0;
    virtual QFuture<Result<QList<EventInfo>>> events(const QString &name) = 0;
    // The log of the notebook's main container (the last lines).
    virtual QFuture<Result<QString>> log(const QString &name) = 0;
    virtual QFuture<Result<NotebookConnection>> connection(const QString &name) = 0;

    virtual QFuture<Result<QList<VolumeInfo>>> volumes() = 0;
    // What is wrong with a new volume (name, size, access mode); empty when it may be created.
    virtual QStringList volumeProblems(const NotebookVolume &volume) const = 0;
    virtual QFuture<Result<Done>> createVolume(const NotebookVolume &volume) = 0;
    virtual QFuture<Result<Done>> removeVolume(const QString &name) = 0;

signals:
    // The namespace's notebooks (or volumes) changed, here or elsewhere: pages list again.
    void changed();
    // An open connection to a notebook broke (a port-forward's tunnel was refused).
    void connectionFailed(const QString &name, const QString &message);
};

// A Jupyter server the workbench runs on this machine, in a folder of the user's.
struct LocalNotebook
{
    QString folder;
    QUrl url;        // with its token
    QString program; // "jupyter-lab" or "jupyter-notebook"
    qint64 pid = 0;
};

// Jupyter on the workstation (the local backend): starts `jupyter lab` (or the classic
// `jupyter notebook`) in a folder on a free loopback port with a token of its own, and stops it.
// Nothing is faked: when Jupyter is not installed, start() says how to install it.
class LocalNotebookService : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LocalNotebookService() override;

    // The servers running now, in the order they were started.
    virtual QList<LocalNotebook> servers() const = 0;
    // Starts a server in folder (a second start in the same folder brings the running one).
    // Finishes when the server answers, or with why it did not start.
    virtual QFuture<Result<LocalNotebook>> start(const QString &folder) = 0;
    virtual void stop(const QString &folder) = 0;

signals:
    void serversChanged();
};

} // namespace kfw::backend
