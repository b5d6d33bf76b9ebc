#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench recurring create FILE (--cron EXPR | --every DURATION) ... | list |
// enable ID | disable ID | delete ID`: recurring runs of the local backend, which fire while the
// workbench's window is open.
std::unique_ptr<Command> makeRecurringCommand();

// "90", "90s", "15m", "2h", "1d" -> seconds; 0 when the text is not a duration.
qint64 parseDuration(const QString &text);

} // namespace kfw::app
