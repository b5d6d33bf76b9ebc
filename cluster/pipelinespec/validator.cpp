#include "cluster/pipelinespec/validator.h"

#include "cluster/pipelinespec/celexpression.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace kfw::pipelinespec {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::pipelinespec::Validator", text);
}

const QRegularExpression &taskNameRe()
{
    // A DNS-1123 label: what Kubernetes accepts in the names the task becomes.
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return re;
}

class Checker
{
public:
    explicit Checker(const PipelineDocument &doc)
        : m_doc(doc)
        , m_spec(doc.spec())
    {
        if (const YamlValue *c = m_spec.find(QStringLiteral("components")))
            m_components = c;
        m_executors = m_spec.at({"deploymentSpec", "executors"});
    }

    QList<Finding> run()
    {
        const QString schema = m_spec.value(QStringLiteral("schemaVersion")).scalarText();
        if (schema != QLatin1String("2.1.0"))
            warn(QStringLiteral("schema-version"), QStringLiteral("schemaVersion"),
                 tr("schemaVersion is '%1'; the workbench reads and writes 2.1.0").arg(schema),
                 m_spec.value(QStringLiteral("schemaVersion")).mark());
        const YamlValue *root = m_spec.find(QStringLiteral("root"));
        if (!root || !root->isMapping()) {
            error(QStringLiteral("no-root"), QStringLiteral("root"), tr("the pipeline has no root component"), {});
            return m_findings;
        }
        if (!root->at({"dag", "tasks"}) || root->at({"dag", "tasks"})->size() == 0) {
            error(QStringLiteral("no-tasks"), QStringLiteral("root"),
                  tr("the pipeline has no tasks; add a component to it"), root->mark());
        }
        checkComponent(QStringLiteral("root"), *root);
        if (m_components) {
            for (const auto &c : m_components->entries())
                checkComponent(c.key.scalarText(), c.value);
        }
        return m_findings;
    }

private:
    void add(Finding::Severity s, const QString &code, const QString &path, const QString &message, SourceMark mark)
    {
        m_findings.append({s, code, path, message, mark});
    }
    void error(const QString &code, const QString &path, const QString &message, SourceMark mark)
    {
        add(Finding::Severity::Error, code, path, message, mark);
    }
    void warn(const QString &code, const QString &path, const QString &message, SourceMark mark)
    {
        add(Finding::Severity::Warning, code, path, message, mark);
    }

    const YamlValue *component(const QString &name) const { return m_components ? m_components->find(name) : nullptr; }

    static const YamlValue *definition(const YamlValue &component, const char *side, const char *kind, const QString &name)
    {
        const YamlValue *group = component.at({side, kind});
        return group ? group->find(name) : nullptr;
    }

    void checkComponent(const QString &name, const YamlValue &comp)
    {
        const bool hasDag = comp.contains(QStringLiteral("dag"));
        const YamlValue *label = comp.find(QStringLiteral("executorLabel"));
        if (!hasDag && !label) {
            error(QStringLiteral("empty-component"), name,
                  tr("component '%1' has neither a dag nor an executorLabel").arg(name), comp.mark());
            return;
        }
        if (label && (!m_executors || !m_executors->find(label->scalarText()))) {
            error(QStringLiteral("unknown-executor"), name,
                  tr("component '%1' names executor '%2', which deploymentSpec.executors does not define")
                      .arg(name, label->scalarText()),
                  label->mark());
        }
        if (hasDag)
            checkDag(name, comp);
    }

