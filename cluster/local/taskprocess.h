#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace kfw::local {

// How to run one task's container command as a process on the workstation.
struct TaskLaunch
{
    QStringList argv;                 // program and arguments, placeholders resolved
    QMap<QString, QString> env;       // the container's env, added to the user's environment
    QString workDir;                  // created if missing
    QString logFile;                  // stdout and stderr, appended as they arrive
    int timeoutSeconds = 0;           // 0: no limit
    // Started detached when the task is cancelled or times out, for what the process group does
    // not hold (e.g. "podman rm -f <container>"); empty: nothing.
    QStringList cleanupArgv = {};
    // Files that exist only for this task (secret and config-map files on the host), removed when
    // it ends, however it ends.
    QStringList removeAfter = {};
};

// How a task process ended.
struct TaskResult
{
    enum class Status
    {
        Succeeded,
        Failed,        // non-zero exit or killed by a signal
        TimedOut,
        Cancelled,
        FailedToStart, // e.g. the command is not on this workstation
    };
    Status status = Status::Failed;
    int exitCode = -1;
    QString message;   // for the user, e.g. "exited with code 3"
    qint64 durationMs = 0;
};

// Runs one task as a child process in its own process group, so that cancelling or a time-out
// ends everything it started (and starts the launch's cleanup command for what lives outside
// the group, such as a container). Output is written to the log file and reported as it arrives.
// Everything is asynchronous: start() returns at once and finished() reports the end.
class TaskProcess : public QObject
{
    Q_OBJECT
public:
    explicit TaskProcess(TaskLaunch launch, QObject *parent = nullptr);
    ~TaskProcess() override;

    void start();
    // Ends the process group: SIGTERM, then SIGKILL after a grace period.
    void cancel();
    bool isRunning() const;
    qint64 processId() const;

    static constexpr int kGraceMs = 3000;

signals:
    void output(const QByteArray &chunk);
    void finished(const kfw::local::TaskResult &result);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void terminateGroup(TaskResult::Status reason);
    void startCleanup();
    void finish(TaskResult result);

    TaskLaunch m_launch;
    QProcess m_process;
    QFile m_log;
    QTimer m_timeout;
    QTimer m_kill;
    QElapsedTimer m_clock;
    TaskResult::Status m_stopReason = TaskResult::Status::Failed;
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace kfw::local

Q_DECLARE_METATYPE(kfw::local::TaskResult)
