// The Runs page on a Kubeflow cluster (the simulator over loopback HTTP): a cluster does not
// signal changes made there, so the page asks again while a run is going on, and a run started
// elsewhere goes from pending to succeeded in the table and below it without anyone acting.

#include "cluster/backend/backendregistry.h"
#include "cluster/kubeflow/kubeflowbackend.h"
#include "clustertesting.h"
#include "simcluster.h"
#include "simkfp.h"
#include "simserver.h"
#include "tests/gui/notificationtext.h"
#include "ui/actionregistry.h"
#include "ui/activitytracker.h"
#include "ui/documentrouter.h"
#include "ui/notificationcenter.h"
#include "ui/pageregistry.h"
#include "views/runs/artifactview.h"
#include "views/runs/runlistmodel.h"
#include "views/runs/runs.h"
#include "views/runs/runspage.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace kfw;

namespace {
const QString kAdminToken = u"runs-admin-token"_qs;
const QString kProfile = u"kubeflow-user-example-com"_qs;
} // namespace

class TestClusterRuns : public QObject
{
    Q_OBJECT

    testing::SimCluster m_cluster;
    std::unique_ptr<backend::BackendRegistry> m_backends;
    ui::NotificationCenter m_notifications;
    ui::ActivityTracker m_activity;
    ui::DocumentRouter m_documents;
    ui::ActionRegistry m_actions;
    ui::PageRegistry m_pages;
    std::unique_ptr<QWidget> m_page;

    views::RunsPage *page() { return static_cast<views::RunsPage *>(m_page.get()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cluster.start(
            {{u"admin"_qs, testing::simAdministrator(u"admin"_qs, kAdminToken), kProfile}}));
        m_cluster.server()->kfp()->setRunSeconds(3);
        // What train puts out, as KFP's launcher records it in ML Metadata and the object store.
        const QJsonObject matrix{
            {u"annotationSpecs"_qs, QJsonArray{QJsonObject{{u"displayName"_qs, u"cat"_qs}},
                                               QJsonObject{{u"displayName"_qs, u"dog"_qs}}}},
            {u"rows"_qs, QJsonArray{QJsonObject{{u"row"_qs, QJsonArray{8, 2}}},
                                    QJsonObject{{u"row"_qs, QJsonArray{1, 9}}}}}};
        m_cluster.server()->kfp()->setTaskOutputs(
            u"train"_qs,
            QJsonObject{
                {u"parameters"_qs, QJsonObject{{u"epochs_run"_qs, 3}}},
                {u"artifacts"_qs,
                 QJsonObject{
                     {u"metrics"_qs,
                      QJsonObject{{u"type"_qs, u"system.Metrics"_qs},
                                  {u"metadata"_qs, QJsonObject{{u"accuracy"_qs, 0.91}}}}},
                     {u"classes"_qs,
                      QJsonObject{{u"type"_qs, u"system.ClassificationMetrics"_qs},
                                  {u"metadata"_qs, QJsonObject{{u"confusionMatrix"_qs, matrix}}}}},
                     {u"notes"_qs, QJsonObject{{u"type"_qs, u"system.Artifact"_qs},
                                               {u"content"_qs, u"trained for 3 epochs"_qs}}}}}});
        auto backend = m_cluster.open(u"admin"_qs);
        QVERIFY(backend);
        QTRY_VERIFY(backend->can(backend::Capability::Runs));
        m_backends = testing::registryWith(std::move(backend));
        views::registerRunsPage(m_pages, m_documents);
        ui::ShellContext context;
        context.backends = m_backends.get();
        context.notifications = &m_notifications;
        context.activity = &m_activity;
        context.documents = &m_documents;
        context.actions = &m_actions;
        m_page.reset(m_pages.find(u"runs"_qs)->create(context, nullptr));
        m_page->resize(1200, 800);
        m_page->show();
    }

