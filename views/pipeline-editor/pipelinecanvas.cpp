#include "views/pipeline-editor/pipelinecanvas.h"

#include "cluster/backend/services.h"
#include "views/pipeline-editor/canvasitems.h"
#include "views/pipeline-editor/editordocument.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QUuid>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace kfw::views::editor {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;

// Where every task of a level goes: the stored positions, and a layout for the tasks that have
// none (below the stored ones). Runs on a worker thread; nullopt when cancelled.
struct Placement
{
    QHash<QString, QPointF> positions; // every task's
    QHash<QString, QPointF> placed;    // the ones the layout computed
    QString note;
};

std::optional<Placement> placeLevel(const DagLevel &level, const QHash<QString, QPointF> &known,
                                    int graphvizLimit, std::atomic<bool> *cancel)
{
    Placement placement;
    const LayoutGraph graph = layoutGraphOf(level);
    QList<int> missing;
    for (int i = 0; i < level.nodes.size(); ++i) {
        if (!known.contains(level.nodes[i].name))
            missing.append(i);
    }
    QList<QPointF> computed;
    if (!missing.isEmpty()) {
        auto result = editor::autoLayout(graph, graphvizLimit, cancel);
        if (!result)
            return std::nullopt;
        computed = result->positions;
        placement.note = result->note;
    }
    // Tasks added since the layout was saved go below the ones already placed.
    double shiftY = 0;
    if (missing.size() < level.nodes.size() && !missing.isEmpty()) {
        double bottom = 0, top = std::numeric_limits<double>::max();
        for (int i = 0; i < level.nodes.size(); ++i) {
            if (const auto p = known.constFind(level.nodes[i].name); p != known.constEnd())
                bottom = std::max(bottom, p->y() + graph.sizes[i].height());
        }
        for (int i : missing)
            top = std::min(top, computed[i].y());
        shiftY = bottom + 60 - top;
    }
    for (int i = 0; i < level.nodes.size(); ++i) {
        const QString &name = level.nodes[i].name;
        if (const auto stored = known.constFind(name); stored != known.constEnd()) {
            placement.positions.insert(name, *stored);
        } else {
            // On the grid, as the user's moves are.
            const QPointF p = NodeGeometry::snapped(computed[i] + QPointF(0, shiftY));
            placement.positions.insert(name, p);
            placement.placed.insert(name, p);
        }
    }
    return placement;
}

QColor edgeColor(const DagLevel &level, const EdgeInfo &edge)
{
    for (const PortInfo &p : level.nodes[edge.from].outputs) {
        if (p.name == edge.output)
            return typeColor(p);
    }
    return QColor(0x90, 0x90, 0x90);
}

} // namespace

// A level ready to draw, computed on a worker thread.
struct PipelineCanvas::Prepared
{
    quint64 generation = 0;
    DagLevel level;
    Placement placement;
    // The groups open in place: their levels, positions from the content's top-left corner.
    struct Inner
    {
        DagLevel level;
        QHash<QString, QPointF> positions;
        QSizeF size;
    };
    QHash<QString, Inner> inner;
    bool cancelled = false;
};

// The overview of the level in the canvas' corner: the whole scene, small, with the part the
// canvas shows outlined; clicking or dragging in it moves the canvas there. It repaints at most
// a few times a second, so a drag in a large graph does not pay for two views.
class Minimap : public QGraphicsView
{
public:
    Minimap(QGraphicsScene *scene, PipelineCanvas *canvas)
        : QGraphicsView(scene, canvas)
        , m_canvas(canvas)
    {
        setObjectName(QStringLiteral("editor.minimap"));
        setInteractive(false);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setViewportUpdateMode(NoViewportUpdate);
        setFrameShape(QFrame::Box);
        setToolTip(PipelineCanvas::tr("Overview: click or drag to move the view"));
        m_refresh.setSingleShot(true);
        m_refresh.setInterval(150);
        connect(&m_refresh, &QTimer::timeout, this, &Minimap::refit);
        connect(scene, &QGraphicsScene::changed, &m_refresh, qOverload<>(&QTimer::start));
    }
    void refit()
    {
        const QRectF bounds = scene()->itemsBoundingRect();
        if (!bounds.isEmpty())
            fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
        viewport()->update();
    }
    void followCanvas() { viewport()->update(); }

protected:
    void drawForeground(QPainter *painter, const QRectF &) override
    {
        const QRectF shown = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
        QPen pen(palette().color(QPalette::Highlight), 0);
        painter->setPen(pen);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter->setBrush(fill);
        painter->drawRect(shown);
    }
    void mousePressEvent(QMouseEvent *event) override { moveTo(event); }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (event->buttons() & Qt::LeftButton)
            moveTo(event);
    }