    void checkDag(const QString &owner, const YamlValue &comp)
    {
        const YamlValue *tasks = comp.at({"dag", "tasks"});
        if (!tasks)
            return;
        QSet<QString> names;
        for (const auto &t : tasks->entries())
            names.insert(t.key.scalarText());

        QHash<QString, QStringList> edges; // task -> upstream tasks
        for (const auto &t : tasks->entries()) {
            const QString taskName = t.key.scalarText();
            const QString path = owner + QStringLiteral("/tasks/") + taskName;
            const YamlValue &task = t.value;
            if (!taskNameRe().match(taskName).hasMatch() || taskName.size() > 63) {
                error(QStringLiteral("invalid-name"), path,
                      tr("task name '%1' is not a valid Kubernetes name: use at most 63 lower-case letters, "
                                     "digits and '-', starting and ending with a letter or digit")
                          .arg(taskName),
                      t.key.mark());
            }
            const QString compName = task.at({"componentRef", "name"}) ? task.at({"componentRef", "name"})->scalarText()
                                                                      : QString();
            const YamlValue *target = component(compName);
            if (compName.isEmpty()) {
                error(QStringLiteral("no-component-ref"), path, tr("task '%1' has no componentRef").arg(taskName),
                      task.mark());
            } else if (!target) {
                error(QStringLiteral("unknown-component"), path,
                      tr("task '%1' uses component '%2', which the pipeline does not define").arg(taskName, compName),
                      task.at({"componentRef", "name"})->mark());
            }

            QStringList upstream;
            if (const YamlValue *deps = task.find(QStringLiteral("dependentTasks"))) {
                for (const YamlValue &d : deps->items()) {
                    const QString dep = d.scalarText();
                    upstream << dep;
                    if (!names.contains(dep))
                        error(QStringLiteral("unknown-dependency"), path,
                              tr("task '%1' runs after '%2', which is not a task of the same DAG")
                                  .arg(taskName, dep),
                              d.mark());
                }
            }
            checkInputs(owner, comp, path, taskName, task, target, names, tasks, &upstream);
            checkCondition(path, task);
            edges.insert(taskName, upstream);
        }
        findCycles(owner, edges);
    }

