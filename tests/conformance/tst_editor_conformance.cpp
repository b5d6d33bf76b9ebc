// Every compiled pipeline of the KFP conformance set opens in the editor: each DAG level shows
// one node per task (root_dag_tasks of the manifest at the top), an edge for every value passed
// between tasks of the level, and lays out with Graphviz and with the layered layout without
// overlapping nodes and with every edge pointing right.

#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/graphlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QRectF>
#include <QTest>

using namespace kfw::views::editor;
using kfw::pipelinespec::YamlValue;

namespace {

QString conformanceDir()
{
    return qEnvironmentVariable("KFW_CONFORMANCE_DIR");
}

// file -> root_dag_tasks, from the manifest.
QList<std::pair<QString, int>> manifest()
{
    QList<std::pair<QString, int>> rows;
    QFile f(conformanceDir() + QStringLiteral("/kfp/pipelines-manifest.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cols = QString::fromUtf8(lines.at(i)).trimmed().split(QLatin1Char(','));
        if (cols.size() >= 4)
            rows.append({cols[0], cols[3].toInt()});
    }
    return rows;
}

// Every DAG of the pipeline with its task names, read straight from the tree.
QHash<QString, QStringList> dagsOf(const YamlValue &spec)
{
    QHash<QString, QStringList> dags;
    auto tasksOf = [](const YamlValue *dag) {
        QStringList names;
        if (dag && dag->isMapping()) {
            for (const auto &e : dag->entries())
                names << e.key.scalarText();
        }
        return names;
    };
    dags.insert(QStringLiteral("root"), tasksOf(spec.at({"root", "dag", "tasks"})));
    if (const YamlValue *components = spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries()) {
            if (c.value.contains(QStringLiteral("dag")))
                dags.insert(c.key.scalarText(), tasksOf(c.value.at({"dag", "tasks"})));
        }
    }
    return dags;
}

// Inputs of tasks in the DAG that read an output of another task of the same DAG, and the
// producer/consumer pairs of dependentTasks.
int dataBindings(const YamlValue &spec, const QString &dag, const QStringList &tasks)
{
    const YamlValue *dagTasks =
        dag == QLatin1String("root")
            ? spec.at({"root", "dag", "tasks"})
            : spec.find(QStringLiteral("components"))->find(dag)->at({"dag", "tasks"});
    int count = 0;
    for (const auto &t : dagTasks->entries()) {
        for (const char *kind : {"parameters", "artifacts"}) {
            const YamlValue *inputs = t.value.at({"inputs", kind});
            if (!inputs)
                continue;
            for (const auto &in : inputs->entries()) {
                for (const char *source :
                     {"taskOutputParameter", "taskOutputArtifact", "taskFinalStatus"}) {
                    if (const YamlValue *s = in.value.find(QString::fromLatin1(source));
                        s && tasks.contains(s->value(QStringLiteral("producerTask")).text()))
                        ++count;
                }
            }
        }
    }
    return count;
}

void checkLayout(const DagLevel &level, const QList<QPointF> &positions, const char *method)
{
    QCOMPARE(positions.size(), level.nodes.size());
    QList<QRectF> rects;
    for (int i = 0; i < level.nodes.size(); ++i)
        rects.append(QRectF(positions[i], NodeGeometry::size(level.nodes[i])));
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]),
                     qPrintable(QStringLiteral("%1: %2 overlaps %3 in %4")
                                    .arg(QLatin1String(method), level.nodes[i].name,
                                         level.nodes[j].name, level.dag)));
    }
    for (const EdgeInfo &e : level.edges)
        QVERIFY2(rects[e.to].left() > rects[e.from].right(),
                 qPrintable(QStringLiteral("%1: edge %2 -> %3 in %4 does not point right")
                                .arg(QLatin1String(method), level.nodes[e.from].name,
                                     level.nodes[e.to].name, level.dag)));
}

} // namespace

class TestEditorConformance : public QObject
{
    Q_OBJECT

    int m_levels = 0;

private slots:
    void initTestCase()
    {
        if (manifest().isEmpty())
            QSKIP(qPrintable(
                QStringLiteral(
                    "Kubeflow conformance files not found in '%1'; set KFW_CONFORMANCE_DIR "
                    "(CMake: -DKFW_CONFORMANCE_DIR=...) to run this suite.")
                    .arg(conformanceDir())));
    }

    void everyPipelineOpens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rootTasks");
        for (const auto &[file, rootTasks] : manifest())
            QTest::addRow("%s", qPrintable(file)) << file << rootTasks;
    }

    void everyPipelineOpens()
    {
        QFETCH(QString, file);
        QFETCH(int, rootTasks);
        const LoadedPipeline loaded =
            EditorDocument::read(conformanceDir() + QStringLiteral("/kfp/pipelines/") + file);
        QVERIFY2(loaded.document, qPrintable(loaded.error));
        QVERIFY(loaded.layoutError.isEmpty());
        const YamlValue &spec = loaded.document->spec();
        const auto dags = dagsOf(spec);
        QCOMPARE(DagLevel::read(*loaded.document, QStringLiteral("root")).nodes.size(), rootTasks);
        for (auto it = dags.begin(); it != dags.end(); ++it) {
            const DagLevel level = DagLevel::read(*loaded.document, it.key());
            QStringList names;
            for (const NodeInfo &n : level.nodes)
                names << n.name;
            QCOMPARE(names, it.value());
            int dataEdges = 0;
            for (const EdgeInfo &e : level.edges) {
                QVERIFY(e.from >= 0 && e.from < level.nodes.size() && e.to >= 0 &&
                        e.to < level.nodes.size());
                dataEdges += e.kind == EdgeInfo::Kind::After ? 0 : 1;
            }
            QCOMPARE(dataEdges, dataBindings(spec, it.key(), it.value()));
            // Group nodes open the DAG their component holds, and the DAG leads back to them.
            for (const NodeInfo &n : level.nodes) {
                if (n.group == GroupKind::None)
                    continue;
                QCOMPARE(childDag(*loaded.document, it.key(), n.name), n.component);
                QCOMPARE(n.childCount, dags.value(n.component).size());
                QCOMPARE(parentOf(*loaded.document, n.component).first, it.key());
            }

            const LayoutGraph graph = layoutGraphOf(level);
            QString error;
            const auto dot = graphvizLayout(graph, {}, &error);
            QVERIFY2(dot, qPrintable(error));
            checkLayout(level, *dot, "graphviz");
            const auto layered = layeredLayout(graph);
            QVERIFY(layered);
            checkLayout(level, *layered, "layered");
            ++m_levels;
        }
    }

    void cleanupTestCase() { qInfo("%d DAG levels opened and laid out", m_levels); }
};

QTEST_GUILESS_MAIN(TestEditorConformance)
#include "tst_editor_conformance.moc"
