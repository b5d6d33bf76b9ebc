#pragma once

#include "cluster/backend/services.h"
#include "ui/activitytracker.h"
#include "views/runs/pagedlistmodel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace kfw::views {

// Reads a condition typed in the runs filter into the query: "accuracy >= 0.9" or
// "evaluate/metrics/accuracy <= 0.5" (a metric, any task or a named one), "epochs = 20" (a
// parameter's value; text without quotes). Empty text clears both. Returns false with *error
// saying what is expected when the text is not a condition.
bool parseRunCondition(const QString &text, backend::RunQuery *query, QString *error);

// The runs of a backend, newest first, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore). Every call is asynchronous; answers to an older query are dropped.
class RunListModel : public PagedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        Duration,
        Started,
        Pipeline,
        Experiment,
        ColumnCount
    };
    explicit RunListModel(QObject *parent = nullptr);

    // The service to list from (null: an empty model). Reloads.
    void setService(backend::RunService *service);
    // Filters; reloads from the first page.
    void setQuery(const backend::RunQuery &query);
    const backend::RunQuery &query() const { return m_query; }
    // Reloads the rows shown so far (at least one page), keeping their number.
    void refresh();
    // Experiment names by id, shown instead of the ids (a cluster's are UUIDs).
    void setExperimentNames(const QHash<QString, QString> &names);

    const backend::RunInfo *run(int row) const;
    int rowOf(const QString &runId) const;
    // Loads show in the status bar's activity indicator.
    void setActivityTracker(ui::ActivityTracker *activity) { m_activity = activity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorting is the backend's: by name, state or start time (other columns keep the order).
    void sort(int column, Qt::SortOrder order) override;

    static QString stateText(const QString &state);
    static QString durationText(qint64 seconds);

private:
    QHash<QString, QString> m_experimentNames;

protected:
    void load(const QString &pageToken, int pageSize, bool replace) override;

private:
    QPointer<backend::RunService> m_service;
    backend::RunQuery m_query;
    QList<backend::RunInfo> m_runs;
    QTimer m_tick; // running durations count up
    QPointer<ui::ActivityTracker> m_activity;
};

} // namespace kfw::views