    void checkInputs(const QString &owner, const YamlValue &ownerComp, const QString &path, const QString &taskName,
                     const YamlValue &task, const YamlValue *target, const QSet<QString> &siblings,
                     const YamlValue *tasks, QStringList *upstream)
    {
        QSet<QString> given;
        for (const char *kind : {"parameters", "artifacts"}) {
            const bool artifact = qstrcmp(kind, "artifacts") == 0;
            const YamlValue *inputs = task.at({"inputs", kind});
            if (!inputs)
                continue;
            for (const auto &in : inputs->entries()) {
                const QString inputName = in.key.scalarText();
                given.insert(inputName);
                const YamlValue &spec = in.value;
                const YamlValue *def = target ? definition(*target, "inputDefinitions", kind, inputName) : nullptr;
                // Inputs named "pipelinechannel--..." that the component does not declare are the
                // task's own: the compiler adds them for conditions and formatted strings.
                // Others may feed task settings (resource limits); the component ignores them.
                if (target && !def && !inputName.startsWith(QLatin1String("pipelinechannel--"))) {
                    warn(QStringLiteral("unknown-input"), path,
                          tr("task '%1' sets input '%2', which component '%3' does not declare")
                              .arg(taskName, inputName, task.at({"componentRef", "name"})->scalarText()),
                          in.key.mark());
                }
                const QString producerKey = artifact ? QStringLiteral("taskOutputArtifact") : QStringLiteral("taskOutputParameter");
                if (const YamlValue *producer = spec.find(producerKey)) {
                    const QString from = producer->value(QStringLiteral("producerTask")).scalarText();
                    const QString key = producer->value(artifact ? QStringLiteral("outputArtifactKey")
                                                                 : QStringLiteral("outputParameterKey"))
                                            .scalarText();
                    upstream->append(from);
                    if (!siblings.contains(from)) {
                        error(QStringLiteral("unknown-producer"), path,
                              tr("input '%1' of task '%2' comes from task '%3', which is not in the same DAG")
                                  .arg(inputName, taskName, from),
                              producer->mark());
                        continue;
                    }
                    const YamlValue *producerTask = tasks->find(from);
                    const YamlValue *producerComp =
                        producerTask && producerTask->at({"componentRef", "name"})
                            ? component(producerTask->at({"componentRef", "name"})->scalarText())
                            : nullptr;
                    const YamlValue *out = producerComp ? definition(*producerComp, "outputDefinitions", kind, key) : nullptr;
                    if (producerComp && !out) {
                        error(QStringLiteral("unknown-output"), path,
                              tr("input '%1' of task '%2' reads output '%3' of task '%4', which has no such "
                                             "output")
                                  .arg(inputName, taskName, key, from),
                              producer->mark());
                    } else if (out && def) {
                        checkTypes(path, taskName, inputName, *out, *def, artifact, producer->mark());
                    }
                }
                const QString fromParent = artifact ? QStringLiteral("componentInputArtifact")
                                                    : QStringLiteral("componentInputParameter");
                if (const YamlValue *parentInput = spec.find(fromParent)) {
                    const QString parentName = parentInput->scalarText();
                    const YamlValue *parentDef = definition(ownerComp, "inputDefinitions", kind, parentName);
                    if (!parentDef) {
                        const bool loopItem = parentName.contains(QLatin1String("-loop-item"));
                        error(loopItem ? QStringLiteral("loop-item-outside-loop") : QStringLiteral("unknown-parent-input"),
                              path,
                              loopItem ? tr("input '%1' of task '%2' reads loop item '%3' outside the loop "
                                                        "that defines it")
                                             .arg(inputName, taskName, parentName)
                                       : tr("input '%1' of task '%2' reads '%3', which is not an input of "
                                                        "'%4'")
                                             .arg(inputName, taskName, parentName, owner),
                              parentInput->mark());
                    } else if (def && !spec.contains(QStringLiteral("parameterExpressionSelector"))
                               && !parentName.contains(QLatin1String("-loop-item"))) {
                        // Loop items carry the declared type of the list, not of one item, and a
                        // selector picks a field out of a struct: neither is checked here.
                        checkTypes(path, taskName, inputName, *parentDef, *def, artifact, parentInput->mark());
                    }
                }
                if (!artifact && def) {
                    if (const YamlValue *constant = spec.at({"runtimeValue", "constant"}))
                        checkConstant(path, taskName, inputName, *constant, *def);
                }
            }
        }
        // A loop's item input is supplied by its iterator.
        for (const char *iterator : {"parameterIterator", "artifactIterator"}) {
            if (const YamlValue *item = task.at({iterator, "itemInput"}))
                given.insert(item->scalarText());
        }
        // Every required input is set.
        if (target) {
            for (const char *kind : {"parameters", "artifacts"}) {
                const YamlValue *defs = target->at({"inputDefinitions", kind});
                if (!defs)
                    continue;
                for (const auto &d : defs->entries()) {
                    const QString inputName = d.key.scalarText();
                    const bool optional = d.value.value(QStringLiteral("isOptional")).toBool()
                                          || d.value.contains(QStringLiteral("defaultValue"));
                    if (!optional && !given.contains(inputName)) {
                        error(QStringLiteral("missing-input"), path,
                              tr("task '%1' does not set required input '%2'").arg(taskName, inputName),
                              task.mark());
                    }
                }
            }
        }
    }

    static QString typeOf(const YamlValue &def, bool artifact)
    {
        if (artifact) {
            const YamlValue *t = def.at({"artifactType", "schemaTitle"});
            return t ? t->scalarText() : QString();
        }
        return def.value(QStringLiteral("parameterType")).scalarText();
    }

    void checkTypes(const QString &path, const QString &taskName, const QString &inputName, const YamlValue &from,
                    const YamlValue &to, bool artifact, SourceMark mark)
    {
        const QString a = typeOf(from, artifact);
        const QString b = typeOf(to, artifact);
        if (a.isEmpty() || b.isEmpty() || a == b)
            return;
        if (artifact) {
            // system.Artifact accepts and is accepted by every artifact type.
            if (a == QLatin1String("system.Artifact") || b == QLatin1String("system.Artifact"))
                return;
            // A list of artifacts fed to a list input, or collected outputs: checked by kind only.
            error(QStringLiteral("type-mismatch"), path,
                  tr("input '%1' of task '%2' expects %3 but receives %4").arg(inputName, taskName, b, a), mark);
            return;
        }
        // KFP passes any parameter to a STRING input? No: only numbers widen (int into double).
        if (a == QLatin1String("NUMBER_INTEGER") && b == QLatin1String("NUMBER_DOUBLE"))
            return;
        error(QStringLiteral("type-mismatch"), path,
              tr("input '%1' of task '%2' expects %3 but receives %4").arg(inputName, taskName, b, a), mark);
    }

