#pragma once

#include "app/cli/command.h"

#include <memory>

namespace kfw::app {

// `kubeflow-workbench --context NAME profiles list|create|delete` and
// `contributors list|add|remove`: Kubeflow profiles and who may use them.
std::unique_ptr<Command> makeProfilesCommand();
std::unique_ptr<Command> makeContributorsCommand();

} // namespace kfw::app
