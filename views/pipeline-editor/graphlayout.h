#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>
#include <utility>

namespace kfw::views::editor {

// A directed graph to lay out left to right: node sizes (in scene units) and edges by index.
struct LayoutGraph
{
    QList<QSizeF> sizes;
    QList<std::pair<int, int>> edges; // from, to
};

// Where each node goes (top-left corner), and how it was computed.
struct LayoutResult
{
    enum class Method
    {
        Graphviz, // Graphviz dot
        Layered,  // the built-in layered layout
    };
    Method method = Method::Layered;
    QList<QPointF> positions;
    QString note; // why the method was chosen, for the status line
};

// Spacing shared by both methods.
struct LayoutSpacing
{
    double rankGap = 80; // between columns
    double nodeGap = 28; // between nodes of one column
};

// A layered (Sugiyama-style) layout: longest-path columns, crossing reduction by barycenter
// sweeps, then rows placed near their neighbours. Linear in the graph's size per sweep, so it
// lays out thousands of nodes in milliseconds. Edges that close a cycle are ignored. Returns
// nullopt when *cancel becomes true.
std::optional<QList<QPointF>> layeredLayout(const LayoutGraph &graph,
                                            const LayoutSpacing &spacing = {},
                                            const std::atomic<bool> *cancel = nullptr);

// Graphviz dot (rankdir LR) on the same graph. Graphviz is not re-entrant, so calls are
// serialized. Returns nullopt and sets *error when Graphviz fails.
std::optional<QList<QPointF>> graphvizLayout(const LayoutGraph &graph, const LayoutSpacing &spacing,
                                             QString *error);

// The layout the editor uses: Graphviz for graphs up to graphvizLimit nodes (its layouts read
// best), the layered layout beyond (dot needs seconds to minutes there), or when Graphviz fails
// or takes longer than its budget. Meant to run off the GUI thread; returns nullopt when
// cancelled.
std::optional<LayoutResult>
autoLayout(const LayoutGraph &graph, int graphvizLimit = 300,
           const std::atomic<bool> *cancel = nullptr,
           std::chrono::milliseconds graphvizBudget = std::chrono::seconds(3));

} // namespace kfw::views::editor
