#include "cluster/local/executorcontract.h"

#include "cluster/pipelinespec/pythonrepr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace kfw::local {

using pipelinespec::YamlValue;

QJsonObject RuntimeArtifact::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QJsonObject{{QStringLiteral("schemaTitle"), schemaTitle},
                                                            {QStringLiteral("schemaVersion"), schemaVersion}}},
                       {QStringLiteral("uri"), uri},
                       {QStringLiteral("metadata"), metadata.isMapping() ? metadata.toJson() : QJsonObject()}};
}

YamlValue RuntimeArtifact::toTree() const
{
    YamlValue type = YamlValue::mapping();
    type.insert(QStringLiteral("schemaTitle"), YamlValue::string(schemaTitle));
    type.insert(QStringLiteral("schemaVersion"), YamlValue::string(schemaVersion));
    YamlValue a = YamlValue::mapping();
    a.insert(QStringLiteral("name"), YamlValue::string(name));
    a.insert(QStringLiteral("type"), type);
    a.insert(QStringLiteral("uri"), YamlValue::string(uri));
    a.insert(QStringLiteral("metadata"), metadata.isMapping() ? metadata : YamlValue::mapping());
    return a;
}

RuntimeArtifact RuntimeArtifact::fromJson(const QJsonObject &json)
{
    RuntimeArtifact a;
    a.name = json.value(QStringLiteral("name")).toString();
    const QJsonObject type = json.value(QStringLiteral("type")).toObject();
    if (type.contains(QStringLiteral("schemaTitle")))
        a.schemaTitle = type.value(QStringLiteral("schemaTitle")).toString();
    if (type.contains(QStringLiteral("schemaVersion")))
        a.schemaVersion = type.value(QStringLiteral("schemaVersion")).toString();
    a.uri = json.value(QStringLiteral("uri")).toString();
    a.metadata = YamlValue::fromJson(json.value(QStringLiteral("metadata")).toObject());
    return a;
}

RuntimeArtifact RuntimeArtifact::fromTree(const YamlValue &tree)
{
    RuntimeArtifact a;
    a.name = tree.value(QStringLiteral("name")).text();
    const YamlValue type = tree.value(QStringLiteral("type"));
    if (type.find(QStringLiteral("schemaTitle")))
        a.schemaTitle = type.value(QStringLiteral("schemaTitle")).text();
    if (type.find(QStringLiteral("schemaVersion")))
        a.schemaVersion = type.value(QStringLiteral("schemaVersion")).text();
    a.uri = tree.value(QStringLiteral("uri")).text();
    a.metadata = tree.value(QStringLiteral("metadata"));
    if (!a.metadata.isMapping())
        a.metadata = YamlValue::mapping();
    return a;
}

