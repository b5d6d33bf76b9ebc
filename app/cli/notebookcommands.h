#pragma once

#include "app/cli/command.h"

#include <memory>

namespace kfw::app {

// `kubeflow-workbench --context NAME notebooks list|create|start|stop|delete`: Kubeflow notebook
// servers of a profile namespace, created as the Jupyter web app's form creates them.
std::unique_ptr<Command> makeNotebooksCommand();

} // namespace kfw::app
