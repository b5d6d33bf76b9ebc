#pragma once

#include "cluster/backend/services.h"
#include "ui/shellcontext.h"
#include "views/runs/runcompare.h"

#include <QPointer>
#include <QSet>
#include <QStringDecoder>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QTableView;
class QTreeWidget;
class QToolButton;
class QAction;
class QMenu;

namespace kfw::backend {
class Backend;
}

namespace kfw::views {

namespace editor {
class RunGraph;
}
class ArtifactView;

class RunLauncher;
class RunListModel;
class PendingPipeline;

// Runs of the active backend: start a run of a pipeline file with its parameters, follow runs
// as they go (status, tasks, live logs), and terminate, retry, archive or delete them.
class RunsPage : public QWidget
{
    Q_OBJECT
public:
    RunsPage(const ui::ShellContext &context, PendingPipeline *pending, QWidget *parent = nullptr);

    // Shows the run form for a pipeline file.
    // Opens the run form for a pipeline file; with a version id, the run is made from that pipeline
    // version (uploaded from the file) rather than from the file.
    void startRunOf(const QString &path, const QString &versionId = {},
                    const QString &versionName = {});
    RunLauncher *launcher() const { return m_launcher; }
    RunListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *tasks() const { return m_tasks; }
    editor::RunGraph *graph() const { return m_graph; }
    QPlainTextEdit *log() const { return m_log; }
    QTreeWidget *outputs() const { return m_outputs; }
    QTreeWidget *inputs() const { return m_inputs; }
    QTreeWidget *events() const { return m_events; }
    // Shows these metrics and parameters as columns of the runs table (and remembers them).
    void setExtraColumns(const QStringList &metrics, const QStringList &parameters);
    QMenu *columnsMenu() const { return m_columnsMenu; }
    ArtifactView *artifactView() const { return m_artifactView; }
    // Copies the artifact selected in the outputs into the folder (asynchronously; a notification
    // says where it went).
    void saveSelectedArtifact(const QString &folder);
    QString selectedRunId() const;
    // Opens the experiments dialog (create, archive, restore, delete).
    void showExperiments();
    // Compares the runs selected in the table (adds them to the comparison that is open).
    void compareSelected();
    // Opens the run form filled from the current run, to run it again with edited values.
    void cloneSelected();
    // Asks for the current run's labels and sets them.
    void editLabels();
    RunCompareView *comparison() const { return m_comparison; }
    bool selectRun(const QString &runId);

private:
    void bindBackend(backend::Backend *backend);
    // fresh: forget the names known (another backend or scope); else add to them.
    void loadExperimentNames(backend::ExperimentService *experiments, bool fresh = true);
    void fillExperimentFilter();
    void applyFilters();
    void chooseFile();
    void showRun(const QString &runId);
    void loadDetail();
    void showTaskLog();
    void showTaskOutputs();
    void showTaskEvents();
    void fillColumnsMenu();
    void updateActions();
    void act(const QString &what);

    ui::ShellContext m_context;
    QPointer<backend::RunService> m_runs;
    // The backend bound: its capabilities may arrive later (a cluster detects them).
    QPointer<backend::Backend> m_backend;
    // Experiment names of the bound backend, for the runs table.
    QHash<QString, QString> m_experimentNames;
    QSet<QString> m_experimentsAsked; // ids looked up again since the last full read
    quint64 m_experimentGeneration = 0;
    RunListModel *m_model;
    RunLauncher *m_launcher;
    QWidget *m_launcherFrame;
    QLabel *m_unavailable;
    QLabel *m_empty;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QComboBox *m_since;
    QComboBox *m_experimentFilter;
    QLineEdit *m_condition; // a metric bound or a parameter value
    QCheckBox *m_archived;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QTreeWidget *m_tasks;
    editor::RunGraph *m_graph;
    QPlainTextEdit *m_log;
    QTreeWidget *m_outputs;
    QTreeWidget *m_inputs;
    QTreeWidget *m_events;
    QMenu *m_columnsMenu;
    ArtifactView *m_artifactView;
    int m_shownArtifact = -1;    // index in m_detail.artifacts
    QString m_shownArtifactTask; // the task whose outputs are listed
    QAction *m_saveArtifact;
    backend::RunDetail m_detail; // of the run shown
    QAction *m_terminate;
    QAction *m_retry;
    QAction *m_archive;
    QAction *m_delete;
    QAction *m_compare;
    QAction *m_clone;
    QAction *m_editLabels;
    QPointer<RunCompareView> m_comparison;
    QString m_runId;    // the run shown below the table
    QString m_taskPath; // the task whose log is shown
    QString m_selectAfterLoad;
    QTimer m_refreshSoon;
    QTimer m_poll; // for backends that do not signal every change
    static constexpr int kPollWhileGoingMs = 3000;
    static constexpr int kPollIdleMs = 30000;
    QTimer m_detailSoon;
    quint64 m_detailGeneration = 0;
    quint64 m_logGeneration = 0;
    QStringDecoder m_logDecoder{QStringDecoder::Utf8}; // live chunks may split a character
};

} // namespace kfw::views
