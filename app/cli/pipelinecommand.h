#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench pipeline inspect|validate|format|diff ...`: the pipeline model from the
// command line, no display needed.
std::unique_ptr<Command> makePipelineCommand();

} // namespace kfw::app
