#include "ui/commandpalette.h"

#include "ui/actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace kfw::ui {

int fuzzyScore(const QString &query, const QString &text)
{
    const QString q = query.trimmed().toCaseFolded();
    if (q.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    const qsizetype direct = t.indexOf(q);
    if (direct >= 0) {
        const bool wordStart = direct == 0 || !t.at(direct - 1).isLetterOrNumber();
        return 1000 + (wordStart ? 500 : 0) - int(direct);
    }
    int score = 0;
    qsizetype ti = 0;
    qsizetype lastMatch = -2;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        ti = t.indexOf(c, ti);
        if (ti < 0)
            return -1;
        if (ti == lastMatch + 1)
            score += 8;
        if (ti == 0 || !t.at(ti - 1).isLetterOrNumber())
            score += 12;
        score += 1;
        lastMatch = ti;
        ++ti;
    }
    return score;
}

void CommandFilterModel::setQuery(const QString &query)
{
    m_query = query;
    invalidate();
    sort(0);
}

int CommandFilterModel::score(const QModelIndex &sourceIndex) const
{
    const QString text = sourceIndex.data(Qt::DisplayRole).toString();
    const QString category = sourceIndex.data(ActionRegistry::CategoryRole).toString();
    const int onText = fuzzyScore(m_query, text);
    const int onBoth = fuzzyScore(m_query, category + QLatin1Char(' ') + text);
    return std::max(onText, onBoth >= 0 ? onBoth - 1 : -1);
}

bool CommandFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    auto *action = qobject_cast<QAction *>(idx.data(ActionRegistry::ActionRole).value<QObject *>());
    if (!action || !action->isEnabled() || action->text().isEmpty())
        return false;
    return m_query.trimmed().isEmpty() || score(idx) >= 0;
}

bool CommandFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_query.trimmed().isEmpty()) {
        const int l = score(left);
        const int r = score(right);
        if (l != r)
            return l > r;
    }
    return left.row() < right.row();
}

namespace {

// Draws "Category: Action" on the left and the shortcut on the right.
class CommandDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString shortcut = index.data(ActionRegistry::ShortcutRole).toString();
        const QString category = index.data(ActionRegistry::CategoryRole).toString();
        opt.text = category.isEmpty() ? opt.text : category + QStringLiteral(": ") + opt.text;
        // Rows without an icon keep the icon's space, so that the texts line up.
        opt.features |= QStyleOptionViewItem::HasDecoration;
        if (opt.icon.isNull()) {
            if (!opt.decorationSize.isValid() || opt.decorationSize.isEmpty())
                opt.decorationSize = QSize(16, 16);
            QPixmap blank(opt.decorationSize);
            blank.fill(Qt::transparent);
            opt.icon = QIcon(blank);
        }
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        if (!shortcut.isEmpty()) {
            painter->save();
            const bool selected = opt.state & QStyle::State_Selected;
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(opt.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter, shortcut);
            painter->restore();
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
        return s;
    }
};

} // namespace

CommandPalette::CommandPalette(ActionRegistry *actions, QWidget *window)
    : QFrame(window)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_filter(new CommandFilterModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_search->setObjectName(QStringLiteral("commandPaletteSearch"));
    m_search->setPlaceholderText(tr("Type a command or a page name…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_filter->setSourceModel(actions);
    m_filter->setDynamicSortFilter(true);
    m_filter->sort(0);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        m_list->setCurrentIndex(m_filter->index(0, 0));
        place();
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &idx) {
        m_list->setCurrentIndex(idx);
        triggerCurrent();
    });
    window->installEventFilter(this);
    hide();
}

void CommandPalette::popup()
{
    m_search->clear();
    m_filter->setQuery({});
    m_list->setCurrentIndex(m_filter->index(0, 0));
    place();
    show();
    raise();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place()
{
    // As tall as the matching rows need, up to twelve rows or the window's height.
    QWidget *w = parentWidget();
    const int width = std::min(640, w->width() - 40);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 12);
    const int rows = std::clamp(m_filter->rowCount(), 1, 12);
    const QMargins margins = layout()->contentsMargins();
    const int chrome = m_search->sizeHint().height() + layout()->spacing() + margins.top() + margins.bottom()
                       + 2 * m_list->frameWidth() + 2 * frameWidth() + 4;
    const int height = std::min(chrome + rows * rowHeight, w->height() - 80);
    setGeometry((w->width() - width) / 2, 56, width, height);
}

void CommandPalette::triggerCurrent()
{
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        return;
    auto *action = qobject_cast<QAction *>(idx.data(ActionRegistry::ActionRole).value<QObject *>());
    hide();
    if (action && action->isEnabled()) {
        action->trigger();
        emit actionTriggered(action);
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            place();
        return false;
    }
    if (watched == m_search) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Escape:
                hide();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                triggerCurrent();
                return true;
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown: {
                const int rows = m_filter->rowCount();
                if (rows == 0)
                    return true;
                int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
                const int step = (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) ? 8 : 1;
                row += (key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp) ? -step : step;
                m_list->setCurrentIndex(m_filter->index(std::clamp(row, 0, rows - 1), 0));
                return true;
            }
            default:
                break;
            }
        } else if (event->type() == QEvent::FocusOut) {
            auto *focus = static_cast<QFocusEvent *>(event);
            if (focus->reason() == Qt::MouseFocusReason || focus->reason() == Qt::ActiveWindowFocusReason)
                hide();
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace kfw::ui
