#include "app/cli/recurringcommand.h"

#include "app/cli/await.h"
#include "app/cli/runcommand.h"
#include "cluster/backend/schedule.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/localservices.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kfw::app {

using namespace kfw::backend;
using pipelinespec::PipelineDocument;

qint64 parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return 0;
    qint64 unit = 1;
    QString number = t;
    const QChar last = t.back();
    if (last.isLetter()) {
        number.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        default:
            return 0;
        }
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    return ok && n > 0 ? n * unit : 0;
}

namespace {

class RecurringCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfw::app::RecurringCommand)

public:
    QString name() const override { return QStringLiteral("recurring"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "kfw::app::RecurringCommand",
            "Recurring runs of the local backend (they fire while the workbench window is open).");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("create FILE | list | enable ID | disable ID | delete ID"));
        parser.addOption({QStringLiteral("cron"),
                          tr("When to run: a cron expression (six fields with seconds, or five)."),
                          QStringLiteral("EXPR")});
        parser.addOption({QStringLiteral("every"),
                          tr("When to run: an interval such as 30m, 6h or 1d."),
                          QStringLiteral("DURATION")});
        parser.addOption({QStringLiteral("name"),
                          tr("The recurring run's name (default: the pipeline's)."),
                          QStringLiteral("NAME")});
        parser.addOption({{QStringLiteral("p"), QStringLiteral("param")},
                          tr("A pipeline parameter, name=value (value as YAML)."),
                          QStringLiteral("NAME=VALUE")});
        parser.addOption({QStringLiteral("experiment"),
                          tr("The experiment its runs go to (default: Default)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("max-concurrency"),
                          tr("How many of its runs may run at once (default 1)."),
                          QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("no-catchup"),
             tr("After a pause, start only the latest missed run instead of each one.")});
    }

    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const QString usage = tr("usage: kubeflow-workbench recurring create FILE (--cron EXPR | "
                                 "--every DURATION) [-p name=value]... | "
                                 "list | enable ID | disable ID | delete ID");
        local::LocalBackend backend;
        RecurringRunService *recurring = backend.recurringRuns();
        if (action == QLatin1String("list") && args.size() == 1)
            return list(recurring, io);
        if ((action == QLatin1String("enable") || action == QLatin1String("disable") ||
             action == QLatin1String("delete")) &&
            args.size() == 2) {
            const Result<Done> r =
                await(action == QLatin1String("delete")
                          ? recurring->remove(args.at(1))
                          : recurring->setEnabled(args.at(1), action == QLatin1String("enable")));
            return r.ok() ? ExitOk : io.fail(r.error);
        }
        if (action != QLatin1String("create") || args.size() != 2)
            return io.fail(usage, ExitUsage);

        RecurringRunInfo info;
        info.cron = parser.value(QStringLiteral("cron")).trimmed();
        if (parser.isSet(QStringLiteral("every"))) {
            info.intervalSeconds = parseDuration(parser.value(QStringLiteral("every")));
            if (info.intervalSeconds <= 0)
                return io.fail(tr("--every takes a duration such as 90s, 30m, 6h or 1d, not '%1'")
                                   .arg(parser.value(QStringLiteral("every"))),
                               ExitUsage);
        }
        if (info.cron.isEmpty() == (info.intervalSeconds == 0))
            return io.fail(tr("give either --cron or --every"), ExitUsage);
        if (const QString why = checkTrigger(info); !why.isEmpty())
            return io.fail(why, ExitUsage);
        pipelinespec::ReadError readError;
        const auto doc = PipelineDocument::load(args.at(1), &readError);
        if (!doc)
            return io.fail(readError.toString());
        if (const QString why = local::whyNotRunnable(*doc); !why.isEmpty())
            return io.fail(why);
        QMap<QString, pipelinespec::YamlValue> params;
        QString error;
        if (!parseParameterArgs(*doc, parser.values(QStringLiteral("param")), &params, &error))
            return io.fail(error, ExitUsage);
        for (auto it = params.begin(); it != params.end(); ++it)
            info.parameters.insert(it.key(), it.value().toJson());
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return io.fail(tr("cannot read %1: %2").arg(args.at(1), file.errorString()));
        const Result<QString> version = versionFor(backend.pipelines(), doc->name(), file.readAll(),
                                                   QFileInfo(args.at(1)).fileName());
        if (!version.ok())
            return io.fail(version.error);
        info.pipelineVersionId = version.value;
        info.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                         : doc->name();
        info.experimentId = parser.value(QStringLiteral("experiment")).trimmed();
        info.maxConcurrency = parser.isSet(QStringLiteral("max-concurrency"))
                                  ? parser.value(QStringLiteral("max-concurrency")).toInt()
                                  : 1;
        info.catchup = !parser.isSet(QStringLiteral("no-catchup"));
        const Result<RecurringRunInfo> created = await(recurring->create(info));
        if (!created.ok())
            return io.fail(created.error);
        const QDateTime next = nextFire(created.value, QDateTime::currentDateTimeUtc());
        if (io.json()) {
            io.printJson(QJsonObject{{QStringLiteral("id"), created.value.id},
                                     {QStringLiteral("name"), created.value.name},
                                     {QStringLiteral("next_run"), next.toString(Qt::ISODate)}});
        } else {
            io.out() << created.value.id << '\n';
            io.err() << tr("recurring run %1: next run %2; runs start while the workbench window "
                           "is open")
                            .arg(created.value.name,
                                 QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                     << '\n';
        }
        return ExitOk;
    }

