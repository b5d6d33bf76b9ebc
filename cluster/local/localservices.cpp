#include "cluster/local/localservices.h"

#include "cluster/backend/schedule.h"
#include "cluster/local/standins.h"
#include "cluster/pipelinespec/validator.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace kfw::local {

using namespace kfw::backend;
using pipelinespec::PipelineDocument;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::local::LocalEngine", text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One page of a listing. The local backend's page tokens are offsets; fetch(offset, &total)
// returns the items from there and the total count.
template<typename T, typename Fetch>
Result<Page<T>> paged(const QString &token, Fetch fetch)
{
    int offset = 0;
    if (!token.isEmpty()) {
        bool ok = false;
        offset = token.toInt(&ok);
        if (!ok || offset < 0)
            return Result<Page<T>>::failure(tr("the page token '%1' does not come from this "
                                               "backend; list again from the first page")
                                                .arg(token));
    }
    Page<T> page;
    page.items = fetch(offset, &page.totalSize);
    const int next = offset + int(page.items.size());
    if (next < page.totalSize)
        page.nextPageToken = QString::number(next);
    return {page, {}};
}

// Calls f(engine) with the history open, or reports why it cannot be opened.
template<typename T, typename F>
QFuture<Result<T>> withStore(LocalEngine *engine, F f)
{
    return engine->call([f = std::move(f)](LocalEngine &e) -> Result<T> {
        QString error;
        if (!e.ensureOpen(&error))
            return Result<T>::failure(error);
        return f(e);
    });
}

Result<Done> done(bool ok, const QString &error)
{
    return ok ? Result<Done>{} : Result<Done>::failure(error);
}

TaskInfo taskInfo(const StoredTask &t)
{
    return {t.path,   t.name,    t.state,   t.attempts, t.cached,   t.message, t.inputs,
            t.outputs, t.updated, t.started, t.finished, t.exitCode, {}};
}

// Copies a file or a folder tree; returns false with the path that failed.
bool copyTree(const QString &from, const QString &to, QString *failed)
{
    const QFileInfo info(from);
    if (info.isFile()) {
        if (!QFile::copy(from, to)) {
            *failed = to;
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(to)) {
        *failed = to;
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        if (!copyTree(it.filePath(), to + QLatin1Char('/') + it.fileName(), failed))
            return false;
    }
    return true;
}

} // namespace

QString whyNotRunnable(const PipelineDocument &doc)
{
    if (doc.kind() != pipelinespec::DocumentKind::PipelineSpec)
        return tr("%1 is a component, not a pipeline; add it to a pipeline to run it")
            .arg(doc.name());
    const QList<pipelinespec::Finding> findings = pipelinespec::Validator::validate(doc);
    if (!pipelinespec::Validator::hasErrors(findings))
        return {};
    QStringList lines;
    for (const pipelinespec::Finding &f : findings)
        if (f.severity == pipelinespec::Finding::Severity::Error)
            lines << f.toString();
    return tr("the pipeline has errors:\n%1").arg(lines.join(QLatin1Char('\n')));
}

LocalEngine::LocalEngine(QString dataDir, QString pythonRuntimeDir,
                         std::unique_ptr<SecretStore> secrets)
    : m_dataDir(std::move(dataDir))
    , m_pythonRuntimeDir(std::move(pythonRuntimeDir))
    , m_secrets(secrets ? std::move(secrets) : std::make_unique<KeychainSecretStore>())
{}

LocalEngine::~LocalEngine()
{
    // Runs still going when the workbench closes end now, and say why.
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it.value()) {
            it.value()->disconnect(this);
            it.value()->cancel();
        }
        m_store.setRunState(it.key(), state::Interrupted,
                            tr("the workbench was closed while this run was running"), nullptr);
    }
    qDeleteAll(m_active);
}

bool LocalEngine::ensureOpen(QString *error)
{
    if (!m_opened) {
        m_opened = true;
        if (!QDir().mkpath(m_dataDir))
            m_openError =
                tr("cannot create the data folder %1; check its permissions").arg(m_dataDir);
        else
            m_store.open(m_dataDir + QStringLiteral("/history.sqlite"), &m_openError);
    }
    if (!m_openError.isEmpty())
        *error = m_openError;
    return m_openError.isEmpty();
}

RunInfo LocalEngine::info(const StoredRun &r)
{
    RunInfo i;
    i.id = r.id;
    i.name = r.name;
    i.pipelineName = r.pipelineName;
    i.pipelineVersionId = r.pipelineVersionId;
    i.experimentId = r.experiment;
    i.recurringRunId = r.recurringRunId;
    i.state = r.state;
    i.message = r.message;
    i.parameters = r.parameters;
    i.created = r.created;
    i.finished = r.finished;
    i.archived = r.archived;
    i.pipelineVersionName = r.pipelineVersionName;
    i.labels = r.labels;
    return i;
}

