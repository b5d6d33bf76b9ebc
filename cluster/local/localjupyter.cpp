#include "cluster/local/localjupyter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kfw::local {

using namespace backend;

namespace {

// The lines of output kept for a failure message.
constexpr int kKeptOutput = 4000;

} // namespace

LocalJupyterService::LocalJupyterService(QObject *parent)
    : LocalNotebookService(parent)
{}

LocalJupyterService::~LocalJupyterService()
{
    // The servers end with the workbench (QProcess kills what is still running).
    for (Server &s : m_servers) {
        if (s.process)
            s.process->terminate();
    }
}

QString LocalJupyterService::findProgram()
{
    const QString chosen = qEnvironmentVariable("KFW_JUPYTER");
    if (!chosen.isEmpty())
        return QFileInfo(chosen).isExecutable() ? chosen : QStandardPaths::findExecutable(chosen);
    for (const char *name : {"jupyter-lab", "jupyter-notebook"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString LocalJupyterService::installHint()
{
    return tr("Jupyter is not installed on this computer. Install JupyterLab (pipx install "
              "jupyterlab, or pip install --user jupyterlab), or the classic notebook from your "
              "distribution (sudo apt install jupyter-notebook), then start again.");
}

QList<LocalNotebook> LocalJupyterService::servers() const
{
    QList<LocalNotebook> out;
    for (const QString &folder : m_order) {
        const Server &s = m_servers.value(folder);
        if (s.process && !s.starting)
            out << s.notebook;
    }
    return out;
}

QFuture<Result<LocalNotebook>> LocalJupyterService::start(const QString &folderIn)
{
    const QString folder = QDir::cleanPath(QDir(folderIn).absolutePath());
    if (m_servers.contains(folder)) {
        const Server &s = m_servers[folder];
        if (s.starting)
            return s.starting->future();
        return QtFuture::makeReadyFuture(Result<LocalNotebook>{s.notebook, {}});
    }
    Server server;
    server.notebook.folder = folder;
    server.starting = std::make_shared<QPromise<Result<LocalNotebook>>>();
    server.starting->start();
    QFuture<Result<LocalNotebook>> out = server.starting->future();
    m_servers.insert(folder, server);
    // Finding the program looks at every folder of PATH: off the GUI thread.
    const QPointer<LocalJupyterService> guard(this);
    QtConcurrent::run([] {
        return findProgram();
    }).then(QtFuture::Launch::Sync, [guard, folder](const QString &program) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, folder, program] {
                if (guard)
                    guard->launch(folder, program);
            },
            Qt::QueuedConnection);
    });
    return out;
}

void LocalJupyterService::launch(const QString &folder, const QString &program)
{
    if (!m_servers.contains(folder))
        return;
    if (program.isEmpty())
        return finishStart(folder, Result<LocalNotebook>::failure(installHint()));
    if (!QFileInfo(folder).isDir())
        return finishStart(folder,
                           Result<LocalNotebook>::failure(tr("%1 is not a folder.").arg(folder)));
    // A free port: the system's choice, released for the server to take.
    quint16 port = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            port = probe.serverPort();
    }
    if (port == 0)
        return finishStart(
            folder, Result<LocalNotebook>::failure(tr("No local port is free for Jupyter.")));
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const bool classic = QFileInfo(program).fileName().contains(u"notebook");
    const QString app = classic ? QStringLiteral("NotebookApp") : QStringLiteral("ServerApp");
    QStringList arguments{QStringLiteral("--no-browser"),
                          QStringLiteral("--ip=127.0.0.1"),
                          QStringLiteral("--port=%1").arg(port),
                          QStringLiteral("--port-retries=0"),
                          QStringLiteral("--%1.token=%2").arg(app, token),
                          classic ? QStringLiteral("--notebook-dir=%1").arg(folder)
                                  : QStringLiteral("--ServerApp.root_dir=%1").arg(folder)};
