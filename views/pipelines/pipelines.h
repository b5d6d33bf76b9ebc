#pragma once

namespace kfw::ui {
class PageRegistry;
}

namespace kfw::views {

class PendingPipeline;

// Registers the Pipelines page; runs of a version are handed to the Runs page through runs.
void registerPipelinesPage(ui::PageRegistry &pages, PendingPipeline *runs);

} // namespace kfw::views
