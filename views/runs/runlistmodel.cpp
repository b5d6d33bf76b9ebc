#include "views/runs/runlistmodel.h"

#include "ui/activitytracker.h"
#include "views/runs/runlauncher.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <limits>

namespace kfw::views {

using namespace kfw::backend;

RunListModel::RunListModel(QObject *parent)
    : ui::PagedRows<RunInfo>(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_rows.size(); ++row)
            if (!state::isFinal(m_rows.at(row).state))
                emit dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
    });
    m_tick.start();
    // Metrics of the rows shown, asked for together once the view has painted.
    m_fetchSoon.setSingleShot(true);
    m_fetchSoon.setInterval(0);
    connect(&m_fetchSoon, &QTimer::timeout, this, &RunListModel::fetchMetrics);
    // A run still going may log more metrics: asked again after each reload, and once more after
    // it ended.
    connect(this, &ui::PagedListModel::loaded, this, [this] {
        for (const RunInfo &r : std::as_const(m_rows)) {
            if (!state::isFinal(r.state) || m_provisionalMetrics.remove(r.id))
                m_fetchedMetrics.remove(r.id);
        }
    });
}

void RunListModel::setExtraColumns(const QStringList &metrics, const QStringList &parameters)
{
    if (metrics == m_metricColumns && parameters == m_parameterColumns)
        return;
    // Columns go and come without a reset, so that the selected runs stay selected.
    const int extra = int(m_metricColumns.size() + m_parameterColumns.size());
    if (extra > 0) {
        beginRemoveColumns({}, ColumnCount, ColumnCount + extra - 1);
        m_metricColumns.clear();
        m_parameterColumns.clear();
        endRemoveColumns();
    }
    if (!metrics.isEmpty() || !parameters.isEmpty()) {
        beginInsertColumns({}, ColumnCount,
                           ColumnCount + int(metrics.size() + parameters.size()) - 1);
        m_metricColumns = metrics;
        m_parameterColumns = parameters;
        endInsertColumns();
    }
}

QString RunListModel::parameterText(const QJsonValue &value)
{
    // Numbers as the metric columns show them (0.29, not 0.29000000000000004).
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    return value.isUndefined() ? QString() : jsonValueText(value);
}

std::optional<double> RunListModel::metricValue(const QMap<QString, double> &metrics,
                                                const QString &key)
{
    if (key.contains(QLatin1Char('/'))) {
        const auto it = metrics.constFind(key);
        return it == metrics.constEnd() ? std::nullopt : std::optional<double>(*it);
    }
    std::optional<double> best;
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (it.key().section(QLatin1Char('/'), -1) == key)
            best = best ? std::max(*best, it.value()) : it.value();
    return best;
}

const QMap<QString, double> *RunListModel::metricsKnown(const RunInfo &run) const
{
    if (run.metricsListed)
        return &run.metrics;
    const auto it = m_fetchedMetrics.constFind(run.id);
    return it != m_fetchedMetrics.constEnd() ? &*it : nullptr;
}

const QMap<QString, double> *RunListModel::metricsOf(const RunInfo &run) const
{
    if (const QMap<QString, double> *known = metricsKnown(run))
        return known;
    m_metricsWanted.insert(run.id);
    m_fetchSoon.start();
    return nullptr;
}

void RunListModel::fetchMetrics()
{
    const QSet<QString> wanted = std::exchange(m_metricsWanted, {});
    if (!m_service)
        return;
    for (const QString &id : wanted) {
        if (m_metricsAsked.contains(id))
            continue;
        m_metricsAsked.insert(id);
        backend::whenFinished(
            m_service->get(id), this, [this, id, service = m_service](const Result<RunDetail> &r) {
                m_metricsAsked.remove(id);
                if (service != m_service)
                    return;
                // A run that cannot be read shows no metrics rather than asking again; those
                // read while the run went on, or without its outputs (ML Metadata out of reach),
                // are asked for again after the next reload.
                m_fetchedMetrics.insert(id, r.ok() ? r.value.metrics : QMap<QString, double>());
                if (r.ok() &&
                    (!state::isFinal(r.value.run.state) || !r.value.outputsNote.isEmpty()))
                    m_provisionalMetrics.insert(id);
                else
                    m_provisionalMetrics.remove(id);
                if (const int row = rowOf(id); row >= 0 && columnCount() > ColumnCount)
                    emit dataChanged(index(row, ColumnCount), index(row, columnCount() - 1));
            });
    }
}

