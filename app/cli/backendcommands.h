#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// `kubeflow-workbench [--context NAME | --local] [--namespace NS] pipelines|experiments ...`:
// the pipelines and experiments of a backend, in the spirit of the kfp command line.
std::unique_ptr<Command> makePipelinesCommand();
std::unique_ptr<Command> makeExperimentsCommand();

// The options of `runs` that work on any backend (--context, --pipeline, --wait, ...).
void addRunActionOptions(QCommandLineParser &parser);
// Whether a `runs` command line goes to a backend's run service: a cluster context, or the
// actions only the services have (create, terminate).
bool isBackendRunAction(const QCommandLineParser &parser);
// `runs list|get|create|terminate|retry|logs` through the backend's run service.
int runBackendRunAction(const QCommandLineParser &parser, CliIo &io);

} // namespace kfw::app
