#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench local secret|configmap|volume|engines ...`: what stands in on this
// workstation for the secrets, config maps and volume claims that pipelines name, and the
// container engines local runs can use.
std::unique_ptr<Command> makeLocalCommand();

} // namespace kfw::app