    void aRunStartedElsewhereIsFollowed()
    {
        backend::RunService *runs = m_backends->active()->runs();
        QVERIFY(!runs->signalsEveryChange());
        backend::RunRequest request;
        request.name = u"started-elsewhere"_qs;
        request.pipelineSpec = testing::twoTaskPipeline(u"followed"_qs);
        auto experiment = m_backends->active()->experiments()->create(u"followed"_qs, {});
        QTRY_VERIFY(experiment.isFinished());
        QVERIFY2(experiment.result().ok(), qPrintable(experiment.result().error));
        request.experimentId = experiment.result().value.id;
        auto created = runs->create(request);
        QTRY_VERIFY(created.isFinished());
        QVERIFY2(created.result().ok(), qPrintable(created.result().error));
        const QString id = created.result().value.id;
        views::RunListModel *model = page()->model();

        // Listed (the create announced it), then followed by asking again: the state in the
        // table and the run's tasks below it reach the end with no signal from the backend.
        QTRY_VERIFY2_WITH_TIMEOUT(model->rowOf(id) >= 0,
                                  qPrintable(test::notificationText(m_notifications)), 15000);
        QVERIFY(page()->selectRun(id));
        // The experiment, made after the page read the names, is named.
        QTRY_COMPARE(
            model->index(model->rowOf(id), views::RunListModel::Experiment).data().toString(),
            u"followed"_qs);
        QVERIFY(!backend::state::isFinal(model->run(model->rowOf(id))->state));
        page()->setExtraColumns({u"accuracy"_qs}, {});
        const QModelIndex cell = model->index(model->rowOf(id), views::RunListModel::ColumnCount);
        QCOMPARE(cell.data().toString(), u"…"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(model->run(model->rowOf(id))->state, backend::state::Succeeded,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const auto tasks = page()->tasks();
                for (int i = 0; i < tasks->topLevelItemCount(); ++i)
                    if (tasks->topLevelItem(i)->text(1) !=
                        views::RunListModel::stateText(backend::state::Succeeded))
                        return false;
                return tasks->topLevelItemCount() == 2;
            }(),
            10000);
        // A cluster lists no metrics with its runs: a metric column asks for the rows shown (the
        // run has none while it goes on) and fills in once the run has ended.
        QTRY_COMPARE(
            model->index(model->rowOf(id), views::RunListModel::ColumnCount).data().toString(),
            u"0.91"_qs);
        page()->setExtraColumns({}, {});

        // The task's outputs: its parameters and artifacts from ML Metadata, the viewers fed from
        // the metadata or from the file KFP's UI hands out.
        QTreeWidget *tasks = page()->tasks();
        for (int i = 0; i < tasks->topLevelItemCount(); ++i) {
            if (tasks->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"train")
                tasks->setCurrentItem(tasks->topLevelItem(i));
        }
        QTreeWidget *outputs = page()->outputs();
        const auto outputNamed = [outputs](const QString &name) -> QTreeWidgetItem * {
            for (int i = 0; i < outputs->topLevelItemCount(); ++i) {
                if (outputs->topLevelItem(i)->text(0) == name)
                    return outputs->topLevelItem(i);
            }
            return nullptr;
        };
        QTRY_VERIFY(outputNamed(u"classes"_qs));
        QVERIFY(outputNamed(u"epochs_run"_qs));
        QCOMPARE(outputNamed(u"epochs_run"_qs)->text(1), u"3"_qs);
        QCOMPARE(outputNamed(u"metrics"_qs)->text(1), u"system.Metrics"_qs);
        QVERIFY(outputNamed(u"metrics"_qs)->text(2).startsWith(u"minio://mlpipeline/"_qs));
        outputs->setCurrentItem(outputNamed(u"classes"_qs));
        QTRY_COMPARE(page()->artifactView()->shownKind(), u"classification"_qs);
        QCOMPARE(page()->artifactView()->confusionMatrix()->matrix().categories,
                 (QStringList{u"cat"_qs, u"dog"_qs}));
        QCOMPARE(page()->artifactView()->confusionMatrix()->matrix().rows.at(1),
                 (QList<double>{1, 9}));
        // With KFW_TEST_SCREENSHOTS=DIR, the Outputs tab with the matrix, to look at.
        if (const QString dir = qEnvironmentVariable("KFW_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            for (QTabWidget *tabs : page()->findChildren<QTabWidget *>()) {
                for (QWidget *w = outputs; w && tabs->isAncestorOf(outputs);
                     w = w->parentWidget()) {
                    if (tabs->indexOf(w) >= 0)
                        tabs->setCurrentIndex(tabs->indexOf(w));
                }
            }
            QTest::qWait(200);
            page()->grab().save(dir + u"/cluster-run-outputs.png"_qs);
        }
        outputs->setCurrentItem(outputNamed(u"notes"_qs));
        QTRY_COMPARE(page()->artifactView()->shownKind(), u"text"_qs);
        const auto *text = qobject_cast<QPlainTextEdit *>(page()->artifactView()->current());
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), u"trained for 3 epochs"_qs);

        // Compared beside a run of another backend: the cluster run's metric and confusion
        // matrix are there, each run labelled with where it ran.
        page()->table()->selectRow(model->rowOf(id));
        page()->compareSelected();
        QTRY_VERIFY(page()->comparison() && page()->comparison()->runCount() == 1);
        backend::RunDetail local;
        local.run.id = u"local-1"_qs;
        local.run.name = u"on the workstation"_qs;
        local.run.state = backend::state::Succeeded;
        local.metrics.insert(u"train/metrics/accuracy"_qs, 0.8);
        page()->comparison()->addRuns({views::ComparedRun{u"Local workstation"_qs, local}});
        QTRY_COMPARE(page()->comparison()->comparison().runs.size(), 2);
        const views::RunComparison &c = page()->comparison()->comparison();
        const int clusterRun = c.runIds.indexOf(m_backends->active()->displayName() + u'/' + id);
        QVERIFY2(clusterRun >= 0, qPrintable(c.runIds.join(u", "_qs)));
        const int accuracy = int(c.metrics.indexOf(u"train/metrics/accuracy"_qs));
        QVERIFY(accuracy >= 0);
        QCOMPARE(c.metricValues.at(clusterRun).at(accuracy), std::optional<double>(0.91));
        QVERIFY(c.isBest(clusterRun, accuracy));
        QVERIFY(!c.matrices.at(clusterRun).isEmpty());
        page()->comparison()->close();
        // And a cluster does not sort by a metric: the order stays, and the page says why.
        const int before = m_notifications.rowCount();
        page()->setExtraColumns({u"accuracy"_qs}, {});
        page()->table()->sortByColumn(views::RunListModel::ColumnCount, Qt::DescendingOrder);
        QTRY_COMPARE(m_notifications.rowCount(), before + 1);
        QCOMPARE(model->query().page.sortBy, u"created"_qs);
        page()->setExtraColumns({}, {});
    }
};

QTEST_MAIN(TestClusterRuns)
#include "tst_clusterruns.moc"
