#include "views/pipeline-editor/daglevel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kfw::views::editor {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("kfw::views::editor", text, disambiguation,
                                       n); // lupdate's context
}

using pipelinespec::PipelineDocument;
using pipelinespec::YamlValue;

namespace {

const QString kChannelPrefix = QStringLiteral("pipelinechannel--");

const YamlValue *componentOf(const YamlValue &spec, const QString &name)
{
    if (name == QLatin1String("root"))
        return spec.find(QStringLiteral("root"));
    const YamlValue *components = spec.find(QStringLiteral("components"));
    return components ? components->find(name) : nullptr;
}

const YamlValue *tasksOf(const YamlValue &spec, const QString &dag)
{
    const YamlValue *component = componentOf(spec, dag);
    return component ? component->at({"dag", "tasks"}) : nullptr;
}

QString plainChannel(QString name)
{
    if (name.startsWith(kChannelPrefix))
        name = name.mid(kChannelPrefix.size());
    return name;
}

QString constantText(const YamlValue &value)
{
    return value.isString() ? QStringLiteral("\"%1\"").arg(value.text()) : valueText(value);
}

GroupKind groupKindOf(const QString &component)
{
    if (component.startsWith(QLatin1String("comp-condition-branches-")))
        return GroupKind::Branches;
    if (component.startsWith(QLatin1String("comp-condition-")))
        return GroupKind::Condition;
    if (component.startsWith(QLatin1String("comp-for-loop-")))
        return GroupKind::Loop;
    if (component.startsWith(QLatin1String("comp-exit-handler-")))
        return GroupKind::ExitHandler;
    return GroupKind::Pipeline;
}

// Where an input's value comes from, as the canvas shows it.
void describeBinding(const YamlValue &source, bool rootDag, PortInfo *port, QString *producer)
{
    if (const YamlValue *constant = source.at({"runtimeValue", "constant"})) {
        port->binding = QStringLiteral("= ") + constantText(*constant);
        return;
    }
    for (const auto &[kind, keyField] : {std::pair{"taskOutputParameter", "outputParameterKey"},
                                         std::pair{"taskOutputArtifact", "outputArtifactKey"}}) {
        if (const YamlValue *out = source.find(QString::fromLatin1(kind))) {
            *producer = out->value(QStringLiteral("producerTask")).text();
            const QString outKey = out->value(QString::fromLatin1(keyField)).text();
            port->binding = *producer + QLatin1Char('.') + outKey;
            port->fromTask = true;
            return;
        }
    }
    if (const YamlValue *status = source.find(QStringLiteral("taskFinalStatus"))) {
        *producer = status->value(QStringLiteral("producerTask")).text();
        port->binding = tr("final status of %1").arg(*producer);
        port->fromTask = true;
        return;
    }
    for (const char *key : {"componentInputParameter", "componentInputArtifact"}) {
        if (const YamlValue *input = source.find(QString::fromLatin1(key))) {
            const QString name = input->text();
            if (name.contains(QLatin1String("loop-item")))
                port->binding = tr("loop item");
            else
                port->binding =
                    (rootDag ? tr("pipeline: %1") : tr("from group: %1")).arg(plainChannel(name));
            return;
        }
    }
    if (source.contains(QStringLiteral("taskOutputParameter")) ||
        source.contains(QStringLiteral("parameterExpressionSelector")))
        port->binding = tr("expression");
}

void readDefinitions(const YamlValue *definitions, QList<PortInfo> *ports)
{
    if (!definitions)
        return;
    if (const YamlValue *parameters = definitions->find(QStringLiteral("parameters"))) {
        for (const auto &e : parameters->entries()) {
            PortInfo p;
            p.name = e.key.scalarText();
            p.type = e.value.value(QStringLiteral("parameterType")).text();
            p.optional = e.value.value(QStringLiteral("isOptional")).toBool() ||
                         e.value.contains(QStringLiteral("defaultValue"));
            ports->append(p);
        }
    }
    if (const YamlValue *artifacts = definitions->find(QStringLiteral("artifacts"))) {
        for (const auto &e : artifacts->entries()) {
            PortInfo p;
            p.name = e.key.scalarText();
            p.artifact = true;
            p.type = e.value.at({"artifactType", "schemaTitle"})
                         ? e.value.at({"artifactType", "schemaTitle"})->text()
                         : QStringLiteral("system.Artifact");
            if (e.value.value(QStringLiteral("isArtifactList")).toBool())
                p.type = QStringLiteral("List[%1]").arg(p.type);
            p.optional = e.value.value(QStringLiteral("isOptional")).toBool();
            ports->append(p);
        }
    }
}

} // namespace