private:
    void moveTo(QMouseEvent *event)
    {
        m_canvas->centerOn(mapToScene(event->position().toPoint()));
        viewport()->update();
        event->accept();
    }
    PipelineCanvas *m_canvas;
    QTimer m_refresh;
};

PipelineCanvas::PipelineCanvas(EditorDocument *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new QGraphicsScene(this))
    , m_busyLabel(new QLabel(tr("Laying out…"), this))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("editor.canvas"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setBackgroundBrush(palette().color(QPalette::AlternateBase));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    m_busyLabel->setObjectName(QStringLiteral("editor.busy"));
    m_busyLabel->setAutoFillBackground(true);
    m_busyLabel->setMargin(8);
    m_busyLabel->hide();
    m_minimap = new Minimap(m_scene, this);
    m_minimap->setFixedSize(180, 120);
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, m_minimap, [this] {
            placeMinimap();
            static_cast<Minimap *>(m_minimap)->followCanvas();
        });

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PipelineCanvas::selectionChanged);
    connect(document, &EditorDocument::structureChanged, this, [this] {
        // The level may be gone (its group deleted): fall back to the pipeline's root.
        m_fitAfterBuild = false;
        requestLevel();
    });
    connect(document, &EditorDocument::tasksMoved, this, &PipelineCanvas::onTasksMoved);
    connect(document, &EditorDocument::commentsChanged, this, [this](const QString &dag) {
        if (dag == m_dag && !m_busy)
            syncComments();
    });
}

PipelineCanvas::~PipelineCanvas()
{
    if (m_cancel)
        m_cancel->store(true);
    // The scene and the scroll bars are children, destroyed after this part of the object: their
    // last signals (selection cleared, values reset) must not reach it.
    delete m_minimap;
    disconnect(m_scene, nullptr, this, nullptr);
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        disconnect(bar, nullptr, this, nullptr);
}

void PipelineCanvas::showDag(const QString &dag)
{
    m_dag = dag;
    m_fitAfterBuild = true;
    requestLevel();
}

void PipelineCanvas::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    if (busy) {
        m_busyLabel->adjustSize();
        m_busyLabel->move(12, 12);
        m_busyLabel->raise();
    }
}

void PipelineCanvas::requestLevel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    setBusy(true);
    auto job = QtConcurrent::run([document = m_document->document(), dag = m_dag,
                                  positions = m_document->positions(), open = m_open.value(m_dag),
                                  generation, limit = m_graphvizLimit, cancel = m_cancel]() {
        Prepared prepared;
        prepared.generation = generation;
        prepared.level = DagLevel::read(document, dag);
        auto placement = placeLevel(prepared.level, positions.value(dag), limit, cancel.get());
        if (!placement) {
            prepared.cancelled = true;
            return prepared;
        }
        prepared.placement = *placement;
        for (const NodeInfo &node : std::as_const(prepared.level.nodes)) {
            if (node.group == GroupKind::None || !open.contains(node.name))
                continue;
            Prepared::Inner inner;
            inner.level = DagLevel::read(document, node.component);
            const auto innerPlacement =
                placeLevel(inner.level, positions.value(node.component), limit, cancel.get());
            if (!innerPlacement) {
                prepared.cancelled = true;
                return prepared;
            }
            QRectF bounds;
            for (const NodeInfo &task : std::as_const(inner.level.nodes))
                bounds |=
                    QRectF(innerPlacement->positions.value(task.name), NodeGeometry::size(task));
            for (auto it = innerPlacement->positions.begin(); it != innerPlacement->positions.end();
                 ++it)
                inner.positions.insert(it.key(), it.value() - bounds.topLeft());
            inner.size = bounds.isEmpty() ? QSizeF(NodeGeometry::kWidth - 2 * NodeGeometry::kPad,
                                                   NodeGeometry::kRow)
                                          : bounds.size();
            prepared.inner.insert(node.name, inner);
        }
        return prepared;
    });
    backend::whenFinished(job, this, [this](const Prepared &prepared) {
        if (prepared.generation != m_generation || prepared.cancelled)
            return; // a newer request or an edit superseded it
        if (m_dag != QLatin1String("root") &&
            parentOf(m_document->document(), m_dag).second.isEmpty()) {
            m_dag = QStringLiteral("root");
            requestLevel();
            return;
        }
        build(prepared);
    });
}

