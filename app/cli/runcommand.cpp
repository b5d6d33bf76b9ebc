#include "app/cli/runcommand.h"

#include "app/cli/backendcommands.h"

#include "cluster/local/containerengine.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/localservices.h"
#include "cluster/local/runner.h"
#include "cluster/local/runstore.h"
#include "cluster/local/secretstore.h"
#include "cluster/local/standins.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <QSet>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kfw::app {
namespace {

using namespace kfw::pipelinespec;
using namespace kfw::local;

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

// Opens the local run history, or reports why it cannot.
bool openStore(RunStore *store, CliIo &io)
{
    QString error;
    QDir().mkpath(dataDir());
    if (!store->open(dataDir() + QStringLiteral("/history.sqlite"), &error)) {
        io.fail(error);
        return false;
    }
    return true;
}

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal while it lives (self-pipe).
class StopSignals : public QObject
{
    Q_OBJECT
public:
    StopSignals()
    {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[16];
            while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
            }
            emit received();
        });
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char c = 1;
            [[maybe_unused]] const auto written = ::write(s_pipe[1], &c, 1);
        };
        ::sigemptyset(&action.sa_mask);
        for (const int sig : {SIGINT, SIGTERM, SIGHUP})
            ::sigaction(sig, &action, &m_previous[sig]);
    }
    ~StopSignals() override
    {
        if (!m_notifier)
            return;
        for (const int sig : {SIGINT, SIGTERM, SIGHUP})
            ::sigaction(sig, &m_previous[sig], nullptr);
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
    }

signals:
    void received();

private:
    static inline int s_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previous[NSIG] = {};
};

struct RunSettings
{
    QString experiment;
    int parallelism = 0;
    int timeoutSeconds = 0;
    bool cache = true;
    std::optional<StoredRun> retryOf; // the run to run again in place
    std::optional<ContainerEngine> engine; // unset: host processes
    QMap<QString, QString> artifacts;      // input artifact -> local path
};

class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfw::app::RunCommand)

public:
    // Runs a checked pipeline on this workstation, recording it in the history, and reports on io.
    static int execute(const PipelineDocument &doc, const QMap<QString, YamlValue> &params, const RunSettings &settings, RunStore *store,
                       CliIo &io);

    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::RunCommand", "Run a pipeline on this workstation and follow it to the end.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"), tr("The pipeline (compiled KFP YAML or JSON)."), QStringLiteral("FILE"));
        parser.addOption({{QStringLiteral("p"), QStringLiteral("param")}, tr("A pipeline parameter, name=value (value as YAML)."),
                          QStringLiteral("NAME=VALUE")});
        parser.addOption({QStringLiteral("parallelism"), tr("Tasks to run at once (default: the number of cores)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("timeout"), tr("Time limit for each task, in seconds."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("experiment"), tr("The experiment to file the run under (default: Default)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("artifact"), tr("A local file or folder for one of the pipeline's input artifacts."),
                          QStringLiteral("NAME=PATH")});
        parser.addOption({QStringLiteral("engine"),
                          tr("Where container tasks run: host (processes on this workstation, the default), podman or docker."),
                          QStringLiteral("ENGINE")});
        parser.addOption({QStringLiteral("no-cache"), tr("Run every task, even those whose outputs are cached from an earlier run; the new outputs replace the cached ones.")});
    }

    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return io.fail(tr("usage: kubeflow-workbench run FILE [-p name=value]..."), ExitUsage);
        ReadError readError;
        auto doc = PipelineDocument::load(files.first(), &readError);
        if (!doc)
            return io.fail(readError.toString());
        if (const QString why = whyNotRunnable(*doc); !why.isEmpty())
            return io.fail(why);
        QMap<QString, YamlValue> params;
        QString paramError;
        if (!parseParameterArgs(*doc, parser.values(QStringLiteral("param")), &params, &paramError))
            return io.fail(paramError, ExitUsage);
        RunSettings settings;
        for (const QString &a : parser.values(QStringLiteral("artifact"))) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == a.size() - 1)
                return io.fail(tr("--artifact takes name=path, not '%1'").arg(a), ExitUsage);
            settings.artifacts.insert(a.left(eq), QDir::current().absoluteFilePath(a.mid(eq + 1)));
        }
        settings.parallelism = parser.value(QStringLiteral("parallelism")).toInt();
        settings.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt();
        settings.cache = !parser.isSet(QStringLiteral("no-cache"));
        settings.experiment = parser.value(QStringLiteral("experiment")).trimmed();
        const QString engine = parser.value(QStringLiteral("engine")).trimmed().toLower();
        if (!engine.isEmpty() && engine != QLatin1String("host")) {
            if (engine != QLatin1String("podman") && engine != QLatin1String("docker"))
                return io.fail(tr("--engine takes host, podman or docker, not '%1'").arg(engine), ExitUsage);
            settings.engine = findContainerEngine(engine);
            if (!settings.engine)
                return io.fail(tr("%1 is not installed on this workstation; install it, or run with --engine host").arg(engine));
        }
        RunStore store;
        if (!openStore(&store, io))
            return ExitFailed;
        return execute(*doc, params, settings, &store, io);
    }
};

