#pragma once

#include "cluster/pipelinespec/pipelinedocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kfw::views::editor {

// What kind of task a node is: a component that runs, or a group whose component is a DAG.
enum class GroupKind
{
    None,        // a task that runs a container or an importer
    Condition,   // dsl.If / Elif / Else branch
    Branches,    // the group holding the branches of If/Elif/Else
    Loop,        // dsl.ParallelFor
    ExitHandler, // dsl.ExitHandler
    Pipeline,    // a pipeline used as a component
};

// One input or output of a task, with its KFP type and, for inputs, where the value comes from.
struct PortInfo
{
    QString name;
    QString
        type; // "STRING", "NUMBER_INTEGER", ..., or an artifact schema title such as "system.Model"
    bool artifact = false;
    bool optional = false;
    QString binding; // inputs: "= 0.5", "pipeline: lr", "train.model", "loop item", ... (empty when
                     // unset)
    bool fromTask = false; // inputs: bound to an upstream task's output in the same DAG
};

// A task of the DAG, ready for the canvas.
struct NodeInfo
{
    QString name;        // task name (key in the DAG)
    QString displayName; // taskInfo.name
    QString component;   // componentRef.name
    QString image;       // the container image, when the task runs one
    GroupKind group = GroupKind::None;
    QString detail;     // a group's condition or loop items
    int childCount = 0; // tasks in a group's DAG
    QList<PortInfo> inputs;
    QList<PortInfo> outputs;
};

struct EdgeInfo
{
    enum class Kind
    {
        Parameter,
        Artifact,
        After, // dependentTasks without data
    };
    int from = -1;
    int to = -1;
    QString output; // port names; empty for After
    QString input;
    Kind kind = Kind::Parameter;
};

// The tasks of one DAG of a pipeline ("root" or a group component) and the edges between them.
struct DagLevel
{
    Q_DECLARE_TR_FUNCTIONS(kfw::views::editor::DagLevel)
public:
    QString dag;
    QList<NodeInfo> nodes;
    QList<EdgeInfo> edges;

    int indexOf(const QString &task) const;
    // Reads the DAG; an unknown DAG gives an empty level.
    static DagLevel read(const pipelinespec::PipelineDocument &document, const QString &dag);
};

// The DAG a group task opens, or empty for a task that runs a component.
QString childDag(const pipelinespec::PipelineDocument &document, const QString &dag,
                 const QString &task);
// The DAG holding the task that runs `dag`, and that task's name; empty for "root".
std::pair<QString, QString> parentOf(const pipelinespec::PipelineDocument &document,
                                     const QString &dag);

// Translation for the free functions of the editor (lupdate files them under the namespace).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// A value as typed in a field: scalars as text, lists and objects as compact JSON.
QString valueText(const pipelinespec::YamlValue &value);
// "name: type" as a node shows a port (group channels without their "pipelinechannel--" prefix).
QString portLabel(const PortInfo &port);
// Short type label for a port ("str", "int", "Model", ...).
QString shortTypeName(const PortInfo &port);

} // namespace kfw::views::editor
