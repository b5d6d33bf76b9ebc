#include "app/cli/backendcommands.h"

#include "app/cli/await.h"
#include "app/cli/backendtarget.h"
#include "app/cli/runcommand.h"
#include "cluster/backend/services.h"
#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/yamlreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace kfw::app {

using namespace kfw::backend;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::app::BackendCommands", text);
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Objects in the KFP API's field names, so that scripts written for KFP read them.
QJsonObject toJson(const PipelineInfo &p)
{
    return {{u"pipeline_id"_qs, p.id},
            {u"display_name"_qs, p.name},
            {u"description"_qs, p.description},
            {u"created_at"_qs, time(p.created)}};
}

QJsonObject toJson(const PipelineVersionInfo &v)
{
    return {{u"pipeline_version_id"_qs, v.id},
            {u"pipeline_id"_qs, v.pipelineId},
            {u"display_name"_qs, v.name},
            {u"description"_qs, v.description},
            {u"created_at"_qs, time(v.created)}};
}

QJsonObject toJson(const ExperimentInfo &e)
{
    return {{u"experiment_id"_qs, e.id},
            {u"display_name"_qs, e.name},
            {u"description"_qs, e.description},
            {u"created_at"_qs, time(e.created)},
            {u"storage_state"_qs, e.archived ? u"ARCHIVED"_qs : u"AVAILABLE"_qs}};
}

QJsonObject toJson(const RunInfo &r)
{
    return {{u"run_id"_qs, r.id},
            {u"display_name"_qs, r.name},
            {u"pipeline_name"_qs, r.pipelineName},
            {u"pipeline_version_id"_qs, r.pipelineVersionId},
            {u"experiment_id"_qs, r.experimentId},
            {u"state"_qs, r.state},
            {u"message"_qs, r.message},
            {u"parameters"_qs, r.parameters},
            {u"created_at"_qs, time(r.created)},
            {u"finished_at"_qs, time(r.finished)},
            {u"storage_state"_qs, r.archived ? u"ARCHIVED"_qs : u"AVAILABLE"_qs}};
}

QJsonObject toJson(const TaskInfo &t)
{
    return {{u"path"_qs, t.path},
            {u"state"_qs, t.state},
            {u"cached"_qs, t.cached},
            {u"message"_qs, t.message},
            {u"started"_qs, time(t.started)},
            {u"finished"_qs, time(t.finished)}};
}

template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

// Prints a page: JSON with the token of the next page, or lines of text.
template<typename T, typename F>
int printPage(CliIo &io, const Result<Page<T>> &page, const QString &key, F line,
              const QString &empty)
{
    if (!page.ok())
        return io.fail(page.error);
    if (io.json()) {
        io.printJson(QJsonObject{{key, toJsonArray(page.value.items)},
                                 {u"total_size"_qs, page.value.totalSize},
                                 {u"next_page_token"_qs, page.value.nextPageToken}});
        return ExitOk;
    }
    for (const T &item : page.value.items)
        io.out() << line(item) << '\n';
    if (page.value.items.isEmpty())
        io.out() << empty << '\n';
    if (!page.value.nextPageToken.isEmpty())
        io.message(tr("More follow: add --page-token %1").arg(page.value.nextPageToken));
    return ExitOk;
}

template<typename T>
int printOne(CliIo &io, const Result<T> &r, const QString &text)
{
    if (!r.ok())
        return io.fail(r.error);
    if (io.json())
        io.printJson(toJson(r.value));
    else
        io.out() << text << '\n';
    return ExitOk;
}

void addPageOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("limit"), tr("How many to list (default 50)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("page-token"),
                      tr("Continue a listing where the last page ended."),
                      QStringLiteral("TOKEN")});
    parser.addOption({QStringLiteral("filter"), tr("Only those whose name contains TEXT."),
                      QStringLiteral("TEXT")});
}