int DagLevel::indexOf(const QString &task) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == task)
            return i;
    }
    return -1;
}

DagLevel DagLevel::read(const PipelineDocument &document, const QString &dag)
{
    DagLevel level;
    level.dag = dag;
    const YamlValue &spec = document.spec();
    const YamlValue *tasks = tasksOf(spec, dag);
    if (!tasks || !tasks->isMapping())
        return level;
    const YamlValue *executors = spec.at({"deploymentSpec", "executors"});
    const bool rootDag = dag == QLatin1String("root");

    QHash<QString, int> index;
    for (const auto &e : tasks->entries())
        index.insert(e.key.scalarText(), int(index.size()));

    QSet<std::pair<int, int>> dataPairs;
    for (const auto &e : tasks->entries()) {
        const YamlValue &task = e.value;
        NodeInfo node;
        node.name = e.key.scalarText();
        node.displayName =
            task.at({"taskInfo", "name"}) ? task.at({"taskInfo", "name"})->text() : node.name;
        node.component = task.at({"componentRef", "name"})
                             ? task.at({"componentRef", "name"})->text()
                             : QString();
        const YamlValue *component = componentOf(spec, node.component);
        if (component && component->contains(QStringLiteral("dag"))) {
            node.group = groupKindOf(node.component);
            const YamlValue *children = component->at({"dag", "tasks"});
            node.childCount = children ? int(children->size()) : 0;
            if (const YamlValue *condition = task.at({"triggerPolicy", "condition"}))
                node.detail = condition->text();
            if (const YamlValue *items = task.at({"parameterIterator", "items"})) {
                node.detail =
                    items->contains(QStringLiteral("raw"))
                        ? items->value(QStringLiteral("raw")).text()
                        : plainChannel(items->value(QStringLiteral("inputParameter")).text());
            } else if (const YamlValue *artifactItems =
                           task.at({"artifactIterator", "items", "inputArtifact"})) {
                node.detail = plainChannel(artifactItems->text());
            }
        } else if (component && executors) {
            const QString label = component->value(QStringLiteral("executorLabel")).text();
            if (const YamlValue *executor = executors->find(label)) {
                if (const YamlValue *image = executor->at({"container", "image"}))
                    node.image = image->text();
                else if (executor->contains(QStringLiteral("importer")))
                    node.image = tr("importer");
            }
        }
        if (component) {
            readDefinitions(component->find(QStringLiteral("inputDefinitions")), &node.inputs);
            readDefinitions(component->find(QStringLiteral("outputDefinitions")), &node.outputs);
        }
        // Inputs the task passes without the component declaring them: the SDK's
        // "pipelinechannel--" values that placeholders of other inputs read.
        for (const bool artifact : {false, true}) {
            const YamlValue *given = task.at({"inputs", artifact ? "artifacts" : "parameters"});
            if (!given || !given->isMapping())
                continue;
            for (const auto &in : given->entries()) {
                const QString name = in.key.scalarText();
                const bool declared =
                    std::any_of(node.inputs.begin(), node.inputs.end(), [&](const PortInfo &p) {
                        return p.name == name && p.artifact == artifact;
                    });
                if (!declared) {
                    PortInfo extra;
                    extra.name = name;
                    extra.artifact = artifact;
                    extra.optional = true;
                    node.inputs.append(extra);
                }
            }
        }
        const int to = index.value(node.name);
        for (PortInfo &port : node.inputs) {
            const YamlValue *source =
                task.at({"inputs", port.artifact ? "artifacts" : "parameters"});
            source = source ? source->find(port.name) : nullptr;
            if (!source) {
                // A loop's items arrive through its iterator, not through an input binding.
                if (node.group == GroupKind::Loop && port.name.contains(QLatin1String("loop-item")))
                    port.binding = tr("loop items");
                continue;
            }
            QString producer;
            describeBinding(*source, rootDag, &port, &producer);
            const auto from = index.constFind(producer);
            if (from != index.constEnd()) {
                EdgeInfo edge;
                edge.from = *from;
                edge.to = to;
                edge.output = source->find(QStringLiteral("taskFinalStatus"))
                                  ? QString()
                                  : port.binding.section(QLatin1Char('.'), 1);
                edge.input = port.name;
                edge.kind = port.artifact ? EdgeInfo::Kind::Artifact : EdgeInfo::Kind::Parameter;
                level.edges.append(edge);
                dataPairs.insert({edge.from, edge.to});
            }
        }
        level.nodes.append(node);
    }
    // "after" dependencies that no data edge already shows.
    for (const auto &e : tasks->entries()) {
        const YamlValue *dependencies = e.value.find(QStringLiteral("dependentTasks"));
        if (!dependencies || !dependencies->isSequence())
            continue;
        const int to = index.value(e.key.scalarText());
        for (const YamlValue &d : dependencies->items()) {
            const auto from = index.constFind(d.text());
            if (from == index.constEnd() || dataPairs.contains({*from, to}))
                continue;
            EdgeInfo edge;
            edge.from = *from;
            edge.to = to;
            edge.kind = EdgeInfo::Kind::After;
            level.edges.append(edge);
            dataPairs.insert({*from, to});
        }
    }
    return level;
}

