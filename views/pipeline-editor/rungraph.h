#pragma once

#include "cluster/backend/services.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

namespace kfw::views::editor {

class EditorDocument;
class PipelineCanvas;

// The state of one node of a run's graph: the task's own, or for a group or a task that ran
// once per loop item, the summary of all its runs ("3/4 succeeded").
struct NodeStatus
{
    QString state;     // backend::state
    QString text;      // shown on the node: state, duration or counts
    QStringList paths; // the run's task paths it stands for
};

// The statuses of the nodes of one level of a run: tasks match by their path with loop indexes
// removed ("for-loop-2[1]/train" is "for-loop-2/train"), below the chain of groups that leads to
// the level (prefix, e.g. "for-loop-2/").
QHash<QString, NodeStatus> nodeStatuses(const QList<backend::TaskInfo> &tasks,
                                        const QString &prefix, const QStringList &nodes);

// A run shown live on the editor's canvas, read-only: every task with its state and duration,
// groups and loops with counts; double-click opens a group, Up leaves it; a click on a task picks
// it (its log and outputs are shown beside).
class RunGraph : public QWidget
{
    Q_OBJECT
public:
    explicit RunGraph(QWidget *parent = nullptr);

    // The run's facts, as they change. A new pipeline (another run) is read off the GUI thread.
    // A detail without a run id shows its pipeline alone (a stored version), without states.
    void show(const backend::RunDetail &detail);
    void clear();
    // What the graph says while it shows nothing ("Select a run to see its graph.").
    void setPlaceholder(const QString &text);
    PipelineCanvas *canvas() const { return m_canvas; }
    // Status of a node of the level shown.
    NodeStatus status(const QString &task) const { return m_statuses.value(task); }
    // Shows the tasks of every group in place (a toggle above the graph).
    QToolButton *openGroupsButton() const { return m_openGroups; }

signals:
    // A task of the run was clicked: its path (the first, for a node that stands for several).
    void taskPicked(const QString &path);
    // The graph shows the run's latest facts.
    void updated();

private:
    void applyStatuses();
    QString prefix() const;

    EditorDocument *m_document = nullptr;
    PipelineCanvas *m_canvas = nullptr;
    QLabel *m_where;
    QToolButton *m_up;
    QToolButton *m_openGroups;
    QByteArray m_spec;
    QList<backend::TaskInfo> m_tasks;
    bool m_isRun = false;
    QString m_placeholder;
    QHash<QString, NodeStatus> m_statuses;
    quint64 m_generation = 0;
};

} // namespace kfw::views::editor
