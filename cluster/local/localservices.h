#pragma once

#include "cluster/backend/services.h"
#include "cluster/local/containerengine.h"
#include "cluster/local/runner.h"
#include "cluster/local/runstore.h"
#include "cluster/local/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QTimer>

#include <memory>
#include <type_traits>

namespace kfw::local {

// Why a pipeline cannot run as it is (not a pipeline, or errors the validator finds); empty when
// it can.
QString whyNotRunnable(const pipelinespec::PipelineDocument &doc);

// Why a name is not one Kubernetes takes for a secret, config map or volume claim (DNS-1123
// subdomain); empty when it is.
QString checkObjectName(const QString &name);

// The local backend's work: the run history, the running pipelines and the recurring-run clock.
// It lives on the backend's own thread; services reach it through call(), which runs a function
// there and hands back its result as a QFuture, so that no caller ever waits on the disk or on a
// child process.
class LocalEngine : public QObject
{
    Q_OBJECT
public:
    // secrets: where secret values are kept; null: the OS keychain.
    LocalEngine(QString dataDir, QString pythonRuntimeDir,
                std::unique_ptr<SecretStore> secrets = {});
    ~LocalEngine() override;

    template<typename F>
    auto call(F f) -> QFuture<std::invoke_result_t<F, LocalEngine &>>
    {
        using R = std::invoke_result_t<F, LocalEngine &>;
        auto promise = std::make_shared<QPromise<R>>();
        promise->start();
        QFuture<R> future = promise->future();
        QMetaObject::invokeMethod(
            this,
            [this, promise, f = std::move(f)]() mutable {
                promise->addResult(f(*this));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    // Opens the history on first use; the error says why it cannot be opened.
    bool ensureOpen(QString *error);
    RunStore &store() { return m_store; }
    SecretStore *secrets() { return m_secrets.get(); }
    QString dataDir() const { return m_dataDir; }

    // Runs (on the engine's thread).
    backend::Result<backend::RunInfo> createRun(const backend::RunRequest &request,
                                                const QString &recurringRunId = {});
    backend::Result<backend::Done> terminate(const QString &runId);
    backend::Result<backend::Done> retry(const QString &runId);
    backend::Result<backend::Done> removeRun(const QString &runId);
    backend::Result<QByteArray> taskLog(const QString &runId, const QString &taskPath);
    bool isActive(const QString &runId) const { return m_active.contains(runId); }

    // Starts the recurring-run clock (once a second).
    void startClock();
    // One tick of the clock at `now`: starts the runs that are due. Public for tests.
    void fireDueRuns(const QDateTime &now);

    static backend::RunInfo info(const StoredRun &run);

signals:
    void runChanged(const QString &runId, const QString &state);
    void taskChanged(const QString &runId, const QString &taskPath, const QString &state);
    void runLogAppended(const QString &runId, const QString &taskPath, const QByteArray &chunk);
    void recurringRunsChanged();
    void standInsChanged();

private:
    // Gathers the run's stand-ins (asynchronously: the keychain answers later), then starts it.
    void launch(const StoredRun &run, const pipelinespec::PipelineDocument &doc, bool cacheEnabled,
                std::optional<ContainerEngine> engine);

    QString m_dataDir;
    QString m_pythonRuntimeDir;
    RunStore m_store;
    bool m_opened = false;
    QString m_openError;
    std::unique_ptr<SecretStore> m_secrets;
    // Running pipelines; null while a run gathers its stand-ins.
    QHash<QString, LocalRunner *> m_active;
    QSet<QString> m_stopBeforeStart;
    QTimer *m_clock = nullptr;
};

class LocalPipelineService final : public backend::PipelineService
{
    Q_OBJECT
public:
    LocalPipelineService(LocalEngine *engine, QObject *parent);

    QFuture<backend::Result<backend::Page<backend::PipelineInfo>>>
    list(const backend::PipelineQuery &query) override;
    QFuture<backend::Result<backend::PipelineInfo>> get(const QString &pipelineId) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    upload(const backend::PipelineUpload &upload) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    uploadVersion(const QString &pipelineId, const backend::PipelineUpload &upload) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &pipelineId) override;
    QFuture<backend::Result<backend::Page<backend::PipelineVersionInfo>>>
    versions(const QString &pipelineId, const backend::PageRequest &page) override;
    QFuture<backend::Result<backend::PipelineVersionInfo>>
    version(const QString &versionId) override;
    QFuture<backend::Result<QByteArray>> spec(const QString &versionId) override;
    QFuture<backend::Result<backend::Done>> removeVersion(const QString &versionId) override;

private:
    LocalEngine *m_engine;
};

class LocalExperimentService final : public backend::ExperimentService
{
    Q_OBJECT
public:
    LocalExperimentService(LocalEngine *engine, QObject *parent);

    QFuture<backend::Result<backend::Page<backend::ExperimentInfo>>>
    list(const backend::ExperimentQuery &query) override;
    QFuture<backend::Result<backend::ExperimentInfo>> create(const QString &name,
                                                             const QString &description) override;
    QFuture<backend::Result<backend::Done>> archive(const QString &experimentId) override;
    QFuture<backend::Result<backend::Done>> unarchive(const QString &experimentId) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &experimentId) override;

private:
    LocalEngine *m_engine;
};

class LocalRunService final : public backend::RunService
{
    Q_OBJECT
public:
    LocalRunService(LocalEngine *engine, QObject *parent);

