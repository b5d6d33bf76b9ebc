#include "app/cli/builtincommands.h"

#include "app/cli/backendcommands.h"
#include "app/cli/pipelinecommand.h"
#include "app/cli/clustercommand.h"
#include "app/cli/localcommand.h"
#include "app/cli/notebookcommands.h"
#include "app/cli/profilecommands.h"
#include "app/cli/recurringcommand.h"
#include "app/cli/runcommand.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryFile>

namespace kfw::app {
namespace {

class VersionCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::BuiltinCommands", "Show the version of the workbench and of Qt.");
    }
    int run(const QCommandLineParser &, CliIo &io) override
    {
        const QString version = QCoreApplication::applicationVersion();
        if (io.json()) {
            io.printJson(QJsonObject{{QStringLiteral("version"), version},
                                     {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                     {QStringLiteral("system"), QSysInfo::prettyProductName()}});
        } else {
            io.out() << "kubeflow-workbench " << version << '\n'
                     << "Qt " << qVersion() << " (" << QSysInfo::prettyProductName() << ")\n";
        }
        return ExitOk;
    }
};

QString statusKey(DoctorCheck::Status s)
{
    switch (s) {
    case DoctorCheck::Status::Ok:
        return QStringLiteral("ok");
    case DoctorCheck::Status::Note:
        return QStringLiteral("note");
    case DoctorCheck::Status::Warning:
        return QStringLiteral("warning");
    case DoctorCheck::Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

class DoctorCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::BuiltinCommands",
                                           "Check this machine for what the workbench needs, and say what to fix.");
    }
    int run(const QCommandLineParser &, CliIo &io) override
    {
        const QList<DoctorCheck> checks = runDoctorChecks();
        bool failed = false;
        QJsonArray array;
        for (const DoctorCheck &c : checks) {
            failed = failed || c.status == DoctorCheck::Status::Error;
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("status"), statusKey(c.status)},
                                     {QStringLiteral("detail"), c.detail},
                                     {QStringLiteral("hint"), c.hint}});
        }
        if (io.json()) {
            io.printJson(QJsonObject{{QStringLiteral("ok"), !failed}, {QStringLiteral("checks"), array}});
        } else {
            for (const DoctorCheck &c : checks) {
                const char *mark = c.status == DoctorCheck::Status::Ok        ? "[ok]  "
                                   : c.status == DoctorCheck::Status::Note    ? "[--]  "
                                   : c.status == DoctorCheck::Status::Warning ? "[!!]  "
                                                                              : "[XX]  ";
                io.out() << mark << c.title.leftJustified(22) << ' ' << c.detail << '\n';
                if (!c.hint.isEmpty())
                    io.out() << "      " << QString().leftJustified(22) << ' ' << c.hint << '\n';
            }
        }
        return failed ? ExitFailed : ExitOk;
    }
};

} // namespace