    void checkConstant(const QString &path, const QString &taskName, const QString &inputName, const YamlValue &value,
                       const YamlValue &def)
    {
        const QString type = def.value(QStringLiteral("parameterType")).scalarText();
        const bool ok = type.isEmpty() || parameterValueFits(value, type);
        if (!ok) {
            error(QStringLiteral("type-mismatch"), path,
                  tr("input '%1' of task '%2' expects %3 but the constant is %4")
                      .arg(inputName, taskName, type, value.typeName()),
                  value.mark());
        }
    }

    void checkCondition(const QString &path, const YamlValue &task)
    {
        const YamlValue *cond = task.at({"triggerPolicy", "condition"});
        if (!cond)
            return;
        const CelExpression e = CelExpression::parse(cond->scalarText());
        if (!e.isValid()) {
            error(QStringLiteral("malformed-condition"), path,
                  tr("the condition '%1' cannot be read: %2 at character %3")
                      .arg(cond->scalarText(), e.errorMessage())
                      .arg(e.errorOffset() + 1),
                  cond->mark());
            return;
        }
        const YamlValue *params = task.at({"inputs", "parameters"});
        for (const QString &name : e.referencedParameters()) {
            if (!params || !params->find(name)) {
                error(QStringLiteral("malformed-condition"), path,
                      tr("the condition reads '%1', which is not an input of this task").arg(name),
                      cond->mark());
            }
        }
    }

    void findCycles(const QString &owner, const QHash<QString, QStringList> &edges)
    {
        // Depth-first search with colours; reports each cycle once, as a path.
        QHash<QString, int> colour;
        QStringList stack;
        std::function<void(const QString &)> visit = [&](const QString &n) {
            colour[n] = 1;
            stack << n;
            for (const QString &up : edges.value(n)) {
                if (!edges.contains(up))
                    continue;
                if (colour.value(up) == 1) {
                    const QStringList cycle = stack.mid(stack.indexOf(up)) << up;
                    error(QStringLiteral("cycle"), owner + QStringLiteral("/tasks/") + up,
                          tr("tasks depend on each other in a cycle: %1")
                              .arg(cycle.join(QStringLiteral(" <- "))),
                          {});
                } else if (colour.value(up) == 0) {
                    visit(up);
                }
            }
            stack.removeLast();
            colour[n] = 2;
        };
        QStringList keys = edges.keys();
        keys.sort();
        for (const QString &k : keys) {
            if (colour.value(k) == 0)
                visit(k);
        }
    }

    const PipelineDocument &m_doc;
    const YamlValue &m_spec;
    const YamlValue *m_components = nullptr;
    const YamlValue *m_executors = nullptr;
    QList<Finding> m_findings;
};

} // namespace

bool parameterValueFits(const YamlValue &value, const QString &type)
{
    if (type == QLatin1String("STRING"))
        return value.isString();
    if (type == QLatin1String("NUMBER_INTEGER"))
        return value.isInt() || (value.isFloat() && value.toDouble() == std::trunc(value.toDouble()));
    if (type == QLatin1String("NUMBER_DOUBLE"))
        return value.isNumber();
    if (type == QLatin1String("BOOLEAN"))
        return value.isBool();
    if (type == QLatin1String("LIST"))
        return value.isSequence();
    if (type == QLatin1String("STRUCT"))
        return value.isMapping();
    return true;
}

QString Finding::toString() const
{
    QString s = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (mark.line > 0)
        s = QStringLiteral("%1:%2: ").arg(mark.line).arg(mark.column) + s;
    return s + QStringLiteral(": ") + path + QStringLiteral(": ") + message + QStringLiteral(" [") + code + QLatin1Char(']');
}

QList<Finding> Validator::validate(const PipelineDocument &document)
{
    if (document.kind() != DocumentKind::PipelineSpec)
        return {};
    return Checker(document).run();
}

bool Validator::hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

} // namespace kfw::pipelinespec
