// Pipeline editor benchmark, on generated KFP-shaped pipelines of 100, 1,000 and 5,000 tasks:
//  1. open:        EditorDocument::read of the YAML file (what the editor runs off the GUI thread).
//  2. level:       DagLevel::read of the root DAG.
//  3. layout:      autoLayout with the editor's limit (Graphviz up to 300 tasks, layered beyond).
//  4. first paint: PipelineCanvas::showDag("root") on a fresh document until the level is shown
//                  (reading, layout on the worker thread, building the items) and painted once.
//  5. reference:   the Graphviz CLI, `dot -Tplain`, on the same graph with the same node sizes,
//                  run as a user would (default options, splines on), in the same run.
// Then the frame time of dragging a task of a 2,000-task graph, zoomed to fit and at 100%: each
// step moves the task a few screen pixels (its edges follow) and repaints the viewport.
//
// Usage: kfw-bench-editor [SIZES...]   (default 100 1000 5000); runs on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise.

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "tests/benchmarks/generatedpipeline.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/graphlayout.h"
#include "views/pipeline-editor/pipelinecanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace kfw::pipelinespec;
using namespace kfw::views::editor;
using kfw::bench::elapsedMs;
using kfw::bench::medianMs;

namespace {

constexpr int kTimeoutMs = 600000;
constexpr int kDragTasks = 2000;
constexpr int kDragSteps = 120;
const QString kRoot = QStringLiteral("root");

// The same graph for the dot CLI: fixed-size boxes in inches (72 scene units to the inch, as the
// editor passes them to Graphviz), left to right, everything else left at dot's defaults.
QByteArray toDot(const LayoutGraph &graph)
{
    auto inches = [](double units) {
        return QByteArray::number(units / 72.0, 'f', 4);
    };
    QByteArray dot =
        "digraph pipeline {\n    rankdir=LR;\n    node [shape=box, fixedsize=true, label=\"\"];\n";
    for (qsizetype i = 0; i < graph.sizes.size(); ++i)
        dot += "    n" + QByteArray::number(i) + " [width=" + inches(graph.sizes[i].width()) +
               ", height=" + inches(graph.sizes[i].height()) + "];\n";
    for (const auto &[from, to] : graph.edges)
        dot += "    n" + QByteArray::number(from) + " -> n" + QByteArray::number(to) + ";\n";
    dot += "}\n";
    return dot;
}

// Wall time of `dot -Tplain file`, or -1 when it failed or ran out of time.
double dotMs(const QString &file)
{
    QProcess dot;
    dot.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    dot.start(QStringLiteral("dot"), {QStringLiteral("-Tplain"), file});
    if (!dot.waitForFinished(kTimeoutMs)) {
        std::fprintf(stderr, "dot: %s\n",
                     dot.error() == QProcess::Timedout ? "no result within 600 s"
                                                       : qPrintable(dot.errorString()));
        dot.kill();
        dot.waitForFinished();
        return -1;
    }
    const double ms = elapsedMs(t);
    if (dot.exitStatus() != QProcess::NormalExit || dot.exitCode() != 0) {
        std::fprintf(stderr, "dot failed: %s\n", dot.readAllStandardError().trimmed().constData());
        return -1;
    }
    return ms;
}

QString dotVersion()
{
    QProcess dot;
    dot.start(QStringLiteral("dot"), {QStringLiteral("-V")});
    if (!dot.waitForFinished(10000))
        return QStringLiteral("not found");
    return QString::fromLocal8Bit(dot.readAllStandardError()).trimmed();
}

// Counts the viewport's paint events, so that a "paint" is known to have painted.
class PaintCounter : public QObject
{
public:
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};

// A document shown on a canvas. Members go in reverse order: the canvas first (it holds the
// document by pointer), the paint counter last (it watches the canvas).
struct Shown
{
    PaintCounter paints;
    std::unique_ptr<EditorDocument> document;
    std::unique_ptr<PipelineCanvas> canvas;
};

// Shows the root level of a fresh document on a fresh 1200x800 canvas and paints it once; the
// time from showDag to the end of that paint, or -1 when the level was not shown with all its
// tasks or not painted.
double firstPaint(Shown &shown, const PipelineDocument &document, const QString &path, int tasks)
{
    shown.canvas.reset();
    shown.document = std::make_unique<EditorDocument>(document, path, Positions());
    shown.canvas = std::make_unique<PipelineCanvas>(shown.document.get());
    shown.canvas->resize(1200, 800);
    shown.canvas->show();
    shown.canvas->viewport()->installEventFilter(&shown.paints);
    // Showing and exposing the window is not part of opening the level.
    QCoreApplication::processEvents();

    QEventLoop loop;
    bool levelShown = false;
    QObject::connect(shown.canvas.get(), &PipelineCanvas::levelShown, &loop, [&] {
        levelShown = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    shown.canvas->showDag(kRoot);
    // levelShown comes from the event loop (the worker's result is delivered there).
    if (!levelShown)
        loop.exec();
    if (!levelShown) {
        std::fprintf(stderr, "the level was not shown within 600 s\n");
        return -1;
    }
    if (shown.canvas->level().nodes.size() != tasks ||
        !shown.canvas->node(QStringLiteral("step-%1").arg(tasks - 1))) {
        std::fprintf(stderr, "the canvas shows %lld of %d tasks\n",
                     qint64(shown.canvas->level().nodes.size()), tasks);
        return -1;
    }
    const int before = shown.paints.count();
    shown.canvas->viewport()->repaint();
    const double ms = elapsedMs(t);
    if (shown.paints.count() == before) {
        std::fprintf(stderr, "repaint() did not paint the viewport\n");
        return -1;
    }
    return ms;
}

struct Frames
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

// Drags the item a few screen pixels per step (right and down for half the steps, then back),
// repainting the whole viewport each step as a frame of a drag would.
Frames drag(PipelineCanvas *canvas, NodeItem *item)
{
    const QPointF step = QPointF(4, 2) / canvas->zoom();
    std::vector<double> ms;
    for (int i = 0; i < kDragSteps; ++i) {
        // What the event loop does between two mouse moves (deferred scene updates) stays out of
        // the frame, as it would not pile up on one frame in a real drag.
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        item->setPos(item->pos() + (i < kDragSteps / 2 ? step : -step));
        canvas->viewport()->repaint();
        ms.push_back(elapsedMs(t));
    }
    std::sort(ms.begin(), ms.end());
    const size_t p95 = size_t(std::ceil(0.95 * double(ms.size()))) - 1;
    return {ms[ms.size() / 2], ms[std::min(p95, ms.size() - 1)], ms.back()};
}

std::optional<PipelineDocument> writeAndOpen(const QTemporaryDir &dir, int tasks, QString *path,
                                             double *mb)
{
    const QByteArray bytes = kfw::bench::generatePipeline(tasks, true);
    *path = dir.filePath(QStringLiteral("p%1.yaml").arg(tasks));
    *mb = double(bytes.size()) / (1024.0 * 1024.0);
    QFile f(*path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return std::nullopt;
    f.close();
    LoadedPipeline loaded = EditorDocument::read(*path);
    if (!loaded.document)
        std::fprintf(stderr, "generated pipeline did not open: %s\n", qPrintable(loaded.error));
    return loaded.document;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.empty())
        sizes = {100, 1000, 5000};
    // Snapping would round a move of a few pixels at 100% back onto the same grid point, and the
    // frame would then measure nothing; every step of the drag really moves the task.
    NodeItem::setSnapToGrid(false);
    QTemporaryDir dir;

    std::printf("platform: %s, %s\n", qgetenv("QT_QPA_PLATFORM").constData(),
                qPrintable(dotVersion()));
    std::printf("%-6s %6s %8s %8s %9s %10s %-9s %9s %10s %10s %9s\n", "tasks", "edges", "file MB",
                "open ms", "level ms", "layout ms", "method", "paint ms", "dot ms", "layout/dot",
                "paint/dot");
    struct Ratio
    {
        int tasks;
        double layout;
        double paint;
    };
    std::vector<Ratio> ratios;
    for (int n : sizes) {
        QString path;
        double mb = 0;
        const std::optional<PipelineDocument> document = writeAndOpen(dir, n, &path, &mb);
        if (!document)
            return 1;
        const int repeats = n >= 5000 ? 3 : (n >= 1000 ? 5 : 20);
        const double openMs = medianMs(repeats, [&] { EditorDocument::read(path); });
        DagLevel level;
        const double levelMs = medianMs(repeats, [&] { level = DagLevel::read(*document, kRoot); });
        if (level.nodes.size() != n) {
            std::fprintf(stderr, "the root level has %lld tasks, not %d\n",
                         qint64(level.nodes.size()), n);
            return 1;
        }
        const LayoutGraph graph = layoutGraphOf(level);
        std::optional<LayoutResult> layout;
        const double layoutMs = medianMs(repeats, [&] { layout = autoLayout(graph, 300); });
        if (!layout || layout->positions.size() != n) {
            std::fprintf(stderr, "the layout did not place every task\n");
            return 1;
        }
        if (layout->method == LayoutResult::Method::Layered && n <= 300)
            std::fprintf(stderr, "Graphviz was not used: %s\n", qPrintable(layout->note));

        double paintMs = 0;
        {
            std::vector<double> runs;
            for (int i = 0; i < 3; ++i) {
                Shown shown;
                runs.push_back(firstPaint(shown, *document, path, n));
                if (runs.back() < 0)
                    return 1;
            }
            std::sort(runs.begin(), runs.end());
            paintMs = runs[runs.size() / 2];
        }

        const QString dotFile = dir.filePath(QStringLiteral("p%1.dot").arg(n));
        QFile f(dotFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(toDot(graph)) < 0)
            return 1;
        f.close();
        const double dot = dotMs(dotFile);
        std::printf("%-6d %6lld %8.2f %8.1f %9.1f %10.1f %-9s %9.1f %10.1f %10.3g %9.3g\n", n,
                    qint64(level.edges.size()), mb, openMs, levelMs, layoutMs,
                    layout->method == LayoutResult::Method::Graphviz ? "graphviz" : "layered",
                    paintMs, dot, dot > 0 ? layoutMs / dot : -1.0, dot > 0 ? paintMs / dot : -1.0);
        std::fflush(stdout);
        ratios.push_back({n, dot > 0 ? layoutMs / dot : -1.0, dot > 0 ? paintMs / dot : -1.0});
    }

    // Dragging a task in the middle of a large graph.
    QString path;
    double mb = 0;
    const std::optional<PipelineDocument> document = writeAndOpen(dir, kDragTasks, &path, &mb);
    if (!document)
        return 1;
    Shown shown;
    const double paintMs = firstPaint(shown, *document, path, kDragTasks);
    if (paintMs < 0)
        return 1;
    const QString middle = QStringLiteral("step-%1").arg(kDragTasks / 2);
    NodeItem *item = shown.canvas->node(middle);
    if (!item) {
        std::fprintf(stderr, "%s is not on the canvas\n", qPrintable(middle));
        return 1;
    }
    shown.canvas->selectTasks({middle});
    std::printf("\ndrag: %d tasks, %lld edges, first paint %.1f ms, %d steps of 4x2 screen px\n",
                kDragTasks, qint64(shown.canvas->level().edges.size()), paintMs, kDragSteps);
    std::printf("%-6s %7s %10s %8s %8s\n", "zoom", "scale", "median ms", "p95 ms", "max ms");
    const Frames fitted = drag(shown.canvas.get(), item);
    std::printf("%-6s %7.3f %10.2f %8.2f %8.2f\n", "fit", shown.canvas->zoom(), fitted.median,
                fitted.p95, fitted.max);
    shown.canvas->zoomReset();
    shown.canvas->centerOn(item);
    QCoreApplication::processEvents();
    const Frames actual = drag(shown.canvas.get(), item);
    std::printf("%-6s %7.3f %10.2f %8.2f %8.2f\n", "100%", shown.canvas->zoom(), actual.median,
                actual.p95, actual.max);

    std::printf("\nratios to dot -Tplain:");
    for (const Ratio &r : ratios)
        std::printf("  %d tasks: layout %.3g, first paint %.3g;", r.tasks, r.layout, r.paint);
    std::printf("\n");
    return 0;
}
