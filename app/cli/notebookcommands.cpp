#include "app/cli/notebookcommands.h"

#include "app/cli/await.h"
#include "app/cli/backendtarget.h"
#include "cluster/backend/notebookservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kfw::app {

using namespace kfw::backend;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::app::NotebooksCommand", text); // lupdate's context
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const NotebookInfo &n)
{
    QJsonObject o{{u"name"_qs, n.name},
                  {u"namespace"_qs, n.ns},
                  {u"type"_qs, serverTypeName(n.serverType)},
                  {u"image"_qs, n.image},
                  {u"cpu"_qs, n.cpu},
                  {u"memory"_qs, n.memory},
                  {u"gpus"_qs, n.gpus},
                  {u"volumes"_qs, QJsonArray::fromStringList(n.volumes)},
                  {u"created"_qs, isoOrEmpty(n.created)},
                  {u"lastActivity"_qs, isoOrEmpty(n.lastActivity)},
                  {u"status"_qs, QJsonObject{{u"phase"_qs, phaseName(n.status.phase)},
                                             {u"message"_qs, n.status.message}}}};
    if (!n.cpuLimit.isEmpty())
        o.insert(u"cpuLimit"_qs, n.cpuLimit);
    if (!n.memoryLimit.isEmpty())
        o.insert(u"memoryLimit"_qs, n.memoryLimit);
    if (n.gpus > 0)
        o.insert(u"gpuVendor"_qs, n.gpuVendor);
    return o;
}

// --type: what the web app calls the server types, and what users call them.
std::optional<ServerType> typeFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"jupyter" || t == u"jupyterlab")
        return ServerType::Jupyter;
    if (t == u"vscode" || t == u"group-one")
        return ServerType::GroupOne;
    if (t == u"rstudio" || t == u"group-two")
        return ServerType::GroupTwo;
    return std::nullopt;
}

class NotebooksCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("notebooks"); }
    QString summary() const override
    {
        return tr("Kubeflow notebook servers: list, create, start, stop, delete.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("action"),
            tr("list | create NAME | start NAME | stop NAME | delete NAME"));
        addBackendOptions(parser);
        const auto option = [&parser](const char *name, const QString &help,
                                      const char *value = nullptr) {
            parser.addOption(
                {QString::fromLatin1(name), help, value ? QString::fromLatin1(value) : QString()});
        };
        option("type", tr("create: jupyter (default), vscode or rstudio."), "TYPE");
        option("image", tr("create: the image (default: the cluster's default for the type)."),
               "IMAGE");
        option("cpu", tr("create: the CPU request (default: the cluster's)."), "QUANTITY");
        option("cpu-limit", tr("create: the CPU limit (default: from the cluster's limit factor)."),
               "QUANTITY");
        option("memory", tr("create: the memory request, e.g. 2Gi."), "QUANTITY");
        option("memory-limit", tr("create: the memory limit."), "QUANTITY");
        option("gpus", tr("create: the number of GPUs."), "N");
        option("gpu-vendor", tr("create: the GPUs' resource, e.g. nvidia.com/gpu."), "KEY");
        option("workspace-size", tr("create: the size of the new workspace volume."), "QUANTITY");
        option("no-workspace", tr("create: no workspace volume."));
        option("configuration",
               tr("create: a PodDefault to apply, by its label (repeat for several)."), "LABEL");
        option("yes", tr("delete: confirm; the notebook's volumes stay."));
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        static const QStringList named{u"create"_qs, u"start"_qs, u"stop"_qs, u"delete"_qs};
        if (!((action == u"list" && args.size() == 1) ||
              (named.contains(action) && args.size() == 2)))
            return io.fail(tr("usage: kubeflow-workbench --context NAME [--namespace NS] "
                              "notebooks list | create NAME [--type jupyter|vscode|rstudio] "
                              "[--image IMAGE] [--cpu Q] [--memory Q] [--gpus N] | start NAME | "
                              "stop NAME | delete NAME --yes"),
                           ExitUsage);
        if (action == u"delete" && !parser.isSet(QStringLiteral("yes")))
            return io.fail(tr("Deleting notebook %1 ends its server; its volumes stay. Add --yes "
                              "to do it.")
                               .arg(args.at(1)),
                           ExitUsage);
        std::optional<ServerType> type = ServerType::Jupyter;
        if (parser.isSet(QStringLiteral("type")))
            type = typeFrom(parser.value(QStringLiteral("type")));
        if (!type)
            return io.fail(tr("--type is jupyter, vscode or rstudio, not '%1'.")
                               .arg(parser.value(QStringLiteral("type"))),
                           ExitUsage);
        BackendTarget target;
        if (const int code = target.open(parser, io, Capability::Notebooks); code != ExitOk)
            return code;
        NotebookService *notebooks = target.backend()->notebooks();
        const QString name = args.value(1);
        if (action == u"list")
            return list(notebooks, io);
        if (action == u"start")
            return printDone(io, await(notebooks->setStopped(name, false)),
                             tr("Starting notebook %1.").arg(name));
        if (action == u"stop")
            return printDone(io, await(notebooks->setStopped(name, true)),
                             tr("Stopping notebook %1; its volumes stay.").arg(name));
        if (action == u"delete")
            return printDone(io, await(notebooks->remove(name)),
                             tr("Deleted notebook %1.").arg(name));
        return create(parser, io, notebooks, name, *type);
    }

