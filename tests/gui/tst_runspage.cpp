// The Runs page driven like a user on the local backend: a pipeline file opened from the
// document router fills the run form; bad parameter values are refused as typed; Run starts the
// run, which appears in the table and finishes; its tasks and logs are shown; the actions follow
// the run's state.

#include "cluster/backend/backendregistry.h"
#include "cluster/local/localbackend.h"
#include "cluster/local/secretstore.h"
#include "tests/gui/localshell.h"
#include "tests/gui/notificationtext.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/pageregistry.h"
#include "ui/recentfiles.h"
#include "ui/thememanager.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/pipelinecanvas.h"
#include "views/pipeline-editor/rungraph.h"
#include "views/runs/artifactview.h"
#include "views/runs/runlauncher.h"
#include "views/runs/runlistmodel.h"
#include "views/runs/runs.h"
#include "views/runs/runspage.h"
#include "views/runs/standinsdialog.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace kfw;

class TestRunsPage : public QObject
{
    Q_OBJECT

    test::LocalShell m_shell; // a local backend and the shell services
    ui::PageRegistry m_pages;
    std::unique_ptr<QWidget> m_page;

    views::RunsPage *page() { return static_cast<views::RunsPage *>(m_page.get()); }

    QString example(const char *name)
    {
        return qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/examples/") +
               QString::fromLatin1(name);
    }

    QLineEdit *field(const char *name)
    {
        return page()->launcher()->findChild<QLineEdit *>(QStringLiteral("param-") +
                                                          QString::fromLatin1(name));
    }

