#include "views/profiles/profiles.h"

#include "ui/pageregistry.h"
#include "views/profiles/profilespage.h"

#include <QCoreApplication>

namespace kfw::views {

void registerProfilesPage(ui::PageRegistry &pages)
{
    pages.add({
        QStringLiteral("profiles"),
        [] { return QCoreApplication::translate("kfw::views::ProfilesPage", "Profiles"); },
        QStringLiteral("users"),
        80,
        [](const ui::ShellContext &context, QWidget *parent) {
            return new ProfilesPage(context, parent);
        },
    });
}

} // namespace kfw::views
