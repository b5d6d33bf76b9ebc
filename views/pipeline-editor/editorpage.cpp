#include "views/pipeline-editor/editorpage.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/backend/services.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/notificationcenter.h"
#include "ui/pageaction.h"
#include "ui/recentfiles.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/compareview.h"
#include "views/pipeline-editor/componentdialog.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/editortab.h"
#include "views/pipeline-editor/groupdialog.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/taskclipboard.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views::editor {

void OpenRequests::add(const QString &path)
{
    m_paths.append(path);
    emit arrived();
}

void OpenRequests::requestNew()
{
    ++m_new;
    emit arrived();
}

QStringList OpenRequests::takeAll()
{
    return std::exchange(m_paths, {});
}

EditorPage::EditorPage(const ui::ShellContext &context, OpenRequests *requests, RunPipeline run,
                       QWidget *parent)
    : EditorPage(context, requests, std::move(run), Options(), parent)
{}

EditorPage::EditorPage(const ui::ShellContext &context, OpenRequests *requests, RunPipeline run,
                       Options options, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_requests(requests)
    , m_run(std::move(run))
    , m_options(std::move(options))
{
    if (m_options.recoveryFolder.isEmpty())
        m_options.recoveryFolder = recovery::defaultFolder();
    m_recoveryPool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    addAction(QStringLiteral("save"), tr("Save"), QKeySequence::Save,
              tr("Save the pipeline and its layout (Ctrl+S)"));
    addAction(QStringLiteral("saveAs"), tr("Save As…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              tr("Save the pipeline under another name (Ctrl+Shift+S)"));
    addAction(QStringLiteral("undo"), tr("Undo"), QKeySequence::Undo,
              tr("Undo the last edit (Ctrl+Z)"));
    addAction(QStringLiteral("redo"), tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
              tr("Redo the edit undone last (Ctrl+Shift+Z)"));
    m_actions.value(QStringLiteral("redo"))
        ->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(QStringLiteral("delete"), tr("Delete"), QKeySequence::Delete,
              tr("Delete the selected tasks (Del)"));
    addAction(QStringLiteral("layout"), tr("Auto-layout"), QKeySequence(Qt::CTRL | Qt::Key_L),
              tr("Arrange the tasks of this level left to right (Ctrl+L)"));
    addAction(QStringLiteral("showGroup"), tr("Show Group Contents"),
              QKeySequence(Qt::CTRL | Qt::Key_E),
              tr("Open the selected groups in place, showing their tasks, or "
                 "close them again (Ctrl+E)"));
    addAction(QStringLiteral("showAllGroups"), tr("Show All Group Contents"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
              tr("Open every group of this level in place, or close them all "
                 "when all are open (Ctrl+Shift+E)"));
    addAction(QStringLiteral("fit"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0),
              tr("Zoom to show every task of this level (Ctrl+Shift+0)"));
    addAction(QStringLiteral("actualSize"), tr("100%"), QKeySequence(Qt::CTRL | Qt::Key_0),
              tr("Zoom to actual size (Ctrl+0)"));
    addAction(QStringLiteral("zoomIn"), tr("Zoom In"), QKeySequence::ZoomIn,
              tr("Zoom in (Ctrl++, or the mouse wheel)"));
    addAction(QStringLiteral("zoomOut"), tr("Zoom Out"), QKeySequence::ZoomOut,
              tr("Zoom out (Ctrl+-)"));
    addAction(QStringLiteral("up"), tr("Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
              tr("Leave this group for the level that holds it (Alt+Up)"));
    addAction(QStringLiteral("snap"), tr("Snap to Grid"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
              tr("Keep tasks on a 10-point grid while they move (Ctrl+Shift+G)"));
    addAction(QStringLiteral("copy"), tr("Copy"), QKeySequence::Copy,
              tr("Copy the selected tasks, as PipelineSpec YAML (Ctrl+C)"));
    addAction(QStringLiteral("cut"), tr("Cut"), QKeySequence::Cut,
              tr("Copy the selected tasks and delete them (Ctrl+X)"));
    addAction(QStringLiteral("paste"), tr("Paste"), QKeySequence::Paste,
              tr("Add the copied tasks to this level (Ctrl+V)"));
    addAction(QStringLiteral("duplicate"), tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
              tr("Copy the selected tasks in place (Ctrl+D)"));
    addAction(
        QStringLiteral("upload"), tr("Upload"), QKeySequence(Qt::CTRL | Qt::Key_U),
        tr("Save the pipeline and add it to the pipelines of the active backend (a cluster or "
           "this workstation), as a new pipeline or a new version (Ctrl+U)"));
    addAction(QStringLiteral("uploadAndRun"), tr("Upload and Run"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
              tr("Upload the pipeline to the active backend as a new pipeline or "
                 "version, then start a run of that version (Ctrl+Shift+R)"));
    addAction(QStringLiteral("compare"), tr("Compare With…"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
              tr("Show this pipeline beside another file, with tasks added, "
                 "removed and changed marked "
                 "(Ctrl+Alt+C)"));
    addAction(QStringLiteral("compareStored"), tr("Compare With Stored Version…"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_C),
              tr("Show this pipeline beside a version of it that the active "
                 "backend keeps, with the differences marked (Ctrl+Alt+Shift+C)"));
    addAction(QStringLiteral("alignLeft"), tr("Align Left"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left),
              tr("Line the selected tasks up on the leftmost one (Ctrl+Alt+Left)"));
    addAction(QStringLiteral("alignTop"), tr("Align Top"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up),
              tr("Line the selected tasks up on the topmost one (Ctrl+Alt+Up)"));
    addAction(QStringLiteral("distributeH"), tr("Distribute Horizontally"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
              tr("Space three or more selected tasks evenly from left to right (Ctrl+Alt+H)"));
    addAction(QStringLiteral("distributeV"), tr("Distribute Vertically"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V),
              tr("Space three or more selected tasks evenly from top to bottom (Ctrl+Alt+V)"));
    addAction(QStringLiteral("importComponent"), tr("Add Component File…"),
              QKeySequence(Qt::CTRL | Qt::Key_I),
              tr("Add a task of a component file (KFP v1 component.yaml or a compiled component) "
                 "(Ctrl+I)"));
    addAction(QStringLiteral("comment"), tr("Add Comment"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
              tr("Put a note on the canvas; it is kept in the layout file, not in the pipeline "
                 "(Ctrl+Alt+M)"));
    addAction(QStringLiteral("find"), tr("Find Task…"), QKeySequence::Find,
              tr("Find a task by name in any level (Ctrl+F)"));
    addAction(QStringLiteral("run"), tr("Run…"), QKeySequence(Qt::CTRL | Qt::Key_R),
              tr("Save the pipeline and start a run of it (Ctrl+R)"));
    addAction(QStringLiteral("close"), tr("Close"), QKeySequence(Qt::CTRL | Qt::Key_W),
              tr("Close this pipeline (Ctrl+W)"));
    for (const QString &id :
         {QStringLiteral("save"), QStringLiteral("saveAs"), QStringLiteral("undo"),
          QStringLiteral("redo"), QStringLiteral("delete"), QStringLiteral("layout"),
          QStringLiteral("fit"), QStringLiteral("run")}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(m_actions.value(id));
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editor.status"));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    QAction *snap = m_actions.value(QStringLiteral("snap"));
    snap->setCheckable(true);
    snap->setChecked(true);
    connect(snap, &QAction::toggled, this, [](bool on) { NodeItem::setSnapToGrid(on); });

    auto current = [this](auto fn) {
        return [this, fn] {
            if (EditorTab *tab = currentTab())
                fn(tab);
        };
    };
    connect(m_actions.value(QStringLiteral("save")), &QAction::triggered, this, &EditorPage::save);
    connect(m_actions.value(QStringLiteral("saveAs")), &QAction::triggered, this,
            &EditorPage::saveAs);
    connect(m_actions.value(QStringLiteral("undo")), &QAction::triggered, this,
            current([](EditorTab *t) { t->document()->undoStack()->undo(); }));
    connect(m_actions.value(QStringLiteral("redo")), &QAction::triggered, this,
            current([](EditorTab *t) { t->document()->undoStack()->redo(); }));
    connect(m_actions.value(QStringLiteral("delete")), &QAction::triggered, this,
            &EditorPage::deleteSelection);
    connect(m_actions.value(QStringLiteral("layout")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->autoLayout(); }));
    connect(m_actions.value(QStringLiteral("showGroup")), &QAction::triggered, this,
            current([](EditorTab *t) {
                PipelineCanvas *canvas = t->canvas();
                for (const QString &task : canvas->selectedTasks())
                    canvas->setGroupOpen(task, !canvas->isGroupOpen(task));
            }));
    connect(m_actions.value(QStringLiteral("showAllGroups")), &QAction::triggered, this,
            current([](EditorTab *t) {
                PipelineCanvas *canvas = t->canvas();
                bool allOpen = true;
                for (const NodeInfo &node : canvas->level().nodes)
                    allOpen = allOpen &&
                              (node.group == GroupKind::None || canvas->isGroupOpen(node.name));
                canvas->setAllGroupsOpen(!allOpen);
            }));
    connect(m_actions.value(QStringLiteral("fit")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->zoomToFit(); }));
    connect(m_actions.value(QStringLiteral("actualSize")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->zoomReset(); }));
    connect(m_actions.value(QStringLiteral("zoomIn")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->zoomBy(1.25); }));
    connect(m_actions.value(QStringLiteral("zoomOut")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->zoomBy(0.8); }));
    connect(m_actions.value(QStringLiteral("up")), &QAction::triggered, this,
            current([](EditorTab *t) { t->goUp(); }));
    connect(m_actions.value(QStringLiteral("run")), &QAction::triggered, this,
            &EditorPage::runPipeline);
    connect(m_actions.value(QStringLiteral("copy")), &QAction::triggered, this,
            [this] { copySelection(false); });
    connect(m_actions.value(QStringLiteral("cut")), &QAction::triggered, this,
            [this] { copySelection(true); });
    connect(m_actions.value(QStringLiteral("paste")), &QAction::triggered, this,
            [this] { paste(); });
    connect(m_actions.value(QStringLiteral("duplicate")), &QAction::triggered, this,
            &EditorPage::duplicateSelection);
    connect(m_actions.value(QStringLiteral("comment")), &QAction::triggered, this,
            current([](EditorTab *t) { t->canvas()->addComment(t->canvas()->viewCentre()); }));
    for (const auto &[id, how] :
         {std::pair{"alignLeft", PipelineCanvas::Arrange::AlignLeft},
          std::pair{"alignTop", PipelineCanvas::Arrange::AlignTop},
          std::pair{"distributeH", PipelineCanvas::Arrange::DistributeHorizontally},
          std::pair{"distributeV", PipelineCanvas::Arrange::DistributeVertically}}) {
        connect(m_actions.value(QString::fromLatin1(id)), &QAction::triggered, this,
                current([how = how](EditorTab *t) { t->canvas()->arrange(how); }));
    }
    connect(m_actions.value(QStringLiteral("importComponent")), &QAction::triggered, this, [this] {
        if (!currentTab())
            return;
        auto *dialog = new QFileDialog(this, tr("Add Component File"), QString(),
                                       tr("Component (*.yaml *.yml *.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &EditorPage::addComponentFile);
        dialog->open();
    });
    connect(m_actions.value(QStringLiteral("upload")), &QAction::triggered, this,
            &EditorPage::uploadPipeline);
    connect(m_actions.value(QStringLiteral("uploadAndRun")), &QAction::triggered, this,
            &EditorPage::uploadAndRun);
    connect(m_actions.value(QStringLiteral("compareStored")), &QAction::triggered, this,
            &EditorPage::compareWithStoredVersion);
    connect(m_actions.value(QStringLiteral("compare")), &QAction::triggered, this, [this] {
        EditorTab *tab = currentTab();
        if (!tab)
            return;
        auto *dialog = new QFileDialog(this, tr("Compare With"),
                                       QFileInfo(tab->document()->path()).absolutePath(),
                                       tr("Pipeline (*.yaml *.yml *.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, tab = QPointer<EditorTab>(tab)](const QString &file) {
                    if (tab)
                        compareWith(tab, file);
                });
        dialog->open();
    });
    connect(m_actions.value(QStringLiteral("find")), &QAction::triggered, this,
            current([](EditorTab *t) { t->showFind(); }));
    connect(m_actions.value(QStringLiteral("close")), &QAction::triggered, this, [this] {
        if (m_tabs->count())
            closeTab(m_tabs->currentIndex());
    });

    // Unsaved work a session left behind (a crash, a kill): offered until restored or discarded.
    m_recoveryBanner = new QFrame(this);
    m_recoveryBanner->setObjectName(QStringLiteral("editor.recovery"));
    m_recoveryBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_recoveryBanner);
    m_recoveryText = new QLabel(m_recoveryBanner);
    m_recoveryText->setWordWrap(true);
    bannerLayout->addWidget(m_recoveryText, 1);
    auto *restore = new QPushButton(tr("Restore"), m_recoveryBanner);
    restore->setObjectName(QStringLiteral("editor.recoveryRestore"));
    auto *discard = new QPushButton(tr("Discard"), m_recoveryBanner);
    discard->setObjectName(QStringLiteral("editor.recoveryDiscard"));
    bannerLayout->addWidget(restore);
    bannerLayout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &EditorPage::restoreRecovered);
    connect(discard, &QPushButton::clicked, this, &EditorPage::discardRecovered);
    m_recoveryBanner->hide();
    layout->addWidget(m_recoveryBanner);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("editor.empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Open a compiled pipeline (PipelineSpec YAML, as kfp compiles it) with "
                        "File ▸ Open (Ctrl+O) or "
                        "drop one on the window. Its tasks appear here, laid out left to right; "
                        "groups (conditions, "
                        "loops, exit handlers) open with a double-click."));
    m_stack->addWidget(m_empty);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editor.tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    m_palette = new Palette(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_palette);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({190, 900});
    layout->addWidget(split, 1);
    connect(m_palette, &Palette::activated, this, [this](const PaletteItem &item) {
        if (EditorTab *tab = currentTab())
            addFromPalette(item, NodeGeometry::snapped(tab->canvas()->viewCentre()));
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorPage::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorPage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorPage::updatePaletteComponents);

    if (m_context.backends) {
        connect(m_context.backends, &backend::BackendRegistry::activeChanged, this,
                &EditorPage::bindStoredPipelines);
        bindStoredPipelines();
    }

    connect(m_requests, &OpenRequests::arrived, this, &EditorPage::takeRequests);
    takeRequests();
    updateActions();

    m_autosave.setInterval(std::max(1, m_options.autosaveSeconds) * 1000);
    connect(&m_autosave, &QTimer::timeout, this, &EditorPage::autosaveNow);
    m_autosave.start();
    offerRecovery();
}

void EditorPage::autosaveNow()
{
    bool writing = false;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i));
        if (!tab)
            continue;
        EditorDocument *document = tab->document();
        const QString id = document->recoveryId();
        const int index = document->undoStack()->index();
        if (!document->isModified() || m_autosaving.contains(id) ||
            m_autosavedIndex.value(id, -1) == index)
            continue;
        m_autosaving.insert(id);
        writing = true;
        auto job = QtConcurrent::run(
            &m_recoveryPool, [folder = m_options.recoveryFolder, id, path = document->path(),
                              title = document->title(), model = document->document(),
                              positions = document->positions(), comments = document->comments()] {
                return recovery::write(folder, id, path, title, model, positions, comments);
            });
        backend::whenFinished(job, this, [this, id, index](const QString &error) {
            m_autosaving.remove(id);
            if (error.isEmpty())
                m_autosavedIndex.insert(id, index);
            else
                m_status->setText(tr("Autosave failed: %1").arg(error));
            if (m_autosaving.isEmpty())
                emit autosaved();
        });
    }
    if (!writing && m_autosaving.isEmpty())
        emit autosaved();
}

void EditorPage::forgetRecovery(EditorDocument *document)
{
    const QString id = document->recoveryId();
    m_autosavedIndex.remove(id);
    // In order after any copy of it still being written (the pool has one thread).
    (void)QtConcurrent::run(
        &m_recoveryPool, [folder = m_options.recoveryFolder, id] { recovery::remove(folder, id); });
}

void EditorPage::offerRecovery()
{
    auto job = QtConcurrent::run(
        &m_recoveryPool, [folder = m_options.recoveryFolder] { return recovery::scan(folder); });
    backend::whenFinished(job, this, [this](const QList<RecoveredDocument> &found) {
        m_recovered = found;
        if (found.isEmpty()) {
            m_recoveryBanner->hide();
            return;
        }
        QStringList names;
        for (const RecoveredDocument &d : found)
            names << QStringLiteral("%1 (%2)").arg(
                d.title, QLocale().toString(d.savedAt.toLocalTime(), QLocale::ShortFormat));
        m_recoveryText->setText(
            tr("The workbench ended without saving %n pipeline(s): %1. Restore them to keep the "
               "changes.",
               nullptr, int(found.size()))
                .arg(names.join(QStringLiteral(", "))));
        m_recoveryBanner->show();
        emit recoveryOffered(int(found.size()));
    });
}

void EditorPage::restoreRecovered()
{
    const QList<RecoveredDocument> documents = std::exchange(m_recovered, {});
    m_recoveryBanner->hide();
    for (const RecoveredDocument &recovered : documents) {
        auto job = QtConcurrent::run([recovered] {
            pipelinespec::ReadError error;
            auto document = pipelinespec::PipelineDocument::load(recovered.yamlPath, &error);
            return std::make_pair(document, error.toString());
        });
        backend::whenFinished(job, this, [this, recovered](const auto &result) {
            if (!result.first) {
                if (m_context.notifications)
                    m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                                  tr("Could not restore %1").arg(recovered.title),
                                                  result.second, tr("Pipeline editor"));
                return;
            }
            // Saving goes to the original file, unless that file is open already.
            const QString path = tabOf(recovered.originalPath) ? QString() : recovered.originalPath;
            auto *document = new EditorDocument(*result.first, path, recovered.positions);
            document->setRecoveryId(recovered.id);
            document->setComments(recovered.comments);
            document->markModified();
            addTab(new EditorTab(document));
        });
    }
}

void EditorPage::discardRecovered()
{
    const QList<RecoveredDocument> documents = std::exchange(m_recovered, {});
    m_recoveryBanner->hide();
    (void)QtConcurrent::run(&m_recoveryPool, [folder = m_options.recoveryFolder, documents] {
        for (const RecoveredDocument &d : documents)
            recovery::remove(folder, d.id);
    });
}

QAction *EditorPage::addAction(const QString &id, const QString &text, const QKeySequence &key,
                               const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("editor.") + id);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    QWidget::addAction(action);
    m_actions.insert(id, action);
    if (m_context.actions)
        m_context.actions->add(action, tr("Pipeline editor"));
    return action;
}

void EditorPage::takeRequests()
{
    for (const QString &path : m_requests->takeAll())
        openFile(path);
    for (int n = m_requests->takeNew(); n > 0; --n)
        newPipeline();
}

EditorTab *EditorPage::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

EditorTab *EditorPage::tabOf(const QString &path) const
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i));
        if (tab && QFileInfo(tab->document()->path()).absoluteFilePath() == canonical)
            return tab;
    }
    return nullptr;
}

