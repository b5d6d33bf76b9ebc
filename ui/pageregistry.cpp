#include "ui/pageregistry.h"

#include <algorithm>

namespace kfw::ui {

void PageRegistry::add(PageDescriptor page)
{
    Q_ASSERT(!find(page.id));
    auto pos = std::upper_bound(m_pages.begin(), m_pages.end(), page.order,
                                [](int order, const PageDescriptor &p) { return order < p.order; });
    m_pages.insert(pos, std::move(page));
}

const PageDescriptor *PageRegistry::find(const QString &id) const
{
    for (const PageDescriptor &p : m_pages) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace kfw::ui
