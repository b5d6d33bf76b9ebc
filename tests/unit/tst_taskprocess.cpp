// One task as a host process: exit codes, logs, environment and working folder; time-outs and
// cancel end the whole process tree; a command missing on the workstation is named.

#include "cluster/local/taskprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace kfw::local;

namespace {
TaskResult runToEnd(TaskProcess &p, int timeoutMs = 20000)
{
    QSignalSpy done(&p, &TaskProcess::finished);
    p.start();
    if (!done.wait(timeoutMs))
        return {TaskResult::Status::Failed, -1, QStringLiteral("test timed out"), 0};
    return done.first().first().value<TaskResult>();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

class TestTaskProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void succeedsAndLogs()
    {
        const QString log = m_dir.filePath(QStringLiteral("ok/log.txt"));
        TaskProcess p({{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; pwd; echo $MODE")},
                       {{QStringLiteral("MODE"), QStringLiteral("fast")}},
                       m_dir.filePath(QStringLiteral("ok/work")),
                       log,
                       0});
        QByteArray streamed;
        connect(&p, &TaskProcess::output, this, [&](const QByteArray &c) { streamed += c; });
        const TaskResult r = runToEnd(p);
        QCOMPARE(r.status, TaskResult::Status::Succeeded);
        QCOMPARE(r.exitCode, 0);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text, streamed);
        QVERIFY(text.contains("out\n"));
        QVERIFY(text.contains("err\n"));
        QVERIFY(text.contains(QDir(m_dir.filePath(QStringLiteral("ok/work"))).canonicalPath().toUtf8()));
        QVERIFY(text.contains("fast\n"));
    }

    void failureCarriesTheExitCode()
    {
        TaskProcess p({{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")}, {}, {}, {}, 0});
        const TaskResult r = runToEnd(p);
        QCOMPARE(r.status, TaskResult::Status::Failed);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.message.contains(QStringLiteral("3")));
    }

    void missingCommandIsNamed()
    {
        TaskProcess p({{QStringLiteral("kfw-no-such-command"), QStringLiteral("x")}, {}, {}, {}, 0});
        const TaskResult r = runToEnd(p);
        QCOMPARE(r.status, TaskResult::Status::FailedToStart);
        QVERIFY2(r.message.contains(QStringLiteral("'kfw-no-such-command' is not on this workstation")), qPrintable(r.message));
    }

    void timeoutEndsTheWholeTree()
    {
        // The shell starts a grandchild and records its pid; both must be gone after the time-out.
        const QString pidFile = m_dir.filePath(QStringLiteral("grandchild.pid"));
        TaskProcess p({{QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile)},
                       {},
                       {},
                       {},
                       1});
        QElapsedTimer t;
        t.start();
        const TaskResult r = runToEnd(p);
        QCOMPARE(r.status, TaskResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 15000);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 grandchild = f.readAll().trimmed().toLongLong();
        QVERIFY(grandchild > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(grandchild), 5000);
    }

    void cancelEndsTheWholeTree()
    {
        const QString pidFile = m_dir.filePath(QStringLiteral("cancel.pid"));
        TaskProcess p({{QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("trap '' TERM; sleep 60 & echo $! > '%1'; wait").arg(pidFile)},
                       {},
                       {},
                       {},
                       0});
        QSignalSpy done(&p, &TaskProcess::finished);
        p.start();
        QTRY_VERIFY(QFile::exists(pidFile) && QFileInfo(pidFile).size() > 0);
        p.cancel();
        // The shell ignores SIGTERM: the grace period ends in SIGKILL.
        QVERIFY(done.wait(TaskProcess::kGraceMs + 10000));
        const TaskResult r = done.first().first().value<TaskResult>();
        QCOMPARE(r.status, TaskResult::Status::Cancelled);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 grandchild = f.readAll().trimmed().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(grandchild), 5000);
    }
};

QTEST_GUILESS_MAIN(TestTaskProcess)
#include "tst_taskprocess.moc"