void EditorPage::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (EditorTab *tab = tabOf(absolute)) {
        m_tabs->setCurrentWidget(tab);
        return;
    }
    if (m_opening.contains(absolute))
        return;
    m_opening.append(absolute);
    const int activity =
        m_context.activity
            ? m_context.activity->start(tr("Opening %1").arg(QFileInfo(path).fileName()))
            : -1;
    auto job = QtConcurrent::run([absolute] { return EditorDocument::read(absolute); });
    backend::whenFinished(job, this, [this, absolute, activity](const LoadedPipeline &loaded) {
        m_opening.removeAll(absolute);
        const QString file = QFileInfo(absolute).fileName();
        if (!loaded.document) {
            if (m_context.activity)
                m_context.activity->finish(activity);
            m_status->setText(tr("Could not open %1").arg(file));
            if (m_context.notifications)
                m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                              tr("Could not open %1").arg(file), loaded.error,
                                              tr("Pipeline editor"));
            emit fileOpened(absolute, nullptr);
            return;
        }
        if (!loaded.layoutError.isEmpty() && m_context.notifications)
            m_context.notifications->post(ui::NotificationCenter::Severity::Warning,
                                          tr("Layout of %1 not used").arg(file), loaded.layoutError,
                                          tr("Pipeline editor"));
        auto *document = new EditorDocument(*loaded.document, absolute, loaded.positions);
        document->setComments(loaded.comments);
        auto *tab = new EditorTab(document);
        // The activity ends when the first level is drawn, so a screenshot shows the laid-out
        // graph.
        auto *once = new QObject(tab);
        connect(tab->canvas(), &PipelineCanvas::levelShown, once, [this, once, activity] {
            once->deleteLater();
            if (m_context.activity)
                m_context.activity->finish(activity);
        });
        addTab(tab);
        emit fileOpened(absolute, tab);
    });
}

