#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QBoxLayout;
class QWidget;

namespace kfw::ui {

// An action of a page with a tool button for it in the page's bar; its shortcut works while the
// focus is in the page.
QAction *addPageAction(QWidget *page, QBoxLayout *bar, const QString &text, const QKeySequence &key,
                       const QString &toolTip);

} // namespace kfw::ui
