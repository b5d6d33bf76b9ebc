// Comparing many runs: 60 local runs of one pipeline with different learning rates, selected in
// the Runs page and compared. The parameter table marks exactly the differing cells, the metric
// table exactly the best values (worked out here from the runs' own facts), and every chart has
// one series per run.

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
#include "views/experiments/experimentlistmodel.h"
#include "views/experiments/experimentsdialog.h"
#include "views/runs/runcompare.h"
#include "views/runs/runlistmodel.h"
#include "views/runs/runs.h"
#include "views/runs/runspage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace kfw;

class TestRunCompare : public QObject
{
    Q_OBJECT

    static constexpr int kRuns = 60;
    test::LocalShell m_shell; // a local backend and the shell services
    ui::PageRegistry m_pages;
    std::unique_ptr<QWidget> m_page;
    QList<backend::RunDetail> m_details; // the runs' facts, as the backend keeps them

    views::RunsPage *page() { return static_cast<views::RunsPage *>(m_page.get()); }
    backend::RunService *runs() { return m_shell.backends.active()->runs(); }

    static double learningRate(int i) { return 0.02 + 0.03 * i; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_shell.dir.isValid());
        views::registerRunsPage(m_pages, m_shell.documents);
        ui::ShellContext context = m_shell.context();
        m_page.reset(m_pages.find(QStringLiteral("runs"))->create(context, nullptr));
        m_page->resize(1200, 800);
        m_page->show();