void EditorPage::addTab(EditorTab *tab)
{
    EditorDocument *document = tab->document();
    const int index = m_tabs->addTab(tab, document->title());
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    updateTabTitle(tab);
    connect(document, &EditorDocument::modifiedChanged, this, [this, tab] {
        updateTabTitle(tab);
        updateActions();
    });
    connect(document, &EditorDocument::pathChanged, this, [this, tab] { updateTabTitle(tab); });
    QUndoStack *undo = document->undoStack();
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(undo, signal, this, &EditorPage::updateActions);
    connect(undo, &QUndoStack::indexChanged, this, &EditorPage::updateActions);
    connect(tab->canvas(), &PipelineCanvas::selectionChanged, this, &EditorPage::updateActions);
    connect(tab->canvas(), &PipelineCanvas::levelShown, this, &EditorPage::updateActions);
    connect(tab->canvas(), &PipelineCanvas::message, m_status, &QLabel::setText);
    connect(tab, &EditorTab::checked, this, &EditorPage::updateActions);
    connect(document, &EditorDocument::structureChanged, this, [this, tab] {
        if (tab == currentTab())
            updatePaletteComponents();
    });
    connect(tab->canvas(), &PipelineCanvas::paletteDropped, this, &EditorPage::addFromPalette);
    updatePaletteComponents();
    tab->canvas()->setFocus();
}

