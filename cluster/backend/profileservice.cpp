#include "cluster/backend/profileservice.h"

#include <QCoreApplication>

namespace kfw::backend {

ProfileService::~ProfileService() = default;

QString roleName(ProfileRole role)
{
    switch (role) {
    case ProfileRole::Owner:
        return QStringLiteral("owner");
    case ProfileRole::Admin:
        return QStringLiteral("admin");
    case ProfileRole::Edit:
        return QStringLiteral("edit");
    case ProfileRole::View:
        return QStringLiteral("view");
    case ProfileRole::None:
        break;
    }
    return {};
}

QString roleTitle(ProfileRole role)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kfw::backend::ProfileService", text);
    };
    switch (role) {
    case ProfileRole::Owner:
        return tr("Owner");
    case ProfileRole::Admin:
        return tr("Admin");
    case ProfileRole::Edit:
        return tr("Edit");
    case ProfileRole::View:
        return tr("View");
    case ProfileRole::None:
        break;
    }
    return tr("None");
}

ProfileRole roleFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.startsWith(u"kubeflow-"))
        n = n.mid(9);
    if (n == u"owner")
        return ProfileRole::Owner;
    if (n == u"admin")
        return ProfileRole::Admin;
    if (n == u"edit")
        return ProfileRole::Edit;
    if (n == u"view")
        return ProfileRole::View;
    return ProfileRole::None;
}

} // namespace kfw::backend
