#pragma once

#include "cluster/backend/services.h"

#include <QAbstractTableModel>

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
                    beginResetModel();
                    *rows = result.value.items;
                    endResetModel();
                } else if (!result.value.items.isEmpty()) {
                    beginInsertRows({}, int(rows->size()),
                                    int(rows->size() + result.value.items.size() - 1));
                    *rows += result.value.items;
                    endInsertRows();
                }
                emit loaded(QString());
            });
    }

private:
    QString m_nextToken;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace kfw::ui
