#pragma once

#include "cluster/kube/informer.h"
#include "cluster/kube/resourcekind.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace kfw::kube {

// The rows of one resource list, fed by an informer's batches: rows are inserted, changed and
// removed one by one, never reset, so selection and scrolling survive a busy cluster. Columns
// are value functions over the object; every kind gets Name (and Namespace) and Age.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ObjectRole = Qt::UserRole + 1, // the whole object (QJsonObject)
        UidRole,
        SortRole, // a value that sorts right (numbers, times)
    };

    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject &object, int role)> value;
    };

    explicit ResourceListModel(const ResourceKind &kind, QObject *parent = nullptr);

    const ResourceKind &kind() const { return m_kind; }
    void setColumns(QList<Column> columns);
    // The clock Age is measured against (tests fix it).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    void apply(const InformerDelta &delta);
    void clear();

    int rowOfUid(const QString &uid) const { return m_rowOfUid.value(uid, -1); }
    QJsonObject objectAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "5s", "3m", "2h", "4d" as kubectl prints ages.
    static QString formatAge(qint64 seconds);

private:
    ResourceKind m_kind;
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    QList<QString> m_uids; // parallel to m_rows
    QHash<QString, int> m_rowOfUid;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace kfw::kube
