#include "ui/activitytracker.h"

namespace kfw::ui {

ActivityTracker::ActivityTracker(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ActivityTracker::start(const QString &title, int maximum)
{
    const int id = m_nextId++;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.push_back({id, title, 0, std::max(0, maximum)});
    endInsertRows();
    if (row == 0)
        emit busyChanged(true);
    return id;
}

void ActivityTracker::setProgress(int id, int value, int maximum)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Activity &a = m_items[std::size_t(row)];
    a.maximum = std::max(0, maximum);
    a.value = std::clamp(value, 0, std::max(a.maximum, 0));
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx, {ProgressRole, MaximumRole});
}

void ActivityTracker::setTitle(int id, const QString &title)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_items[std::size_t(row)].title = title;
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx, {Qt::DisplayRole});
}

void ActivityTracker::finish(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
    if (m_items.empty())
        emit busyChanged(false);
}

int ActivityTracker::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ActivityTracker::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_items.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case ProgressRole:
        return a.value;
    case MaximumRole:
        return a.maximum;
    default:
        return {};
    }
}

int ActivityTracker::rowOf(int id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace kfw::ui