namespace {

QJsonObject artifactMap(const QMap<QString, QList<RuntimeArtifact>> &artifacts)
{
    QJsonObject out;
    for (auto it = artifacts.begin(); it != artifacts.end(); ++it) {
        QJsonArray list;
        for (const RuntimeArtifact &a : it.value())
            list.append(a.toJson());
        out.insert(it.key(), QJsonObject{{QStringLiteral("artifacts"), list}});
    }
    return out;
}

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array to let QJsonDocument format them, then unwrap.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

struct PlaceholderError
{
    QString message;
};

// One {{$.inputs...}} / {{$.outputs...}} reference, e.g. "inputs.parameters['x']".
QString resolveReference(const QString &ref, const ExecutorInput &in)
{
    static const QRegularExpression re(QStringLiteral(
        "^(inputs|outputs)\\.(parameters|artifacts)\\['((?:[^']|'')*)'\\](?:\\.(path|uri|metadata|output_file))?"
        "(?:\\['((?:[^']|'')*)'\\])?$"));
    const auto m = re.match(ref);
    if (!m.hasMatch())
        throw PlaceholderError{QStringLiteral("unsupported placeholder {{$.%1}}").arg(ref)};
    const bool inputs = m.captured(1) == QLatin1String("inputs");
    const bool artifacts = m.captured(2) == QLatin1String("artifacts");
    const QString name = m.captured(3).replace(QStringLiteral("''"), QStringLiteral("'"));
    const QString field = m.captured(4);
    const QString key = m.captured(5).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (!artifacts) {
        if (inputs) {
            // A missing optional input resolves to null, as in KFP.
            return in.parameters.contains(name) ? parameterText(in.parameters.value(name)) : QStringLiteral("null");
        }
        if (field != QLatin1String("output_file") || !in.outputParameterFiles.contains(name))
            throw PlaceholderError{QStringLiteral("the task has no output parameter '%1'").arg(name)};
        return in.outputParameterFiles.value(name);
    }
    const auto &map = inputs ? in.inputArtifacts : in.outputArtifacts;
    if (!map.contains(name) || map.value(name).isEmpty()) {
        if (inputs)
            return QStringLiteral("null");
        throw PlaceholderError{QStringLiteral("the task has no output artifact '%1'").arg(name)};
    }
    // A copy that lives as long as the reference into it (value() returns a temporary).
    const QList<RuntimeArtifact> list = map.value(name);
    const RuntimeArtifact &a = list.first();
    if (field.isEmpty()) {
        // The artifact list itself, as JSON (what a container reads for a list input).
        YamlValue items = YamlValue::sequence();
        for (const RuntimeArtifact &item : list)
            items.append(item.toTree());
        return pipelinespec::pythonJson(items);
    }
    if (field == QLatin1String("path") || field == QLatin1String("uri"))
        return a.uri;
    if (field == QLatin1String("metadata")) {
        if (key.isEmpty())
            return pipelinespec::pythonJson(a.metadata.isMapping() ? a.metadata : YamlValue::mapping());
        const YamlValue *v = a.metadata.find(key);
        return v ? parameterText(*v) : QStringLiteral("null");
    }
    throw PlaceholderError{QStringLiteral("unsupported placeholder {{$.%1}}").arg(ref)};
}

// The job and task placeholders, which stand for the same values in commands and in parameter
// values.
QMap<QString, QString> jobConstants(const RunContext &ctx)
{
    return {
        {QStringLiteral("pipeline_job_name"), ctx.jobName},
        {QStringLiteral("pipeline_job_resource_name"), ctx.jobName},
        {QStringLiteral("pipeline_job_uuid"), ctx.jobId},
        {QStringLiteral("pipeline_job_create_time_utc"), ctx.createTimeUtc},
        {QStringLiteral("pipeline_job_schedule_time_utc"), ctx.createTimeUtc},
        {QStringLiteral("pipeline_task_name"), ctx.taskName},
        {QStringLiteral("pipeline_task_uuid"), ctx.taskId},
        {QStringLiteral("pipeline_root"), ctx.pipelineRoot},
    };
}

// Replaces every placeholder in one pass, so that text a replacement brings in (a parameter value
// that looks like a placeholder, say) is never expanded again. withCommandForms: also {{$}} and
// the output placeholders, which only commands have.
QString resolveString(const QString &s, const ExecutorInput &in, const RunContext &ctx, bool withCommandForms = true)
{
    if (!s.contains(QLatin1String("{{$")))
        return s;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\$(?:\\.([^}]*))?\\}\\}"));
    const QMap<QString, QString> constants = jobConstants(ctx);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString ref = m.captured(1);
        if (ref.isNull()) { // {{$}}
            out += withCommandForms ? pipelinespec::pythonJson(in.toTree()) : m.captured(0);
        } else if (constants.contains(ref)) {
            out += constants.value(ref);
        } else if (withCommandForms && (ref == QLatin1String("outputs.output_file") || ref == QLatin1String("outputMetadataUri"))) {
            out += in.outputFile;
        } else if (ref.startsWith(QLatin1String("inputs.")) || (withCommandForms && ref.startsWith(QLatin1String("outputs.")))) {
            out += resolveReference(ref, in);
        } else {
            out += m.captured(0);
        }
    }
    out += s.mid(last);
    return out;
}

bool provided(const ExecutorInput &in, const QString &name)
{
    return (in.parameters.contains(name) && !in.parameters.value(name).isNull())
           || (in.inputArtifacts.contains(name) && !in.inputArtifacts.value(name).isEmpty());
}

