#include "views/profiles/profilelistmodel.h"

#include "cluster/kube/quantity.h"

#include <QLocale>

#include <algorithm>

namespace kfw::views {

using namespace kfw::backend;

ProfileListModel::ProfileListModel(QObject *parent)
    : KeyedTableModel([](const ProfileInfo &p) { return p.name; }, ColumnCount, parent)
{
}

double ProfileListModel::share(const QuotaEntry &entry)
{
    const std::optional<double> hard = kube::parseQuantity(entry.hard);
    const std::optional<double> used = kube::parseQuantity(entry.used);
    if (!hard || !used || *hard <= 0)
        return -1;
    return *used / *hard;
}

QString ProfileListModel::quotaSummary(const ProfileInfo &profile)
{
    if (profile.quota.isEmpty())
        return tr("No quota");
    QStringList parts;
    for (const QuotaEntry &e : profile.quota)
        parts << (e.used.isEmpty() ? tr("%1 %2").arg(e.resource, e.hard)
                                   : tr("%1 %2 of %3").arg(e.resource, e.used, e.hard));
    return parts.join(QStringLiteral(" · "));
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    const ProfileInfo *p = index.isValid() ? profile(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == NameRole)
        return p->name;
    if (role == QuotaUseRole) {
        double fullest = -1;
        for (const QuotaEntry &e : p->quota)
            fullest = std::max(fullest, share(e));
        return fullest;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !p->problem.isEmpty())
        return p->problem;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->problem.isEmpty() ? p->name : tr("%1 (not ready)").arg(p->name);
    case OwnerColumn:
        return p->owner.isEmpty() ? tr("unknown") : p->owner;
    case RoleColumn:
        return roleTitle(p->role);
    case QuotaColumn:
        return quotaSummary(*p);
    case ContributorsColumn:
        return p->contributors < 0 ? QVariant(tr("unknown")) : QVariant(p->contributors);
    case CreatedColumn:
        return p->created.isValid()
                   ? QLocale().toString(p->created.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case OwnerColumn:
        return tr("Owner");
    case RoleColumn:
        return tr("Your role");
    case QuotaColumn:
        return tr("Quota use");
    case ContributorsColumn:
        return tr("Contributors");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace kfw::views