QString childDag(const PipelineDocument &document, const QString &dag, const QString &task)
{
    const YamlValue *tasks = tasksOf(document.spec(), dag);
    const YamlValue *t = tasks ? tasks->find(task) : nullptr;
    const YamlValue *ref = t ? t->at({"componentRef", "name"}) : nullptr;
    if (!ref)
        return {};
    const YamlValue *component = componentOf(document.spec(), ref->text());
    return component && component->contains(QStringLiteral("dag")) ? ref->text() : QString();
}

std::pair<QString, QString> parentOf(const PipelineDocument &document, const QString &dag)
{
    if (dag == QLatin1String("root"))
        return {};
    const YamlValue &spec = document.spec();
    auto search = [&](const QString &candidate) -> QString {
        const YamlValue *tasks = tasksOf(spec, candidate);
        if (!tasks || !tasks->isMapping())
            return {};
        for (const auto &e : tasks->entries()) {
            if (const YamlValue *ref = e.value.at({"componentRef", "name"});
                ref && ref->text() == dag)
                return e.key.scalarText();
        }
        return {};
    };
    if (QString task = search(QStringLiteral("root")); !task.isEmpty())
        return {QStringLiteral("root"), task};
    if (const YamlValue *components = spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries()) {
            const QString name = c.key.scalarText();
            if (QString task = search(name); !task.isEmpty())
                return {name, task};
        }
    }
    return {};
}

QString valueText(const YamlValue &value)
{
    if (value.isScalar())
        return value.scalarText();
    const QJsonValue json = value.toJson();
    return QString::fromUtf8(json.isArray()
                                 ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
}

QString portLabel(const PortInfo &port)
{
    const QString type = shortTypeName(port);
    return type.isEmpty() ? plainChannel(port.name)
                          : plainChannel(port.name) + QStringLiteral(": ") + type;
}

QString shortTypeName(const PortInfo &port)
{
    if (port.artifact) {
        QString t = port.type;
        const bool list = t.startsWith(QLatin1String("List["));
        if (list)
            t = t.mid(5).chopped(1);
        t = t.section(QLatin1Char('.'), -1);
        return list ? QStringLiteral("List[%1]").arg(t) : t;
    }
    static const QHash<QString, QString> names = {
        {QStringLiteral("STRING"), QStringLiteral("str")},
        {QStringLiteral("NUMBER_INTEGER"), QStringLiteral("int")},
        {QStringLiteral("NUMBER_DOUBLE"), QStringLiteral("float")},
        {QStringLiteral("BOOLEAN"), QStringLiteral("bool")},
        {QStringLiteral("LIST"), QStringLiteral("list")},
        {QStringLiteral("STRUCT"), QStringLiteral("dict")},
        {QStringLiteral("TASK_FINAL_STATUS"), QStringLiteral("status")},
    };
    return names.value(port.type, port.type.toLower());
}

} // namespace kfw::views::editor
