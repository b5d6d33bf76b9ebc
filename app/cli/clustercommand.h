#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench cluster contexts|check|get ...`: the kubeconfig's contexts, a connection
// check (version, identity, access) and resource lists, with the workbench's client. Exec
// credential plugins run only when approved (in the workbench, or --approve-exec).
std::unique_ptr<Command> makeClusterCommand();

} // namespace kfw::app
