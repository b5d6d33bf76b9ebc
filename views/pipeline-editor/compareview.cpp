#include "views/pipeline-editor/compareview.h"

#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/pipelinecanvas.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kfw::views::editor {

using pipelinespec::SpecChange;

namespace {

const QString kAdded = QStringLiteral("added");
const QString kRemoved = QStringLiteral("removed");
const QString kChanged = QStringLiteral("changed");
constexpr int kPathRole = Qt::UserRole;

QColor markColor(const QString &mark)
{
    if (mark == kAdded)
        return QColor(0x2e, 0x7d, 0x32);
    if (mark == kRemoved)
        return QColor(0xc6, 0x28, 0x28);
    if (mark == kChanged)
        return QColor(0xef, 0x6c, 0x00);
    return {};
}

// Tasks of a pipeline that run a component or an executor: "dag/tasks/name" for each.
QStringList tasksUsing(const pipelinespec::YamlValue &spec, const QString &component,
                       const QString &executor)
{
    QStringList paths;
    const auto *components = spec.find(QStringLiteral("components"));
    auto scan = [&](const QString &dag, const pipelinespec::YamlValue *tasks) {
        if (!tasks || !tasks->isMapping())
            return;
        for (const auto &t : tasks->entries()) {
            const QString ref = t.value.at({"componentRef", "name"})
                                    ? t.value.at({"componentRef", "name"})->text()
                                    : QString();
            const auto *c = components ? components->find(ref) : nullptr;
            const QString label = c ? c->value(QStringLiteral("executorLabel")).text() : QString();
            if ((!component.isEmpty() && ref == component) ||
                (!executor.isEmpty() && label == executor))
                paths << dag + QStringLiteral("/tasks/") + t.key.scalarText();
        }
    };
    scan(QStringLiteral("root"), spec.at({"root", "dag", "tasks"}));
    if (components) {
        for (const auto &c : components->entries())
            scan(c.key.scalarText(), c.value.at({"dag", "tasks"}));
    }
    return paths;
}

} // namespace

