// Crash recovery of the pipeline editor: a workbench with unsaved edits is killed with SIGKILL;
// the next start offers the recovered pipeline, which comes back with the edits, marked unsaved,
// and saves to the original file. Copies of a running workbench are never offered.

#include "cluster/pipelinespec/pipelinedocument.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/editorpage.h"
#include "views/pipeline-editor/editortab.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/recovery.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw;
using namespace kfw::views::editor;

class TestEditorRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void killedWithUnsavedEditsIsOfferedAtTheNextStart()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("recovery"));
        const QString path = m_dir.filePath(QStringLiteral("train-and-evaluate.yaml"));
        QVERIFY(QFile::copy(qEnvironmentVariable("KFW_SOURCE_DIR") +
                                QStringLiteral("/resources/examples/train-and-evaluate.yaml"),
                            path));
        const QByteArray original = contents(path);

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(qEnvironmentVariable("KFW_EDITOR_CHILD"), {folder, path});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains('\n'), 30000);
        const QList<QByteArray> words = said.trimmed().split(' ');
        QCOMPARE(words.value(0), QByteArray("autosaved"));
        const QPointF train(words.value(1).toDouble(), words.value(2).toDouble());
        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // The user's file was never written.
        QCOMPARE(contents(path), original);

        // The next start.
        OpenRequests requests;
        EditorPage::Options options;
        options.recoveryFolder = folder;
        EditorPage page({}, &requests, {}, options);
        QSignalSpy offered(&page, &EditorPage::recoveryOffered);
        page.resize(1000, 700);
        page.show();
        QVERIFY(offered.wait(10000));
        QCOMPARE(offered.first().first().toInt(), 1);
        auto *banner = page.findChild<QWidget *>(QStringLiteral("editor.recovery"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>()->text().contains(
            QStringLiteral("train-and-evaluate.yaml")));

        page.findChild<QPushButton *>(QStringLiteral("editor.recoveryRestore"))->click();
        QTRY_VERIFY(page.tabOf(path) && !page.tabOf(path)->canvas()->isBusy());
        EditorTab *tab = page.tabOf(path);
        QVERIFY(!banner->isVisible());
        QVERIFY(tab->document()->isModified());
        QVERIFY(page.tabs()->tabText(0).endsWith(QStringLiteral("•")));
        QVERIFY(!tab->canvas()->node(QStringLiteral("evaluate")));
        QCOMPARE(tab->canvas()->level().nodes.size(), 2);
        QCOMPARE(tab->canvas()->node(QStringLiteral("train"))->pos(), train);

        // Saved: to the original file, and the recovery copy is gone.
        QSignalSpy saved(tab->document(), &EditorDocument::saved);
        page.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), QString());
        pipelinespec::ReadError error;
        const auto reread = pipelinespec::PipelineDocument::load(path, &error);
        QVERIFY2(reread, qPrintable(error.toString()));
        QVERIFY(!reread->spec().at({"root", "dag", "tasks", "evaluate"}));
        QVERIFY(reread->spec().at({"root", "dag", "tasks", "train"}));
        QTRY_VERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    void copiesOfARunningWorkbenchAreNotOffered()
    {
        const QString folder = m_dir.filePath(QStringLiteral("live"));
        pipelinespec::ReadError error;
        const auto document = pipelinespec::PipelineDocument::load(
            qEnvironmentVariable("KFW_SOURCE_DIR") +
                QStringLiteral("/resources/examples/coin-flip.yaml"),
            &error);
        QVERIFY(document);
        QCOMPARE(recovery::write(folder, QStringLiteral("mine"), {}, QStringLiteral("coin-flip"),
                                 *document, {}),
                 QString());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        // Written by this process, which is alive.
        QVERIFY(recovery::scan(folder).isEmpty());
        recovery::remove(folder, QStringLiteral("mine"));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    void discardForgetsTheCopies()
    {
        const QString folder = m_dir.filePath(QStringLiteral("discard"));
        const QString path = m_dir.filePath(QStringLiteral("discard.yaml"));
        QVERIFY(QFile::copy(qEnvironmentVariable("KFW_SOURCE_DIR") +
                                QStringLiteral("/resources/examples/train-and-evaluate.yaml"),
                            path));
        QProcess child;
        child.start(qEnvironmentVariable("KFW_EDITOR_CHILD"), {folder, path});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains('\n'), 30000);
        child.kill();
        QVERIFY(child.waitForFinished(10000));

        OpenRequests requests;
        EditorPage::Options options;
        options.recoveryFolder = folder;
        EditorPage page({}, &requests, {}, options);
        QSignalSpy offered(&page, &EditorPage::recoveryOffered);
        page.show();
        QVERIFY(offered.wait(10000));
        page.findChild<QPushButton *>(QStringLiteral("editor.recoveryDiscard"))->click();
        QTRY_VERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
        QCOMPARE(page.tabs()->count(), 0);
    }
};

QTEST_MAIN(TestEditorRecovery)
#include "tst_editorrecovery.moc"
