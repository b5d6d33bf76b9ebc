#pragma once

#include "cluster/pipelinespec/pipelinedocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kfw::pipelinespec {

// One difference between two pipelines.
struct SpecChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
    };
    Kind kind = Kind::Changed;
    QString category; // "input", "output", "task", "edge", "component", "executor"
    QString path;     // e.g. "root/tasks/train", "exec-train", "root: train -> evaluate"
    QStringList details; // for Changed: "image: python:3.10 -> python:3.11", ...

    QString toString() const;
};

// The structural difference of two pipelines: pipeline inputs and outputs, tasks in every DAG,
// the edges between them (data and "after" dependencies), components' interfaces, and
// executors (image, command, args, env, resources). Order: by category, then path.
class SpecDiff
{
public:
    static QList<SpecChange> compare(const PipelineDocument &before, const PipelineDocument &after);
    static QJsonObject toJson(const QList<SpecChange> &changes);
};

} // namespace kfw::pipelinespec
