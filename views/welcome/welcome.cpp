#include "views/welcome/welcome.h"

#include "ui/pageregistry.h"
#include "views/welcome/welcomepage.h"

#include <QCoreApplication>

namespace kfw::views {

void registerWelcomePage(ui::PageRegistry &pages)
{
    pages.add({
        QStringLiteral("welcome"),
        [] { return QCoreApplication::translate("kfw::views::WelcomePage", "Welcome"); },
        QStringLiteral("home"),
        0,
        [](const ui::ShellContext &context, QWidget *parent) { return new WelcomePage(context, parent); },
    });
}

} // namespace kfw::views
