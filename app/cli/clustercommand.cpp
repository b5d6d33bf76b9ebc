#include "app/cli/clustercommand.h"

#include "app/cli/await.h"
#include "app/cli/backendtarget.h"
#include "cluster/http/transport.h"
#include "cluster/kube/connection.h"
#include "cluster/kube/kubeclient.h"
#include "cluster/kube/kubeconfig.h"
#include "cluster/kube/resourcemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace kfw::app {
namespace {

QString authKind(const kube::UserEntry &user)
{
    if (user.exec)
        return QStringLiteral("exec");
    if (user.authProvider)
        return user.authProvider->name;
    if (!user.token.isEmpty() || !user.tokenFile.isEmpty())
        return QStringLiteral("token");
    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty())
        return QStringLiteral("client certificate");
    if (!user.username.isEmpty())
        return QStringLiteral("basic");
    return QStringLiteral("none");
}

class ClusterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfw::app::ClusterCommand)

public:
    QString name() const override { return QStringLiteral("cluster"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::ClusterCommand",
                                           "Kubernetes contexts from your kubeconfig: list them, "
                                           "check a connection, list resources.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("what"),
                                     tr("contexts | check | get KIND [NAME]"));
        parser.addOption({QStringLiteral("context"),
                          tr("The kubeconfig context (default: the current one)."),
                          QStringLiteral("NAME")});
        parser.addOption({{QStringLiteral("n"), QStringLiteral("namespace")},
                          tr("Namespace (default: the context's)."),
                          QStringLiteral("NS")});
        parser.addOption({{QStringLiteral("A"), QStringLiteral("all-namespaces")},
                          tr("List across all namespaces.")});
        parser.addOption({{QStringLiteral("l"), QStringLiteral("selector")},
                          tr("Label selector, e.g. app=web,tier!=db."),
                          QStringLiteral("SELECTOR")});
        parser.addOption({QStringLiteral("approve-exec"),
                          tr("Run the kubeconfig's exec credential plugin for this command. "
                             "Without it, a plugin that was not approved in the workbench does "
                             "not run.")});
    }

    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString usage = tr("usage: kubeflow-workbench cluster contexts | check | get KIND "
                                 "[NAME] [--context NAME] [-n NS | -A] [-l SELECTOR] "
                                 "[--approve-exec]");
        if (args.isEmpty())
            return io.fail(usage, ExitUsage);
        const kube::Kubeconfig config = kube::Kubeconfig::loadDefault();
        if (!config.error().isEmpty())
            return io.fail(tr("The kubeconfig cannot be used:\n%1").arg(config.error()));
        if (args.at(0) == QLatin1String("contexts") && args.size() == 1)
            return contexts(config, io);
        const bool check = args.at(0) == QLatin1String("check") && args.size() == 1;
        const bool get =
            args.at(0) == QLatin1String("get") && (args.size() == 2 || args.size() == 3);
        if (!check && !get)
            return io.fail(usage, ExitUsage);

        QString error;
        const kube::ResolvedContext context =
            config.resolve(parser.value(QStringLiteral("context")), &error);
        if (!error.isEmpty())
            return io.fail(error);
        const kube::ConnectOptions options =
            cliConnectOptions(parser.isSet(QStringLiteral("approve-exec")));
        http::Transport transport;
        const kube::ConnectionSetup setup = kube::connectionFor(context, transport, options);
        if (!setup.ok())
            return io.fail(setup.error);
        for (const QString &warning : setup.warnings)
            io.message(tr("warning: %1").arg(warning));
        const kube::KubeClient client(transport, setup.connection);
        if (check)
            return checkConnection(context, client, io);
        return list(parser, args, context, client, io);
    }

