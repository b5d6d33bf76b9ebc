#pragma once

namespace kfw::ui {
class PageRegistry;
}

namespace kfw::views {

// Registers the Profiles page.
void registerProfilesPage(ui::PageRegistry &pages);

} // namespace kfw::views