    QPushButton *runButton()
    {
        for (QPushButton *b : page()->launcher()->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Run"))
                return b;
        return nullptr;
    }

    QAction *action(const QString &text)
    {
        for (QAction *a : page()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }

    // What the page told the user, for failure messages.
    QString notifications() const { return test::notificationText(m_shell.notifications); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_shell.dir.isValid());
        views::registerRunsPage(m_pages, m_shell.documents);
        ui::ShellContext context = m_shell.context();
        // A file opened before the page exists is waiting for it when it is created.
        QString error;
        QVERIFY2(m_shell.documents.open(example("train-and-evaluate.yaml"), &error),
                 qPrintable(error));
        m_page.reset(m_pages.find(QStringLiteral("runs"))->create(context, nullptr));
        m_page->resize(1200, 800);
        m_page->show();
    }

    void formShowsParametersAndRefusesBadValues()
    {
        // No runs yet: the page says how to make one.
        auto *empty = page()->findChild<QLabel *>(QStringLiteral("runs-empty"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Ctrl+R")), qPrintable(empty->text()));
        QTRY_VERIFY(field("epochs"));
        QCOMPARE(field("epochs")->text(), QStringLiteral("100"));
        QCOMPARE(field("learning_rate")->text(), QStringLiteral("0.5"));
        QTRY_VERIFY(runButton()->isEnabled());
        QTest::keyClicks(field("epochs"), QStringLiteral("x"));
        QCOMPARE(field("epochs")->text(), QStringLiteral("100x"));
        QVERIFY(!runButton()->isEnabled());
        // Widgets added to a shown form appear once the event loop has run.
        const auto shown = [this] {
            QStringList texts;
            for (QLabel *l : page()->launcher()->findChildren<QLabel *>())
                if (l->isVisibleTo(page()))
                    texts << l->text();
            return texts.join(QLatin1Char('|'));
        };
        QTRY_VERIFY2(shown().contains(QStringLiteral("whole number")), qPrintable(shown()));
        field("epochs")->setText(QStringLiteral("20"));
        QVERIFY(runButton()->isEnabled());
    }

    void runStartsAndFinishes()
    {
        // The graph's view of train, each time it shows the run's latest facts.
        QStringList trainStates;
        QObject scope; // the connection ends with this test
        connect(page()->graph(), &views::editor::RunGraph::updated, &scope, [this, &trainStates] {
            const QString state = page()->graph()->status(QStringLiteral("train")).state;
            if (!state.isEmpty() && (trainStates.isEmpty() || trainStates.last() != state))
                trainStates << state;
        });
        QTest::mouseClick(runButton(), Qt::LeftButton);
        views::RunListModel *model = page()->model();
        QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount() == 1, qPrintable(notifications()), 20000);
        QCOMPARE(model->run(0)->parameters.value(QStringLiteral("epochs")).toDouble(), 20.0);
        // The new run is selected and followed until it ends.
        QTRY_COMPARE(page()->selectedRunId(), model->run(0)->id);
        QTRY_COMPARE_WITH_TIMEOUT(model->run(0)->state, backend::state::Succeeded, 90000);
        QTRY_VERIFY(page()->tasks()->topLevelItemCount() >= 3);
        QStringList tasks;
        for (int i = 0; i < page()->tasks()->topLevelItemCount(); ++i)
            tasks << page()->tasks()->topLevelItem(i)->text(0);
        QVERIFY2(tasks.contains(QStringLiteral("train")), qPrintable(tasks.join(QLatin1Char(','))));
        // The selected task's log is shown.
        QTRY_VERIFY(!page()->log()->toPlainText().isEmpty());
        // The run's graph went live: train was seen before it succeeded, and ends succeeded, as
        // do the others; a click on a task in the graph picks it in the list.
        views::editor::RunGraph *graph = page()->graph();
        QTRY_VERIFY(graph->canvas() && !graph->canvas()->isBusy());
        QTRY_COMPARE(graph->status(QStringLiteral("evaluate")).state, backend::state::Succeeded);
        QCOMPARE(trainStates.last(), backend::state::Succeeded);
        QVERIFY2(trainStates.size() >= 2, qPrintable(trainStates.join(QLatin1Char(','))));
        for (const char *task : {"make-data", "train", "evaluate"}) {
            QCOMPARE(graph->canvas()->node(QString::fromLatin1(task))->status(),
                     backend::state::Succeeded);
            QVERIFY(graph->status(QString::fromLatin1(task))
                        .text.contains(QStringLiteral("succeeded")));
        }
        graph->canvas()->selectTasks({QStringLiteral("make-data")});
        QTRY_COMPARE(page()->tasks()->currentItem()->text(0), QStringLiteral("make-data"));
        // Its events: waiting, then running as attempt 1, then succeeded; and its inputs, the
        // values the run gave it.
        QTRY_VERIFY(page()->events()->topLevelItemCount() >= 2);
        QStringList events;
        for (int i = 0; i < page()->events()->topLevelItemCount(); ++i)
            events << page()->events()->topLevelItem(i)->text(1) + QLatin1Char(' ') +
                          page()->events()->topLevelItem(i)->text(2);
        QVERIFY2(events.contains(QStringLiteral("1 Running")), qPrintable(events.join(u',')));
        QCOMPARE(events.last(), QStringLiteral("1 Succeeded"));
        QVERIFY(page()->inputs()->topLevelItemCount() >= 1);
        // The evaluation's outputs: its metrics with their values, and the HTML report, which can
        // be saved to a folder.
        for (int i = 0; i < page()->tasks()->topLevelItemCount(); ++i)
            if (page()->tasks()->topLevelItem(i)->text(0) == QLatin1String("evaluate"))
                page()->tasks()->setCurrentItem(page()->tasks()->topLevelItem(i));
        // The outputs are listed again when the run's facts are refreshed: items are looked up
        // each time they are used.
        const auto output = [this](const char *type) -> QTreeWidgetItem * {
            for (int i = 0; i < page()->outputs()->topLevelItemCount(); ++i)
                if (page()->outputs()->topLevelItem(i)->text(1) == QLatin1String(type))
                    return page()->outputs()->topLevelItem(i);
            return nullptr;
        };
        QTRY_VERIFY(output("system.Metrics") && output("system.HTML") &&
                    output("system.ClassificationMetrics"));
        QStringList keys;
        for (int i = 0; i < output("system.Metrics")->childCount(); ++i)
            keys << output("system.Metrics")->child(i)->text(0);
        QVERIFY2(keys.contains(QStringLiteral("accuracy")),
                 qPrintable(keys.join(QLatin1Char(','))));
        // The artifacts shown by their type: the metrics as a table, the classification as a
        // confusion matrix with the counts the task logged and a ROC curve.
        views::ArtifactView *viewer = page()->artifactView();
        page()->outputs()->setCurrentItem(output("system.Metrics"));
        QTRY_COMPARE(viewer->shownKind(), QStringLiteral("metrics"));
        auto *metricTable = qobject_cast<QTableWidget *>(viewer->current());
        QVERIFY(metricTable);
        QStringList shownMetrics;
        for (int row = 0; row < metricTable->rowCount(); ++row)
            shownMetrics << metricTable->item(row, 0)->text();
        QVERIFY2(shownMetrics.contains(QStringLiteral("accuracy")),
                 qPrintable(shownMetrics.join(QLatin1Char(','))));
        page()->outputs()->setCurrentItem(output("system.ClassificationMetrics"));
        QTRY_COMPARE(viewer->shownKind(), QStringLiteral("classification"));
        const views::ConfusionMatrix &matrix = viewer->confusionMatrix()->matrix();
        QCOMPARE(matrix.categories,
                 (QStringList{QStringLiteral("negative"), QStringLiteral("positive")}));
        QCOMPARE(matrix.rows.size(), 2);
        double counted = 0;
        for (const QList<double> &row : matrix.rows)
            for (double v : row)
                counted += v;
        QCOMPARE(counted, 200.0); // every evaluated row, once
        auto *roc = viewer->findChild<QChartView *>(QStringLiteral("artifact-roc"));
        QVERIFY(roc && roc->isVisibleTo(viewer));
        QCOMPARE(roc->chart()->series().size(), 1);
        QVERIFY(static_cast<QLineSeries *>(roc->chart()->series().first())->count() >= 3);
        page()->outputs()->setCurrentItem(output("system.HTML"));
        // The HTML report, in the sandboxed view.
        QTRY_COMPARE_WITH_TIMEOUT(viewer->shownKind(), QStringLiteral("html"), 20000);
        QVERIFY(viewer->html() && viewer->current() == viewer->html());
        QTemporaryDir saved;
        const int before = m_shell.notifications.rowCount();
        page()->saveSelectedArtifact(saved.path());
        QTRY_COMPARE(m_shell.notifications.rowCount(), before + 1);
        QVERIFY(QFileInfo::exists(m_shell.notifications.at(before).message));
        QVERIFY(m_shell.notifications.at(before).message.startsWith(saved.path()));
        // A finished run cannot be stopped or retried, but can be archived or deleted.
        QTRY_VERIFY(!action(QStringLiteral("Stop"))->isEnabled());
        QVERIFY(!action(QStringLiteral("Retry"))->isEnabled());
        QVERIFY(action(QStringLiteral("Archive"))->isEnabled());
        QVERIFY(action(QStringLiteral("Delete"))->isEnabled());
    }

    void filtersNarrowTheTable()
    {
        auto *search = page()->findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("no-such-run"));
        QTRY_COMPARE(page()->model()->rowCount(), 0);
        // The filters hide every run, and the page says so.
        auto *empty = page()->findChild<QLabel *>(QStringLiteral("runs-empty"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No runs match the filters."));
        search->clear();
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QTRY_VERIFY(!empty->isVisible());
    }

    void archiveMovesTheRunAway()
    {
        // The filter hid the run and showing it again selected the newest; select by clicking.
        QTableView *table = page()->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page()->model()->index(0, 0)).center());
        QTRY_VERIFY(action(QStringLiteral("Archive"))->isEnabled());
        action(QStringLiteral("Archive"))->trigger();
        QTRY_COMPARE(page()->model()->rowCount(), 0);
        for (int i = 0; i < m_shell.notifications.rowCount(); ++i)
            QVERIFY2(m_shell.notifications.at(i).severity !=
                         ui::NotificationCenter::Severity::Error,
                     qPrintable(notifications()));
    }

    void standInsAreSetUpFromTheForm()
    {
        const QString file = m_shell.dir.filePath(QStringLiteral("needs-secret.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "pipelineInfo: {name: needs-secret}\n"
            "root: {dag: {tasks: {use: {componentRef: {name: comp-use}, taskInfo: {name: use}}}}}\n"
            "components: {comp-use: {executorLabel: exec-use}}\n"
            "deploymentSpec: {executors: {exec-use: {container: {image: alpine, command: [sh, -c, "
            "'test \"$TOKEN\" = abc']}}}}\n"
            "schemaVersion: 2.1.0\n"
            "---\n"
            "platforms: {kubernetes: {deploymentSpec: {executors: {exec-use: {secretAsEnv: "
            "[{secretName: api-token, "
            "keyToEnv: [{secretKey: token, envVar: TOKEN}]}]}}}}}\n");
        f.close();
        QString error;
        QVERIFY(m_shell.documents.open(file, &error));
        auto *setUp =
            page()->launcher()->findChild<QPushButton *>(QStringLiteral("set-up-standins"));
        QVERIFY(setUp);
        QTRY_VERIFY(setUp->isVisibleTo(page()));
        QTest::mouseClick(setUp, Qt::LeftButton);
        views::StandInsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page()->launcher()->findChild<views::StandInsDialog *>()));
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("standin-api-token-token"));
        QVERIFY(token);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, QStringLiteral("abc"));
        QPushButton *save = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save"))
                save = b;
        QVERIFY(save && save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        // Stored: the warning goes, and the run gets the value.
        QTRY_VERIFY(!setUp->isVisibleTo(page()));
        QTRY_VERIFY(runButton()->isEnabled());
        const int before = page()->model()->rowCount();
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), before + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->run(0)->state, backend::state::Succeeded, 30000);
    }

    void brokenFileIsExplained()
    {
        const QString broken = m_shell.dir.filePath(QStringLiteral("broken.yaml"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pipelineInfo: {name: [\n");
        f.close();
        QString error;
        QVERIFY(m_shell.documents.open(broken, &error));
        bool explained = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel *l : page()->launcher()->findChildren<QLabel *>())
                    explained = explained || l->text().contains(QStringLiteral("broken.yaml"));
                return explained;
            }(),
            5000);
        QVERIFY(!runButton()->isEnabled());
    }

    void runOfAnUploadedVersionNamesIt()
    {
        // What the editor's Upload and Run hands over: the file and the version made from it.
        const QString path = example("fan-out-fan-in.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        backend::PipelineUpload upload;
        upload.content = file.readAll();
        upload.name = QStringLiteral("uploaded-for-a-run");
        auto uploaded = m_shell.backends.active()->pipelines()->upload(upload);
        QTRY_VERIFY(uploaded.isFinished());
        QVERIFY2(uploaded.result().ok(), qPrintable(uploaded.result().error));
        const backend::PipelineVersionInfo version = uploaded.result().value;

        QObject scope;
        backend::RunInfo started;
        connect(page()->launcher(), &views::RunLauncher::started, &scope,
                [&started](const backend::RunInfo &run) { started = run; });
        page()->startRunOf(path, version.id, version.name);
        QCOMPARE(page()->launcher()->pipelineVersionId(), version.id);
        QTRY_VERIFY(runButton()->isEnabled());
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!started.id.isEmpty(), qPrintable(notifications()), 20000);
        QCOMPARE(started.pipelineVersionId, version.id);
        // The backend keeps the run as one of that version, not of a loose file.
        auto kept = m_shell.backends.active()->runs()->get(started.id);
        QTRY_VERIFY(kept.isFinished());
        QVERIFY2(kept.result().ok(), qPrintable(kept.result().error));
        QCOMPARE(kept.result().value.run.pipelineVersionId, version.id);
        // Its graph: the loop's task shown in place, with the state of all its iterations.
        views::editor::RunGraph *graph = page()->graph();
        QTRY_COMPARE(page()->selectedRunId(), started.id);
        QTRY_COMPARE_WITH_TIMEOUT(graph->status(QStringLiteral("total")).state,
                                  backend::state::Succeeded, 90000);
        QVERIFY(!graph->canvas()->node(QStringLiteral("for-loop-1"))->isOpen());
        QTest::mouseClick(graph->openGroupsButton(), Qt::LeftButton);
        QTRY_VERIFY(
            graph->canvas()->innerNode(QStringLiteral("for-loop-1"), QStringLiteral("square")));
        views::editor::NodeItem *square =
            graph->canvas()->innerNode(QStringLiteral("for-loop-1"), QStringLiteral("square"));
        QTRY_COMPARE(square->status(), backend::state::Succeeded);
        QVERIFY2(graph->canvas()->node(QStringLiteral("for-loop-1"))->isOpen(), "loop not open");
        // A file run afterwards is of the file again.
        page()->startRunOf(path);
        QVERIFY(page()->launcher()->pipelineVersionId().isEmpty());
    }

    void logStreamsWhileTheTaskRuns()
    {
        // A task that prints a line every 0.5 s for 6 s: its log is shown while it still runs, and
        // grows.
        const QByteArray spec = R"(components:
  comp-talk:
    executorLabel: exec-talk
deploymentSpec:
  executors:
    exec-talk:
      container:
        image: busybox
        command: [sh, -c, 'for i in $(seq 1 12); do echo "line $i"; sleep 0.5; done']
pipelineInfo:
  name: talk
root:
  dag:
    tasks:
      talk:
        cachingOptions: {enableCache: false}
        componentRef: {name: comp-talk}
        taskInfo: {name: talk}
schemaVersion: 2.1.0
sdkVersion: kfp-2.14.3
)";
        backend::RunRequest request;
        request.pipelineSpec = spec;
        auto created = m_shell.backends.active()->runs()->create(request);
        QTRY_VERIFY(created.isFinished());
        QVERIFY2(created.result().ok(), qPrintable(created.result().error));
        const QString id = created.result().value.id;
        QTRY_VERIFY(page()->selectRun(id));
        QTreeWidgetItem *talk = nullptr;
        QTRY_VERIFY([&] {
            const auto found = page()->tasks()->findItems(QStringLiteral("talk"), Qt::MatchExactly);
            talk = found.value(0);
            return talk != nullptr;
        }());
        page()->tasks()->setCurrentItem(talk);
        // Seen while running: the first line, and the run not finished yet.
        QTRY_VERIFY_WITH_TIMEOUT(page()->log()->toPlainText().contains(QStringLiteral("line 1")),
                                 20000);
        const views::RunListModel *model = page()->model();
        const int row = model->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY2(!page()->log()->toPlainText().contains(QStringLiteral("line 12")),
                 qPrintable(page()->log()->toPlainText()));
        QVERIFY(!backend::state::isFinal(model->run(row)->state));
        // Then the rest, streamed into the same panel.
        QTRY_VERIFY_WITH_TIMEOUT(page()->log()->toPlainText().contains(QStringLiteral("line 12")),
                                 20000);
        QCOMPARE(page()->log()->toPlainText().count(QStringLiteral("line 1\n")), 1);
    }

    void cloneRunsAgainWithEditedValues()
    {
        backend::RunService *runs = m_shell.backends.active()->runs();
        QFile file(example("train-and-evaluate.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        backend::RunRequest request;
        request.name = QStringLiteral("to-clone");
        request.pipelineSpec = file.readAll();
        request.parameters = {{QStringLiteral("epochs"), 20},
                              {QStringLiteral("learning_rate"), 0.25}};
        request.labels = {{QStringLiteral("stage"), QStringLiteral("tuning")}};
        auto created = runs->create(request);
        QTRY_VERIFY(created.isFinished());
        QVERIFY2(created.result().ok(), qPrintable(created.result().error));
        QTRY_VERIFY(page()->selectRun(created.result().value.id));

        // The form comes filled with the run's values; one is edited and the clone runs.
        QVERIFY(action(QStringLiteral("Clone"))->isEnabled());
        action(QStringLiteral("Clone"))->trigger();
        QTRY_VERIFY(field("epochs") && field("epochs")->text() == QLatin1String("20"));
        QCOMPARE(field("learning_rate")->text(), QStringLiteral("0.25"));
        field("epochs")->setText(QStringLiteral("3"));
        QObject scope;
        backend::RunInfo started;
        connect(page()->launcher(), &views::RunLauncher::started, &scope,
                [&started](const backend::RunInfo &run) { started = run; });
        QTRY_VERIFY(runButton()->isEnabled());
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!started.id.isEmpty(), qPrintable(notifications()), 20000);
        QCOMPARE(started.name, QStringLiteral("Clone of to-clone"));
        QCOMPARE(started.parameters.value(QStringLiteral("epochs")).toInt(), 3);
        QCOMPARE(started.parameters.value(QStringLiteral("learning_rate")).toDouble(), 0.25);
        QCOMPARE(started.experimentId, created.result().value.experimentId);
        QCOMPARE(started.labels.value(QStringLiteral("stage")), QStringLiteral("tuning"));
        // Cloned again into an experiment typed in the form: it is made, and the run filed there.
        QTRY_VERIFY(page()->selectRun(created.result().value.id));
        action(QStringLiteral("Clone"))->trigger();
        QTRY_VERIFY(field("epochs") && field("epochs")->text() == QLatin1String("20"));
        auto *experiment = page()->launcher()->findChild<QComboBox *>(u"run-experiment"_qs);
        QVERIFY(experiment);
        experiment->setCurrentText(QStringLiteral("typed-here"));
        const QString firstClone = started.id;
        backend::RunInfo second;
        connect(page()->launcher(), &views::RunLauncher::started, &scope,
                [&second](const backend::RunInfo &run) { second = run; });
        QTRY_VERIFY(runButton()->isEnabled());
        QTest::mouseClick(runButton(), Qt::LeftButton);
        const auto launcherText = [this]() -> QString {
            QStringList texts;
            for (QLabel *l : page()->launcher()->findChildren<QLabel *>())
                texts << l->text();
            return texts.join(u'|') + u'|' + notifications();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!second.id.isEmpty() && second.id != firstClone,
                                  qPrintable(launcherText()), 20000);
        auto experiments = m_shell.backends.active()->experiments()->list({});
        QTRY_VERIFY(experiments.isFinished());
        QString typedId;
        for (const backend::ExperimentInfo &e : experiments.result().value.items)
            if (e.name == QLatin1String("typed-here"))
                typedId = e.id;
        QVERIFY(!typedId.isEmpty());
        QCOMPARE(second.experimentId, typedId);
        // The earlier run is as it was.
        auto before = runs->get(created.result().value.id);
        QTRY_VERIFY(before.isFinished());
        QCOMPARE(before.result().value.run.parameters.value(QStringLiteral("epochs")).toInt(), 20);
        for (const QString &id : {firstClone, second.id, created.result().value.id}) {
            auto stop = runs->terminate(id);
            QTRY_VERIFY(stop.isFinished());
        }
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
