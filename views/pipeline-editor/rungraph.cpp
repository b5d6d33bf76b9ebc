#include "views/pipeline-editor/rungraph.h"

#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/editordocument.h"
#include "views/pipeline-editor/pipelinecanvas.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views::editor {

namespace st = backend::state;

namespace {

QString withoutLoopIndexes(QString path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    return path.remove(index);
}

QString stateWord(const QString &state)
{
    if (state == st::Succeeded)
        return RunGraph::tr("succeeded");
    if (state == st::Failed)
        return RunGraph::tr("failed");
    if (state == st::Running)
        return RunGraph::tr("running");
    if (state == st::Skipped)
        return RunGraph::tr("skipped");
    if (state == st::Canceled || state == st::Canceling)
        return RunGraph::tr("stopped");
    if (state == st::Interrupted)
        return RunGraph::tr("interrupted");
    return RunGraph::tr("pending");
}

} // namespace

QHash<QString, NodeStatus> nodeStatuses(const QList<backend::TaskInfo> &tasks,
                                        const QString &prefix, const QStringList &nodes)
{
    QHash<QString, NodeStatus> statuses;
    for (const QString &node : nodes) {
        const QString key = prefix + node;
        QList<const backend::TaskInfo *> matching;
        for (const backend::TaskInfo &t : tasks) {
            const QString path = withoutLoopIndexes(t.path);
            if (path == key || path.startsWith(key + QLatin1Char('/')))
                matching.append(&t);
        }
        NodeStatus status;
        if (matching.isEmpty()) {
            status.state = st::Pending;
            status.text = stateWord(st::Pending);
            statuses.insert(node, status);
            continue;
        }
        // A group's counts are of the tasks below it, not of the group itself.
        QList<const backend::TaskInfo *> counted;
        for (const backend::TaskInfo *t : matching) {
            if (withoutLoopIndexes(t->path) != key)
                counted.append(t);
        }
        if (counted.isEmpty())
            counted = matching;
        for (const backend::TaskInfo *t : matching)
            status.paths << t->path;
        int succeeded = 0, failed = 0, running = 0, stopped = 0;
        for (const backend::TaskInfo *t : counted) {
            succeeded += t->state == st::Succeeded || t->state == st::Skipped ? 1 : 0;
            failed += t->state == st::Failed ? 1 : 0;
            running += t->state == st::Running ? 1 : 0;
            stopped +=
                t->state == st::Canceled || t->state == st::Canceling || t->state == st::Interrupted
                    ? 1
                    : 0;
        }
        // The worst news first: a failure anywhere below, then work going on, then done.
        status.state = failed                        ? st::Failed
                       : running                     ? st::Running
                       : stopped                     ? st::Canceled
                       : succeeded == counted.size() ? st::Succeeded
                                                     : st::Pending;
        if (matching.size() == 1 && withoutLoopIndexes(matching.first()->path) == key) {
            const backend::TaskInfo &t = *matching.first();
            status.state = t.state;
            status.text = t.cached ? RunGraph::tr("cached") : stateWord(t.state);
            if (t.started.isValid() && !t.cached) {
                const qint64 seconds = std::max<qint64>(
                    0, t.started.secsTo(t.finished.isValid() ? t.finished
                                                             : QDateTime::currentDateTimeUtc()));
                status.text +=
                    QStringLiteral(" · ") +
                    (seconds < 60
                         ? RunGraph::tr("%1 s").arg(seconds)
                         : RunGraph::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
            }
        } else {
            status.text = RunGraph::tr("%1/%2 succeeded").arg(succeeded).arg(counted.size());
            if (failed)
                status.text += RunGraph::tr(", %1 failed").arg(failed);
        }
        statuses.insert(node, status);
    }
    return statuses;
}

RunGraph::RunGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runs.graph"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_up = new QToolButton(this);
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Leave this group for the level that holds it"));
    m_up->setEnabled(false);
    m_placeholder = tr("Select a run to see its graph.");
    m_where = new QLabel(m_placeholder, this);
    m_openGroups = new QToolButton(this);
    m_openGroups->setObjectName(QStringLiteral("rungraph.openGroups"));
    m_openGroups->setText(tr("Show Group Contents"));
    m_openGroups->setToolTip(tr("Show the tasks of every group and loop in place, with their "
                                "states, or only the groups' counts"));
    m_openGroups->setCheckable(true);
    bar->addWidget(m_up);
    bar->addWidget(m_where, 1);
    bar->addWidget(m_openGroups);
    connect(m_openGroups, &QToolButton::toggled, this, [this](bool open) {
        if (m_canvas)
            m_canvas->setAllGroupsOpen(open);
    });
    layout->addLayout(bar);
    connect(m_up, &QToolButton::clicked, this, [this] {
        if (m_canvas && m_document)
            m_canvas->showDag(parentOf(m_document->document(), m_canvas->dag()).first);
    });
}