PageRequest pageOf(const QCommandLineParser &parser)
{
    PageRequest page;
    if (parser.isSet(QStringLiteral("limit")))
        page.pageSize = std::max(1, parser.value(QStringLiteral("limit")).toInt());
    page.pageToken = parser.value(QStringLiteral("page-token"));
    return page;
}

// A pipeline named by id or by name.
Result<PipelineInfo> findPipeline(PipelineService *pipelines, const QString &idOrName)
{
    const auto byId = await(pipelines->get(idOrName));
    if (byId.ok())
        return byId;
    PipelineQuery query;
    query.nameContains = idOrName;
    query.page.pageSize = 200;
    const auto listed = await(pipelines->list(query));
    if (!listed.ok())
        return Result<PipelineInfo>::failure(listed.error);
    for (const PipelineInfo &p : listed.value.items) {
        if (p.name == idOrName) {
            Result<PipelineInfo> found;
            found.value = p;
            return found;
        }
    }
    return Result<PipelineInfo>::failure(
        tr("There is no pipeline with the id or name '%1'; kubeflow-workbench pipelines list "
           "shows them.")
            .arg(idOrName));
}

// An experiment named by id or by name; created when asked for by a name that does not exist.
Result<QString> findExperiment(ExperimentService *experiments, const QString &idOrName, bool create,
                               CliIo &io)
{
    ExperimentQuery query;
    query.page.pageSize = 200;
    const auto listed = await(experiments->list(query));
    if (!listed.ok())
        return Result<QString>::failure(listed.error);
    Result<QString> found;
    for (const ExperimentInfo &e : listed.value.items) {
        if (e.id == idOrName || e.name == idOrName) {
            found.value = e.id;
            return found;
        }
    }
    if (!create)
        return Result<QString>::failure(
            tr("There is no experiment with the id or name '%1'; kubeflow-workbench experiments "
               "list shows them.")
                .arg(idOrName));
    const auto created = await(experiments->create(idOrName, {}));
    if (!created.ok())
        return Result<QString>::failure(created.error);
    io.message(tr("Created experiment %1.").arg(idOrName));
    found.value = created.value.id;
    return found;
}

class PipelinesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pipelines"); }
    QString summary() const override
    {
        return tr("Pipelines of a backend (the workstation or a cluster): list, get, upload, "
                  "delete.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("list | get ID_OR_NAME | upload FILE | delete ID_OR_NAME"));
        addBackendOptions(parser);
        addPageOptions(parser);
        parser.addOption({QStringLiteral("name"),
                          tr("upload: the pipeline's name (default: the name in the file); with "
                             "--pipeline, the version's."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("description"), tr("upload: a description."), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("pipeline"),
                          tr("upload: add the file as a new version of this pipeline."),
                          QStringLiteral("ID_OR_NAME")});
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const bool withArgument = action == u"get" || action == u"upload" || action == u"delete";
        if (!((action == u"list" && args.size() == 1) || (withArgument && args.size() == 2)))
            return io.fail(tr("usage: kubeflow-workbench pipelines list | get ID_OR_NAME | "
                              "upload FILE | delete ID_OR_NAME [--context NAME | --local] "
                              "[--namespace NS]"),
                           ExitUsage);
        BackendTarget target;
        if (const int code = target.open(parser, io); code != ExitOk)
            return code;
        PipelineService *pipelines = target.backend()->pipelines();
        if (action == u"list") {
            PipelineQuery query;
            query.page = pageOf(parser);
            query.nameContains = parser.value(QStringLiteral("filter"));
            return printPage(
                io, await(pipelines->list(query)), u"pipelines"_qs,
                [](const PipelineInfo &p) {
                    return QStringLiteral("%1  %2  %3").arg(p.id, localTime(p.created), p.name);
                },
                tr("No pipelines yet: kubeflow-workbench pipelines upload FILE adds one."));
        }
        if (action == u"upload")
            return upload(parser, args.at(1), pipelines, io);
        const auto found = findPipeline(pipelines, args.at(1));
        if (!found.ok())
            return io.fail(found.error);
        if (action == u"delete")
            return printDone(io, await(pipelines->remove(found.value.id)),
                             tr("Deleted pipeline %1 and its versions.").arg(found.value.name));
        const auto versions = await(pipelines->versions(found.value.id, {}));
        if (!versions.ok())
            return io.fail(versions.error);
        if (io.json()) {
            QJsonObject o = toJson(found.value);
            o.insert(u"versions"_qs, toJsonArray(versions.value.items));
            io.printJson(o);
            return ExitOk;
        }
        io.out() << found.value.name << "  (" << found.value.id << ")\n";
        if (!found.value.description.isEmpty())
            io.out() << "  " << found.value.description << '\n';
        for (const PipelineVersionInfo &v : versions.value.items)
            io.out() << "  " << v.id << "  " << localTime(v.created) << "  " << v.name << '\n';
        return ExitOk;
    }

private:
    int upload(const QCommandLineParser &parser, const QString &path, PipelineService *pipelines,
               CliIo &io)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return io.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
        PipelineUpload upload;
        upload.content = file.readAll();
        upload.fileName = QFileInfo(path).fileName();
        upload.name = parser.value(QStringLiteral("name"));
        upload.description = parser.value(QStringLiteral("description"));
        Result<PipelineVersionInfo> added;
        if (parser.isSet(QStringLiteral("pipeline"))) {
            const auto found = findPipeline(pipelines, parser.value(QStringLiteral("pipeline")));
            if (!found.ok())
                return io.fail(found.error);
            added = await(pipelines->uploadVersion(found.value.id, upload));
        } else {
            added = await(pipelines->upload(upload));
        }
        return printOne(io, added,
                        tr("Uploaded %1: pipeline %2, version %3")
                            .arg(upload.fileName, added.value.pipelineId, added.value.id));
    }
};

class ExperimentsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("experiments"); }
    QString summary() const override
    {
        return tr("Experiments of a backend: list, create, archive, unarchive, delete.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("list | create NAME | archive ID_OR_NAME | unarchive ID_OR_NAME | delete "
               "ID_OR_NAME"));
        addBackendOptions(parser);
        addPageOptions(parser);
        parser.addOption({QStringLiteral("archived"), tr("list: the archived experiments.")});
        parser.addOption(
            {QStringLiteral("description"), tr("create: a description."), QStringLiteral("TEXT")});
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        static const QStringList withArgument = {u"create"_qs, u"archive"_qs, u"unarchive"_qs,
                                                 u"delete"_qs};
        if (!((action == u"list" && args.size() == 1) ||
              (withArgument.contains(action) && args.size() == 2)))
            return io.fail(tr("usage: kubeflow-workbench experiments list | create NAME | "
                              "archive ID_OR_NAME | unarchive ID_OR_NAME | delete ID_OR_NAME "
                              "[--context NAME | --local] [--namespace NS]"),
                           ExitUsage);
        BackendTarget target;
        if (const int code = target.open(parser, io); code != ExitOk)
            return code;
        ExperimentService *experiments = target.backend()->experiments();
        if (action == u"list") {
            ExperimentQuery query;
            query.page = pageOf(parser);
            query.nameContains = parser.value(QStringLiteral("filter"));
            query.archived = parser.isSet(QStringLiteral("archived"));
            return printPage(
                io, await(experiments->list(query)), u"experiments"_qs,
                [](const ExperimentInfo &e) {
                    return QStringLiteral("%1  %2  %3").arg(e.id, localTime(e.created), e.name);
                },
                tr("No experiments."));
        }
        if (action == u"create") {
            const auto created =
                await(experiments->create(args.at(1), parser.value(QStringLiteral("description"))));
            return printOne(io, created,
                            tr("Created experiment %1 (%2)").arg(args.at(1), created.value.id));
        }
        if (action == u"unarchive") {
            // Archived experiments are not in the active list: look among those.
            ExperimentQuery archived;
            archived.archived = true;
            archived.page.pageSize = 200;
            const auto listed = await(experiments->list(archived));
            if (!listed.ok())
                return io.fail(listed.error);
            for (const ExperimentInfo &e : listed.value.items) {
                if (e.id == args.at(1) || e.name == args.at(1))
                    return printDone(io, await(experiments->unarchive(e.id)),
                                     tr("Restored experiment %1.").arg(e.name));
            }
            return io.fail(tr("There is no archived experiment '%1'.").arg(args.at(1)));
        }
        const auto id = findExperiment(experiments, args.at(1), false, io);
        if (!id.ok())
            return io.fail(id.error);
        if (action == u"archive")
            return printDone(io, await(experiments->archive(id.value)),
                             tr("Archived experiment %1 and its runs.").arg(args.at(1)));
        return printDone(io, await(experiments->remove(id.value)),
                         tr("Deleted experiment %1.").arg(args.at(1)));
    }
};

