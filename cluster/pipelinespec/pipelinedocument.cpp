#include "cluster/pipelinespec/pipelinedocument.h"

#include "cluster/pipelinespec/pythonrepr.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace kfw::pipelinespec {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::pipelinespec::PipelineDocument", text);
}

bool anyNode(const YamlValue &v, const std::function<bool(const QString &key, const YamlValue &value)> &pred)
{
    for (const auto &e : v.entries()) {
        if (e.key.isString() && pred(e.key.text(), e.value))
            return true;
        if (anyNode(e.value, pred))
            return true;
    }
    for (const YamlValue &item : v.items()) {
        if (anyNode(item, pred))
            return true;
    }
    return false;
}

// Task names of every DAG in the spec (root and components).
void collectTaskNames(const YamlValue &spec, QStringList *names)
{
    auto fromDag = [names](const YamlValue *component) {
        if (!component)
            return;
        if (const YamlValue *tasks = component->at({"dag", "tasks"})) {
            for (const auto &t : tasks->entries())
                names->append(t.key.scalarText());
        }
    };
    fromDag(spec.find(QStringLiteral("root")));
    if (const YamlValue *components = spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries())
            fromDag(&c.value);
    }
}

// Edit distance, to suggest the field a typo meant.
int distance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

ReadError errorAt(const QString &file, SourceMark mark, const QString &message, const QString &hint)
{
    return {file, mark.line, mark.column, message, hint};
}

bool isArgoWorkflow(const YamlValue &doc)
{
    return doc.value(QStringLiteral("apiVersion")).text().startsWith(QLatin1String("argoproj.io/"))
           && doc.value(QStringLiteral("kind")).text() == QLatin1String("Workflow");
}

bool isV1Component(const YamlValue &doc)
{
    return doc.contains(QStringLiteral("implementation")) && !doc.contains(QStringLiteral("root"))
           && !doc.contains(QStringLiteral("pipelineInfo"));
}

} // namespace

QJsonObject ManifestRow::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("documents"), documents},
                       {QStringLiteral("root_dag_tasks"), rootDagTasks},
                       {QStringLiteral("component_specs"), componentSpecs},
                       {QStringLiteral("executors"), executors},
                       {QStringLiteral("uses_parallelfor"), usesParallelFor},
                       {QStringLiteral("uses_condition"), usesCondition},
                       {QStringLiteral("uses_exit_handler"), usesExitHandler},
                       {QStringLiteral("has_platform_spec"), hasPlatformSpec}};
}

const QStringList &PipelineDocument::knownTopLevelFields()
{
    static const QStringList fields{QStringLiteral("pipelineInfo"), QStringLiteral("deploymentSpec"),
                                    QStringLiteral("sdkVersion"),   QStringLiteral("schemaVersion"),
                                    QStringLiteral("components"),   QStringLiteral("root"),
                                    QStringLiteral("defaultPipelineRoot")};
    return fields;
}

std::optional<PipelineDocument> PipelineDocument::load(const QString &path, ReadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, 0, tr("cannot be opened: %1").arg(file.errorString()),
                  tr("Check that the file exists and that you may read it.")};
        return std::nullopt;
    }
    return fromBytes(file.readAll(), path, error);
}