// IfPresent and Concat, as JSON structures; the result is a list of argv items (IfPresent may
// give several, or none).
QStringList resolveStruct(const QJsonValue &v, const ExecutorInput &in, const RunContext &ctx)
{
    if (v.isString())
        return {resolveString(v.toString(), in, ctx)};
    if (v.isArray()) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << resolveStruct(item, in, ctx);
        return out;
    }
    if (!v.isObject())
        throw PlaceholderError{QStringLiteral("malformed placeholder structure")};
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("Concat"))) {
        QString joined;
        for (const QJsonValue &part : o.value(QStringLiteral("Concat")).toArray())
            joined += resolveStruct(part, in, ctx).join(QString());
        return {joined};
    }
    if (o.contains(QStringLiteral("IfPresent"))) {
        const QJsonObject inner = o.value(QStringLiteral("IfPresent")).toObject();
        const QString input = inner.value(QStringLiteral("InputName")).toString();
        const QJsonValue branch = provided(in, input) ? inner.value(QStringLiteral("Then")) : inner.value(QStringLiteral("Else"));
        if (branch.isUndefined() || branch.isNull())
            return {};
        return resolveStruct(branch, in, ctx);
    }
    throw PlaceholderError{QStringLiteral("unknown placeholder structure %1").arg(compactJson(o))};
}

} // namespace

QString parameterText(const YamlValue &value)
{
    if (value.isString())
        return value.text();
    return pipelinespec::pythonJson(value);
}

namespace {
YamlValue artifactTree(const QMap<QString, QList<RuntimeArtifact>> &artifacts)
{
    YamlValue out = YamlValue::mapping();
    for (auto it = artifacts.begin(); it != artifacts.end(); ++it) {
        YamlValue list = YamlValue::sequence();
        for (const RuntimeArtifact &a : it.value())
            list.append(a.toTree());
        YamlValue holder = YamlValue::mapping();
        holder.insert(QStringLiteral("artifacts"), list);
        out.insert(it.key(), holder);
    }
    return out;
}
} // namespace

YamlValue ExecutorInput::toTree() const
{
    YamlValue params = YamlValue::mapping();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        params.insert(it.key(), it.value());
    YamlValue inputs = YamlValue::mapping();
    inputs.insert(QStringLiteral("parameterValues"), params);
    if (!inputArtifacts.isEmpty())
        inputs.insert(QStringLiteral("artifacts"), artifactTree(inputArtifacts));
    YamlValue outputs = YamlValue::mapping();
    if (!outputParameterFiles.isEmpty()) {
        YamlValue outParams = YamlValue::mapping();
        for (auto it = outputParameterFiles.begin(); it != outputParameterFiles.end(); ++it) {
            YamlValue file = YamlValue::mapping();
            file.insert(QStringLiteral("outputFile"), YamlValue::string(it.value()));
            outParams.insert(it.key(), file);
        }
        outputs.insert(QStringLiteral("parameters"), outParams);
    }
    if (!outputArtifacts.isEmpty())
        outputs.insert(QStringLiteral("artifacts"), artifactTree(outputArtifacts));
    outputs.insert(QStringLiteral("outputFile"), YamlValue::string(outputFile));
    YamlValue root = YamlValue::mapping();
    root.insert(QStringLiteral("inputs"), inputs);
    root.insert(QStringLiteral("outputs"), outputs);
    return root;
}

QJsonObject ExecutorInput::toJson() const
{
    QJsonObject params;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        params.insert(it.key(), it.value().toJson());
    QJsonObject inputs{{QStringLiteral("parameterValues"), params}};
    if (!inputArtifacts.isEmpty())
        inputs.insert(QStringLiteral("artifacts"), artifactMap(inputArtifacts));
    QJsonObject outParams;
    for (auto it = outputParameterFiles.begin(); it != outputParameterFiles.end(); ++it)
        outParams.insert(it.key(), QJsonObject{{QStringLiteral("outputFile"), it.value()}});
    QJsonObject outputs{{QStringLiteral("outputFile"), outputFile}};
    if (!outParams.isEmpty())
        outputs.insert(QStringLiteral("parameters"), outParams);
    if (!outputArtifacts.isEmpty())
        outputs.insert(QStringLiteral("artifacts"), artifactMap(outputArtifacts));
    return QJsonObject{{QStringLiteral("inputs"), inputs}, {QStringLiteral("outputs"), outputs}};
}

void resolveSelfReferences(ExecutorInput *input, const RunContext &context)
{
    // As the KFP driver does for parameter values: the job and task placeholders and references
    // to the task's other inputs, nothing else.
    for (auto it = input->parameters.begin(); it != input->parameters.end(); ++it) {
        if (!it->isString() || !it->text().contains(QLatin1String("{{$.")))
            continue;
        try {
            *it = YamlValue::string(resolveString(it->text(), *input, context, false));
        } catch (const PlaceholderError &) {
            // Left as written: the value only looked like a placeholder.
        }
    }
}

