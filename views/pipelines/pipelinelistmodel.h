#pragma once

#include "cluster/backend/services.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kfw::views {

// The pipelines of a backend, a page at a time as the view scrolls (canFetchMore/fetchMore),
// filtered by name and sorted by the backend. Answers to an older query are dropped.
class PipelineListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 50;

    explicit PipelineListModel(QObject *parent = nullptr);
    void setService(backend::PipelineService *service);
    void setNameFilter(const QString &text);
    // Lists again from the first page, keeping the number of rows shown.
    void refresh();
    const backend::PipelineInfo *pipeline(int row) const;
    int rowOf(const QString &pipelineId) const;
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorting is the backend's: by name or creation time.
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After each answer: empty when it worked.
    void loaded(const QString &error);

private:
    void load(const QString &pageToken, int pageSize, bool replace);

    QPointer<backend::PipelineService> m_service;
    backend::PipelineQuery m_query;
    QList<backend::PipelineInfo> m_pipelines;
    QString m_nextToken;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace kfw::views
