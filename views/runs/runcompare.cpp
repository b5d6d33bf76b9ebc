#include "views/runs/runcompare.h"

#include "cluster/pipelinespec/pipelinedocument.h"
#include "views/runs/runlauncher.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace kfw::views {

namespace {

// Metrics named like these are better when lower.
bool lowerIsBetterName(const QString &key)
{
    const QString name = key.section(QLatin1Char('/'), -1).toLower();
    for (const char *word : {"loss", "error", "mse", "mae", "rmse", "perplexity", "latency"}) {
        if (name.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

// The pipeline's parameter defaults, as the run form shows them.
QMap<QString, QString> parameterDefaults(const QByteArray &spec)
{
    QMap<QString, QString> defaults;
    pipelinespec::ReadError error;
    const auto document =
        pipelinespec::PipelineDocument::fromBytes(spec, QStringLiteral("run"), &error);
    if (!document)
        return defaults;
    const pipelinespec::YamlValue *parameters =
        document->spec().at({"root", "inputDefinitions", "parameters"});
    if (!parameters)
        return defaults;
    for (const auto &p : parameters->entries()) {
        if (const pipelinespec::YamlValue *value = p.value.find(QStringLiteral("defaultValue")))
            defaults.insert(p.key.scalarText(), jsonValueText(value->toJson()));
        else
            defaults.insert(p.key.scalarText(), QString());
    }
    return defaults;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString csv(const QStringList &header, const QList<QStringList> &rows)
{
    QStringList lines;
    auto line = [](const QStringList &fields) {
        QStringList out;
        for (const QString &f : fields)
            out << csvField(f);
        return out.join(QLatin1Char(','));
    };
    lines << line(header);
    for (const QStringList &row : rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QTableWidget *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QChartView *newChart(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
}

} // namespace

RunComparison RunComparison::of(const QList<ComparedRun> &runs)
{
    RunComparison c;
    QList<QMap<QString, QString>> parameters;
    QSet<QString> parameterNames;
    QSet<QString> metricNames;
    for (const ComparedRun &run : runs) {
        const backend::RunInfo &info = run.detail.run;
        c.runs << QStringLiteral("%1 (%2)").arg(info.name, run.source);
        c.runIds << run.source + QLatin1Char('/') + info.id;
        QMap<QString, QString> values = parameterDefaults(run.detail.pipelineSpec);
        for (auto it = info.parameters.begin(); it != info.parameters.end(); ++it)
            values.insert(it.key(), jsonValueText(it.value()));
        for (auto it = values.begin(); it != values.end(); ++it)
            parameterNames.insert(it.key());
        parameters << values;
        for (auto it = run.detail.metrics.begin(); it != run.detail.metrics.end(); ++it)
            metricNames.insert(it.key());
        // The first classification of the run: its ROC curve and confusion matrix.
        RocCurve roc;
        ConfusionMatrix matrix;
        for (const backend::ArtifactInfo &a : run.detail.artifacts) {
            if (a.schemaTitle != QLatin1String("system.ClassificationMetrics"))
                continue;
            if (roc.isEmpty())
                roc = RocCurve::fromMetadata(a.metadata);
            if (matrix.isEmpty())
                matrix = ConfusionMatrix::fromMetadata(a.metadata);
        }
        c.roc << roc;
        c.matrices << matrix;
    }
    c.parameters = parameterNames.values();
    c.parameters.sort();
    c.metrics = metricNames.values();
    c.metrics.sort();
    for (const QMap<QString, QString> &values : std::as_const(parameters)) {
        QStringList row;
        for (const QString &p : std::as_const(c.parameters))
            row << values.value(p);
        c.parameterText << row;
    }
    for (int p = 0; p < c.parameters.size(); ++p) {
        bool differs = false;
        for (int r = 1; r < c.parameterText.size() && !differs; ++r)
            differs = c.parameterText[r][p] != c.parameterText[0][p];
        c.parameterDiffers << differs;
    }
    for (const ComparedRun &run : runs) {
        QList<std::optional<double>> row;
        for (const QString &m : std::as_const(c.metrics)) {
            const auto it = run.detail.metrics.constFind(m);
            row << (it == run.detail.metrics.constEnd() || std::isnan(*it)
                        ? std::nullopt
                        : std::optional<double>(*it));
        }
        c.metricValues << row;
    }
    for (int m = 0; m < c.metrics.size(); ++m) {
        const bool lower = lowerIsBetterName(c.metrics[m]);
        c.lowerIsBetter << lower;
        std::optional<double> best;
        for (const auto &row : std::as_const(c.metricValues)) {
            if (row[m] && (!best || (lower ? *row[m] < *best : *row[m] > *best)))
                best = row[m];
        }
        QList<int> holders;
        for (int r = 0; r < c.metricValues.size(); ++r) {
            if (best && c.metricValues[r][m] == best)
                holders << r;
        }
        // A metric every run has the same value of marks no run as better.
        if (holders.size() == c.metricValues.size() && holders.size() > 1)
            holders.clear();
        c.best << holders;
    }
    return c;
}

QString RunComparison::parametersCsv() const
{
    QList<QStringList> rows;
    for (int r = 0; r < runs.size(); ++r)
        rows << (QStringList{runs[r]} + parameterText[r]);
    return csv(QStringList{QStringLiteral("run")} + parameters, rows);
}

QString RunComparison::metricsCsv() const
{
    QList<QStringList> rows;
    for (int r = 0; r < runs.size(); ++r) {
        QStringList row{runs[r]};
        for (const auto &v : metricValues[r])
            row << (v ? number(*v) : QString());
        rows << row;
    }
    return csv(QStringList{QStringLiteral("run")} + metrics, rows);
}

RunCompareView::RunCompareView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("run-compare"));
    setWindowTitle(tr("Compare Runs"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the runs…"), this);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *parametersPage = new QWidget(m_tabs);
    auto *parametersLayout = new QVBoxLayout(parametersPage);
    auto *parametersBar = new QHBoxLayout;
    m_onlyDifferences = new QCheckBox(tr("Only differences"), parametersPage);
    m_onlyDifferences->setToolTip(tr("Hide the parameters that are the same in every run"));
    auto *exportParameters = new QPushButton(tr("Export as CSV…"), parametersPage);
    parametersBar->addWidget(m_onlyDifferences);
    parametersBar->addStretch(1);
    parametersBar->addWidget(exportParameters);
    parametersLayout->addLayout(parametersBar);
    m_parameters = newTable(parametersPage, QStringLiteral("compare-parameters"));
    parametersLayout->addWidget(m_parameters, 1);
    m_tabs->addTab(parametersPage, tr("Parameters"));

    auto *metricsPage = new QWidget(m_tabs);
    auto *metricsLayout = new QVBoxLayout(metricsPage);
    auto *metricsBar = new QHBoxLayout;
    auto *exportMetrics = new QPushButton(tr("Export as CSV…"), metricsPage);
    metricsBar->addWidget(new QLabel(tr("The best value of each metric is marked (lowest for "
                                        "losses and errors, highest otherwise)."),
                                     metricsPage),
                          1);
    metricsBar->addWidget(exportMetrics);
    metricsLayout->addLayout(metricsBar);
    m_metrics = newTable(metricsPage, QStringLiteral("compare-metrics"));
    metricsLayout->addWidget(m_metrics, 1);
    m_tabs->addTab(metricsPage, tr("Metrics"));

    m_bars = newChart(m_tabs, QStringLiteral("compare-bars"));
    m_tabs->addTab(m_bars, tr("Metric Bars"));
    m_roc = newChart(m_tabs, QStringLiteral("compare-roc"));
    m_tabs->addTab(m_roc, tr("ROC Curves"));
    m_parallel = newChart(m_tabs, QStringLiteral("compare-parallel"));
    m_tabs->addTab(m_parallel, tr("Parallel Coordinates"));
    auto *scroll = new QScrollArea(m_tabs);
    m_matrixHost = new QWidget(scroll);
    new QGridLayout(m_matrixHost);
    scroll->setWidget(m_matrixHost);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("Confusion Matrices"));

    connect(m_onlyDifferences, &QCheckBox::toggled, this, &RunCompareView::fillParameters);
    connect(exportParameters, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(exportMetrics, &QPushButton::clicked, this, [this] { chooseExport(true); });
}

void RunCompareView::addRuns(const QList<ComparedRun> &runs)
{
    for (const ComparedRun &run : runs) {
        const auto same = [&run](const ComparedRun &r) {
            return r.source == run.source && r.detail.run.id == run.detail.run.id;
        };
        if (const auto it = std::find_if(m_runs.begin(), m_runs.end(), same); it != m_runs.end())
            *it = run;
        else
            m_runs.append(run);
    }
    setWindowTitle(tr("Compare %n Runs", nullptr, int(m_runs.size())));
    const quint64 generation = ++m_generation;
    backend::whenFinished(QtConcurrent::run(RunComparison::of, m_runs), this,
                          [this, generation](const RunComparison &c) {
                              if (generation == m_generation)
                                  showComparison(c);
                          });
}

void RunCompareView::showComparison(const RunComparison &comparison)
{
    m_comparison = comparison;
    int differing = 0;
    for (bool d : comparison.parameterDiffers)
        differing += d ? 1 : 0;
    m_summary->setText(tr("%1 runs; %2 of %3 parameters differ; %4 metrics.")
                           .arg(comparison.runs.size())
                           .arg(differing)
                           .arg(comparison.parameters.size())
                           .arg(comparison.metrics.size()));
    fillParameters();
    fillMetrics();
    fillCharts();
    fillMatrices();
    emit updated();
}

void RunCompareView::fillParameters()
{
    const RunComparison &c = m_comparison;
    m_parameters->clear();
    m_parameters->setRowCount(int(c.runs.size()));
    m_parameters->setColumnCount(int(c.parameters.size()));
    m_parameters->setHorizontalHeaderLabels(c.parameters);
    m_parameters->setVerticalHeaderLabels(c.runs);
    QColor marked = palette().color(QPalette::Highlight);
    marked.setAlpha(60);
    for (int p = 0; p < c.parameters.size(); ++p) {
        for (int r = 0; r < c.runs.size(); ++r) {
            auto *item = new QTableWidgetItem(c.parameterText[r][p]);
            if (c.parameterDiffers[p]) {
                item->setBackground(marked);
                item->setData(MarkRole, true);
            }
            m_parameters->setItem(r, p, item);
        }
        m_parameters->setColumnHidden(p, m_onlyDifferences->isChecked() && !c.parameterDiffers[p]);
    }
}

void RunCompareView::fillMetrics()
{
    const RunComparison &c = m_comparison;
    m_metrics->clear();
    m_metrics->setRowCount(int(c.runs.size()));
    m_metrics->setColumnCount(int(c.metrics.size()));
    m_metrics->setHorizontalHeaderLabels(c.metrics);
    m_metrics->setVerticalHeaderLabels(c.runs);
    const QColor good(0x2e, 0x7d, 0x32);
    for (int m = 0; m < c.metrics.size(); ++m) {
        m_metrics->horizontalHeaderItem(m)->setToolTip(
            c.lowerIsBetter[m] ? tr("%1: lower is better").arg(c.metrics[m])
                               : tr("%1: higher is better").arg(c.metrics[m]));
        for (int r = 0; r < c.runs.size(); ++r) {
            const auto &value = c.metricValues[r][m];
            auto *item = new QTableWidgetItem(value ? number(*value) : QString());
            if (c.isBest(r, m)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setForeground(good);
                item->setText(QStringLiteral("★ ") + item->text());
                item->setToolTip(tr("The best %1 of these runs").arg(c.metrics[m]));
                item->setData(MarkRole, true);
            }
            m_metrics->setItem(r, m, item);
        }
    }
}

void RunCompareView::fillCharts()
{
    const RunComparison &c = m_comparison;
    // Metric bars: one set of bars per run, one group per metric.
    QChart *bars = m_bars->chart();
    resetChart(bars, tr("Metrics by run"));
    auto *barSeries = new QBarSeries;
    for (int r = 0; r < c.runs.size(); ++r) {
        auto *set = new QBarSet(c.runs[r]);
        for (int m = 0; m < c.metrics.size(); ++m)
            set->append(c.metricValues[r][m].value_or(0));
        barSeries->append(set);
    }
    bars->addSeries(barSeries);
    auto *categories = new QBarCategoryAxis;
    categories->append(c.metrics);
    bars->addAxis(categories, Qt::AlignBottom);
    barSeries->attachAxis(categories);
    auto *values = new QValueAxis;
    bars->addAxis(values, Qt::AlignLeft);
    barSeries->attachAxis(values);
    bars->legend()->setVisible(c.runs.size() <= 12);

    // ROC curves, one per run that logged one.
    QChart *roc = m_roc->chart();
    resetChart(roc, tr("ROC curves"));
    auto *fpr = new QValueAxis;
    fpr->setRange(0, 1);
    fpr->setTitleText(tr("False positive rate"));
    auto *tpr = new QValueAxis;
    tpr->setRange(0, 1);
    tpr->setTitleText(tr("True positive rate"));
    roc->addAxis(fpr, Qt::AlignBottom);
    roc->addAxis(tpr, Qt::AlignLeft);
    for (int r = 0; r < c.runs.size(); ++r) {
        if (c.roc[r].isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(c.runs[r]);
        series->append(c.roc[r].points);
        roc->addSeries(series);
        series->attachAxis(fpr);
        series->attachAxis(tpr);
    }
    roc->legend()->setVisible(roc->series().size() <= 12);

    // Parallel coordinates: one axis per numeric parameter that differs and per metric, each
    // scaled to its range over the runs; one line per run.
    struct Axis
    {
        QString name;
        QList<std::optional<double>> values; // [run]
    };
    QList<Axis> axes;
    for (int p = 0; p < c.parameters.size(); ++p) {
        if (!c.parameterDiffers[p])
            continue;
        Axis axis{c.parameters[p], {}};
        bool numeric = true;
        for (int r = 0; r < c.runs.size() && numeric; ++r) {
            bool ok = false;
            const double v = c.parameterText[r][p].toDouble(&ok);
            numeric = ok || c.parameterText[r][p].isEmpty();
            axis.values << (ok ? std::optional<double>(v) : std::nullopt);
        }
        if (numeric)
            axes << axis;
    }
    for (int m = 0; m < c.metrics.size(); ++m) {
        Axis axis{c.metrics[m], {}};
        for (int r = 0; r < c.runs.size(); ++r)
            axis.values << c.metricValues[r][m];
        axes << axis;
    }
    QChart *parallel = m_parallel->chart();
    resetChart(parallel, tr("Parameters and metrics, each scaled to its range"));
    auto *across = new QCategoryAxis;
    across->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Each label sits on its axis at x = its index (a category ends there).
    across->setStartValue(-0.5);
    for (int a = 0; a < axes.size(); ++a)
        across->append(axes[a].name, a);
    across->setRange(-0.15, std::max<double>(1, double(axes.size()) - 1) + 0.15);
    auto *scaled = new QValueAxis;
    scaled->setRange(0, 1);
    parallel->addAxis(across, Qt::AlignBottom);
    parallel->addAxis(scaled, Qt::AlignLeft);
    QList<std::pair<double, double>> ranges;
    for (const Axis &axis : std::as_const(axes)) {
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (const auto &v : axis.values) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
        ranges << std::make_pair(lo, hi);
    }
    for (int r = 0; r < c.runs.size(); ++r) {
        auto *series = new QLineSeries;
        series->setName(c.runs[r]);
        for (int a = 0; a < axes.size(); ++a) {
            const auto &v = axes[a].values[r];
            if (!v)
                continue;
            const auto [lo, hi] = ranges[a];
            series->append(a, hi > lo ? (*v - lo) / (hi - lo) : 0.5);
        }
        parallel->addSeries(series);
        series->attachAxis(across);
        series->attachAxis(scaled);
    }
    parallel->legend()->setVisible(c.runs.size() <= 12);
}

void RunCompareView::fillMatrices()
{
    qDeleteAll(m_matrixWidgets);
    m_matrixWidgets.clear();
    auto *grid = static_cast<QGridLayout *>(m_matrixHost->layout());
    const int columns = 4;
    for (int r = 0; r < m_comparison.runs.size(); ++r) {
        if (m_comparison.matrices[r].isEmpty())
            continue;
        auto *widget = new ConfusionMatrixWidget(m_matrixHost);
        widget->setMatrix(m_comparison.matrices[r], m_comparison.runs[r]);
        const int index = int(m_matrixWidgets.size());
        grid->addWidget(widget, index / columns, index % columns);
        m_matrixWidgets << widget;
    }
}

void RunCompareView::chooseExport(bool metrics)
{
    auto *dialog = new QFileDialog(this, metrics ? tr("Export Metrics") : tr("Export Parameters"),
                                   {}, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, metrics](const QString &file) { exportCsv(metrics, file); });
    dialog->open();
}

void RunCompareView::exportCsv(bool metrics, const QString &file)
{
    const QString text = metrics ? m_comparison.metricsCsv() : m_comparison.parametersCsv();
    auto job = QtConcurrent::run([text, file] {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
            return tr("Could not write %1: %2").arg(file, out.errorString());
        return QString();
    });
    backend::whenFinished(job, this, [this](const QString &error) { emit exported(error); });
}

} // namespace kfw::views
