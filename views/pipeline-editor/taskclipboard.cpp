#include "views/pipeline-editor/taskclipboard.h"

#include "cluster/pipelinespec/yamlwriter.h"

#include <QCoreApplication>
#include <QSet>

namespace kfw::views::editor::taskclipboard {

using pipelinespec::PipelineEditor;
using pipelinespec::YamlValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::views::editor::taskclipboard",
                                       text); // lupdate's context
}

const YamlValue *dagTasks(const YamlValue &spec, const QString &dag)
{
    if (dag == QLatin1String("root"))
        return spec.at({"root", "dag", "tasks"});
    const YamlValue *components = spec.find(QStringLiteral("components"));
    const YamlValue *component = components ? components->find(dag) : nullptr;
    return component ? component->at({"dag", "tasks"}) : nullptr;
}

YamlValue mapping(std::initializer_list<std::pair<const char *, YamlValue>> entries)
{
    YamlValue m = YamlValue::mapping();
    for (const auto &[k, v] : entries)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

// Keeps the inputs a paste can rebuild: constants and values from other copied tasks.
YamlValue keptInputs(const YamlValue &inputs, const QSet<QString> &copied)
{
    YamlValue kept = YamlValue::mapping();
    for (const char *kind : {"parameters", "artifacts"}) {
        const YamlValue *group = inputs.find(QString::fromLatin1(kind));
        if (!group || !group->isMapping())
            continue;
        YamlValue out = YamlValue::mapping();
        for (const auto &in : group->entries()) {
            bool keep = in.value.contains(QStringLiteral("runtimeValue"));
            for (const char *source : {"taskOutputParameter", "taskOutputArtifact"}) {
                if (const YamlValue *s = in.value.find(QString::fromLatin1(source)))
                    keep = keep || copied.contains(s->value(QStringLiteral("producerTask")).text());
            }
            if (keep)
                out.insert(in.key.scalarText(), in.value);
        }
        if (out.size())
            kept.insert(QString::fromLatin1(kind), out);
    }
    return kept;
}

} // namespace

QByteArray copy(const pipelinespec::PipelineDocument &document, const QString &dag,
                const QStringList &tasks, QStringList *skipped)
{
    const YamlValue &spec = document.spec();
    const YamlValue *from = dagTasks(spec, dag);
    const YamlValue *components = spec.find(QStringLiteral("components"));
    const YamlValue *executors = spec.at({"deploymentSpec", "executors"});
    if (!from || !components)
        return {};
    QSet<QString> copied;
    for (const auto &t : from->entries()) {
        const QString name = t.key.scalarText();
        const YamlValue *component = components->find(
            t.value.at({"componentRef", "name"}) ? t.value.at({"componentRef", "name"})->text()
                                                 : QString());
        if (!tasks.contains(name))
            continue;
        if (!component || component->contains(QStringLiteral("dag")))
            skipped->append(name);
        else
            copied.insert(name);
    }
    YamlValue outComponents = YamlValue::mapping();
    YamlValue outExecutors = YamlValue::mapping();
    YamlValue outTasks = YamlValue::mapping();
    for (const auto &t : from->entries()) {
        const QString name = t.key.scalarText();
        if (!copied.contains(name))
            continue;
        const QString componentName = t.value.at({"componentRef", "name"})->text();
        const YamlValue &component = *components->find(componentName);
        outComponents.insert(componentName, component);
        const QString label = component.value(QStringLiteral("executorLabel")).text();
        if (const YamlValue *executor = executors ? executors->find(label) : nullptr)
            outExecutors.insert(label, *executor);
        YamlValue task = t.value;
        task.remove(QStringLiteral("inputs"));
        if (const YamlValue *inputs = t.value.find(QStringLiteral("inputs"))) {
            if (YamlValue kept = keptInputs(*inputs, copied); kept.size())
                task.insert(QStringLiteral("inputs"), kept);
        }
        task.remove(QStringLiteral("dependentTasks"));
        if (const YamlValue *deps = t.value.find(QStringLiteral("dependentTasks"));
            deps && deps->isSequence()) {
            YamlValue kept = YamlValue::sequence();
            for (const YamlValue &d : deps->items()) {
                if (copied.contains(d.text()))
                    kept.append(d);
            }
            if (kept.size())
                task.insert(QStringLiteral("dependentTasks"), kept);
        }
        outTasks.insert(name, task);
    }
    const YamlValue clip = mapping(
        {{"components", outComponents},
         {"deploymentSpec", mapping({{"executors", outExecutors}})},
         {"pipelineInfo", mapping({{"name", YamlValue::string(QStringLiteral("copied-tasks"))}})},
         {"root", mapping({{"dag", mapping({{"tasks", outTasks}})}})},
         {"schemaVersion", YamlValue::string(QStringLiteral("2.1.0"))}});
    return pipelinespec::YamlWriter::write(clip);
}

