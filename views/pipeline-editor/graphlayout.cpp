#include "views/pipeline-editor/graphlayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>
#include <mutex>
#include <numeric>
#include <vector>

namespace kfw::views::editor {

namespace {

// Graphviz keeps global state (the context's plugins, the dot layout's tables): one layout at a
// time. Its own thread pool lets a layout that overran its budget finish in the background, and
// waits for it when the program ends (the pool is destroyed before the lock).
QMutex g_graphvizLock;
QThreadPool g_graphvizPool;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Places the nodes of one column top to bottom in their order, each as near its wanted top as
// the nodes above allow (forward) or as the nodes below allow (backward).
void packColumn(const std::vector<int> &column, const QList<QSizeF> &sizes,
                const std::vector<double> &wanted, double gap, std::vector<double> &top)
{
    const size_t n = column.size();
    std::vector<double> down(n), up(n);
    for (size_t i = 0; i < n; ++i) {
        const int v = column[i];
        down[i] = wanted[v];
        if (i > 0)
            down[i] = std::max(down[i], down[i - 1] + sizes[column[i - 1]].height() + gap);
    }
    for (size_t k = n; k-- > 0;) {
        const int v = column[k];
        up[k] = wanted[v];
        if (k + 1 < n)
            up[k] = std::min(up[k], up[k + 1] - gap - sizes[v].height());
    }
    // The mean of both packings keeps a column centred on its neighbours; one more forward pass
    // restores the gaps the mean may have closed.
    for (size_t i = 0; i < n; ++i) {
        const int v = column[i];
        top[v] = (down[i] + up[i]) / 2;
        if (i > 0)
            top[v] = std::max(top[v], top[column[i - 1]] + sizes[column[i - 1]].height() + gap);
    }
}

} // namespace

std::optional<QList<QPointF>> layeredLayout(const LayoutGraph &graph, const LayoutSpacing &spacing,
                                            const std::atomic<bool> *cancel)
{
    const int n = int(graph.sizes.size());
    QList<QPointF> positions(n);
    if (n == 0)
        return positions;

    std::vector<std::vector<int>> succ(n), pred(n);
    std::vector<int> indegree(n, 0);
    for (const auto &[from, to] : graph.edges) {
        if (from < 0 || to < 0 || from >= n || to >= n || from == to)
            continue;
        succ[from].push_back(to);
        pred[to].push_back(from);
        ++indegree[to];
    }

    // Topological order (Kahn); nodes on a cycle follow in index order and the edges that close
    // the cycle are left out of the layering.
    std::vector<int> order;
    order.reserve(n);
    std::vector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            queue.push_back(v);
    }
    std::vector<char> placed(n, 0);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        placed[v] = 1;
        order.push_back(v);
        for (int w : succ[v]) {
            if (--indegree[w] == 0)
                queue.push_back(w);
        }
    }
    for (int v = 0; v < n; ++v) {
        if (!placed[v])
            order.push_back(v);
    }
    std::vector<int> rankOf(n);
    for (int i = 0; i < n; ++i)
        rankOf[order[i]] = i;
    auto forward = [&](int from, int to) {
        return rankOf[from] < rankOf[to];
    };

    // Columns by longest path from the sources.
    std::vector<int> layer(n, 0);
    int layers = 1;
    for (int v : order) {
        for (int u : pred[v]) {
            if (forward(u, v))
                layer[v] = std::max(layer[v], layer[u] + 1);
        }
        layers = std::max(layers, layer[v] + 1);
    }
    std::vector<std::vector<int>> columns(layers);
    for (int v : order)
        columns[layer[v]].push_back(v);

    // Crossing reduction: barycenter of the neighbours' relative positions, alternating sweeps.
    std::vector<double> rel(n);
    auto updateRel = [&](const std::vector<int> &column) {
        for (size_t i = 0; i < column.size(); ++i)
            rel[column[i]] = (double(i) + 0.5) / double(column.size());
    };
    for (const auto &column : columns)
        updateRel(column);
    constexpr int kSweeps = 8;
    std::vector<double> key(n);
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int step = 1; step < layers; ++step) {
            if (cancelled(cancel))
                return std::nullopt;
            auto &column = columns[down ? step : layers - 1 - step];
            for (int v : column) {
                const auto &neighbours = down ? pred[v] : succ[v];
                double sum = 0;
                int count = 0;
                for (int u : neighbours) {
                    if (down ? forward(u, v) : forward(v, u)) {
                        sum += rel[u];
                        ++count;
                    }
                }
                key[v] = count ? sum / count : rel[v];
            }
            std::stable_sort(column.begin(), column.end(),
                             [&](int a, int b) { return key[a] < key[b]; });
            updateRel(column);
        }
    }

    // Columns left to right.
    std::vector<double> columnX(layers, 0);
    double x = 0;
    for (int l = 0; l < layers; ++l) {
        columnX[l] = x;
        double width = 0;
        for (int v : columns[l])
            width = std::max(width, graph.sizes[v].width());
        x += width + spacing.rankGap;
    }

    // Rows: stacked first, then each node pulled towards the centre of its neighbours, sweeping
    // right and left.
    std::vector<double> top(n, 0), wanted(n, 0);
    for (const auto &column : columns) {
        double y = 0;
        for (int v : column) {
            top[v] = y;
            y += graph.sizes[v].height() + spacing.nodeGap;
        }
    }
    auto centre = [&](int v) {
        return top[v] + graph.sizes[v].height() / 2;
    };
    constexpr int kPlacementSweeps = 4;
    for (int sweep = 0; sweep < kPlacementSweeps; ++sweep) {
        const bool right = sweep % 2 == 0;
        for (int step = 0; step < layers; ++step) {
            if (cancelled(cancel))
                return std::nullopt;
            const auto &column = columns[right ? step : layers - 1 - step];
            for (int v : column) {
                double sum = 0;
                int count = 0;
                for (int u : right ? pred[v] : succ[v]) {
                    if (layer[u] != layer[v]) {
                        sum += centre(u);
                        ++count;
                    }
                }
                wanted[v] = count ? sum / count - graph.sizes[v].height() / 2 : top[v];
            }
            packColumn(column, graph.sizes, wanted, spacing.nodeGap, top);
        }
    }

    double minTop = std::numeric_limits<double>::max();
    for (int v = 0; v < n; ++v)
        minTop = std::min(minTop, top[v]);
    for (int v = 0; v < n; ++v)
        positions[v] = QPointF(columnX[layer[v]], top[v] - minTop);
    return positions;
}