void PipelineCanvas::build(const Prepared &prepared)
{
    cancelConnection();
    const QStringList selected = selectedTasks();
    m_scene->clear();
    m_nodes.clear();
    m_inner.clear();
    m_level = prepared.level;
    if (!prepared.placement.placed.isEmpty())
        m_document->placeInitially(m_dag, prepared.placement.placed);
    QList<NodeItem *> items;
    items.reserve(m_level.nodes.size());
    for (const NodeInfo &info : std::as_const(m_level.nodes)) {
        auto *item = new NodeItem(info);
        item->setFlag(QGraphicsItem::ItemIsMovable, !m_readOnly);
        m_scene->addItem(item);
        m_nodes.insert(info.name, item);
        items.append(item);
    }
    // Open groups: a frame holding their tasks and the edges between them, which move with it.
    for (auto it = prepared.inner.begin(); it != prepared.inner.end(); ++it) {
        NodeItem *group = m_nodes.value(it.key());
        group->setOpen(it->size);
        const QPointF origin = NodeGeometry::contentOrigin(group->info());
        QList<NodeItem *> inner;
        for (const NodeInfo &info : std::as_const(it->level.nodes)) {
            auto *item = new NodeItem(info);
            item->setParentItem(group);
            item->setFlags(QGraphicsItem::ItemSendsGeometryChanges);
            item->setPos(origin + it->positions.value(info.name));
            m_inner[it.key()].insert(info.name, item);
            inner.append(item);
        }
        for (const EdgeInfo &e : std::as_const(it->level.edges))
            new EdgeItem(inner[e.from], inner[e.to], e, edgeColor(it->level, e), group);
    }
    placeNodes();
    for (const EdgeInfo &e : std::as_const(m_level.edges))
        m_scene->addItem(new EdgeItem(items[e.from], items[e.to], e, edgeColor(m_level, e)));
    syncComments();
    if (m_level.nodes.isEmpty() && m_document->comments().value(m_dag).isEmpty()) {
        auto *hint = m_scene->addSimpleText(
            m_dag == QLatin1String("root")
                ? tr("An empty pipeline. Drag components here from the palette on the left,\n"
                     "or select one there and press Enter.")
                : tr("This group has no tasks."));
        hint->setBrush(palette().color(QPalette::PlaceholderText));
    }
    const QRectF bounds = m_scene->itemsBoundingRect();
    m_scene->setSceneRect(bounds.adjusted(-2000, -2000, 2000, 2000));
    selectTasks(m_selectAfterBuild.isEmpty() ? selected
                                             : QStringList{std::exchange(m_selectAfterBuild, {})});
    setBusy(false);
    placeMinimap();
    static_cast<Minimap *>(m_minimap)->refit();
    if (m_fitAfterBuild) {
        zoomToFit();
        m_keepFitted = true;
    }
    m_fitAfterBuild = false;
    if (!prepared.placement.note.isEmpty())
        emit message(prepared.placement.note);
    emit levelShown(m_dag);
}

void PipelineCanvas::syncComments()
{
    const QMap<QString, Comment> comments = m_document->comments().value(m_dag);
    QHash<QString, CommentItem *> shown;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == CommentItem::Type)
            shown.insert(static_cast<CommentItem *>(item)->id(), static_cast<CommentItem *>(item));
    }
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        if (!comments.contains(it.key()))
            delete it.value();
    }
    for (auto it = comments.begin(); it != comments.end(); ++it) {
        CommentItem *item = shown.value(it.key());
        if (!item) {
            // Text edits reach the document after the item's own event handling is over.
            item =
                new CommentItem(it.key(), it->text, [this](const QString &id, const QString &text) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, id, text, dag = m_dag] {
                            auto current = m_document->comments().value(dag).value(id);
                            if (current.text == text)
                                return;
                            current.text = text;
                            m_document->setComment(dag, id, current, tr("Edit comment"));
                        },
                        Qt::QueuedConnection);
                });
            m_scene->addItem(item);
        } else if (!item->isEditing() && item->toPlainText() != it->text) {
            item->setPlainText(it->text);
        }
        item->setPos(it->pos);
    }
}

