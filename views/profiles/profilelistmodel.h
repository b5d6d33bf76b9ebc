#pragma once

#include "cluster/backend/profileservice.h"

#include "ui/keyedtablemodel.h"

namespace kfw::views {

// Profiles as a table: name, owner, the user's role, contributors, created, quota use. Updates
// keep rows (and so the selection) of profiles that stay.
class ProfileListModel : public ui::KeyedTableModel<backend::ProfileInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OwnerColumn,
        RoleColumn,
        ContributorsColumn,
        CreatedColumn,
        QuotaColumn, // last: the longest, it takes the rest of the width
        ColumnCount
    };
    enum Roles
    {
        // The share of the quota in use, 0..1, of the fullest resource; -1 when not known.
        QuotaUseRole = Qt::UserRole + 1,
        NameRole,
    };

    explicit ProfileListModel(QObject *parent = nullptr);

    // Replaces the rows: profiles gone are removed, new ones inserted, the rest changed in place.
    void setProfiles(const QList<backend::ProfileInfo> &profiles) { setItems(profiles); }
    const QList<backend::ProfileInfo> &profiles() const { return items(); }
    const backend::ProfileInfo *profile(int row) const { return item(row); }

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "cpu 3.5 of 16 · memory 14Gi of 64Gi": the quota in a line.
    static QString quotaSummary(const backend::ProfileInfo &profile);
    // used / hard of one quota entry, 0..1 (may exceed 1); -1 when not known.
    static double share(const backend::QuotaEntry &entry);
};

} // namespace kfw::views