Result<RunInfo> LocalEngine::createRun(const RunRequest &request, const QString &recurringRunId)
{
    QByteArray spec = request.pipelineSpec;
    if (!request.pipelineVersionId.isEmpty()) {
        spec = m_store.pipelineVersionSpec(request.pipelineVersionId);
        if (spec.isEmpty())
            return Result<RunInfo>::failure(
                tr("pipeline version %1 does not exist any more").arg(request.pipelineVersionId));
    }
    if (spec.isEmpty())
        return Result<RunInfo>::failure(tr("choose a pipeline or a pipeline version to run"));
    pipelinespec::ReadError readError;
    const auto doc = PipelineDocument::fromBytes(spec, request.name, &readError);
    if (!doc)
        return Result<RunInfo>::failure(readError.toString());
    if (const QString why = whyNotRunnable(*doc); !why.isEmpty())
        return Result<RunInfo>::failure(why);
    const QString experiment =
        request.experimentId.isEmpty() ? QStringLiteral("Default") : request.experimentId;
    if (const auto e = m_store.experiment(experiment); e && e->archived)
        return Result<RunInfo>::failure(
            tr("experiment %1 is archived; restore it before adding runs to it").arg(experiment));

    StoredRun run;
    run.id = newId();
    run.name = request.name.trimmed().isEmpty()
                   ? doc->name() + QLatin1Char('-') +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                   : request.name.trimmed();
    run.pipelineName = doc->name();
    run.pipelineVersionId = request.pipelineVersionId;
    run.recurringRunId = recurringRunId;
    run.experiment = experiment;
    run.parameters = request.parameters;
    run.labels = request.labels;
    run.spec = doc->toYaml();
    run.runDir = m_dataDir + QStringLiteral("/runs/") + run.id;
    run.state = state::Pending;
    run.created = QDateTime::currentDateTimeUtc();
    run.options = QJsonObject{{QStringLiteral("engine"), request.containerEngine},
                              {QStringLiteral("cache"), request.cacheEnabled}};
    std::optional<ContainerEngine> engine;
    if (!request.containerEngine.isEmpty()) {
        engine = findContainerEngine(request.containerEngine);
        if (!engine)
            return Result<RunInfo>::failure(tr("%1 is not installed on this workstation; install "
                                               "it, or run container tasks as processes")
                                                .arg(request.containerEngine));
    }
    QString error;
    if (!m_store.addRun(run, &error))
        return Result<RunInfo>::failure(tr("cannot record the run: %1").arg(error));
    launch(run, *doc, request.cacheEnabled, engine);
    return {info(*m_store.run(run.id)), {}};
}

void LocalEngine::launch(const StoredRun &run, const PipelineDocument &doc, bool cacheEnabled,
                         std::optional<ContainerEngine> engine)
{
    RunOptions options;
    options.runId = run.id;
    options.runName = run.name;
    options.runDir = run.runDir;
    options.pythonRuntimeDir = m_pythonRuntimeDir;
    options.cache = &m_store;
    options.cacheEnabled = cacheEnabled;
    options.engine = engine;
    QMap<QString, pipelinespec::YamlValue> params;
    for (auto it = run.parameters.begin(); it != run.parameters.end(); ++it)
        params.insert(it.key(), pipelinespec::YamlValue::fromJson(it.value()));

    const QString runId = run.id;
    m_active.insert(runId, nullptr);
    emit runChanged(runId, state::Pending);
    QPointer<LocalEngine> self(this);
    resolveStandIns(
        doc, m_store, m_secrets.get(), options,
        [self, doc, params, runId](const RunOptions &ready) {
            if (!self)
                return;
            LocalEngine *e = self;
            if (e->m_stopBeforeStart.remove(runId)) {
                e->m_active.remove(runId);
                e->m_store.setRunState(runId, state::Canceled, tr("stopped before it started"),
                                       nullptr);
                emit e->runChanged(runId, state::Canceled);
                return;
            }
            auto *runner = new LocalRunner(doc, params, ready, e);
            // The recorder commits each change before the signals below announce it.
            new RunRecorder(runner, &e->m_store, runId, runner);
            connect(runner, &LocalRunner::taskChanged, e,
                    [e, runId](const QString &path, TaskState s) {
                        emit e->taskChanged(runId, path, taskStateName(s));
                    });
            connect(runner, &LocalRunner::taskOutput, e,
                    [e, runId](const QString &path, const QByteArray &chunk) {
                        emit e->runLogAppended(runId, path, chunk);
                    });
            connect(runner, &LocalRunner::runFinished, e, [e, runId, runner](TaskState s) {
                e->m_active.remove(runId);
                runner->deleteLater();
                emit e->runChanged(runId, taskStateName(s));
            });
            e->m_active.insert(runId, runner);
            emit e->runChanged(runId, state::Running);
            runner->start();
        },
        this);
}

Result<Done> LocalEngine::terminate(const QString &runId)
{
    if (m_active.contains(runId) && !m_active.value(runId)) {
        m_stopBeforeStart.insert(runId); // still gathering its stand-ins
        return {};
    }
    LocalRunner *runner = m_active.value(runId);
    if (!runner) {
        const auto run = m_store.run(runId);
        if (!run)
            return Result<Done>::failure(tr("run %1 does not exist").arg(runId));
        return Result<Done>::failure(
            tr("run %1 is not running (it is %2)").arg(run->name, run->state));
    }
    runner->cancel();
    return {};
}

Result<Done> LocalEngine::retry(const QString &runId)
{
    const auto run = m_store.run(runId);
    if (!run)
        return Result<Done>::failure(tr("run %1 does not exist").arg(runId));
    if (m_active.contains(runId) || run->state == state::Succeeded ||
        run->state == state::Running || run->state == state::Pending)
        return Result<Done>::failure(
            tr("run %1 is %2; only failed, cancelled or interrupted runs are retried")
                .arg(run->name, run->state));
    pipelinespec::ReadError readError;
    const auto doc = PipelineDocument::fromBytes(run->spec, run->name, &readError);
    if (!doc)
        return Result<Done>::failure(tr("the pipeline kept with run %1 cannot be read: %2")
                                         .arg(run->name, readError.toString()));
    // As it was run: with the same container engine, when it is still installed.
    const QString engineName = run->options.value(QStringLiteral("engine")).toString();
    std::optional<ContainerEngine> engine;
    if (!engineName.isEmpty() && !(engine = findContainerEngine(engineName)))
        return Result<Done>::failure(
            tr("run %1 ran its tasks with %2, which is not installed any more")
                .arg(run->name, engineName));
    QString error;
    if (!m_store.resetRun(runId, &error))
        return Result<Done>::failure(tr("cannot record the retry: %1").arg(error));
    // Same run, same folder: tasks that finished and enable caching come back from the cache
    // (also when the run itself did not reuse earlier runs' results).
    launch(*run, *doc, true, engine);
    return {};
}