void EditorPage::updateTabTitle(EditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    EditorDocument *document = tab->document();
    m_tabs->setTabText(index, document->isModified() ? document->title() + QStringLiteral(" •")
                                                     : document->title());
    m_tabs->setTabToolTip(index,
                          document->path().isEmpty() ? tr("Not saved yet") : document->path());
}

void EditorPage::updateActions()
{
    EditorTab *tab = currentTab();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(tab != nullptr);
    m_actions.value(QStringLiteral("snap"))->setEnabled(true);
    if (!tab)
        return;
    QUndoStack *undo = tab->document()->undoStack();
    m_actions.value(QStringLiteral("undo"))->setEnabled(undo->canUndo());
    m_actions.value(QStringLiteral("undo"))
        ->setText(undo->canUndo() ? tr("Undo %1").arg(undo->undoText()) : tr("Undo"));
    m_actions.value(QStringLiteral("redo"))->setEnabled(undo->canRedo());
    m_actions.value(QStringLiteral("redo"))
        ->setText(undo->canRedo() ? tr("Redo %1").arg(undo->redoText()) : tr("Redo"));
    const bool selection = !tab->canvas()->selectedTasks().isEmpty();
    for (const char *id : {"copy", "cut", "duplicate"})
        m_actions.value(QString::fromLatin1(id))->setEnabled(selection);
    m_actions.value(QStringLiteral("delete"))
        ->setEnabled(selection || !tab->canvas()->selectedComments().isEmpty());
    const qsizetype selected = tab->canvas()->selectedTasks().size();
    for (const char *id : {"alignLeft", "alignTop"})
        m_actions.value(QString::fromLatin1(id))->setEnabled(selected >= 2);
    for (const char *id : {"distributeH", "distributeV"})
        m_actions.value(QString::fromLatin1(id))->setEnabled(selected >= 3);
    m_actions.value(QStringLiteral("up"))
        ->setEnabled(tab->canvas()->dag() != QLatin1String("root"));
    for (const char *id : {"run", "uploadAndRun"})
        m_actions.value(QString::fromLatin1(id))
            ->setEnabled(!tab->isChecking() && !tab->hasErrors() && m_run);
    m_actions.value(QStringLiteral("run"))
        ->setToolTip(
            tab->hasErrors()
                ? tr("Fix the errors listed below the canvas first; a pipeline with errors would "
                     "not run")
                : tr("Save the pipeline and start a run of it (Ctrl+R)"));
}

void EditorPage::updatePaletteComponents()
{
    QList<std::pair<QString, QString>> components;
    if (EditorTab *tab = currentTab()) {
        if (const auto *all =
                tab->document()->document().spec().find(QStringLiteral("components"))) {
            for (const auto &c : all->entries()) {
                const QString name = c.key.scalarText();
                // Groups (conditions, loops, exit handlers) are made by their own edits.
                if (!c.value.contains(QStringLiteral("dag")))
                    components.append(
                        {name, name.startsWith(QLatin1String("comp-")) ? name.mid(5) : name});
            }
        }
    }
    m_palette->setPipelineComponents(components);
    // The other open pipelines, by their tab's position-independent key (the document object).
    QList<std::pair<QString, QString>> others;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *other = qobject_cast<EditorTab *>(m_tabs->widget(i));
        if (other && other != currentTab())
            others.append({other->document()->recoveryId(), other->document()->title()});
    }
    m_palette->setOpenPipelines(others);
}