std::optional<QList<QPointF>> graphvizLayout(const LayoutGraph &graph, const LayoutSpacing &spacing,
                                             QString *error)
{
    const int n = int(graph.sizes.size());
    if (n == 0)
        return QList<QPointF>();
    QMutexLocker locker(&g_graphvizLock);

    constexpr double kPointsPerInch = 72.0;
    auto inches = [](double units) {
        return QByteArray::number(units / kPointsPerInch, 'f', 4);
    };
    auto set = [](void *object, const char *name, const QByteArray &value) {
        agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
                  const_cast<char *>(""));
    };

    GVC_t *gvc = gvContext();
    char graphName[] = "pipeline";
    Agraph_t *g = agopen(graphName, Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", inches(spacing.nodeGap));
    set(g, "ranksep", inches(spacing.rankGap));
    // Edges are drawn by the editor; dot's spline routing would only cost time.
    set(g, "splines", "false");
    std::vector<Agnode_t *> nodes(n);
    for (int i = 0; i < n; ++i) {
        QByteArray name = "n" + QByteArray::number(i);
        nodes[i] = agnode(g, name.data(), 1);
        set(nodes[i], "shape", "box");
        set(nodes[i], "fixedsize", "true");
        set(nodes[i], "label", "");
        set(nodes[i], "width", inches(graph.sizes[i].width()));
        set(nodes[i], "height", inches(graph.sizes[i].height()));
    }
    for (const auto &[from, to] : graph.edges) {
        if (from >= 0 && to >= 0 && from < n && to < n && from != to)
            agedge(g, nodes[from], nodes[to], nullptr, 1);
    }

    std::optional<QList<QPointF>> result;
    char *data = nullptr;
    unsigned int length = 0;
    if (gvLayout(gvc, g, "dot") == 0) {
        if (gvRenderData(gvc, g, "plain", &data, &length) == 0 && data) {
            // "graph scale width height" then "node name x y width height ..." in inches, y up,
            // x and y the centre.
            QList<QPointF> positions(n);
            double height = 0;
            int found = 0;
            for (const QByteArray &line : QByteArray(data, int(length)).split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() >= 4 && f[0] == "graph") {
                    height = f[3].toDouble();
                } else if (f.size() >= 6 && f[0] == "node" && f[1].startsWith('n')) {
                    const int i = f[1].mid(1).toInt();
                    if (i >= 0 && i < n) {
                        const double cx = f[2].toDouble() * kPointsPerInch;
                        const double cy = (height - f[3].toDouble()) * kPointsPerInch;
                        positions[i] = QPointF(cx - graph.sizes[i].width() / 2,
                                               cy - graph.sizes[i].height() / 2);
                        ++found;
                    }
                }
            }
            if (found == n)
                result = positions;
            else
                *error = QCoreApplication::translate("kfw::views::editor::GraphLayout",
                                                     "Graphviz placed %1 of %2 tasks.")
                             .arg(found)
                             .arg(n);
            gvFreeRenderData(data);
        } else {
            *error = QCoreApplication::translate("kfw::views::editor::GraphLayout",
                                                 "Graphviz could not write the layout.");
        }
        gvFreeLayout(gvc, g);
    } else {
        *error = QCoreApplication::translate(
            "kfw::views::editor::GraphLayout",
            "Graphviz's dot layout is not available; check the graphviz package.");
    }
    agclose(g);
    gvFreeContext(gvc);
    return result;
}

