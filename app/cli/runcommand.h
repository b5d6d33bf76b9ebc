#pragma once

#include "app/cli/command.h"
#include "cluster/pipelinespec/pipelinedocument.h"

namespace kfw::app {

// `kubeflow-workbench run FILE [-p name=value]... [--parallelism N] [--timeout S]`: runs a
// pipeline on the local backend, printing each task's progress; exit 0 when it succeeds.
std::unique_ptr<Command> makeRunCommand();
// `kubeflow-workbench runs list|get|logs`: the local run history.
std::unique_ptr<Command> makeRunsCommand();

// Reads -p name=value arguments: values as YAML, except for parameters declared as strings,
// which keep the text as typed.
bool parseParameterArgs(const pipelinespec::PipelineDocument &doc, const QStringList &args,
                        QMap<QString, pipelinespec::YamlValue> *params, QString *error);

} // namespace kfw::app
