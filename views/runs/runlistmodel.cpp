#include "views/runs/runlistmodel.h"

#include "ui/activitytracker.h"

#include <QColor>
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
    : PagedListModel(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_runs.size(); ++row)
            if (!state::isFinal(m_runs.at(row).state))
                emit dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
    });
    m_tick.start();
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
    cancel();
    beginResetModel();
    m_runs.clear();
    endResetModel();
    load({}, kPageSize, true);
}

bool parseRunCondition(const QString &text, backend::RunQuery *query, QString *error)
{
    query->metricKey.clear();
    query->metricMin = query->metricMax = std::numeric_limits<double>::quiet_NaN();
    query->parameterName.clear();
    query->parameterValue = QJsonValue();
    const QString condition = text.trimmed();
    if (condition.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral("^([^<>=\\s]+)\\s*(>=|<=|=)\\s*(.+)$"));
    const QRegularExpressionMatch m = pattern.match(condition);
    if (!m.hasMatch()) {
        *error = RunListModel::tr("Type a metric bound such as \"accuracy >= 0.9\" or a parameter "
                                  "value such as \"epochs = 20\".");
        return false;
    }
    const QString name = m.captured(1);
    const QString op = m.captured(2);
    const QString value = m.captured(3).trimmed();
    if (op == QLatin1String("=")) {
        query->parameterName = name;
        // Numbers and true/false as JSON; anything else is text.
        const QJsonDocument parsed =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
        const QJsonValue v = parsed.isArray() ? parsed.array().at(0) : QJsonValue();
        query->parameterValue = v.isDouble() || v.isBool() || v.isString() ? v : QJsonValue(value);
        return true;
    }
    bool ok = false;
    const double bound = value.toDouble(&ok);
    if (!ok) {
        *error = RunListModel::tr("%1 is not a number to compare %2 with.").arg(value, name);
        return false;
    }
    query->metricKey = name;
    (op == QLatin1String(">=") ? query->metricMin : query->metricMax) = bound;
    return true;
}

void RunListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, QString> fields = {{Name, QStringLiteral("name")},
                                               {State, QStringLiteral("state")},
                                               {Started, QStringLiteral("created")},
                                               {Duration, QStringLiteral("finished")}};
    const auto field = fields.constFind(column);
    if (field == fields.constEnd())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_query.page.sortBy == *field && m_query.page.descending == descending)
        return;
    RunQuery q = m_query;
    q.page.sortBy = *field;
    q.page.descending = descending;
    setQuery(q);
}

void RunListModel::refresh()
{
    load({}, std::max(kPageSize, int(m_runs.size())), true);
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
    requestPage(future, &m_runs, replace);
}

const RunInfo *RunListModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == runId)
            return row;
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        case Experiment:
            return m_experimentNames.value(r->experimentId, r->experimentId);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == State && !r->message.isEmpty())
        return r->message;
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
    case Experiment:
        return tr("Experiment");
    default:
        return {};
    }
}

} // namespace kfw::views
