#pragma once

#include <functional>

class QObject;
class QString;

namespace kfw::ui {
class DocumentRouter;
class PageRegistry;
} // namespace kfw::ui

namespace kfw::views {

// Registers the pipeline editor page, and pipeline files (PipelineSpec YAML or JSON) as the
// documents it opens. run(path, versionId, versionName) starts a run of a saved pipeline (the
// Runs page's form); with a version id, of the pipeline version just uploaded from the file.
void registerEditorPage(
    ui::PageRegistry &pages, ui::DocumentRouter &documents,
    std::function<void(const QString &path, const QString &versionId, const QString &versionName)>
        run);

// Looks for pipelines a crashed or killed session left unsaved (off the GUI thread) and calls
// found() on the GUI thread when there are some, so the shell can show the editor, which offers
// them.
void whenPipelinesRecovered(QObject *context, std::function<void()> found);

} // namespace kfw::views