Result<Done> LocalEngine::removeRun(const QString &runId)
{
    const auto run = m_store.run(runId);
    if (!run)
        return Result<Done>::failure(tr("run %1 does not exist").arg(runId));
    if (m_active.contains(runId))
        return Result<Done>::failure(
            tr("run %1 is running; stop it before deleting it").arg(run->name));
    // Runs that reused this run's outputs from the cache point at its files.
    if (const QStringList users = m_store.runsUsingFilesOf(runId); !users.isEmpty())
        return Result<Done>::failure(
            tr("runs %1 use artifacts of run %2 (reused from the cache); delete them first")
                .arg(users.join(QStringLiteral(", ")), run->name));
    QString error;
    if (!m_store.removeRun(runId, &error))
        return Result<Done>::failure(tr("cannot delete run %1: %2").arg(run->name, error));
    m_store.clearCache(runId);
    // The run's folder goes too, but only one this backend made.
    const QString runs =
        QDir(m_dataDir + QStringLiteral("/runs")).absolutePath() + QLatin1Char('/');
    const QString dir = QDir(run->runDir).absolutePath();
    if (dir.startsWith(runs) && dir.size() > runs.size())
        QDir(dir).removeRecursively();
    emit runChanged(runId, QString());
    return {};
}

Result<QByteArray> LocalEngine::taskLog(const QString &runId, const QString &taskPath)
{
    if (!m_store.run(runId))
        return Result<QByteArray>::failure(tr("run %1 does not exist").arg(runId));
    for (const StoredTask &t : m_store.tasks(runId)) {
        if (t.path != taskPath)
            continue;
        if (t.logFile.isEmpty())
            return {QByteArray(), {}};
        QFile f(t.logFile);
        if (!f.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(
                tr("cannot read the log %1: %2").arg(t.logFile, f.errorString()));
        // A huge log is shown from its end.
        constexpr qint64 kMax = 16 * 1024 * 1024;
        if (f.size() > kMax) {
            f.seek(f.size() - kMax);
            return {tr("[first %1 MiB of the log left out; the whole log is %2]\n")
                            .arg((f.size() - kMax) >> 20)
                            .arg(t.logFile)
                            .toUtf8() +
                        f.readAll(),
                    {}};
        }
        return {f.readAll(), {}};
    }
    return Result<QByteArray>::failure(tr("run %1 has no task %2").arg(runId, taskPath));
}

void LocalEngine::startClock()
{
    if (m_clock)
        return;
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this,
            [this] { fireDueRuns(QDateTime::currentDateTimeUtc()); });
    m_clock->start();
}

void LocalEngine::fireDueRuns(const QDateTime &now)
{
    QString error;
    if (!ensureOpen(&error))
        return;
    for (const RecurringRunInfo &r : m_store.recurringRuns()) {
        if (!r.enabled)
            continue;
        const QDateTime base = r.lastFire.isValid() ? r.lastFire : r.created.addSecs(-1);
        QDateTime due = nextFire(r, base);
        if (!due.isValid() || due > now)
            continue;
        RunQuery active;
        active.states = {state::Pending, state::Running};
        active.recurringRunId = r.id;
        if (m_store.countRuns(active) >= r.maxConcurrency)
            continue;
        // Without catch-up, only the latest of the fires missed runs.
        if (!r.catchup)
            for (int i = 0; i < 100000; ++i) {
                const QDateTime later = nextFire(r, due);
                if (!later.isValid() || later > now)
                    break;
                due = later;
            }
        m_store.setRecurringRunLastFire(r.id, due, nullptr);
        RunRequest request;
        request.name = r.name + QLatin1Char('-') +
                       due.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        request.pipelineVersionId = r.pipelineVersionId;
        request.parameters = r.parameters;
        request.experimentId = r.experimentId;
        const Result<RunInfo> started = createRun(request, r.id);
        if (!started.ok()) {
            // A schedule that cannot start its runs stops, and says why, rather than failing each
            // second.
            m_store.setRecurringRunEnabled(r.id, false, nullptr);
            qWarning("recurring run %s disabled: %s", qPrintable(r.name),
                     qPrintable(started.error));
        }
        emit recurringRunsChanged();
    }
}

// --- Services ---

LocalPipelineService::LocalPipelineService(LocalEngine *engine, QObject *parent)
    : PipelineService(parent)
    , m_engine(engine)
{}

QFuture<Result<Page<PipelineInfo>>> LocalPipelineService::list(const PipelineQuery &query)
{
    return withStore<Page<PipelineInfo>>(
        m_engine, [query](LocalEngine &e) -> Result<Page<PipelineInfo>> {
            return paged<PipelineInfo>(query.page.pageToken, [&](int offset, int *total) {
                return e.store().pipelines(query.nameContains, query.page, offset, total);
            });
        });
}

QFuture<Result<PipelineInfo>> LocalPipelineService::get(const QString &pipelineId)
{
    return withStore<PipelineInfo>(m_engine, [pipelineId](LocalEngine &e) -> Result<PipelineInfo> {
        const auto p = e.store().pipeline(pipelineId);
        return p ? Result<PipelineInfo>{*p, {}}
                 : Result<PipelineInfo>::failure(tr("pipeline %1 does not exist").arg(pipelineId));
    });
}

namespace {
// Reads and checks an upload; returns the document or says what is wrong with the file.
std::optional<PipelineDocument> checkedUpload(const PipelineUpload &upload, QString *error)
{
    const QString file = upload.fileName.isEmpty() ? tr("the uploaded file") : upload.fileName;
    if (upload.content.isEmpty()) {
        *error = tr("%1 is empty").arg(file);
        return std::nullopt;
    }
    pipelinespec::ReadError readError;
    auto doc = PipelineDocument::fromBytes(upload.content, file, &readError);
    if (!doc) {
        *error = readError.toString();
        return std::nullopt;
    }
    *error = whyNotRunnable(*doc);
    if (!error->isEmpty())
        return std::nullopt;
    return doc;
}

Result<PipelineVersionInfo> addVersion(LocalEngine &e, const PipelineInfo &pipeline,
                                       const PipelineUpload &upload, const PipelineDocument &doc,
                                       const QString &versionName)
{
    PipelineVersionInfo v;
    v.id = newId();
    v.pipelineId = pipeline.id;
    v.name = versionName;
    v.description = upload.description.isEmpty() ? doc.description() : upload.description;
    v.created = QDateTime::currentDateTimeUtc();
    QString error;
    if (!e.store().addPipelineVersion(v, upload.content, &error))
        return Result<PipelineVersionInfo>::failure(
            tr("cannot add version %1 of %2: %3").arg(versionName, pipeline.name, error));
    // Stored in one write: all of it at once.
    if (upload.progress)
        upload.progress(upload.content.size(), upload.content.size());
    return {v, {}};
}
} // namespace

