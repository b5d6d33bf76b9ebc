#include "ui/actionregistry.h"

#include <QAction>

namespace kfw::ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActionRegistry::add(QAction *action, const QString &category)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({action, category});
    endInsertRows();
    connect(action, &QObject::destroyed, this, &ActionRegistry::removeDestroyed);
    connect(action, &QAction::changed, this, [this, action] {
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].action == action) {
                const QModelIndex idx = index(int(i));
                emit dataChanged(idx, idx);
            }
        }
    });
}

QAction *ActionRegistry::find(const QString &objectName) const
{
    for (const Entry &e : m_entries) {
        if (e.action && e.action->objectName() == objectName)
            return e.action;
    }
    return nullptr;
}

void ActionRegistry::removeDestroyed(QObject *action)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        // The QPointer is already null here; compare the raw address instead.
        if (m_entries[i].action.isNull() || m_entries[i].action.data() == action) {
            beginRemoveRows({}, int(i), int(i));
            m_entries.erase(m_entries.begin() + std::ptrdiff_t(i));
            endRemoveRows();
            return;
        }
    }
}

int ActionRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ActionRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(std::size_t(index.row()));
    if (!e.action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return e.action->iconText();
    case Qt::DecorationRole:
        return e.action->icon();
    case Qt::ToolTipRole:
        return e.action->toolTip();
    case CategoryRole:
        return e.category;
    case ShortcutRole:
        return e.action->shortcut().toString(QKeySequence::NativeText);
    case ActionRole:
        return QVariant::fromValue(static_cast<QObject *>(e.action.data()));
    default:
        return {};
    }
}

} // namespace kfw::ui