private:
    static int create(const QCommandLineParser &parser, CliIo &io, NotebookService *notebooks,
                      const QString &name, ServerType type)
    {
        const Result<SpawnerConfig> config = await(notebooks->spawnerConfig());
        if (!config.ok())
            return io.fail(config.error);
        const SpawnerConfig &c = config.value;
        NotebookRequest r = defaultRequest(c);
        r.name = name;
        r.serverType = type;
        const QStringList images = type == ServerType::GroupOne   ? c.imagesGroupOne.value
                                   : type == ServerType::GroupTwo ? c.imagesGroupTwo.value
                                                                  : c.images.value;
        r.image = parser.isSet(QStringLiteral("image")) ? parser.value(QStringLiteral("image"))
                                                        : images.value(0);
        r.customImage = !images.contains(r.image);
        const auto set = [&parser](const char *option, QString *field) {
            if (parser.isSet(QString::fromLatin1(option)))
                *field = parser.value(QString::fromLatin1(option));
        };
        const bool cpuSet = parser.isSet(QStringLiteral("cpu"));
        const bool memorySet = parser.isSet(QStringLiteral("memory"));
        set("cpu", &r.cpu);
        set("memory", &r.memory);
        // A new request gets the limit its factor gives, unless a limit is named.
        if (cpuSet)
            r.cpuLimit = scaledLimit(r.cpu, c.cpuLimitFactor);
        if (memorySet)
            r.memoryLimit = scaledLimit(r.memory, c.memoryLimitFactor);
        set("cpu-limit", &r.cpuLimit);
        set("memory-limit", &r.memoryLimit);
        if (parser.isSet(QStringLiteral("gpus"))) {
            bool ok = false;
            r.gpus = parser.value(QStringLiteral("gpus")).toInt(&ok);
            if (!ok)
                return io.fail(tr("--gpus is a number."), ExitUsage);
            if (r.gpuVendor.isEmpty() && !c.gpuVendors.isEmpty())
                r.gpuVendor = c.gpuVendors.first().first;
        }
        set("gpu-vendor", &r.gpuVendor);
        if (parser.isSet(QStringLiteral("no-workspace")))
            r.workspace.clear();
        else if (parser.isSet(QStringLiteral("workspace-size")) && !r.workspace.isEmpty())
            r.workspace.first().size = parser.value(QStringLiteral("workspace-size"));
        if (parser.isSet(QStringLiteral("configuration")))
            r.configurations = parser.values(QStringLiteral("configuration"));
        const NotebookPlan p = notebooks->plan(r, c);
        if (!p.problems.isEmpty())
            return io.fail(p.problems.join(u'\n'), ExitUsage);
        return printDone(
            io, await(notebooks->create(r, c)),
            tr("Created notebook %1 (%2, %3 CPU, %4).").arg(name, r.image, r.cpu, r.memory));
    }

    static int list(NotebookService *notebooks, CliIo &io)
    {
        const Result<QList<NotebookInfo>> listed = await(notebooks->list());
        if (!listed.ok())
            return io.fail(listed.error);
        if (io.json()) {
            QJsonArray a;
            for (const NotebookInfo &n : listed.value)
                a.append(toJson(n));
            io.printJson(QJsonObject{{u"namespace"_qs, notebooks->currentNamespace()},
                                     {u"notebooks"_qs, a}});
            return ExitOk;
        }
        if (listed.value.isEmpty()) {
            io.out() << tr("No notebooks in %1: kubeflow-workbench notebooks create NAME makes "
                           "one.")
                            .arg(notebooks->currentNamespace())
                     << '\n';
            return ExitOk;
        }
        for (const NotebookInfo &n : listed.value)
            io.out() << QStringLiteral("%1  %2  %3  %4 CPU  %5  %6")
                            .arg(n.name, phaseName(n.status.phase), serverTypeTitle(n.serverType),
                                 n.cpu, n.memory, n.status.message)
                     << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeNotebooksCommand()
{
    return std::make_unique<NotebooksCommand>();
}

} // namespace kfw::app
