#pragma once

#include "cluster/pipelinespec/pipelinedocument.h"

#include <QList>
#include <QString>

namespace kfw::pipelinespec {

// Whether a value fits a KFP parameter type (STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN,
// LIST, STRUCT); an integral float fits NUMBER_INTEGER, any number NUMBER_DOUBLE.
bool parameterValueFits(const YamlValue &value, const QString &parameterType);

// One problem found in a pipeline, with where it is.
struct Finding
{
    enum class Severity
    {
        Error,   // blocks running
        Warning, // worth a look; does not block
    };
    Severity severity = Severity::Error;
    QString code;    // stable identifier, e.g. "unknown-component"
    QString path;    // where in the pipeline, e.g. "root/tasks/train" or "comp-condition-2/tasks/eval"
    QString message; // what is wrong and, where it helps, what to do
    SourceMark mark; // position in the file when known

    QString toString() const;
};

// Checks a PipelineSpec for what would make it fail to compile, upload or run: references to
// components, executors, tasks, outputs and inputs that do not exist; required inputs left
// unset; parameter and artifact type mismatches; cycles; malformed or dangling conditions; loop
// items used outside their loop; names Kubernetes would refuse.
class Validator
{
public:
    static QList<Finding> validate(const PipelineDocument &document);
    static bool hasErrors(const QList<Finding> &findings);
};

} // namespace kfw::pipelinespec