bool resolveCommand(const QStringList &command, const ExecutorInput &input, const RunContext &context,
                    QStringList *argv, QString *error)
{
    argv->clear();
    try {
        for (const QString &item : command) {
            if (item.startsWith(QLatin1String("{\"Concat\": ")) || item.startsWith(QLatin1String("{\"IfPresent\": "))) {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(item.toUtf8(), &pe);
                if (pe.error != QJsonParseError::NoError)
                    throw PlaceholderError{QStringLiteral("malformed placeholder %1: %2").arg(item, pe.errorString())};
                *argv << resolveStruct(doc.object(), input, context);
            } else {
                *argv << resolveString(item, input, context);
            }
        }
    } catch (const PlaceholderError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

bool readExecutorOutput(const ExecutorInput &input, const QMap<QString, QString> &parameterTypes, ExecutorOutput *output,
                        QString *error)
{
    // Output artifacts start as what the task was given; metadata may come back below.
    output->artifacts = input.outputArtifacts;
    // 1. Parameter output files.
    for (auto it = input.outputParameterFiles.begin(); it != input.outputParameterFiles.end(); ++it) {
        QFile f(it.value());
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read output '%1': %2").arg(it.key(), f.errorString());
            return false;
        }
        const QByteArray bytes = f.readAll();
        const QString type = parameterTypes.value(it.key(), QStringLiteral("STRING"));
        if (type == QLatin1String("BOOLEAN")) {
            // Python components often write str(True).
            const QString t = QString::fromUtf8(bytes).trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("false")) {
                output->parameters.insert(it.key(), YamlValue::boolean(t == QLatin1String("true")));
                continue;
            }
        }
        if (type == QLatin1String("STRING")) {
            output->parameters.insert(it.key(), YamlValue::string(QString::fromUtf8(bytes)));
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &pe);
        if (pe.error != QJsonParseError::NoError || doc.array().size() != 1) {
            *error = QStringLiteral("output '%1' should hold %2 as JSON, but holds '%3'")
                         .arg(it.key(), type, QString::fromUtf8(bytes.left(200)));
            return false;
        }
        YamlValue v = YamlValue::fromJson(doc.array().at(0));
        if (type == QLatin1String("NUMBER_DOUBLE") && v.isInt())
            v = YamlValue::real(double(v.toInt()));
        output->parameters.insert(it.key(), v);
    }
    // 2. The executor output JSON overrides: parameterValues and artifact metadata.
    QFile f(input.outputFile);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the executor output: %1").arg(f.errorString());
            return false;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("the executor output is not a JSON object: %1").arg(pe.errorString());
            return false;
        }
        const QJsonObject values = doc.object().value(QStringLiteral("parameterValues")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            output->parameters.insert(it.key(), YamlValue::fromJson(it.value()));
        const QJsonObject artifacts = doc.object().value(QStringLiteral("artifacts")).toObject();
        for (auto it = artifacts.begin(); it != artifacts.end(); ++it) {
            QList<RuntimeArtifact> list;
            const QList<RuntimeArtifact> given = input.outputArtifacts.value(it.key());
            const QJsonArray reported = it.value().toObject().value(QStringLiteral("artifacts")).toArray();
            for (qsizetype i = 0; i < reported.size(); ++i) {
                // What the task reports (a new URI, metadata) on top of what it was given (the type).
                const QJsonObject json = reported.at(i).toObject();
                RuntimeArtifact a = i < given.size() ? given.at(i) : RuntimeArtifact::fromJson(json);
                if (!json.value(QStringLiteral("uri")).toString().isEmpty())
                    a.uri = json.value(QStringLiteral("uri")).toString();
                if (json.contains(QStringLiteral("metadata")))
                    a.metadata = YamlValue::fromJson(json.value(QStringLiteral("metadata")).toObject());
                if (json.contains(QStringLiteral("type")))
                    a.schemaTitle = RuntimeArtifact::fromJson(json).schemaTitle;
                list << a;
            }
            if (!list.isEmpty())
                output->artifacts.insert(it.key(), list);
        }
    }
    return true;
}

} // namespace kfw::local
