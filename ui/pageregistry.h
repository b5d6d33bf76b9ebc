#pragma once

#include "ui/shellcontext.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace kfw::ui {

// One page of the navigation. The widget is created when the page is first shown.
struct PageDescriptor
{
    QString id;                                   // stable, used by --page and settings
    std::function<QString()> title;               // translated title
    QString iconName;                             // resources/icons/<iconName>.svg
    int order = 0;                                // position in the navigation, ascending
    std::function<QWidget *(const ShellContext &, QWidget *parent)> create;
};

// The pages of this build. Each page library registers its pages here from the composition
// root; a page is registered only when it works.
class PageRegistry
{
public:
    void add(PageDescriptor page);
    // Pages sorted by order.
    const std::vector<PageDescriptor> &pages() const { return m_pages; }
    const PageDescriptor *find(const QString &id) const;

private:
    std::vector<PageDescriptor> m_pages;
};

} // namespace kfw::ui
