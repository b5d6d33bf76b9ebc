#include "cluster/local/localbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace kfw::local {

LocalBackend::LocalBackend(const QString &dataDir, QObject *parent)
    : backend::Backend(parent)
    , m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                    : QDir(dataDir).absolutePath())
{
}

QString LocalBackend::displayName() const
{
    return QCoreApplication::translate("kfw::local::LocalBackend", "Local workstation");
}

void LocalBackend::addCapabilities(backend::Capabilities c)
{
    const auto before = m_capabilities;
    m_capabilities |= c;
    if (before != m_capabilities)
        emit capabilitiesChanged();
}

} // namespace kfw::local
