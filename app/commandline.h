#pragma once

#include "app/cli/command.h"

#include <QSize>
#include <QStringList>

namespace kfw::app {

// Options that apply to the GUI and to every subcommand.
struct GlobalOptions
{
    bool json = false;
    bool verbose = false;
    QString lang;
    // --context NAME, --local and --namespace NS given before a command, handed to it.
    QStringList backendArgs;
};

// How the process was asked to run: the GUI, or a subcommand that needs no display.
struct Invocation
{
    enum class Mode
    {
        Gui,
        Cli,
    };
    Mode mode = Mode::Gui;
    GlobalOptions global;
    // For Cli: the command name followed by its arguments ("--help"/"--version" included).
    // For Gui: every argument.
    QStringList args;
};

// Decides between GUI and CLI from the arguments (without the program name): a leading
// subcommand name, --help or --version selects the CLI; a leading existing file opens the GUI
// with that file (how a desktop opens a pipeline with the app).
Invocation classifyArguments(const QStringList &args);

// The GUI's options, parsed.
struct GuiOptions
{
    QString screenshot;
    QString page;
    QSize size;
    QStringList open;
    QString theme;
    QString lang;
    QString context; // kubeconfig context to connect at start
    bool verbose = false;
    bool benchmarkFirstPaint = false;
};

// Parses the GUI options (files given without an option are opened); on error sets the
// message and returns false.
bool parseGuiOptions(const QStringList &args, GuiOptions *options, QString *error);

// Runs a subcommand or the help/version output. Returns the process exit code.
int runCommandLine(const Invocation &inv, const CommandRegistry &commands, QTextStream &out, QTextStream &err);

// The text of --help.
QString helpText(const CommandRegistry &commands);

} // namespace kfw::app