private:
    int failed(const kube::ApiResponse &r, CliIo &io)
    {
        if (r.needsApproval)
            return io.fail(tr("%1\nPass --approve-exec to run it for this command, or approve it "
                              "once in the workbench.")
                               .arg(r.error));
        return io.fail(r.error);
    }

    int contexts(const kube::Kubeconfig &config, CliIo &io)
    {
        QJsonArray rows;
        for (const kube::ContextEntry &c : config.contexts) {
            const kube::ClusterEntry cluster = config.clusters.value(c.cluster);
            const kube::UserEntry user = config.users.value(c.user);
            rows.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("current"), c.name == config.currentContext},
                                    {QStringLiteral("cluster"), c.cluster},
                                    {QStringLiteral("server"), cluster.server},
                                    {QStringLiteral("user"), c.user},
                                    {QStringLiteral("auth"), authKind(user)},
                                    {QStringLiteral("namespace"), c.namespaceName.isEmpty()
                                                                      ? QStringLiteral("default")
                                                                      : c.namespaceName},
                                    {QStringLiteral("file"), c.sourceFile}});
        }
        if (io.json()) {
            io.printJson(QJsonObject{{QStringLiteral("contexts"), rows}});
            return ExitOk;
        }
        if (rows.isEmpty()) {
            io.message(tr("No contexts in %1.").arg(config.files.join(QStringLiteral(", "))));
            return ExitOk;
        }
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            io.out() << (o.value(QStringLiteral("current")).toBool() ? "* " : "  ")
                     << o.value(QStringLiteral("name")).toString() << '\t'
                     << o.value(QStringLiteral("server")).toString() << '\t'
                     << o.value(QStringLiteral("user")).toString() << " ("
                     << o.value(QStringLiteral("auth")).toString() << ")\t"
                     << o.value(QStringLiteral("namespace")).toString() << '\n';
        }
        return ExitOk;
    }

    int checkConnection(const kube::ResolvedContext &context, const kube::KubeClient &client,
                        CliIo &io)
    {
        const kube::ApiResponse version = await(client.version());
        if (!version.ok())
            return failed(version, io);
        const kube::ApiResponse who = await(client.selfSubjectReview());
        if (who.status == 401 || who.needsApproval)
            return failed(who, io);
        QString user = who.object.value(QStringLiteral("status"))
                           .toObject()
                           .value(QStringLiteral("userInfo"))
                           .toObject()
                           .value(QStringLiteral("username"))
                           .toString();
        if (user.isEmpty())
            user = context.user.name;
        const kube::ApiResponse access =
            await(client.accessReview(QStringLiteral("list"), kube::kinds::namespaces(), {}));
        const bool canList = access.object.value(QStringLiteral("status"))
                                 .toObject()
                                 .value(QStringLiteral("allowed"))
                                 .toBool();
        const QStringList installed = await(client.installedKinds());
        QStringList kubeflow;
        for (const kube::ResourceKind *k : kube::kinds::all()) {
            if (installed.contains(k->id()) && !k->group.isEmpty() &&
                k->group != QLatin1String("apps") &&
                k->group != QLatin1String("rbac.authorization.k8s.io"))
                kubeflow << k->qualifiedName();
        }
        const QString serverVersion = version.object.value(QStringLiteral("gitVersion")).toString();
        if (io.json()) {
            io.printJson(
                QJsonObject{{QStringLiteral("context"), context.context.name},
                            {QStringLiteral("server"), context.cluster.server},
                            {QStringLiteral("version"), serverVersion},
                            {QStringLiteral("user"), user},
                            {QStringLiteral("canListNamespaces"), canList},
                            {QStringLiteral("kinds"), QJsonArray::fromStringList(kubeflow)}});
            return ExitOk;
        }
        io.out() << tr("Connected to %1 (Kubernetes %2) as %3.")
                        .arg(context.cluster.server, serverVersion, user)
                 << '\n';
        io.out() << (canList ? tr("You may list namespaces.") : tr("You may not list namespaces."))
                 << '\n';
        io.out() << tr("Add-on resources served: %1")
                        .arg(kubeflow.isEmpty() ? tr("none") : kubeflow.join(QStringLiteral(", ")))
                 << '\n';
        return ExitOk;
    }

    int list(const QCommandLineParser &parser, const QStringList &args,
             const kube::ResolvedContext &context, const kube::KubeClient &client, CliIo &io)
    {
        const kube::ResourceKind *kind = kube::kinds::find(args.at(1));
        if (!kind) {
            QStringList known;
            for (const kube::ResourceKind *k : kube::kinds::all())
                known << k->qualifiedName();
            return io.fail(tr("Unknown kind \"%1\". Kinds: %2")
                               .arg(args.at(1), known.join(QStringLiteral(", "))),
                           ExitUsage);
        }
        const QString ns = parser.isSet(QStringLiteral("all-namespaces")) ? QString()
                           : parser.value(QStringLiteral("namespace")).isEmpty()
                               ? context.namespaceOrDefault()
                               : parser.value(QStringLiteral("namespace"));
        QList<QJsonObject> items;
        if (args.size() == 3) {
            const kube::ApiResponse r = await(client.get(*kind, ns, args.at(2)));
            if (!r.ok())
                return failed(r, io);
            items << r.object;
        } else {
            kube::ListOptions options;
            options.labelSelector = parser.value(QStringLiteral("selector"));
            const kube::ListResult r = await(client.listAll(*kind, ns, options));
            if (!r.ok()) {
                kube::ApiResponse failure;
                failure.error = r.error;
                return failed(failure, io);
            }
            items = r.items;
        }
        if (io.json()) {
            QJsonArray array;
            for (const QJsonObject &o : std::as_const(items))
                array.append(o);
            io.printJson(QJsonObject{{QStringLiteral("items"), array}});
            return ExitOk;
        }
        if (items.isEmpty()) {
            io.message(ns.isEmpty() ? tr("No %1 found.").arg(kind->plural)
                                    : tr("No %1 found in namespace %2.").arg(kind->plural, ns));
            return ExitOk;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonObject &o : std::as_const(items)) {
            const QJsonObject m = o.value(QStringLiteral("metadata")).toObject();
            if (kind->namespaced && ns.isEmpty())
                io.out() << m.value(QStringLiteral("namespace")).toString() << '\t';
            const QDateTime created = QDateTime::fromString(
                m.value(QStringLiteral("creationTimestamp")).toString(), Qt::ISODate);
            io.out() << m.value(QStringLiteral("name")).toString() << '\t'
                     << (created.isValid() ? kube::ResourceListModel::formatAge(created.secsTo(now))
                                           : QString())
                     << '\n';
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeClusterCommand()
{
    return std::make_unique<ClusterCommand>();
}

} // namespace kfw::app