        // 60 runs of the example, each with its own learning rate.
        QFile file(qEnvironmentVariable("KFW_SOURCE_DIR") +
                   QStringLiteral("/resources/examples/train-and-evaluate.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray spec = file.readAll();
        QStringList ids;
        for (int i = 0; i < kRuns; ++i) {
            backend::RunRequest request;
            request.name = QStringLiteral("lr-%1").arg(i, 2, 10, QLatin1Char('0'));
            request.pipelineSpec = spec;
            request.parameters = {{QStringLiteral("learning_rate"), learningRate(i)},
                                  {QStringLiteral("epochs"), 20}};
            auto created = runs()->create(request);
            QTRY_VERIFY(created.isFinished());
            QVERIFY2(created.result().ok(), qPrintable(created.result().error));
            ids << created.result().value.id;
        }
        for (const QString &id : std::as_const(ids)) {
            backend::Result<backend::RunDetail> detail;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    auto got = runs()->get(id);
                    got.waitForFinished();
                    detail = got.result();
                    return detail.ok() && backend::state::isFinal(detail.value.run.state);
                }(),
                300000);
            QCOMPARE(detail.value.run.state, backend::state::Succeeded);
            m_details << detail.value;
        }
    }

    void runListModelPagesFiltersAndSorts()
    {
        views::RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(runs());
        // Pages of 50 as fetchMore asks for them (the tester asks too, as views do when rows
        // arrive): every run once, none twice.
        QTRY_VERIFY(model.rowCount() >= views::RunListModel::kPageSize);
        QTRY_COMPARE(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.rowCount();
            }(),
            kRuns);
        QTRY_VERIFY(!model.isLoading() && !model.canFetchMore({}));
        QSet<QString> ids; // each run once
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.run(r)->id);
        QCOMPARE(ids.size(), kRuns);
        // Sorted by name, both ways.
        model.sort(views::RunListModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0 &&
                    model.run(0)->name == QLatin1String("lr-00"));
        model.sort(views::RunListModel::Name, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0 &&
                    model.run(0)->name == QLatin1String("lr-59"));
        // Filtered by name: lr-10 … lr-19.
        backend::RunQuery query = model.query();
        query.nameContains = QStringLiteral("lr-1");
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 10);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.run(r)->name.startsWith(QLatin1String("lr-1")));
        // By a parameter's value, and by a metric bound (checked against the runs' own facts).
        const auto all = [&model] { // every page of the query
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isLoading() ? -1 : model.rowCount();
        };
        QString error;
        QVERIFY(views::parseRunCondition(QStringLiteral("epochs = 20"), &query, &error));
        query.nameContains.clear();
        model.setQuery(query);
        QTRY_COMPARE(all(), kRuns);
        QVERIFY(views::parseRunCondition(QStringLiteral("epochs = 21"), &query, &error));
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 0);
        double best = 0;
        for (const backend::RunDetail &d : std::as_const(m_details))
            best = std::max(best, d.metrics.value(QStringLiteral("evaluate/metrics/accuracy")));
        int atBest = 0;
        for (const backend::RunDetail &d : std::as_const(m_details))
            atBest += d.metrics.value(QStringLiteral("evaluate/metrics/accuracy")) >= best ? 1 : 0;
        QVERIFY(
            views::parseRunCondition(QStringLiteral("accuracy >= %1").arg(best), &query, &error));
        model.setQuery(query);
        QTRY_COMPARE(all(), atBest);
        QVERIFY(views::parseRunCondition(
            QStringLiteral("evaluate/metrics/accuracy <= %1").arg(best), &query, &error));
        model.setQuery(query);
        QTRY_COMPARE(all(), kRuns);
        QVERIFY(views::parseRunCondition(QStringLiteral("train/metrics/accuracy >= 0"), &query,
                                         &error));
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 0); // train logs no metrics
        QVERIFY(!views::parseRunCondition(QStringLiteral("accuracy >= high"), &query, &error));
        QVERIFY2(error.contains(QStringLiteral("not a number")), qPrintable(error));
        QVERIFY(!views::parseRunCondition(QStringLiteral("accuracy"), &query, &error));
        QVERIFY(views::parseRunCondition(QString(), &query, &error));
        QVERIFY(query.metricKey.isEmpty() && query.parameterName.isEmpty());
        // By label: three runs labelled, found by key and value, by key alone, and not by another
        // value; a label and a metric bound together.
        for (int i : {3, 7, 11}) {
            auto set = runs()->setLabels(m_details.at(i).run.id,
                                         {{QStringLiteral("team"), QStringLiteral("vision")}});
            QTRY_VERIFY(set.isFinished());
            QVERIFY2(set.result().ok(), qPrintable(set.result().error));
        }
        QVERIFY(views::parseRunCondition(QStringLiteral("label:team=vision"), &query, &error));
        model.setQuery(query);
        QTRY_COMPARE(all(), 3);
        QCOMPARE(model.run(0)->labels.value(QStringLiteral("team")), QStringLiteral("vision"));
        QVERIFY(views::parseRunCondition(QStringLiteral("label:team"), &query, &error));
        model.setQuery(query);
        QTRY_COMPARE(all(), 3);
        QVERIFY(views::parseRunCondition(QStringLiteral("label:team=audio"), &query, &error));
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == 0);
        QVERIFY(views::parseRunCondition(
            QStringLiteral("label:team=vision, accuracy >= %1").arg(best), &query, &error));
        QCOMPARE(query.labels.size(), 1);
        QCOMPARE(query.metricKey, QStringLiteral("accuracy"));
        QVERIFY(!views::parseRunCondition(QStringLiteral("label:"), &query, &error));
        QVERIFY(!views::parseRunCondition(QStringLiteral("accuracy >= 0.5, loss <= 1"), &query,
                                          &error));
        QVERIFY2(error.contains(QStringLiteral("One metric")), qPrintable(error));
        QVERIFY(views::parseRunCondition(QString(), &query, &error));
        // By state: none of them failed.
        query.nameContains.clear();
        query.states = {backend::state::Failed};
        model.setQuery(query);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void metricAndParameterColumnsSortAcrossPages()
    {
        views::RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(runs());
        model.setExtraColumns({QStringLiteral("accuracy")}, {QStringLiteral("learning_rate")});
        const int accuracy = views::RunListModel::ColumnCount;
        const int rate = accuracy + 1;
        QCOMPARE(model.columnCount(), views::RunListModel::ColumnCount + 2);
        QCOMPARE(model.headerData(accuracy, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("accuracy"));
        const auto all = [&model] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isLoading() ? -1 : model.rowCount();
        };
        QHash<QString, double> facts; // accuracy by run id, as the backend keeps it
        for (const backend::RunDetail &d : std::as_const(m_details))
            facts.insert(d.run.id, d.metrics.value(QStringLiteral("evaluate/metrics/accuracy")));
        // Best accuracy first, across both pages; each cell shows the run's own value.
        model.sort(accuracy, Qt::DescendingOrder);
        QTRY_COMPARE(all(), kRuns);
        for (int r = 0; r < kRuns; ++r) {
            const QString id = model.run(r)->id;
            QCOMPARE(model.index(r, accuracy).data().toString(),
                     QLocale().toString(facts.value(id), 'g', 6));
            if (r > 0)
                QVERIFY(facts.value(model.run(r - 1)->id) >= facts.value(id));
        }
        // The learning rate, smallest first: the runs in the order they were made.
        model.sort(rate, Qt::AscendingOrder);
        QTRY_VERIFY(model.query().page.sortBy == QLatin1String("parameter:learning_rate"));
        QTRY_COMPARE(all(), kRuns);
        for (int r = 0; r < kRuns; ++r) {
            QCOMPARE(model.run(r)->name, QStringLiteral("lr-%1").arg(r, 2, 10, QLatin1Char('0')));
            QCOMPARE(model.index(r, rate).data().toString(),
                     QLocale().toString(learningRate(r), 'g', 6));
        }
        QVERIFY(model.knownMetrics().contains(QStringLiteral("accuracy")));
        QVERIFY(model.knownParameters().contains(QStringLiteral("learning_rate")));
        // The version column does not sort: the order stays and the model says why.
        QSignalSpy refused(&model, &views::RunListModel::sortRefused);
        model.sort(views::RunListModel::Version, Qt::AscendingOrder);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(model.query().page.sortBy, QStringLiteral("parameter:learning_rate"));
        // Columns go without the rows going.
        model.setExtraColumns({}, {});
        QCOMPARE(model.columnCount(), int(views::RunListModel::ColumnCount));
        QCOMPARE(model.rowCount(), kRuns);
    }

    void sixtyRunsSideBySide()
    {
        views::RunListModel *model = page()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        // The table pages in as it is scrolled; here, page after page until all are there.
        QTRY_COMPARE_WITH_TIMEOUT(
            [model] {
                if (model->canFetchMore({}))
                    model->fetchMore({});
                return model->rowCount();
            }(),
            kRuns, 20000);
        page()->table()->selectAll();
        page()->compareSelected();
        views::RunCompareView *view = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (view = page()->comparison()) && view->comparison().runs.size() == kRuns, 60000);
        QCOMPARE(view->runCount(), kRuns);

        // Parameters: only the learning rate differs, and exactly its cells are marked.
        QTableWidget *parameters = view->parameterTable();
        QCOMPARE(parameters->rowCount(), kRuns);
        QStringList names;
        for (int c = 0; c < parameters->columnCount(); ++c)
            names << parameters->horizontalHeaderItem(c)->text();
        QCOMPARE(names, (QStringList{QStringLiteral("epochs"), QStringLiteral("learning_rate"),
                                     QStringLiteral("rows"), QStringLiteral("seed")}));
        int marked = 0;
        for (int r = 0; r < parameters->rowCount(); ++r) {
            for (int c = 0; c < parameters->columnCount(); ++c) {
                const bool mark =
                    parameters->item(r, c)->data(views::RunCompareView::MarkRole).toBool();
                QCOMPARE(mark, names[c] == QLatin1String("learning_rate"));
                marked += mark ? 1 : 0;
            }
            QCOMPARE(parameters->item(r, names.indexOf(QStringLiteral("epochs")))->text(),
                     QStringLiteral("20"));
        }
        QCOMPARE(marked, kRuns);
        view->onlyDifferences()->setChecked(true);
        for (int c = 0; c < names.size(); ++c)
            QCOMPARE(parameters->isColumnHidden(c), names[c] != QLatin1String("learning_rate"));

        // Metrics: the best value of each metric, worked out from the runs' facts.
        QTableWidget *metrics = view->metricTable();
        for (int c = 0; c < metrics->columnCount(); ++c) {
            const QString key = metrics->horizontalHeaderItem(c)->text();
            double best = -std::numeric_limits<double>::infinity();
            bool allSame = true;
            for (const backend::RunDetail &d : std::as_const(m_details)) {
                QVERIFY2(d.metrics.contains(key), qPrintable(key));
                best = std::max(best, d.metrics.value(key));
                allSame = allSame && d.metrics.value(key) == m_details.first().metrics.value(key);
            }
            int bestCells = 0;
            for (int r = 0; r < metrics->rowCount(); ++r) {
                // Rows are the runs in the table's order; find this row's run by its label.
                const QString label = metrics->verticalHeaderItem(r)->text();
                const auto run = std::find_if(
                    m_details.begin(), m_details.end(), [&label](const backend::RunDetail &d) {
                        return label.startsWith(d.run.name + QLatin1String(" ("));
                    });
                QVERIFY(run != m_details.end());
                const bool expected = !allSame && run->metrics.value(key) == best;
                QCOMPARE(metrics->item(r, c)->data(views::RunCompareView::MarkRole).toBool(),
                         expected);
                bestCells += expected ? 1 : 0;
            }
            QVERIFY(allSame || bestCells >= 1);
        }
        QVERIFY(metrics->columnCount() >= 2); // accuracy and rows, at least

        // With KFW_TEST_SCREENSHOTS=DIR, what the comparison shows, to look at.
        if (const QString dir = qEnvironmentVariable("KFW_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            auto *tabs = view->findChild<QTabWidget *>();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(200);
                view->grab().save(QStringLiteral("%1/compare-%2.png").arg(dir).arg(t));
            }
        }
        // Charts: one series (or bar set) per run; one confusion matrix per run.
        auto *bars = qobject_cast<QBarSeries *>(view->barChart()->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), kRuns);
        QCOMPARE(view->rocChart()->chart()->series().size(), kRuns);
        QCOMPARE(view->parallelChart()->chart()->series().size(), kRuns);
        QCOMPARE(view->matrixWidgets().size(), kRuns);

        // The tables as CSV: a header and one line per run.
        const QString csvFile = m_shell.dir.filePath(QStringLiteral("parameters.csv"));
        QSignalSpy exported(view, &views::RunCompareView::exported);
        view->exportCsv(false, csvFile);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toString(), QString());
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), kRuns + 1);
        QCOMPARE(lines.first(), QByteArray("run,epochs,learning_rate,rows,seed"));
        // Every run was read.
        QVERIFY2(!test::notificationText(m_shell.notifications)
                      .contains(QStringLiteral("could not be compared")),
                 qPrintable(test::notificationText(m_shell.notifications)));
    }

    void experimentsCreatedFilteredArchivedAndDeleted()
    {
        page()->showExperiments();
        views::ExperimentsDialog *dialog = nullptr;
        QTRY_VERIFY(dialog = page()->findChild<views::ExperimentsDialog *>());
        views::ExperimentListModel *model = dialog->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto listed = [model](const QString &name) {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->experiment(r)->name == name)
                    return true;
            return false;
        };
        dialog->nameField()->setText(QStringLiteral("sweep"));
        dialog->create();
        QTRY_VERIFY(listed(QStringLiteral("sweep")));
        QVERIFY(dialog->selectByName(QStringLiteral("sweep")));
        const QString sweep = dialog->selectedId();

        // The runs table offers it as a filter; one run made in it is all it shows.
        auto *filter = page()->findChild<QComboBox *>(QStringLiteral("runs-experiment"));
        QTRY_VERIFY(filter->findText(QStringLiteral("sweep")) >= 0);
        filter->setCurrentIndex(filter->findText(QStringLiteral("sweep")));
        QTRY_VERIFY(!page()->model()->isLoading() && page()->model()->rowCount() == 0);
        backend::RunRequest request;
        QFile file(qEnvironmentVariable("KFW_SOURCE_DIR") +
                   QStringLiteral("/resources/examples/fan-out-fan-in.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        request.pipelineSpec = file.readAll();
        request.experimentId = sweep;
        request.name = QStringLiteral("in-sweep");
        auto created = runs()->create(request);
        QTRY_VERIFY(created.isFinished());
        QVERIFY2(created.result().ok(), qPrintable(created.result().error));
        QTRY_COMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(page()->model()->run(0)->name, QStringLiteral("in-sweep"));

        // Sorted by name both ways, searched by name.
        model->sort(views::ExperimentListModel::Name, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 1 &&
                    model->experiment(0)->name == QLatin1String("sweep"));
        model->sort(views::ExperimentListModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 1 &&
                    model->experiment(0)->name == QLatin1String("Default"));
        dialog->findChild<QLineEdit *>(QStringLiteral("experiments-search"))
            ->setText(QStringLiteral("swe"));
        QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1);
        QCOMPARE(model->experiment(0)->name, QStringLiteral("sweep"));

        // Archived with its run (it leaves the active list for the archived one), restored; an
        // experiment with runs is not deleted (and says so).
        QVERIFY(dialog->selectByName(QStringLiteral("sweep")));
        dialog->act(QStringLiteral("archive"));
        QTRY_VERIFY(!model->isLoading() && !listed(QStringLiteral("sweep")));
        dialog->archivedToggle()->setChecked(true);
        QTRY_VERIFY(!model->isLoading() && listed(QStringLiteral("sweep")));
        QVERIFY(model->experiment(0)->archived);
        backend::RunQuery archived;
        archived.archived = true;
        archived.experimentId = sweep;
        auto archivedRuns = runs()->list(archived);
        QTRY_VERIFY(archivedRuns.isFinished());
        QCOMPARE(archivedRuns.result().value.items.size(), 1);
        QVERIFY(dialog->selectByName(QStringLiteral("sweep")));
        dialog->act(QStringLiteral("restore"));
        QTRY_VERIFY(!model->isLoading() && !listed(QStringLiteral("sweep")));
        dialog->archivedToggle()->setChecked(false);
        QTRY_VERIFY(!model->isLoading() && listed(QStringLiteral("sweep")));
        QVERIFY(dialog->selectByName(QStringLiteral("sweep")));
        dialog->act(QStringLiteral("delete"));
        QTRY_VERIFY(dialog->message()->text().startsWith(QStringLiteral("sweep: ")));
        QVERIFY(listed(QStringLiteral("sweep")));
        // An empty one goes.
        dialog->findChild<QLineEdit *>(QStringLiteral("experiments-search"))->clear();
        dialog->nameField()->setText(QStringLiteral("empty"));
        dialog->create();
        QTRY_VERIFY(listed(QStringLiteral("empty")));
        QVERIFY(dialog->selectByName(QStringLiteral("empty")));
        dialog->act(QStringLiteral("delete"));
        QTRY_VERIFY(!model->isLoading() && !listed(QStringLiteral("empty")));
        dialog->close();
        filter->setCurrentIndex(0);
        QTRY_VERIFY(!page()->model()->isLoading());
    }

    void severalRunsAtOnce()
    {
        // Archive ten selected runs with one action, then delete two more after one question.
        const auto total = [this](bool archived) {
            backend::RunQuery query;
            query.archived = archived;
            auto listed = runs()->list(query);
            listed.waitForFinished();
            return listed.result().value.totalSize;
        };
        const auto action = [this](const QString &text) -> QAction * {
            for (QAction *a : page()->actions())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        const int active = total(false);
        const int archived = total(true);
        QTableView *table = page()->table();
        table->clearSelection();
        table->selectionModel()->select(
            QItemSelection(page()->model()->index(0, 0), page()->model()->index(9, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QStringList archivedNames;
        for (int r = 0; r < 10; ++r)
            archivedNames << page()->model()->run(r)->name;
        QVERIFY(action(QStringLiteral("Archive")));
        action(QStringLiteral("Archive"))->trigger();
        QTRY_COMPARE(total(true), archived + 10);
        QCOMPARE(total(false), active - 10);
        // The table follows: the archived runs leave it.
        QTRY_VERIFY(page()->model()->rowCount() > 0 &&
                    !archivedNames.contains(page()->model()->run(0)->name));
        table->clearSelection();
        table->selectionModel()->select(
            QItemSelection(page()->model()->index(0, 0), page()->model()->index(1, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        action(QStringLiteral("Delete"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(box = page()->findChild<QMessageBox *>(QStringLiteral("runs-delete")));
        QVERIFY2(box->text().contains(QStringLiteral("2 runs")), qPrintable(box->text()));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_VERIFY2(total(false) == active - 12,
                     qPrintable(test::notificationText(m_shell.notifications)));
        QCOMPARE(total(true), archived + 10);
    }

    void liveUpdatesKeepSelectionAndScroll()
    {
        QTableView *table = page()->table();
        views::RunListModel *model = page()->model();
        // Scrolled to the end: the view fetched every page, and shows every active run (the test
        // before archived and deleted some).
        auto active = runs()->list({});
        QTRY_VERIFY(active.isFinished());
        QTRY_VERIFY([&] {
            table->scrollToBottom();
            return !model->isLoading() && !model->canFetchMore({}) &&
                   model->rowCount() == active.result().value.totalSize;
        }());
        const QString chosen = model->run(model->rowCount() - 5)->id;
        QVERIFY(page()->selectRun(chosen));
        table->scrollTo(model->index(model->rowOf(chosen), 0));
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        // A change to another run reaches the table through the service's signal: the run shows
        // its new facts, and the table stays where it was.
        const QString changed = model->run(model->rowCount() - 3)->id;
        auto set = runs()->setLabels(changed, {{QStringLiteral("live"), QStringLiteral("yes")}});
        QTRY_VERIFY(set.isFinished());
        QVERIFY(set.result().ok());
        QTRY_VERIFY(model->rowOf(changed) >= 0 &&
                    model->run(model->rowOf(changed))->labels.contains(QStringLiteral("live")));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(page()->selectedRunId(), chosen);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestRunCompare)
#include "tst_runcompare.moc"