void EditorPage::bindStoredPipelines()
{
    if (m_storedSource)
        disconnect(m_storedSource, nullptr, this, nullptr);
    backend::Backend *active = m_context.backends->active();
    m_storedSource = active ? active->pipelines() : nullptr;
    if (m_storedSource)
        connect(m_storedSource, &backend::PipelineService::pipelinesChanged, this,
                &EditorPage::loadStoredPipelines);
    loadStoredPipelines();
}

void EditorPage::loadStoredPipelines()
{
    const quint64 generation = ++m_storedGeneration;
    backend::Backend *active = m_context.backends->active();
    if (!m_storedSource || !active) {
        m_palette->setStoredPipelines({}, {});
        return;
    }
    backend::PipelineQuery query;
    query.page.pageSize = 200;
    query.page.sortBy = QStringLiteral("name");
    query.page.descending = false;
    backend::whenFinished(m_storedSource->list(query), this,
                          [this, generation, backendName = active->displayName()](
                              const backend::Result<backend::Page<backend::PipelineInfo>> &listed) {
                              if (generation != m_storedGeneration)
                                  return;
                              // A backend that cannot list (not signed in, unreachable) simply
                              // offers none here; its own pages say why.
                              QList<std::pair<QString, QString>> pipelines;
                              for (const backend::PipelineInfo &p : listed.value.items)
                                  pipelines.append({p.id, p.name});
                              m_palette->setStoredPipelines(backendName, pipelines);
                          });
}

void EditorPage::nestStoredPipeline(
    const QString &pipelineId, std::function<void(const pipelinespec::ComponentDefinition &)> place)
{
    QPointer<backend::PipelineService> pipelines = m_storedSource;
    if (!pipelines) {
        m_status->setText(tr("The active backend keeps no pipelines."));
        return;
    }
    const int activity =
        m_context.activity ? m_context.activity->start(tr("Fetching a stored pipeline")) : -1;
    auto fail = [this, activity](const QString &error) {
        if (m_context.activity)
            m_context.activity->finish(activity);
        m_status->setText(tr("Not added: %1").arg(error));
    };
    m_status->setText(tr("Fetching the pipeline…"));
    backend::PageRequest latest;
    latest.pageSize = 1; // the newest version first
    backend::whenFinished(
        pipelines->versions(pipelineId, latest), this,
        [this, pipelines, place, fail,
         activity](const backend::Result<backend::Page<backend::PipelineVersionInfo>> &versions) {
            if (!pipelines)
                return fail(tr("the backend went away"));
            if (!versions.ok())
                return fail(versions.error);
            if (versions.value.items.isEmpty())
                return fail(tr("the pipeline has no versions"));
            const backend::PipelineVersionInfo version = versions.value.items.first();
            backend::whenFinished(
                pipelines->spec(version.id), this,
                [this, place, fail, activity, version](const backend::Result<QByteArray> &spec) {
                    if (!spec.ok())
                        return fail(spec.error);
                    // Reading the pipeline runs off the GUI thread.
                    auto job = QtConcurrent::run([bytes = spec.value, name = version.name] {
                        QString error;
                        pipelinespec::ReadError readError;
                        const auto document =
                            pipelinespec::PipelineDocument::fromBytes(bytes, name, &readError);
                        if (!document)
                            return std::make_pair(
                                std::optional<pipelinespec::ComponentDefinition>(),
                                readError.toString());
                        auto definition =
                            pipelinespec::ComponentDefinition::fromPipeline(*document, &error);
                        return std::make_pair(definition, error);
                    });
                    backend::whenFinished(job, this,
                                          [this, place, fail, activity](const auto &read) {
                                              if (!read.first)
                                                  return fail(read.second);
                                              if (m_context.activity)
                                                  m_context.activity->finish(activity);
                                              place(*read.first);
                                          });
                });
        });
}

void EditorPage::newPipeline()
{
    auto *document =
        new EditorDocument(pipelinespec::PipelineEditor::newPipeline(tr("my-pipeline")));
    addTab(new EditorTab(document));
}

void EditorPage::addFromPalette(const PaletteItem &item, QPointF at)
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    auto place = [this, tab = QPointer<EditorTab>(tab),
                  at](const pipelinespec::ComponentDefinition *definition,
                      const QString &component) {
        if (!tab)
            return;
        const QString dag = tab->canvas()->dag();
        QString error;
        const QString added = definition ? tab->document()->addTask(dag, *definition, at, &error)
                                         : tab->document()->addTask(dag, component, at, &error);
        if (added.isEmpty()) {
            m_status->setText(tr("Not added: %1").arg(error));
            return;
        }
        m_status->setText(tr("Added %1").arg(added));
        // Selected once the level shows it.
        auto *once = new QObject(tab);
        connect(tab->canvas(), &PipelineCanvas::levelShown, once, [tab, once, added] {
            once->deleteLater();
            tab->canvas()->selectTasks({added});
        });
    };
    switch (item.kind) {
    case PaletteItem::Kind::Library:
        if (const auto definition = m_palette->libraryDefinition(item.key))
            place(&*definition, {});
        else
            m_status->setText(tr("%1 is not a usable component.").arg(item.key));
        return;
    case PaletteItem::Kind::Existing:
        place(nullptr, item.key);
        return;
    case PaletteItem::Kind::Loop:
    case PaletteItem::Kind::Condition:
    case PaletteItem::Kind::ExitHandler: {
        const auto kind = item.kind == PaletteItem::Kind::Loop ? GroupDialog::Kind::Loop
                          : item.kind == PaletteItem::Kind::Condition
                              ? GroupDialog::Kind::Condition
                              : GroupDialog::Kind::ExitHandler;
        auto *dialog = new GroupDialog(kind, tab->document()->editor(), tab->canvas()->dag(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, tab = QPointer<EditorTab>(tab), at] {
                    if (!tab)
                        return;
                    const QString dag = tab->canvas()->dag();
                    QString error;
                    QString group;
                    const bool done = tab->document()->edit(
                        dialog->undoText(),
                        [&](pipelinespec::PipelineEditor &editor, Positions &positions) {
                            const QString child = dialog->apply(editor, &error);
                            if (child.isEmpty())
                                return pipelinespec::EditResult::fail(error);
                            group = parentOf(editor.document(), child).second;
                            positions[dag].insert(group, at);
                            return pipelinespec::EditResult();
                        },
                        &error);
                    m_status->setText(
                        done ? tr("Added %1; double-click it to add tasks inside").arg(group)
                             : tr("Not added: %1").arg(error));
                });
        dialog->open();
        return;
    }
    case PaletteItem::Kind::Pipeline:
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *other = qobject_cast<EditorTab *>(m_tabs->widget(i));
            if (!other || other->document()->recoveryId() != item.key)
                continue;
            QString error;
            if (const auto definition = pipelinespec::ComponentDefinition::fromPipeline(
                    other->document()->document(), &error))
                place(&*definition, {});
            else
                m_status->setText(
                    tr("%1 cannot be nested: %2").arg(other->document()->title(), error));
            return;
        }
        m_status->setText(tr("That pipeline is no longer open."));
        return;
    case PaletteItem::Kind::Stored:
        nestStoredPipeline(item.key, [place](const pipelinespec::ComponentDefinition &definition) {
            place(&definition, {});
        });
        return;
    case PaletteItem::Kind::Container:
    case PaletteItem::Kind::Python:
    case PaletteItem::Kind::Importer: {
        const auto kind =
            item.kind == PaletteItem::Kind::Container ? ComponentDialog::Kind::Container
            : item.kind == PaletteItem::Kind::Python  ? ComponentDialog::Kind::Python
                                                      : ComponentDialog::Kind::Importer;
        auto *dialog = new ComponentDialog(kind, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [dialog, place] {
            if (dialog->definition())
                place(&*dialog->definition(), {});
        });
        dialog->open();
        return;
    }
    }
}