void PipelineCanvas::addComment(QPointF at)
{
    if (m_readOnly)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_document->setComment(m_dag, id, Comment{NodeGeometry::snapped(at), tr("Comment")},
                           tr("Add comment"));
    if (CommentItem *item = comment(id)) {
        m_scene->clearSelection();
        item->setSelected(true);
        item->startEditing();
    }
}

CommentItem *PipelineCanvas::comment(const QString &id) const
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == CommentItem::Type && static_cast<CommentItem *>(item)->id() == id)
            return static_cast<CommentItem *>(item);
    }
    return nullptr;
}

QStringList PipelineCanvas::selectedComments() const
{
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == CommentItem::Type)
            ids << static_cast<CommentItem *>(item)->id();
    }
    return ids;
}

void PipelineCanvas::onTasksMoved(const QString &dag, const QStringList &tasks)
{
    if (dag != m_dag || m_busy)
        return;
    // With groups open, moving one task may change the room made for the others.
    if (!m_inner.isEmpty())
        return placeNodes();
    for (const QString &task : tasks) {
        if (NodeItem *item = m_nodes.value(task)) {
            if (const auto p = m_document->position(dag, task))
                item->setPos(*p);
        }
    }
}

QHash<QString, QPointF>
PipelineCanvas::roomForOpenGroups(const QHash<QString, QPointF> &stored) const
{
    // As if rows and columns were inserted: what lies right of a group's closed node moves right
    // by its growth in width, what lies below it (and under the open frame) moves down.
    QHash<QString, QPointF> offsets;
    for (auto group = m_inner.begin(); group != m_inner.end(); ++group) {
        const NodeItem *item = m_nodes.value(group.key());
        const QPointF p = stored.value(group.key());
        const QSizeF closed = NodeGeometry::size(item->info());
        const QSizeF open = item->size();
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            if (it.key() == group.key())
                continue;
            const QPointF q = it.value();
            if (q.x() >= p.x() + closed.width() - 1)
                offsets[it.key()] += QPointF(open.width() - closed.width(), 0);
            else if (q.y() >= p.y() + closed.height() - 1 && q.x() < p.x() + open.width())
                offsets[it.key()] += QPointF(0, open.height() - closed.height());
        }
    }
    return offsets;
}

void PipelineCanvas::placeNodes()
{
    const QHash<QString, QPointF> stored = m_document->positions().value(m_dag);
    m_offsets = roomForOpenGroups(stored);
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        it.value()->setPos(stored.value(it.key()) + m_offsets.value(it.key()));
}

QPointF PipelineCanvas::storedPos(const NodeItem *item) const
{
    return item->pos() - m_offsets.value(item->taskName());
}

void PipelineCanvas::setGroupOpen(const QString &group, bool open)
{
    const NodeItem *item = m_nodes.value(group);
    if (!item || item->info().group == GroupKind::None || isGroupOpen(group) == open)
        return;
    if (open)
        m_open[m_dag].insert(group);
    else
        m_open[m_dag].remove(group);
    m_fitAfterBuild = false;
    requestLevel();
}

void PipelineCanvas::setAllGroupsOpen(bool open)
{
    QSet<QString> groups;
    for (const NodeInfo &node : std::as_const(m_level.nodes)) {
        if (node.group != GroupKind::None)
            groups.insert(node.name);
    }
    if ((open ? groups : QSet<QString>()) == m_open.value(m_dag))
        return;
    m_open[m_dag] = open ? groups : QSet<QString>();
    m_fitAfterBuild = false;
    requestLevel();
}

QStringList PipelineCanvas::selectedTasks() const
{
    QStringList tasks;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type)
            tasks << static_cast<NodeItem *>(item)->taskName();
    }
    tasks.sort();
    return tasks;
}

void PipelineCanvas::selectTasks(const QStringList &tasks)
{
    m_scene->clearSelection();
    for (const QString &task : tasks) {
        if (NodeItem *item = m_nodes.value(task))
            item->setSelected(true);
    }
    if (tasks.size() == 1) {
        if (NodeItem *item = m_nodes.value(tasks.first()))
            ensureVisible(item);
    }
}