QFuture<Result<PipelineVersionInfo>> LocalPipelineService::upload(const PipelineUpload &upload)
{
    auto future = withStore<PipelineVersionInfo>(
        m_engine, [upload](LocalEngine &e) -> Result<PipelineVersionInfo> {
            QString error;
            const auto doc = checkedUpload(upload, &error);
            if (!doc)
                return Result<PipelineVersionInfo>::failure(error);
            PipelineInfo p;
            p.id = newId();
            p.name = upload.name.trimmed().isEmpty() ? doc->name() : upload.name.trimmed();
            p.description = upload.description.isEmpty() ? doc->description() : upload.description;
            p.created = QDateTime::currentDateTimeUtc();
            if (e.store().pipelineByName(p.name))
                return Result<PipelineVersionInfo>::failure(
                    tr("a pipeline named %1 exists already; upload the file as a new version of "
                       "it, or give it another name")
                        .arg(p.name));
            if (!e.store().addPipeline(p, &error))
                return Result<PipelineVersionInfo>::failure(
                    tr("cannot add pipeline %1: %2").arg(p.name, error));
            return addVersion(e, p, upload, *doc, p.name);
        });
    return onSuccess(future, this, [this](const Result<PipelineVersionInfo> &) { emit pipelinesChanged(); });
}

QFuture<Result<PipelineVersionInfo>>
LocalPipelineService::uploadVersion(const QString &pipelineId, const PipelineUpload &upload)
{
    auto future = withStore<PipelineVersionInfo>(
        m_engine, [pipelineId, upload](LocalEngine &e) -> Result<PipelineVersionInfo> {
            const auto p = e.store().pipeline(pipelineId);
            if (!p)
                return Result<PipelineVersionInfo>::failure(
                    tr("pipeline %1 does not exist").arg(pipelineId));
            QString error;
            const auto doc = checkedUpload(upload, &error);
            if (!doc)
                return Result<PipelineVersionInfo>::failure(error);
            const QString name =
                upload.name.trimmed().isEmpty()
                    ? p->name + QLatin1Char('-') +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                    : upload.name.trimmed();
            int total = 0;
            for (const PipelineVersionInfo &v :
                 e.store().pipelineVersions(pipelineId, {100000, {}, {}, true}, 0, &total))
                if (v.name == name)
                    return Result<PipelineVersionInfo>::failure(
                        tr("%1 has a version named %2 already; choose another name")
                            .arg(p->name, name));
            return addVersion(e, *p, upload, *doc, name);
        });
    return onSuccess(future, this, [this](const Result<PipelineVersionInfo> &) { emit pipelinesChanged(); });
}

QFuture<Result<Done>> LocalPipelineService::remove(const QString &pipelineId)
{
    auto future = withStore<Done>(m_engine, [pipelineId](LocalEngine &e) -> Result<Done> {
        if (!e.store().pipeline(pipelineId))
            return Result<Done>::failure(tr("pipeline %1 does not exist").arg(pipelineId));
        QString error;
        return done(e.store().removePipeline(pipelineId, &error), error);
    });
    return onSuccess(future, this, [this](const Result<Done> &) { emit pipelinesChanged(); });
}

QFuture<Result<Page<PipelineVersionInfo>>>
LocalPipelineService::versions(const QString &pipelineId, const PageRequest &request)
{
    return withStore<Page<PipelineVersionInfo>>(
        m_engine, [pipelineId, request](LocalEngine &e) -> Result<Page<PipelineVersionInfo>> {
            if (!e.store().pipeline(pipelineId))
                return Result<Page<PipelineVersionInfo>>::failure(
                    tr("pipeline %1 does not exist").arg(pipelineId));
            return paged<PipelineVersionInfo>(request.pageToken, [&](int offset, int *total) {
                return e.store().pipelineVersions(pipelineId, request, offset, total);
            });
        });
}

QFuture<Result<PipelineVersionInfo>> LocalPipelineService::version(const QString &versionId)
{
    return withStore<PipelineVersionInfo>(
        m_engine, [versionId](LocalEngine &e) -> Result<PipelineVersionInfo> {
            const auto v = e.store().pipelineVersion(versionId);
            return v ? Result<PipelineVersionInfo>{*v, {}}
                     : Result<PipelineVersionInfo>::failure(
                           tr("pipeline version %1 does not exist").arg(versionId));
        });
}

QFuture<Result<QByteArray>> LocalPipelineService::spec(const QString &versionId)
{
    return withStore<QByteArray>(m_engine, [versionId](LocalEngine &e) -> Result<QByteArray> {
        const QByteArray spec = e.store().pipelineVersionSpec(versionId);
        return spec.isEmpty() ? Result<QByteArray>::failure(
                                    tr("pipeline version %1 does not exist").arg(versionId))
                              : Result<QByteArray>{spec, {}};
    });
}

QFuture<Result<Done>> LocalPipelineService::removeVersion(const QString &versionId)
{
    auto future = withStore<Done>(m_engine, [versionId](LocalEngine &e) -> Result<Done> {
        if (!e.store().pipelineVersion(versionId))
            return Result<Done>::failure(tr("pipeline version %1 does not exist").arg(versionId));
        QString error;
        return done(e.store().removePipelineVersion(versionId, &error), error);
    });
    return onSuccess(future, this, [this](const Result<Done> &) { emit pipelinesChanged(); });
}

