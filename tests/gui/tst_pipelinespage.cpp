// The Pipelines page on the local backend: upload by the page's call and by drag and drop, new
// versions of a pipeline of the same name, the version's graph, search, comparing two versions,
// handing a version to the run form, deleting versions and pipelines, and a file that is not a
// pipeline explained. The list model runs under QAbstractItemModelTester throughout.

#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/secretstore.h"
#include "tests/gui/localshell.h"
#include "tests/gui/notificationtext.h"
#include "ui/activitytracker.h"
#include "ui/notificationcenter.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/compareview.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/rungraph.h"
#include "views/pipelines/pipelinelistmodel.h"
#include "views/pipelines/pipelinespage.h"
#include "views/pipelines/recurringruns.h"
#include "views/runs/runs.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kfw;

class TestPipelinesPage : public QObject
{
    Q_OBJECT

    test::LocalShell m_shell; // a local backend and the shell services
    views::PendingPipeline m_runs;
    std::unique_ptr<views::PipelinesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    views::PipelinesPage *page() { return m_page.get(); }

    QString example(const char *name) const
    {
        return qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/examples/") +
               QString::fromLatin1(name);
    }

    QAction *action(const QString &text)
    {
        for (QAction *a : page()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    QStringList pipelineNames()
    {
        QStringList names;
        for (int r = 0; r < page()->model()->rowCount(); ++r)
            names << page()->model()->pipeline(r)->name;
        names.sort();
        return names;
    }

    bool select(const QString &name)
    {
        const int row = [&] {
            for (int r = 0; r < page()->model()->rowCount(); ++r)
                if (page()->model()->pipeline(r)->name == name)
                    return r;
            return -1;
        }();
        if (row < 0)
            return false;
        page()->table()->setCurrentIndex(page()->model()->index(row, 0));
        return true;
    }

    void confirmDelete()
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY(box = page()->findChild<QMessageBox *>(QStringLiteral("pipelines-delete")));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_shell.dir.isValid());
        ui::ShellContext context = m_shell.context();
        m_page = std::make_unique<views::PipelinesPage>(context, &m_runs);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1200, 800);
        m_page->show();
    }

    void uploadsBecomePipelinesAndVersions()
    {
        // Empty at first, and it says how to fill it.
        auto *empty = page()->findChild<QLabel *>(QStringLiteral("pipelines-empty"));
        QTRY_VERIFY(empty->isVisible());
        QSignalSpy uploaded(page(), &views::PipelinesPage::uploaded);
        page()->upload({example("train-and-evaluate.yaml")});
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(1).toString(), QString());
        QTRY_COMPARE(pipelineNames(), QStringList{QStringLiteral("train-and-evaluate")});
        QTRY_VERIFY(!empty->isVisible());
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 1);
        // Its graph: the three tasks.
        QTRY_VERIFY(page()->graph()->canvas() && !page()->graph()->canvas()->isBusy() &&
                    page()->graph()->canvas()->level().nodes.size() == 3);
        // A stored version has no run: no states on its tasks.
        QTRY_VERIFY(page()->graph()->canvas()->node(QStringLiteral("train")));
        QVERIFY(page()->graph()->canvas()->node(QStringLiteral("train"))->status().isEmpty());

        // A changed file of the same pipeline becomes its second version.
        QFile original(example("train-and-evaluate.yaml"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray changed = original.readAll();
        const qsizetype at = changed.indexOf("python:3.11");
        QVERIFY(at > 0);
        changed.replace(at, 11, "python:3.12");
        const QString second = m_shell.dir.filePath(QStringLiteral("train-and-evaluate-2.yaml"));
        QFile out(second);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        page()->upload({second});
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(1).toString(), QString());
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 2);
        QCOMPARE(pipelineNames(), QStringList{QStringLiteral("train-and-evaluate")});

        // Dropped files are uploaded too.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(example("fan-out-fan-in.yaml"))});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(page(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(page(), &drop);
        QVERIFY(uploaded.wait(20000));
        QCOMPARE(uploaded.last().at(1).toString(), QString());
        QTRY_COMPARE(pipelineNames(), (QStringList{QStringLiteral("fan-out-fan-in"),
                                                   QStringLiteral("train-and-evaluate")}));

        // A file that is not a pipeline is refused with the reason.
        const QString broken = m_shell.dir.filePath(QStringLiteral("broken.yaml"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("pipelineInfo: {name: [\n");
        b.close();
        page()->upload({broken});
        QVERIFY(uploaded.wait(20000));
        QVERIFY(!uploaded.last().at(1).toString().isEmpty());
        QTRY_VERIFY2(
            test::notificationText(m_shell.notifications).contains(QStringLiteral("broken.yaml")),
            qPrintable(test::notificationText(m_shell.notifications)));
    }

    void searchNarrowsTheList()
    {
        page()->findChild<QLineEdit *>()->setText(QStringLiteral("fan"));
        QTRY_COMPARE(pipelineNames(), QStringList{QStringLiteral("fan-out-fan-in")});
        page()->findChild<QLineEdit *>()->clear();
        QTRY_COMPARE(pipelineNames().size(), 2);
    }

    void twoVersionsCompared()
    {
        QVERIFY(select(QStringLiteral("train-and-evaluate")));
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 2);
        page()->versions()->selectAll();
        QTRY_VERIFY(action(QStringLiteral("Compare Versions"))->isEnabled());
        QSignalSpy opened(page(), &views::PipelinesPage::compareOpened);
        action(QStringLiteral("Compare Versions"))->trigger();
        QVERIFY(opened.wait(20000));
        auto *view =
            qobject_cast<views::editor::CompareView *>(opened.first().first().value<QWidget *>());
        QVERIFY(view);
        // The image changed in one executor: its task is marked changed on both sides.
        QVERIFY(!view->differences().isEmpty());
        QTRY_VERIFY(!view->before()->isBusy() && !view->after()->isBusy());
        int changed = 0;
        for (const views::editor::NodeInfo &n : view->after()->level().nodes)
            changed +=
                view->markOf(true, QStringLiteral("root"), n.name) == QLatin1String("changed") ? 1
                                                                                               : 0;
        QCOMPARE(changed, 1);
        view->close();
    }

    void aVersionGoesToTheRunForm()
    {
        QVERIFY(select(QStringLiteral("train-and-evaluate")));
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 2);
        page()->versions()->clearSelection();
        page()->versions()->topLevelItem(1)->setSelected(true); // the older version
        const QList<backend::PipelineVersionInfo> chosen = page()->selectedVersions();
        QCOMPARE(chosen.size(), 1);
        QSignalSpy arrived(&m_runs, &views::PendingPipeline::arrived);
        action(QStringLiteral("Run…"))->trigger();
        QVERIFY(arrived.wait(20000));
        const views::PendingPipeline::Pipeline handed = m_runs.take();
        QCOMPARE(handed.versionId, chosen.first().id);
        // The file handed over is that version's.
        auto spec = m_shell.backends.active()->pipelines()->spec(chosen.first().id);
        QTRY_VERIFY(spec.isFinished());
        QFile file(handed.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), spec.result().value);
    }

    void recurringRunsScheduledTurnedOffAndDeleted()
    {
        QVERIFY(select(QStringLiteral("train-and-evaluate")));
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 2);
        page()->versions()->clearSelection();
        page()->versions()->topLevelItem(0)->setSelected(true);
        const backend::PipelineVersionInfo version = page()->selectedVersions().value(0);
        action(QStringLiteral("Schedule…"))->trigger();
        views::RecurringRunDialog *dialog = nullptr;
        QTRY_VERIFY(dialog = page()->findChild<views::RecurringRunDialog *>());
        // A cron schedule that does not read keeps the dialog from scheduling, and says why.
        dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(QStringLiteral("cron")));
        dialog->cronField()->setText(QStringLiteral("every morning"));
        QVERIFY(!dialog->problem()->text().isEmpty());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        // Every two hours.
        dialog->kindField()->setCurrentIndex(
            dialog->kindField()->findData(QStringLiteral("interval")));
        dialog->intervalField()->setValue(2);
        QVERIFY2(dialog->problem()->text().isEmpty(), qPrintable(dialog->problem()->text()));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        views::RecurringRunsPanel *panel = page()->recurringRuns();
        QTRY_COMPARE(panel->list()->topLevelItemCount(), 1);
        const auto stored = [this] {
            auto listed = m_shell.backends.active()->recurringRuns()->list({});
            listed.waitForFinished();
            return listed.result().value.items;
        };
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().intervalSeconds, 7200);
        QCOMPARE(stored().first().pipelineVersionId, version.id);
        QVERIFY(stored().first().enabled);
        // Unticked: off.
        panel->list()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY(!stored().first().enabled);
        // Deleted after the question.
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        panel->removeSelected();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(box = panel->findChild<QMessageBox *>(QStringLiteral("recurring-run-delete")));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_COMPARE(panel->list()->topLevelItemCount(), 0);
        QVERIFY(stored().isEmpty());
    }

    void versionsAndPipelinesDeleted()
    {
        QVERIFY(select(QStringLiteral("train-and-evaluate")));
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 2);
        page()->versions()->clearSelection();
        page()->versions()->topLevelItem(1)->setSelected(true);
        QVERIFY(action(QStringLiteral("Delete Versions"))->isEnabled());
        action(QStringLiteral("Delete Versions"))->trigger();
        confirmDelete();
        QTRY_COMPARE(page()->versions()->topLevelItemCount(), 1);
        // The last version goes only with its pipeline.
        page()->versions()->selectAll();
        QVERIFY(!action(QStringLiteral("Delete Versions"))->isEnabled());
        action(QStringLiteral("Delete Pipeline"))->trigger();
        confirmDelete();
        QTRY_COMPARE(pipelineNames(), QStringList{QStringLiteral("fan-out-fan-in")});
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