QHash<QString, QPointF> PipelineCanvas::selectedPositions() const
{
    QHash<QString, QPointF> positions;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type) {
            const auto *node = static_cast<NodeItem *>(item);
            positions.insert(node->taskName(), storedPos(node));
        }
    }
    return positions;
}

void PipelineCanvas::autoLayout()
{
    if (m_busy || m_level.nodes.isEmpty() || m_readOnly)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    setBusy(true);
    const LayoutGraph graph = layoutGraphOf(m_level);
    auto job = QtConcurrent::run([graph, limit = m_graphvizLimit, cancel = m_cancel] {
        return editor::autoLayout(graph, limit, cancel.get());
    });
    backend::whenFinished(job, this, [this, generation](const std::optional<LayoutResult> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result)
            return;
        QHash<QString, QPointF> from, to;
        for (int i = 0; i < m_level.nodes.size(); ++i) {
            const QString &name = m_level.nodes[i].name;
            from.insert(name, storedPos(m_nodes.value(name)));
            to.insert(name, NodeGeometry::snapped(result->positions.value(i)));
        }
        m_document->moveTasks(m_dag, from, to, tr("Auto-layout"));
        if (!result->note.isEmpty())
            emit message(result->note);
        zoomToFit();
    });
}

void PipelineCanvas::placeMinimap()
{
    // Shown when the view is big enough for it to help.
    const QRect area = viewport()->geometry();
    m_minimap->move(area.right() - m_minimap->width() - 8, area.bottom() - m_minimap->height() - 8);
    // Only when part of the level is out of view: over a graph that fits it would hide tasks.
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    const bool needed = !shown.contains(m_scene->itemsBoundingRect());
    m_minimap->setVisible(needed && area.width() > 500 && area.height() > 320 &&
                          !m_level.nodes.isEmpty() && !m_busy);
    m_minimap->raise();
}

void PipelineCanvas::arrange(Arrange how)
{
    QHash<QString, QPointF> from = selectedPositions();
    const int minimum = how == Arrange::AlignLeft || how == Arrange::AlignTop ? 2 : 3;
    if (from.size() < minimum)
        return;
    QList<QString> tasks = from.keys();
    QHash<QString, QPointF> to = from;
    const bool horizontal = how == Arrange::AlignLeft || how == Arrange::DistributeHorizontally;
    auto coordinate = [horizontal](QPointF p) {
        return horizontal ? p.x() : p.y();
    };
    if (how == Arrange::AlignLeft || how == Arrange::AlignTop) {
        double edge = std::numeric_limits<double>::max();
        for (const QPointF &p : std::as_const(from))
            edge = std::min(edge, coordinate(p));
        for (const QString &t : tasks)
            to[t] = horizontal ? QPointF(edge, from[t].y()) : QPointF(from[t].x(), edge);
    } else {
        // Even gaps between the tasks, first and last staying where they are.
        std::sort(tasks.begin(), tasks.end(), [&](const QString &a, const QString &b) {
            return coordinate(from[a]) < coordinate(from[b]);
        });
        auto extent = [&](const QString &t) {
            return horizontal ? NodeGeometry::kWidth
                              : NodeGeometry::size(m_nodes.value(t)->info()).height();
        };
        double total = 0;
        for (const QString &t : tasks)
            total += extent(t);
        const double span =
            coordinate(from[tasks.last()]) - coordinate(from[tasks.first()]) + extent(tasks.last());
        const double gap = (span - total) / double(tasks.size() - 1);
        double at = coordinate(from[tasks.first()]);
        for (const QString &t : tasks) {
            to[t] = NodeGeometry::snapped(horizontal ? QPointF(at, from[t].y())
                                                     : QPointF(from[t].x(), at));
            at += extent(t) + gap;
        }
    }
    m_document->moveTasks(m_dag, from, to,
                          how == Arrange::AlignLeft || how == Arrange::AlignTop ? tr("Align")
                                                                                : tr("Distribute"));
}

void PipelineCanvas::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond their natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    centerOn(bounds.center());
    m_keepFitted = true;
    placeMinimap();
}

void PipelineCanvas::zoomReset()
{
    m_keepFitted = false;
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform());
    centerOn(centre);
    placeMinimap();
}

