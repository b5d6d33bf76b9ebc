// Runs benchmark.
//  1. A local history of N runs (default 100,000), each with a task that logged an accuracy: the
//     time to the runs table's first page, the memory of this process after scrolling the table
//     to the end (every page fetched), and the time to the first page of a metric-threshold
//     filter (accuracy >= 0.99, about 1% of the runs).
//  2. Comparing M runs (default 50): the time from adding them to the comparison shown
//     (computed on a worker, tables and charts built), and to paint each of its tabs.
//
// Usage: kfw-bench-runs [N] [M]   (offscreen; timings are single runs, the history is built once)

#include "cluster/local/localbackend.h"
#include "cluster/local/runstore.h"
#include "cluster/local/secretstore.h"
#include "tests/benchmarks/generatedpipeline.h"
#include "views/runs/runcompare.h"
#include "views/runs/runlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace kfw;
using kfw::bench::elapsedMs;

namespace {

constexpr int kTimeoutMs = 600000;

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Waits for the model's next answer.
bool waitLoaded(views::RunListModel &model)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&model, &views::RunListModel::loaded, &loop, [&](const QString &error) {
        ok = error.isEmpty();
        if (!ok)
            std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

bool buildHistory(const QString &dir, int runs)
{
    local::RunStore store;
    QString error;
    if (!store.open(dir + QStringLiteral("/history.sqlite"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < runs; ++i) {
        local::StoredRun run;
        run.id = QStringLiteral("run-%1").arg(i, 6, 10, QLatin1Char('0'));
        run.name = QStringLiteral("sweep-%1").arg(i);
        run.pipelineName = QStringLiteral("bench");
        run.state = QStringLiteral("SUCCEEDED");
        run.parameters = {{QStringLiteral("learning_rate"), 0.001 * (i % 997)}};
        run.created = start.addSecs(i);
        if (!store.addRun(run, &error))
            return false;
        local::TaskRecord task;
        task.path = task.name = QStringLiteral("evaluate");
        task.state = local::TaskState::Succeeded;
        local::RuntimeArtifact metrics;
        metrics.name = QStringLiteral("metrics");
        metrics.schemaTitle = QStringLiteral("system.Metrics");
        metrics.metadata.insert(QStringLiteral("accuracy"),
                                pipelinespec::YamlValue::real((i * 7919 % 10000) / 10000.0));
        task.artifacts.insert(QStringLiteral("metrics"), {metrics});
        if (!store.recordTask(run.id, task, &error) ||
            !store.setRunState(run.id, run.state, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return true;
}

QList<views::ComparedRun> comparedRuns(int count)
{
    QList<views::ComparedRun> runs;
    for (int i = 0; i < count; ++i) {
        views::ComparedRun run;
        run.source = QStringLiteral("Local workstation");
        run.detail.run.id = QStringLiteral("run-%1").arg(i);
        run.detail.run.name = QStringLiteral("sweep-%1").arg(i);
        run.detail.run.parameters = {{QStringLiteral("learning_rate"), 0.01 * (i + 1)},
                                     {QStringLiteral("epochs"), 20 + i % 3},
                                     {QStringLiteral("seed"), 7}};
        const double accuracy = 0.8 + 0.002 * ((i * 37) % 97);
        run.detail.metrics = {{QStringLiteral("evaluate/metrics/accuracy"), accuracy},
                              {QStringLiteral("evaluate/metrics/loss"), 1 - accuracy},
                              {QStringLiteral("train/metrics/seconds"), 10.0 + i}};
        QJsonArray roc;
        for (int t = 0; t <= 20; ++t)
            roc.append(QJsonObject{{QStringLiteral("confidenceThreshold"), t / 20.0},
                                   {QStringLiteral("falsePositiveRate"), 1 - t / 20.0},
                                   {QStringLiteral("recall"), std::pow(1 - t / 20.0, accuracy)}});
        backend::ArtifactInfo classification;
        classification.taskPath = QStringLiteral("evaluate");
        classification.name = QStringLiteral("classification");
        classification.schemaTitle = QStringLiteral("system.ClassificationMetrics");
        classification.metadata = {
            {QStringLiteral("confidenceMetrics"), roc},
            {QStringLiteral("confusionMatrix"),
             QJsonObject{
                 {QStringLiteral("annotationSpecs"),
                  QJsonArray{QJsonObject{{QStringLiteral("displayName"), QStringLiteral("no")}},
                             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("yes")}}}},
                 {QStringLiteral("rows"),
                  QJsonArray{QJsonObject{{QStringLiteral("row"), QJsonArray{90 - i % 5, 10}}},
                             QJsonObject{{QStringLiteral("row"), QJsonArray{8, 92 + i % 3}}}}}}}};
        run.detail.artifacts = {classification};
        runs << run;
    }
    return runs;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int compared = argc > 2 ? std::atoi(argv[2]) : 50;

    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    if (!buildHistory(dir.path(), runs))
        return 1;
    std::printf("history of %d runs built in %.1f s\n", runs, elapsedMs(t) / 1000);

    local::LocalBackend backend(dir.path(), nullptr, std::make_unique<local::MemorySecretStore>());
    backend::RunService *service = backend.runs();
    const double before = residentMiB();
    views::RunListModel model;
    t.restart();
    model.setService(service);
    if (!waitLoaded(model))
        return 1;
    const double firstPage = elapsedMs(t);
    t.restart();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitLoaded(model))
            return 1;
    }
    const double scrolled = elapsedMs(t);
    const double after = residentMiB();
    backend::RunQuery query = model.query();
    QString error;
    views::parseRunCondition(QStringLiteral("accuracy >= 0.99"), &query, &error);
    t.restart();
    model.setQuery(query);
    if (!waitLoaded(model))
        return 1;
    const double filtered = elapsedMs(t);
    std::printf(
        "runs table, %d runs: first page %.1f ms; scrolled to the end (%d rows) in %.0f ms; "
        "memory %.0f MiB before, %.0f MiB after (%.0f bytes per run); "
        "filter accuracy >= 0.99: first page %.1f ms (%d rows shown)\n",
        runs, firstPage, runs, scrolled, before, after, (after - before) * 1048576 / runs, filtered,
        model.rowCount());

    views::RunCompareView view;
    view.resize(1200, 800);
    view.show();
    const QList<views::ComparedRun> list = comparedRuns(compared);
    QEventLoop loop;
    QObject::connect(&view, &views::RunCompareView::updated, &loop, &QEventLoop::quit);
    t.restart();
    view.addRuns(list);
    loop.exec();
    const double shown = elapsedMs(t);
    auto *tabs = view.findChild<QTabWidget *>();
    QStringList painted;
    double total = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        t.restart();
        view.grab();
        const double ms = elapsedMs(t);
        total += ms;
        painted << QStringLiteral("%1 %2 ms").arg(tabs->tabText(i)).arg(ms, 0, 'f', 1);
    }
    std::printf("compare %d runs: shown %.1f ms after adding them; painting each tab: %s "
                "(%.1f ms in all)\n",
                compared, shown, qPrintable(painted.join(QStringLiteral(", "))), total);
    return 0;
}
