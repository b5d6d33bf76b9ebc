#include "views/notebooks/notebooks.h"

#include "ui/pageregistry.h"
#include "views/notebooks/notebookspage.h"

#include <QCoreApplication>

namespace kfw::views {

void registerNotebooksPage(ui::PageRegistry &pages)
{
    pages.add({
        QStringLiteral("notebooks"),
        [] { return QCoreApplication::translate("kfw::views::NotebooksPage", "Notebooks"); },
        QStringLiteral("notebook"),
        50,
        [](const ui::ShellContext &context, QWidget *parent) {
            return new NotebooksPage(context, parent);
        },
    });
}

} // namespace kfw::views