// Follows a run until it ends, saying each new state on stderr. Returns its last state.
QString follow(RunService *runs, const QString &runId, CliIo &io)
{
    QString last;
    QEventLoop loop;
    QTimer poll;
    bool checking = false;
    const auto check = [&] {
        // A slow answer must not stack checks: the timer fires again while one waits.
        if (checking)
            return;
        checking = true;
        const auto got = await(runs->get(runId));
        checking = false;
        if (!got.ok()) {
            io.message(got.error);
            loop.quit();
            return;
        }
        if (got.value.run.state != last) {
            last = got.value.run.state;
            io.message(tr("%1  run %2 %3").arg(QTime::currentTime().toString(), runId, last));
        }
        if (state::isFinal(last))
            loop.quit();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    QObject::connect(runs, &RunService::runChanged, &loop, [&](const QString &id) {
        if (id == runId)
            check();
    });
    check();
    if (!state::isFinal(last) && !last.isEmpty()) {
        poll.start(1000);
        loop.exec();
    }
    return last;
}

// Parameters given as -p name=value, typed by the pipeline's declarations.
Result<QJsonObject> parameters(const QByteArray &spec, const QStringList &args)
{
    pipelinespec::ReadError error;
    const auto doc = pipelinespec::PipelineDocument::fromBytes(spec, u"pipeline"_qs, &error);
    if (!doc)
        return Result<QJsonObject>::failure(error.toString());
    QMap<QString, pipelinespec::YamlValue> values;
    QString problem;
    if (!parseParameterArgs(*doc, args, &values, &problem))
        return Result<QJsonObject>::failure(problem);
    Result<QJsonObject> out;
    for (auto it = values.begin(); it != values.end(); ++it)
        out.value.insert(it.key(), it.value().toJson());
    return out;
}

int printRun(const RunDetail &d, CliIo &io)
{
    if (io.json()) {
        QJsonObject o = toJson(d.run);
        o.insert(u"tasks"_qs, toJsonArray(d.tasks));
        io.printJson(o);
        return ExitOk;
    }
    io.out() << d.run.name << "  " << d.run.state
             << (d.run.message.isEmpty() ? QString() : QStringLiteral(": ") + d.run.message)
             << '\n';
    for (const TaskInfo &t : d.tasks)
        io.out() << "  " << t.state.leftJustified(11) << ' ' << t.path << '\n';
    return ExitOk;
}

int createRun(const QCommandLineParser &parser, const QStringList &args, Backend *backend,
              CliIo &io, bool wait)
{
    RunRequest request;
    request.name = parser.value(QStringLiteral("name"));
    request.cacheEnabled = !parser.isSet(QStringLiteral("no-cache"));
    QByteArray spec;
    if (parser.isSet(QStringLiteral("pipeline"))) {
        const auto pipeline = findPipeline(backend->pipelines(), parser.value(u"pipeline"_qs));
        if (!pipeline.ok())
            return io.fail(pipeline.error);
        request.pipelineVersionId = parser.value(QStringLiteral("version"));
        if (request.pipelineVersionId.isEmpty()) {
            // The newest version.
            PageRequest newest;
            newest.pageSize = 1;
            const auto versions = await(backend->pipelines()->versions(pipeline.value.id, newest));
            if (!versions.ok() || versions.value.items.isEmpty())
                return io.fail(versions.ok()
                                   ? tr("Pipeline %1 has no versions.").arg(pipeline.value.name)
                                   : versions.error);
            request.pipelineVersionId = versions.value.items.first().id;
        } else if (!await(backend->pipelines()->versions(pipeline.value.id, {})).ok()) {
            return io.fail(tr("Cannot list the versions of %1.").arg(pipeline.value.name));
        }
        const auto fetched = await(backend->pipelines()->spec(request.pipelineVersionId));
        if (!fetched.ok())
            return io.fail(fetched.error);
        spec = fetched.value;
        if (request.name.isEmpty())
            request.name = pipeline.value.name;
    } else if (args.size() == 2) {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return io.fail(tr("Cannot read %1: %2").arg(args.at(1), file.errorString()));
        spec = request.pipelineSpec = file.readAll();
        if (request.name.isEmpty())
            request.name = QFileInfo(args.at(1)).completeBaseName();
    } else {
        return io.fail(tr("runs create needs a pipeline: --pipeline ID_OR_NAME [--version ID], "
                          "or a pipeline FILE."),
                       ExitUsage);
    }
    const auto values = parameters(spec, parser.values(QStringLiteral("param")));
    if (!values.ok())
        return io.fail(values.error);
    request.parameters = values.value;
    if (parser.isSet(QStringLiteral("experiment"))) {
        const auto experiment =
            findExperiment(backend->experiments(), parser.value(u"experiment"_qs), true, io);
        if (!experiment.ok())
            return io.fail(experiment.error);
        request.experimentId = experiment.value;
    }
    const auto created = await(backend->runs()->create(request));
    if (!created.ok())
        return io.fail(created.error);
    io.message(tr("Run %1 created.").arg(created.value.id));
    if (!wait)
        return printOne(io, created, created.value.id);
    const QString last = follow(backend->runs(), created.value.id, io);
    const auto detail = await(backend->runs()->get(created.value.id));
    if (!detail.ok())
        return io.fail(detail.error);
    printRun(detail.value, io);
    return last == state::Succeeded ? ExitOk : ExitFailed;
}

} // namespace