double PipelineCanvas::zoom() const
{
    return transform().m11();
}

void PipelineCanvas::zoomBy(double factor)
{
    m_keepFitted = false;
    // A fit of a huge graph may be below the smallest zoom: zooming out never zooms in.
    const double target = std::clamp(zoom() * factor, std::min(kMinZoom, zoom()), kMaxZoom);
    const double f = target / zoom();
    scale(f, f);
    placeMinimap();
}

void PipelineCanvas::nudge(QPointF delta)
{
    if (m_readOnly)
        return;
    const QHash<QString, QPointF> from = selectedPositions();
    if (from.isEmpty())
        return;
    QHash<QString, QPointF> to;
    for (auto it = from.begin(); it != from.end(); ++it)
        to.insert(it.key(), it.value() + delta);
    m_document->moveTasks(m_dag, from, to, tr("Move"), EditorDocument::Merge::WithPrevious);
}

void PipelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void PipelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        // Pan with the middle button, as in most canvases.
        setDragMode(ScrollHandDrag);
        QMouseEvent press(event->type(), event->position(), event->globalPosition(), Qt::LeftButton,
                          Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        // The arrow row of a group opens or closes it in place.
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            if (item->type() != NodeItem::Type)
                continue;
            const auto *node = static_cast<NodeItem *>(item);
            if (!node->isInner() &&
                NodeGeometry::toggleRow(node->info())
                    .contains(node->mapFromScene(mapToScene(event->position().toPoint())))) {
                setGroupOpen(node->taskName(), !node->isOpen());
                event->accept();
                return;
            }
            break;
        }
    }
    if (event->button() == Qt::LeftButton && !m_readOnly) {
        const PortHit hit = hitAt(event->position().toPoint());
        if (hit.node && hit.output && !hit.port.isEmpty()) {
            // Drawing a connection from an output port, not moving the node.
            m_connection =
                Connection{hit.node->taskName(), hit.port, new QGraphicsPathItem, {}, {}};
            QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
            pen.setCosmetic(true);
            m_connection->line->setPen(pen);
            m_connection->line->setZValue(3);
            m_scene->addItem(m_connection->line);
            updateConnection(event->position().toPoint());
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
    m_dragStart = selectedPositions();
    m_commentDragStart.clear();
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == CommentItem::Type)
            m_commentDragStart.insert(static_cast<CommentItem *>(item)->id(), item->pos());
    }
}

void PipelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_connection) {
        updateConnection(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

PipelineCanvas::PortHit PipelineCanvas::hitAt(QPoint viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() != NodeItem::Type || static_cast<NodeItem *>(item)->isInner())
            continue;
        auto *node = static_cast<NodeItem *>(item);
        PortHit hit;
        hit.node = node;
        if (const auto port = node->portAt(node->mapFromScene(mapToScene(viewPos)))) {
            hit.output = port->output;
            hit.port = port->output ? node->info().outputs[port->index].name
                                    : node->info().inputs[port->index].name;
        }
        return hit;
    }
    return {};
}