namespace {

const QString kLayoutMime = QStringLiteral("application/x-kubeflow-workbench-task-layout");

} // namespace

void EditorPage::copySelection(bool cut)
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    const QStringList tasks = tab->canvas()->selectedTasks();
    if (tasks.isEmpty())
        return;
    QStringList skipped;
    const QString dag = tab->canvas()->dag();
    const QByteArray yaml = taskclipboard::copy(tab->document()->document(), dag, tasks, &skipped);
    if (skipped.size() == tasks.size()) {
        m_status->setText(
            tr("Groups cannot be copied yet; open a group and copy the tasks inside it."));
        return;
    }
    // Where each task sits relative to the top-left of the selection, so a paste keeps the shape.
    QPointF topLeft(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    for (const QString &task : tasks) {
        if (const auto p = tab->document()->position(dag, task))
            topLeft = QPointF(std::min(topLeft.x(), p->x()), std::min(topLeft.y(), p->y()));
    }
    QJsonObject layout;
    for (const QString &task : tasks) {
        if (const auto p = tab->document()->position(dag, task))
            layout.insert(task, QJsonArray{p->x() - topLeft.x(), p->y() - topLeft.y()});
    }
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(yaml));
    mime->setData(kLayoutMime, QJsonDocument(layout).toJson(QJsonDocument::Compact));
    QGuiApplication::clipboard()->setMimeData(mime);
    const int copied = int(tasks.size() - skipped.size());
    m_status->setText(skipped.isEmpty()
                          ? tr("Copied %n task(s).", nullptr, copied)
                          : tr("Copied %n task(s); groups are not copied: %1.", nullptr, copied)
                                .arg(skipped.join(QStringLiteral(", "))));
    if (cut) {
        QString error;
        QStringList removable = tasks;
        for (const QString &s : std::as_const(skipped))
            removable.removeAll(s);
        if (!tab->document()->removeTasks(dag, removable, &error))
            m_status->setText(error);
    }
}

void EditorPage::paste(std::optional<QPointF> at)
{
    EditorTab *tab = currentTab();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!tab || !mime || !mime->hasText())
        return;
    const QByteArray yaml = mime->text().toUtf8();
    const QJsonObject layout = QJsonDocument::fromJson(mime->data(kLayoutMime)).object();
    const QString dag = tab->canvas()->dag();
    const QPointF anchor = at ? *at : NodeGeometry::snapped(tab->canvas()->viewCentre());
    QStringList pasted;
    QString error;
    const bool done = tab->document()->edit(
        tr("Paste"),
        [&](pipelinespec::PipelineEditor &editor, Positions &positions) {
            const auto added = taskclipboard::paste(editor, dag, yaml, &error);
            if (!added)
                return pipelinespec::EditResult::fail(error);
            for (int i = 0; i < added->size(); ++i) {
                const auto &[from, to] = added->at(i);
                const QJsonArray offset = layout.value(from).toArray();
                const QPointF delta =
                    offset.size() == 2 ? QPointF(offset[0].toDouble(), offset[1].toDouble())
                                       : QPointF(0, i * 120.0); // stacked when the shape is unknown
                positions[dag].insert(to, NodeGeometry::snapped(anchor + delta));
                pasted << to;
            }
            return pipelinespec::EditResult();
        },
        &error);
    if (!done) {
        m_status->setText(tr("Not pasted: %1").arg(error));
        return;
    }
    m_status->setText(tr("Pasted %n task(s).", nullptr, int(pasted.size())));
    auto *once = new QObject(tab);
    connect(tab->canvas(), &PipelineCanvas::levelShown, once, [tab, once, pasted] {
        once->deleteLater();
        tab->canvas()->selectTasks(pasted);
    });
}

