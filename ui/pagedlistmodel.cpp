#include "ui/pagedlistmodel.h"

namespace kfw::ui {

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextToken.isEmpty() && !m_loading;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_nextToken, kPageSize, false);
}

void PagedListModel::cancel()
{
    ++m_generation;
    m_loading = false;
    m_nextToken.clear();
}

} // namespace kfw::ui
