// kubeflow-workbench: the GUI without arguments, or a subcommand that needs no display.

#include "app/cli/builtincommands.h"
#include "app/commandline.h"
#include "app/translations.h"
#include "app/workbench.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kubeflow-workbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kfworkbench.org"));
    QCoreApplication::setApplicationName(QStringLiteral("kubeflow-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KFW_VERSION));
}

void applyLogging(bool verbose)
{
    // Categories are quiet (warnings only) by default; QT_LOGGING_RULES still overrides this.
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("kfw.*.debug=true"));
}

int runCli(int argc, char **argv, const kfw::app::Invocation &inv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    applyLogging(inv.global.verbose);
    kfw::app::installTranslations(inv.global.lang);
    kfw::app::CommandRegistry commands;
    kfw::app::registerBuiltinCommands(commands);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return kfw::app::runCommandLine(inv, commands, out, err);
}

int runGui(int argc, char **argv, const kfw::app::Invocation &inv)
{
    kfw::app::GuiOptions options;
    QString error;
    if (!kfw::app::parseGuiOptions(inv.args, &options, &error)) {
        std::fprintf(stderr, "kubeflow-workbench: %s\nRun kubeflow-workbench --help for the usage.\n",
                     qUtf8Printable(error));
        return kfw::app::ExitUsage;
    }
    // A screenshot needs no screen: render offscreen when no display is there.
    if (!options.screenshot.isEmpty() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        && !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // The gateway login window is a web view; it shares the window's OpenGL contexts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium's sandbox refuses to run as root (containers, CI); the login window then runs
    // without it, as `--no-sandbox` would.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Kubeflow Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral(KFW_APP_ID));
    applyLogging(inv.global.verbose || options.verbose);
    kfw::app::installTranslations(options.lang.isEmpty() ? inv.global.lang : options.lang);

    kfw::app::Workbench workbench;
    const int code = workbench.start(options);
    if (code >= 0)
        return code;
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const kfw::app::Invocation inv = kfw::app::classifyArguments(args);
    if (inv.mode == kfw::app::Invocation::Mode::Cli)
        return runCli(argc, argv, inv);
    return runGui(argc, argv, inv);
}