void EditorPage::duplicateSelection()
{
    EditorTab *tab = currentTab();
    if (!tab || tab->canvas()->selectedTasks().isEmpty())
        return;
    QPointF topLeft(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    for (const QString &task : tab->canvas()->selectedTasks()) {
        if (const auto p = tab->document()->position(tab->canvas()->dag(), task))
            topLeft = QPointF(std::min(topLeft.x(), p->x()), std::min(topLeft.y(), p->y()));
    }
    copySelection(false);
    paste(topLeft + QPointF(40, 40));
}

void EditorPage::uploadPipeline()
{
    upload(false);
}

void EditorPage::uploadAndRun()
{
    upload(true);
}

void EditorPage::upload(bool thenRun)
{
    EditorTab *tab = currentTab();
    backend::Backend *target = m_context.backends ? m_context.backends->active() : nullptr;
    backend::PipelineService *pipelines = target ? target->pipelines() : nullptr;
    if (!tab)
        return;
    auto fail = [this](const QString &error) {
        m_status->setText(error);
        emit uploaded(error, {});
    };
    if (!pipelines)
        return fail(tr("The active backend keeps no pipelines; connect to a Kubeflow cluster or "
                       "use this workstation."));
    if (tab->hasErrors())
        return fail(tr("Fix the errors listed below the canvas first; a pipeline with errors would "
                       "not be accepted."));
    if (tab->document()->path().isEmpty() || tab->document()->isModified()) {
        if (tab->document()->path().isEmpty())
            return saveAs(); // then Upload again
        saveTo(tab, tab->document()->path(), [this, thenRun] { upload(thenRun); });
        return;
    }
    const QString path = tab->document()->path();
    const QString name = tab->document()->document().name();
    const QString backendName = target->displayName();
    backend::PipelineUpload upload;
    upload.content = tab->document()->document().toYaml();
    upload.fileName = QFileInfo(tab->document()->path()).fileName();
    upload.description = tab->document()->document().description();
    const int activity =
        m_context.activity ? m_context.activity->start(tr("Uploading %1").arg(name)) : -1;
    auto finish = [this, activity, thenRun, path](const QString &error, const QString &where,
                                                  const backend::PipelineVersionInfo &version) {
        if (m_context.activity)
            m_context.activity->finish(activity);
        m_status->setText(error.isEmpty() ? tr("Uploaded as %1").arg(where)
                                          : tr("Upload failed: %1").arg(error));
        if (!error.isEmpty() && m_context.notifications)
            m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                          tr("Upload failed"), error, tr("Pipeline editor"));
        emit uploaded(error, where);
        if (error.isEmpty() && thenRun && m_run)
            m_run(path, version.id, version.name);
    };
    // A pipeline of that name gets a new version; otherwise the pipeline is new.
    upload.name = name;
    backend::addPipelineOrVersion(
        pipelines, upload, this,
        [name, backendName, finish](const backend::Result<backend::PipelineVersionInfo> &r,
                                    bool newVersion) {
            if (!r.ok())
                return finish(r.error, {}, {});
            finish({},
                   newVersion ? tr("version %1 of %2 on %3").arg(r.value.name, name, backendName)
                              : tr("the new pipeline %1 on %2").arg(name, backendName),
                   r.value);
        });
}

void EditorPage::addComponentFile(const QString &file)
{
    auto job = QtConcurrent::run([file] { return readComponentFolders({}, {file}); });
    backend::whenFinished(job, this, [this, file](const QList<LibraryComponent> &read) {
        EditorTab *tab = currentTab();
        if (!tab)
            return;
        if (read.isEmpty() || !read.first().definition) {
            const QString why = read.isEmpty() ? tr("it could not be read") : read.first().error;
            m_status->setText(tr("%1 is not a component: %2").arg(QFileInfo(file).fileName(), why));
            return;
        }
        QString error;
        const QString added =
            tab->document()->addTask(tab->canvas()->dag(), *read.first().definition,
                                     NodeGeometry::snapped(tab->canvas()->viewCentre()), &error);
        m_status->setText(added.isEmpty() ? tr("Not added: %1").arg(error)
                                          : tr("Added %1").arg(added));
    });
}

void EditorPage::compareWith(EditorTab *tab, const QString &file)
{
    compareWith(tab, QFileInfo(file).fileName(), [file] { return EditorDocument::read(file); });
}

void EditorPage::compareWithStoredVersion()
{
    EditorTab *tab = currentTab();
    QPointer<backend::PipelineService> pipelines = m_storedSource;
    if (!tab)
        return;
    if (!pipelines) {
        m_status->setText(tr("The active backend keeps no pipelines."));
        return;
    }
    // The versions of the pipeline of this name, newest first; the user picks one.
    const QString name = tab->document()->document().name();
    backend::PipelineQuery query;
    query.nameContains = name;
    backend::whenFinished(
        pipelines->list(query), this,
        [this, pipelines, name, tab = QPointer<EditorTab>(tab)](
            const backend::Result<backend::Page<backend::PipelineInfo>> &found) {
            if (!tab || !pipelines)
                return;
            if (!found.ok())
                return m_status->setText(tr("Could not compare: %1").arg(found.error));
            QString id;
            for (const backend::PipelineInfo &p : found.value.items) {
                if (p.name == name)
                    id = p.id;
            }
            if (id.isEmpty())
                return m_status->setText(
                    tr("The active backend has no pipeline named %1; upload it first (Ctrl+U).")
                        .arg(name));
            backend::PageRequest newest;
            newest.pageSize = 100;
            backend::whenFinished(
                pipelines->versions(id, newest), this,
                [this, pipelines, tab](
                    const backend::Result<backend::Page<backend::PipelineVersionInfo>> &versions) {
                    if (!tab || !pipelines)
                        return;
                    if (!versions.ok())
                        return m_status->setText(tr("Could not compare: %1").arg(versions.error));
                    pickStoredVersion(tab, versions.value.items);
                });
        });
}

void EditorPage::pickStoredVersion(EditorTab *tab,
                                   const QList<backend::PipelineVersionInfo> &versions)
{
    if (versions.isEmpty())
        return m_status->setText(tr("The pipeline has no stored versions."));
    auto *picker = new QInputDialog(this);
    picker->setObjectName(QStringLiteral("editor.versionPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Compare With Stored Version"));
    picker->setLabelText(tr("Version of %1 to compare with:").arg(tab->document()->title()));
    QStringList names;
    for (const backend::PipelineVersionInfo &v : versions)
        names << tr("%1 (%2)").arg(v.name, QLocale().toString(v.created, QLocale::ShortFormat));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::accepted, this,
            [this, picker, versions, names, tab = QPointer<EditorTab>(tab)] {
                const qsizetype index = names.indexOf(picker->textValue());
                QPointer<backend::PipelineService> pipelines = m_storedSource;
                if (!tab || !pipelines || index < 0)
                    return;
                const backend::PipelineVersionInfo version = versions.at(index);
                backend::whenFinished(
                    pipelines->spec(version.id), this,
                    [this, tab, version](const backend::Result<QByteArray> &spec) {
                        if (!tab)
                            return;
                        if (!spec.ok())
                            return m_status->setText(tr("Could not compare: %1").arg(spec.error));
                        compareWith(tab, version.name, [bytes = spec.value, name = version.name] {
                            LoadedPipeline loaded;
                            pipelinespec::ReadError error;
                            loaded.document =
                                pipelinespec::PipelineDocument::fromBytes(bytes, name, &error);
                            if (!loaded.document)
                                loaded.error = error.toString();
                            return loaded;
                        });
                    });
            });
    picker->open();
}

