// The run graph's node states from a run's task list, and the editor's automatic layout: the
// layered layout on a large DAG (no overlaps, every edge pointing right, cycles tolerated,
// cancellable) and the choice between Graphviz and it (by size, and by Graphviz's time budget).

#include "views/pipeline-editor/graphlayout.h"
#include "views/pipeline-editor/rungraph.h"

#include <QRectF>
#include <QTest>

using namespace kfw::views::editor;

namespace {

// A DAG shaped like a compiled pipeline: each node reads one of the five before it, every
// seventh also one further back; sizes vary like task nodes with different numbers of ports.
LayoutGraph pipelineShaped(int n)
{
    LayoutGraph graph;
    for (int i = 0; i < n; ++i) {
        graph.sizes.append(QSizeF(232, 66 + (i % 4) * 18));
        if (i > 0)
            graph.edges.append({i - 1 - (i * 7919) % std::min(i, 5), i});
        if (i > 6 && i % 7 == 0)
            graph.edges.append({i - 6 - (i * 31) % std::min(i - 6, 10), i});
    }
    return graph;
}

void checkPlacement(const LayoutGraph &graph, const QList<QPointF> &positions)
{
    QCOMPARE(positions.size(), graph.sizes.size());
    QList<QRectF> rects;
    for (int i = 0; i < graph.sizes.size(); ++i)
        rects.append(QRectF(positions[i], graph.sizes[i]));
    // Overlaps can only happen within a column: compare nodes that share an x.
    QHash<qint64, QList<int>> columns;
    for (int i = 0; i < rects.size(); ++i)
        columns[qRound64(rects[i].x())].append(i);
    for (const QList<int> &column : std::as_const(columns)) {
        for (int a = 0; a < column.size(); ++a) {
            for (int b = a + 1; b < column.size(); ++b)
                QVERIFY2(
                    !rects[column[a]].intersects(rects[column[b]]),
                    qPrintable(QStringLiteral("%1 overlaps %2").arg(column[a]).arg(column[b])));
        }
    }
    for (const auto &[from, to] : graph.edges)
        QVERIFY(rects[to].left() > rects[from].right());
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void layeredPlacesALargeDag()
    {
        const LayoutGraph graph = pipelineShaped(3000);
        const auto positions = layeredLayout(graph);
        QVERIFY(positions);
        checkPlacement(graph, *positions);
    }

    void cyclesDoNotStopTheLayout()
    {
        LayoutGraph graph;
        for (int i = 0; i < 4; ++i)
            graph.sizes.append(QSizeF(100, 50));
        graph.edges = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 3}};
        const auto positions = layeredLayout(graph);
        QVERIFY(positions);
        QCOMPARE(positions->size(), 4);
        for (int a = 0; a < 4; ++a) {
            for (int b = a + 1; b < 4; ++b)
                QVERIFY(!QRectF((*positions)[a], graph.sizes[a])
                             .intersects(QRectF((*positions)[b], graph.sizes[b])));
        }
    }

    void cancelledLayoutReturnsNothing()
    {
        const std::atomic<bool> cancel(true);
        QVERIFY(!layeredLayout(pipelineShaped(500), {}, &cancel));
        QVERIFY(!autoLayout(pipelineShaped(500), 300, &cancel));
    }

    void graphvizForSmallGraphsLayeredBeyond()
    {
        const auto small = autoLayout(pipelineShaped(40), 300);
        QVERIFY(small);
        QCOMPARE(small->method, LayoutResult::Method::Graphviz);
        checkPlacement(pipelineShaped(40), small->positions);
        const auto large = autoLayout(pipelineShaped(400), 300);
        QVERIFY(large);
        QCOMPARE(large->method, LayoutResult::Method::Layered);
        QVERIFY(large->note.contains(QStringLiteral("400")));
        checkPlacement(pipelineShaped(400), large->positions);
    }

    void graphvizOverItsBudgetFallsBackToLayers()
    {
        const auto result =
            autoLayout(pipelineShaped(200), 300, nullptr, std::chrono::milliseconds(0));
        QVERIFY(result);
        QCOMPARE(result->method, LayoutResult::Method::Layered);
        QVERIFY2(result->note.contains(QStringLiteral("longer than")), qPrintable(result->note));
        checkPlacement(pipelineShaped(200), result->positions);
    }
    void runStatesSummariseGroupsAndLoops()
    {
        namespace st = kfw::backend::state;
        auto task = [](const char *path, const QString &state) {
            kfw::backend::TaskInfo t;
            t.path = QString::fromLatin1(path);
            t.state = state;
            return t;
        };
        QList<kfw::backend::TaskInfo> tasks{
            task("for-loop-1", st::Running), task("for-loop-1[0]/square", st::Succeeded),
            task("for-loop-1[1]/square", st::Failed), task("make", st::Succeeded)};
        tasks[3].started = QDateTime::currentDateTimeUtc().addSecs(-75);
        tasks[3].finished = tasks[3].started.addSecs(75);
        const auto top = nodeStatuses(
            tasks, {},
            {QStringLiteral("make"), QStringLiteral("for-loop-1"), QStringLiteral("total")});
        QCOMPARE(top[QStringLiteral("make")].state, st::Succeeded);
        QCOMPARE(top[QStringLiteral("make")].text, QStringLiteral("succeeded · 1 min 15 s"));
        // A failure below a group shows on the group, with counts of what is below it.
        QCOMPARE(top[QStringLiteral("for-loop-1")].state, st::Failed);
        QCOMPARE(top[QStringLiteral("for-loop-1")].text, QStringLiteral("1/2 succeeded, 1 failed"));
        QCOMPARE(top[QStringLiteral("for-loop-1")].paths.size(), 3);
        QCOMPARE(top[QStringLiteral("total")].state, st::Pending);
        // Inside the loop: the task that ran once per item.
        const auto inside =
            nodeStatuses(tasks, QStringLiteral("for-loop-1/"), {QStringLiteral("square")});
        QCOMPARE(inside[QStringLiteral("square")].state, st::Failed);
        QCOMPARE(inside[QStringLiteral("square")].paths,
                 (QStringList{QStringLiteral("for-loop-1[0]/square"),
                              QStringLiteral("for-loop-1[1]/square")}));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
