#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace kfw::ui {

// A table of items with a name each (profiles, notebooks): replacing the items keeps the rows of
// those that stay, so that a view's selection and scroll position survive a refresh.
template<typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    // key: an item's name, unique in the table.
    KeyedTableModel(std::function<QString(const T &)> key, int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_key(std::move(key))
        , m_columns(columns)
    {}

    // Items gone are removed, new ones appended, the rest changed in place.
    void setItems(const QList<T> &items)
    {
        // Gone first, from the bottom so rows stay valid.
        for (int row = int(m_items.size()) - 1; row >= 0; --row) {
            const QString key = m_key(m_items.at(row));
            const bool stays = std::any_of(items.begin(), items.end(),
                                           [&](const T &item) { return m_key(item) == key; });
            if (!stays) {
                beginRemoveRows({}, row, row);
                m_items.removeAt(row);
                endRemoveRows();
            }
        }
        for (const T &item : items) {
            const int row = rowOf(m_key(item));
            if (row >= 0) {
                m_items[row] = item;
                emit dataChanged(index(row, 0), index(row, m_columns - 1));
            } else {
                const int at = int(m_items.size());
                beginInsertRows({}, at, at);
                m_items.append(item);
                endInsertRows();
            }
        }
    }
    const QList<T> &items() const { return m_items; }
    const T *item(int row) const
    {
        return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    }
    int rowOf(const QString &key) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_key(m_items.at(i)) == key)
                return i;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

private:
    std::function<QString(const T &)> m_key;
    int m_columns;
    QList<T> m_items;
};

} // namespace kfw::ui