#ifdef Q_OS_UNIX
    // Jupyter refuses to run as root unless told; the workbench runs as root only when its user
    // does (a container, a lab machine), and the server is theirs alike.
    if (::geteuid() == 0)
        arguments << QStringLiteral("--allow-root");
#endif
    Server &s = m_servers[folder];
    s.notebook.program = QFileInfo(program).fileName();
    s.notebook.url =
        QUrl(QStringLiteral("http://127.0.0.1:%1/%2?token=%3")
                 .arg(port)
                 .arg(classic ? QStringLiteral("tree") : QStringLiteral("lab"), token));
    auto *process = new QProcess(this);
    s.process = process;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setWorkingDirectory(folder);
    process->setProcessChannelMode(QProcess::MergedChannels);
    const QByteArray address = QByteArray("127.0.0.1:") + QByteArray::number(port);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, folder, process, address] {
        if (!m_servers.contains(folder))
            return;
        Server &server = m_servers[folder];
        server.output += process->readAllStandardOutput();
        const bool announced = server.output.contains(address);
        server.output = server.output.right(kKeptOutput);
        // The server prints its URL once it listens.
        if (server.starting && announced)
            finishStart(folder, Result<LocalNotebook>{server.notebook, {}});
    });
    connect(process, &QProcess::errorOccurred, this,
            [this, folder, process](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart && m_servers.contains(folder))
                    finishStart(
                        folder,
                        Result<LocalNotebook>::failure(
                            tr("Jupyter could not be started: %1").arg(process->errorString())));
            });
    connect(process, &QProcess::finished, this, [this, folder, process] {
        if (!m_servers.contains(folder) || m_servers[folder].process != process)
            return;
        const Server server = m_servers.value(folder);
        if (server.starting) {
            finishStart(folder, Result<LocalNotebook>::failure(
                                    tr("Jupyter stopped before it was ready:\n%1")
                                        .arg(QString::fromLocal8Bit(server.output).trimmed())));
            return;
        }
        m_servers.remove(folder);
        m_order.removeAll(folder);
        process->deleteLater();
        emit serversChanged();
    });
    QTimer::singleShot(m_startTimeout, process, [this, folder, process] {
        if (m_servers.contains(folder) && m_servers[folder].starting &&
            m_servers[folder].process == process)
            finishStart(folder,
                        Result<LocalNotebook>::failure(
                            tr("Jupyter did not start within a minute:\n%1")
                                .arg(QString::fromLocal8Bit(m_servers[folder].output).trimmed())));
    });
    process->start();
    s.notebook.pid = process->processId();
}

void LocalJupyterService::finishStart(const QString &folder, const Result<LocalNotebook> &r)
{
    Server &s = m_servers[folder];
    const auto promise = std::exchange(s.starting, nullptr);
    if (!r.ok()) {
        // A server that did not start is not kept.
        if (s.process) {
            s.process->disconnect(this);
            s.process->kill();
            s.process->deleteLater();
        }
        m_servers.remove(folder);
    } else {
        s.notebook.pid = s.process ? s.process->processId() : 0;
        m_order << folder;
        emit serversChanged();
    }
    if (promise) {
        promise->addResult(r.ok() ? Result<LocalNotebook>{s.notebook, {}} : r);
        promise->finish();
    }
}

void LocalJupyterService::stop(const QString &folderIn)
{
    const QString folder = QDir::cleanPath(QDir(folderIn).absolutePath());
    if (!m_servers.contains(folder))
        return;
    Server &s = m_servers[folder];
    if (s.starting)
        return finishStart(folder,
                           Result<LocalNotebook>::failure(tr("Stopped before it was ready.")));
    if (s.process) {
        // Jupyter shuts its kernels down on SIGTERM; one that hangs is killed.
        s.process->terminate();
        QTimer::singleShot(10000, s.process.data(), [p = s.process] {
            if (p && p->state() != QProcess::NotRunning)
                p->kill();
        });
    }
}

} // namespace kfw::local
