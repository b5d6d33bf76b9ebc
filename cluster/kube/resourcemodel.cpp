#include "cluster/kube/resourcemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace kfw::kube {

namespace {
QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(u"metadata").toObject();
}
} // namespace

ResourceListModel::ResourceListModel(const ResourceKind &kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    QList<Column> columns;
    columns << Column{QCoreApplication::translate("kfw::kube::ResourceListModel", "Name"),
                      [](const QJsonObject &o, int) {
                          return QVariant(metadataOf(o).value(u"name").toString());
                      }};
    if (kind.namespaced)
        columns << Column{QCoreApplication::translate("kfw::kube::ResourceListModel", "Namespace"),
                          [](const QJsonObject &o, int) {
                              return QVariant(metadataOf(o).value(u"namespace").toString());
                          }};
    columns << Column{QCoreApplication::translate("kfw::kube::ResourceListModel", "Age"),
                      [this](const QJsonObject &o, int role) {
                          const QDateTime created = QDateTime::fromString(
                              metadataOf(o).value(u"creationTimestamp").toString(), Qt::ISODate);
                          if (!created.isValid())
                              return QVariant();
                          if (role == SortRole)
                              return QVariant(created.toSecsSinceEpoch());
                          return QVariant(formatAge(created.secsTo(m_now())));
                      }};
    m_columns = columns;
}

void ResourceListModel::setColumns(QList<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

QString ResourceListModel::formatAge(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 120 * 60)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return QStringLiteral("%1h").arg(seconds / 3600);
    return QStringLiteral("%1d").arg(seconds / 86400);
}

void ResourceListModel::apply(const InformerDelta &delta)
{
    // Removals first, from the bottom, so that row numbers above stay valid.
    QList<int> gone;
    for (const QString &uid : delta.removed) {
        const int row = m_rowOfUid.value(uid, -1);
        if (row >= 0)
            gone << row;
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (int i = 0; i < gone.size();) {
        // Contiguous runs go out in one removal.
        int last = gone.at(i);
        int first = last;
        int j = i + 1;
        while (j < gone.size() && gone.at(j) == first - 1) {
            first = gone.at(j);
            ++j;
        }
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_uids.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    if (!gone.isEmpty()) {
        // Rows above the first removed one kept their numbers; only the rest move up.
        for (const QString &uid : delta.removed)
            m_rowOfUid.remove(uid);
        for (int row = gone.last(); row < m_uids.size(); ++row)
            m_rowOfUid.insert(m_uids.at(row), row);
    }

    QList<QJsonObject> added;
    for (const QJsonObject &object : delta.upserted) {
        const QString uid = metadataOf(object).value(u"uid").toString();
        const int row = m_rowOfUid.value(uid, -1);
        if (row >= 0) {
            m_rows[row] = object;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else {
            added << object;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const QJsonObject &object : std::as_const(added)) {
            const QString uid = metadataOf(object).value(u"uid").toString();
            m_rowOfUid.insert(uid, int(m_rows.size()));
            m_rows.append(object);
            m_uids.append(uid);
        }
        endInsertRows();
    }
}

void ResourceListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_uids.clear();
    m_rowOfUid.clear();
    endRemoveRows();
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &object = m_rows.at(index.row());
    switch (role) {
    case ObjectRole:
        return object;
    case UidRole:
        return m_uids.at(index.row());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_columns.at(index.column()).value(object, Qt::DisplayRole);
    case SortRole: {
        const QVariant v = m_columns.at(index.column()).value(object, SortRole);
        return v.isValid() ? v : m_columns.at(index.column()).value(object, Qt::DisplayRole);
    }
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

} // namespace kfw::kube
