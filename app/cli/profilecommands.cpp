#include "app/cli/profilecommands.h"

#include "app/cli/await.h"
#include "app/cli/backendtarget.h"
#include "cluster/backend/profileservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kfw::app {

using namespace kfw::backend;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::app::ProfileCommands", text);
}

// The quota options of `profiles create`, by resource.
const QList<std::pair<QString, QString>> &quotaOptions()
{
    static const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("cpu"), QStringLiteral("cpu")},
        {QStringLiteral("memory"), QStringLiteral("memory")},
        {QStringLiteral("gpus"), QStringLiteral("requests.nvidia.com/gpu")},
        {QStringLiteral("storage"), QStringLiteral("requests.storage")},
        {QStringLiteral("pods"), QStringLiteral("pods")}};
    return options;
}

QJsonObject toJson(const ProfileInfo &p)
{
    QJsonObject quota;
    for (const QuotaEntry &e : p.quota) {
        QJsonObject entry{{u"hard"_qs, e.hard}};
        if (!e.used.isEmpty())
            entry.insert(u"used"_qs, e.used);
        quota.insert(e.resource, entry);
    }
    QJsonObject o{
        {u"name"_qs, p.name},
        {u"owner"_qs, p.owner},
        {u"role"_qs, roleName(p.role)},
        {u"quota"_qs, quota},
        {u"created"_qs, p.created.isValid() ? p.created.toUTC().toString(Qt::ISODate) : QString()}};
    if (p.contributors >= 0)
        o.insert(u"contributors"_qs, p.contributors);
    if (!p.problem.isEmpty())
        o.insert(u"problem"_qs, p.problem);
    return o;
}

class ProfilesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override
    {
        return tr("Kubeflow profiles of a cluster: list, create, delete.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("list | create NAME | delete NAME"));
        addBackendOptions(parser);
        parser.addOption({QStringLiteral("owner"),
                          tr("create: the owner (default: you, as the cluster knows you)."),
                          QStringLiteral("USER")});
        for (const auto &[option, resource] : quotaOptions())
            parser.addOption(
                {option, tr("create: the quota of %1.").arg(resource), QStringLiteral("QUANTITY")});
        parser.addOption({QStringLiteral("yes"),
                          tr("delete: confirm that the profile's namespace and everything in it "
                             "goes.")});
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (!((action == u"list" && args.size() == 1) ||
              ((action == u"create" || action == u"delete") && args.size() == 2)))
            return io.fail(tr("usage: kubeflow-workbench --context NAME profiles list | create "
                              "NAME [--owner USER] [--cpu Q] [--memory Q] [--gpus N] [--storage "
                              "Q] [--pods N] | delete NAME --yes"),
                           ExitUsage);
        if (action == u"delete" && !parser.isSet(QStringLiteral("yes")))
            return io.fail(tr("Deleting profile %1 deletes its namespace and everything in it "
                              "(notebooks, volumes, secrets). Add --yes to do it.")
                               .arg(args.at(1)),
                           ExitUsage);
        BackendTarget target;
        if (const int code = target.open(parser, io, Capability::Profiles); code != ExitOk)
            return code;
        ProfileService *profiles = target.backend()->profiles();
        if (action == u"list")
            return list(profiles, io);
        if (action == u"delete")
            return printDone(io, await(profiles->remove(args.at(1))),
                             tr("Deleted profile %1.").arg(args.at(1)));
        ProfileRequest request;
        request.name = args.at(1);
        request.owner = parser.value(QStringLiteral("owner"));
        if (request.owner.isEmpty()) {
            const Result<Identity> me = await(profiles->identity());
            if (!me.ok())
                return io.fail(me.error);
            request.owner = me.value.user;
        }
        for (const auto &[option, resource] : quotaOptions()) {
            if (parser.isSet(option))
                request.quota.insert(resource, parser.value(option));
        }
        return printDone(io, await(profiles->create(request)),
                         tr("Created profile %1 owned by %2.").arg(request.name, request.owner));
    }

private:
    static int list(ProfileService *profiles, CliIo &io)
    {
        const Result<QList<ProfileInfo>> listed = await(profiles->list());
        if (!listed.ok())
            return io.fail(listed.error);
        if (io.json()) {
            QJsonArray a;
            for (const ProfileInfo &p : listed.value)
                a.append(toJson(p));
            io.printJson(QJsonObject{{u"profiles"_qs, a}});
            return ExitOk;
        }
        if (listed.value.isEmpty()) {
            io.out() << tr("You have no profile on this cluster: kubeflow-workbench profiles "
                           "create NAME makes one.")
                     << '\n';
            return ExitOk;
        }
        for (const ProfileInfo &p : listed.value) {
            QStringList quota;
            for (const QuotaEntry &e : p.quota)
                quota << (e.used.isEmpty()
                              ? QStringLiteral("%1=%2").arg(e.resource, e.hard)
                              : QStringLiteral("%1=%2/%3").arg(e.resource, e.used, e.hard));
            io.out() << QStringLiteral("%1  %2  %3  %4  %5")
                            .arg(p.name, roleName(p.role).isEmpty() ? u"-"_qs : roleName(p.role),
                                 p.owner.isEmpty() ? u"-"_qs : p.owner,
                                 p.contributors < 0 ? u"-"_qs
                                                    : tr("%1 contributor(s)").arg(p.contributors),
                                 quota.isEmpty() ? tr("no quota") : quota.join(u' '))
                     << '\n';
        }
        return ExitOk;
    }
};

class ContributorsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("contributors"); }
    QString summary() const override
    {
        return tr("Who may use a Kubeflow profile: list, add, remove.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("list PROFILE | add PROFILE USER | remove PROFILE USER"));
        addBackendOptions(parser);
        parser.addOption({QStringLiteral("role"), tr("add: admin, edit or view (default edit)."),
                          QStringLiteral("ROLE"), QStringLiteral("edit")});
    }
    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (!((action == u"list" && args.size() == 2) ||
              ((action == u"add" || action == u"remove") && args.size() == 3)))
            return io.fail(tr("usage: kubeflow-workbench --context NAME contributors list PROFILE "
                              "| add PROFILE USER [--role admin|edit|view] | remove PROFILE "
                              "USER"),
                           ExitUsage);
        const ProfileRole role = roleFromName(parser.value(QStringLiteral("role")));
        if (action == u"add" && role != ProfileRole::Admin && role != ProfileRole::Edit &&
            role != ProfileRole::View)
            return io.fail(tr("--role is admin, edit or view, not '%1'.")
                               .arg(parser.value(QStringLiteral("role"))),
                           ExitUsage);
        BackendTarget target;
        if (const int code = target.open(parser, io, Capability::Profiles); code != ExitOk)
            return code;
        ProfileService *profiles = target.backend()->profiles();
        const QString profile = args.at(1);
        if (action == u"add")
            return printDone(
                io, await(profiles->addContributor(profile, args.at(2), role)),
                tr("%1 may now use %2 (%3).").arg(args.at(2), profile, roleName(role)));
        const Result<QList<Contributor>> listed = await(profiles->contributors(profile));
        if (!listed.ok())
            return io.fail(listed.error);
        if (action == u"list") {
            if (io.json()) {
                QJsonArray a;
                for (const Contributor &c : listed.value)
                    a.append(QJsonObject{{u"user"_qs, c.user}, {u"role"_qs, roleName(c.role)}});
                io.printJson(QJsonObject{{u"profile"_qs, profile}, {u"contributors"_qs, a}});
                return ExitOk;
            }
            for (const Contributor &c : listed.value)
                io.out() << c.user << "  " << roleName(c.role) << '\n';
            return ExitOk;
        }
        for (const Contributor &c : listed.value) {
            if (c.user == args.at(2))
                return printDone(io, await(profiles->removeContributor(profile, c)),
                                 tr("%1 no longer has access to %2.").arg(c.user, profile));
        }
        return io.fail(tr("%1 is not a contributor of %2.").arg(args.at(2), profile));
    }
};

} // namespace

std::unique_ptr<Command> makeProfilesCommand()
{
    return std::make_unique<ProfilesCommand>();
}

std::unique_ptr<Command> makeContributorsCommand()
{
    return std::make_unique<ContributorsCommand>();
}

} // namespace kfw::app
