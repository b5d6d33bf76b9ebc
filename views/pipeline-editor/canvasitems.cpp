#include "views/pipeline-editor/canvasitems.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>

#include <cmath>

namespace kfw::views::editor {

namespace {

bool g_snapToGrid = true;

int rows(const NodeInfo &node)
{
    int n = int(std::max(node.inputs.size(), node.outputs.size()));
    if (node.group != GroupKind::None)
        ++n; // the group's summary
    return std::max(n, 1);
}

QString groupTitle(const NodeInfo &node)
{
    switch (node.group) {
    case GroupKind::Condition:
        return tr("If %1").arg(node.detail);
    case GroupKind::Branches:
        return tr("If / Elif / Else");
    case GroupKind::Loop:
        return tr("For each in %1").arg(node.detail);
    case GroupKind::ExitHandler:
        return tr("Exit handler");
    case GroupKind::Pipeline:
        return tr("Pipeline %1").arg(node.component.mid(5));
    case GroupKind::None:
        break;
    }
    return {};
}

// "1 task inside", "3 tasks inside" (English has no plural forms without a translation file).
QString tasksInside(int n)
{
    return n == 1 ? tr("1 task inside") : tr("%1 tasks inside").arg(n);
}

QColor groupColor(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Condition:
    case GroupKind::Branches:
        return QColor(0x7e, 0x57, 0xc2);
    case GroupKind::Loop:
        return QColor(0x00, 0x89, 0x7b);
    case GroupKind::ExitHandler:
        return QColor(0xf4, 0x51, 0x1e);
    case GroupKind::Pipeline:
        return QColor(0x39, 0x49, 0xab);
    case GroupKind::None:
        break;
    }
    return QColor(0x1e, 0x88, 0xe5);
}

} // namespace

QSizeF NodeGeometry::size(const NodeInfo &node)
{
    return {kWidth, kHeader + rows(node) * kRow + 6};
}

QSizeF NodeGeometry::openSize(const NodeInfo &node, QSizeF content)
{
    const QSizeF closed = size(node);
    return {std::max(kWidth, content.width() + 2 * kPad),
            closed.height() + content.height() + 1.5 * kPad};
}

QPointF NodeGeometry::contentOrigin(const NodeInfo &node)
{
    return {kPad, size(node).height() + kPad / 2};
}

QRectF NodeGeometry::toggleRow(const NodeInfo &node)
{
    if (node.group == GroupKind::None)
        return {};
    return {0, kHeader, kWidth / 2, kRow};
}

QPointF NodeGeometry::snapped(QPointF p)
{
    return {std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid};
}

QPointF NodeGeometry::inputPort(const NodeInfo &node, int index)
{
    const int first = node.group != GroupKind::None ? 1 : 0;
    return {0, kHeader + (first + index) * kRow + kRow / 2};
}

QPointF NodeGeometry::outputPort(const NodeInfo &node, int index)
{
    const int first = node.group != GroupKind::None ? 1 : 0;
    return {kWidth, kHeader + (first + index) * kRow + kRow / 2};
}

LayoutGraph layoutGraphOf(const DagLevel &level)
{
    LayoutGraph graph;
    for (const NodeInfo &node : level.nodes)
        graph.sizes.append(NodeGeometry::size(node));
    for (const EdgeInfo &e : level.edges)
        graph.edges.append({e.from, e.to});
    return graph;
}

QColor typeColor(const PortInfo &port)
{
    if (!port.artifact) {
        static const QHash<QString, QColor> parameters = {
            {QStringLiteral("STRING"), QColor(0x43, 0xa0, 0x47)},
            {QStringLiteral("NUMBER_INTEGER"), QColor(0x1e, 0x88, 0xe5)},
            {QStringLiteral("NUMBER_DOUBLE"), QColor(0x00, 0xac, 0xc1)},
            {QStringLiteral("BOOLEAN"), QColor(0xff, 0xb3, 0x00)},
            {QStringLiteral("LIST"), QColor(0x8e, 0x24, 0xaa)},
            {QStringLiteral("STRUCT"), QColor(0x6d, 0x4c, 0x41)},
        };
        return parameters.value(port.type, QColor(0x75, 0x75, 0x75));
    }
    const QString t = port.type;
    if (t.contains(QLatin1String("Metrics")))
        return QColor(0xd8, 0x1b, 0x60);
    if (t.contains(QLatin1String("Model")))
        return QColor(0xe5, 0x39, 0x35);
    if (t.contains(QLatin1String("Dataset")))
        return QColor(0xfb, 0x8c, 0x00);
    if (t.contains(QLatin1String("HTML")) || t.contains(QLatin1String("Markdown")))
        return QColor(0x00, 0x79, 0x6b);
    return QColor(0x6d, 0x6d, 0x6d);
}

