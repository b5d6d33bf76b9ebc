#pragma once

#include "cluster/backend/notebookservice.h"
#include "ui/shellcontext.h"
#include "views/notebooks/notebookbrowser.h"
#include "views/notebooks/spawndialog.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace kfw::backend {
class Backend;
}

namespace kfw::views {

class NotebookListModel;

// Notebook servers of the current profile namespace, live: the Jupyter web app's list and
// statuses; a new server from the cluster's spawner form; connect (in the app, through the
// gateway), start, stop, change the resources of a stopped one, clone, delete; details with the
// overview, the server's log, its events and its YAML.
class NotebooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotebooksPage(const ui::ShellContext &context, QWidget *parent = nullptr);
    ~NotebooksPage() override;

    NotebookListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    QLabel *unavailable() const { return m_unavailable; }
    QTabWidget *details() const { return m_details; }
    QPlainTextEdit *logView() const { return m_log; }
    QTableWidget *eventTable() const { return m_events; }
    NotebookBrowser *browser() const { return m_browser; }
    // The open spawn form, while one is open (for tests).
    SpawnDialog *spawnDialog() const { return m_spawn; }
    // The open resources dialog of a stopped notebook, while one is open (for tests).
    QDialog *resourcesDialog() const { return m_resourcesDialog; }
    QString selectedNotebook() const;
    bool selectNotebook(const QString &name);

    void refresh();
    // The actions; public for tests and the command palette.
    void newNotebook();
    void cloneNotebook();
    void connectNotebook();
    void toggleStopped();
    void editResources();
    void deleteNotebook();
    // The Volumes tab.
    QTableWidget *volumeTable() const { return m_volumes; }
    QDialog *volumeDialog() const { return m_volumeDialog; }
    QString selectedVolume() const;
    void loadVolumes();
    void newVolume();
    void deleteVolume();

    // On the local backend: Jupyter servers on this computer.
    QLineEdit *localFolderEdit() const { return m_localFolder; }
    QTableWidget *localServerTable() const { return m_localServers; }
    void startLocal();
    void showLocalServers();

private:
    QWidget *makeVolumesTab(QWidget *parent);
    QWidget *makeLocalPanel(QWidget *parent);
    void openLocal(const backend::LocalNotebook &notebook);
    static QString localTitle(const QString &folder);
    void bindBackend(backend::Backend *backend);
    backend::NotebookService *service() const;
    // Opens the spawn form, starting from a request (empty name: the defaults).
    void openSpawnForm(const std::optional<backend::NotebookRequest> &start);
    void showSelected();
    void loadDetails();
    void updateActions();
    void setMessage(const QString &text, bool error);
    void finishChange(const backend::Result<backend::Done> &result, const QString &success);

    ui::ShellContext m_context;
    QPointer<backend::Backend> m_backend;
    NotebookListModel *m_model;
    QLabel *m_unavailable;
    QWidget *m_content;
    QTableView *m_table;
    QTabWidget *m_details;
    QLabel *m_overview;
    QPlainTextEdit *m_log;
    QTableWidget *m_events;
    QPlainTextEdit *m_yaml;
    QLabel *m_message;
    QAction *m_new;
    QAction *m_clone;
    QAction *m_connect;
    QAction *m_startStop;
    QAction *m_resources;
    QAction *m_delete;
    QAction *m_refresh;
    QPointer<NotebookBrowser> m_browser;
    QPointer<SpawnDialog> m_spawn;
    QPointer<QDialog> m_resourcesDialog;
    QPointer<QDialog> m_volumeDialog;
    QTableWidget *m_volumes = nullptr;
    QWidget *m_local = nullptr;
    QLineEdit *m_localFolder = nullptr;
    QPushButton *m_localStart = nullptr;
    QTableWidget *m_localServers = nullptr;
    quint64 m_volumeGeneration = 0;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0;
};

} // namespace kfw::views
