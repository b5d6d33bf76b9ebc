#include "cluster/local/taskprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>
#include <sys/types.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace kfw::local {

TaskProcess::TaskProcess(TaskLaunch launch, QObject *parent)
    : QObject(parent)
    , m_launch(std::move(launch))
{
    qRegisterMetaType<kfw::local::TaskResult>();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A process group of its own: cancel() and time-outs reach every descendant.
    // Its own session (so that cancel ends the whole tree), and ended when the workbench dies
    // without a chance to cancel it (SIGKILL, a crash).
    m_process.setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(&m_process, &QProcess::readyRead, this, &TaskProcess::onReadyRead);
    connect(&m_process, &QProcess::finished, this, &TaskProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &TaskProcess::onError);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { terminateGroup(TaskResult::Status::TimedOut); });
    m_kill.setSingleShot(true);
    connect(&m_kill, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning && m_process.processId() > 0)
            ::kill(-pid_t(m_process.processId()), SIGKILL);
    });
}

TaskProcess::~TaskProcess()
{
    if (m_process.state() != QProcess::NotRunning && m_process.processId() > 0) {
        if (!m_stopping)
            startCleanup();
        ::kill(-pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(1000);
    }
}

void TaskProcess::start()
{
    m_clock.start();
    if (m_launch.argv.isEmpty()) {
        finish({TaskResult::Status::FailedToStart, -1, tr("the task has no command"), 0});
        return;
    }
    if (!m_launch.workDir.isEmpty() && !QDir().mkpath(m_launch.workDir)) {
        finish({TaskResult::Status::FailedToStart, -1, tr("cannot create the working folder %1").arg(m_launch.workDir), 0});
        return;
    }
    if (!m_launch.logFile.isEmpty()) {
        QDir().mkpath(QFileInfo(m_launch.logFile).absolutePath());
        m_log.setFileName(m_launch.logFile);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            finish({TaskResult::Status::FailedToStart, -1, tr("cannot write the log %1: %2").arg(m_launch.logFile, m_log.errorString()), 0});
            return;
        }
    }
    const QString program = m_launch.argv.first();
    const bool hasPath = program.contains(QLatin1Char('/'));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_launch.env.begin(); it != m_launch.env.end(); ++it)
        env.insert(it.key(), it.value());
    // Resolve the program on the task's PATH, to tell "not on this workstation" apart from
    // other failures.
    const QString resolved = hasPath ? program
                                     : QStandardPaths::findExecutable(program, env.value(QStringLiteral("PATH")).split(QLatin1Char(':')));
    if (resolved.isEmpty() || !QFileInfo(resolved).isExecutable()) {
        finish({TaskResult::Status::FailedToStart, -1,
                tr("the command '%1' is not on this workstation; install it or run the pipeline on a cluster").arg(program), 0});
        return;
    }
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_launch.workDir.isEmpty() ? QDir::currentPath() : m_launch.workDir);
    m_process.setProgram(resolved);
    m_process.setArguments(m_launch.argv.mid(1));
    if (m_launch.timeoutSeconds > 0)
        m_timeout.start(m_launch.timeoutSeconds * 1000);
    m_process.start(QIODevice::ReadOnly);
}

void TaskProcess::cancel()
{
    terminateGroup(TaskResult::Status::Cancelled);
}

bool TaskProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 TaskProcess::processId() const
{
    return m_process.processId();
}

void TaskProcess::terminateGroup(TaskResult::Status reason)
{
    if (m_stopping || m_done)
        return;
    m_stopping = true;
    m_stopReason = reason;
    if (m_process.state() == QProcess::NotRunning || m_process.processId() <= 0) {
        finish({reason, -1, reason == TaskResult::Status::Cancelled ? tr("cancelled") : tr("timed out"), m_clock.elapsed()});
        return;
    }
    startCleanup();
    ::kill(-pid_t(m_process.processId()), SIGTERM);
    m_kill.start(kGraceMs);
}

void TaskProcess::startCleanup()
{
    if (m_launch.cleanupArgv.isEmpty())
        return;
    // Detached and unwaited: the caller's thread never blocks, and the cleanup's own output
    // stays out of the task's log and the app's console.
    QProcess cleanup;
    cleanup.setProgram(m_launch.cleanupArgv.first());
    cleanup.setArguments(m_launch.cleanupArgv.mid(1));
    cleanup.setStandardInputFile(QProcess::nullDevice());
    cleanup.setStandardOutputFile(QProcess::nullDevice());
    cleanup.setStandardErrorFile(QProcess::nullDevice());
    cleanup.startDetached();
}

void TaskProcess::onReadyRead()
{
    const QByteArray chunk = m_process.readAll();
    if (chunk.isEmpty())
        return;
    if (m_log.isOpen()) {
        m_log.write(chunk);
        m_log.flush();
    }
    emit output(chunk);
}

void TaskProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyRead();
    // Children the task left behind in its group end with it.
    if (m_process.processId() > 0)
        ::kill(-pid_t(m_process.processId()), SIGKILL);
    TaskResult r;
    r.exitCode = exitCode;
    r.durationMs = m_clock.elapsed();
    if (m_stopping) {
        r.status = m_stopReason;
        r.message = m_stopReason == TaskResult::Status::Cancelled
                        ? tr("cancelled")
                        : tr("timed out after %n second(s)", nullptr, m_launch.timeoutSeconds);
    } else if (status == QProcess::CrashExit) {
        r.status = TaskResult::Status::Failed;
        r.message = tr("ended by a signal");
    } else if (exitCode != 0) {
        r.status = TaskResult::Status::Failed;
        r.message = tr("exited with code %1").arg(exitCode);
    } else {
        r.status = TaskResult::Status::Succeeded; // the state says it all; messages explain failures
    }
    finish(r);
}

void TaskProcess::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        finish({TaskResult::Status::FailedToStart, -1, tr("could not start '%1': %2").arg(m_launch.argv.first(), m_process.errorString()),
                m_clock.elapsed()});
}

void TaskProcess::finish(TaskResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_kill.stop();
    for (const QString &file : std::as_const(m_launch.removeAfter))
        QFile::remove(file);
    if (m_log.isOpen())
        m_log.close();
    // Reported from the event loop, so that a caller connecting after start() hears it.
    QMetaObject::invokeMethod(this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace kfw::local