NodeItem::NodeItem(NodeInfo node)
    : m_node(std::move(node))
    , m_size(NodeGeometry::size(m_node))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    // Painting text is the costly part; dragging and panning reuse the cached picture.
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    QStringList tip{m_node.displayName};
    if (m_node.displayName != m_node.name)
        tip << tr("task %1").arg(m_node.name);
    tip << tr("component %1").arg(m_node.component);
    if (!m_node.image.isEmpty())
        tip << m_node.image;
    if (m_node.group != GroupKind::None)
        tip << tasksInside(m_node.childCount) +
                   tr("; click the arrow to show them here, double-click to open");
    setToolTip(tip.join(QLatin1Char('\n')));
}

void NodeItem::setSnapToGrid(bool snap)
{
    g_snapToGrid = snap;
}

QRectF NodeItem::boundingRect() const
{
    // Room for the port dots that sit on the border and for the problem badge.
    return QRectF(QPointF(0, 0), m_size).adjusted(-6, -8, 8, 6);
}

QPointF NodeItem::inputAnchor(const QString &port) const
{
    for (int i = 0; i < m_node.inputs.size(); ++i) {
        if (m_node.inputs[i].name == port)
            return mapToScene(NodeGeometry::inputPort(m_node, i));
    }
    return mapToScene(QPointF(0, NodeGeometry::kHeader / 2));
}

QPointF NodeItem::outputAnchor(const QString &port) const
{
    for (int i = 0; i < m_node.outputs.size(); ++i) {
        if (m_node.outputs[i].name == port)
            return mapToScene(NodeGeometry::outputPort(m_node, i));
    }
    return mapToScene(QPointF(m_size.width(), NodeGeometry::kHeader / 2));
}

void NodeItem::setStatus(const QString &state, const QString &text)
{
    if (state == m_status && text == m_statusText)
        return;
    m_status = state;
    m_statusText = text;
    update();
}

void NodeItem::setOpen(QSizeF content)
{
    prepareGeometryChange();
    m_open = true;
    m_size = NodeGeometry::openSize(m_node, content);
    update();
}

void NodeItem::setMark(const QColor &color)
{
    m_mark = color;
    update();
}

std::optional<NodeItem::Port> NodeItem::portAt(QPointF local) const
{
    constexpr double kReach = 9;
    for (int i = 0; i < m_node.inputs.size(); ++i) {
        if (QLineF(local, NodeGeometry::inputPort(m_node, i)).length() <= kReach)
            return Port{false, i};
    }
    for (int i = 0; i < m_node.outputs.size(); ++i) {
        if (QLineF(local, NodeGeometry::outputPort(m_node, i)).length() <= kReach)
            return Port{true, i};
    }
    return std::nullopt;
}