void PipelineCanvas::updateConnection(QPoint viewPos)
{
    NodeItem *from = m_nodes.value(m_connection->task);
    if (!from) {
        cancelConnection();
        return;
    }
    const QPointF a = from->outputAnchor(m_connection->output);
    const QPointF b = mapToScene(viewPos);
    QPainterPath path(a);
    const double bend = std::max(40.0, std::abs(b.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
    m_connection->line->setPath(path);

    // Over an input: say at once whether it fits, and why not.
    const PortHit hit = hitAt(viewPos);
    const QString target = hit.node && !hit.output && !hit.port.isEmpty()
                               ? hit.node->taskName() + QLatin1Char('.') + hit.port
                               : QString();
    if (target == m_connection->hovered)
        return;
    m_connection->hovered = target;
    m_connection->problem.clear();
    if (!target.isEmpty()) {
        m_connection->problem = m_document->connectProblem(
            m_dag, m_connection->task, m_connection->output, hit.node->taskName(), hit.port);
    }
    QPen pen = m_connection->line->pen();
    pen.setColor(m_connection->problem.isEmpty() ? palette().color(QPalette::Highlight)
                                                 : QColor(0xd3, 0x2f, 0x2f));
    m_connection->line->setPen(pen);
    if (m_connection->problem.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(viewport()->mapToGlobal(viewPos), m_connection->problem, viewport());
}

void PipelineCanvas::finishConnection(QPoint viewPos)
{
    const Connection connection = *m_connection;
    cancelConnection();
    const PortHit hit = hitAt(viewPos);
    if (!hit.node || hit.node->taskName() == connection.task)
        return;
    QString error;
    bool done = false;
    if (!hit.output && !hit.port.isEmpty())
        done = m_document->connectPorts(m_dag, connection.task, connection.output,
                                        hit.node->taskName(), hit.port, &error);
    else if (hit.port.isEmpty())
        done = m_document->addDependency(m_dag, connection.task, hit.node->taskName(), &error);
    else
        error = tr("Connect an output to an input (the ports on the left side of a task).");
    if (!done) {
        QToolTip::showText(viewport()->mapToGlobal(viewPos), error, viewport());
        emit message(error);
    }
}

void PipelineCanvas::cancelConnection()
{
    if (!m_connection)
        return;
    delete m_connection->line;
    m_connection.reset();
}

QPointF PipelineCanvas::viewCentre() const
{
    return mapToScene(viewport()->rect().center());
}

void PipelineCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && Palette::itemFromMime(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    if (Palette::itemFromMime(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineCanvas::dropEvent(QDropEvent *event)
{
    const auto item = Palette::itemFromMime(event->mimeData());
    if (!item) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit paletteDropped(*item, NodeGeometry::snapped(mapToScene(event->position().toPoint())));
}

void PipelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (dragMode() == ScrollHandDrag) {
        QMouseEvent release(event->type(), event->position(), event->globalPosition(),
                            Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        setDragMode(RubberBandDrag);
        return;
    }
    if (m_connection) {
        finishConnection(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    // Comments moved with the mouse: one step each.
    for (auto it = m_commentDragStart.begin(); it != m_commentDragStart.end(); ++it) {
        CommentItem *item = comment(it.key());
        if (item && item->pos() != it.value()) {
            auto moved = m_document->comments().value(m_dag).value(it.key());
            moved.pos = item->pos();
            m_document->setComment(m_dag, it.key(), moved, tr("Move comment"));
        }
    }
    m_commentDragStart.clear();
    if (m_dragStart.isEmpty())
        return;
    QHash<QString, QPointF> from, to;
    for (auto it = m_dragStart.begin(); it != m_dragStart.end(); ++it) {
        NodeItem *item = m_nodes.value(it.key());
        if (item && storedPos(item) != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), storedPos(item));
        }
    }
    m_dragStart.clear();
    if (!from.isEmpty())
        m_document->moveTasks(m_dag, from, to, tr("Move"));
}

void PipelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->type() == CommentItem::Type && !m_readOnly) {
            static_cast<CommentItem *>(item)->startEditing();
            return;
        }
        if (item->type() != NodeItem::Type)
            continue;
        const auto *node = static_cast<NodeItem *>(item);
        if (node->isInner()) {
            // A task inside an open group: edited in its group, where it is selected.
            const QString child = static_cast<NodeItem *>(node->parentItem())->info().component;
            m_selectAfterBuild = node->taskName();
            showDag(child);
            emit groupOpened(child);
            return;
        }
        if (node->info().group != GroupKind::None) {
            const QString child = node->info().component;
            showDag(child);
            emit groupOpened(child);
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void PipelineCanvas::keyPressEvent(QKeyEvent *event)
{
    // Keys belong to a comment being edited.
    if (auto *focus = m_scene->focusItem(); focus && focus->type() == CommentItem::Type &&
                                            static_cast<CommentItem *>(focus)->isEditing()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const double step =
        event->modifiers() & Qt::ShiftModifier ? NodeGeometry::kGrid * 5 : NodeGeometry::kGrid;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge({-step, 0});
        return;
    case Qt::Key_Right:
        nudge({step, 0});
        return;
    case Qt::Key_Up:
        nudge({0, -step});
        return;
    case Qt::Key_Down:
        nudge({0, step});
        return;
    case Qt::Key_Escape:
        if (m_connection) {
            cancelConnection();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    if (m_keepFitted && !m_busy)
        zoomToFit();
    if (m_busy)
        m_busyLabel->move(12, 12);
}

} // namespace kfw::views::editor
