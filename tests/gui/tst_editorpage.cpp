// The pipeline editor page, driven with real mouse and key events: open a pipeline, drag a task,
// undo and redo, save (the YAML stays the pipeline, the layout goes beside it), reopen where it
// was left, delete and undo back to the same model, open groups, follow the issues list, and
// never lose unsaved work.

#include "cluster/backend/backend.h"
#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/secretstore.h"
#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/pipelineeditor.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "tests/gui/localshell.h"
#include "tests/gui/notificationtext.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/pageregistry.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/compareview.h"
#include "views/pipeline-editor/editor.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/editorpage.h"
#include "views/pipeline-editor/editortab.h"
#include "views/pipeline-editor/palette.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/propertiespanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kfw;
using namespace kfw::views::editor;

class TestEditorPage : public QObject
{
    Q_OBJECT

    test::LocalShell m_shell; // a local backend and the shell services
    ui::PageRegistry m_pages;
    std::unique_ptr<QWidget> m_page;
    QStringList m_runs;        // files the page asked to run
    QStringList m_runVersions; // and the pipeline versions uploaded from them (empty: the file)

    EditorPage *page() { return static_cast<EditorPage *>(m_page.get()); }

    QString copyExample(const char *name, const QString &as = {})
    {
        const QString target = m_shell.dir.filePath(as.isEmpty() ? QString::fromLatin1(name) : as);
        QFile::remove(target);
        QFile::remove(EditorDocument::layoutPath(target));
        QFile::copy(qEnvironmentVariable("KFW_SOURCE_DIR") +
                        QStringLiteral("/resources/examples/") + QString::fromLatin1(name),
                    target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    // Opens through the router, as File > Open does, and waits for the drawn level.
    EditorTab *open(const QString &path)
    {
        QString error;
        if (!m_shell.documents.open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!QTest::qWaitFor(
                [&] { return page()->tabOf(path) && !page()->tabOf(path)->canvas()->isBusy(); },
                10000))
            return nullptr;
        EditorTab *tab = page()->tabOf(path);
        if (!QTest::qWaitFor([&] { return !tab->isChecking(); }, 10000))
            return nullptr;
        return tab;
    }

    QAction *action(const char *id)
    {
        return page()->findChild<QAction *>(QStringLiteral("editor.") + QString::fromLatin1(id));
    }

    // A point in a node's header, in viewport coordinates.
    static QPoint headerOf(PipelineCanvas *canvas, NodeItem *node)
    {
        return canvas->mapFromScene(node->mapToScene(QPointF(80, 14)));
    }

    static void drag(PipelineCanvas *canvas, QPoint from, QPoint to)
    {
        QWidget *viewport = canvas->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        const int steps = 8;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport, from + (to - from) * i / steps);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    static void key(PipelineCanvas *canvas, int key, Qt::KeyboardModifiers modifiers = {})
    {
        // Shortcuts fire only in the active window (a closed message box may have taken it).
        if (QApplication::activeWindow() != canvas->window()) {
            canvas->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(canvas->window()));
        }
        if (!QApplication::focusWidget())
            canvas->setFocus(); // as a click on the canvas would
        QTest::keyClick(canvas, Qt::Key(key), modifiers);
    }

    QString notifications() const { return test::notificationText(m_shell.notifications); }

    // Drops a palette entry on the canvas as a drag from the palette would: the palette's own
    // drag data, delivered by drag-enter, drag-move and drop events at a view position.
    static bool dropFromPalette(EditorPage *page, PipelineCanvas *canvas, const QString &title,
                                QPoint at)
    {
        QTreeWidget *tree = page->palette()->tree();
        const auto found = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return false;
        std::unique_ptr<QMimeData> mime(
            tree->model()->mimeData({tree->indexFromItem(found.first())}));
        if (!mime)
            return false;
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &move);
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &drop);
        return drop.isAccepted();
    }

    static QPoint portOf(PipelineCanvas *canvas, const QString &task, const QString &port,
                         bool output)
    {
        NodeItem *node = canvas->node(task);
        return canvas->mapFromScene(output ? node->outputAnchor(port) : node->inputAnchor(port));
    }

    // File > New: an empty pipeline in a tab of its own, drawn, with the palette read.
    EditorTab *newPipeline()
    {
        m_shell.documents.types().front().createNew();
        const auto current = [this] {
            return qobject_cast<EditorTab *>(page()->tabs()->currentWidget());
        };
        if (!QTest::qWaitFor([&] { return current() && current()->document()->path().isEmpty(); },
                             10000))
            return nullptr;
        EditorTab *tab = current();
        if (!QTest::qWaitFor(
                [&] { return !tab->canvas()->isBusy() && !page()->palette()->isLoading(); }, 10000))
            return nullptr;
        return tab;
    }

    // Selects a palette entry and presses Enter on it, as a keyboard user adds a component.
    bool activatePaletteEntry(const QString &title)
    {
        QTreeWidget *tree = page()->palette()->tree();
        const auto found = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return false;
        tree->setFocus();
        tree->setCurrentItem(found.first());
        QTest::keyClick(tree, Qt::Key_Return);
        return true;
    }

    // With KFW_TEST_SCREENSHOTS=DIR, saves what the page shows, to look at.
    void snapshot(const char *name)
    {
        const QString dir = qEnvironmentVariable("KFW_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            m_page->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) +
                                QStringLiteral(".png"));
    }

    QString goldenPath(const char *name) const
    {
        return qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/tests/gui/golden/") +
               QString::fromLatin1(name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recovery copies go to a test folder
        QVERIFY(m_shell.dir.isValid());
        views::registerEditorPage(
            m_pages, m_shell.documents,
            [this](const QString &path, const QString &versionId, const QString &) {
                m_runs << path;
                m_runVersions << versionId;
            });
        ui::ShellContext context = m_shell.context();
        m_page.reset(m_pages.find(QStringLiteral("editor"))->create(context, nullptr));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Every action of the page is in the command palette with a shortcut.
        for (QAction *a : page()->actions()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QVERIFY2(m_shell.actions.find(a->objectName()), qPrintable(a->objectName()));
        }
    }

    void moveUndoRedoSaveAndReopen()
    {
        const QString path = copyExample("train-and-evaluate.yaml");
        const QByteArray original = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        QCOMPARE(canvas->level().nodes.size(), 3);
        NodeItem *train = canvas->node(QStringLiteral("train"));
        QVERIFY(train);
        const QPointF before = train->pos();
        QCOMPARE(tab->document()->position(QStringLiteral("root"), QStringLiteral("train")),
                 before);

        canvas->zoomReset();
        canvas->centerOn(train);
        const QPoint grab = headerOf(canvas, train);
        drag(canvas, grab, grab + QPoint(0, 137));
        // Moved with the mouse, snapped to the 10-point grid, and recorded as one undo step.
        const QPointF moved = train->pos();
        QCOMPARE(moved, before + QPointF(0, 140));
        QCOMPARE(tab->document()->position(QStringLiteral("root"), QStringLiteral("train")), moved);
        QCOMPARE(tab->document()->undoStack()->count(), 1);
        QVERIFY(tab->document()->isModified());
        QVERIFY(
            page()->tabs()->tabText(page()->tabs()->indexOf(tab)).endsWith(QStringLiteral("•")));
        // The edges follow the node.
        for (QGraphicsItem *item : canvas->scene()->items()) {
            if (item->type() == EdgeItem::Type &&
                static_cast<EdgeItem *>(item)->info().to ==
                    canvas->level().indexOf(QStringLiteral("train")))
                QVERIFY(item->sceneBoundingRect().bottom() >= train->sceneBoundingRect().top());
        }

        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(train->pos(), before);
        QVERIFY(!tab->document()->isModified());
        key(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(train->pos(), moved);
        // Arrow keys nudge by the grid; a run of nudges is one step.
        canvas->selectTasks({QStringLiteral("train")});
        key(canvas, Qt::Key_Right);
        key(canvas, Qt::Key_Right);
        QCOMPARE(train->pos(), moved + QPointF(20, 0));
        QCOMPARE(tab->document()->undoStack()->count(), 2);
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(train->pos(), moved);

        QSignalSpy saved(tab->document(), &EditorDocument::saved);
        key(canvas, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), QString());
        QVERIFY(!tab->document()->isModified());
        // The YAML is untouched: moving tasks changes only the sidecar.
        QFile yaml(path);
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QCOMPARE(yaml.readAll(), original);
        QFile sidecar(EditorDocument::layoutPath(path));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject layout = QJsonDocument::fromJson(sidecar.readAll()).object();
        const QJsonArray xy = layout[QStringLiteral("dags")][QStringLiteral("root")]
                                    [QStringLiteral("tasks")][QStringLiteral("train")]
                                        .toArray();
        QCOMPARE(QPointF(xy[0].toDouble(), xy[1].toDouble()), moved);

        // Closed and opened again: the task is where it was left.
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
        tab = open(path);
        QVERIFY(tab);
        QCOMPARE(tab->canvas()->node(QStringLiteral("train"))->pos(), moved);
        QCOMPARE(
            tab->canvas()->node(QStringLiteral("make-data"))->pos(),
            tab->document()->position(QStringLiteral("root"), QStringLiteral("make-data")).value());
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void buildAPipelineFromThePalette()
    {
        // File > New: an empty pipeline in a tab of its own.
        const int tabsBefore = page()->tabs()->count();
        m_shell.documents.types().front().createNew();
        QTRY_COMPARE(page()->tabs()->count(), tabsBefore + 1);
        auto *tab = qobject_cast<EditorTab *>(page()->tabs()->currentWidget());
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        QTRY_VERIFY(!canvas->isBusy() && !page()->palette()->isLoading());
        QVERIFY(canvas->level().nodes.isEmpty());
        const pipelinespec::YamlValue empty = tab->document()->document().spec();
        canvas->zoomReset();
        canvas->centerOn(QPointF(300, 150));

        // Three components from the library, dropped where they go.
        const QPointF makeAt = NodeGeometry::snapped(canvas->mapToScene(QPoint(100, 80)));
        QVERIFY(dropFromPalette(page(), canvas, QStringLiteral("Make text"), QPoint(100, 80)));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("make-text")));
        QCOMPARE(canvas->node(QStringLiteral("make-text"))->pos(), makeAt);
        QVERIFY(dropFromPalette(page(), canvas, QStringLiteral("Count words"), QPoint(420, 60)));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("count-words")));
        QVERIFY(dropFromPalette(page(), canvas, QStringLiteral("Download file"), QPoint(420, 260)));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("download-file")));
        // Something that is not a palette entry is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent stranger(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton,
                                 Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &stranger);
        QVERIFY(!stranger.isAccepted());

        // Connect make-text's output to count-words' text with the mouse.
        QWidget *viewport = canvas->viewport();
        QPoint from = portOf(canvas, QStringLiteral("make-text"), QStringLiteral("output"), true);
        QPoint to = portOf(canvas, QStringLiteral("count-words"), QStringLiteral("text"), false);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().edges.size() == 1);
        const pipelinespec::YamlValue *source =
            tab->document()->document().spec().at({"root", "dag", "tasks", "count-words", "inputs",
                                                   "parameters", "text", "taskOutputParameter"});
        QVERIFY(source);
        QCOMPARE(source->value(QStringLiteral("producerTask")).text(), QStringLiteral("make-text"));
        QCOMPARE(source->value(QStringLiteral("outputParameterKey")).text(),
                 QStringLiteral("output"));
        // The moved-over node was not dragged along.
        QCOMPARE(canvas->node(QStringLiteral("make-text"))->pos(), makeAt);

        // An int into a str is refused, and the reason is shown.
        const pipelinespec::YamlValue connected = tab->document()->document().spec();
        from = portOf(canvas, QStringLiteral("count-words"), QStringLiteral("count"), true);
        to = portOf(canvas, QStringLiteral("download-file"), QStringLiteral("url"), false);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY(tab->document()->document().spec() == connected);
        QVERIFY2(page()
                     ->findChild<QLabel *>(QStringLiteral("editor.status"))
                     ->text()
                     .contains(QStringLiteral("url")),
                 qPrintable(page()->findChild<QLabel *>(QStringLiteral("editor.status"))->text()));
        QCOMPARE(tab->document()->undoStack()->count(), 4);

        // Undo everything: exactly the empty pipeline; redo everything: exactly the built one.
        for (int i = 0; i < 4; ++i)
            key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(tab->document()->document().spec() == empty);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.isEmpty());
        for (int i = 0; i < 4; ++i)
            key(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(tab->document()->document().spec() == connected);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 3);
        QCOMPARE(canvas->node(QStringLiteral("make-text"))->pos(), makeAt);

        // Properties: make-text repeats 3 times (a typed value; "x" is refused as you type).
        canvas->selectTasks({QStringLiteral("make-text")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("make-text"));
        auto *timesSource =
            tab->properties()->findChild<QComboBox *>(QStringLiteral("property.source.times"));
        QVERIFY(timesSource);
        timesSource->setFocus();
        QTest::keyClick(timesSource, Qt::Key_Down); // Not set -> Value
        auto *times =
            tab->properties()->findChild<QLineEdit *>(QStringLiteral("property.value.times"));
        QTRY_VERIFY(times->isVisible());
        QTest::keyClicks(times, QStringLiteral("x"));
        auto *problem = times->parentWidget()->parentWidget()->findChild<QLabel *>();
        QTRY_VERIFY(problem && problem->isVisible() &&
                    problem->text().contains(QStringLiteral("whole number")));
        times->clear();
        QTest::keyClicks(times, QStringLiteral("3"));
        QTest::keyClick(times, Qt::Key_Return);
        QTRY_VERIFY(tab->document()->document().spec().at({"root", "dag", "tasks", "make-text",
                                                           "inputs", "parameters", "times",
                                                           "runtimeValue", "constant"}));
        QCOMPARE(tab->document()
                     ->document()
                     .spec()
                     .at({"root", "dag", "tasks", "make-text", "inputs", "parameters", "times",
                          "runtimeValue", "constant"})
                     ->toInt(),
                 3);

        // The pipeline: a parameter "url", which download-file then reads.
        canvas->selectTasks({});
        QTRY_VERIFY(
            tab->properties()->task().isEmpty() &&
            tab->properties()->findChild<QLineEdit *>(QStringLiteral("property.newParameter")));
        QTest::keyClicks(
            tab->properties()->findChild<QLineEdit *>(QStringLiteral("property.newParameter")),
            QStringLiteral("url"));
        QTest::keyClicks(tab->properties()->findChild<QLineEdit *>(
                             QStringLiteral("property.newParameterDefault")),
                         QStringLiteral("https://example.com/data.csv"));
        QTest::mouseClick(
            tab->properties()->findChild<QPushButton *>(QStringLiteral("property.addParameter")),
            Qt::LeftButton);
        QTRY_VERIFY(tab->document()->document().spec().at(
            {"root", "inputDefinitions", "parameters", "url"}));
        canvas->selectTasks({QStringLiteral("download-file")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("download-file"));
        auto *urlSource =
            tab->properties()->findChild<QComboBox *>(QStringLiteral("property.source.url"));
        const int parameterIndex = urlSource->findText(QStringLiteral("Pipeline: url"));
        QVERIFY(parameterIndex > 0);
        urlSource->setFocus();
        for (int i = 0; i < parameterIndex; ++i)
            QTest::keyClick(urlSource, Qt::Key_Down);
        QTRY_VERIFY(tab->document()->document().spec().at({"root", "dag", "tasks", "download-file",
                                                           "inputs", "parameters", "url",
                                                           "componentInputParameter"}));

        // Rename count-words to "count" (checked as typed, applied with Enter).
        canvas->selectTasks({QStringLiteral("count-words")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("count-words"));
        auto *name = tab->properties()->findChild<QLineEdit *>(QStringLiteral("property.name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Count Words!"));
        QTRY_VERIFY(tab->properties()
                        ->findChild<QLabel *>(QStringLiteral("property.name.problem"))
                        ->isVisible());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("count"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("count")));
        QTRY_COMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("count")});
        QTRY_VERIFY(!tab->isChecking());
        QVERIFY2(
            !tab->hasErrors(),
            qPrintable(tab->findings().isEmpty() ? QString() : tab->findings().first().toString()));

        snapshot("built");
        // Save As: the file equals the golden pipeline; the layout goes beside it.
        const QString path = m_shell.dir.filePath(QStringLiteral("built.yaml"));
        // Typing in the panel keeps the keyboard in the page: shortcuts still work.
        QVERIFY(QApplication::focusWidget() && page()->isAncestorOf(QApplication::focusWidget()));
        key(canvas, Qt::Key_S, Qt::ControlModifier); // no file yet: Save As
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page()->findChild<QFileDialog *>()) && dialog->isVisible());
        QSignalSpy saved(tab->document(), &EditorDocument::saved);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), QString());
        QTRY_VERIFY(!page()->findChild<QFileDialog *>()); // closed and gone
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        if (qEnvironmentVariableIsSet("KFW_UPDATE_GOLDEN")) {
            QFile golden(goldenPath("palette-pipeline.yaml"));
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(written);
        }
        QFile golden(goldenPath("palette-pipeline.yaml"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(golden.readAll()));
        QCOMPARE(page()->tabs()->tabText(page()->tabs()->indexOf(tab)),
                 QStringLiteral("built.yaml"));

        // Reopened: every task where it was put.
        const Positions positions = tab->document()->positions();
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
        tab = open(path);
        QVERIFY(tab);
        for (const QString &task : {QStringLiteral("make-text"), QStringLiteral("count"),
                                    QStringLiteral("download-file")})
            QCOMPARE(tab->canvas()->node(task)->pos(), positions[QStringLiteral("root")][task]);
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void copyPasteAndDuplicate()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("copy.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        const pipelinespec::YamlValue original = tab->document()->document().spec();
        const auto components = [tab] {
            return tab->document()->document().spec().find(QStringLiteral("components"))->size();
        };
        const qsizetype componentsBefore = components();

        // Copy: the clipboard holds a PipelineSpec of the two tasks, their connection kept.
        canvas->selectTasks({QStringLiteral("train"), QStringLiteral("evaluate")});
        key(canvas, Qt::Key_C, Qt::ControlModifier);
        pipelinespec::ReadError error;
        const auto clip = pipelinespec::PipelineDocument::fromBytes(
            QGuiApplication::clipboard()->text().toUtf8(), QStringLiteral("clip"), &error);
        QVERIFY2(clip, qPrintable(error.toString()));
        QCOMPARE(clip->spec().at({"root", "dag", "tasks"})->size(), 2);
        QCOMPARE(clip->spec()
                     .at({"root", "dag", "tasks", "evaluate", "inputs", "artifacts", "model",
                          "taskOutputArtifact", "producerTask"})
                     ->text(),
                 QStringLiteral("train"));
        // train's data came from make-data, which was not copied: left unset.
        QVERIFY(!clip->spec().at({"root", "dag", "tasks", "train", "inputs", "artifacts"}));

        // Paste: two new tasks, connected to each other, the same components reused.
        key(canvas, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 5);
        QCOMPARE(components(), componentsBefore);
        QCOMPARE(tab->document()
                     ->document()
                     .spec()
                     .at({"root", "dag", "tasks", "evaluate-2", "inputs", "artifacts", "model",
                          "taskOutputArtifact", "producerTask"})
                     ->text(),
                 QStringLiteral("train-2"));
        QTRY_COMPARE(canvas->selectedTasks(),
                     (QStringList{QStringLiteral("evaluate-2"), QStringLiteral("train-2")}));
        // The shape of the selection is kept.
        const auto at = [tab](const char *task) {
            return tab->document()
                ->position(QStringLiteral("root"), QString::fromLatin1(task))
                .value();
        };
        QCOMPARE(at("evaluate-2") - at("train-2"), at("evaluate") - at("train"));
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(tab->document()->document().spec() == original);

        // Duplicate: next to the original.
        canvas->selectTasks({QStringLiteral("make-data")});
        key(canvas, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("make-data-2")));
        QCOMPARE(at("make-data-2"), at("make-data") + QPointF(40, 40));

        // Into another pipeline (another tab): the components come along.
        canvas->selectTasks({QStringLiteral("train"), QStringLiteral("evaluate")});
        key(canvas, Qt::Key_C, Qt::ControlModifier);
        const QString other =
            copyExample("fan-out-fan-in.yaml", QStringLiteral("paste-target.yaml"));
        EditorTab *target = open(other);
        QVERIFY(target);
        key(target->canvas(), Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(!target->canvas()->isBusy() && target->canvas()->node(QStringLiteral("train")));
        QVERIFY(target->document()->document().spec().at({"components", "comp-train"}));
        QVERIFY(target->document()->document().spec().at(
            {"deploymentSpec", "executors", "exec-train"}));
        QCOMPARE(target->document()
                     ->document()
                     .spec()
                     .at({"root", "dag", "tasks", "evaluate", "inputs", "artifacts", "model",
                          "taskOutputArtifact", "producerTask"})
                     ->text(),
                 QStringLiteral("train"));

        // Text that is not a pipeline is refused with a message.
        QGuiApplication::clipboard()->setText(QStringLiteral("just some words"));
        key(target->canvas(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(page()
                    ->findChild<QLabel *>(QStringLiteral("editor.status"))
                    ->text()
                    .contains(QStringLiteral("Not pasted")));

        for (EditorTab *t : {target, tab}) {
            t->document()->undoStack()->setClean();
            page()->closeTab(page()->tabs()->indexOf(t));
        }
        QTRY_VERIFY(!page()->tabOf(path) && !page()->tabOf(other));
    }

    void compareMarksAddedRemovedAndChangedTasks()
    {
        const QString path =
            copyExample("train-and-evaluate.yaml", QStringLiteral("compare-after.yaml"));
        // The earlier version: no evaluate, an extra train, make-data with another environment.
        const QString earlier = m_shell.dir.filePath(QStringLiteral("compare-before.yaml"));
        {
            pipelinespec::ReadError error;
            auto document = pipelinespec::PipelineDocument::load(path, &error);
            QVERIFY(document);
            pipelinespec::PipelineEditor editor(*document);
            QVERIFY(editor.removeTask(
                *editor.find(QStringLiteral("root"), QStringLiteral("evaluate"))));
            QString why;
            QVERIFY(editor.addTask(QStringLiteral("comp-train"), &why));
            QVERIFY(editor.setEnv(*editor.find(QStringLiteral("root"), QStringLiteral("make-data")),
                                  QStringLiteral("SEED"), QStringLiteral("7")));
            QFile f(earlier);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(editor.document().toYaml());
        }
        EditorTab *tab = open(path);
        QVERIFY(tab);
        QSignalSpy opened(page(), &EditorPage::compareOpened);
        page()->compareWith(tab, earlier);
        QVERIFY(opened.wait(10000));
        auto *view = opened.first().first().value<CompareView *>();
        QVERIFY(view);
        QCOMPARE(page()->tabs()->currentWidget(), view);
        QTRY_VERIFY(!view->before()->isBusy() && !view->after()->isBusy() &&
                    view->before()->node(QStringLiteral("train-2")) &&
                    view->after()->node(QStringLiteral("evaluate")));
        const QColor added(0x2e, 0x7d, 0x32), removed(0xc6, 0x28, 0x28), changed(0xef, 0x6c, 0x00);
        QTRY_COMPARE(view->after()->node(QStringLiteral("evaluate"))->mark(), added);
        QCOMPARE(view->before()->node(QStringLiteral("train-2"))->mark(), removed);
        QCOMPARE(view->before()->node(QStringLiteral("make-data"))->mark(), changed);
        QCOMPARE(view->after()->node(QStringLiteral("make-data"))->mark(), changed);
        QVERIFY(!view->after()->node(QStringLiteral("train"))->mark().isValid());
        QVERIFY(!view->before()->node(QStringLiteral("train"))->mark().isValid());
        snapshot("compare");
        // The list selects the tasks a change concerns, on both sides.
        QTreeWidget *list = view->changes();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(1) == QStringLiteral("executor exec-make-data"))
                row = list->topLevelItem(i);
        }
        QVERIFY(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
        QCOMPARE(view->before()->selectedTasks(), QStringList{QStringLiteral("make-data")});
        QCOMPARE(view->after()->selectedTasks(), QStringList{QStringLiteral("make-data")});
        // Read-only: a comparison closes without questions and leaves the document as it was.
        page()->closeTab(page()->tabs()->indexOf(view));
        QTRY_VERIFY(page()->tabs()->indexOf(view) < 0);
        QVERIFY(!tab->document()->isModified());
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void uploadAddsAPipelineThenVersions()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("upload.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        const QString name = tab->document()->document().name();
        QSignalSpy uploaded(page(), &EditorPage::uploaded);
        key(tab->canvas(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(0).toString(), QString());
        QVERIFY2(uploaded.last().at(1).toString().contains(QStringLiteral("new pipeline")),
                 qPrintable(uploaded.last().at(1).toString()));
        // Again, after a change: saved first, then a new version of the same pipeline.
        tab->canvas()->selectTasks({QStringLiteral("train")});
        key(tab->canvas(), Qt::Key_Down);
        key(tab->canvas(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(0).toString(), QString());
        QVERIFY2(uploaded.last().at(1).toString().startsWith(QStringLiteral("version ")),
                 qPrintable(uploaded.last().at(1).toString()));
        QVERIFY(!tab->document()->isModified());

        // What the backend now has: one pipeline of that name with two versions, the first the
        // file.
        backend::PipelineService *pipelines = m_shell.backends.active()->pipelines();
        backend::PipelineQuery query;
        query.nameContains = name;
        auto listed = pipelines->list(query);
        QTRY_VERIFY(listed.isFinished());
        QCOMPARE(listed.result().value.items.size(), 1);
        auto versions = pipelines->versions(listed.result().value.items.first().id, {});
        QTRY_VERIFY(versions.isFinished());
        QCOMPARE(versions.result().value.items.size(), 2);

        // Upload and Run: a third version, and the run form is asked for exactly that version.
        m_runs.clear();
        m_runVersions.clear();
        key(tab->canvas(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(0).toString(), QString());
        QCOMPARE(m_runs, QStringList{path});
        auto after = pipelines->versions(listed.result().value.items.first().id, {});
        QTRY_VERIFY(after.isFinished());
        QCOMPARE(after.result().value.items.size(), 3);
        QStringList ids;
        for (const backend::PipelineVersionInfo &v : after.result().value.items)
            ids << v.id;
        for (const backend::PipelineVersionInfo &v : versions.result().value.items)
            ids.removeOne(v.id);
        QCOMPARE(m_runVersions, ids); // the new one
        m_runs.clear();
        m_runVersions.clear();
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void storedPipelinesNestFromThePalette()
    {
        // The pipeline uploaded above is offered under the active backend's name.
        QTreeWidget *tree = page()->palette()->tree();
        const auto stored = [tree]() -> QTreeWidgetItem * {
            for (QTreeWidgetItem *item : tree->findItems(QStringLiteral("train-and-evaluate"),
                                                         Qt::MatchExactly | Qt::MatchRecursive)) {
                if (item->parent() &&
                    item->parent()->text(0).startsWith(QStringLiteral("Pipelines on ")))
                    return item;
            }
            return nullptr;
        };
        QTRY_VERIFY(stored());
        EditorTab *tab = newPipeline();
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        tree->setFocus();
        tree->setCurrentItem(stored());
        QTest::keyClick(tree, Qt::Key_Return);
        // Its latest version becomes one task of this pipeline: a nested pipeline with its three
        // tasks inside.
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->isBusy() && canvas->level().nodes.size() == 1, 20000);
        const NodeInfo nested = canvas->level().nodes.first();
        QCOMPARE(nested.group, GroupKind::Pipeline);
        QCOMPARE(nested.childCount, 3);
        canvas->setGroupOpen(nested.name, true);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(nested.name)->isOpen());
        QStringList inner = canvas->innerTasks(nested.name);
        inner.sort();
        QCOMPARE(inner, (QStringList{QStringLiteral("evaluate"), QStringLiteral("make-data"),
                                     QStringLiteral("train")}));
        tab->document()->undoStack()->setClean();
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(page()->tabs()->count(), 0);
    }

    void compareWithAStoredVersion()
    {
        // The pipeline uploaded above, changed here: compared with the version picked from the
        // backend, the removed task is marked.
        const QString path =
            copyExample("train-and-evaluate.yaml", QStringLiteral("compare-stored.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        tab->canvas()->selectTasks({QStringLiteral("evaluate")});
        key(tab->canvas(), Qt::Key_Delete);
        QTRY_VERIFY(!tab->canvas()->isBusy() && !tab->canvas()->node(QStringLiteral("evaluate")));
        QSignalSpy opened(page(), &EditorPage::compareOpened);
        key(tab->canvas(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QInputDialog *picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (picker = page()->findChild<QInputDialog *>(QStringLiteral("editor.versionPicker"))) &&
                picker->isVisible(),
            20000);
        QCOMPARE(picker->comboBoxItems().size(), 3); // the three uploads, newest first
        picker->setTextValue(picker->comboBoxItems().first());
        picker->accept();
        QVERIFY(opened.wait(20000));
        auto *view = opened.first().first().value<CompareView *>();
        QTRY_VERIFY(!view->before()->isBusy() && !view->after()->isBusy() &&
                    view->before()->node(QStringLiteral("evaluate")));
        QCOMPARE(view->markOf(false, QStringLiteral("root"), QStringLiteral("evaluate")),
                 QStringLiteral("removed"));
        QVERIFY(view->markOf(true, QStringLiteral("root"), QStringLiteral("train")).isEmpty());
        page()->closeTab(page()->tabs()->indexOf(view));
        tab->document()->undoStack()->setClean();
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(page()->tabs()->count(), 0);
    }

    void importersAndNestedPipelinesFromThePalette()
    {
        const QString nested = copyExample("coin-flip.yaml", QStringLiteral("nested.yaml"));
        QVERIFY(open(nested));
        EditorTab *tab = newPipeline();
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();

        // Importer: a dialog for the artifact type, then a task whose "uri" says where it is.
        QVERIFY(activatePaletteEntry(QStringLiteral("Importer")));
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = page()->findChild<QDialog *>(QStringLiteral("editor.componentDialog"))) &&
            dialog->isVisible());
        dialog->findChild<QComboBox *>(QStringLiteral("component.artifactType"))
            ->setCurrentText(QStringLiteral("Model"));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("importer")));
        const pipelinespec::YamlValue &spec = tab->document()->document().spec();
        QCOMPARE(spec.at({"deploymentSpec", "executors", "exec-importer", "importer", "typeSchema",
                          "schemaTitle"})
                     ->text(),
                 QStringLiteral("system.Model"));
        QCOMPARE(spec.at({"deploymentSpec", "executors", "exec-importer", "importer", "artifactUri",
                          "runtimeParameter"})
                     ->text(),
                 QStringLiteral("uri"));
        QCOMPARE(canvas->node(QStringLiteral("importer"))->info().outputs.first().type,
                 QStringLiteral("system.Model"));

        // Another open pipeline becomes one task: a nested pipeline that opens like a group.
        QVERIFY(activatePaletteEntry(QStringLiteral("nested.yaml")));
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 2);
        const auto nestedNode =
            std::find_if(canvas->level().nodes.begin(), canvas->level().nodes.end(),
                         [](const NodeInfo &n) { return n.group == GroupKind::Pipeline; });
        QVERIFY(nestedNode != canvas->level().nodes.end());
        QCOMPARE(nestedNode->childCount, 2); // coin-flip's exit handler and report
        canvas->showDag(nestedNode->component);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("exit-handler-1")));

        for (int i = page()->tabs()->count() - 1; i >= 0; --i) {
            if (auto *t = qobject_cast<EditorTab *>(page()->tabs()->widget(i)))
                t->document()->undoStack()->setClean();
            page()->closeTab(i);
        }
        QTRY_COMPARE(page()->tabs()->count(), 0);
    }

    void arrangeOverviewAndComponentFiles()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("arrange.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        const auto at = [tab](const QString &task) {
            return tab->document()->position(QStringLiteral("root"), task).value();
        };
        const QStringList all{QStringLiteral("evaluate"), QStringLiteral("make-data"),
                              QStringLiteral("train")};
        double top = std::numeric_limits<double>::max();
        for (const QString &t : all)
            top = std::min(top, at(t).y());
        canvas->selectTasks(all);
        key(canvas, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
        for (const QString &t : all)
            QCOMPARE(at(t).y(), top);
        QCOMPARE(tab->document()->undoStack()->undoText(), QStringLiteral("Align"));
        // Spread out left to right with even gaps.
        key(canvas, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
        QList<double> xs;
        for (const QString &t : all)
            xs << at(t).x();
        std::sort(xs.begin(), xs.end());
        QVERIFY(qAbs((xs[1] - xs[0]) - (xs[2] - xs[1])) <= NodeGeometry::kGrid);
        QVERIFY(xs[1] - xs[0] >= NodeGeometry::kWidth);

        // The overview: shown in the corner while part of the level is out of view; a click there
        // moves the view to that spot.
        QGraphicsView *minimap = canvas->minimap();
        canvas->zoomToFit();
        QTRY_VERIFY(!minimap->isVisible()); // everything is in view
        canvas->zoomBy(3);
        QTRY_VERIFY(minimap->isVisible());
        minimap->viewport()->repaint();
        const QPointF target = canvas->node(QStringLiteral("train"))->sceneBoundingRect().center();
        QTest::mouseClick(minimap->viewport(), Qt::LeftButton, {}, minimap->mapFromScene(target));
        QVERIFY(QLineF(canvas->viewCentre(), target).length() < 30 / canvas->zoom());

        // A component file becomes a task; something else is refused with the reason.
        page()->addComponentFile(qEnvironmentVariable("KFW_SOURCE_DIR") +
                                 QStringLiteral("/resources/components/describe-csv.yaml"));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("describe-csv")));
        QCOMPARE(canvas->node(QStringLiteral("describe-csv"))->info().outputs.size(), 2);
        page()->addComponentFile(path + QStringLiteral(".layout.json.missing"));
        QTRY_VERIFY(page()
                        ->findChild<QLabel *>(QStringLiteral("editor.status"))
                        ->text()
                        .contains(QStringLiteral("not a component")));

        tab->document()->undoStack()->setClean();
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void controlFlowGroupsFromThePalette()
    {
        EditorTab *tab = newPipeline();
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        QVERIFY(activatePaletteEntry(QStringLiteral("Make text")));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("make-text")));

        // A loop over typed items; a list that does not parse keeps Add disabled.
        QVERIFY(activatePaletteEntry(QStringLiteral("ParallelFor loop")));
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page()->findChild<QDialog *>(QStringLiteral("editor.groupDialog"))) &&
                    dialog->isVisible());
        auto *items = dialog->findChild<QLineEdit *>(QStringLiteral("group.value"));
        auto *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        items->setText(QStringLiteral("[\"a\", "));
        QVERIFY(!add->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("group.problem"))
                    ->text()
                    .contains(QStringLiteral("JSON list")));
        items->setText(QStringLiteral("[\"short text\", \"a longer text\"]"));
        QVERIFY(add->isEnabled());
        add->click();
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 2);
        const auto loop =
            std::find_if(canvas->level().nodes.begin(), canvas->level().nodes.end(),
                         [](const NodeInfo &n) { return n.group == GroupKind::Loop; });
        QVERIFY(loop != canvas->level().nodes.end());
        const QString loopDag = loop->component;

        // Inside the loop: a task reading the loop's item.
        canvas->showDag(loopDag);
        QTRY_VERIFY(!canvas->isBusy() && canvas->dag() == loopDag);
        QVERIFY(activatePaletteEntry(QStringLiteral("Count words")));
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("count-words")));
        canvas->selectTasks({QStringLiteral("count-words")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("count-words"));
        auto *source =
            tab->properties()->findChild<QComboBox *>(QStringLiteral("property.source.text"));
        QVERIFY(source);
        const int loopItem = source->findText(QStringLiteral("Loop item"));
        QVERIFY(loopItem > 0);
        source->setFocus();
        for (int i = source->currentIndex(); i < loopItem; ++i)
            QTest::keyClick(source, Qt::Key_Down);
        QTRY_VERIFY(tab->document()->document().spec().at(
            {"components", loopDag.toUtf8().constData(), "dag", "tasks", "count-words", "inputs",
             "parameters", "text", "componentInputParameter"}));
        QTRY_VERIFY(!tab->isChecking());
        QVERIFY2(
            !tab->hasErrors(),
            qPrintable(tab->findings().isEmpty() ? QString() : tab->findings().first().toString()));

        // Back at the top: a condition on make-text's output.
        tab->goUp();
        QTRY_VERIFY(!canvas->isBusy() && canvas->dag() == QStringLiteral("root"));
        QVERIFY(activatePaletteEntry(QStringLiteral("Condition")));
        QTRY_VERIFY((dialog = page()->findChild<QDialog *>(QStringLiteral("editor.groupDialog"))) &&
                    dialog->isVisible());
        auto *left = dialog->findChild<QComboBox *>(QStringLiteral("group.source"));
        QVERIFY(left->findText(QStringLiteral("output of make-text")) >= 0);
        left->setCurrentIndex(left->findText(QStringLiteral("output of make-text")));
        dialog->findChild<QLineEdit *>(QStringLiteral("group.value"))
            ->setText(QStringLiteral("hello"));
        add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(add->isEnabled());
        add->click();
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 3);
        const auto condition =
            std::find_if(canvas->level().nodes.begin(), canvas->level().nodes.end(),
                         [](const NodeInfo &n) { return n.group == GroupKind::Condition; });
        QVERIFY(condition != canvas->level().nodes.end());
        QVERIFY(condition->detail.contains(QStringLiteral("hello")));
        QCOMPARE(tab->document()->undoStack()->undoText(), QStringLiteral("Add a condition"));
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 2);

        tab->document()->undoStack()->setClean();
        page()->closeTab(page()->tabs()->indexOf(tab));
        QTRY_VERIFY(page()->tabs()->indexOf(tab) < 0);
    }

    void containerAndKubernetesOptionsInTheProperties()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("options.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        canvas->selectTasks({QStringLiteral("train")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("train"));
        const auto field = [tab](const char *id) {
            return tab->properties()->findChild<QLineEdit *>(QStringLiteral("property.") +
                                                             QString::fromLatin1(id));
        };
        const auto executor = [tab]() {
            const auto *spec = &tab->document()->document().spec();
            const QString label = spec->at({"components", "comp-train", "executorLabel"})->text();
            return spec->at({"deploymentSpec", "executors"})
                ->find(label)
                ->find(QStringLiteral("container"));
        };

        // Image: checked as typed, applied with Enter.
        field("image")->selectAll();
        QTest::keyClicks(field("image"), QStringLiteral("python:3.12-slim"));
        QTest::keyClick(field("image"), Qt::Key_Return);
        QTRY_COMPARE(executor()->value(QStringLiteral("image")).text(),
                     QStringLiteral("python:3.12-slim"));
        QTRY_VERIFY(!canvas->isBusy()); // the panel shows the new state once the level is drawn

        // Arguments: one per line, applied when the field is left.
        auto *args =
            tab->properties()->findChild<QPlainTextEdit *>(QStringLiteral("property.args"));
        QVERIFY(args);
        m_page->activateWindow(); // focus changes need the active window
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        const qsizetype before = executor()->value(QStringLiteral("args")).size();
        args->setFocus();
        args->moveCursor(QTextCursor::End);
        QTest::keyClick(args, Qt::Key_Return);
        QTest::keyClicks(args, QStringLiteral("--verbose"));
        canvas->setFocus();
        QTRY_COMPARE(executor()->value(QStringLiteral("args")).size(), before + 1);
        const pipelinespec::YamlValue argsNow = executor()->value(QStringLiteral("args"));
        QCOMPARE(argsNow.items().back().text(), QStringLiteral("--verbose"));
        QTRY_VERIFY(!canvas->isBusy());

        // A secret as an environment variable goes to the Kubernetes platform document.
        QTRY_VERIFY(field("k8sFields"));
        auto *kind = tab->properties()->findChild<QComboBox *>(QStringLiteral("property.k8sKind"));
        kind->setCurrentIndex(0);
        QTest::keyClicks(field("k8sFields"), QStringLiteral("db-creds, password"));
        QTRY_VERIFY(tab->properties()
                        ->findChild<QLabel *>(QStringLiteral("property.k8sFields.problem"))
                        ->isVisible());
        QTest::keyClicks(field("k8sFields"), QStringLiteral(", DB_PASSWORD"));
        QTest::keyClick(field("k8sFields"), Qt::Key_Return);
        QTRY_VERIFY(tab->document()->document().platform().has_value());
        const pipelinespec::YamlValue *secret =
            tab->document()->document().platform()->at({"platforms", "kubernetes", "deploymentSpec",
                                                        "executors", "exec-train", "secretAsEnv"});
        QVERIFY(secret && secret->isSequence());
        QCOMPARE(secret->items().front().value(QStringLiteral("secretName")).text(),
                 QStringLiteral("db-creds"));
        QTRY_VERIFY(!canvas->isBusy());

        // A claim mounted at a relative path is refused, with the model's reason.
        QTRY_VERIFY(field("k8sFields"));
        kind = tab->properties()->findChild<QComboBox *>(QStringLiteral("property.k8sKind"));
        kind->setCurrentIndex(4);
        QTest::keyClicks(field("k8sFields"), QStringLiteral("data, relative/path"));
        QTest::keyClick(field("k8sFields"), Qt::Key_Return);
        QTRY_VERIFY(tab->properties()
                        ->findChild<QLabel *>(QStringLiteral("property.error"))
                        ->text()
                        .contains(QStringLiteral("absolute")));

        // A Python component's source: shown highlighted; a new argument in the signature becomes
        // an input of the component when the field is left.
        QTRY_VERIFY(!canvas->isBusy());
        canvas->selectTasks({QStringLiteral("make-data")});
        QTRY_VERIFY(tab->properties()->task() == QStringLiteral("make-data"));
        auto *source =
            tab->properties()->findChild<QPlainTextEdit *>(QStringLiteral("property.source"));
        QVERIFY(source);
        QVERIFY(source->toPlainText().startsWith(
            QStringLiteral("def make_data(n: int, seed: int, data: Output[Dataset]):")));
        QTRY_VERIFY(source->document()->firstBlock().layout()->formats().size() > 0); // highlighted
        source->setFocus();
        QTextCursor cursor = source->document()->find(QStringLiteral("seed: int,"));
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("seed: int, noise: float = 0.5,"));
        canvas->setFocus();
        QTRY_VERIFY(tab->document()->document().spec().at(
            {"components", "comp-make-data", "inputDefinitions", "parameters", "noise"}));
        QCOMPARE(tab->document()
                     ->document()
                     .spec()
                     .at({"components", "comp-make-data", "inputDefinitions", "parameters", "noise",
                          "parameterType"})
                     ->text(),
                 QStringLiteral("NUMBER_DOUBLE"));
        QTRY_VERIFY(!canvas->isBusy());

        // Saved: the pipeline and its platform document, as the compiler writes them.
        QSignalSpy saved(tab->document(), &EditorDocument::saved);
        key(canvas, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        pipelinespec::ReadError error;
        const auto reread = pipelinespec::PipelineDocument::load(path, &error);
        QVERIFY2(reread, qPrintable(error.toString()));
        QCOMPARE(reread->documents().size(), 2);
        QVERIFY(reread->platform()->at({"platforms", "kubernetes", "deploymentSpec", "executors",
                                        "exec-train", "secretAsEnv"}));
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void commentsAreKeptBesideThePipeline()
    {
        const QString path =
            copyExample("train-and-evaluate.yaml", QStringLiteral("comments.yaml"));
        const QByteArray original = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        canvas->zoomReset();

        // Ctrl+Alt+M: a comment, edited at once; typing replaces its text, Escape ends editing.
        key(canvas, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(canvas->selectedComments().size(), 1);
        const QString id = canvas->selectedComments().first();
        CommentItem *note = canvas->comment(id);
        QVERIFY(note && note->isEditing());
        QTest::keyClicks(canvas, QStringLiteral("Check the data first"));
        QTest::keyClick(canvas, Qt::Key_Escape);
        QTRY_COMPARE(tab->document()->comments().value(QStringLiteral("root")).value(id).text,
                     QStringLiteral("Check the data first"));
        QVERIFY(!note->isEditing());

        // Dragged with the mouse: one undo step.
        const QPointF before = note->pos();
        const QPoint grab = canvas->mapFromScene(note->mapToScene(QPointF(20, 8)));
        drag(canvas, grab, grab + QPoint(60, 40));
        QTRY_VERIFY(tab->document()->comments().value(QStringLiteral("root")).value(id).pos !=
                    before);
        QCOMPARE(tab->document()->undoStack()->undoText(), QStringLiteral("Move comment"));

        // Saved beside the pipeline, which stays as it was; reopened where it was left.
        QSignalSpy saved(tab->document(), &EditorDocument::saved);
        key(canvas, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QFile yaml(path);
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QCOMPARE(yaml.readAll(), original);
        const Comment kept = tab->document()->comments().value(QStringLiteral("root")).value(id);
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
        tab = open(path);
        QVERIFY(tab);
        canvas = tab->canvas();
        QTRY_VERIFY(canvas->comment(id));
        QCOMPARE(canvas->comment(id)->toPlainText(), QStringLiteral("Check the data first"));
        QCOMPARE(canvas->comment(id)->pos(), kept.pos);

        // Deleted with Del, back with undo.
        canvas->comment(id)->setSelected(true);
        QTRY_VERIFY(action("delete")->isEnabled());
        key(canvas, Qt::Key_Delete);
        QTRY_VERIFY(!canvas->comment(id));
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(canvas->comment(id));
        QVERIFY(!tab->document()->isModified());
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void deleteAndUndoRestoreTheModel()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("delete.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        const pipelinespec::YamlValue spec = tab->document()->document().spec();
        const QByteArray yaml = tab->document()->document().toYaml();
        NodeItem *train = canvas->node(QStringLiteral("train"));
        const QPointF at = train->pos();
        canvas->zoomReset();
        canvas->centerOn(train);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, headerOf(canvas, train));
        QCOMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("train")});
        QTRY_VERIFY(action("delete")->isEnabled());
        key(canvas, Qt::Key_Delete);
        QTRY_VERIFY(!canvas->isBusy() && canvas->level().nodes.size() == 2);
        QVERIFY(!tab->document()->document().spec().at({"root", "dag", "tasks", "train"}));
        // evaluate read train's model: that input is now unset, which the issues list reports.
        QTRY_VERIFY(!tab->isChecking() && tab->hasErrors());
        QVERIFY(!action("run")->isEnabled());

        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("train")));
        QVERIFY(tab->document()->document().spec() == spec);
        QCOMPARE(tab->document()->document().toYaml(), yaml);
        QCOMPARE(canvas->node(QStringLiteral("train"))->pos(), at);
        QTRY_VERIFY(!tab->isChecking() && !tab->hasErrors());
        key(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!canvas->isBusy() && !canvas->node(QStringLiteral("train")));
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("train")));
        QVERIFY(!tab->document()->isModified());
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void groupsOpenInPlaceAndMakeRoom()
    {
        const QString path = copyExample("fan-out-fan-in.yaml", QStringLiteral("open-groups.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        const QByteArray yaml = tab->document()->document().toYaml();
        const Positions stored = tab->document()->positions();
        NodeItem *loop = canvas->node(QStringLiteral("for-loop-1"));
        NodeItem *total = canvas->node(QStringLiteral("total"));
        QVERIFY(loop && total);
        QVERIFY(!loop->isOpen());
        const QSizeF closed = loop->size();
        const QPointF totalAt = total->pos();

        // A click on the arrow row opens the loop in place: its task inside, the task after it
        // moved aside by the frame's growth, nothing changed in the file.
        canvas->zoomReset();
        canvas->centerOn(loop);
        const QPoint arrow =
            canvas->mapFromScene(loop->mapToScene(NodeGeometry::toggleRow(loop->info()).center()));
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, arrow);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("for-loop-1"))->isOpen());
        loop = canvas->node(QStringLiteral("for-loop-1"));
        total = canvas->node(QStringLiteral("total"));
        QCOMPARE(canvas->innerTasks(QStringLiteral("for-loop-1")),
                 QStringList{QStringLiteral("square")});
        NodeItem *square =
            canvas->innerNode(QStringLiteral("for-loop-1"), QStringLiteral("square"));
        QVERIFY(loop->sceneBoundingRect().contains(square->sceneBoundingRect()));
        QVERIFY(loop->size().width() > closed.width() && loop->size().height() > closed.height());
        QCOMPARE(total->pos(), totalAt + QPointF(loop->size().width() - closed.width(), 0));
        QVERIFY(!QRectF(loop->pos(), loop->size()).intersects(QRectF(total->pos(), total->size())));
        QVERIFY(!tab->document()->isModified());
        QCOMPARE(tab->document()->positions(), stored);
        snapshot("group-open-in-place");

        // Moving a task keeps the file's position exact, without the room made for the frame.
        canvas->selectTasks({QStringLiteral("total")});
        key(canvas, Qt::Key_Right);
        QCOMPARE(*tab->document()->position(QStringLiteral("root"), QStringLiteral("total")),
                 stored.value(QStringLiteral("root")).value(QStringLiteral("total")) +
                     QPointF(NodeGeometry::kGrid, 0));
        QCOMPARE(total->pos(),
                 totalAt + QPointF(loop->size().width() - closed.width() + NodeGeometry::kGrid, 0));
        key(canvas, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tab->document()->positions(), stored);
        QCOMPARE(total->pos(), totalAt + QPointF(loop->size().width() - closed.width(), 0));

        // A task inside is edited in its group: a double-click opens the group with it selected.
        canvas->centerOn(square);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, headerOf(canvas, square));
        QTRY_VERIFY(canvas->dag() == QStringLiteral("comp-for-loop-1") && !canvas->isBusy());
        QCOMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("square")});
        // Back up, the loop is still open (the canvas remembers per level); Ctrl+E closes it.
        key(canvas, Qt::Key_Up, Qt::AltModifier);
        QTRY_VERIFY(canvas->dag() == QStringLiteral("root") && !canvas->isBusy());
        QVERIFY(canvas->node(QStringLiteral("for-loop-1"))->isOpen());
        QCOMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("for-loop-1")});
        key(canvas, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(!canvas->isBusy() && !canvas->node(QStringLiteral("for-loop-1"))->isOpen());
        QVERIFY(canvas->innerTasks(QStringLiteral("for-loop-1")).isEmpty());
        QCOMPARE(canvas->node(QStringLiteral("total"))->pos(), totalAt);
        // Ctrl+Shift+E opens every group, and again closes them.
        key(canvas, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!canvas->isBusy() && canvas->node(QStringLiteral("for-loop-1"))->isOpen());
        key(canvas, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!canvas->isBusy() && !canvas->node(QStringLiteral("for-loop-1"))->isOpen());
        QCOMPARE(tab->document()->document().toYaml(), yaml);
        QVERIFY(!tab->document()->isModified());
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void groupsOpenWithADoubleClickAndABreadcrumbBack()
    {
        const QString path = copyExample("coin-flip.yaml");
        EditorTab *tab = open(path);
        QVERIFY(tab);
        PipelineCanvas *canvas = tab->canvas();
        NodeItem *handler = canvas->node(QStringLiteral("exit-handler-1"));
        QVERIFY(handler);
        QCOMPARE(handler->info().group, GroupKind::ExitHandler);
        QCOMPARE(handler->info().childCount, 2);
        canvas->zoomReset();
        canvas->centerOn(handler);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, headerOf(canvas, handler));
        QTRY_VERIFY(canvas->dag() == QStringLiteral("comp-exit-handler-1") && !canvas->isBusy());
        QStringList names;
        for (const NodeInfo &n : canvas->level().nodes)
            names << n.name;
        QCOMPARE(names, (QStringList{QStringLiteral("condition-branches-2"),
                                     QStringLiteral("flip-coin")}));
        auto crumbs = [tab] {
            QStringList texts;
            for (QToolButton *b : tab->findChild<QWidget *>(QStringLiteral("editor.breadcrumb"))
                                      ->findChildren<QToolButton *>())
                texts << b->text();
            return texts;
        };
        QTRY_COMPARE(crumbs(),
                     (QStringList{QStringLiteral("coin-flip"), QStringLiteral("exit-handler-1")}));
        // One level deeper, then back up with Alt+Up: the group we came from is selected.
        NodeItem *branches = canvas->node(QStringLiteral("condition-branches-2"));
        canvas->centerOn(branches);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, headerOf(canvas, branches));
        QTRY_VERIFY(canvas->dag() == QStringLiteral("comp-condition-branches-2") &&
                    !canvas->isBusy());
        QTRY_COMPARE(crumbs().size(), 3);
        QCOMPARE(canvas->node(QStringLiteral("condition-3"))->info().group, GroupKind::Condition);
        key(canvas, Qt::Key_Up, Qt::AltModifier);
        QTRY_VERIFY(canvas->dag() == QStringLiteral("comp-exit-handler-1") && !canvas->isBusy());
        QCOMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("condition-branches-2")});
        // Ctrl+F finds a task of any level and shows it.
        key(canvas, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *find = tab->findField();
        QTRY_VERIFY(find->isVisible() && find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("flip-co"));
        QTest::keyClick(find, Qt::Key_Return);
        QTRY_VERIFY(canvas->dag() == QStringLiteral("comp-exit-handler-1") && !canvas->isBusy());
        QTRY_COMPARE(canvas->selectedTasks(), QStringList{QStringLiteral("flip-coin")});
        QVERIFY(!find->isVisible());
        key(canvas, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(find, QStringLiteral("no-such-task"));
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("editor.issueSummary"))
                    ->text()
                    .contains(QStringLiteral("no-such-task")));
        QTest::keyClick(find, Qt::Key_Escape);
        QTRY_VERIFY(!find->isVisible());

        // The breadcrumb's first part goes to the top.
        tab->findChild<QWidget *>(QStringLiteral("editor.breadcrumb"))
            ->findChildren<QToolButton *>()
            .first()
            ->click();
        QTRY_VERIFY(canvas->dag() == QStringLiteral("root") && !canvas->isBusy());
        key(canvas, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void issuesSelectTheirTaskAndBlockRunning()
    {
        // evaluate without its inputs: required inputs left unset.
        const QString path = m_shell.dir.filePath(QStringLiteral("broken.yaml"));
        {
            pipelinespec::ReadError error;
            auto document = pipelinespec::PipelineDocument::load(
                qEnvironmentVariable("KFW_SOURCE_DIR") +
                    QStringLiteral("/resources/examples/train-and-evaluate.yaml"),
                &error);
            QVERIFY(document);
            pipelinespec::YamlValue *evaluate = document->spec()
                                                    .find(QStringLiteral("root"))
                                                    ->find(QStringLiteral("dag"))
                                                    ->find(QStringLiteral("tasks"))
                                                    ->find(QStringLiteral("evaluate"));
            QVERIFY(evaluate->remove(QStringLiteral("inputs")));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(document->toYaml());
        }
        EditorTab *tab = open(path);
        QVERIFY(tab);
        QVERIFY(tab->hasErrors());
        QVERIFY(!action("run")->isEnabled());
        QTreeWidget *issues = tab->issues();
        QVERIFY(issues->topLevelItemCount() > 0);
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < issues->topLevelItemCount(); ++i) {
            if (issues->topLevelItem(i)->text(1) == QStringLiteral("root/tasks/evaluate"))
                row = issues->topLevelItem(i);
        }
        QVERIFY(row);
        QVERIFY(tab->canvas()->node(QStringLiteral("evaluate"))->errors() > 0);
        QCOMPARE(tab->canvas()->node(QStringLiteral("train"))->errors(), 0);
        QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                          issues->visualItemRect(row).center());
        QCOMPARE(tab->canvas()->selectedTasks(), QStringList{QStringLiteral("evaluate")});
        // Ctrl+R does nothing but say why.
        key(tab->canvas(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(m_runs.isEmpty());
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void runSavesFirstAndHandsTheFileOver()
    {
        const QString path = copyExample("fan-out-fan-in.yaml");
        EditorTab *tab = open(path);
        QVERIFY(tab);
        QVERIFY(!tab->hasErrors());
        QVERIFY(action("run")->isEnabled());
        tab->canvas()->selectTasks({QStringLiteral("total")});
        key(tab->canvas(), Qt::Key_Down);
        QVERIFY(tab->document()->isModified());
        key(tab->canvas(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_runs, QStringList{path});
        QCOMPARE(m_runVersions, QStringList{QString()}); // the file itself
        QVERIFY(!tab->document()->isModified());
        QVERIFY(QFile::exists(EditorDocument::layoutPath(path)));
        m_runs.clear();
        m_runVersions.clear();
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(path));
    }

    void unsavedWorkIsNeverDroppedSilently()
    {
        const QString path = copyExample("train-and-evaluate.yaml", QStringLiteral("unsaved.yaml"));
        EditorTab *tab = open(path);
        QVERIFY(tab);
        tab->canvas()->selectTasks({QStringLiteral("train")});
        key(tab->canvas(), Qt::Key_Down);
        QVERIFY(tab->document()->isModified());

        // The window is asked to close: the page refuses and asks.
        QCloseEvent close;
        QApplication::sendEvent(page(), &close);
        QVERIFY(!close.isAccepted());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page()->findChild<QMessageBox *>(QStringLiteral("editor.unsaved"))) &&
                    box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page()->findChild<QMessageBox *>(QStringLiteral("editor.unsaved")));
        QVERIFY(page()->tabOf(path));

        // Ctrl+W asks too; Discard closes without writing.
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY((box = page()->findChild<QMessageBox *>(QStringLiteral("editor.unsaved"))) &&
                    box->isVisible());
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!page()->tabOf(path));
        QVERIFY(!QFile::exists(EditorDocument::layoutPath(path)));
        QCloseEvent again;
        QApplication::sendEvent(page(), &again);
        QVERIFY(again.isAccepted());
    }

    void badFilesSayWhatIsWrong()
    {
        const QString path = m_shell.dir.filePath(QStringLiteral("not-a-pipeline.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("components: [\n");
        f.close();
        const int before = m_shell.notifications.rowCount();
        QString error;
        QVERIFY(m_shell.documents.open(path, &error));
        QTRY_VERIFY(m_shell.notifications.rowCount() > before);
        QVERIFY2(notifications().contains(QStringLiteral("not-a-pipeline.yaml")),
                 qPrintable(notifications()));
        QVERIFY(!page()->tabOf(path));

        // A broken sidecar: the pipeline opens, laid out afresh, and the user is told.
        const QString good =
            copyExample("train-and-evaluate.yaml", QStringLiteral("bad-layout.yaml"));
        QFile sidecar(EditorDocument::layoutPath(good));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("{\"version\": 1, \"dags\": {\"root\": {\"tasks\": {\"train\": \"left\"}}}}");
        sidecar.close();
        EditorTab *tab = open(good);
        QVERIFY(tab);
        QCOMPARE(tab->canvas()->level().nodes.size(), 3);
        QVERIFY2(notifications().contains(QStringLiteral("pair of numbers")),
                 qPrintable(notifications()));
        key(tab->canvas(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!page()->tabOf(good));
    }
};

QTEST_MAIN(TestEditorPage)
#include "tst_editorpage.moc"
