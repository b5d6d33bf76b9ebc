// Local backend benchmark.
//  1. Scheduling overhead: a pipeline of N independent no-op container tasks (`true`) on the
//     LocalRunner, beside a shell running the same N commands one after another and with
//     `xargs -P`, in the same run. Overhead per task = (wall time - children's CPU time) / N.
//  2. A ParallelFor of M iterations of a no-op task: total time and peak memory of this process.
//
// Usage: kfw-bench-local [N] [M]   (default 200 1000); timings are the median of five runs.

#include "cluster/local/runner.h"
#include "cluster/pipelinespec/pipelineeditor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>
#include <sys/resource.h>

using namespace kfw::local;
using namespace kfw::pipelinespec;

namespace {

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Timing
{
    double wall = 0;   // seconds
    double childCpu = 0;
};

ComponentDefinition noop()
{
    return ComponentDefinition::container(QStringLiteral("noop"), QStringLiteral("alpine"), {QStringLiteral("true")}, {});
}

Timing runPipeline(const PipelineDocument &doc, int parallelism, const QString &dir, bool *ok)
{
    RunOptions options;
    options.runDir = dir;
    options.parallelism = parallelism;
    LocalRunner runner(doc, {}, options);
    QEventLoop loop;
    QObject::connect(&runner, &LocalRunner::runFinished, &loop, &QEventLoop::quit);
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    runner.start();
    loop.exec();
    *ok = runner.state() == TaskState::Succeeded;
    return {double(t.nsecsElapsed()) / 1e9, childCpuSeconds() - cpu0};
}

Timing runShell(const QString &script)
{
    const double cpu0 = childCpuSeconds();
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(-1);
    return {double(t.nsecsElapsed()) / 1e9, childCpuSeconds() - cpu0};
}

// The run with the median wall time of five.
Timing median(const std::function<Timing()> &measure)
{
    std::vector<Timing> runs;
    for (int i = 0; i < 5; ++i)
        runs.push_back(measure());
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    return runs[runs.size() / 2];
}

// Overhead per task only means something for sequential runs (wall time then includes all CPU).
void row(const char *what, int n, const Timing &t, bool sequential)
{
    std::printf("%-30s %8.3f s wall  %7.3f s children CPU", what, t.wall, t.childCpu);
    if (sequential)
        std::printf("  %6.2f ms/task overhead", (t.wall - t.childCpu) / n * 1000.0);
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 200;
    const int m = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int cores = QThread::idealThreadCount();
    QTemporaryDir tmp;

    // 1. N independent no-op tasks.
    PipelineEditor flat(PipelineEditor::newPipeline(QStringLiteral("flat")));
    const QString comp = flat.addComponent(noop());
    QString error;
    for (int i = 0; i < n; ++i)
        if (!flat.addTask(comp, &error)) {
            std::fprintf(stderr, "cannot build the pipeline: %s\n", qPrintable(error));
            return 1;
        }
    std::printf("Scheduling overhead, %d no-op tasks, %d cores\n", n, cores);
    bool ok = true;
    int dirs = 0;
    auto workbench = [&](int parallelism) {
        bool good = false;
        const Timing t = runPipeline(flat.document(), parallelism, tmp.filePath(QStringLiteral("flat-%1").arg(dirs++)), &good);
        ok = ok && good;
        return t;
    };
    const Timing seq = median([&] { return runShell(QStringLiteral("i=0; while [ $i -lt %1 ]; do /bin/true; i=$((i+1)); done").arg(n)); });
    row("shell loop, sequential", n, seq, true);
    const Timing par = median([&] { return runShell(QStringLiteral("seq %1 | xargs -n1 -P%2 /bin/true").arg(n).arg(cores)); });
    row(qPrintable(QStringLiteral("xargs -P%1").arg(cores)), n, par, false);
    const Timing one = median([&] { return workbench(1); });
    row("workbench, parallelism 1", n, one, true);
    const Timing many = median([&] { return workbench(cores); });
    row(qPrintable(QStringLiteral("workbench, parallelism %1").arg(cores)), n, many, false);
    if (!ok) {
        std::fprintf(stderr, "a benchmark run failed\n");
        return 1;
    }
    std::printf("ratio workbench/shell (sequential) %.2f, workbench/xargs (parallel) %.2f\n", one.wall / seq.wall, many.wall / par.wall);

    // 2. A ParallelFor of M iterations.
    PipelineEditor loop(PipelineEditor::newPipeline(QStringLiteral("loop")));
    YamlValue items = YamlValue::sequence();
    for (int i = 0; i < m; ++i)
        items.append(YamlValue::integer(i));
    const auto dag = loop.addParallelFor(QStringLiteral("root"), items, 0, &error);
    if (!dag || !loop.addTask(loop.addComponent(noop()), *dag, &error)) {
        std::fprintf(stderr, "cannot build the loop: %s\n", qPrintable(error));
        return 1;
    }
    const long rssBefore = peakRssKiB();
    const Timing l = runPipeline(loop.document(), cores, tmp.filePath(QStringLiteral("loop")), &ok);
    std::printf("\nParallelFor of %d iterations, parallelism %d: %.2f s wall, %.2f ms per iteration, peak RSS %.1f MiB (%.1f MiB before)\n",
                m, cores, l.wall, l.wall / m * 1000.0, double(peakRssKiB()) / 1024.0, double(rssBefore) / 1024.0);
    return ok ? 0 : 1;
}
