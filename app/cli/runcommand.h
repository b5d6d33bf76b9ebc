#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench run FILE [-p name=value]... [--parallelism N] [--timeout S]`: runs a
// pipeline on the local backend, printing each task's progress; exit 0 when it succeeds.
std::unique_ptr<Command> makeRunCommand();
// `kubeflow-workbench runs list|get|logs`: the local run history.
std::unique_ptr<Command> makeRunsCommand();

} // namespace kfw::app
