#pragma once

#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/graphlayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsTextItem>
#include <QList>
#include <QSizeF>

#include <functional>
#include <optional>

namespace kfw::views::editor {

class EdgeItem;

// Geometry of a task node, shared by the layout (which runs off the GUI thread) and the items.
struct NodeGeometry
{
    static constexpr double kWidth = 232;
    static constexpr double kHeader = 42;
    static constexpr double kRow = 18;
    static constexpr double kGrid = 10;

    static constexpr double kPad = 14;

    static QSizeF size(const NodeInfo &node);
    static QPointF snapped(QPointF p);
    // A group opened in place: its frame around content of a size, and where the content starts.
    static QSizeF openSize(const NodeInfo &node, QSizeF content);
    static QPointF contentOrigin(const NodeInfo &node);
    // The row of a group that opens and closes it in place (the "n tasks inside" line).
    static QRectF toggleRow(const NodeInfo &node);
    // Port centres relative to the node's top-left corner.
    static QPointF inputPort(const NodeInfo &node, int index);
    static QPointF outputPort(const NodeInfo &node, int index);
};

// A level as the layout sees it: each task's node size, one edge per data or "after" edge.
LayoutGraph layoutGraphOf(const DagLevel &level);

// The colour of a port and its edges, by KFP type.
QColor typeColor(const PortInfo &port);

// A task on the canvas. It mirrors one task of the document by name; moving it only changes the
// view until the canvas turns the drag into an undoable move.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(kfw::views::editor::NodeItem)
public:
    enum
    {
        Type = UserType + 1
    };
    explicit NodeItem(NodeInfo node);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const NodeInfo &info() const { return m_node; }
    QSizeF size() const { return m_size; }
    QString taskName() const { return m_node.name; }
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    // Scene position of a port by name; the node's side centre when the port is unknown.
    QPointF inputAnchor(const QString &port) const;
    QPointF outputAnchor(const QString &port) const;
    // The port at a point of the node (local coordinates), if any.
    struct Port
    {
        bool output = false;
        int index = -1;
    };
    std::optional<Port> portAt(QPointF local) const;
    // Problems found in this task, shown as a badge (empty: none).
    void setProblems(int errors, int warnings);
    int errors() const { return m_errors; }
    // A run's state of this task (backend::state) and the text of its badge; empty: no run.
    void setStatus(const QString &state, const QString &text);
    QString status() const { return m_status; }
    // A coloured frame (a comparison's added/removed/changed mark); invalid: none.
    void setMark(const QColor &color);
    QColor mark() const { return m_mark; }
    // A group opened in place: the node becomes a frame with room for its tasks (child items).
    void setOpen(QSizeF content);
    bool isOpen() const { return m_open; }
    // A task shown inside an open group (not selectable or movable by itself).
    bool isInner() const { return parentItem() != nullptr; }

    static void setSnapToGrid(bool snap);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    NodeInfo m_node;
    QSizeF m_size;
    QList<EdgeItem *> m_edges;
    int m_errors = 0;
    int m_warnings = 0;
    QColor m_mark;
    QString m_status;
    QString m_statusText;
    bool m_open = false;
};

// A comment on the canvas: a note that can be moved and, after a double-click, edited in place.
// It mirrors one comment of the document by id; edited() reports the text when editing ends.
class CommentItem : public QGraphicsTextItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    CommentItem(QString id, const QString &text,
                std::function<void(const QString &id, const QString &text)> edited);
    int type() const override { return Type; }
    QString id() const { return m_id; }
    void startEditing();
    bool isEditing() const { return textInteractionFlags() & Qt::TextEditorInteraction; }

protected:
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void finishEditing();
    QString m_id;
    std::function<void(const QString &, const QString &)> m_edited;
};

// A connection between two tasks: a parameter, an artifact or a plain "after" dependency.
class EdgeItem : public QGraphicsPathItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    // parent: the open group an edge between its inner tasks belongs to (none at the level).
    EdgeItem(NodeItem *from, NodeItem *to, EdgeInfo edge, QColor color,
             QGraphicsItem *parent = nullptr);
    int type() const override { return Type; }
    const EdgeInfo &info() const { return m_edge; }
    void updatePath();

private:
    NodeItem *m_from;
    NodeItem *m_to;
    EdgeInfo m_edge;
};

} // namespace kfw::views::editor