int RunCommand::execute(const PipelineDocument &doc, const QMap<QString, YamlValue> &params, const RunSettings &settings, RunStore *store,
                        CliIo &io)
{
    RunOptions options;
    options.runId = settings.retryOf ? settings.retryOf->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.runName = settings.retryOf
                          ? settings.retryOf->name
                          : doc.name() + QStringLiteral("-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    options.runDir = settings.retryOf ? settings.retryOf->runDir : dataDir() + QStringLiteral("/runs/") + options.runId;
    options.parallelism = settings.parallelism;
    options.taskTimeoutSeconds = settings.timeoutSeconds;
    options.pythonRuntimeDir = pythonRuntimeDir();

    options.cache = store;
    options.cacheEnabled = settings.cache;
    options.engine = settings.engine;
    options.inputArtifacts = settings.artifacts;
    QString storeError;
    if (settings.retryOf) {
        if (!store->resetRun(options.runId, &storeError))
            return io.fail(tr("cannot record the run: %1").arg(storeError));
    } else {
        StoredRun stored;
        stored.id = options.runId;
        stored.name = options.runName;
        stored.pipelineName = doc.name();
        for (auto it = params.begin(); it != params.end(); ++it)
            stored.parameters.insert(it.key(), it.value().toJson());
        stored.spec = doc.toYaml();
        stored.runDir = options.runDir;
        stored.experiment = settings.experiment;
        stored.options = QJsonObject{{QStringLiteral("engine"), settings.engine ? settings.engine->name : QString()},
                                     {QStringLiteral("parallelism"), settings.parallelism},
                                     {QStringLiteral("timeout"), settings.timeoutSeconds},
                                     {QStringLiteral("cache"), settings.cache}};
        QJsonObject artifacts;
        for (auto it = settings.artifacts.begin(); it != settings.artifacts.end(); ++it)
            artifacts.insert(it.key(), it.value());
        if (!artifacts.isEmpty())
            stored.options.insert(QStringLiteral("artifacts"), artifacts);
        if (!store->addRun(stored, &storeError))
            return io.fail(tr("cannot record the run: %1").arg(storeError));
    }

    // Secrets, config maps and volume folders the pipeline names, as set on this workstation.
    KeychainSecretStore keychain;
    RunOptions ready;
    {
        QEventLoop gather;
        resolveStandIns(doc, *store, &keychain, options, [&](RunOptions resolved) {
            ready = std::move(resolved);
            gather.quit();
        });
        gather.exec();
    }
    LocalRunner runner(doc, params, ready);
    RunRecorder recorder(&runner, store, options.runId);
    QEventLoop loop;
    const bool tty = ::isatty(STDOUT_FILENO) && !io.json();
    // Tasks seen and tasks ended, each counted once (a retried task runs more than once).
    QSet<QString> seen, ended;
    QObject::connect(&runner, &LocalRunner::taskChanged, &loop, [&](const QString &path, TaskState s) {
        if (io.json())
            return;
        seen.insert(path);
        if (s == TaskState::Running || s == TaskState::Pending)
            ended.remove(path);
        else
            ended.insert(path);
        const int total = int(seen.size()), done = int(ended.size());
        const TaskRecord *t = runner.task(path);
        QString line = QStringLiteral("%1  %2").arg(taskStateName(s).leftJustified(9), path);
        if (t && !t->message.isEmpty() && s != TaskState::Running)
            line += QStringLiteral("  (") + t->message + QLatin1Char(')');
        if (tty)
            line = QStringLiteral("[%1/%2] ").arg(done).arg(std::max(total, done)) + line;
        io.out() << line << '\n';
        io.out().flush();
    });
    QObject::connect(&runner, &LocalRunner::runFinished, &loop, [&] { loop.quit(); });
    if (settings.retryOf)
        io.err() << tr("retrying the run in place; tasks that finished and enable caching are taken from the cache") << '\n';
    io.err() << tr("run %1 (%2): %3").arg(options.runName, options.runId, options.runDir) << '\n';
    io.err().flush();
    // Ctrl+C, a closed terminal or kill: every task is ended (their own sessions do not get the
    // signal) and the run is recorded as cancelled.
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::received, &loop, [&] {
        io.err() << tr("stopping: ending every task of the run") << '\n';
        io.err().flush();
        runner.cancel();
    });
    runner.start();
    loop.exec();

    const bool ok = runner.state() == TaskState::Succeeded;
    if (io.json()) {
        QJsonArray tasks;
        for (const TaskRecord &t : runner.tasks()) {
            QJsonObject outputs;
            for (auto it = t.outputs.begin(); it != t.outputs.end(); ++it)
                outputs.insert(it.key(), it.value().toJson());
            QJsonArray artifacts;
            for (auto it = t.artifacts.begin(); it != t.artifacts.end(); ++it)
                for (const RuntimeArtifact &a : it.value())
                    artifacts.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                                 {QStringLiteral("type"), a.schemaTitle},
                                                 {QStringLiteral("uri"), a.uri}});
            tasks.append(QJsonObject{{QStringLiteral("path"), t.path},
                                     {QStringLiteral("state"), taskStateName(t.state)},
                                     {QStringLiteral("attempts"), t.attempts},
                                     {QStringLiteral("cached"), t.cached},
                                     {QStringLiteral("message"), t.message},
                                     {QStringLiteral("log"), t.logFile},
                                     {QStringLiteral("outputs"), outputs},
                                     {QStringLiteral("artifacts"), artifacts},
                                     {QStringLiteral("started"), t.started.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("finished"), t.finished.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("exit_code"), t.exitCode}});
        }
        QJsonObject outputs;
        const QMap<QString, YamlValue> runOutputs = runner.outputs();
        for (auto it = runOutputs.begin(); it != runOutputs.end(); ++it)
            outputs.insert(it.key(), it.value().toJson());
        io.printJson(QJsonObject{{QStringLiteral("run_id"), options.runId},
                                 {QStringLiteral("state"), taskStateName(runner.state())},
                                 {QStringLiteral("message"), runner.message()},
                                 {QStringLiteral("outputs"), outputs},
                                 {QStringLiteral("tasks"), tasks}});
    } else {
        io.out() << tr("Run %1 %2").arg(options.runId, taskStateName(runner.state()));
        if (!runner.message().isEmpty())
            io.out() << ": " << runner.message();
        io.out() << '\n';
        io.out().flush();
    }
    return ok ? ExitOk : ExitFailed;
}

