#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace kfw::app {

// Process exit codes shared by every subcommand.
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
};

// Where a subcommand writes: results on stdout (JSON with --json), messages on stderr.
class CliIo
{
public:
    CliIo(QTextStream &out, QTextStream &err, bool json)
        : m_out(out)
        , m_err(err)
        , m_json(json)
    {
    }

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints a JSON document (indented) on stdout.
    void printJson(const QJsonValue &value);
    // Reports a failure on stderr ({"error": {...}} with --json) and returns the exit code.
    int fail(const QString &message, int exitCode = ExitFailed);
    // Prints a line on stderr.
    void message(const QString &text);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

// One subcommand of the kubeflow-workbench executable ("doctor", "pipeline", "runs", ...).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) { Q_UNUSED(parser) }
    // Runs after the arguments parsed; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CliIo &io) = 0;
};

// The subcommands of this build, in the order they are listed by --help.
class CommandRegistry
{
public:
    void add(std::unique_ptr<Command> command);
    Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace kfw::app