LocalExperimentService::LocalExperimentService(LocalEngine *engine, QObject *parent)
    : ExperimentService(parent)
    , m_engine(engine)
{}

QFuture<Result<Page<ExperimentInfo>>> LocalExperimentService::list(const ExperimentQuery &query)
{
    return withStore<Page<ExperimentInfo>>(
        m_engine, [query](LocalEngine &e) -> Result<Page<ExperimentInfo>> {
            return paged<ExperimentInfo>(query.page.pageToken, [&](int offset, int *total) {
                return e.store().experiments(query, offset, total);
            });
        });
}

QFuture<Result<ExperimentInfo>> LocalExperimentService::create(const QString &name,
                                                               const QString &description)
{
    auto future = withStore<ExperimentInfo>(
        m_engine, [name = name.trimmed(), description](LocalEngine &e) -> Result<ExperimentInfo> {
            if (name.isEmpty())
                return Result<ExperimentInfo>::failure(tr("give the experiment a name"));
            if (name.size() > 128)
                return Result<ExperimentInfo>::failure(
                    tr("an experiment name has at most 128 characters"));
            if (e.store().experiment(name))
                return Result<ExperimentInfo>::failure(
                    tr("an experiment named %1 exists already").arg(name));
            ExperimentInfo x{name, name, description, QDateTime::currentDateTimeUtc(), false};
            QString error;
            if (!e.store().addExperiment(x, &error))
                return Result<ExperimentInfo>::failure(
                    tr("cannot add experiment %1: %2").arg(name, error));
            return {x, {}};
        });
    return onSuccess(future, this, [this](const Result<ExperimentInfo> &) { emit experimentsChanged(); });
}

namespace {
QFuture<Result<Done>> setArchived(LocalEngine *engine, ExperimentService *service,
                                  const QString &id, bool archived)
{
    auto future = withStore<Done>(engine, [id, archived](LocalEngine &e) -> Result<Done> {
        if (!e.store().experiment(id))
            return Result<Done>::failure(tr("experiment %1 does not exist").arg(id));
        QString error;
        return done(e.store().setExperimentArchived(id, archived, &error), error);
    });
    return onSuccess(future, service, [service](const Result<Done> &) { emit service->experimentsChanged(); });
}
} // namespace

QFuture<Result<Done>> LocalExperimentService::archive(const QString &experimentId)
{
    return setArchived(m_engine, this, experimentId, true);
}

QFuture<Result<Done>> LocalExperimentService::unarchive(const QString &experimentId)
{
    return setArchived(m_engine, this, experimentId, false);
}

QFuture<Result<Done>> LocalExperimentService::remove(const QString &experimentId)
{
    auto future = withStore<Done>(m_engine, [experimentId](LocalEngine &e) -> Result<Done> {
        if (experimentId == QLatin1String("Default"))
            return Result<Done>::failure(tr("the Default experiment is where runs go when no "
                                            "experiment is chosen; it cannot be deleted"));
        if (!e.store().experiment(experimentId))
            return Result<Done>::failure(tr("experiment %1 does not exist").arg(experimentId));
        RunQuery q;
        q.experiment = experimentId;
        RunQuery archived = q;
        archived.archived = true;
        const int runs = e.store().countRuns(q) + e.store().countRuns(archived);
        if (runs > 0)
            return Result<Done>::failure(tr("experiment %1 still has %2 runs; delete them first")
                                             .arg(experimentId)
                                             .arg(runs));
        QString error;
        return done(e.store().removeExperiment(experimentId, &error), error);
    });
    return onSuccess(future, this, [this](const Result<Done> &) { emit experimentsChanged(); });
}

LocalRunService::LocalRunService(LocalEngine *engine, QObject *parent)
    : RunService(parent)
    , m_engine(engine)
{
    connect(engine, &LocalEngine::runChanged, this, &RunService::runChanged);
    connect(engine, &LocalEngine::taskChanged, this, &RunService::taskChanged);
    connect(engine, &LocalEngine::runLogAppended, this, &RunService::runLogAppended);
}

QFuture<Result<RunInfo>> LocalRunService::create(const RunRequest &request)
{
    return withStore<RunInfo>(m_engine, [request](LocalEngine &e) { return e.createRun(request); });
}