// `runs list|get|logs`: the local run history.
class RunsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfw::app::RunsCommand)

private:
    static int retry(const StoredRun &r, RunStore *store, CliIo &io);

public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::RunCommand", "Runs of a backend (the workstation or a cluster): list, get, create, terminate, retry, logs.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID"));
        parser.addOption({QStringLiteral("state"), tr("Only runs in this state (SUCCEEDED, FAILED, ...)."), QStringLiteral("STATE")});
        parser.addOption({QStringLiteral("experiment"), tr("Only runs in this experiment."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("limit"), tr("How many runs to list (default 20)."), QStringLiteral("N")});
        addRunActionOptions(parser);
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        // Cluster runs, and what only a backend's run service does, go through the service;
        // the local history is read here, and local retries run in this process.
        if (isBackendRunAction(parser))
            return runBackendRunAction(parser, io);
        if (parser.isSet(QStringLiteral("namespace")))
            return io.fail(tr("--namespace needs --context: namespaces belong to clusters."), ExitUsage);
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        RunStore store;
        if (action != QLatin1String("list") && action != QLatin1String("get") && action != QLatin1String("logs")
            && action != QLatin1String("retry"))
            return io.fail(tr("usage: kubeflow-workbench runs list | get RUN_ID | create [FILE] | terminate RUN_ID | logs RUN_ID [TASK] | retry RUN_ID [--context NAME | --local] [--namespace NS]"), ExitUsage);
        if (!openStore(&store, io))
            return ExitFailed;
        if (action == QLatin1String("list")) {
            RunQuery q;
            q.state = parser.value(QStringLiteral("state")).toUpper();
            q.experiment = parser.value(QStringLiteral("experiment"));
            q.limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt() : 20;
            const QList<StoredRun> runs = store.runs(q);
            if (io.json()) {
                QJsonArray list;
                for (const StoredRun &r : runs)
                    list.append(QJsonObject{{QStringLiteral("run_id"), r.id}, {QStringLiteral("name"), r.name},
                                            {QStringLiteral("pipeline"), r.pipelineName}, {QStringLiteral("experiment"), r.experiment},
                                            {QStringLiteral("state"), r.state},
                                            {QStringLiteral("created_at"), r.created.toString(Qt::ISODate)},
                                            {QStringLiteral("message"), r.message}});
                io.printJson(QJsonObject{{QStringLiteral("runs"), list}, {QStringLiteral("total_size"), store.countRuns(q)}});
            } else {
                for (const StoredRun &r : runs)
                    io.out() << r.id << "  " << r.state.leftJustified(11) << ' ' << r.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             << "  " << r.name << '\n';
                if (runs.isEmpty())
                    io.out() << tr("No local runs yet: kubeflow-workbench run FILE starts one.") << '\n';
            }
            return ExitOk;
        }
        if (args.size() < 2)
            return io.fail(tr("usage: kubeflow-workbench runs %1 RUN_ID (kubeflow-workbench runs list shows the ids)").arg(action), ExitUsage);
        const auto r = store.run(args.value(1));
        if (!r)
            return io.fail(tr("there is no local run '%1'; kubeflow-workbench runs list shows them").arg(args.value(1)));
        if (action == QLatin1String("retry"))
            return retry(*r, &store, io);
        const QList<StoredTask> tasks = store.tasks(r->id);
        if (action == QLatin1String("logs")) {
            const QString only = args.value(2);
            bool any = false;
            for (const StoredTask &t : tasks) {
                if (t.logFile.isEmpty() || (!only.isEmpty() && t.path != only && t.name != only))
                    continue;
                QFile log(t.logFile);
                if (!log.open(QIODevice::ReadOnly))
                    continue;
                any = true;
                io.out() << "==> " << t.path << " <==\n" << QString::fromUtf8(log.readAll()) << '\n';
            }
            if (!any && !only.isEmpty())
                return io.fail(tr("run %1 has no log for task '%2'").arg(r->id, only));
            return ExitOk;
        }
        if (io.json()) {
            QJsonArray list;
            for (const StoredTask &t : tasks)
                list.append(QJsonObject{{QStringLiteral("path"), t.path}, {QStringLiteral("state"), t.state},
                                        {QStringLiteral("attempts"), t.attempts}, {QStringLiteral("cached"), t.cached},
                                        {QStringLiteral("message"), t.message}, {QStringLiteral("outputs"), t.outputs},
                                        {QStringLiteral("started"), t.started.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("finished"), t.finished.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("exit_code"), t.exitCode}});
            io.printJson(QJsonObject{{QStringLiteral("run_id"), r->id}, {QStringLiteral("name"), r->name},
                                     {QStringLiteral("state"), r->state}, {QStringLiteral("message"), r->message},
                                     {QStringLiteral("parameters"), r->parameters}, {QStringLiteral("options"), r->options},
                                     {QStringLiteral("tasks"), list}});
        } else {
            io.out() << r->name << "  " << r->state << (r->message.isEmpty() ? QString() : QStringLiteral(": ") + r->message) << '\n';
            for (const StoredTask &t : tasks)
                io.out() << "  " << t.state.leftJustified(11) << ' ' << t.path << '\n';
        }
        return ExitOk;
    }
};

} // namespace

