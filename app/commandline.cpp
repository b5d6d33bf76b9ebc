#include "app/commandline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace kfw::app {
namespace {

// Consumes leading global options. Returns the index of the first other argument.
qsizetype takeGlobalOptions(const QStringList &args, GlobalOptions *global)
{
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            global->json = true;
        } else if (a == QLatin1String("--verbose")) {
            global->verbose = true;
        } else if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            global->lang = args.at(++i);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            global->lang = a.mid(7);
        } else if ((a == QLatin1String("--context") || a == QLatin1String("--namespace") ||
                    a == QLatin1String("-n")) &&
                   i + 1 < args.size()) {
            global->backendArgs << a << args.at(++i);
        } else if (a == QLatin1String("--local") || a.startsWith(QLatin1String("--context=")) ||
                   a.startsWith(QLatin1String("--namespace="))) {
            global->backendArgs << a;
        } else {
            break;
        }
    }
    return i;
}

// The options, built on use so that their descriptions are translated.
struct Options
{
    const QCommandLineOption kScreenshot{
        {QStringLiteral("screenshot")},
        QCoreApplication::translate("kfw::app::CommandLine",
                                    "Render the main window once it has finished loading, save it "
                                    "as a PNG to FILE and exit."),
        QStringLiteral("FILE")};
    const QCommandLineOption kPage{
        {QStringLiteral("page")},
        QCoreApplication::translate("kfw::app::CommandLine",
                                    "Open the page with this id (e.g. welcome)."),
        QStringLiteral("ID")};
    const QCommandLineOption kSize{
        {QStringLiteral("size")},
        QCoreApplication::translate("kfw::app::CommandLine", "Window size, e.g. 1280x800."),
        QStringLiteral("WxH")};
    const QCommandLineOption kOpen{
        {QStringLiteral("open")},
        QCoreApplication::translate("kfw::app::CommandLine", "Open this file (may be repeated)."),
        QStringLiteral("FILE")};
    const QCommandLineOption kTheme{
        {QStringLiteral("theme")},
        QCoreApplication::translate("kfw::app::CommandLine", "Theme: system, light or dark."),
        QStringLiteral("THEME")};
    const QCommandLineOption kLang{
        {QStringLiteral("lang")},
        QCoreApplication::translate(
            "kfw::app::CommandLine",
            "Language of the interface, e.g. en or zh_CN (default: the system's)."),
        QStringLiteral("LANG")};
    const QCommandLineOption kContext{
        {QStringLiteral("context")},
        QCoreApplication::translate("kfw::app::CommandLine",
                                    "Connect to this kubeconfig context at start, as kubectl "
                                    "--context does."),
        QStringLiteral("NAME")};
    const QCommandLineOption kVerbose{
        {QStringLiteral("verbose")},
        QCoreApplication::translate("kfw::app::CommandLine",
                                    "Log debug messages of every subsystem.")};
    const QCommandLineOption kJson{
        {QStringLiteral("json")},
        QCoreApplication::translate("kfw::app::CommandLine", "Print results as JSON.")};
};

const Options &opts()
{
    static const Options o;
    return o;
}

QCommandLineOption benchmarkOption()
{
    QCommandLineOption o(
        QStringLiteral("benchmark-first-paint"),
        QStringLiteral("Print 'first-frame' on stdout when the window first paints."));
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

} // namespace

Invocation classifyArguments(const QStringList &args)
{
    Invocation inv;
    const qsizetype first = takeGlobalOptions(args, &inv.global);
    if (first < args.size()) {
        const QString &a = args.at(first);
        const bool isHelpOrVersion = a == QLatin1String("--help") || a == QLatin1String("-h") ||
                                     a == QLatin1String("--version") || a == QLatin1String("-v");
        const bool isFile = !a.startsWith(QLatin1Char('-')) && QFileInfo(a).isFile();
        if (isHelpOrVersion || (!a.startsWith(QLatin1Char('-')) && !isFile)) {
            inv.mode = Invocation::Mode::Cli;
            inv.args = args.mid(first);
            return inv;
        }
    }
    // --context before no command is the GUI's.
    inv.global.backendArgs.clear();
    inv.mode = Invocation::Mode::Gui;
    inv.args = args;
    return inv;
}

