#include "views/pipelines/pipelines.h"

#include "ui/pageregistry.h"
#include "views/pipelines/pipelinespage.h"

#include <QCoreApplication>

namespace kfw::views {

void registerPipelinesPage(ui::PageRegistry &pages, PendingPipeline *runs)
{
    pages.add({
        QStringLiteral("pipelines"),
        [] { return QCoreApplication::translate("kfw::views::PipelinesPage", "Pipelines"); },
        QStringLiteral("book"),
        18,
        [runs](const ui::ShellContext &context, QWidget *parent) {
            return new PipelinesPage(context, runs, parent);
        },
    });
}

} // namespace kfw::views