QStringList RunListModel::knownMetrics() const
{
    QSet<QString> names;
    for (const RunInfo &r : m_rows) {
        if (const QMap<QString, double> *metrics = metricsKnown(r))
            for (auto it = metrics->begin(); it != metrics->end(); ++it)
                names.insert(it.key().section(QLatin1Char('/'), -1));
    }
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

QStringList RunListModel::knownParameters() const
{
    QSet<QString> names;
    for (const RunInfo &r : m_rows)
        for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
            names.insert(it.key());
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

QString RunListModel::sortFieldOf(int column) const
{
    static const QHash<int, QString> fields = {
        {Name, QStringLiteral("name")},         {State, QStringLiteral("state")},
        {Started, QStringLiteral("created")},   {Duration, QStringLiteral("duration")},
        {Pipeline, QStringLiteral("pipeline")}, {Experiment, QStringLiteral("experiment")}};
    if (column >= ColumnCount) {
        const int extra = column - ColumnCount;
        if (extra < m_metricColumns.size())
            return QStringLiteral("metric:") + m_metricColumns.at(extra);
        if (extra - m_metricColumns.size() < m_parameterColumns.size())
            return QStringLiteral("parameter:") +
                   m_parameterColumns.at(extra - m_metricColumns.size());
        return {};
    }
    return fields.value(column);
}

int RunListModel::columnOfSort(const QString &field) const
{
    for (int column = 0; column < columnCount(); ++column)
        if (sortFieldOf(column) == field)
            return column;
    return -1;
}

void RunListModel::setExperimentNames(const QHash<QString, QString> &names)
{
    m_experimentNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, Experiment), index(rowCount() - 1, Experiment));
}

void RunListModel::setService(RunService *service)
{
    m_service = service;
    setQuery(m_query);
}

void RunListModel::setQuery(const RunQuery &query)
{
    m_query = query;
    restart();
}

bool parseLabels(const QString &text, QMap<QString, QString> *labels, QString *error)
{
    labels->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        if (key.isEmpty() || key.contains(QLatin1Char(' '))) {
            *error = RunListModel::tr("\"%1\" is not a label: type key=value, such as "
                                      "team=vision.")
                         .arg(part.trimmed());
            return false;
        }
        labels->insert(key, part.section(QLatin1Char('='), 1).trimmed());
    }
    return true;
}

QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

bool parseRunCondition(const QString &text, backend::RunQuery *query, QString *error)
{
    query->metricKey.clear();
    query->metricMin = query->metricMax = std::numeric_limits<double>::quiet_NaN();
    query->parameterName.clear();
    query->parameterValue = QJsonValue();
    query->labels.clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString condition = part.trimmed();
        if (condition.isEmpty())
            continue;
        if (condition.startsWith(QLatin1String("label:"))) {
            QMap<QString, QString> label;
            if (!parseLabels(condition.mid(6), &label, error))
                return false;
            if (label.isEmpty()) {
                *error = RunListModel::tr("Name the label: label:team=vision.");
                return false;
            }
            query->labels.insert(label);
            continue;
        }
        static const QRegularExpression pattern(
            QStringLiteral("^([^<>=\\s]+)\\s*(>=|<=|=)\\s*(.+)$"));
        const QRegularExpressionMatch m = pattern.match(condition);
        if (!m.hasMatch()) {
            *error = RunListModel::tr("Type a metric bound such as \"accuracy >= 0.9\", a "
                                      "parameter value such as \"epochs = 20\" or a label such "
                                      "as \"label:team=vision\".");
            return false;
        }
        const QString name = m.captured(1);
        const QString op = m.captured(2);
        const QString value = m.captured(3).trimmed();
        if (op == QLatin1String("=")) {
            if (!query->parameterName.isEmpty()) {
                *error = RunListModel::tr("One parameter at a time: %1 and %2.")
                             .arg(query->parameterName, name);
                return false;
            }
            query->parameterName = name;
            // Numbers and true/false as JSON; anything else is text.
            const QJsonDocument parsed =
                QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
            const QJsonValue v = parsed.isArray() ? parsed.array().at(0) : QJsonValue();
            query->parameterValue =
                v.isDouble() || v.isBool() || v.isString() ? v : QJsonValue(value);
            continue;
        }
        bool ok = false;
        const double bound = value.toDouble(&ok);
        if (!ok) {
            *error = RunListModel::tr("%1 is not a number to compare %2 with.").arg(value, name);
            return false;
        }
        if (!query->metricKey.isEmpty() && query->metricKey != name) {
            *error =
                RunListModel::tr("One metric at a time: %1 and %2.").arg(query->metricKey, name);
            return false;
        }
        query->metricKey = name;
        (op == QLatin1String(">=") ? query->metricMin : query->metricMax) = bound;
    }
    return true;
}

void RunListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldOf(column);
    const QString name = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (field.isEmpty()) {
        emit sortRefused(tr("Runs are not sorted by %1.").arg(name));
        return;
    }
    if (m_service && !m_service->canSortBy(field)) {
        emit sortRefused(tr("This backend does not sort runs by %1: sort by name, status or "
                            "start time, or compare the runs (Ctrl+Shift+C) to rank them by it.")
                             .arg(name));
        return;
    }
    RunQuery q = m_query;
    if (setOrder(&q.page, field, order))
        setQuery(q);
}

void RunListModel::refresh()
{
    reloadShown();
}

void RunListModel::load(const QString &pageToken, int pageSize, bool replace)
{
    if (!m_service)
        return cancel();
    RunQuery q = m_query;
    q.page.pageToken = pageToken;
    q.page.pageSize = pageSize;
    auto future = m_service->list(q);
    if (m_activity)
        m_activity->track(future, tr("Listing runs"));
    requestRows(future, replace);
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0
                            : ColumnCount + int(m_metricColumns.size() + m_parameterColumns.size());
}

QString RunListModel::stateText(const QString &s)
{
    if (s == state::Pending)
        return tr("Pending");
    if (s == state::Running)
        return tr("Running");
    if (s == state::Succeeded)
        return tr("Succeeded");
    if (s == state::Skipped)
        return tr("Skipped");
    if (s == state::Failed)
        return tr("Failed");
    if (s == state::Canceling)
        return tr("Cancelling");
    if (s == state::Canceled)
        return tr("Cancelled");
    if (s == state::Interrupted)
        return tr("Interrupted");
    return s;
}

QString RunListModel::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const RunInfo *r = run(index.row());
    if (!r)
        return {};
    if (index.column() >= ColumnCount) {
        const int extra = index.column() - ColumnCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (extra < m_metricColumns.size()) {
            const QMap<QString, double> *metrics = metricsOf(*r);
            if (!metrics)
                return QStringLiteral("…"); // asked for
            const std::optional<double> value = metricValue(*metrics, m_metricColumns.at(extra));
            return value ? QLocale().toString(*value, 'g', 6) : QString();
        }
        const QString name = m_parameterColumns.value(extra - m_metricColumns.size());
        return parameterText(r->parameters.value(name));
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r->name;
        case State:
            return stateText(r->state);
        case Duration: {
            const QDateTime end =
                r->finished.isValid() ? r->finished : QDateTime::currentDateTimeUtc();
            return r->created.isValid() ? durationText(std::max<qint64>(0, r->created.secsTo(end)))
                                        : QString();
        }
        case Started:
            return QLocale().toString(r->created.toLocalTime(), QLocale::ShortFormat);
        case Pipeline:
            return r->pipelineName;
        case Version:
            return r->pipelineVersionName;
        case Experiment:
            return m_experimentNames.value(r->experimentId, r->experimentId);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Version && r->pipelineVersionId.isEmpty())
        return tr("Run from a pipeline file, not an uploaded version");
    if (role == Qt::ToolTipRole && index.column() == State && !r->message.isEmpty())
        return r->message;
    if (role == Qt::ToolTipRole && index.column() == Name && !r->labels.isEmpty())
        return tr("Labels: %1").arg(labelsText(r->labels));
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (r->state == state::Failed || r->state == state::Interrupted)
            return QColor(0xd3, 0x2f, 0x2f);
        if (r->state == state::Succeeded)
            return QColor(0x2e, 0x7d, 0x32);
    }
    if (role == Qt::UserRole)
        return r->id;
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= ColumnCount) {
        const int extra = section - ColumnCount;
        const bool metric = extra < m_metricColumns.size();
        const QString name = metric ? m_metricColumns.value(extra)
                                    : m_parameterColumns.value(extra - m_metricColumns.size());
        if (role == Qt::DisplayRole)
            return name;
        if (role == Qt::ToolTipRole)
            return metric ? tr("Metric %1 (the largest of that name when several tasks log it)")
                                .arg(name)
                          : tr("Parameter %1").arg(name);
        if (role == Qt::FontRole && !metric) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Run");
    case State:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Started:
        return tr("Started");
    case Pipeline:
        return tr("Pipeline");
    case Version:
        return tr("Version");
    case Experiment:
        return tr("Experiment");
    default:
        return {};
    }
}

} // namespace kfw::views