private:
    // The pipeline version holding these bytes: the newest version of the pipeline of that name
    // when it is the same file, otherwise a new version (or a new pipeline).
    static Result<QString> versionFor(PipelineService *pipelines, const QString &name,
                                      const QByteArray &bytes, const QString &fileName)
    {
        PipelineQuery query;
        query.nameContains = name;
        query.page.pageSize = 1000;
        const Result<Page<PipelineInfo>> found = await(pipelines->list(query));
        if (!found.ok())
            return Result<QString>::failure(found.error);
        for (const PipelineInfo &p : found.value.items) {
            if (p.name != name)
                continue;
            PageRequest newest;
            newest.pageSize = 1;
            const auto versions = await(pipelines->versions(p.id, newest));
            if (versions.ok() && !versions.value.items.isEmpty()) {
                const auto spec = await(pipelines->spec(versions.value.items.first().id));
                if (spec.ok() && spec.value == bytes)
                    return {versions.value.items.first().id, {}};
            }
            const auto added = await(pipelines->uploadVersion(p.id, {bytes, {}, {}, fileName}));
            return added.ok() ? Result<QString>{added.value.id, {}}
                              : Result<QString>::failure(added.error);
        }
        const auto added = await(pipelines->upload({bytes, name, {}, fileName}));
        return added.ok() ? Result<QString>{added.value.id, {}}
                          : Result<QString>::failure(added.error);
    }

    static int list(RecurringRunService *recurring, CliIo &io)
    {
        PageRequest page;
        page.pageSize = 1000;
        const Result<Page<RecurringRunInfo>> r = await(recurring->list(page));
        if (!r.ok())
            return io.fail(r.error);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray json;
        for (const RecurringRunInfo &s : r.value.items) {
            const QString trigger =
                s.cron.isEmpty() ? tr("every %1 s").arg(s.intervalSeconds) : s.cron;
            const QDateTime next =
                s.enabled ? nextFire(s, s.lastFire.isValid() ? s.lastFire : s.created.addSecs(-1))
                          : QDateTime();
            json.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("trigger"), trigger},
                                    {QStringLiteral("enabled"), s.enabled},
                                    {QStringLiteral("max_concurrency"), s.maxConcurrency},
                                    {QStringLiteral("catchup"), s.catchup},
                                    {QStringLiteral("last_fire"), s.lastFire.toString(Qt::ISODate)},
                                    {QStringLiteral("next_fire"), next.toString(Qt::ISODate)}});
            if (!io.json())
                io.out() << s.id << "  " << s.name << "  " << trigger << "  "
                         << (s.enabled ? (next.isValid() && next < now
                                              ? tr("due")
                                              : QLocale().toString(next.toLocalTime(),
                                                                   QLocale::ShortFormat))
                                       : tr("disabled"))
                         << '\n';
        }
        if (io.json())
            io.printJson(QJsonObject{{QStringLiteral("recurring_runs"), json}});
        else if (json.isEmpty())
            io.out() << tr("No recurring runs: kubeflow-workbench recurring create FILE --every 1d "
                           "makes one.")
                     << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeRecurringCommand()
{
    return std::make_unique<RecurringCommand>();
}

} // namespace kfw::app
