#pragma once

#include <QFlags>
#include <QObject>
#include <QString>

namespace kfw::backend {

class PipelineService;
class ExperimentService;
class RunService;
class RecurringRunService;
class WorkstationService;
class ProfileService;
class NotebookService;
class LocalNotebookService;

// What a backend can do. Pages ask for a capability and hide what a backend cannot do, rather
// than offering an action that fails.
enum class Capability : quint32
{
    None = 0,
    Pipelines = 1u << 0,
    Runs = 1u << 1,
    Experiments = 1u << 2,
    RecurringRuns = 1u << 3,
    Artifacts = 1u << 4,
    Notebooks = 1u << 5,
    Profiles = 1u << 6,
    HyperparameterTuning = 1u << 7,
    ModelServing = 1u << 8,
    ClusterMonitoring = 1u << 9,
    // Recurring runs fire only while the workbench is open (the local backend); pages say so.
    RecurringRunsWhileOpen = 1u << 10,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// Where a backend runs its work.
enum class BackendKind
{
    Local,
    Cluster,
};

// One place the workbench can run pipelines: the local workstation or a Kubeflow cluster.
// Pages talk to backends through this interface and its services, never to HTTP directly.
class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Backend() override;

    // Stable identifier, e.g. "local" or "kube:<kubeconfig context>".
    virtual QString id() const = 0;
    // Name shown to the user, e.g. "Local workstation".
    virtual QString displayName() const = 0;
    virtual BackendKind kind() const = 0;
    // Where the backend keeps or reaches its data: a folder for the local backend, a server
    // URL for a cluster.
    virtual QString location() const = 0;
    virtual Capabilities capabilities() const = 0;

    bool can(Capability c) const { return capabilities().testFlag(c); }

    // The backend's services; null when it has no such service (see capabilities()). They
    // belong to the backend and may be used from the thread the backend lives in.
    virtual PipelineService *pipelines() { return nullptr; }
    virtual ExperimentService *experiments() { return nullptr; }
    virtual RunService *runs() { return nullptr; }
    virtual RecurringRunService *recurringRuns() { return nullptr; }
    virtual WorkstationService *workstation() { return nullptr; }
    virtual ProfileService *profiles() { return nullptr; }
    virtual NotebookService *notebooks() { return nullptr; }
    virtual LocalNotebookService *localNotebooks() { return nullptr; }

signals:
    void capabilitiesChanged();
    // What the services list changed as a whole (a cluster's namespace was switched): listings
    // shown are out of date.
    void scopeChanged();
};

} // namespace kfw::backend
