#pragma once

#include "cluster/pipelinespec/yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace kfw::pipelinespec {

// The subset of CEL the KFP compiler emits in trigger conditions:
//   inputs.parameter_values['name'], int(), double(), string(), ==, !=, <, <=, >, >=, !, &&, ||,
//   unary minus, parentheses, and string, number, true/false/null literals.
// Parsed once; evaluated against a task's parameter values.
class CelExpression
{
public:
    struct Node;

    // Parses the text. On error returns an invalid expression with errorMessage() and
    // errorOffset() set.
    static CelExpression parse(const QString &text);

    bool isValid() const { return m_root != nullptr; }
    QString errorMessage() const { return m_error; }
    int errorOffset() const { return m_errorOffset; }
    QString text() const { return m_text; }

    // The parameter names the expression reads (inputs.parameter_values['...']).
    QStringList referencedParameters() const;

    // Evaluates with the given parameter values. Returns false and sets *error when a name is
    // missing or the types do not fit; the result is a Bool for conditions.
    bool evaluate(const QHash<QString, YamlValue> &parameters, YamlValue *result, QString *error) const;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
    QString m_error;
    int m_errorOffset = -1;
};

} // namespace kfw::pipelinespec
