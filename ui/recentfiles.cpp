#include "ui/recentfiles.h"

#include "ui/setting.h"

#include <QDir>
#include <QFileInfo>

namespace kfw::ui {
namespace {
const Setting<QStringList> kRecentFiles{"shell/recentFiles", {}};
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(kRecentFiles.value())
{
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_files.removeAll(abs);
    m_files.prepend(abs);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(path) > 0)
        store();
}

void RecentFiles::clear()
{
    if (m_files.isEmpty())
        return;
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    kRecentFiles.setValue(m_files);
    emit changed();
}

} // namespace kfw::ui