void NodeItem::setProblems(int errors, int warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Only the user's drags snap; positions from the document are shown as they are.
    if (change == ItemPositionChange && g_snapToGrid && scene() && scene()->mouseGrabberItem()) {
        return NodeGeometry::snapped(value.toPointF());
    }
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QRectF body(QPointF(0, 0), m_size);
    const QColor accent = groupColor(m_node.group);
    const bool selected = option->state & QStyle::State_Selected;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());

    painter->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    if (m_mark.isValid()) {
        painter->setPen(QPen(m_mark, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body.adjusted(-2, -2, 2, 2), 7, 7);
    }
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                selected ? 2.5 : 1);
    border.setCosmetic(selected);
    painter->setPen(border);
    painter->setBrush(palette.color(QPalette::Base));
    if (lod < 0.35) {
        // Zoomed far out: a block in the task's colour is all that can be read.
        painter->setBrush(selected ? palette.color(QPalette::Highlight) : accent.lighter(150));
        painter->drawRect(body);
        if (m_errors)
            painter->fillRect(QRectF(body.right() - 40, 0, 40, 40), QColor(0xd3, 0x2f, 0x2f));
        return;
    }
    if (m_open) {
        // The frame around the tasks shown inside, tinted with the group's colour.
        QColor tint = accent;
        tint.setAlpha(22);
        painter->setBrush(tint);
    }
    painter->drawRoundedRect(body, 6, 6);
    // Header band.
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, m_size.width(), NodeGeometry::kHeader), 6, 6);
    painter->fillPath(header, accent.lighter(m_node.group == GroupKind::None ? 185 : 165));
    painter->fillRect(QRectF(0, 0, 5, NodeGeometry::kHeader), accent);

    QFont font = QApplication::font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text).value() > 128 ? QColor(Qt::black)
                                                                : palette.color(QPalette::Text));
    const QFontMetricsF bold(font);
    const double textWidth = m_size.width() - 18;
    painter->drawText(QPointF(10, 4 + bold.ascent()),
                      bold.elidedText(m_node.displayName, Qt::ElideRight, textWidth));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetricsF fm(small);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QString second = m_node.group != GroupKind::None ? groupTitle(m_node)
                           : !m_node.image.isEmpty()       ? m_node.image
                                                           : m_node.component;
    painter->drawText(QPointF(10, 22 + fm.ascent()),
                      fm.elidedText(second, Qt::ElideMiddle, textWidth));

    if (!m_status.isEmpty()) {
        // The run's state: a pill at the header's right, coloured by state.
        static const QHash<QString, QColor> colours = {
            {QStringLiteral("SUCCEEDED"), QColor(0x2e, 0x7d, 0x32)},
            {QStringLiteral("FAILED"), QColor(0xc6, 0x28, 0x28)},
            {QStringLiteral("RUNNING"), QColor(0x15, 0x65, 0xc0)},
            {QStringLiteral("SKIPPED"), QColor(0x9e, 0x9e, 0x9e)},
            {QStringLiteral("CANCELED"), QColor(0xef, 0x6c, 0x00)},
            {QStringLiteral("CANCELING"), QColor(0xef, 0x6c, 0x00)},
            {QStringLiteral("INTERRUPTED"), QColor(0xef, 0x6c, 0x00)},
        };
        const QColor colour = colours.value(m_status, QColor(0x75, 0x75, 0x75));
        const double width = std::min(fm.horizontalAdvance(m_statusText) + 14, m_size.width() / 2);
        const QRectF pill(m_size.width() - width - 6, 23, width, fm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter,
                          fm.elidedText(m_statusText, Qt::ElideRight, width - 8));
        painter->fillRect(QRectF(0, NodeGeometry::kHeader - 3, m_size.width(), 3), colour);
    }
    if (lod < 0.6)
        return; // ports are too small to read
    painter->setPen(palette.color(QPalette::Text));
    if (m_node.group != GroupKind::None) {
        // The arrow opens or closes the group in place.
        painter->drawText(QPointF(10, NodeGeometry::kHeader + fm.ascent() + 2),
                          (m_open ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) +
                              tasksInside(m_node.childCount));
    }
    const double half = m_size.width() / 2 - 14;
    for (int i = 0; i < m_node.inputs.size(); ++i) {
        const PortInfo &port = m_node.inputs[i];
        const QPointF c = NodeGeometry::inputPort(m_node, i);
        painter->setPen(QPen(typeColor(port), 1.5));
        painter->setBrush(port.binding.isEmpty() ? palette.color(QPalette::Base) : typeColor(port));
        if (port.artifact)
            painter->drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8));
        else
            painter->drawEllipse(c, 4, 4);
        painter->setPen(port.binding.isEmpty() && !port.optional ? QColor(0xc6, 0x28, 0x28)
                                                                 : palette.color(QPalette::Text));
        painter->drawText(QPointF(9, c.y() + fm.ascent() / 2 - 1),
                          fm.elidedText(portLabel(port), Qt::ElideRight, half));
    }
    for (int i = 0; i < m_node.outputs.size(); ++i) {
        const PortInfo &port = m_node.outputs[i];
        const QPointF c = NodeGeometry::outputPort(m_node, i);
        painter->setPen(QPen(typeColor(port), 1.5));
        painter->setBrush(typeColor(port));
        if (port.artifact)
            painter->drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8));
        else
            painter->drawEllipse(c, 4, 4);
        painter->setPen(palette.color(QPalette::Text));
        const QString label = fm.elidedText(portLabel(port), Qt::ElideLeft, half);
        painter->drawText(
            QPointF(c.x() - 9 - fm.horizontalAdvance(label), c.y() + fm.ascent() / 2 - 1), label);
    }
    if (m_errors || m_warnings) {
        const QColor badge = m_errors ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf9, 0xa8, 0x25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge);
        const QRectF r(m_size.width() - 14, -7, 20, 16);
        painter->drawRoundedRect(r, 8, 8);
        painter->setPen(Qt::white);
        painter->setFont(small);
        painter->drawText(r, Qt::AlignCenter, QString::number(m_errors ? m_errors : m_warnings));
    }
}