std::optional<PipelineDocument> PipelineDocument::fromBytes(const QByteArray &bytes, const QString &fileName,
                                                            ReadError *error)
{
    QList<YamlValue> docs;
    if (!YamlReader::read(bytes, &docs, error)) {
        error->file = fileName;
        return std::nullopt;
    }
    if (docs.isEmpty()) {
        *error = {fileName, 0, 0, tr("has no YAML document (it is empty or holds only comments)"),
                  tr("Open a pipeline compiled by the KFP SDK (kfp.compiler.Compiler().compile(...)).")};
        return std::nullopt;
    }
    const YamlValue &first = docs.first();
    if (!first.isMapping()) {
        *error = errorAt(fileName, first.mark(), tr("is %1, not a pipeline (a mapping with pipelineInfo, root and "
                                                     "components)").arg(first.typeName()),
                         tr("Open a pipeline compiled by the KFP SDK."));
        return std::nullopt;
    }
    if (isArgoWorkflow(first)) {
        *error = errorAt(fileName, first.mark(),
                         tr("is a KFP v1 pipeline (an Argo Workflow), not a KFP v2 PipelineSpec"),
                         tr("Recompile the pipeline with the KFP SDK 2.x (kfp>=2.0) to get a PipelineSpec; v1 "
                            "pipelines run only on KFP v1 clusters."));
        return std::nullopt;
    }

    PipelineDocument doc;
    if (isV1Component(first)) {
        const YamlValue impl = first.value(QStringLiteral("implementation"));
        if (!impl.isMapping() || !impl.contains(QStringLiteral("container"))) {
            *error = errorAt(fileName, impl.mark(), tr("is a KFP v1 component without a container implementation"),
                             tr("Only container components (implementation: container: ...) can be imported."));
            return std::nullopt;
        }
        doc.m_kind = DocumentKind::V1Component;
        doc.m_spec = first;
        return doc;
    }

    // Every top-level field must be one PipelineSpec defines.
    for (const auto &e : first.entries()) {
        const QString key = e.key.scalarText();
        if (knownTopLevelFields().contains(key))
            continue;
        QString suggestion;
        for (const QString &known : knownTopLevelFields()) {
            if (distance(key, known) <= 3 || key.startsWith(known))
                suggestion = known;
        }
        *error = errorAt(fileName, e.key.mark(), tr("has an unknown top-level field '%1'").arg(key),
                         suggestion.isEmpty()
                             ? tr("A PipelineSpec has only these fields: %1.").arg(knownTopLevelFields().join(QStringLiteral(", ")))
                             : tr("Did you mean '%1'? A PipelineSpec has only these fields: %2.")
                                   .arg(suggestion, knownTopLevelFields().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    for (const char *required : {"pipelineInfo", "root"}) {
        if (!first.contains(QString::fromLatin1(required))) {
            *error = errorAt(fileName, first.mark(), tr("has no '%1' field").arg(QString::fromLatin1(required)),
                             tr("A compiled pipeline has pipelineInfo, root, components and deploymentSpec; the "
                                "file may be cut short or not a pipeline."));
            return std::nullopt;
        }
    }
    const YamlValue *info = first.find(QStringLiteral("pipelineInfo"));
    const YamlValue *name = info->find(QStringLiteral("name"));
    if (!name || name->scalarText().trimmed().isEmpty() || name->isNull()) {
        *error = errorAt(fileName, name ? name->mark() : info->mark(), tr("has an empty pipeline name (pipelineInfo.name)"),
                         tr("Give the pipeline a name: @dsl.pipeline(name='my-pipeline') in the SDK, or set "
                            "pipelineInfo.name."));
        return std::nullopt;
    }
    for (const char *mappingField : {"root", "components", "deploymentSpec"}) {
        const YamlValue *v = first.find(QString::fromLatin1(mappingField));
        if (v && !v->isMapping() && !v->isNull()) {
            *error = errorAt(fileName, v->mark(),
                             tr("field '%1' is %2, not a mapping").arg(QString::fromLatin1(mappingField), v->typeName()),
                             tr("The file is not a valid PipelineSpec; recompile it with the KFP SDK."));
            return std::nullopt;
        }
    }

    doc.m_spec = first;
    for (qsizetype i = 1; i < docs.size(); ++i) {
        if (!doc.m_platform && docs.at(i).isMapping() && docs.at(i).contains(QStringLiteral("platforms")))
            doc.m_platform = docs.at(i);
        else
            doc.m_extraDocuments.append(docs.at(i));
    }
    return doc;
}

PipelineDocument PipelineDocument::fromSpec(YamlValue spec, std::optional<YamlValue> platform)
{
    PipelineDocument doc;
    doc.m_spec = std::move(spec);
    doc.m_platform = std::move(platform);
    return doc;
}

QList<YamlValue> PipelineDocument::documents() const
{
    QList<YamlValue> docs{m_spec};
    if (m_platform)
        docs.append(*m_platform);
    docs.append(m_extraDocuments);
    return docs;
}

QString PipelineDocument::name() const
{
    if (m_kind == DocumentKind::V1Component)
        return m_spec.value(QStringLiteral("name")).scalarText();
    const YamlValue *n = m_spec.at({"pipelineInfo", "name"});
    return n ? n->scalarText() : QString();
}

QString PipelineDocument::description() const
{
    if (m_kind == DocumentKind::V1Component)
        return m_spec.value(QStringLiteral("description")).text();
    const YamlValue *d = m_spec.at({"pipelineInfo", "description"});
    return d ? d->text() : QString();
}

ManifestRow PipelineDocument::manifest() const
{
    ManifestRow row;
    row.name = name();
    row.documents = int(documents().size());
    if (const YamlValue *tasks = m_spec.at({"root", "dag", "tasks"}))
        row.rootDagTasks = int(tasks->size());
    if (const YamlValue *components = m_spec.find(QStringLiteral("components")))
        row.componentSpecs = int(components->size());
    if (const YamlValue *executors = m_spec.at({"deploymentSpec", "executors"}))
        row.executors = int(executors->size());
    row.usesParallelFor = anyNode(m_spec, [](const QString &key, const YamlValue &) {
        return key == QLatin1String("iteratorPolicy") || key == QLatin1String("parameterIterator")
               || key == QLatin1String("artifactIterator");
    });
    row.usesCondition = anyNode(m_spec, [](const QString &key, const YamlValue &value) {
        return key == QLatin1String("triggerPolicy") && value.contains(QStringLiteral("condition"));
    });
    static const QRegularExpression exitComponent(QStringLiteral("^comp-exit-handler-\\d+$"));
    static const QRegularExpression exitTask(QStringLiteral("^exit-handler-\\d+$"));
    if (const YamlValue *components = m_spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries())
            row.usesExitHandler = row.usesExitHandler || exitComponent.match(c.key.scalarText()).hasMatch();
    }
    QStringList taskNames;
    collectTaskNames(m_spec, &taskNames);
    for (const QString &t : taskNames)
        row.usesExitHandler = row.usesExitHandler || exitTask.match(t).hasMatch();
    row.hasPlatformSpec = m_platform.has_value();
    for (const YamlValue &extra : m_extraDocuments)
        row.hasPlatformSpec = row.hasPlatformSpec || extra.contains(QStringLiteral("platforms"));
    return row;
}

QString definitionTypeName(const YamlValue &definition, bool artifact)
{
    if (artifact) {
        const YamlValue *title = definition.at({"artifactType", "schemaTitle"});
        return title ? title->scalarText() : QStringLiteral("Artifact");
    }
    const QString type = definition.value(QStringLiteral("parameterType")).scalarText();
    if (type == QLatin1String("STRING"))
        return QStringLiteral("str");
    if (type == QLatin1String("NUMBER_INTEGER"))
        return QStringLiteral("int");
    if (type == QLatin1String("NUMBER_DOUBLE"))
        return QStringLiteral("float");
    if (type == QLatin1String("BOOLEAN"))
        return QStringLiteral("bool");
    if (type == QLatin1String("LIST"))
        return QStringLiteral("list");
    if (type == QLatin1String("STRUCT"))
        return QStringLiteral("dict");
    if (type == QLatin1String("TASK_FINAL_STATUS"))
        return QStringLiteral("PipelineTaskFinalStatus");
    return type;
}

QString PipelineDocument::header() const
{
    if (m_kind != DocumentKind::PipelineSpec)
        return {};
    QString h = QStringLiteral("# PIPELINE DEFINITION\n# Name: %1\n").arg(name());
    const QString desc = description();
    if (!desc.isEmpty()) {
        QStringList lines = desc.split(QLatin1Char('\n'));
        h += QStringLiteral("# Description: ") + lines.takeFirst() + QLatin1Char('\n');
        for (const QString &l : lines)
            h += QStringLiteral("#              ") + l + QLatin1Char('\n');
    }
    auto section = [&](const char *title, const YamlValue *defs, bool withDefaults) {
        if (!defs)
            return;
        struct Item
        {
            QString name;
            QString text;
        };
        std::vector<Item> items;
        for (const char *kind : {"parameters", "artifacts"}) {
            const bool artifact = qstrcmp(kind, "artifacts") == 0;
            if (const YamlValue *group = defs->find(QString::fromLatin1(kind))) {
                for (const auto &e : group->entries()) {
                    QString text = e.key.scalarText() + QStringLiteral(": ") + definitionTypeName(e.value, artifact);
                    if (withDefaults && e.value.contains(QStringLiteral("defaultValue")))
                        text += QStringLiteral(" [Default: %1]").arg(pythonRepr(e.value.value(QStringLiteral("defaultValue"))));
                    items.push_back({e.key.scalarText(), text});
                }
            }
        }
        if (items.empty())
            return;
        std::stable_sort(items.begin(), items.end(),
                         [](const Item &a, const Item &b) { return a.name.toUcs4() < b.name.toUcs4(); });
        h += QStringLiteral("# %1:\n").arg(QString::fromLatin1(title));
        for (const Item &i : items)
            h += QStringLiteral("#    ") + i.text + QLatin1Char('\n');
    };
    section("Inputs", m_spec.at({"root", "inputDefinitions"}), true);
    section("Outputs", m_spec.at({"root", "outputDefinitions"}), false);
    return h;
}

QByteArray PipelineDocument::toYaml() const
{
    return header().toUtf8() + YamlWriter::writeAll(documents());
}

} // namespace kfw::pipelinespec
