#include "views/experiments/experimentlistmodel.h"

#include <QLocale>

namespace kfw::views {

using namespace kfw::backend;

ExperimentListModel::ExperimentListModel(QObject *parent)
    : ui::PagedRows<ExperimentInfo>(parent)
{
    m_query.page.sortBy = QStringLiteral("name");
    m_query.page.descending = false;
}

void ExperimentListModel::setService(ExperimentService *service)
{
    m_service = service;
    setQuery(m_query);
}

void ExperimentListModel::setQuery(const ExperimentQuery &query)
{
    m_query = query;
    restart();
}

void ExperimentListModel::refresh()
{
    reloadShown();
}

void ExperimentListModel::load(const QString &pageToken, int pageSize, bool replace)
{
    if (!m_service)
        return cancel();
    ExperimentQuery q = m_query;
    q.page.pageToken = pageToken;
    q.page.pageSize = pageSize;
    requestRows(m_service->list(q), replace);
}

int ExperimentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentListModel::data(const QModelIndex &index, int role) const
{
    const ExperimentInfo *e = experiment(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return e->name;
        case Created:
            return QLocale().toString(e->created.toLocalTime(), QLocale::ShortFormat);
        case Description:
            return e->description;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return e->id;
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Experiment");
    case Created:
        return tr("Created");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

void ExperimentListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = column == Name      ? QStringLiteral("name")
                          : column == Created ? QStringLiteral("created")
                                              : QString();
    ExperimentQuery q = m_query;
    if (setOrder(&q.page, field, order))
        setQuery(q);
}

} // namespace kfw::views
