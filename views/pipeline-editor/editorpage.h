#pragma once

#include "ui/shellcontext.h"
#include "views/pipeline-editor/palette.h"
#include "views/pipeline-editor/recovery.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QFrame;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kfw::backend {
class PipelineService;
struct PipelineVersionInfo;
} // namespace kfw::backend

namespace kfw::views::editor {

class CompareView;
class EditorDocument;
class EditorTab;

// Pipeline files to open, handed over before or after the editor page exists.
class OpenRequests : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void add(const QString &path);
    // A new pipeline (File > New).
    void requestNew();
    QStringList takeAll();
    int takeNew() { return std::exchange(m_new, 0); }

signals:
    void arrived();

private:
    QStringList m_paths;
    int m_new = 0;
};

// The pipeline editor page: compiled pipelines (PipelineSpec YAML) open in tabs on a canvas of
// their tasks, with the layout kept beside the file, undo/redo, live validation, and Run, which
// hands the saved pipeline to the Runs page.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    // Starts a run of a saved pipeline file; with a version id, of the pipeline version just
    // uploaded from it.
    using RunPipeline = std::function<void(const QString &path, const QString &versionId,
                                           const QString &versionName)>;
    struct Options
    {
        QString recoveryFolder; // empty: recovery::defaultFolder()
        int autosaveSeconds = 60;
    };
    EditorPage(const ui::ShellContext &context, OpenRequests *requests, RunPipeline run,
               QWidget *parent = nullptr);
    EditorPage(const ui::ShellContext &context, OpenRequests *requests, RunPipeline run,
               Options options, QWidget *parent = nullptr);

    // Opens a file in a new tab (read off the GUI thread), or shows its tab when already open.
    void openFile(const QString &path);
    QTabWidget *tabs() const { return m_tabs; }
    Palette *palette() const { return m_palette; }
    // Adds a task for a palette entry to the current tab's level, at a scene position (a
    // dialog first for a new container or Python component).
    void addFromPalette(const PaletteItem &item, QPointF at);
    // A new, empty pipeline in a tab of its own.
    void newPipeline();
    // Adds the saved pipeline to the active backend's pipelines: a new pipeline, or a new version
    // of the pipeline of the same name. uploaded() tells how it went.
    void uploadPipeline();
    // Uploads as uploadPipeline() does, then opens the run form for the uploaded version.
    void uploadAndRun();
    // Adds a task of a component file (read off the GUI thread) to the current level.
    void addComponentFile(const QString &file);
    // Opens a comparison of the tab's pipeline (the later version) with a file (the earlier).
    void compareWith(EditorTab *tab, const QString &file);
    // Asks which version of the pipeline of this name on the active backend to compare with.
    void compareWithStoredVersion();
    EditorTab *currentTab() const;
    EditorTab *tabOf(const QString &path) const;
    // Saves the current document (Save As when it has no file yet).
    void save();
    void saveAs();
    // Closes a tab, asking first when it has unsaved changes.
    void closeTab(int index);
    // Writes recovery copies of the documents changed since their last copy (every minute by
    // itself), off the GUI thread; autosaved() follows.
    void autosaveNow();

signals:
    // A file finished opening (or failed: empty tab).
    void fileOpened(const QString &path, EditorTab *tab);
    void autosaved();
    void compareOpened(CompareView *view);
    // An empty error on success; then where it went ("version 2026-… of train on Local
    // workstation").
    void uploaded(const QString &error, const QString &where);
    // Recovered documents were found (the banner above the tabs offers them).
    void recoveryOffered(int documents);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A page action with a shortcut, in the command palette, kept in m_actions by id.
    QAction *addAction(const QString &id, const QString &text, const QKeySequence &key,
                       const QString &toolTip);
    void takeRequests();
    void addTab(EditorTab *tab);
    void updateActions();
    void updateTabTitle(EditorTab *tab);
    void saveTo(EditorTab *tab, const QString &path, std::function<void()> then = {});
    void askToSave(EditorTab *tab, std::function<void()> then);
    void deleteSelection();
    void copySelection(bool cut);
    // Pastes tasks from the clipboard into the current level; at: where the first goes (the
    // view's centre when not given).
    void paste(std::optional<QPointF> at = std::nullopt);
    void duplicateSelection();
    void runPipeline();
    void upload(bool thenRun);
    void pickStoredVersion(EditorTab *tab, const QList<backend::PipelineVersionInfo> &versions);
    // The comparison with another pipeline, read by load() on a worker thread.
    void compareWith(EditorTab *tab, const QString &title, std::function<LoadedPipeline()> load);
    void forgetRecovery(EditorDocument *document);
    void updatePaletteComponents();
    // Lists the active backend's pipelines in the palette (again when they change).
    void bindStoredPipelines();
    void loadStoredPipelines();
    // Adds the latest version of a pipeline the backend keeps as a nested pipeline.
    void nestStoredPipeline(const QString &pipelineId,
                            std::function<void(const pipelinespec::ComponentDefinition &)> place);
    void offerRecovery();
    void restoreRecovered();
    void discardRecovered();

    ui::ShellContext m_context;
    OpenRequests *m_requests;
    RunPipeline m_run;
    QStackedWidget *m_stack;
    Palette *m_palette;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QLabel *m_status;
    QHash<QString, QAction *> m_actions;
    QStringList m_opening; // files being read
    bool m_closingWindow = false;
    Options m_options;
    QTimer m_autosave;
    // Per recovery id: the undo index of the last copy written, and copies being written.
    QHash<QString, int> m_autosavedIndex;
    QSet<QString> m_autosaving;
    // Recovery copies are written and removed in order, on one thread.
    QThreadPool m_recoveryPool;
    QFrame *m_recoveryBanner;
    QLabel *m_recoveryText;
    QList<RecoveredDocument> m_recovered;
    // The backend whose pipelines the palette lists.
    QPointer<backend::PipelineService> m_storedSource;
    quint64 m_storedGeneration = 0;
};

} // namespace kfw::views::editor
