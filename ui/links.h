#pragma once

#include <QUrl>

namespace kfw::ui {

// The workbench's own documentation: the installed docs folder, or the source tree's docs/
// when running from a build folder.
QUrl workbenchDocsUrl();
// Kubeflow's upstream documentation.
QUrl kubeflowDocsUrl();
QUrl kubeflowPipelinesDocsUrl();

} // namespace kfw::ui