void RunGraph::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    if (!m_canvas)
        m_where->setText(text);
}

void RunGraph::clear()
{
    ++m_generation;
    m_spec.clear();
    m_tasks.clear();
    delete m_canvas;
    delete m_document;
    m_canvas = nullptr;
    m_document = nullptr;
    m_up->setEnabled(false);
    m_where->setText(m_placeholder);
}

void RunGraph::show(const backend::RunDetail &detail)
{
    m_tasks = detail.tasks;
    m_isRun = !detail.run.id.isEmpty();
    if (detail.pipelineSpec == m_spec && m_canvas) {
        applyStatuses();
        return;
    }
    m_spec = detail.pipelineSpec;
    const quint64 generation = ++m_generation;
    auto job = QtConcurrent::run([spec = m_spec] {
        pipelinespec::ReadError error;
        return std::make_pair(
            pipelinespec::PipelineDocument::fromBytes(spec, QStringLiteral("run"), &error),
            error.toString());
    });
    backend::whenFinished(job, this, [this, generation](const auto &read) {
        if (generation != m_generation)
            return;
        delete m_canvas;
        delete m_document;
        m_canvas = nullptr;
        m_document = nullptr;
        if (!read.first) {
            m_where->setText(tr("The run's pipeline could not be read: %1").arg(read.second));
            return;
        }
        m_document = new EditorDocument(*read.first, {}, {}, this);
        m_canvas = new PipelineCanvas(m_document, this);
        m_canvas->setReadOnly(true);
        layout()->addWidget(m_canvas);
        connect(m_canvas, &PipelineCanvas::levelShown, this, [this] {
            m_up->setEnabled(m_canvas->dag() != QLatin1String("root"));
            if (m_openGroups->isChecked())
                m_canvas->setAllGroupsOpen(true); // a level entered shows its groups open too
            applyStatuses();
        });
        connect(m_canvas, &PipelineCanvas::selectionChanged, this, [this] {
            const QStringList selected = m_canvas->selectedTasks();
            if (selected.size() == 1 && !m_statuses.value(selected.first()).paths.isEmpty())
                emit taskPicked(m_statuses.value(selected.first()).paths.first());
        });
        m_canvas->showDag(QStringLiteral("root"));
    });
}

QString RunGraph::prefix() const
{
    // The group tasks from the top down to the level shown: "for-loop-2/condition-3/".
    QStringList chain;
    QString dag = m_canvas->dag();
    while (dag != QLatin1String("root") && chain.size() < 64) {
        const auto [parent, task] = parentOf(m_document->document(), dag);
        if (parent.isEmpty())
            break;
        chain.prepend(task);
        dag = parent;
    }
    return chain.isEmpty() ? QString() : chain.join(QLatin1Char('/')) + QLatin1Char('/');
}

void RunGraph::applyStatuses()
{
    if (!m_canvas || m_canvas->isBusy())
        return;
    QStringList names;
    for (const NodeInfo &n : m_canvas->level().nodes)
        names << n.name;
    // A pipeline shown without a run (a stored version) has no states.
    m_statuses = m_isRun ? nodeStatuses(m_tasks, prefix(), names) : QHash<QString, NodeStatus>();
    for (const QString &name : names) {
        if (NodeItem *item = m_canvas->node(name))
            item->setStatus(m_statuses.value(name).state, m_statuses.value(name).text);
        // The tasks shown inside an open group.
        const QStringList inner = m_canvas->innerTasks(name);
        if (inner.isEmpty())
            continue;
        const QHash<QString, NodeStatus> statuses =
            m_isRun ? nodeStatuses(m_tasks, prefix() + name + QLatin1Char('/'), inner)
                    : QHash<QString, NodeStatus>();
        for (const QString &task : inner)
            m_canvas->innerNode(name, task)
                ->setStatus(statuses.value(task).state, statuses.value(task).text);
    }
    const QString level = m_canvas->dag() == QLatin1String("root")
                              ? m_document->document().name()
                              : parentOf(m_document->document(), m_canvas->dag()).second;
    m_where->setText(tr("%1 — double-click a group to open it").arg(level));
    emit updated();
}

} // namespace kfw::views::editor
