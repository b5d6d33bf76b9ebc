#pragma once

namespace kfw::ui {
class PageRegistry;
}

namespace kfw::views {

// Registers the Notebooks page.
void registerNotebooksPage(ui::PageRegistry &pages);

} // namespace kfw::views
