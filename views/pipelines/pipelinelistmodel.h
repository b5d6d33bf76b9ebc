#pragma once

#include "cluster/backend/services.h"
#include "ui/pagedlistmodel.h"

#include <QPointer>

namespace kfw::views {

// The pipelines of a backend, a page at a time as the view scrolls (canFetchMore/fetchMore),
// filtered by name and sorted by the backend. Answers to an older query are dropped.
class PipelineListModel : public ui::PagedRows<backend::PipelineInfo>
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
    explicit PipelineListModel(QObject *parent = nullptr);
    void setService(backend::PipelineService *service);
    void setNameFilter(const QString &text);
    // Lists again from the first page, keeping the number of rows shown.
    void refresh();
    const backend::PipelineInfo *pipeline(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorting is the backend's: by name or creation time.
    void sort(int column, Qt::SortOrder order) override;

protected:
    void load(const QString &pageToken, int pageSize, bool replace) override;

private:
    QPointer<backend::PipelineService> m_service;
    backend::PipelineQuery m_query;
};

} // namespace kfw::views