void EditorPage::compareWith(EditorTab *tab, const QString &title,
                             std::function<LoadedPipeline()> load)
{
    // Reading the other pipeline and the structural diff run on a worker thread.
    struct Compared
    {
        LoadedPipeline loaded;
        QList<pipelinespec::SpecChange> changes;
    };
    auto job = QtConcurrent::run([load, later = tab->document()->document()] {
        Compared c{load(), {}};
        if (c.loaded.document)
            c.changes = pipelinespec::SpecDiff::compare(*c.loaded.document, later);
        return c;
    });
    backend::whenFinished(
        job, this,
        [this, tab = QPointer<EditorTab>(tab), title,
         later = tab->document()->document()](const Compared &c) {
            const LoadedPipeline &loaded = c.loaded;
            if (!tab)
                return;
            if (!loaded.document) {
                m_status->setText(tr("Could not compare: %1").arg(loaded.error));
                return;
            }
            // The other file is the earlier version; the open document (as it was when asked) the
            // later one.
            auto *view =
                new CompareView(*loaded.document, loaded.positions, title, later,
                                tab->document()->positions(), tab->document()->title(), c.changes);
            const int index =
                m_tabs->addTab(view, tr("%1 ↔ %2").arg(title, tab->document()->title()));
            m_tabs->setCurrentIndex(index);
            m_status->setText(tr("%n difference(s)", nullptr, int(view->differences().size())));
            emit compareOpened(view);
        });
}

void EditorPage::deleteSelection()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    // Comments and tasks go in one step.
    QUndoStack *undo = tab->document()->undoStack();
    const QStringList comments = tab->canvas()->selectedComments();
    const QStringList tasks = tab->canvas()->selectedTasks();
    const bool both = !comments.isEmpty() && !tasks.isEmpty();
    if (both)
        undo->beginMacro(tr("Delete"));
    for (const QString &id : comments)
        tab->document()->setComment(tab->canvas()->dag(), id, std::nullopt, tr("Delete comment"));
    QString error;
    if (!tasks.isEmpty() && !tab->document()->removeTasks(tab->canvas()->dag(), tasks, &error))
        m_status->setText(error);
    if (both)
        undo->endMacro();
}

void EditorPage::save()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    if (tab->document()->path().isEmpty())
        saveAs();
    else
        saveTo(tab, tab->document()->path());
}

void EditorPage::saveAs()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    auto *dialog = new QFileDialog(this, tr("Save Pipeline As"), tab->document()->path(),
                                   tr("Pipeline (*.yaml *.yml)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, tab = QPointer<EditorTab>(tab)](const QString &file) {
                if (tab)
                    saveTo(tab, file);
            });
    dialog->open();
}

void EditorPage::saveTo(EditorTab *tab, const QString &path, std::function<void()> then)
{
    EditorDocument *document = tab->document();
    if (document->isSaving())
        return;
    m_status->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    auto *once = new QObject(tab);
    connect(document, &EditorDocument::saved, once,
            [this, once, tab, path, then](const QString &error) {
                once->deleteLater();
                if (!error.isEmpty()) {
                    m_status->setText(tr("Not saved"));
                    if (m_context.notifications)
                        m_context.notifications->post(
                            ui::NotificationCenter::Severity::Error,
                            tr("Could not save %1").arg(QFileInfo(path).fileName()), error,
                            tr("Pipeline editor"));
                    return;
                }
                m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
                if (!tab->document()->isModified())
                    forgetRecovery(tab->document());
                if (m_context.recentFiles)
                    m_context.recentFiles->add(path);
                if (then)
                    then();
            });
    document->save(path);
}

void EditorPage::askToSave(EditorTab *tab, std::function<void()> then)
{
    m_tabs->setCurrentWidget(tab);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("%1 has changes that are not saved.").arg(tab->document()->title()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("editor.unsaved"));
    box->setInformativeText(tr("Save them before closing?"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, tab = QPointer<EditorTab>(tab), then](int result) {
                if (!tab)
                    return;
                if (result == QMessageBox::Discard) {
                    then();
                } else if (result == QMessageBox::Save) {
                    if (tab->document()->path().isEmpty()) {
                        saveAs(); // the tab stays open; closing again closes it once saved
                        m_closingWindow = false;
                    } else {
                        saveTo(tab, tab->document()->path(), then);
                    }
                } else {
                    m_closingWindow = false;
                }
            });
    box->open();
}

void EditorPage::closeTab(int index)
{
    QWidget *widget = m_tabs->widget(index);
    auto *tab = qobject_cast<EditorTab *>(widget);
    if (!tab) {
        // A comparison: nothing to save.
        if (widget) {
            m_tabs->removeTab(index);
            widget->deleteLater();
            if (m_tabs->count() == 0)
                m_stack->setCurrentWidget(m_empty);
        }
        return;
    }
    auto remove = [this, tab = QPointer<EditorTab>(tab)] {
        if (!tab)
            return;
        m_tabs->removeTab(m_tabs->indexOf(tab));
        forgetRecovery(tab->document());
        tab->deleteLater();
        if (m_tabs->count() == 0)
            m_stack->setCurrentWidget(m_empty);
        updateActions();
        if (m_closingWindow)
            window()->close();
    };
    if (tab->document()->isModified())
        askToSave(tab, remove);
    else
        remove();
}

void EditorPage::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i));
        if (tab && tab->document()->isModified()) {
            event->ignore();
            m_closingWindow = true;
            closeTab(i);
            return;
        }
    }
    m_closingWindow = false;
    event->accept();
}

void EditorPage::runPipeline()
{
    EditorTab *tab = currentTab();
    if (!tab || !m_run)
        return;
    if (tab->hasErrors()) {
        m_status->setText(tr("Fix the errors listed below the canvas first."));
        return;
    }
    if (tab->document()->path().isEmpty()) {
        saveAs();
        return;
    }
    if (tab->document()->isModified()) {
        saveTo(tab, tab->document()->path(),
               [this, path = tab->document()->path()] { m_run(path, {}, {}); });
        return;
    }
    m_run(tab->document()->path(), {}, {});
}

} // namespace kfw::views::editor
