#pragma once

#include "cluster/pipelinespec/specdiff.h"
#include "views/pipeline-editor/editordocument.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kfw::views::editor {

class PipelineCanvas;

// Two pipelines (or two versions of one) side by side, read-only, on the same level: tasks
// removed are marked on the left, tasks added on the right, changed ones on both; the list of
// structural differences below selects the task in both. Opening a group opens it on both sides.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    // changes: SpecDiff::compare(before, after), computed off the GUI thread.
    CompareView(const pipelinespec::PipelineDocument &before, const Positions &beforePositions,
                const QString &beforeTitle, const pipelinespec::PipelineDocument &after,
                const Positions &afterPositions, const QString &afterTitle,
                QList<pipelinespec::SpecChange> changes, QWidget *parent = nullptr);

    PipelineCanvas *before() const { return m_before; }
    PipelineCanvas *after() const { return m_after; }
    QTreeWidget *changes() const { return m_list; }
    const QList<pipelinespec::SpecChange> &differences() const { return m_changes; }
    // How a task is marked on one side ("added", "removed", "changed" or empty).
    QString markOf(bool afterSide, const QString &dag, const QString &task) const;

private:
    void applyMarks(PipelineCanvas *canvas, bool afterSide);
    void showDag(const QString &dag);

    QList<pipelinespec::SpecChange> m_changes;
    PipelineCanvas *m_before;
    PipelineCanvas *m_after;
    QTreeWidget *m_list;
    // "dag/tasks/name" -> mark, per side.
    QHash<QString, QString> m_beforeMarks;
    QHash<QString, QString> m_afterMarks;
};

} // namespace kfw::views::editor