QFuture<Result<Page<RunInfo>>> LocalRunService::list(const backend::RunQuery &query)
{
    return withStore<Page<RunInfo>>(m_engine, [query](LocalEngine &e) -> Result<Page<RunInfo>> {
        local::RunQuery q;
        q.limit = query.page.pageSize;
        q.sortBy = query.page.sortBy;
        q.descending = query.page.descending;
        q.states = query.states;
        q.nameContains = query.nameContains;
        q.experiment = query.experimentId;
        q.recurringRunId = query.recurringRunId;
        q.createdAfter = query.createdAfter;
        q.createdBefore = query.createdBefore;
        q.archived = query.archived;
        q.metricKey = query.metricKey;
        q.metricMin = query.metricMin;
        q.metricMax = query.metricMax;
        q.parameterName = query.parameterName;
        q.parameterValue = query.parameterValue;
        q.labels = query.labels;
        // The token carries the last run's place in the order and the count of the first page.
        Page<RunInfo> page;
        if (!query.page.pageToken.isEmpty()) {
            QByteArray bytes = QByteArray::fromBase64(query.page.pageToken.toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
            QDataStream in(&bytes, QIODevice::ReadOnly);
            quint8 format = 0;
            qint32 total = 0;
            in >> format >> q.afterKey >> q.afterRowid >> total;
            if (in.status() != QDataStream::Ok || format != 1 || !q.afterKey.isValid())
                return Result<Page<RunInfo>>::failure(
                    tr("the page token '%1' does not come from this backend; list again from "
                       "the first page")
                        .arg(query.page.pageToken));
            page.totalSize = total;
        } else {
            page.totalSize = e.store().countRuns(q);
        }
        // One more than asked says whether there is a next page.
        const int pageSize = std::max(1, query.page.pageSize);
        q.limit = pageSize + 1;
        QList<StoredRun> stored = e.store().runs(q);
        const bool more = stored.size() > pageSize;
        if (more)
            stored.removeLast();
        QStringList ids;
        for (const StoredRun &r : stored)
            ids << r.id;
        const auto metrics = e.store().metrics(ids);
        for (const StoredRun &r : stored) {
            RunInfo info = LocalEngine::info(r);
            info.metrics = metrics.value(r.id);
            info.metricsListed = true;
            page.items << info;
        }
        if (more) {
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out << quint8(1) << stored.last().sortKey << stored.last().rowid
                << qint32(page.totalSize);
            page.nextPageToken = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
        }
        return {page, {}};
    });
}

QFuture<Result<Done>> LocalRunService::setLabels(const QString &runId,
                                                const QMap<QString, QString> &labels)
{
    return withStore<Done>(m_engine, [runId, labels](LocalEngine &e) -> Result<Done> {
        const auto run = e.store().run(runId);
        if (!run)
            return Result<Done>::failure(tr("run %1 does not exist").arg(runId));
        QString error;
        if (!e.store().setRunLabels(runId, labels, &error))
            return Result<Done>::failure(error);
        emit e.runChanged(runId, run->state);
        return {};
    });
}

bool LocalRunService::canSortBy(const QString &field) const
{
    static const QStringList fields{QStringLiteral("created"), QStringLiteral("name"), QStringLiteral("state"),
                                    QStringLiteral("finished"), QStringLiteral("duration"), QStringLiteral("pipeline"),
                                    QStringLiteral("experiment")};
    return fields.contains(field) || field.startsWith(QLatin1String("metric:")) || field.startsWith(QLatin1String("parameter:"));
}

QFuture<Result<RunDetail>> LocalRunService::get(const QString &runId)
{
    return withStore<RunDetail>(m_engine, [runId](LocalEngine &e) -> Result<RunDetail> {
        const auto run = e.store().run(runId);
        if (!run)
            return Result<RunDetail>::failure(tr("run %1 does not exist").arg(runId));
        RunDetail d;
        d.run = LocalEngine::info(*run);
        const auto events = e.store().taskEvents(runId);
        for (const StoredTask &t : e.store().tasks(runId)) {
            d.tasks << taskInfo(t);
            d.tasks.last().events = events.value(t.path);
        }
        d.artifacts = e.store().artifacts(runId);
        d.metrics = e.store().metrics(runId);
        d.pipelineSpec = run->spec;
        return {d, {}};
    });
}

QFuture<Result<Done>> LocalRunService::terminate(const QString &runId)
{
    return withStore<Done>(m_engine, [runId](LocalEngine &e) { return e.terminate(runId); });
}

QFuture<Result<Done>> LocalRunService::retry(const QString &runId)
{
    return withStore<Done>(m_engine, [runId](LocalEngine &e) { return e.retry(runId); });
}

namespace {
QFuture<Result<Done>> setRunArchived(LocalEngine *engine, const QString &runId, bool archived)
{
    return withStore<Done>(engine, [runId, archived](LocalEngine &e) -> Result<Done> {
        const auto run = e.store().run(runId);
        if (!run)
            return Result<Done>::failure(tr("run %1 does not exist").arg(runId));
        if (!archived)
            if (const auto x = e.store().experiment(run->experiment); x && x->archived)
                return Result<Done>::failure(
                    tr("run %1 is in the archived experiment %2; restore the experiment first")
                        .arg(run->name, x->name));
        QString error;
        if (!e.store().setRunArchived(runId, archived, &error))
            return Result<Done>::failure(error);
        emit e.runChanged(runId, run->state);
        return {};
    });
}
} // namespace

QFuture<Result<Done>> LocalRunService::archive(const QString &runId)
{
    return setRunArchived(m_engine, runId, true);
}

QFuture<Result<Done>> LocalRunService::unarchive(const QString &runId)
{
    return setRunArchived(m_engine, runId, false);
}

QFuture<Result<Done>> LocalRunService::remove(const QString &runId)
{
    return withStore<Done>(m_engine, [runId](LocalEngine &e) { return e.removeRun(runId); });
}

QFuture<Result<QByteArray>> LocalRunService::taskLog(const QString &runId, const QString &taskPath)
{
    return withStore<QByteArray>(
        m_engine, [runId, taskPath](LocalEngine &e) { return e.taskLog(runId, taskPath); });
}

QFuture<Result<QString>> LocalRunService::downloadArtifact(const ArtifactInfo &artifact,
                                                           const QString &destinationDir)
{
    return m_engine->call([artifact, destinationDir](LocalEngine &) -> Result<QString> {
        QString source = artifact.uri;
        if (source.startsWith(QLatin1String("file://")))
            source = QUrl(source).toLocalFile();
        const QFileInfo from(source);
        if (!from.exists())
            return Result<QString>::failure(
                tr("the artifact %1 is no longer on disk (%2)").arg(artifact.name, source));
        if (!QDir().mkpath(destinationDir))
            return Result<QString>::failure(tr("cannot create the folder %1").arg(destinationDir));
        const QString target = unusedPath(destinationDir, from.fileName());
        QString failed;
        if (!copyTree(source, target, &failed))
            return Result<QString>::failure(
                tr("cannot write %1; check that the folder is writable and the disk has room")
                    .arg(failed));
        return {target, {}};
    });
}

LocalRecurringRunService::LocalRecurringRunService(LocalEngine *engine, QObject *parent)
    : RecurringRunService(parent)
    , m_engine(engine)
{
    connect(engine, &LocalEngine::recurringRunsChanged, this,
            &RecurringRunService::recurringRunsChanged);
}

QFuture<Result<RecurringRunInfo>>
LocalRecurringRunService::create(const RecurringRunInfo &recurringRun)
{
    return withStore<RecurringRunInfo>(
        m_engine, [recurringRun](LocalEngine &e) -> Result<RecurringRunInfo> {
            RecurringRunInfo r = recurringRun;
            r.name = r.name.trimmed();
            if (r.name.isEmpty())
                return Result<RecurringRunInfo>::failure(tr("give the recurring run a name"));
            if (const QString why = checkTrigger(r); !why.isEmpty())
                return Result<RecurringRunInfo>::failure(why);
            if (!e.store().pipelineVersion(r.pipelineVersionId))
                return Result<RecurringRunInfo>::failure(
                    tr("a recurring run needs a pipeline version; upload the pipeline to this "
                       "backend first"));
            r.id = newId();
            r.created = QDateTime::currentDateTimeUtc();
            r.lastFire = {};
            if (r.experimentId.isEmpty())
                r.experimentId = QStringLiteral("Default");
            QString error;
            if (!e.store().addRecurringRun(r, &error))
                return Result<RecurringRunInfo>::failure(
                    tr("cannot add recurring run %1: %2").arg(r.name, error));
            e.startClock();
            emit e.recurringRunsChanged();
            return {r, {}};
        });
}

QFuture<Result<Page<RecurringRunInfo>>> LocalRecurringRunService::list(const PageRequest &request)
{
    return withStore<Page<RecurringRunInfo>>(
        m_engine, [request](LocalEngine &e) -> Result<Page<RecurringRunInfo>> {
            return paged<RecurringRunInfo>(request.pageToken, [&](int offset, int *total) {
                const QList<RecurringRunInfo> all = e.store().recurringRuns();
                *total = int(all.size());
                return all.mid(offset, request.pageSize);
            });
        });
}

QFuture<Result<Done>> LocalRecurringRunService::setEnabled(const QString &recurringRunId,
                                                           bool enabled)
{
    return withStore<Done>(m_engine, [recurringRunId, enabled](LocalEngine &e) -> Result<Done> {
        const QList<RecurringRunInfo> all = e.store().recurringRuns();
        if (std::none_of(all.begin(), all.end(),
                         [&](const RecurringRunInfo &r) { return r.id == recurringRunId; }))
            return Result<Done>::failure(tr("recurring run %1 does not exist").arg(recurringRunId));
        QString error;
        if (!e.store().setRecurringRunEnabled(recurringRunId, enabled, &error))
            return Result<Done>::failure(error);
        emit e.recurringRunsChanged();
        return {};
    });
}

QFuture<Result<Done>> LocalRecurringRunService::remove(const QString &recurringRunId)
{
    return withStore<Done>(m_engine, [recurringRunId](LocalEngine &e) -> Result<Done> {
        const QList<RecurringRunInfo> all = e.store().recurringRuns();
        if (std::none_of(all.begin(), all.end(),
                         [&](const RecurringRunInfo &r) { return r.id == recurringRunId; }))
            return Result<Done>::failure(tr("recurring run %1 does not exist").arg(recurringRunId));
        QString error;
        if (!e.store().removeRecurringRun(recurringRunId, &error))
            return Result<Done>::failure(error);
        emit e.recurringRunsChanged();
        return {};
    });
}

} // namespace kfw::local

