#pragma once

#include "ui/shellcontext.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace kfw::views::editor {

class EditorTab;

// Pipeline files to open, handed over before or after the editor page exists.
class OpenRequests : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void add(const QString &path);
    QStringList takeAll();

signals:
    void arrived();

private:
    QStringList m_paths;
};

// The pipeline editor page: compiled pipelines (PipelineSpec YAML) open in tabs on a canvas of
// their tasks, with the layout kept beside the file, undo/redo, live validation, and Run, which
// hands the saved pipeline to the Runs page.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    using RunPipeline = std::function<void(const QString &path)>;
    EditorPage(const ui::ShellContext &context, OpenRequests *requests, RunPipeline run,
               QWidget *parent = nullptr);

    // Opens a file in a new tab (read off the GUI thread), or shows its tab when already open.
    void openFile(const QString &path);
    QTabWidget *tabs() const { return m_tabs; }
    EditorTab *currentTab() const;
    EditorTab *tabOf(const QString &path) const;
    // Saves the current document (Save As when it has no file yet).
    void save();
    void saveAs();
    // Closes a tab, asking first when it has unsaved changes.
    void closeTab(int index);

signals:
    // A file finished opening (or failed: empty tab).
    void fileOpened(const QString &path, EditorTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addAction(const QString &id, const QString &text, const QKeySequence &key,
                       const QString &toolTip);
    void takeRequests();
    void addTab(EditorTab *tab);
    void updateActions();
    void updateTabTitle(EditorTab *tab);
    void saveTo(EditorTab *tab, const QString &path, std::function<void()> then = {});
    void askToSave(EditorTab *tab, std::function<void()> then);
    void deleteSelection();
    void runPipeline();

    ui::ShellContext m_context;
    OpenRequests *m_requests;
    RunPipeline m_run;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QLabel *m_status;
    QHash<QString, QAction *> m_actions;
    QStringList m_opening; // files being read
    bool m_closingWindow = false;
};

} // namespace kfw::views::editor