bool parseGuiOptions(const QStringList &args, GuiOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions({opts().kScreenshot, opts().kPage, opts().kSize, opts().kOpen, opts().kTheme,
                       opts().kLang, opts().kContext, opts().kVerbose, benchmarkOption()});
    if (!parser.parse(QStringList{QStringLiteral("kubeflow-workbench")} + args)) {
        *error = parser.errorText();
        return false;
    }
    options->screenshot = parser.value(opts().kScreenshot);
    options->page = parser.value(opts().kPage);
    options->open = parser.values(opts().kOpen);
    // Files given without --open, as a desktop passes them.
    for (const QString &file : parser.positionalArguments()) {
        if (!QFileInfo(file).isFile()) {
            *error = QCoreApplication::translate(
                         "kfw::app::CommandLine",
                         "Unknown argument '%1'. Run kubeflow-workbench --help for the usage.")
                         .arg(file);
            return false;
        }
        options->open << file;
    }
    options->lang = parser.value(opts().kLang);
    options->context = parser.value(opts().kContext);
    options->verbose = parser.isSet(opts().kVerbose);
    options->benchmarkFirstPaint = parser.isSet(QStringLiteral("benchmark-first-paint"));
    if (parser.isSet(opts().kTheme)) {
        options->theme = parser.value(opts().kTheme);
        if (options->theme != QLatin1String("system") && options->theme != QLatin1String("light") &&
            options->theme != QLatin1String("dark")) {
            *error = QCoreApplication::translate("kfw::app::CommandLine",
                                                 "--theme takes system, light or dark, not '%1'.")
                         .arg(options->theme);
            return false;
        }
    }
    if (parser.isSet(opts().kSize)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(opts().kSize));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 16384 || h > 16384) {
            *error =
                QCoreApplication::translate(
                    "kfw::app::CommandLine",
                    "--size takes WIDTHxHEIGHT between 320x240 and 16384x16384, e.g. 1280x800; "
                    "got '%1'.")
                    .arg(parser.value(opts().kSize));
            return false;
        }
        options->size = QSize(w, h);
    }
    return true;
}

QString helpText(const CommandRegistry &commands)
{
    QString text;
    QTextStream s(&text);
    s << QCoreApplication::translate("kfw::app::CommandLine", "Usage:") << '\n'
      << "  kubeflow-workbench [GUI options]\n"
      << "  kubeflow-workbench [--json] [--verbose] [--lang LANG] [--context NAME | --local] "
         "[--namespace NS] COMMAND [options]\n\n"
      << QCoreApplication::translate("kfw::app::CommandLine",
                                     "Kubeflow Workbench: author, run and compare Kubeflow "
                                     "pipelines on this workstation or "
                                     "on a Kubeflow cluster.")
      << "\n\n"
      << QCoreApplication::translate("kfw::app::CommandLine", "GUI options:") << '\n';
    for (const QCommandLineOption &o :
         {opts().kScreenshot, opts().kPage, opts().kSize, opts().kOpen, opts().kTheme}) {
        const QString name =
            QStringLiteral("--") + o.names().constFirst() +
            (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName());
        s << "  " << name.leftJustified(22) << ' ' << o.description() << '\n';
    }
    s << '\n'
      << QCoreApplication::translate("kfw::app::CommandLine", "Commands (no display needed):")
      << '\n';
    for (const auto &c : commands.commands())
        s << "  " << c->name().leftJustified(22) << ' ' << c->summary() << '\n';
    s << "  " << QStringLiteral("help COMMAND").leftJustified(22) << ' '
      << QCoreApplication::translate("kfw::app::CommandLine", "Show the options of a command.")
      << '\n';
    s << '\n'
      << QCoreApplication::translate("kfw::app::CommandLine", "Options for every mode:") << '\n';
    for (const QCommandLineOption &o : {opts().kJson, opts().kVerbose, opts().kLang}) {
        const QString name =
            QStringLiteral("--") + o.names().constFirst() +
            (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName());
        s << "  " << name.leftJustified(22) << ' ' << o.description() << '\n';
    }
    s << "  " << QStringLiteral("-h, --help").leftJustified(22) << ' '
      << QCoreApplication::translate("kfw::app::CommandLine", "Show this help.") << '\n';
    s << "  " << QStringLiteral("-v, --version").leftJustified(22) << ' '
      << QCoreApplication::translate("kfw::app::CommandLine", "Show the version.") << '\n';
    s << '\n'
      << QCoreApplication::translate(
             "kfw::app::CommandLine",
             "Exit codes: 0 success, 1 failure, 2 usage error. Messages go to stderr; with --json, "
             "results go to stdout as JSON.")
      << '\n';
    return text;
}

int runCommandLine(const Invocation &inv, const CommandRegistry &commands, QTextStream &out,
                   QTextStream &err)
{
    CliIo io(out, err, inv.global.json);
    const QString first = inv.args.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << helpText(commands);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "kubeflow-workbench " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    QString name = first;
    QStringList rest = inv.args.mid(1) + inv.global.backendArgs;
    bool helpForCommand = false;
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            out << helpText(commands);
            return ExitOk;
        }
        name = rest.takeFirst();
        helpForCommand = true;
    }
    Command *command = commands.find(name);
    if (!command) {
        QStringList names;
        for (const auto &c : commands.commands())
            names << c->name();
        return io.fail(
            QCoreApplication::translate(
                "kfw::app::CommandLine",
                "Unknown command '%1'. Commands: %2. Run kubeflow-workbench --help for the usage.")
                .arg(name, names.join(QStringLiteral(", "))),
            ExitUsage);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOption(opts().kJson);
    parser.addOption(opts().kVerbose);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("kfw::app::CommandLine", "Show this help."));
    parser.addOption(help);
    command->configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("kubeflow-workbench ") + name} + rest))
        return io.fail(
            parser.errorText() + QLatin1Char('\n') +
                QCoreApplication::translate("kfw::app::CommandLine",
                                            "Run kubeflow-workbench help %1 for its options.")
                    .arg(name),
            ExitUsage);
    if (helpForCommand || parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    CliIo commandIo(out, err, inv.global.json || parser.isSet(opts().kJson));
    return command->run(parser, commandIo);
}

} // namespace kfw::app
