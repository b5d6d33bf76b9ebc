#pragma once

#include "cluster/backend/services.h"
#include "ui/shellcontext.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace kfw::views {

class PendingPipeline;
class PipelineListModel;
class RecurringRunsPanel;
namespace editor {
class RunGraph;
}

// The pipelines the active backend keeps: a paged, searchable, sortable list; the versions of the
// selected one; the selected version's graph (read-only). Upload a file (dialog or drag and drop,
// with progress) as a new pipeline or a new version, start a run of a version, open it in the
// editor, compare two versions, delete a pipeline or versions.
class PipelinesPage : public QWidget
{
    Q_OBJECT
public:
    PipelinesPage(const ui::ShellContext &context, PendingPipeline *runs,
                  QWidget *parent = nullptr);

    PipelineListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *versions() const { return m_versions; }
    editor::RunGraph *graph() const { return m_graph; }
    RecurringRunsPanel *recurringRuns() const { return m_recurring; }
    // Uploads pipeline files (read off the GUI thread); uploaded() tells how each went.
    void upload(const QStringList &files);
    // The selected versions, newest first.
    QList<backend::PipelineVersionInfo> selectedVersions() const;
    // Writes the selected version's file where the editor and the run form can read it, then
    // calls then(path, version) (on the GUI thread).
    void withVersionFile(
        const backend::PipelineVersionInfo &version,
        std::function<void(const QString &path, const backend::PipelineVersionInfo &)> then);

signals:
    void uploaded(const QString &file, const QString &error);
    // A comparison of two versions was opened (a window of this page).
    void compareOpened(QWidget *view);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void bindBackend(backend::Backend *backend);
    void showPipeline(const QString &pipelineId);
    void showVersion();
    void updateActions();
    void chooseFiles();
    void runVersion();
    void openVersion();
    void compareVersions();
    void deleteSelected();
    void report(const QString &title, const QString &error);

    ui::ShellContext m_context;
    PendingPipeline *m_runs;
    QPointer<backend::PipelineService> m_service;
    QString m_backendName;
    PipelineListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QTreeWidget *m_versions;
    editor::RunGraph *m_graph;
    QLabel *m_unavailable;
    QLabel *m_empty;
    QAction *m_upload;
    QAction *m_run;
    QAction *m_open;
    QAction *m_compare;
    QAction *m_delete;
    QAction *m_deleteVersions;
    QAction *m_schedule;
    RecurringRunsPanel *m_recurring;
    QString m_pipelineId;
    QList<backend::PipelineVersionInfo> m_shownVersions;
    quint64 m_versionsGeneration = 0;
    quint64 m_graphGeneration = 0;
};

} // namespace kfw::views