CompareView::CompareView(const pipelinespec::PipelineDocument &before,
                         const Positions &beforePositions, const QString &beforeTitle,
                         const pipelinespec::PipelineDocument &after,
                         const Positions &afterPositions, const QString &afterTitle,
                         QList<pipelinespec::SpecChange> changes, QWidget *parent)
    : QWidget(parent)
    , m_changes(std::move(changes))
{
    setObjectName(QStringLiteral("editor.compare"));
    auto *beforeDocument = new EditorDocument(before, {}, beforePositions, this);
    auto *afterDocument = new EditorDocument(after, {}, afterPositions, this);
    m_before = new PipelineCanvas(beforeDocument);
    m_after = new PipelineCanvas(afterDocument);
    for (PipelineCanvas *canvas : {m_before, m_after}) {
        canvas->setReadOnly(true);
    }

    // Marks: tasks added, removed or changed; a changed component or executor marks the tasks
    // that run it. Each change also knows the tasks it concerns, for the list below.
    QList<QStringList> concerns;
    for (const SpecChange &c : std::as_const(m_changes)) {
        QStringList paths;
        if (c.category == QLatin1String("task")) {
            paths << c.path;
        } else if (c.category == QLatin1String("edge")) {
            // "dag: from -> to"
            const QString dag = c.path.section(QStringLiteral(": "), 0, 0);
            for (const QString &task :
                 c.path.section(QStringLiteral(": "), 1).split(QStringLiteral(" -> ")))
                paths << dag + QStringLiteral("/tasks/") + task.trimmed();
        } else if (c.category == QLatin1String("component") ||
                   c.category == QLatin1String("executor")) {
            const bool component = c.category == QLatin1String("component");
            for (const auto *spec : {&before.spec(), &after.spec()}) {
                for (const QString &p : tasksUsing(*spec, component ? c.path : QString(),
                                                   component ? QString() : c.path)) {
                    if (!paths.contains(p))
                        paths << p;
                }
            }
        }
        concerns.append(paths);
        if (c.category == QLatin1String("task")) {
            if (c.kind == SpecChange::Kind::Added)
                m_afterMarks.insert(c.path, kAdded);
            else if (c.kind == SpecChange::Kind::Removed)
                m_beforeMarks.insert(c.path, kRemoved);
            else {
                m_beforeMarks.insert(c.path, kChanged);
                m_afterMarks.insert(c.path, kChanged);
            }
        } else if (c.kind == SpecChange::Kind::Changed &&
                   (c.category == QLatin1String("component") ||
                    c.category == QLatin1String("executor"))) {
            const bool component = c.category == QLatin1String("component");
            for (const QString &p : tasksUsing(before.spec(), component ? c.path : QString(),
                                               component ? QString() : c.path))
                m_beforeMarks.insert(p, m_beforeMarks.value(p, kChanged));
            for (const QString &p : tasksUsing(after.spec(), component ? c.path : QString(),
                                               component ? QString() : c.path))
                m_afterMarks.insert(p, m_afterMarks.value(p, kChanged));
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *sides = new QSplitter(Qt::Horizontal, vertical);
    for (auto [canvas, title] :
         {std::pair{m_before, beforeTitle}, std::pair{m_after, afterTitle}}) {
        auto *box = new QWidget(sides);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(title, box);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        v->addWidget(label);
        v->addWidget(canvas, 1);
        canvas->setParent(box);
        sides->addWidget(box);
    }
    vertical->addWidget(sides);
    m_list = new QTreeWidget(vertical);
    m_list->setObjectName(QStringLiteral("editor.compareChanges"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Change"), tr("What"), tr("Details")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const SpecChange &c = m_changes[i];
        const QString kind = c.kind == SpecChange::Kind::Added     ? tr("added")
                             : c.kind == SpecChange::Kind::Removed ? tr("removed")
                                                                   : tr("changed");
        auto *item =
            new QTreeWidgetItem(m_list, {kind, QStringLiteral("%1 %2").arg(c.category, c.path),
                                         c.details.join(QStringLiteral("; "))});
        item->setForeground(0, markColor(c.kind == SpecChange::Kind::Added     ? kAdded
                                         : c.kind == SpecChange::Kind::Removed ? kRemoved
                                                                               : kChanged));
        item->setData(0, kPathRole, concerns[i]);
    }
    if (m_changes.isEmpty())
        new QTreeWidgetItem(m_list, {tr("none"), tr("The two pipelines have the same structure.")});
    vertical->addWidget(m_list);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical);

    connect(m_before, &PipelineCanvas::levelShown, this, [this] { applyMarks(m_before, false); });
    connect(m_after, &PipelineCanvas::levelShown, this, [this] { applyMarks(m_after, true); });
    connect(m_before, &PipelineCanvas::groupOpened, this, &CompareView::showDag);
    connect(m_after, &PipelineCanvas::groupOpened, this, &CompareView::showDag);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // The tasks the change concerns, on the level of the first of them.
        const QStringList paths = item->data(0, kPathRole).toStringList();
        if (paths.isEmpty())
            return;
        const QString dag = paths.first().section(QStringLiteral("/tasks/"), 0, 0);
        QStringList tasks;
        for (const QString &p : paths) {
            if (p.section(QStringLiteral("/tasks/"), 0, 0) == dag)
                tasks << p.section(QStringLiteral("/tasks/"), 1);
        }
        if (m_before->dag() != dag) {
            for (PipelineCanvas *canvas : {m_before, m_after}) {
                auto *once = new QObject(canvas);
                connect(canvas, &PipelineCanvas::levelShown, once, [canvas, once, tasks] {
                    once->deleteLater();
                    canvas->selectTasks(tasks);
                });
            }
            showDag(dag);
        } else {
            m_before->selectTasks(tasks);
            m_after->selectTasks(tasks);
        }
    });
    showDag(QStringLiteral("root"));
}

QString CompareView::markOf(bool afterSide, const QString &dag, const QString &task) const
{
    return (afterSide ? m_afterMarks : m_beforeMarks).value(dag + QStringLiteral("/tasks/") + task);
}

void CompareView::showDag(const QString &dag)
{
    for (PipelineCanvas *canvas : {m_before, m_after}) {
        if (canvas->dag() != dag || canvas->level().nodes.isEmpty())
            canvas->showDag(dag);
    }
}

void CompareView::applyMarks(PipelineCanvas *canvas, bool afterSide)
{
    for (const NodeInfo &n : canvas->level().nodes) {
        if (NodeItem *item = canvas->node(n.name))
            item->setMark(markColor(markOf(afterSide, canvas->dag(), n.name)));
    }
}

} // namespace kfw::views::editor
