#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QStringList>

namespace kfw::views::editor {

// Tasks copied out of a pipeline, as a PipelineSpec of their own: the tasks in its root DAG, with
// their components and executors, constant inputs and the connections among them (values from
// tasks or parameters that were not copied are left unset). Pasted into any pipeline — another
// tab or another window, through the system clipboard as YAML text.
namespace taskclipboard {

// The copied tasks as YAML. Groups (conditions, loops, exit handlers) are not copied; *skipped
// lists them.
QByteArray copy(const pipelinespec::PipelineDocument &document, const QString &dag,
                const QStringList &tasks, QStringList *skipped);

// Adds the tasks of copied YAML to a DAG of a pipeline: components that the pipeline already has
// in the same form are reused, others added under unique names; tasks get unique names and keep
// their connections and constants. Returns (copied name, new name) in the order of the copy, or
// nothing with *error.
std::optional<QList<std::pair<QString, QString>>> paste(pipelinespec::PipelineEditor &editor,
                                                        const QString &dag, const QByteArray &yaml,
                                                        QString *error);

} // namespace taskclipboard

} // namespace kfw::views::editor
