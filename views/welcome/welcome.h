#pragma once

namespace kfw::ui {
class PageRegistry;
}

namespace kfw::views {

// Registers the Welcome page.
void registerWelcomePage(ui::PageRegistry &pages);

} // namespace kfw::views