std::optional<LayoutResult> autoLayout(const LayoutGraph &graph, int graphvizLimit,
                                       const std::atomic<bool> *cancel,
                                       std::chrono::milliseconds graphvizBudget)
{
    const LayoutSpacing spacing;
    LayoutResult result;
    if (graph.sizes.size() <= graphvizLimit) {
        // Graphviz cannot be interrupted: it runs on a thread of its own, and when it takes longer
        // than the budget (or the layout is cancelled) its result is dropped and the layered
        // layout is used.
        struct Outcome
        {
            std::mutex lock;
            std::condition_variable done;
            bool finished = false;
            std::optional<QList<QPointF>> positions;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        g_graphvizPool.setMaxThreadCount(1);
        g_graphvizPool.start([outcome, graph, spacing] {
            QString error;
            auto positions = graphvizLayout(graph, spacing, &error);
            const std::lock_guard<std::mutex> guard(outcome->lock);
            outcome->positions = std::move(positions);
            outcome->error = error;
            outcome->finished = true;
            outcome->done.notify_all();
        });
        const auto deadline = std::chrono::steady_clock::now() + graphvizBudget;
        std::unique_lock<std::mutex> guard(outcome->lock);
        while (!outcome->finished && std::chrono::steady_clock::now() < deadline &&
               !cancelled(cancel))
            outcome->done.wait_for(guard, std::chrono::milliseconds(50));
        if (cancelled(cancel))
            return std::nullopt;
        if (outcome->finished && outcome->positions) {
            result.method = LayoutResult::Method::Graphviz;
            result.positions = *outcome->positions;
            return result;
        }
        result.note = outcome->finished
                          ? outcome->error
                          : QCoreApplication::translate(
                                "kfw::views::editor::GraphLayout",
                                "Graphviz took longer than %1 s; laid out in layers instead.")
                                .arg(double(graphvizBudget.count()) / 1000.0);
    } else {
        result.note =
            QCoreApplication::translate("kfw::views::editor::GraphLayout",
                                        "%n tasks: laid out in layers (Graphviz is used up to %1).",
                                        nullptr, int(graph.sizes.size()))
                .arg(graphvizLimit);
    }
    if (cancelled(cancel))
        return std::nullopt;
    auto positions = layeredLayout(graph, spacing, cancel);
    if (!positions)
        return std::nullopt;
    result.method = LayoutResult::Method::Layered;
    result.positions = *positions;
    return result;
}

} // namespace kfw::views::editor
