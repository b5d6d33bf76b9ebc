#include "app/cli/localcommand.h"

#include "app/cli/await.h"
#include "cluster/backend/services.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/localservices.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace kfw::app {
namespace {

using namespace kfw::backend;

// Reads one line from stdin; on a terminal the prompt is shown and the typing is not echoed.
std::optional<QString> readSecretLine(const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line);
}

class LocalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(kfw::app::LocalCommand)

public:
    QString name() const override { return QStringLiteral("local"); }
    QString summary() const override
    {
        return QCoreApplication::translate("kfw::app::LocalCommand",
                                           "Secrets, config maps and volume folders that local "
                                           "runs use, and the container engines here.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
            QStringLiteral("what"),
            tr("secret set NAME KEY... | configmap set NAME KEY=VALUE... | volume set NAME FOLDER "
               "| "
               "secret|configmap|volume list | secret|configmap|volume delete NAME | engines"));
    }

    int run(const QCommandLineParser &parser, CliIo &io) override
    {
        const QStringList args = parser.positionalArguments();
        const QString usage =
            tr("usage: kubeflow-workbench local secret set NAME KEY... | configmap set NAME "
               "KEY=VALUE... | volume set NAME FOLDER | "
               "secret|configmap|volume list | secret|configmap|volume delete NAME | engines");
        if (args.isEmpty())
            return io.fail(usage, ExitUsage);
        local::LocalBackend backend;
        WorkstationService *ws = backend.workstation();
        const QString kind = args.at(0);
        const QString action = args.value(1);
        if (kind == QLatin1String("engines") && args.size() == 1) {
            const auto engines = await(ws->containerEngines());
            if (io.json()) {
                io.printJson(QJsonObject{
                    {QStringLiteral("engines"), QJsonArray::fromStringList(engines.value)}});
            } else if (engines.value.isEmpty()) {
                io.out() << tr("No container engine is installed; container tasks run as processes "
                               "on this workstation.")
                         << '\n';
            } else {
                for (const QString &e : engines.value)
                    io.out() << e << '\n';
            }
            return ExitOk;
        }
        if (kind != QLatin1String("secret") && kind != QLatin1String("configmap") &&
            kind != QLatin1String("volume"))
            return io.fail(usage, ExitUsage);
        if (action == QLatin1String("list") && args.size() == 2)
            return list(kind, ws, io);
        if (action == QLatin1String("delete") && args.size() == 3) {
            const QString n = args.at(2);
            const Result<Done> r =
                await(kind == QLatin1String("secret")      ? ws->removeSecret(n)
                      : kind == QLatin1String("configmap") ? ws->removeConfigMap(n)
                                                           : ws->removeVolume(n));
            return r.ok() ? ExitOk : io.fail(r.error);
        }
        if (action != QLatin1String("set") || args.size() < 4)
            return io.fail(usage, ExitUsage);
        const QString n = args.at(2);
        if (kind == QLatin1String("volume")) {
            if (args.size() != 4)
                return io.fail(usage, ExitUsage);
            const Result<Done> r =
                await(ws->setVolume(n, QDir::current().absoluteFilePath(args.at(3))));
            return r.ok() ? ExitOk : io.fail(r.error);
        }
        QMap<QString, QString> values;
        if (kind == QLatin1String("configmap")) {
            for (const QString &pair : args.mid(3)) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return io.fail(tr("a config map entry is KEY=VALUE, not '%1'").arg(pair),
                                   ExitUsage);
                values.insert(pair.left(eq), pair.mid(eq + 1));
            }
            const Result<Done> r = await(ws->setConfigMap(n, values));
            return r.ok() ? ExitOk : io.fail(r.error);
        }
        // Checked before any value is typed.
        if (const QString why = local::checkObjectName(n); !why.isEmpty())
            return io.fail(why);
        // Secret values never appear on the command line: they are read from stdin, one line per
        // key.
        for (const QString &key : args.mid(3)) {
            const auto value = readSecretLine(tr("Value of %1 in secret %2: ").arg(key, n));
            if (!value)
                return io.fail(
                    tr("no value for key %1 on standard input (give one line per key)").arg(key));
            values.insert(key, *value);
        }
        const Result<Done> r = await(ws->setSecret(n, values));
        return r.ok() ? ExitOk : io.fail(r.error);
    }

private:
    static int list(const QString &kind, WorkstationService *ws, CliIo &io)
    {
        const Result<StandIns> r = await(ws->standIns());
        if (!r.ok())
            return io.fail(r.error);
        QJsonObject json;
        QStringList lines;
        if (kind == QLatin1String("secret")) {
            for (auto it = r.value.secrets.begin(); it != r.value.secrets.end(); ++it) {
                json.insert(it.key(), QJsonArray::fromStringList(it.value()));
                lines << it.key() + QStringLiteral("  ") + it.value().join(QStringLiteral(", "));
            }
        } else if (kind == QLatin1String("configmap")) {
            for (auto it = r.value.configMaps.begin(); it != r.value.configMaps.end(); ++it) {
                QJsonObject data;
                QStringList pairs;
                for (auto kv = it.value().begin(); kv != it.value().end(); ++kv) {
                    data.insert(kv.key(), kv.value());
                    pairs << kv.key() + QLatin1Char('=') + kv.value();
                }
                json.insert(it.key(), data);
                lines << it.key() + QStringLiteral("  ") + pairs.join(QStringLiteral(", "));
            }
        } else {
            for (auto it = r.value.volumes.begin(); it != r.value.volumes.end(); ++it) {
                json.insert(it.key(), it.value());
                lines << it.key() + QStringLiteral("  ") + it.value();
            }
        }
        if (io.json())
            io.printJson(json);
        else
            for (const QString &l : lines)
                io.out() << l << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeLocalCommand()
{
    return std::make_unique<LocalCommand>();
}

} // namespace kfw::app
