#include "cluster/local/localbackend.h"

#include "cluster/local/localjupyter.h"

#include "cluster/local/localservices.h"
#include "cluster/local/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kfw::local {

QString pythonRuntimeDir()
{
    const QStringList candidates{QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/kubeflow-workbench/runtime"),
                                 QStringLiteral(KFW_SOURCE_DIR "/resources/runtime")};
    for (const QString &c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/kfp/dsl/executor_main.py")))
            return QDir::cleanPath(c);
    return {};
}

LocalBackend::LocalBackend(const QString &dataDir, QObject *parent, std::unique_ptr<SecretStore> secrets)
    : backend::Backend(parent)
    , m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                    : QDir(dataDir).absolutePath())
    , m_capabilities(backend::Capability::Pipelines | backend::Capability::Runs |
                     backend::Capability::Experiments | backend::Capability::RecurringRuns |
                     backend::Capability::Artifacts | backend::Capability::RecurringRunsWhileOpen)
{
    m_thread.setObjectName(QStringLiteral("local-backend"));
    m_secrets = std::move(secrets);
}

LocalBackend::~LocalBackend()
{
    if (m_engine) {
        // The engine ends its runs on its own thread, then the thread stops.
        QObject::connect(m_engine, &QObject::destroyed, &m_thread, &QThread::quit,
                         Qt::DirectConnection);
        m_engine->deleteLater();
        m_thread.wait();
    }
}

QString LocalBackend::displayName() const
{
    return QCoreApplication::translate("kfw::local::LocalBackend", "Local workstation");
}

LocalEngine *LocalBackend::engine()
{
    if (!m_engine) {
        m_engine = new LocalEngine(m_dataDir, pythonRuntimeDir(), std::move(m_secrets));
        m_engine->moveToThread(&m_thread);
        m_thread.start();
        m_pipelines = new LocalPipelineService(m_engine, this);
        m_experiments = new LocalExperimentService(m_engine, this);
        m_runs = new LocalRunService(m_engine, this);
        m_recurringRuns = new LocalRecurringRunService(m_engine, this);
        m_workstation = new LocalWorkstationService(m_engine, this);
    }
    return m_engine;
}

void LocalBackend::start()
{
    engine()->call([](LocalEngine &e) {
        QString error;
        if (e.ensureOpen(&error))
            e.startClock();
        return error;
    });
}

backend::PipelineService *LocalBackend::pipelines()
{
    engine();
    return m_pipelines;
}

backend::ExperimentService *LocalBackend::experiments()
{
    engine();
    return m_experiments;
}

backend::RunService *LocalBackend::runs()
{
    engine();
    return m_runs;
}

backend::WorkstationService *LocalBackend::workstation()
{
    engine();
    return m_workstation;
}

backend::LocalNotebookService *LocalBackend::localNotebooks()
{
    // Jupyter servers are child processes of the GUI thread's, not of the backend's thread.
    if (!m_jupyter)
        m_jupyter = new LocalJupyterService(this);
    return m_jupyter;
}

backend::RecurringRunService *LocalBackend::recurringRuns()
{
    engine();
    return m_recurringRuns;
}

} // namespace kfw::local
