#pragma once

#include "cluster/local/secretstore.h"

#include "cluster/backend/backend.h"
#include "cluster/local/secretstore.h"

#include <QThread>

#include <memory>

namespace kfw::local {

class LocalEngine;
class LocalPipelineService;
class LocalExperimentService;
class LocalRunService;
class LocalRecurringRunService;
class LocalWorkstationService;
class LocalJupyterService;

// The workbench's Python runtime folder (installed, or in the source tree for a build); empty
// when neither is there.
QString pythonRuntimeDir();

// The workstation backend: runs pipelines as local processes and keeps its history in the
// user's data folder. Always available; the app opens on it. Its work happens on a thread of
// its own (started by start() or the first service call); services answer with QFutures.
class LocalBackend final : public backend::Backend
{
    Q_OBJECT
public:
    // dataDir: the folder for the local store and artifacts; empty means the standard
    // per-user application data folder.
    // secrets: where secret values are kept; null: the OS keychain (tests pass a memory store).
    explicit LocalBackend(const QString &dataDir = {}, QObject *parent = nullptr, std::unique_ptr<SecretStore> secrets = {});
    ~LocalBackend() override;

    QString id() const override { return QStringLiteral("local"); }
    QString displayName() const override;
    backend::BackendKind kind() const override { return backend::BackendKind::Local; }
    QString location() const override { return m_dataDir; }
    backend::Capabilities capabilities() const override { return m_capabilities; }

    backend::PipelineService *pipelines() override;
    backend::ExperimentService *experiments() override;
    backend::RunService *runs() override;
    backend::RecurringRunService *recurringRuns() override;
    backend::WorkstationService *workstation() override;
    backend::LocalNotebookService *localNotebooks() override;

    // Starts the backend's thread, opens the history and starts the recurring-run clock.
    void start();

    // The folder the backend stores its data in (created on first use).
    QString dataDir() const { return m_dataDir; }

private:
    LocalEngine *engine();

    QString m_dataDir;
    backend::Capabilities m_capabilities;
    QThread m_thread;
    LocalEngine *m_engine = nullptr;
    LocalPipelineService *m_pipelines = nullptr;
    LocalExperimentService *m_experiments = nullptr;
    LocalRunService *m_runs = nullptr;
    LocalRecurringRunService *m_recurringRuns = nullptr;
    LocalWorkstationService *m_workstation = nullptr;
    LocalJupyterService *m_jupyter = nullptr;
    std::unique_ptr<SecretStore> m_secrets; // handed to the engine when it starts
};

} // namespace kfw::local
