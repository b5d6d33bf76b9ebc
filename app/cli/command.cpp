#include "app/cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kfw::app {

void CliIo::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliIo::fail(const QString &message, int exitCode)
{
    if (m_json) {
        const QJsonObject error{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("exitCode"), exitCode}}}};
        m_err << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        m_err << QStringLiteral("kubeflow-workbench: ") << message << '\n';
    }
    m_err.flush();
    return exitCode;
}

void CliIo::message(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    Q_ASSERT(!find(command->name()));
    m_commands.push_back(std::move(command));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

} // namespace kfw::app
