#pragma once

#include "cluster/pipelinespec/yamlvalue.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kfw::local {

// One artifact as the KFP executor contract passes it: a local path stands for its URI, as in
// the KFP SDK's local runner, so that components written for it read and write files directly.
struct RuntimeArtifact
{
    QString name;
    QString schemaTitle = QStringLiteral("system.Artifact");
    QString schemaVersion = QStringLiteral("0.0.1");
    QString uri;                    // an absolute local path
    pipelinespec::YamlValue metadata = pipelinespec::YamlValue::mapping();

    QJsonObject toJson() const;
    pipelinespec::YamlValue toTree() const;
    static RuntimeArtifact fromJson(const QJsonObject &json);
    // The inverse of toTree(); keeps metadata types exactly (JSON has one number type).
    static RuntimeArtifact fromTree(const pipelinespec::YamlValue &tree);
};

// What a task's container receives: input values and artifacts, and where to put outputs
// (KFP's ExecutorInput message, written as JSON for "{{$}}").
struct ExecutorInput
{
    QMap<QString, pipelinespec::YamlValue> parameters;        // input parameter values
    QMap<QString, QList<RuntimeArtifact>> inputArtifacts;     // input artifacts (lists for collected inputs)
    QMap<QString, QString> outputParameterFiles;              // output parameter -> file the task writes
    QMap<QString, QList<RuntimeArtifact>> outputArtifacts;    // output artifacts to produce
    QString outputFile;                                       // executor output JSON the task may write

    QJsonObject toJson() const;
    // The same as a tree; written with pythonJson() it is byte for byte what the KFP SDK's local
    // runner passes (json.dumps), floats keeping their ".0".
    pipelinespec::YamlValue toTree() const;
};

// The names and times a command may ask for ({{$.pipeline_job_name}}, ...).
struct RunContext
{
    QString jobName;
    QString jobId;
    QString taskName;
    QString taskId;
    QString pipelineRoot;
    QString createTimeUtc; // ISO 8601
};

// Turns a container's command and args into the argv to run: resolves IfPresent and Concat
// structures, {{$}}, the input/output placeholders ({{$.inputs.parameters['x']}},
// {{$.inputs.artifacts['x'].path|uri|metadata}}, {{$.outputs.parameters['x'].output_file}},
// {{$.outputs.artifacts['x'].path|uri}}, {{$.outputs.output_file}}) and the job placeholders.
// String parameters are inserted as they are, other values as JSON. Returns false with a
// message naming the placeholder when one cannot be resolved.
bool resolveCommand(const QStringList &command, const ExecutorInput &input, const RunContext &context,
                    QStringList *argv, QString *error);

// Parameter values are sometimes placeholders themselves (f-strings over upstream outputs);
// resolves them against the other inputs, as KFP's launcher does.
void resolveSelfReferences(ExecutorInput *input, const RunContext &context);

// The text of a parameter value in a command: strings as they are, the rest as JSON in
// Python's json.dumps() form.
QString parameterText(const pipelinespec::YamlValue &value);

// What a task reported: output parameter values and artifact metadata, read from the executor
// output JSON and the output parameter files. Files a task did not write leave the output
// unset. Returns false with a message when the task wrote something unreadable.
struct ExecutorOutput
{
    QMap<QString, pipelinespec::YamlValue> parameters;
    QMap<QString, QList<RuntimeArtifact>> artifacts;
};
bool readExecutorOutput(const ExecutorInput &input, const QMap<QString, QString> &parameterTypes, ExecutorOutput *output,
                        QString *error);

} // namespace kfw::local