QList<DoctorCheck> runDoctorChecks()
{
    using S = DoctorCheck::Status;
    QList<DoctorCheck> checks;

    checks.append({QStringLiteral("qt"), QCoreApplication::translate("kfw::app::BuiltinCommands", "Qt"), S::Ok,
                   QCoreApplication::translate("kfw::app::BuiltinCommands", "Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)), {}});

    // Data folder of the local backend.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    {
        DoctorCheck c{QStringLiteral("data-folder"), QCoreApplication::translate("kfw::app::BuiltinCommands", "Data folder"), S::Ok, dataDir, {}};
        QTemporaryFile probe(dataDir + QStringLiteral("/.write-test-XXXXXX"));
        if (dataDir.isEmpty() || !QDir().mkpath(dataDir) || !probe.open()) {
            c.status = S::Error;
            c.detail = QCoreApplication::translate("kfw::app::BuiltinCommands", "%1 is not writable").arg(dataDir);
            c.hint = QCoreApplication::translate("kfw::app::BuiltinCommands", "The local backend keeps runs and artifacts there. Fix the folder's permissions or set "
                        "XDG_DATA_HOME to a writable folder.");
        }
        checks.append(c);
    }

    // Display.
    {
        const bool display = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
        checks.append({QStringLiteral("display"), QCoreApplication::translate("kfw::app::BuiltinCommands", "Display"), display ? S::Ok : S::Note,
                       display ? QCoreApplication::translate("kfw::app::BuiltinCommands", "available") : QCoreApplication::translate("kfw::app::BuiltinCommands", "no X11 or Wayland display"),
                       display ? QString()
                               : QCoreApplication::translate("kfw::app::BuiltinCommands", "The GUI needs a display; on a headless machine run it under xvfb-run. "
                                    "Commands like this one work without.")});
    }

    // Python for local runs of Python-function components.
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        checks.append({QStringLiteral("python3"), QCoreApplication::translate("kfw::app::BuiltinCommands", "Python 3"), python.isEmpty() ? S::Warning : S::Ok,
                       python.isEmpty() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "not found on PATH") : python,
                       python.isEmpty() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "Local runs of Python components need python3: sudo apt install python3")
                                        : QString()});
    }

    // kubeconfig, for cluster backends.
    {
        QStringList files;
        const QString env = qEnvironmentVariable("KUBECONFIG");
        if (!env.isEmpty())
            files = env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
        else
            files << QDir::homePath() + QStringLiteral("/.kube/config");
        QStringList present;
        for (const QString &f : files) {
            if (QFileInfo(f).isFile())
                present << f;
        }
        checks.append({QStringLiteral("kubeconfig"), QCoreApplication::translate("kfw::app::BuiltinCommands", "kubeconfig"), present.isEmpty() ? S::Note : S::Ok,
                       present.isEmpty() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "none found (%1)").arg(files.join(QStringLiteral(", ")))
                                         : present.join(QStringLiteral(", ")),
                       present.isEmpty() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "Only the local backend is available until a kubeconfig names a "
                                              "Kubeflow cluster.")
                                         : QString()});
    }

    // kubectl, optional: the workbench does not need it.
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        checks.append({QStringLiteral("kubectl"), QCoreApplication::translate("kfw::app::BuiltinCommands", "kubectl"), kubectl.isEmpty() ? S::Note : S::Ok,
                       kubectl.isEmpty() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "not found (optional)") : kubectl, {}});
    }

    // OS keychain (Secret Service on Linux).
    {
        DoctorCheck c{QStringLiteral("keychain"), QCoreApplication::translate("kfw::app::BuiltinCommands", "Keychain"), S::Ok, {}, {}};
        QDBusConnection bus = QDBusConnection::sessionBus();
        const QString service = QStringLiteral("org.freedesktop.secrets");
        bool available = false;
        if (bus.isConnected() && bus.interface()) {
            available = bus.interface()->isServiceRegistered(service).value()
                        || bus.interface()->activatableServiceNames().value().contains(service);
        }
        if (available) {
            c.detail = QCoreApplication::translate("kfw::app::BuiltinCommands", "Secret Service available");
        } else {
            c.status = S::Warning;
            c.detail = bus.isConnected() ? QCoreApplication::translate("kfw::app::BuiltinCommands", "no Secret Service on the session bus") : QCoreApplication::translate("kfw::app::BuiltinCommands", "no D-Bus session bus");
            c.hint = QCoreApplication::translate("kfw::app::BuiltinCommands", "Tokens and passwords are kept only in the OS keychain. Install and start a Secret Service "
                        "(gnome-keyring or KeePassXC) to let the workbench remember cluster logins.");
        }
        checks.append(c);
    }
    return checks;
}

void registerBuiltinCommands(CommandRegistry &commands)
{
    commands.add(std::make_unique<VersionCommand>());
    commands.add(std::make_unique<DoctorCommand>());
    commands.add(makePipelineCommand());
    commands.add(makeRunCommand());
    commands.add(makeRunsCommand());
    commands.add(makePipelinesCommand());
    commands.add(makeExperimentsCommand());
    commands.add(makeLocalCommand());
    commands.add(makeClusterCommand());
    commands.add(makeRecurringCommand());
    commands.add(makeProfilesCommand());
    commands.add(makeNotebooksCommand());
    commands.add(makeContributorsCommand());
}

} // namespace kfw::app
