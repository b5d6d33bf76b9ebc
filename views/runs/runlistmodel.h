#pragma once

#include "cluster/backend/services.h"
#include "ui/activitytracker.h"
#include "ui/pagedlistmodel.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace kfw::views {

// Reads a condition typed in the runs filter into the query: "accuracy >= 0.9" or
// "evaluate/metrics/accuracy <= 0.5" (a metric, any task or a named one), "epochs = 20" (a
// parameter's value; text without quotes). Empty text clears both. Returns false with *error
// saying what is expected when the text is not a condition.
// Several conditions are separated by commas (one metric, one parameter), and
// "label:team=vision" (or "label:team", any value) asks for a label.
bool parseRunCondition(const QString &text, backend::RunQuery *query, QString *error);

// Reads labels typed as "team=vision, stage=tuning" (a key alone: an empty value). Returns false
// with *error saying what is wrong.
bool parseLabels(const QString &text, QMap<QString, QString> *labels, QString *error);
// Labels as parseLabels() reads them.
QString labelsText(const QMap<QString, QString> &labels);

// The runs of a backend, newest first, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore). Every call is asynchronous; answers to an older query are dropped.
// Besides its fixed columns it shows chosen metrics and parameters, one column each; a backend
// that does not list metrics with its runs is asked for those of the rows shown.
class RunListModel : public ui::PagedRows<backend::RunInfo>
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
        Version,
        Experiment,
        ColumnCount // the chosen metric and parameter columns follow
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
    // The metric columns (a metric's name, any task, or "task/artifact/name") and parameter
    // columns shown after the fixed ones.
    void setExtraColumns(const QStringList &metrics, const QStringList &parameters);
    QStringList metricColumns() const { return m_metricColumns; }
    QStringList parameterColumns() const { return m_parameterColumns; }
    // Metric names and parameter names of the runs loaded so far, sorted: what can be shown.
    QStringList knownMetrics() const;
    QStringList knownParameters() const;
    // The column a sort field is shown in (-1: none), and the field of a column (empty: the
    // column does not sort).
    int columnOfSort(const QString &field) const;
    QString sortFieldOf(int column) const;
    // A metric's value in a run's metrics: the exact key, or the largest of that name.
    static std::optional<double> metricValue(const QMap<QString, double> &metrics,
                                             const QString &key);
    // A parameter's value as its column shows it (empty: not set).
    static QString parameterText(const QJsonValue &value);

    const backend::RunInfo *run(int row) const { return item(row); }
    // Loads show in the status bar's activity indicator.
    void setActivityTracker(ui::ActivityTracker *activity) { m_activity = activity; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorting is the backend's; a column the backend cannot sort by leaves the order as it is
    // and says so (sortRefused).
    void sort(int column, Qt::SortOrder order) override;

    static QString stateText(const QString &state);
    static QString durationText(qint64 seconds);

signals:
    void sortRefused(const QString &message);

private:
    QHash<QString, QString> m_experimentNames;
    QStringList m_metricColumns;
    QStringList m_parameterColumns;
    // Metrics of runs whose backend does not list them, fetched for the rows shown.
    const QMap<QString, double> *metricsOf(const backend::RunInfo &run) const;
    // The same without asking: null when not known yet.
    const QMap<QString, double> *metricsKnown(const backend::RunInfo &run) const;
    void fetchMetrics();
    mutable QHash<QString, QMap<QString, double>> m_fetchedMetrics;
    QSet<QString> m_provisionalMetrics; // fetched before the run ended, or without its outputs
    mutable QSet<QString> m_metricsWanted;
    QSet<QString> m_metricsAsked;
    mutable QTimer m_fetchSoon; // started by data() for rows whose metrics are not known

protected:
    void load(const QString &pageToken, int pageSize, bool replace) override;

private:
    QPointer<backend::RunService> m_service;
    backend::RunQuery m_query;
    QTimer m_tick; // running durations count up
    QPointer<ui::ActivityTracker> m_activity;
};

} // namespace kfw::views
