#pragma once

#include "cluster/backend/services.h"
#include "ui/pagedlistmodel.h"

#include <QPointer>

namespace kfw::views {

// The experiments of a backend, active or archived, loaded a page at a time as the view scrolls,
// sorted by name or creation on the backend. Every call is asynchronous; answers to an older
// query are dropped.
class ExperimentListModel : public ui::PagedRows<backend::ExperimentInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Created,
        Description,
        ColumnCount
    };
    explicit ExperimentListModel(QObject *parent = nullptr);

    // The service to list from (null: an empty model). Reloads.
    void setService(backend::ExperimentService *service);
    // Filters; reloads from the first page.
    void setQuery(const backend::ExperimentQuery &query);
    const backend::ExperimentQuery &query() const { return m_query; }
    // Reloads the rows shown so far (at least one page), keeping their number.
    void refresh();

    const backend::ExperimentInfo *experiment(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // By name or creation time; the description column keeps the order.
    void sort(int column, Qt::SortOrder order) override;

protected:
    void load(const QString &pageToken, int pageSize, bool replace) override;

private:
    QPointer<backend::ExperimentService> m_service;
    backend::ExperimentQuery m_query;
};

} // namespace kfw::views
