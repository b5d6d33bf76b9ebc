#pragma once

#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/graphlayout.h"
#include "views/pipeline-editor/palette.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>

class QGraphicsPathItem;
class QLabel;

namespace kfw::views::editor {

class EditorDocument;
class CommentItem;
class NodeItem;

// The canvas of one document: the tasks of one DAG level as nodes with typed ports, and the
// parameter, artifact and "after" edges between them. It mirrors the document (rebuilt when the
// structure changes, nodes moved when tasks move) and turns drags into undoable moves.
// Reading a level and laying it out run on a worker thread; the canvas shows "Laying out…"
// meanwhile and drops results that an edit or a newer request made stale.
class PipelineCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PipelineCanvas(EditorDocument *document, QWidget *parent = nullptr);
    ~PipelineCanvas() override;

    EditorDocument *document() const { return m_document; }
    QString dag() const { return m_dag; }
    const DagLevel &level() const { return m_level; }
    // True while a level is being read or laid out.
    bool isBusy() const { return m_busy; }
    // Read-only (a run, a comparison): tasks can be selected and groups opened, nothing moves,
    // connects or is dropped.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // Laying out: Graphviz up to this many tasks, the layered layout beyond.
    void setGraphvizLimit(int tasks) { m_graphvizLimit = tasks; }

    // Shows a DAG ("root" or a group's component).
    void showDag(const QString &dag);
    NodeItem *node(const QString &task) const { return m_nodes.value(task); }
    // Groups opened in place: the group's node becomes a frame showing the tasks of its DAG (read
    // only; double-click one to edit it inside the group). A view setting of this canvas, kept
    // per level; the tasks around an open group make room for it without moving in the file.
    void setGroupOpen(const QString &group, bool open);
    bool isGroupOpen(const QString &group) const { return m_open.value(m_dag).contains(group); }
    // Opens or closes every group of the level shown.
    void setAllGroupsOpen(bool open);
    // A task shown inside an open group.
    NodeItem *innerNode(const QString &group, const QString &task) const
    {
        return m_inner.value(group).value(task);
    }
    QStringList innerTasks(const QString &group) const { return m_inner.value(group).keys(); }
    QStringList selectedTasks() const;
    void selectTasks(const QStringList &tasks);
    // Comments: a new one at a scene position, edited at once; the selected ones.
    void addComment(QPointF at);
    QStringList selectedComments() const;
    CommentItem *comment(const QString &id) const;
    // Lays the level out afresh, as one undo step.
    void autoLayout();
    void zoomToFit();
    void zoomReset();
    void zoomBy(double factor);
    double zoom() const;
    // Lines up the selected tasks, or spaces them evenly (three or more), as one undo step.
    enum class Arrange
    {
        AlignLeft,
        AlignTop,
        DistributeHorizontally,
        DistributeVertically,
    };
    void arrange(Arrange how);
    // The overview in the corner: the whole level, and the part the view shows.
    QGraphicsView *minimap() const { return m_minimap; }
    // Moves the selection by a grid step (arrow keys); a run of nudges of one selection is one undo
    // step.
    void nudge(QPointF delta);

    // The scene point at the middle of the view (where keyboard-added tasks go).
    QPointF viewCentre() const;

signals:
    // A palette entry was dropped at a scene position.
    void paletteDropped(const kfw::views::editor::PaletteItem &item, QPointF scenePos);
    // A level was read, laid out and drawn.
    void levelShown(const QString &dag);
    // The user opened a group (double-click).
    void groupOpened(const QString &dag);
    void selectionChanged();
    // How the level was laid out, or why a layout failed; for the status line.
    void message(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Prepared;
    // Reads the shown DAG and lays out the tasks that have no position yet, on a worker thread.
    void requestLevel();
    void build(const Prepared &prepared);
    void onTasksMoved(const QString &dag, const QStringList &tasks);
    QHash<QString, QPointF> selectedPositions() const;
    // Where a task is in the file: its item's position less the room made for open groups.
    QPointF storedPos(const NodeItem *item) const;
    // The room made for open groups: how far each task is shifted from its stored position.
    QHash<QString, QPointF> roomForOpenGroups(const QHash<QString, QPointF> &stored) const;
    void placeNodes();
    // Connecting: the port under a view point, and the end of a connection drag.
    struct PortHit
    {
        NodeItem *node = nullptr;
        bool output = false;
        QString port; // empty: the node itself (an "after" dependency)
    };
    PortHit hitAt(QPoint viewPos) const;
    void updateConnection(QPoint viewPos);
    void finishConnection(QPoint viewPos);
    void cancelConnection();
    void setBusy(bool busy);
    // Brings the comment items in line with the document's comments of the level.
    void syncComments();
    void placeMinimap();

    EditorDocument *m_document;
    QGraphicsScene *m_scene;
    QString m_dag = QStringLiteral("root");
    DagLevel m_level;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, QSet<QString>> m_open;               // dag -> groups open in place
    QHash<QString, QHash<QString, NodeItem *>> m_inner; // open group -> its tasks' items
    QHash<QString, QPointF> m_offsets;                  // task -> room made for open groups
    QString m_selectAfterBuild;
    QLabel *m_busyLabel;
    QGraphicsView *m_minimap;
    bool m_busy = false;
    bool m_readOnly = false;
    bool m_fitAfterBuild = true;
    // The view follows its size with a fit until the user zooms.
    bool m_keepFitted = false;
    int m_graphvizLimit = 300;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    // Positions of the selection when a drag started (tasks, and comments by id).
    QHash<QString, QPointF> m_dragStart;
    QHash<QString, QPointF> m_commentDragStart;
    // A connection being drawn from an output port.
    struct Connection
    {
        QString task;
        QString output;
        QGraphicsPathItem *line = nullptr;
        QString hovered; // "task.input" whose verdict is shown
        QString problem;
    };
    std::optional<Connection> m_connection;
};

} // namespace kfw::views::editor