void addRunActionOptions(QCommandLineParser &parser)
{
    addBackendOptions(parser);
    parser.addOption({QStringLiteral("pipeline"),
                      tr("create: run this uploaded pipeline (id or name)."),
                      QStringLiteral("ID_OR_NAME")});
    parser.addOption({QStringLiteral("version"),
                      tr("create: the pipeline version (default: the newest)."),
                      QStringLiteral("ID")});
    parser.addOption({{QStringLiteral("p"), QStringLiteral("param")},
                      tr("create: a pipeline parameter, name=value (value as YAML)."),
                      QStringLiteral("NAME=VALUE")});
    parser.addOption(
        {QStringLiteral("name"), tr("create: the run's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("no-cache"), tr("create: run every task again.")});
    parser.addOption(
        {QStringLiteral("wait"), tr("create, retry: follow the run to its end (exit code 0 when it "
                                    "succeeded).")});
    parser.addOption({QStringLiteral("filter"), tr("list: only runs whose name contains TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("page-token"), tr("list: continue where the last page ended."),
                      QStringLiteral("TOKEN")});
}

bool isBackendRunAction(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    return wantsCluster(parser) || action == u"create" || action == u"terminate";
}

int runBackendRunAction(const QCommandLineParser &parser, CliIo &io)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList withId = {u"get"_qs, u"terminate"_qs, u"retry"_qs, u"logs"_qs};
    const bool usage =
        (action == u"list" && args.size() == 1) || (action == u"create" && args.size() <= 2) ||
        (withId.contains(action) && args.size() == 2) || (action == u"logs" && args.size() == 3);
    if (!usage)
        return io.fail(tr("usage: kubeflow-workbench runs list | get RUN_ID | create "
                          "[--pipeline ID_OR_NAME | FILE] [-p NAME=VALUE] | terminate RUN_ID | "
                          "retry RUN_ID | logs RUN_ID [TASK] [--context NAME | --local] "
                          "[--namespace NS]"),
                       ExitUsage);
    BackendTarget target;
    if (const int code = target.open(parser, io); code != ExitOk)
        return code;
    Backend *backend = target.backend();
    RunService *runs = backend->runs();
    // A local run lives in this process: the command stays until it ends.
    const bool wait = parser.isSet(QStringLiteral("wait")) || target.isLocal();
    if (action == u"create")
        return createRun(parser, args, backend, io, wait);
    if (action == u"list") {
        RunQuery query;
        if (parser.isSet(QStringLiteral("limit")))
            query.page.pageSize = std::max(1, parser.value(QStringLiteral("limit")).toInt());
        query.page.pageToken = parser.value(QStringLiteral("page-token"));
        query.nameContains = parser.value(QStringLiteral("filter"));
        if (parser.isSet(QStringLiteral("state")))
            query.states = QStringList{parser.value(QStringLiteral("state")).toUpper()};
        if (parser.isSet(QStringLiteral("experiment"))) {
            const auto experiment =
                findExperiment(backend->experiments(), parser.value(u"experiment"_qs), false, io);
            if (!experiment.ok())
                return io.fail(experiment.error);
            query.experimentId = experiment.value;
        }
        return printPage(
            io, await(runs->list(query)), u"runs"_qs,
            [](const RunInfo &r) {
                return QStringLiteral("%1  %2 %3  %4")
                    .arg(r.id, r.state.leftJustified(11), localTime(r.created), r.name);
            },
            tr("No runs."));
    }
    const QString runId = args.at(1);
    if (action == u"get") {
        const auto detail = await(runs->get(runId));
        if (!detail.ok())
            return io.fail(detail.error);
        return printRun(detail.value, io);
    }
    if (action == u"terminate")
        return printDone(io, await(runs->terminate(runId)), tr("Run %1 stops.").arg(runId));
    if (action == u"retry") {
        const auto retried = await(runs->retry(runId));
        if (!retried.ok() || !wait)
            return printDone(io, retried, tr("Run %1 runs again.").arg(runId));
        return follow(runs, runId, io) == state::Succeeded ? ExitOk : ExitFailed;
    }
    // logs: of one task, or of every task that has one.
    const auto detail = await(runs->get(runId));
    if (!detail.ok())
        return io.fail(detail.error);
    const QString only = args.value(2);
    bool any = false;
    for (const TaskInfo &t : detail.value.tasks) {
        if (!only.isEmpty() && t.path != only && t.name != only)
            continue;
        const auto log = await(runs->taskLog(runId, t.path));
        if (!log.ok()) {
            if (!only.isEmpty())
                return io.fail(log.error);
            continue;
        }
        any = true;
        io.out() << "==> " << t.path << " <==\n" << QString::fromUtf8(log.value) << '\n';
    }
    if (!any && !only.isEmpty())
        return io.fail(tr("Run %1 has no task '%2'.").arg(runId, only));
    return ExitOk;
}

std::unique_ptr<Command> makePipelinesCommand()
{
    return std::make_unique<PipelinesCommand>();
}

std::unique_ptr<Command> makeExperimentsCommand()
{
    return std::make_unique<ExperimentsCommand>();
}

} // namespace kfw::app