int RunsCommand::retry(const StoredRun &r, RunStore *store, CliIo &io)
{
    if (r.state == QLatin1String("SUCCEEDED") || r.state == QLatin1String("RUNNING") || r.state == QLatin1String("PENDING"))
        return io.fail(tr("run %1 is %2; only failed, cancelled or interrupted runs are retried").arg(r.id, r.state));
    ReadError readError;
    const auto doc = PipelineDocument::fromBytes(r.spec, r.name, &readError);
    if (!doc)
        return io.fail(tr("the pipeline kept with run %1 cannot be read: %2").arg(r.id, readError.toString()));
    // Values come back from JSON; the runner gives numbers their declared type again.
    QMap<QString, YamlValue> params;
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
        params.insert(it.key(), YamlValue::fromJson(it.value()));
    RunSettings settings;
    settings.experiment = r.experiment;
    settings.retryOf = r;
    // As it was run: the same engine, parallelism and time limit.
    settings.parallelism = r.options.value(QStringLiteral("parallelism")).toInt();
    settings.timeoutSeconds = r.options.value(QStringLiteral("timeout")).toInt();
    const QJsonObject artifacts = r.options.value(QStringLiteral("artifacts")).toObject();
    for (auto it = artifacts.begin(); it != artifacts.end(); ++it)
        settings.artifacts.insert(it.key(), it.value().toString());
    if (const QString engine = r.options.value(QStringLiteral("engine")).toString(); !engine.isEmpty()) {
        settings.engine = findContainerEngine(engine);
        if (!settings.engine)
            return io.fail(tr("run %1 ran its tasks with %2, which is not installed any more").arg(r.id, engine));
    }
    // Tasks that finished and enable caching are taken from the cache; the rest run again.
    return RunCommand::execute(*doc, params, settings, store, io);
}

