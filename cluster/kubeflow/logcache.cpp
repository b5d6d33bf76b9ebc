#include "cluster/kubeflow/logcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::kubeflow {

LogCache::LogCache(QString folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/task-logs")
                   : std::move(folder))
    , m_worker(std::make_shared<QThreadPool>())
{
    m_worker->setMaxThreadCount(1);
}

QString LogCache::fileOf(const QString &runId, const QString &taskPath) const
{
    // Ids and paths come from the cluster: hashed, they cannot name a file outside the folder.
    const auto hex = [](const QString &text) {
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    };
    return m_folder + u'/' + hex(runId) + u'/' + hex(taskPath) + QStringLiteral(".log");
}

QFuture<bool> LogCache::store(const QString &runId, const QString &taskPath,
                              const QByteArray &log) const
{
    const QString file = fileOf(runId, taskPath);
    const QString root = m_folder;
    return QtConcurrent::run(m_worker.get(), [file, root, log] {
        if (!QDir().mkpath(QFileInfo(file).absolutePath()))
            return false;
        for (const QString &dir : {root, QFileInfo(file).absolutePath()})
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(log);
        return out.commit();
    });
}

QFuture<std::optional<QByteArray>> LogCache::load(const QString &runId,
                                                  const QString &taskPath) const
{
    const QString file = fileOf(runId, taskPath);
    return QtConcurrent::run(m_worker.get(), [file]() -> std::optional<QByteArray> {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return std::nullopt;
        return in.readAll();
    });
}

} // namespace kfw::kubeflow
