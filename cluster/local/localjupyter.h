#pragma once

#include "cluster/backend/notebookservice.h"

#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QPromise>

#include <memory>

namespace kfw::local {

// Jupyter servers on the workstation, as child processes of the workbench: `jupyter-lab`, else
// the classic `jupyter-notebook`, found on PATH (or the program named by KFW_JUPYTER), each in
// its folder on a free 127.0.0.1 port with a random token. A server counts as started when it
// prints its URL; one that exits first, or says nothing for a minute, is reported with the last
// lines it printed. Lives in the GUI thread: processes are started and read asynchronously.
class LocalJupyterService final : public backend::LocalNotebookService
{
    Q_OBJECT
public:
    explicit LocalJupyterService(QObject *parent = nullptr);
    ~LocalJupyterService() override;

    QList<backend::LocalNotebook> servers() const override;
    QFuture<backend::Result<backend::LocalNotebook>> start(const QString &folder) override;
    void stop(const QString &folder) override;

    // How long a server may take to print its URL.
    void setStartTimeout(int ms) { m_startTimeout = ms; }

    // The Jupyter program to run: KFW_JUPYTER, else jupyter-lab, else jupyter-notebook on PATH;
    // empty when there is none. Looks at the disk: call it off the GUI thread.
    static QString findProgram();
    // What to tell a user without Jupyter.
    static QString installHint();

private:
    struct Server
    {
        backend::LocalNotebook notebook;
        QPointer<QProcess> process;
        QByteArray output; // the last lines printed, for a failure
        std::shared_ptr<QPromise<backend::Result<backend::LocalNotebook>>> starting;
    };
    void launch(const QString &folder, const QString &program);
    void finishStart(const QString &folder, const backend::Result<backend::LocalNotebook> &r);

    QHash<QString, Server> m_servers; // by folder
    QStringList m_order;
    int m_startTimeout = 60000;
};

} // namespace kfw::local