namespace kfw::local {

QString checkObjectName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253 || !valid.match(name).hasMatch())
        return tr("'%1' is not a name Kubernetes takes: lower-case letters, digits, '-' and '.', "
                  "starting and ending with a "
                  "letter or digit")
            .arg(name);
    return {};
}

namespace {

QString checkKeys(const QMap<QString, QString> &values)
{
    static const QRegularExpression valid(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    if (values.isEmpty())
        return tr("give at least one key and value");
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it.key().size() > 253 || !valid.match(it.key()).hasMatch())
            return tr("'%1' is not a key Kubernetes takes: letters, digits, '-', '_' and '.'")
                .arg(it.key());
    return {};
}

QFuture<Result<Done>> changed(LocalEngine *engine, std::function<Result<Done>(LocalEngine &)> f)
{
    return withStore<Done>(engine, [f = std::move(f)](LocalEngine &e) {
        Result<Done> r = f(e);
        if (r.ok())
            emit e.standInsChanged();
        return r;
    });
}
} // namespace

LocalWorkstationService::LocalWorkstationService(LocalEngine *engine, QObject *parent)
    : WorkstationService(parent)
    , m_engine(engine)
{
    connect(engine, &LocalEngine::standInsChanged, this, &WorkstationService::standInsChanged);
}

QFuture<Result<StandIns>> LocalWorkstationService::standIns()
{
    return withStore<StandIns>(m_engine, [](LocalEngine &e) -> Result<StandIns> {
        using Kind = RunStore::StandIn;
        StandIns out;
        const auto secrets = e.store().standIns(Kind::Secret);
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            for (const QJsonValue &k : it.value().toArray())
                out.secrets[it.key()] << k.toString();
        const auto maps = e.store().standIns(Kind::ConfigMap);
        for (auto it = maps.begin(); it != maps.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            for (auto kv = o.begin(); kv != o.end(); ++kv)
                out.configMaps[it.key()].insert(kv.key(), kv.value().toString());
        }
        const auto volumes = e.store().standIns(Kind::Volume);
        for (auto it = volumes.begin(); it != volumes.end(); ++it)
            out.volumes.insert(it.key(), it.value().toString());
        return {out, {}};
    });
}

