#include "cluster/kube/contextbackend.h"

#include "cluster/kube/connectionmanager.h"

namespace kfw::kube {

ContextBackend::ContextBackend(ContextConnection *connection, QObject *parent)
    : backend::Backend(parent)
    , m_connection(connection)
    , m_name(connection->name())
{}

QString ContextBackend::idFor(const QString &contextName)
{
    return QStringLiteral("kube:") + contextName;
}

QString ContextBackend::id() const
{
    return idFor(m_name);
}

QString ContextBackend::displayName() const
{
    return m_name;
}

QString ContextBackend::location() const
{
    return m_connection ? m_connection->serverUrl() : QString();
}

} // namespace kfw::kube
