#pragma once

#include "cluster/backend/services.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace kfw::ui {

// A table of what a backend lists a page at a time: the first page on reload, the next ones as
// the view scrolls (canFetchMore/fetchMore). Answers to an older request are dropped, and the
// next page's token is taken before rows are announced (a view may ask for more at once).
// Subclasses keep the rows and say how to ask for a page (load()).
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    bool isLoading() const { return m_loading; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After each answer: the error is empty when it worked.
    void loaded(const QString &error);

protected:
    // A header click on a list the backend sorts: sets page's order to field (empty: the column
    // does not sort) in that direction; true when that changed it and the rows must be asked for
    // again.
    static bool setOrder(backend::PageRequest *page, const QString &field, Qt::SortOrder order)
    {
        const bool descending = order == Qt::DescendingOrder;
        if (field.isEmpty() || (page->sortBy == field && page->descending == descending))
            return false;
        page->sortBy = field;
        page->descending = descending;
        return true;
    }

    using QAbstractTableModel::QAbstractTableModel;

    // Asks for a page (from the first when pageToken is empty); replace: the answer replaces the
    // rows, otherwise it is appended. Implemented with requestPage(), or cancel() when there is
    // nothing to ask.
    virtual void load(const QString &pageToken, int pageSize, bool replace) = 0;
    // Drops every request under way (their answers are ignored) and forgets the next page.
    void cancel();

    template<typename T>
    void requestPage(QFuture<backend::Result<backend::Page<T>>> future, QList<T> *rows,
                     bool replace)
    {
        const quint64 generation = ++m_generation;
        m_loading = true;
        backend::whenFinished(
            future, this,
            [this, generation, rows, replace](const backend::Result<backend::Page<T>> &result) {
                if (generation != m_generation)
                    return; // a newer request is on its way
                m_loading = false;
                if (!result.ok()) {
                    emit loaded(result.error);
                    return;
                }
                m_nextToken = result.value.nextPageToken;
                if (replace) {
                    replaceRows(rows, result.value.items);
                } else if (!result.value.items.isEmpty()) {
                    beginInsertRows({}, int(rows->size()),
                                    int(rows->size() + result.value.items.size() - 1));
                    *rows += result.value.items;
                    endInsertRows();
                }
                emit loaded(QString());
            });
    }

    // Puts fresh rows in place of those shown. When the items both lists have (by id) are in the
    // same order, the rows that went are removed, those that came are inserted and the others
    // change in place, so that a view keeps its selection and scroll position; a new order
    // resets the model.
    template<typename T>
    void replaceRows(QList<T> *rows, const QList<T> &fresh)
    {
        QSet<QString> oldIds;
        QSet<QString> freshIds;
        for (const T &row : std::as_const(*rows))
            oldIds.insert(row.id);
        for (const T &row : fresh)
            freshIds.insert(row.id);
        QStringList kept;
        QStringList stillThere;
        for (const T &row : std::as_const(*rows))
            if (freshIds.contains(row.id))
                kept << row.id;
        for (const T &row : fresh)
            if (oldIds.contains(row.id))
                stillThere << row.id;
        if (rows->isEmpty() || kept != stillThere) {
            beginResetModel();
            *rows = fresh;
            endResetModel();
            return;
        }
        // What went, from the bottom up (a run of neighbours at a time).
        for (int row = int(rows->size()) - 1; row >= 0;) {
            if (freshIds.contains(rows->at(row).id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !freshIds.contains(rows->at(first - 1).id))
                --first;
            beginRemoveRows({}, first, row);
            rows->remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        // What came, in its place.
        for (int row = 0; row < fresh.size();) {
            if (oldIds.contains(fresh.at(row).id)) {
                ++row;
                continue;
            }
            int last = row;
            while (last + 1 < fresh.size() && !oldIds.contains(fresh.at(last + 1).id))
                ++last;
            beginInsertRows({}, row, last);
            rows->insert(row, last - row + 1, T{});
            std::copy(fresh.begin() + row, fresh.begin() + last + 1, rows->begin() + row);
            endInsertRows();
            row = last + 1;
        }
        *rows = fresh;
        if (!rows->isEmpty())
            emit dataChanged(index(0, 0), index(int(rows->size() - 1), columnCount() - 1));
    }

private:
    QString m_nextToken;
    bool m_loading = false;
    quint64 m_generation = 0;
};

// A PagedListModel that keeps its rows as a list of T (items with an id): row lookups, the row
// count, a fresh start for a new query and a reload of the rows shown come with it.
template<typename T>
class PagedRows : public PagedListModel
{
public:
    const T *item(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using PagedListModel::PagedListModel;

    // Empties the rows and asks for the first page (after the query changed).
    void restart()
    {
        cancel();
        beginResetModel();
        m_rows.clear();
        endResetModel();
        load({}, kPageSize, true);
    }
    // Asks again for the rows shown so far (at least one page), keeping them in place.
    void reloadShown() { load({}, std::max(kPageSize, int(m_rows.size())), true); }
    void requestRows(QFuture<backend::Result<backend::Page<T>>> future, bool replace)
    {
        requestPage(future, &m_rows, replace);
    }

    QList<T> m_rows;
};

} // namespace kfw::ui