QFuture<Result<Done>> LocalWorkstationService::setSecret(const QString &name,
                                                         const QMap<QString, QString> &values)
{
    // The keychain answers later: the future is fulfilled from its callback.
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    QFuture<Result<Done>> future = promise->future();
    m_engine->call([promise, name, values](LocalEngine &e) {
        auto finish = [promise](const Result<Done> &r) {
            promise->addResult(r);
            promise->finish();
        };
        QString error;
        if (!e.ensureOpen(&error) || !(error = checkObjectName(name)).isEmpty() ||
            !(error = checkKeys(values)).isEmpty()) {
            finish(Result<Done>::failure(error));
            return 0;
        }
        QPointer<LocalEngine> self(&e);
        e.secrets()->write(
            name, values, [self, promise, name, values, finish](const QString &writeError) {
                if (!writeError.isEmpty() || !self) {
                    finish(Result<Done>::failure(
                        writeError.isEmpty() ? tr("the workbench is closing") : writeError));
                    return;
                }
                QJsonArray keys;
                for (const QString &k : values.keys())
                    keys.append(k);
                QString storeError;
                if (!self->store().setStandIn(RunStore::StandIn::Secret, name, keys, &storeError)) {
                    finish(Result<Done>::failure(storeError));
                    return;
                }
                emit self->standInsChanged();
                finish({});
            });
        return 0;
    });
    return future;
}

QFuture<Result<Done>> LocalWorkstationService::removeSecret(const QString &name)
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    promise->start();
    QFuture<Result<Done>> future = promise->future();
    m_engine->call([promise, name](LocalEngine &e) {
        QString error;
        if (!e.ensureOpen(&error) ||
            !e.store().standIns(RunStore::StandIn::Secret).contains(name)) {
            promise->addResult(Result<Done>::failure(
                error.isEmpty() ? tr("secret %1 is not set on this workstation").arg(name)
                                : error));
            promise->finish();
            return 0;
        }
        QPointer<LocalEngine> self(&e);
        e.secrets()->remove(name, [self, promise, name](const QString &removeError) {
            QString failure = removeError;
            if (failure.isEmpty() && self &&
                self->store().removeStandIn(RunStore::StandIn::Secret, name, &failure))
                emit self->standInsChanged();
            promise->addResult(failure.isEmpty() ? Result<Done>{} : Result<Done>::failure(failure));
            promise->finish();
        });
        return 0;
    });
    return future;
}

QFuture<Result<Done>> LocalWorkstationService::setConfigMap(const QString &name,
                                                            const QMap<QString, QString> &values)
{
    return changed(m_engine, [name, values](LocalEngine &e) -> Result<Done> {
        QString error = checkObjectName(name);
        if (error.isEmpty())
            error = checkKeys(values);
        if (!error.isEmpty())
            return Result<Done>::failure(error);
        QJsonObject data;
        for (auto it = values.begin(); it != values.end(); ++it)
            data.insert(it.key(), it.value());
        return done(e.store().setStandIn(RunStore::StandIn::ConfigMap, name, data, &error), error);
    });
}

QFuture<Result<Done>> LocalWorkstationService::removeConfigMap(const QString &name)
{
    return changed(m_engine, [name](LocalEngine &e) -> Result<Done> {
        if (!e.store().standIns(RunStore::StandIn::ConfigMap).contains(name))
            return Result<Done>::failure(
                tr("config map %1 is not set on this workstation").arg(name));
        QString error;
        return done(e.store().removeStandIn(RunStore::StandIn::ConfigMap, name, &error), error);
    });
}

QFuture<Result<Done>> LocalWorkstationService::setVolume(const QString &name, const QString &folder)
{
    return changed(m_engine, [name, folder](LocalEngine &e) -> Result<Done> {
        QString error = checkObjectName(name);
        if (!error.isEmpty())
            return Result<Done>::failure(error);
        if (!QDir::isAbsolutePath(folder))
            return Result<Done>::failure(
                tr("give the folder for volume claim %1 as an absolute path").arg(name));
        if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
            return Result<Done>::failure(
                tr("%1 cannot be created or written; choose a folder you can write to")
                    .arg(folder));
        return done(
            e.store().setStandIn(RunStore::StandIn::Volume, name, QDir::cleanPath(folder), &error),
            error);
    });
}

QFuture<Result<Done>> LocalWorkstationService::removeVolume(const QString &name)
{
    return changed(m_engine, [name](LocalEngine &e) -> Result<Done> {
        if (!e.store().standIns(RunStore::StandIn::Volume).contains(name))
            return Result<Done>::failure(
                tr("volume claim %1 has no folder on this workstation").arg(name));
        QString error;
        return done(e.store().removeStandIn(RunStore::StandIn::Volume, name, &error), error);
    });
}

QFuture<Result<MissingStandIns>> LocalWorkstationService::missingFor(const QByteArray &pipelineSpec)
{
    return withStore<MissingStandIns>(
        m_engine, [pipelineSpec](LocalEngine &e) -> Result<MissingStandIns> {
            pipelinespec::ReadError readError;
            const auto doc = PipelineDocument::fromBytes(pipelineSpec, QString(), &readError);
            if (!doc)
                return Result<MissingStandIns>::failure(readError.toString());
            const StandInNeeds needs = standInNeeds(*doc);
            using Kind = RunStore::StandIn;
            MissingStandIns missing;
            const auto lacking = [&](Kind kind, const QSet<QString> &names,
                                     QMap<QString, QStringList> *out) {
                const auto known = e.store().standIns(kind);
                for (const QString &n : names)
                    if (!known.contains(n)) {
                        QStringList keys = needs.keys.value(n).values();
                        keys.sort();
                        out->insert(n, keys);
                    }
            };
            lacking(Kind::Secret, needs.secrets, &missing.secrets);
            lacking(Kind::ConfigMap, needs.configMaps, &missing.configMaps);
            const auto volumes = e.store().standIns(Kind::Volume);
            for (const QString &n : needs.volumes)
                if (!volumes.contains(n))
                    missing.volumes << n;
            missing.volumes.sort();
            return {missing, {}};
        });
}

QFuture<Result<QStringList>> LocalWorkstationService::containerEngines()
{
    return m_engine->call([](LocalEngine &) -> Result<QStringList> {
        QStringList names;
        for (const ContainerEngine &engine : installedContainerEngines())
            names << engine.name;
        return {names, {}};
    });
}

} // namespace kfw::local