bool parseParameterArgs(const PipelineDocument &doc, const QStringList &args, QMap<QString, YamlValue> *params, QString *error)
{
    for (const QString &p : args) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QCoreApplication::translate("kfw::app::RunCommand", "-p takes name=value, not '%1'").arg(p);
            return false;
        }
        QList<YamlValue> docs;
        ReadError e;
        const QByteArray valueText = p.mid(eq + 1).toUtf8();
        YamlValue value = YamlValue::string(p.mid(eq + 1));
        if (YamlReader::read(QByteArrayLiteral("v: ") + valueText, &docs, &e) && !docs.isEmpty())
            value = docs.first().value(QStringLiteral("v"));
        // A parameter declared as a string keeps the text as typed.
        const YamlValue *def = doc.spec().at({"root", "inputDefinitions", "parameters"});
        const YamlValue *param = def ? def->find(p.left(eq)) : nullptr;
        if (param && param->value(QStringLiteral("parameterType")).text() == QLatin1String("STRING"))
            value = YamlValue::string(p.mid(eq + 1));
        params->insert(p.left(eq), value);
    }
    return true;
}

std::unique_ptr<Command> makeRunsCommand()
{
    return std::make_unique<RunsCommand>();
}

std::unique_ptr<Command> makeRunCommand()
{
    return std::make_unique<RunCommand>();
}

} // namespace kfw::app

#include "runcommand.moc"
