#include "ui/pageaction.h"

#include <QAction>
#include <QBoxLayout>
#include <QToolButton>

namespace kfw::ui {

QAction *addPageAction(QWidget *page, QBoxLayout *bar, const QString &text, const QKeySequence &key,
                       const QString &toolTip)
{
    auto *action = new QAction(text, page);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    auto *button = new QToolButton(page);
    button->setDefaultAction(action);
    bar->addWidget(button);
    page->addAction(action);
    return action;
}

} // namespace kfw::ui