    QFuture<backend::Result<backend::RunInfo>> create(const backend::RunRequest &request) override;
    QFuture<backend::Result<backend::Page<backend::RunInfo>>>
    list(const backend::RunQuery &query) override;
    QFuture<backend::Result<backend::RunDetail>> get(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> terminate(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> retry(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> archive(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> unarchive(const QString &runId) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &runId) override;
    QFuture<backend::Result<QByteArray>> taskLog(const QString &runId,
                                                 const QString &taskPath) override;
    QFuture<backend::Result<QString>> downloadArtifact(const backend::ArtifactInfo &artifact,
                                                       const QString &destinationDir) override;
    // Every column of the runs table, metrics and parameters too (the history is SQL).
    bool canSortBy(const QString &field) const override;
    bool signalsEveryChange() const override { return true; }
    QFuture<backend::Result<backend::Done>>
    setLabels(const QString &runId, const QMap<QString, QString> &labels) override;

private:
    LocalEngine *m_engine;
};

class LocalRecurringRunService final : public backend::RecurringRunService
{
    Q_OBJECT
public:
    LocalRecurringRunService(LocalEngine *engine, QObject *parent);

    QFuture<backend::Result<backend::RecurringRunInfo>>
    create(const backend::RecurringRunInfo &recurringRun) override;
    QFuture<backend::Result<backend::Page<backend::RecurringRunInfo>>>
    list(const backend::PageRequest &page) override;
    QFuture<backend::Result<backend::Done>> setEnabled(const QString &recurringRunId,
                                                       bool enabled) override;
    QFuture<backend::Result<backend::Done>> remove(const QString &recurringRunId) override;

private:
    LocalEngine *m_engine;
};

class LocalWorkstationService final : public backend::WorkstationService
{
    Q_OBJECT
public:
    LocalWorkstationService(LocalEngine *engine, QObject *parent);

    QFuture<backend::Result<backend::StandIns>> standIns() override;
    QFuture<backend::Result<backend::Done>>
    setSecret(const QString &name, const QMap<QString, QString> &values) override;
    QFuture<backend::Result<backend::Done>> removeSecret(const QString &name) override;
    QFuture<backend::Result<backend::Done>>
    setConfigMap(const QString &name, const QMap<QString, QString> &values) override;
    QFuture<backend::Result<backend::Done>> removeConfigMap(const QString &name) override;
    QFuture<backend::Result<backend::Done>> setVolume(const QString &name,
                                                      const QString &folder) override;
    QFuture<backend::Result<backend::Done>> removeVolume(const QString &name) override;
    QFuture<backend::Result<backend::MissingStandIns>>
    missingFor(const QByteArray &pipelineSpec) override;
    QFuture<backend::Result<QStringList>> containerEngines() override;

private:
    LocalEngine *m_engine;
};

} // namespace kfw::local
