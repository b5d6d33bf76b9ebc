#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <memory>
#include <optional>

class QThreadPool;

namespace kfw::kubeflow {

// Task logs of cluster runs kept on the workstation, so that a log stays readable after the
// cluster removes the task's pod. One file per run and task under a folder only the user can
// read; reads and writes happen in order on a worker thread.
class LogCache
{
public:
    // folder empty: "task-logs" in the application's data folder.
    explicit LogCache(QString folder = {});

    QString folder() const { return m_folder; }
    // Keeps the log (replacing what was kept); the future says whether it was written.
    QFuture<bool> store(const QString &runId, const QString &taskPath, const QByteArray &log) const;
    // The log kept for the task, if any.
    QFuture<std::optional<QByteArray>> load(const QString &runId, const QString &taskPath) const;
    // The file a task's log is kept in.
    QString fileOf(const QString &runId, const QString &taskPath) const;

private:
    QString m_folder;
    std::shared_ptr<QThreadPool> m_worker; // one thread: reads come after the writes before them
};

} // namespace kfw::kubeflow
