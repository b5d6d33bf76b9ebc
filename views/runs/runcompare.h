#pragma once

#include "cluster/backend/services.h"
#include "views/runs/artifactview.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChartView;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace kfw::views {

// A run to compare and where it comes from (the backend's name).
struct ComparedRun
{
    QString source;
    backend::RunDetail detail;
};

// What a comparison of runs shows, computed off the GUI thread: each run's parameters (the
// pipeline's defaults where the run gave none) and scalar metrics, which parameters differ, the
// best value of each metric, and each run's ROC curve and confusion matrix.
struct RunComparison
{
    QStringList runs;   // labels: "name (source)"
    QStringList runIds; // "source/id"
    QStringList parameters;
    QList<QStringList> parameterText; // [run][parameter]; empty: the run has no such parameter
    QList<bool> parameterDiffers;     // [parameter]: not the same in every run
    QStringList metrics;              // "task/artifact/metric"
    QList<QList<std::optional<double>>> metricValues; // [run][metric]
    QList<bool> lowerIsBetter;                        // [metric]: a loss, an error
    QList<QList<int>> best;                           // [metric]: the runs holding the best value
    QList<RocCurve> roc;                              // [run]
    QList<ConfusionMatrix> matrices;                  // [run]

    static RunComparison of(const QList<ComparedRun> &runs);
    bool isBest(int run, int metric) const { return best.value(metric).contains(run); }
    QString parametersCsv() const;
    QString metricsCsv() const;
};

// Side by side, any number of runs from any backends: a parameter table (differing values marked,
// "only differences"), a metrics table (the best value of each metric marked), charts (metric
// bars, ROC curves overlaid, parallel coordinates over parameters and metrics), confusion matrices
// side by side, and CSV export of both tables.
class RunCompareView : public QWidget
{
    Q_OBJECT
public:
    // Cells a table marks (a differing parameter, a best metric) carry true in this role.
    static constexpr int MarkRole = Qt::UserRole + 1;

    explicit RunCompareView(QWidget *parent = nullptr);
    // Adds runs (a run already shown is replaced by its newer facts); computed off the GUI thread.
    void addRuns(const QList<ComparedRun> &runs);
    int runCount() const { return int(m_runs.size()); }
    const RunComparison &comparison() const { return m_comparison; }
    QTableWidget *parameterTable() const { return m_parameters; }
    QTableWidget *metricTable() const { return m_metrics; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    QChartView *barChart() const { return m_bars; }
    QChartView *rocChart() const { return m_roc; }
    QChartView *parallelChart() const { return m_parallel; }
    QList<ConfusionMatrixWidget *> matrixWidgets() const { return m_matrixWidgets; }
    // Writes a table as CSV (on a worker thread); exported() tells how it went.
    void exportCsv(bool metrics, const QString &file);

signals:
    // The comparison of the runs added so far is shown.
    void updated();
    void exported(const QString &error);

private:
    void showComparison(const RunComparison &comparison);
    void fillParameters();
    void fillMetrics();
    void fillCharts();
    void fillMatrices();
    void chooseExport(bool metrics);

    QList<ComparedRun> m_runs;
    RunComparison m_comparison;
    quint64 m_generation = 0;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_parameters;
    QCheckBox *m_onlyDifferences;
    QTableWidget *m_metrics;
    QChartView *m_bars;
    QChartView *m_roc;
    QChartView *m_parallel;
    QWidget *m_matrixHost;
    QList<ConfusionMatrixWidget *> m_matrixWidgets;
};

} // namespace kfw::views
