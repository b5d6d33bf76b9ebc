#include "views/pipelines/pipelinelistmodel.h"

#include <QLocale>

namespace kfw::views {

using backend::PipelineInfo;

PipelineListModel::PipelineListModel(QObject *parent)
    : ui::PagedRows<PipelineInfo>(parent)
{
    m_query.page.sortBy = QStringLiteral("created");
    m_query.page.descending = true;
}

void PipelineListModel::setService(backend::PipelineService *service)
{
    m_service = service;
    restart();
}

void PipelineListModel::setNameFilter(const QString &text)
{
    if (text == m_query.nameContains)
        return;
    m_query.nameContains = text;
    load({}, kPageSize, true);
}

void PipelineListModel::refresh()
{
    reloadShown();
}

void PipelineListModel::sort(int column, Qt::SortOrder order)
{
    const QString field = column == Name      ? QStringLiteral("name")
                          : column == Created ? QStringLiteral("created")
                                              : QString();
    if (setOrder(&m_query.page, field, order))
        load({}, kPageSize, true);
}

void PipelineListModel::load(const QString &pageToken, int pageSize, bool replace)
{
    if (!m_service)
        return cancel();
    backend::PipelineQuery q = m_query;
    q.page.pageToken = pageToken;
    q.page.pageSize = pageSize;
    requestRows(m_service->list(q), replace);
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    const PipelineInfo *p = pipeline(index.row());
    if (!p || !index.isValid() || index.parent().isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p->name;
        case Created:
            return QLocale().toString(p->created.toLocalTime(), QLocale::ShortFormat);
        case Description:
            return p->description.section(QLatin1Char('\n'), 0, 0);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Description)
        return p->description;
    return {};
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Pipeline");
    case Created:
        return tr("Uploaded");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace kfw::views