std::optional<QList<std::pair<QString, QString>>> paste(PipelineEditor &editor, const QString &dag,
                                                        const QByteArray &yaml, QString *error)
{
    pipelinespec::ReadError readError;
    const auto clip =
        pipelinespec::PipelineDocument::fromBytes(yaml, QStringLiteral("clipboard"), &readError);
    if (!clip || clip->kind() != pipelinespec::DocumentKind::PipelineSpec) {
        *error = tr("The clipboard holds no tasks of a pipeline.");
        return std::nullopt;
    }
    const YamlValue &spec = clip->spec();
    const YamlValue *tasks = spec.at({"root", "dag", "tasks"});
    const YamlValue *components = spec.find(QStringLiteral("components"));
    const YamlValue *executors = spec.at({"deploymentSpec", "executors"});
    if (!tasks || !tasks->isMapping() || tasks->size() == 0 || !components) {
        *error = tr("The clipboard holds no tasks of a pipeline.");
        return std::nullopt;
    }
    QHash<QString, pipelinespec::TaskId> ids;
    QHash<QString, QString> componentFor; // copied component -> component in this pipeline
    QList<std::pair<QString, QString>> added;
    for (const auto &t : tasks->entries()) {
        const QString name = t.key.scalarText();
        const QString componentName = t.value.at({"componentRef", "name"})
                                          ? t.value.at({"componentRef", "name"})->text()
                                          : QString();
        const YamlValue *component = components->find(componentName);
        if (!component || component->contains(QStringLiteral("dag"))) {
            *error = tr("The task %1 in the clipboard has no component it can run.").arg(name);
            return std::nullopt;
        }
        const QString label = component->value(QStringLiteral("executorLabel")).text();
        const YamlValue executor = executors ? executors->value(label) : YamlValue();
        if (!componentFor.contains(componentName)) {
            // The same component in the same form is reused (a copy within one pipeline).
            const YamlValue &target = editor.document().spec();
            const YamlValue *existing =
                target.find(QStringLiteral("components"))
                    ? target.find(QStringLiteral("components"))->find(componentName)
                    : nullptr;
            const YamlValue *existingExecutor =
                existing ? target.at({"deploymentSpec", "executors"}) : nullptr;
            if (existing && *existing == *component && existingExecutor &&
                existingExecutor->value(existing->value(QStringLiteral("executorLabel")).text()) ==
                    executor) {
                componentFor.insert(componentName, componentName);
            } else {
                pipelinespec::ComponentDefinition definition;
                definition.name = componentName.startsWith(QLatin1String("comp-"))
                                      ? componentName.mid(5)
                                      : componentName;
                definition.inputs = component->value(QStringLiteral("inputDefinitions"));
                definition.outputs = component->value(QStringLiteral("outputDefinitions"));
                definition.executor = executor;
                componentFor.insert(componentName, editor.addComponent(definition));
            }
        }
        const auto id = editor.addTask(componentFor.value(componentName), dag, error);
        if (!id)
            return std::nullopt;
        ids.insert(name, *id);
        added.append({name, editor.location(*id)->name});
        if (const YamlValue *display = t.value.at({"taskInfo", "name"});
            display && display->text() != name)
            editor.setDisplayName(*id, display->text());
        if (const YamlValue *cache = t.value.at({"cachingOptions", "enableCache"}))
            editor.setCaching(*id, cache->toBool());
        if (const YamlValue *retry = t.value.at({"retryPolicy", "maxRetryCount"}))
            editor.setRetry(*id, int(retry->toInt()));
    }
    // Inputs and dependencies, once every task exists.
    for (const auto &t : tasks->entries()) {
        const pipelinespec::TaskId id = ids.value(t.key.scalarText());
        for (const char *kind : {"parameters", "artifacts"}) {
            const YamlValue *group = t.value.at({"inputs", kind});
            if (!group || !group->isMapping())
                continue;
            for (const auto &in : group->entries()) {
                const QString input = in.key.scalarText();
                pipelinespec::EditResult result;
                if (const YamlValue *constant = in.value.at({"runtimeValue", "constant"})) {
                    result = editor.setConstant(id, input, *constant);
                } else {
                    for (const auto &[source, keyField] :
                         {std::pair{"taskOutputParameter", "outputParameterKey"},
                          std::pair{"taskOutputArtifact", "outputArtifactKey"}}) {
                        if (const YamlValue *s = in.value.find(QString::fromLatin1(source))) {
                            const auto producer =
                                ids.constFind(s->value(QStringLiteral("producerTask")).text());
                            if (producer != ids.constEnd())
                                result =
                                    editor.connect(id, input, *producer,
                                                   s->value(QString::fromLatin1(keyField)).text());
                        }
                    }
                }
                if (!result) {
                    *error = tr("%1.%2 could not be restored: %3")
                                 .arg(t.key.scalarText(), input, result.error);
                    return std::nullopt;
                }
            }
        }
        if (const YamlValue *deps = t.value.find(QStringLiteral("dependentTasks"));
            deps && deps->isSequence()) {
            for (const YamlValue &d : deps->items()) {
                if (const auto producer = ids.constFind(d.text()); producer != ids.constEnd())
                    editor.addDependency(id, *producer);
            }
        }
    }
    return added;
}

} // namespace kfw::views::editor::taskclipboard