CommentItem::CommentItem(QString id, const QString &text,
                         std::function<void(const QString &id, const QString &text)> edited)
    : QGraphicsTextItem(text)
    , m_id(std::move(id))
    , m_edited(std::move(edited))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setTextWidth(220);
    setDefaultTextColor(QColor(0x3e, 0x2f, 0x00));
    setZValue(2);
    setToolTip(NodeItem::tr("A comment; double-click to edit it"));
}

void CommentItem::startEditing()
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFocus(Qt::MouseFocusReason);
    QTextCursor cursor = textCursor();
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void CommentItem::finishEditing()
{
    if (!isEditing())
        return;
    setTextInteractionFlags(Qt::NoTextInteraction);
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    setTextCursor(cursor);
    if (m_edited)
        m_edited(m_id, toPlainText());
}

void CommentItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finishEditing();
}

void CommentItem::keyPressEvent(QKeyEvent *event)
{
    // Escape ends editing (the text typed so far is kept).
    if (event->key() == Qt::Key_Escape) {
        finishEditing();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void CommentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setPen(
        QPen(QColor(0xe0, 0xc0, 0x40), (option->state & QStyle::State_Selected) ? 2.5 : 1));
    painter->setBrush(QColor(0xff, 0xf5, 0xc2));
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 4, 4);
    // The base class draws the text (and its own selection frame, which the frame above replaces).
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

EdgeItem::EdgeItem(NodeItem *from, NodeItem *to, EdgeInfo edge, QColor color, QGraphicsItem *parent)
    : QGraphicsPathItem(parent)
    , m_from(from)
    , m_to(to)
    , m_edge(std::move(edge))
{
    QPen pen(color, m_edge.kind == EdgeInfo::Kind::Artifact ? 2.4 : 1.4);
    if (m_edge.kind == EdgeInfo::Kind::After) {
        pen.setColor(QColor(0x90, 0x90, 0x90));
        pen.setStyle(Qt::DashLine);
    }
    pen.setCosmetic(m_edge.kind != EdgeInfo::Kind::Artifact);
    setPen(pen);
    setZValue(0);
    setFlag(ItemIsSelectable, false);
    from->addEdge(this);
    to->addEdge(this);
    updatePath();
}

void EdgeItem::updatePath()
{
    const QPointF a =
        m_edge.output.isEmpty() ? m_from->outputAnchor({}) : m_from->outputAnchor(m_edge.output);
    const QPointF b =
        m_edge.input.isEmpty() ? m_to->inputAnchor({}) : m_to->inputAnchor(m_edge.input);
    QPainterPath path(a);
    const double bend = std::max(40.0, std::abs(b.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
    // Inside an open group the path is in the group's coordinates.
    setPath(parentItem() ? mapFromScene(path) : path);
}

} // namespace kfw::views::editor
