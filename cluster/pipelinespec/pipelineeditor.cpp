#include "cluster/pipelinespec/pipelineeditor.h"

#include "cluster/pipelinespec/pythonrepr.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace kfw::pipelinespec {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::pipelinespec::PipelineEditor", text);
}

YamlValue str(const QString &s)
{
    return YamlValue::string(s);
}

YamlValue obj(std::initializer_list<std::pair<QString, YamlValue>> entries)
{
    YamlValue m = YamlValue::mapping();
    for (const auto &[k, v] : entries)
        m.insert(k, v);
    return m;
}

// The value at a path of mappings, created where missing.
YamlValue &ensure(YamlValue &root, std::initializer_list<const char *> path)
{
    YamlValue *v = &root;
    for (const char *key : path) {
        const QString k = QString::fromLatin1(key);
        if (!v->find(k))
            v->insert(k, YamlValue::mapping());
        v = v->find(k);
    }
    return *v;
}

const QStringList &parameterTypes()
{
    static const QStringList types{QStringLiteral("STRING"),  QStringLiteral("NUMBER_INTEGER"),
                                   QStringLiteral("NUMBER_DOUBLE"), QStringLiteral("BOOLEAN"),
                                   QStringLiteral("LIST"),    QStringLiteral("STRUCT"),
                                   QStringLiteral("TASK_FINAL_STATUS")};
    return types;
}

bool constantFits(const YamlValue &value, const QString &type)
{
    return parameterTypes().contains(type) && type != QLatin1String("TASK_FINAL_STATUS") && parameterValueFits(value, type);
}

bool parameterTypesFit(const QString &from, const QString &to)
{
    return from == to || (from == QLatin1String("NUMBER_INTEGER") && to == QLatin1String("NUMBER_DOUBLE"));
}

bool artifactTypesFit(const QString &from, const QString &to)
{
    return from == to || from == QLatin1String("system.Artifact") || to == QLatin1String("system.Artifact");
}

QString typeOfValue(const YamlValue &v)
{
    if (v.isString())
        return QStringLiteral("STRING");
    if (v.isInt())
        return QStringLiteral("NUMBER_INTEGER");
    if (v.isFloat())
        return QStringLiteral("NUMBER_DOUBLE");
    if (v.isBool())
        return QStringLiteral("BOOLEAN");
    if (v.isSequence())
        return QStringLiteral("LIST");
    return QStringLiteral("STRUCT");
}

// The list at key of a mapping, by value (safe to iterate where value().items() would dangle).
YamlValue::Sequence listOf(const YamlValue &parent, const QString &key)
{
    const YamlValue *v = parent.find(key);
    return v ? v->items() : YamlValue::Sequence{};
}

// A Kubernetes quantity ("500m", "2", "4Gi", "1.5G") in base units; nullopt when malformed.
std::optional<double> quantity(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    static const QHash<QString, double> factors{
        {QStringLiteral("m"), 1e-3},        {QStringLiteral("k"), 1e3},
        {QStringLiteral("M"), 1e6},         {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12},        {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18},        {QStringLiteral("Ki"), 1024.0},
        {QStringLiteral("Mi"), 1048576.0},  {QStringLiteral("Gi"), 1073741824.0},
        {QStringLiteral("Ti"), 1099511627776.0}, {QStringLiteral("Pi"), 1125899906842624.0},
        {QStringLiteral("Ei"), 1152921504606846976.0}};
    if (!unit.isEmpty())
        v *= factors.value(unit);
    return v;
}

} // namespace

// ---- ComponentDefinition ----------------------------------------------------------------

void ComponentDefinition::addParameter(bool output, const QString &key, const QString &type,
                                       const std::optional<YamlValue> &defaultValue)
{
    YamlValue &side = output ? outputs : inputs;
    if (!side.isMapping())
        side = YamlValue::mapping();
    YamlValue def = obj({{QStringLiteral("parameterType"), str(type)}});
    if (defaultValue) {
        def.insert(QStringLiteral("defaultValue"), *defaultValue);
        def.insert(QStringLiteral("isOptional"), YamlValue::boolean(true));
    }
    ensure(side, {"parameters"}).insert(key, def);
}

void ComponentDefinition::addArtifact(bool output, const QString &key, const QString &schemaTitle, bool isList)
{
    YamlValue &side = output ? outputs : inputs;
    if (!side.isMapping())
        side = YamlValue::mapping();
    YamlValue def = obj({{QStringLiteral("artifactType"), obj({{QStringLiteral("schemaTitle"), str(schemaTitle)},
                                                                {QStringLiteral("schemaVersion"), str(QStringLiteral("0.0.1"))}})}});
    if (isList)
        def.insert(QStringLiteral("isArtifactList"), YamlValue::boolean(true));
    ensure(side, {"artifacts"}).insert(key, def);
}

ComponentDefinition ComponentDefinition::container(const QString &componentName, const QString &image,
                                                   const QStringList &command, const QStringList &args)
{
    ComponentDefinition def;
    def.name = componentName;
    YamlValue c = obj({{QStringLiteral("image"), str(image)}});
    if (!command.isEmpty()) {
        YamlValue list = YamlValue::sequence();
        for (const QString &s : command)
            list.append(str(s));
        c.insert(QStringLiteral("command"), list);
    }
    if (!args.isEmpty()) {
        YamlValue list = YamlValue::sequence();
        for (const QString &s : args)
            list.append(str(s));
        c.insert(QStringLiteral("args"), list);
    }
    def.executor = obj({{QStringLiteral("container"), c}});
    return def;
}

namespace {

// v1 component files write defaults as text; the SDK turns them into values of the input's type
// when it loads such a file (deserialize_v1_component_yaml_default), and so do we.
YamlValue v1Default(const YamlValue &d, const QString &type)
{
    if (!d.isString())
        return d;
    const QString text = d.text().trimmed();
    bool ok = false;
    if (type == QLatin1String("NUMBER_INTEGER")) {
        const qint64 i = text.toLongLong(&ok);
        return ok ? YamlValue::integer(i) : d;
    }
    if (type == QLatin1String("NUMBER_DOUBLE")) {
        const double v = text.toDouble(&ok);
        return ok ? YamlValue::real(v) : d;
    }
    if (type == QLatin1String("BOOLEAN")) {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return YamlValue::boolean(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return YamlValue::boolean(false);
        return d;
    }
    if (type == QLatin1String("LIST") || type == QLatin1String("STRUCT")) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError && (json.isArray() || json.isObject()))
            return YamlValue::fromJson(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
    }
    return d;
}

} // namespace

std::optional<ComponentDefinition> ComponentDefinition::fromV1(const YamlValue &v1, QString *error)
{
    const YamlValue *container = v1.at({"implementation", "container"});
    if (!container) {
        *error = tr("the component has no implementation.container");
        return std::nullopt;
    }
    ComponentDefinition def;
    def.name = v1.value(QStringLiteral("name")).scalarText();
    def.description = v1.value(QStringLiteral("description")).text();
    if (def.name.isEmpty()) {
        *error = tr("the component has no name");
        return std::nullopt;
    }
    // v1 types: String, Integer, Float, Bool, JsonArray, JsonObject are parameters; anything
    // else (Dataset, Model, untyped) is passed as a file: an artifact.
    static const QHash<QString, QString> parameterTypeOf{
        {QStringLiteral("String"), QStringLiteral("STRING")},     {QStringLiteral("str"), QStringLiteral("STRING")},
        {QStringLiteral("Integer"), QStringLiteral("NUMBER_INTEGER")}, {QStringLiteral("int"), QStringLiteral("NUMBER_INTEGER")},
        {QStringLiteral("Float"), QStringLiteral("NUMBER_DOUBLE")}, {QStringLiteral("float"), QStringLiteral("NUMBER_DOUBLE")},
        {QStringLiteral("Bool"), QStringLiteral("BOOLEAN")},       {QStringLiteral("Boolean"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("JsonArray"), QStringLiteral("LIST")},     {QStringLiteral("List"), QStringLiteral("LIST")},
        {QStringLiteral("JsonObject"), QStringLiteral("STRUCT")},  {QStringLiteral("Dict"), QStringLiteral("STRUCT")}};
    QSet<QString> pathInputs, pathOutputs;
    // Inputs used through inputPath are artifacts whatever their type; outputs through
    // outputPath are artifacts unless typed as parameters.
    std::function<void(const YamlValue &)> scan = [&](const YamlValue &v) {
        if (v.isMapping()) {
            if (const YamlValue *p = v.find(QStringLiteral("inputPath")))
                pathInputs.insert(p->scalarText());
            if (const YamlValue *p = v.find(QStringLiteral("outputPath")))
                pathOutputs.insert(p->scalarText());
            for (const auto &e : v.entries())
                scan(e.value);
        }
        for (const YamlValue &i : v.items())
            scan(i);
    };
    scan(*container);
    QHash<QString, bool> inputIsArtifact, outputIsArtifact;
    for (const char *side : {"inputs", "outputs"}) {
        const bool output = qstrcmp(side, "outputs") == 0;
        for (const YamlValue &io : listOf(v1, QString::fromLatin1(side))) {
            const QString n = io.value(QStringLiteral("name")).scalarText();
            const QString t = io.value(QStringLiteral("type")).scalarText();
            const bool artifact = output ? !parameterTypeOf.contains(t) : (pathInputs.contains(n) || !parameterTypeOf.contains(t));
            if (artifact) {
                def.addArtifact(output, n, t.isEmpty() ? QStringLiteral("system.Artifact")
                                                       : (t == QLatin1String("Dataset") || t == QLatin1String("Model")
                                                                  || t == QLatin1String("Metrics")
                                                              ? QStringLiteral("system.") + t
                                                              : QStringLiteral("system.Artifact")));
            } else {
                std::optional<YamlValue> dflt;
                if (const YamlValue *d = io.find(QStringLiteral("default")))
                    dflt = v1Default(*d, parameterTypeOf.value(t));
                if (io.value(QStringLiteral("optional")).toBool() && !dflt)
                    def.addParameter(output, n, parameterTypeOf.value(t));
                else
                    def.addParameter(output, n, parameterTypeOf.value(t), dflt);
                if (io.value(QStringLiteral("optional")).toBool())
                    ensure(def.inputs, {"parameters"}).find(n)->insert(QStringLiteral("isOptional"), YamlValue::boolean(true));
            }
            (output ? outputIsArtifact : inputIsArtifact).insert(n, artifact);
        }
    }
    // Placeholders.
    std::function<YamlValue(const YamlValue &)> convert = [&](const YamlValue &v) -> YamlValue {
        if (!v.isMapping())
            return v;
        if (const YamlValue *p = v.find(QStringLiteral("inputValue")))
            return str(QStringLiteral("{{$.inputs.parameters['%1']}}").arg(p->scalarText()));
        if (const YamlValue *p = v.find(QStringLiteral("inputPath")))
            return str(QStringLiteral("{{$.inputs.artifacts['%1'].path}}").arg(p->scalarText()));
        if (const YamlValue *p = v.find(QStringLiteral("inputUri")))
            return str(QStringLiteral("{{$.inputs.artifacts['%1'].uri}}").arg(p->scalarText()));
        if (const YamlValue *p = v.find(QStringLiteral("outputPath"))) {
            const QString n = p->scalarText();
            return outputIsArtifact.value(n, true) ? str(QStringLiteral("{{$.outputs.artifacts['%1'].path}}").arg(n))
                                                   : str(QStringLiteral("{{$.outputs.parameters['%1'].output_file}}").arg(n));
        }
        if (const YamlValue *p = v.find(QStringLiteral("outputUri")))
            return str(QStringLiteral("{{$.outputs.artifacts['%1'].uri}}").arg(p->scalarText()));
        if (const YamlValue *p = v.find(QStringLiteral("concat"))) {
            YamlValue parts = YamlValue::sequence();
            for (const YamlValue &i : p->items())
                parts.append(convert(i));
            return str(QStringLiteral("{\"Concat\": %1}").arg(pythonJson(parts)));
        }
        if (const YamlValue *p = v.find(QStringLiteral("if"))) {
            const QString cond = p->at({"cond", "isPresent"}) ? p->at({"cond", "isPresent"})->scalarText() : QString();
            YamlValue then = YamlValue::sequence(), otherwise = YamlValue::sequence();
            for (const YamlValue &i : listOf(*p, QStringLiteral("then")))
                then.append(convert(i));
            for (const YamlValue &i : listOf(*p, QStringLiteral("else")))
                otherwise.append(convert(i));
            YamlValue ifPresent = obj({{QStringLiteral("InputName"), str(cond)}, {QStringLiteral("Then"), then}});
            if (otherwise.size() > 0)
                ifPresent.insert(QStringLiteral("Else"), otherwise);
            return str(QStringLiteral("{\"IfPresent\": %1}").arg(pythonJson(ifPresent)));
        }
        return v;
    };
    YamlValue c = obj({{QStringLiteral("image"), container->value(QStringLiteral("image"))}});
    for (const char *field : {"command", "args"}) {
        if (const YamlValue *list = container->find(QString::fromLatin1(field))) {
            YamlValue out = YamlValue::sequence();
            for (const YamlValue &i : list->items())
                out.append(convert(i));
            c.insert(QString::fromLatin1(field), out);
        }
    }
    if (const YamlValue *env = container->find(QStringLiteral("env"))) {
        YamlValue list = YamlValue::sequence();
        for (const auto &e : env->entries())
            list.append(obj({{QStringLiteral("name"), str(e.key.scalarText())}, {QStringLiteral("value"), str(e.value.scalarText())}}));
        c.insert(QStringLiteral("env"), list);
    }
    def.executor = obj({{QStringLiteral("container"), c}});
    return def;
}

std::optional<ComponentDefinition> ComponentDefinition::fromPipeline(const PipelineDocument &doc, QString *error)
{
    const YamlValue &spec = doc.spec();
    const YamlValue *root = spec.find(QStringLiteral("root"));
    if (!root || !root->contains(QStringLiteral("dag"))) {
        *error = tr("the file has no root DAG to use as a component");
        return std::nullopt;
    }
    ComponentDefinition def;
    def.name = doc.name();
    def.description = doc.description();
    def.inputs = root->value(QStringLiteral("inputDefinitions"));
    def.outputs = root->value(QStringLiteral("outputDefinitions"));
    const YamlValue *tasks = root->at({"dag", "tasks"});
    const YamlValue *components = spec.find(QStringLiteral("components"));
    const YamlValue *executors = spec.at({"deploymentSpec", "executors"});
    // A compiled single component: root runs one task that passes everything through.
    if (tasks && tasks->size() == 1 && components) {
        const YamlValue &only = tasks->entries().front().value;
        const YamlValue *comp = components->find(only.at({"componentRef", "name"}) ? only.at({"componentRef", "name"})->scalarText()
                                                                                  : QString());
        if (comp && comp->contains(QStringLiteral("executorLabel")) && executors) {
            const YamlValue *exec = executors->find(comp->value(QStringLiteral("executorLabel")).scalarText());
            if (exec) {
                def.inputs = comp->value(QStringLiteral("inputDefinitions"));
                def.outputs = comp->value(QStringLiteral("outputDefinitions"));
                def.executor = *exec;
                return def;
            }
        }
    }
    // Otherwise a nested pipeline: its DAG, components and executors come along.
    def.dag = root->value(QStringLiteral("dag"));
    if (components)
        for (const auto &c : components->entries())
            def.components.insert(c.key.scalarText(), c.value);
    if (executors)
        for (const auto &e : executors->entries())
            def.executors.insert(e.key.scalarText(), e.value);
    return def;
}

std::optional<ComponentDefinition> ComponentDefinition::fromPythonFunction(const QString &source, const QString &functionName,
                                                                           const QString &image,
                                                                           const QStringList &packages, QString *error)
{
    // Find "def name(...) -> ret:" (the signature may span lines).
    const QRegularExpression defRe(QStringLiteral("(?m)^def\\s+%1\\s*\\(").arg(QRegularExpression::escape(functionName)));
    const auto m = defRe.match(source);
    if (!m.hasMatch()) {
        *error = tr("no function 'def %1(...)' in the source").arg(functionName);
        return std::nullopt;
    }
    qsizetype pos = m.capturedEnd();
    int depth = 1;
    qsizetype start = pos;
    while (pos < source.size() && depth > 0) {
        const QChar c = source.at(pos);
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        ++pos;
    }
    if (depth != 0) {
        *error = tr("the signature of '%1' is not closed").arg(functionName);
        return std::nullopt;
    }
    const QString params = source.mid(start, pos - start - 1);
    const qsizetype colon = source.indexOf(QLatin1Char(':'), pos);
    const QString returns = source.mid(pos, colon - pos).trimmed().remove(QRegularExpression(QStringLiteral("^->\\s*")));

    // Split the parameters at top-level commas.
    QStringList parts;
    QString cur;
    depth = 0;
    for (const QChar c : params) {
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.trimmed().isEmpty())
        parts << cur.trimmed();

    static const QHash<QString, QString> simple{
        {QStringLiteral("str"), QStringLiteral("STRING")},      {QStringLiteral("int"), QStringLiteral("NUMBER_INTEGER")},
        {QStringLiteral("float"), QStringLiteral("NUMBER_DOUBLE")}, {QStringLiteral("bool"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("list"), QStringLiteral("LIST")},       {QStringLiteral("dict"), QStringLiteral("STRUCT")},
        {QStringLiteral("List"), QStringLiteral("LIST")},       {QStringLiteral("Dict"), QStringLiteral("STRUCT")},
        {QStringLiteral("PipelineTaskFinalStatus"), QStringLiteral("TASK_FINAL_STATUS")},
        {QStringLiteral("dsl.PipelineTaskFinalStatus"), QStringLiteral("TASK_FINAL_STATUS")}};
    const auto artifactTitle = [](QString t) {
        t = t.trimmed().remove(QStringLiteral("dsl."));
        static const QStringList known{QStringLiteral("Artifact"), QStringLiteral("Dataset"), QStringLiteral("Model"),
                                       QStringLiteral("Metrics"), QStringLiteral("ClassificationMetrics"),
                                       QStringLiteral("SlicedClassificationMetrics"), QStringLiteral("HTML"),
                                       QStringLiteral("Markdown")};
        return known.contains(t) ? QStringLiteral("system.") + t : QString();
    };
    const auto baseType = [](const QString &t) { return t.section(QLatin1Char('['), 0, 0).trimmed(); };

    ComponentDefinition def;
    def.name = functionName;
    for (const QString &p : parts) {
        if (p.startsWith(QLatin1Char('*')))
            continue;
        const QString name = p.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('='), 0, 0).trimmed();
        QString annotation = p.contains(QLatin1Char(':')) ? p.section(QLatin1Char(':'), 1).section(QLatin1Char('='), 0, 0).trimmed()
                                                          : QString();
        const QString dflt = p.contains(QLatin1Char('=')) ? p.section(QLatin1Char('='), 1).trimmed() : QString();
        const QString outer = baseType(annotation).remove(QStringLiteral("dsl."));
        if (outer == QLatin1String("Input") || outer == QLatin1String("Output")) {
            QString inner = annotation.mid(annotation.indexOf(QLatin1Char('[')) + 1);
            inner.chop(1);
            bool isList = false;
            if (baseType(inner).remove(QStringLiteral("typing.")) == QLatin1String("List")) {
                isList = true;
                inner = inner.mid(inner.indexOf(QLatin1Char('[')) + 1);
                inner.chop(1);
            }
            const QString title = artifactTitle(inner);
            if (title.isEmpty()) {
                *error = tr("parameter '%1' has artifact type '%2', which is not a KFP artifact type").arg(name, inner);
                return std::nullopt;
            }
            def.addArtifact(outer == QLatin1String("Output"), name, title, isList);
            continue;
        }
        const QString type = simple.value(baseType(annotation).remove(QStringLiteral("typing.")));
        if (type.isEmpty()) {
            *error = tr("parameter '%1' has no supported type annotation (str, int, float, bool, list, dict, "
                        "Input[...], Output[...])")
                         .arg(name);
            return std::nullopt;
        }
        std::optional<YamlValue> defaultValue;
        if (!dflt.isEmpty() && dflt != QLatin1String("None")) {
            QList<YamlValue> docs;
            ReadError e;
            QString yaml = dflt;
            if (yaml == QLatin1String("True") || yaml == QLatin1String("False"))
                yaml = yaml.toLower();
            if (YamlReader::read(QByteArrayLiteral("v: ") + yaml.toUtf8(), &docs, &e) && !docs.isEmpty())
                defaultValue = docs.first().value(QStringLiteral("v"));
            if (defaultValue && type == QLatin1String("NUMBER_DOUBLE") && defaultValue->isInt())
                defaultValue = YamlValue::real(double(defaultValue->toInt()));
        }
        if (dflt == QLatin1String("None") || type == QLatin1String("TASK_FINAL_STATUS")) {
            def.addParameter(false, name, type);
            ensure(def.inputs, {"parameters"}).find(name)->insert(QStringLiteral("isOptional"), YamlValue::boolean(true));
        } else {
            def.addParameter(false, name, type, defaultValue);
        }
    }
    // The return annotation: a single type is the output "Output"; a NamedTuple names each.
    if (!returns.isEmpty() && returns != QLatin1String("None")) {
        const QString outer = baseType(returns);
        if (returns.contains(QLatin1String("NamedTuple("))) {
            static const QRegularExpression field(QStringLiteral("\\(\\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]\\s*,\\s*([A-Za-z_.]+)"));
            auto it = field.globalMatch(returns);
            while (it.hasNext()) {
                const auto f = it.next();
                const QString t = simple.value(f.captured(2));
                if (!t.isEmpty())
                    def.addParameter(true, f.captured(1), t);
                else if (!artifactTitle(f.captured(2)).isEmpty())
                    def.addArtifact(true, f.captured(1), artifactTitle(f.captured(2)));
            }
        } else if (!simple.value(outer).isEmpty()) {
            def.addParameter(true, QStringLiteral("Output"), simple.value(outer));
        } else if (!artifactTitle(returns).isEmpty()) {
            def.addArtifact(true, QStringLiteral("Output"), artifactTitle(returns));
        }
    }
    // The executor, as the SDK writes a lightweight Python component.
    QStringList pip{QStringLiteral("'kfp==2.14.3'"), QStringLiteral("'--no-deps'"),
                    QStringLiteral("'typing-extensions>=3.7.4,<5; python_version<\"3.9\"'")};
    QString install = QStringLiteral("\nif ! [ -x \"$(command -v pip)\" ]; then\n    python3 -m ensurepip || python3 -m ensurepip "
                                     "--user || apt-get install python3-pip\nfi\n\nPIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip "
                                     "install --quiet --no-warn-script-location %1 && ")
                          .arg(pip.join(QLatin1Char(' ')));
    if (!packages.isEmpty()) {
        QStringList quoted;
        for (const QString &p : packages)
            quoted << QLatin1Char('\'') + p + QLatin1Char('\'');
        install += QStringLiteral(" python3 -m pip install --quiet --no-warn-script-location %1 && ").arg(quoted.join(QLatin1Char(' ')));
    }
    install += QStringLiteral("\"$0\" \"$@\"\n");
    const QString launcher = QStringLiteral(
        "program_path=$(mktemp -d)\n\nprintf \"%s\" \"$0\" > \"$program_path/ephemeral_component.py\"\n"
        "_KFP_RUNTIME=true python3 -m kfp.dsl.executor_main                         --component_module_path  "
        "                       \"$program_path/ephemeral_component.py\"                         \"$@\"\n");
    const QString module = QStringLiteral("\nimport kfp\nfrom kfp import dsl\nfrom kfp.dsl import *\nfrom typing import *\n\n") + source.trimmed()
                           + QStringLiteral("\n\n");
    def.executor = obj(
        {{QStringLiteral("container"),
          obj({{QStringLiteral("args"), YamlValue::sequence({str(QStringLiteral("--executor_input")), str(QStringLiteral("{{$}}")),
                                                             str(QStringLiteral("--function_to_execute")), str(functionName)})},
               {QStringLiteral("command"), YamlValue::sequence({str(QStringLiteral("sh")), str(QStringLiteral("-c")), str(install),
                                                                str(QStringLiteral("sh")), str(QStringLiteral("-ec")), str(launcher),
                                                                str(module)})},
               {QStringLiteral("image"), str(image.isEmpty() ? QStringLiteral("python:3.11") : image)}})}});
    return def;
}

// ---- PipelineEditor ---------------------------------------------------------------------

PipelineEditor::PipelineEditor(PipelineDocument document)
    : m_doc(std::move(document))
{
    indexTasks();
}

PipelineDocument PipelineEditor::newPipeline(const QString &name, const QString &description)
{
    YamlValue info = obj({{QStringLiteral("name"), str(sanitizeName(name))}});
    if (!description.isEmpty())
        info.insert(QStringLiteral("description"), str(description));
    YamlValue spec = obj({{QStringLiteral("components"), YamlValue::mapping()},
                          {QStringLiteral("deploymentSpec"), obj({{QStringLiteral("executors"), YamlValue::mapping()}})},
                          {QStringLiteral("pipelineInfo"), info},
                          {QStringLiteral("root"), obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})}})},
                          {QStringLiteral("schemaVersion"), str(QStringLiteral("2.1.0"))},
                          {QStringLiteral("sdkVersion"), str(QStringLiteral("kfw-0.1.0"))}});
    return PipelineDocument::fromSpec(spec);
}

QString PipelineEditor::sanitizeName(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (s.isEmpty())
        s = QStringLiteral("task");
    return s.left(63);
}

void PipelineEditor::indexTasks()
{
    m_ids.clear();
    indexDag(QStringLiteral("root"));
    if (const YamlValue *components = m_doc.spec().find(QStringLiteral("components")))
        for (const auto &c : components->entries())
            indexDag(c.key.scalarText());
}

void PipelineEditor::indexDag(const QString &dag)
{
    const YamlValue *comp = dag == QLatin1String("root") ? m_doc.spec().find(QStringLiteral("root")) : componentNode(dag);
    const YamlValue *tasks = comp ? comp->at({"dag", "tasks"}) : nullptr;
    if (!tasks)
        return;
    for (const auto &t : tasks->entries())
        m_ids.insert(m_nextId++, {dag, t.key.scalarText()});
}

QList<TaskId> PipelineEditor::tasks(const QString &dag) const
{
    QList<TaskId> ids;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        if (it->dag == dag)
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<TaskLocation> PipelineEditor::location(TaskId id) const
{
    auto it = m_ids.find(id);
    if (it == m_ids.end())
        return std::nullopt;
    return *it;
}

std::optional<TaskId> PipelineEditor::find(const QString &dag, const QString &name) const
{
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        if (it->dag == dag && it->name == name)
            return it.key();
    return std::nullopt;
}

YamlValue *PipelineEditor::dagTasks(const QString &dag)
{
    YamlValue *comp = dag == QLatin1String("root") ? m_doc.spec().find(QStringLiteral("root")) : componentNode(dag);
    if (!comp || !comp->contains(QStringLiteral("dag")))
        return nullptr;
    return &ensure(*comp, {"dag", "tasks"});
}

YamlValue *PipelineEditor::componentNode(const QString &name)
{
    YamlValue *components = m_doc.spec().find(QStringLiteral("components"));
    return components ? components->find(name) : nullptr;
}

const YamlValue *PipelineEditor::componentNode(const QString &name) const
{
    const YamlValue *components = m_doc.spec().find(QStringLiteral("components"));
    return components ? components->find(name) : nullptr;
}

const YamlValue *PipelineEditor::task(TaskId id) const
{
    const auto loc = location(id);
    if (!loc)
        return nullptr;
    const YamlValue *comp = loc->dag == QLatin1String("root") ? m_doc.spec().find(QStringLiteral("root")) : componentNode(loc->dag);
    const YamlValue *tasks = comp ? comp->at({"dag", "tasks"}) : nullptr;
    return tasks ? tasks->find(loc->name) : nullptr;
}

YamlValue *PipelineEditor::taskNode(TaskId id)
{
    const auto loc = location(id);
    if (!loc)
        return nullptr;
    YamlValue *tasks = dagTasks(loc->dag);
    return tasks ? tasks->find(loc->name) : nullptr;
}

QString PipelineEditor::componentOf(TaskId id) const
{
    const YamlValue *t = task(id);
    const YamlValue *ref = t ? t->at({"componentRef", "name"}) : nullptr;
    return ref ? ref->scalarText() : QString();
}

QString PipelineEditor::uniqueTaskName(const QString &dag, const QString &base) const
{
    const YamlValue *comp = dag == QLatin1String("root") ? m_doc.spec().find(QStringLiteral("root")) : componentNode(dag);
    const YamlValue *tasks = comp ? comp->at({"dag", "tasks"}) : nullptr;
    QString name = base;
    for (int n = 2; tasks && tasks->find(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QString PipelineEditor::uniqueComponentName(const QString &base) const
{
    QString name = base;
    for (int n = 2; componentNode(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

int PipelineEditor::nextGroupNumber()
{
    static const QRegularExpression re(QStringLiteral("^comp-(?:condition|condition-branches|for-loop|exit-handler)-(\\d+)$"));
    int highest = 0;
    if (const YamlValue *components = m_doc.spec().find(QStringLiteral("components")))
        for (const auto &c : components->entries()) {
            const auto m = re.match(c.key.scalarText());
            if (m.hasMatch())
                highest = std::max(highest, m.captured(1).toInt());
        }
    // Loop item names use the same counter.
    return highest + 1;
}

QString PipelineEditor::addComponent(const ComponentDefinition &def)
{
    const QString base = sanitizeName(def.name);
    const QString compName = uniqueComponentName(QStringLiteral("comp-") + base);
    YamlValue comp = YamlValue::mapping();
    QStringList nestedDags;
    YamlValue &spec = m_doc.spec();
    if (def.dag.isMapping()) {
        // A nested pipeline: bring its components and executors along under new names.
        QHash<QString, QString> renamedComponents, renamedExecutors;
        for (auto it = def.executors.begin(); it != def.executors.end(); ++it) {
            QString n = it.key();
            for (int i = 2; ensure(spec, {"deploymentSpec", "executors"}).find(n); ++i)
                n = QStringLiteral("%1-%2").arg(it.key()).arg(i);
            renamedExecutors.insert(it.key(), n);
            ensure(spec, {"deploymentSpec", "executors"}).insert(n, it.value());
        }
        for (auto it = def.components.begin(); it != def.components.end(); ++it)
            renamedComponents.insert(it.key(), uniqueComponentName(it.key()));
        const auto retarget = [&](YamlValue node) {
            std::function<void(YamlValue &)> walk = [&](YamlValue &v) {
                if (!v.isMapping())
                    return;
                if (YamlValue *label = v.find(QStringLiteral("executorLabel")); label && renamedExecutors.contains(label->text()))
                    *label = str(renamedExecutors.value(label->text()));
                if (YamlValue *ref = v.find(QStringLiteral("componentRef"))) {
                    if (YamlValue *n = ref->find(QStringLiteral("name")); n && renamedComponents.contains(n->text()))
                        *n = str(renamedComponents.value(n->text()));
                }
                if (YamlValue *tasks = v.at({"dag", "tasks"}) ? v.find(QStringLiteral("dag"))->find(QStringLiteral("tasks")) : nullptr)
                    for (auto &t : tasks->entries())
                        walk(t.value);
                if (YamlValue *tasks = v.find(QStringLiteral("tasks")))
                    for (auto &t : tasks->entries())
                        walk(t.value);
            };
            walk(node);
            return node;
        };
        for (auto it = def.components.begin(); it != def.components.end(); ++it)
            ensure(spec, {"components"}).insert(renamedComponents.value(it.key()), retarget(it.value()));
        comp.insert(QStringLiteral("dag"), retarget(def.dag));
        nestedDags = renamedComponents.values();
    } else {
        QString label = QStringLiteral("exec-") + compName.mid(5);
        for (int i = 2; ensure(spec, {"deploymentSpec", "executors"}).find(label); ++i)
            label = QStringLiteral("exec-%1-%2").arg(compName.mid(5)).arg(i);
        comp.insert(QStringLiteral("executorLabel"), str(label));
        ensure(spec, {"deploymentSpec", "executors"}).insert(label, def.executor);
    }
    if (def.inputs.isMapping() && def.inputs.size() > 0)
        comp.insert(QStringLiteral("inputDefinitions"), def.inputs);
    if (def.outputs.isMapping() && def.outputs.size() > 0)
        comp.insert(QStringLiteral("outputDefinitions"), def.outputs);
    ensure(spec, {"components"}).insert(compName, comp);
    // A nested pipeline brought tasks along; ids of the existing tasks stay as they are.
    if (comp.contains(QStringLiteral("dag"))) {
        indexDag(compName);
        for (const QString &d : nestedDags)
            indexDag(d);
    }
    return compName;
}

std::optional<TaskId> PipelineEditor::addTask(const QString &component, const QString &dag, QString *error)
{
    if (!componentNode(component)) {
        *error = tr("there is no component '%1'").arg(component);
        return std::nullopt;
    }
    YamlValue *tasks = dagTasks(dag);
    if (!tasks) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(dag);
        return std::nullopt;
    }
    const QString name = uniqueTaskName(dag, component.startsWith(QLatin1String("comp-")) ? component.mid(5) : component);
    YamlValue t = obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(component)}})},
                       {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(name)}})}});
    if (componentNode(component)->contains(QStringLiteral("executorLabel")))
        t.insert(QStringLiteral("cachingOptions"), obj({{QStringLiteral("enableCache"), YamlValue::boolean(true)}}));
    tasks->insert(name, t);
    const TaskId id = m_nextId++;
    m_ids.insert(id, {dag, name});
    return id;
}

EditResult PipelineEditor::removeTask(TaskId id)
{
    const auto loc = location(id);
    if (!loc)
        return EditResult::fail(tr("no such task"));
    const QString comp = componentOf(id);
    YamlValue *siblings = dagTasks(loc->dag);
    siblings->remove(loc->name);
    m_ids.remove(id);
    // Siblings no longer wait for or read from it.
    for (auto &t : siblings->entries()) {
        if (YamlValue *deps = t.value.find(QStringLiteral("dependentTasks"))) {
            auto &items = deps->items();
            items.erase(std::remove_if(items.begin(), items.end(), [&](const YamlValue &d) { return d.text() == loc->name; }),
                        items.end());
            if (items.empty())
                t.value.remove(QStringLiteral("dependentTasks"));
        }
        for (const char *kind : {"parameters", "artifacts"}) {
            YamlValue *inputs = t.value.find(QStringLiteral("inputs")) ? t.value.find(QStringLiteral("inputs"))->find(QString::fromLatin1(kind)) : nullptr;
            if (!inputs)
                continue;
            QStringList drop;
            for (const auto &in : inputs->entries()) {
                for (const char *src : {"taskOutputParameter", "taskOutputArtifact", "taskFinalStatus"}) {
                    if (const YamlValue *p = in.value.find(QString::fromLatin1(src)); p && p->value(QStringLiteral("producerTask")).text() == loc->name)
                        drop << in.key.scalarText();
                }
            }
            for (const QString &d : drop)
                inputs->remove(d);
        }
    }
    // A group (condition, loop, exit handler, nested pipeline) goes with its DAG.
    static const QRegularExpression group(QStringLiteral("^comp-(?:condition|condition-branches|for-loop|exit-handler)-\\d+$"));
    if (group.match(comp).hasMatch()) {
        for (TaskId inner : tasks(comp))
            removeTask(inner);
        m_doc.spec().find(QStringLiteral("components"))->remove(comp);
    }
    return {};
}

void PipelineEditor::renameReferences(const QString &dag, const QString &from, const QString &to)
{
    YamlValue *tasks = dagTasks(dag);
    for (auto &t : tasks->entries()) {
        if (YamlValue *deps = t.value.find(QStringLiteral("dependentTasks")))
            for (YamlValue &d : deps->items())
                if (d.text() == from)
                    d = str(to);
        for (const char *kind : {"parameters", "artifacts"}) {
            YamlValue *in = t.value.find(QStringLiteral("inputs"));
            YamlValue *inputs = in ? in->find(QString::fromLatin1(kind)) : nullptr;
            if (!inputs)
                continue;
            for (auto &i : inputs->entries())
                for (const char *src : {"taskOutputParameter", "taskOutputArtifact", "taskFinalStatus"})
                    if (YamlValue *p = i.value.find(QString::fromLatin1(src)))
                        if (YamlValue *producer = p->find(QStringLiteral("producerTask")); producer && producer->text() == from)
                            *producer = str(to);
        }
    }
    // The DAG's outputs name their producing subtask.
    YamlValue *comp = dag == QLatin1String("root") ? m_doc.spec().find(QStringLiteral("root")) : componentNode(dag);
    std::function<void(YamlValue &)> walk = [&](YamlValue &v) {
        if (v.isMapping()) {
            if (YamlValue *p = v.find(QStringLiteral("producerSubtask")); p && p->text() == from)
                *p = str(to);
            for (auto &e : v.entries())
                walk(e.value);
        }
        if (v.isSequence())
            for (YamlValue &i : v.items())
                walk(i);
    };
    if (comp && comp->find(QStringLiteral("dag")) && comp->find(QStringLiteral("dag"))->find(QStringLiteral("outputs")))
        walk(*comp->find(QStringLiteral("dag"))->find(QStringLiteral("outputs")));
}

EditResult PipelineEditor::renameTask(TaskId id, const QString &newName)
{
    const auto loc = location(id);
    if (!loc)
        return EditResult::fail(tr("no such task"));
    if (newName == loc->name)
        return {};
    if (sanitizeName(newName) != newName)
        return EditResult::fail(tr("'%1' is not a valid task name: use lower-case letters, digits and '-' (for example '%2')")
                                    .arg(newName, sanitizeName(newName)));
    YamlValue *tasks = dagTasks(loc->dag);
    if (tasks->find(newName))
        return EditResult::fail(tr("there is already a task named '%1' here").arg(newName));
    for (auto &e : tasks->entries()) {
        if (e.key.text() == loc->name) {
            e.key = str(newName);
            if (YamlValue *info = e.value.find(QStringLiteral("taskInfo")))
                info->insert(QStringLiteral("name"), str(newName));
        }
    }
    renameReferences(loc->dag, loc->name, newName);
    m_ids[id].name = newName;
    return {};
}

EditResult PipelineEditor::setDisplayName(TaskId id, const QString &displayName)
{
    YamlValue *t = taskNode(id);
    if (!t)
        return EditResult::fail(tr("no such task"));
    ensure(*t, {"taskInfo"}).insert(QStringLiteral("name"), str(displayName));
    return {};
}

const YamlValue *PipelineEditor::inputDefinition(TaskId consumer, const QString &input, bool *artifact) const
{
    const YamlValue *comp = componentNode(componentOf(consumer));
    if (!comp)
        return nullptr;
    if (const YamlValue *p = comp->at({"inputDefinitions", "parameters"}); p && p->find(input)) {
        *artifact = false;
        return p->find(input);
    }
    if (const YamlValue *a = comp->at({"inputDefinitions", "artifacts"}); a && a->find(input)) {
        *artifact = true;
        return a->find(input);
    }
    return nullptr;
}

const YamlValue *PipelineEditor::outputDefinition(TaskId producer, const QString &output, bool *artifact) const
{
    const YamlValue *comp = componentNode(componentOf(producer));
    if (!comp)
        return nullptr;
    if (const YamlValue *p = comp->at({"outputDefinitions", "parameters"}); p && p->find(output)) {
        *artifact = false;
        return p->find(output);
    }
    if (const YamlValue *a = comp->at({"outputDefinitions", "artifacts"}); a && a->find(output)) {
        *artifact = true;
        return a->find(output);
    }
    return nullptr;
}

EditResult PipelineEditor::setConstant(TaskId id, const QString &input, const YamlValue &value)
{
    YamlValue *t = taskNode(id);
    if (!t)
        return EditResult::fail(tr("no such task"));
    bool artifact = false;
    const YamlValue *def = inputDefinition(id, input, &artifact);
    if (!def)
        return EditResult::fail(tr("component '%1' has no input '%2'").arg(componentOf(id), input));
    if (artifact)
        return EditResult::fail(tr("'%1' is an artifact input; connect it to an upstream output or an importer").arg(input));
    const QString type = def->value(QStringLiteral("parameterType")).text();
    if (!constantFits(value, type))
        return EditResult::fail(tr("'%1' expects %2, not %3").arg(input, type, value.typeName()));
    ensure(*t, {"inputs", "parameters"}).insert(input, obj({{QStringLiteral("runtimeValue"), obj({{QStringLiteral("constant"), value}})}}));
    return {};
}

QString PipelineEditor::parentOf(const QString &dag) const
{
    if (dag == QLatin1String("root"))
        return {};
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (componentOf(it.key()) == dag)
            return it->dag;
    }
    return {};
}

QStringList PipelineEditor::dagChain(const QString &dag) const
{
    QStringList chain;
    QString d = dag;
    while (!d.isEmpty() && chain.size() < 64) {
        chain << d;
        d = parentOf(d);
    }
    return chain;
}

std::optional<YamlValue> PipelineEditor::channelInto(const QString &dag, const Operand &source, bool artifact,
                                                     QString *channelName, QString *error)
{
    const QStringList chain = dagChain(dag);
    QString sourceDag = QStringLiteral("root");
    YamlValue direct;
    QString channel;
    QString type;
    YamlValue typeDef;
    const QString inKind = artifact ? QStringLiteral("artifacts") : QStringLiteral("parameters");
    if (source.task) {
        const auto loc = location(*source.task);
        if (!loc) {
            *error = tr("no such task");
            return std::nullopt;
        }
        sourceDag = loc->dag;
        bool isArtifact = false;
        const YamlValue *out = outputDefinition(*source.task, source.output, &isArtifact);
        if (!out) {
            *error = tr("task '%1' has no output '%2'").arg(loc->name, source.output);
            return std::nullopt;
        }
        typeDef = *out;
        direct = artifact ? obj({{QStringLiteral("taskOutputArtifact"), obj({{QStringLiteral("outputArtifactKey"), str(source.output)},
                                                                               {QStringLiteral("producerTask"), str(loc->name)}})}})
                          : obj({{QStringLiteral("taskOutputParameter"), obj({{QStringLiteral("outputParameterKey"), str(source.output)},
                                                                               {QStringLiteral("producerTask"), str(loc->name)}})}});
        channel = QStringLiteral("pipelinechannel--%1-%2").arg(loc->name, source.output);
    } else {
        const YamlValue *def = m_doc.spec().at({"root", "inputDefinitions"})
                                   ? m_doc.spec().at({"root", "inputDefinitions"})->find(inKind)
                                   : nullptr;
        if (!def || !def->find(source.output)) {
            *error = tr("the pipeline has no input '%1'").arg(source.output);
            return std::nullopt;
        }
        typeDef = *def->find(source.output);
        direct = obj({{artifact ? QStringLiteral("componentInputArtifact") : QStringLiteral("componentInputParameter"), str(source.output)}});
        channel = QStringLiteral("pipelinechannel--") + source.output;
    }
    const qsizetype level = chain.indexOf(sourceDag);
    if (level < 0) {
        *error = tr("the value comes from a DAG that does not enclose this one; take it from an output of that group instead");
        return std::nullopt;
    }
    *channelName = channel;
    if (level == 0)
        return direct;
    // Plumb from the source DAG down: each group task gets the channel as an input, each group
    // component declares it.
    YamlValue defCopy = typeDef;
    defCopy.remove(QStringLiteral("defaultValue"));
    defCopy.remove(QStringLiteral("isOptional"));
    defCopy.remove(QStringLiteral("description"));
    for (qsizetype i = level - 1; i >= 0; --i) {
        const QString child = chain.at(i);
        const QString parent = chain.at(i + 1);
        YamlValue *comp = componentNode(child);
        ensure(*comp, {"inputDefinitions"});
        ensure(*comp->find(QStringLiteral("inputDefinitions")), {artifact ? "artifacts" : "parameters"}).insert(channel, defCopy);
        YamlValue *parentTasks = dagTasks(parent);
        for (auto &t : parentTasks->entries()) {
            if (t.value.at({"componentRef", "name"}) && t.value.at({"componentRef", "name"})->text() == child) {
                const YamlValue spec = i + 1 == level ? direct
                                                      : obj({{artifact ? QStringLiteral("componentInputArtifact")
                                                                       : QStringLiteral("componentInputParameter"),
                                                              str(channel)}});
                ensure(t.value, {"inputs"});
                ensure(*t.value.find(QStringLiteral("inputs")), {artifact ? "artifacts" : "parameters"}).insert(channel, spec);
                if (i + 1 == level && source.task) {
                    YamlValue deps = t.value.value(QStringLiteral("dependentTasks"));
                    const QString producer = location(*source.task)->name;
                    if (!std::any_of(deps.items().begin(), deps.items().end(), [&](const YamlValue &d) { return d.text() == producer; })) {
                        deps.append(str(producer));
                        std::sort(deps.items().begin(), deps.items().end(), [](const YamlValue &a, const YamlValue &b) { return a.text() < b.text(); });
                        t.value.insert(QStringLiteral("dependentTasks"), deps);
                    }
                }
            }
        }
    }
    return obj({{artifact ? QStringLiteral("componentInputArtifact") : QStringLiteral("componentInputParameter"), str(channel)}});
}

EditResult PipelineEditor::connect(TaskId consumer, const QString &input, TaskId producer, const QString &output)
{
    if (consumer == producer)
        return EditResult::fail(tr("a task cannot read its own output"));
    const auto cloc = location(consumer);
    const auto ploc = location(producer);
    if (!cloc || !ploc)
        return EditResult::fail(tr("no such task"));
    bool inArtifact = false, outArtifact = false;
    const YamlValue *in = inputDefinition(consumer, input, &inArtifact);
    const YamlValue *out = outputDefinition(producer, output, &outArtifact);
    if (!in)
        return EditResult::fail(tr("task '%1' has no input '%2'").arg(cloc->name, input));
    if (!out)
        return EditResult::fail(tr("task '%1' has no output '%2'").arg(ploc->name, output));
    if (inArtifact != outArtifact)
        return EditResult::fail(inArtifact ? tr("'%1' takes an artifact, but '%2' is a parameter").arg(input, output)
                                           : tr("'%1' takes a parameter, but '%2' is an artifact").arg(input, output));
    if (inArtifact) {
        const QString a = out->at({"artifactType", "schemaTitle"}) ? out->at({"artifactType", "schemaTitle"})->text() : QString();
        const QString b = in->at({"artifactType", "schemaTitle"}) ? in->at({"artifactType", "schemaTitle"})->text() : QString();
        if (!artifactTypesFit(a, b))
            return EditResult::fail(tr("'%1' takes %2, but '%3' is %4").arg(input, b, output, a));
    } else {
        const QString a = out->value(QStringLiteral("parameterType")).text();
        const QString b = in->value(QStringLiteral("parameterType")).text();
        if (!parameterTypesFit(a, b))
            return EditResult::fail(tr("'%1' takes %2, but '%3' is %4").arg(input, b, output, a));
    }
    // No cycles: the producer must not run after the consumer.
    if (cloc->dag == ploc->dag) {
        QSet<QString> seen;
        std::function<bool(const QString &)> dependsOn = [&](const QString &name) -> bool {
            if (name == cloc->name)
                return true;
            if (seen.contains(name))
                return false;
            seen.insert(name);
            const YamlValue *t = dagTasks(cloc->dag)->find(name);
            if (!t)
                return false;
            for (const YamlValue &d : listOf(*t, QStringLiteral("dependentTasks")))
                if (dependsOn(d.text()))
                    return true;
            return false;
        };
        if (dependsOn(ploc->name))
            return EditResult::fail(tr("'%1' already runs after '%2'; connecting them would make a cycle").arg(ploc->name, cloc->name));
    }
    QString channel, error;
    const auto spec = channelInto(cloc->dag, {producer, output}, inArtifact, &channel, &error);
    if (!spec)
        return EditResult::fail(error);
    YamlValue *t = taskNode(consumer);
    ensure(*t, {"inputs", inArtifact ? "artifacts" : "parameters"}).insert(input, *spec);
    if (cloc->dag == ploc->dag)
        addDependency(consumer, producer);
    return {};
}

EditResult PipelineEditor::bindPipelineParameter(TaskId id, const QString &input, const QString &parameter)
{
    const auto loc = location(id);
    if (!loc)
        return EditResult::fail(tr("no such task"));
    bool artifact = false;
    const YamlValue *in = inputDefinition(id, input, &artifact);
    if (!in)
        return EditResult::fail(tr("task '%1' has no input '%2'").arg(loc->name, input));
    const YamlValue *param = m_doc.spec().at({"root", "inputDefinitions", artifact ? "artifacts" : "parameters"});
    if (!param || !param->find(parameter))
        return EditResult::fail(tr("the pipeline has no input '%1'").arg(parameter));
    if (!artifact && !parameterTypesFit(param->find(parameter)->value(QStringLiteral("parameterType")).text(),
                                        in->value(QStringLiteral("parameterType")).text()))
        return EditResult::fail(tr("'%1' takes %2, but pipeline input '%3' is %4")
                                    .arg(input, in->value(QStringLiteral("parameterType")).text(), parameter,
                                         param->find(parameter)->value(QStringLiteral("parameterType")).text()));
    QString channel, error;
    const auto spec = channelInto(loc->dag, {std::nullopt, parameter}, artifact, &channel, &error);
    if (!spec)
        return EditResult::fail(error);
    ensure(*taskNode(id), {"inputs", artifact ? "artifacts" : "parameters"}).insert(input, *spec);
    return {};
}

EditResult PipelineEditor::disconnect(TaskId id, const QString &input)
{
    YamlValue *t = taskNode(id);
    if (!t)
        return EditResult::fail(tr("no such task"));
    for (const char *kind : {"parameters", "artifacts"}) {
        YamlValue *inputs = t->find(QStringLiteral("inputs")) ? t->find(QStringLiteral("inputs"))->find(QString::fromLatin1(kind)) : nullptr;
        if (inputs && inputs->remove(input)) {
            if (inputs->size() == 0)
                t->find(QStringLiteral("inputs"))->remove(QString::fromLatin1(kind));
            if (t->find(QStringLiteral("inputs"))->size() == 0)
                t->remove(QStringLiteral("inputs"));
            return {};
        }
    }
    return EditResult::fail(tr("input '%1' is not set").arg(input));
}

EditResult PipelineEditor::addDependency(TaskId id, TaskId upstream)
{
    const auto a = location(id), b = location(upstream);
    if (!a || !b)
        return EditResult::fail(tr("no such task"));
    if (a->dag != b->dag)
        return EditResult::fail(tr("'after' links tasks of the same DAG; '%1' and '%2' are in different groups").arg(a->name, b->name));
    if (id == upstream)
        return EditResult::fail(tr("a task cannot run after itself"));
    YamlValue *t = taskNode(id);
    YamlValue deps = t->value(QStringLiteral("dependentTasks"));
    if (std::any_of(deps.items().begin(), deps.items().end(), [&](const YamlValue &d) { return d.text() == b->name; }))
        return {};
    deps.append(str(b->name));
    std::sort(deps.items().begin(), deps.items().end(), [](const YamlValue &x, const YamlValue &y) { return x.text() < y.text(); });
    t->insert(QStringLiteral("dependentTasks"), deps);
    return {};
}

EditResult PipelineEditor::removeDependency(TaskId id, TaskId upstream)
{
    const auto b = location(upstream);
    YamlValue *t = taskNode(id);
    if (!t || !b)
        return EditResult::fail(tr("no such task"));
    YamlValue *deps = t->find(QStringLiteral("dependentTasks"));
    if (!deps)
        return EditResult::fail(tr("'%1' does not run after '%2'").arg(location(id)->name, b->name));
    auto &items = deps->items();
    items.erase(std::remove_if(items.begin(), items.end(), [&](const YamlValue &d) { return d.text() == b->name; }), items.end());
    if (items.empty())
        t->remove(QStringLiteral("dependentTasks"));
    return {};
}

EditResult PipelineEditor::addPipelineParameter(const QString &name, const QString &type, const std::optional<YamlValue> &defaultValue)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(name).hasMatch())
        return EditResult::fail(tr("'%1' is not a valid parameter name (letters, digits and '_', not starting with a digit)").arg(name));
    if (!parameterTypes().contains(type) || type == QLatin1String("TASK_FINAL_STATUS"))
        return EditResult::fail(tr("'%1' is not a parameter type").arg(type));
    if (defaultValue && !constantFits(*defaultValue, type))
        return EditResult::fail(tr("the default of '%1' must be %2, not %3").arg(name, type, defaultValue->typeName()));
    YamlValue def = obj({{QStringLiteral("parameterType"), str(type)}});
    if (defaultValue) {
        def.insert(QStringLiteral("defaultValue"), *defaultValue);
        def.insert(QStringLiteral("isOptional"), YamlValue::boolean(true));
    }
    ensure(m_doc.spec(), {"root", "inputDefinitions", "parameters"}).insert(name, def);
    return {};
}

EditResult PipelineEditor::removePipelineParameter(const QString &name)
{
    YamlValue *params = m_doc.spec().find(QStringLiteral("root"))->find(QStringLiteral("inputDefinitions"));
    params = params ? params->find(QStringLiteral("parameters")) : nullptr;
    if (!params || !params->remove(name))
        return EditResult::fail(tr("the pipeline has no input '%1'").arg(name));
    return {};
}

std::optional<QString> PipelineEditor::conditionText(const QString &parentDag, const Comparison &c, QString *channel,
                                                     YamlValue *channelSpec, QString *type, QString *error)
{
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                                 QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
    if (!ops.contains(c.op)) {
        *error = tr("'%1' is not a comparison (use ==, !=, <, <=, >, >=)").arg(c.op);
        return std::nullopt;
    }
    const auto spec = channelInto(parentDag, c.left, false, channel, error);
    if (!spec)
        return std::nullopt;
    *channelSpec = *spec;
    // The operand's type decides how the compiler writes the comparison.
    if (c.left.task) {
        bool artifact = false;
        *type = outputDefinition(*c.left.task, c.left.output, &artifact)->value(QStringLiteral("parameterType")).text();
    } else {
        *type = m_doc.spec().at({"root", "inputDefinitions", "parameters"})->find(c.left.output)->value(QStringLiteral("parameterType")).text();
    }
    if (!constantFits(c.right, *type)) {
        *error = tr("the condition compares %1 with %2").arg(*type, c.right.typeName());
        return std::nullopt;
    }
    QString lhs = QStringLiteral("inputs.parameter_values['%1']").arg(*channel);
    if (*type == QLatin1String("NUMBER_INTEGER"))
        lhs = QStringLiteral("int(%1)").arg(lhs);
    else if (*type == QLatin1String("NUMBER_DOUBLE"))
        lhs = QStringLiteral("double(%1)").arg(lhs);
    const QString rhs = c.right.isString() ? QStringLiteral("'%1'").arg(QString(c.right.text()).replace(QLatin1Char('\''), QStringLiteral("\\'")))
                                           : (c.right.isFloat() ? YamlWriter::floatText(c.right.toDouble()) : c.right.scalarText());
    return lhs + QLatin1Char(' ') + c.op + QLatin1Char(' ') + rhs;
}

std::optional<QString> PipelineEditor::addCondition(const QString &parentDag, const Operand &left, const QString &op,
                                                    const YamlValue &right, QString *error)
{
    if (!dagTasks(parentDag)) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(parentDag);
        return std::nullopt;
    }
    QString channel, type;
    YamlValue spec;
    const auto text = conditionText(parentDag, {left, op, right}, &channel, &spec, &type, error);
    if (!text)
        return std::nullopt;
    const int n = nextGroupNumber();
    const QString comp = QStringLiteral("comp-condition-%1").arg(n);
    const QString taskName = QStringLiteral("condition-%1").arg(n);
    ensure(m_doc.spec(), {"components"})
        .insert(comp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})},
                           {QStringLiteral("inputDefinitions"),
                            obj({{QStringLiteral("parameters"), obj({{channel, obj({{QStringLiteral("parameterType"), str(type)}})}})}})}}));
    YamlValue t = obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(comp)}})},
                       {QStringLiteral("inputs"), obj({{QStringLiteral("parameters"), obj({{channel, spec}})}})},
                       {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(taskName)}})},
                       {QStringLiteral("triggerPolicy"), obj({{QStringLiteral("condition"), str(*text)}})}});
    dagTasks(parentDag)->insert(taskName, t);
    const TaskId id = m_nextId++;
    m_ids.insert(id, {parentDag, taskName});
    if (left.task && location(*left.task)->dag == parentDag)
        addDependency(id, *left.task);
    return comp;
}

std::optional<QStringList> PipelineEditor::addIfElse(const QString &parentDag, const QList<Comparison> &branches, bool withElse,
                                                     QString *error)
{
    if (branches.isEmpty()) {
        *error = tr("an If needs at least one condition");
        return std::nullopt;
    }
    if (!dagTasks(parentDag)) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(parentDag);
        return std::nullopt;
    }
    // Check every condition before changing anything.
    QStringList texts, channels, types;
    QList<YamlValue> specs;
    QList<std::optional<TaskId>> producers;
    for (const Comparison &c : branches) {
        QString channel, type;
        YamlValue spec;
        const auto text = conditionText(parentDag, c, &channel, &spec, &type, error);
        if (!text)
            return std::nullopt;
        texts << *text;
        channels << channel;
        types << type;
        specs << spec;
        producers << c.left.task;
    }
    const int n = nextGroupNumber();
    const QString branchesComp = QStringLiteral("comp-condition-branches-%1").arg(n);
    const QString branchesTask = QStringLiteral("condition-branches-%1").arg(n);
    YamlValue inputDefs = YamlValue::mapping();
    YamlValue taskInputs = YamlValue::mapping();
    for (int i = 0; i < channels.size(); ++i) {
        inputDefs.insert(channels.at(i), obj({{QStringLiteral("parameterType"), str(types.at(i))}}));
        taskInputs.insert(channels.at(i), specs.at(i));
    }
    ensure(m_doc.spec(), {"components"})
        .insert(branchesComp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})},
                                   {QStringLiteral("inputDefinitions"), obj({{QStringLiteral("parameters"), inputDefs}})}}));
    dagTasks(parentDag)->insert(branchesTask, obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(branchesComp)}})},
                                                   {QStringLiteral("inputs"), obj({{QStringLiteral("parameters"), taskInputs}})},
                                                   {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(branchesTask)}})}}));
    const TaskId branchesId = m_nextId++;
    m_ids.insert(branchesId, {parentDag, branchesTask});
    for (const auto &p : producers)
        if (p && location(*p)->dag == parentDag)
            addDependency(branchesId, *p);

    // Branch k runs when no earlier condition held and its own does; Else when none held.
    QStringList branchDags;
    const int count = int(branches.size()) + (withElse ? 1 : 0);
    for (int k = 0; k < count; ++k) {
        QStringList parts;
        for (int j = 0; j < k && j < texts.size(); ++j)
            parts << QStringLiteral("!(%1)").arg(texts.at(j));
        if (k < texts.size())
            parts << texts.at(k);
        const QString comp = QStringLiteral("comp-condition-%1").arg(n + 1 + k);
        const QString taskName = QStringLiteral("condition-%1").arg(n + 1 + k);
        YamlValue branchInputs = YamlValue::mapping();
        for (const QString &ch : channels)
            branchInputs.insert(ch, obj({{QStringLiteral("componentInputParameter"), str(ch)}}));
        ensure(m_doc.spec(), {"components"})
            .insert(comp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})},
                               {QStringLiteral("inputDefinitions"), obj({{QStringLiteral("parameters"), inputDefs}})}}));
        dagTasks(branchesComp)
            ->insert(taskName, obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(comp)}})},
                                    {QStringLiteral("inputs"), obj({{QStringLiteral("parameters"), branchInputs}})},
                                    {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(taskName)}})},
                                    {QStringLiteral("triggerPolicy"), obj({{QStringLiteral("condition"), str(parts.join(QStringLiteral(" && ")))}})}}));
        m_ids.insert(m_nextId++, {branchesComp, taskName});
        branchDags << comp;
    }
    return branchDags;
}

std::optional<TaskId> PipelineEditor::groupTask(const QString &dag) const
{
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        if (componentOf(it.key()) == dag)
            return it.key();
    return std::nullopt;
}

std::optional<QString> PipelineEditor::exposeToParent(TaskId id, const QString &output, QString *error)
{
    const auto loc = location(id);
    if (!loc) {
        *error = tr("no such task");
        return std::nullopt;
    }
    if (loc->dag == QLatin1String("root")) {
        *error = tr("'%1' is not inside a group").arg(loc->name);
        return std::nullopt;
    }
    bool artifact = false;
    const YamlValue *def = outputDefinition(id, output, &artifact);
    if (!def) {
        *error = tr("task '%1' has no output '%2'").arg(loc->name, output);
        return std::nullopt;
    }
    const bool loop = loc->dag.startsWith(QLatin1String("comp-for-loop-"));
    const QString key = QStringLiteral("pipelinechannel--%1-%2").arg(loc->name, output);
    YamlValue *comp = componentNode(loc->dag);
    YamlValue outDef = *def;
    outDef.remove(QStringLiteral("description"));
    if (loop) {
        // Collected: a loop gives the list of its iterations' values.
        if (artifact)
            outDef.insert(QStringLiteral("isArtifactList"), YamlValue::boolean(true));
        else
            outDef = obj({{QStringLiteral("parameterType"), str(QStringLiteral("LIST"))}});
    }
    YamlValue &outputs = ensure(*comp, {"dag", "outputs"});
    if (artifact) {
        ensure(outputs, {"artifacts"}).insert(key, obj({{QStringLiteral("artifactSelectors"),
                                                         YamlValue::sequence({obj({{QStringLiteral("outputArtifactKey"), str(output)},
                                                                                   {QStringLiteral("producerSubtask"), str(loc->name)}})})}}));
        ensure(*comp, {"outputDefinitions", "artifacts"}).insert(key, outDef);
    } else {
        ensure(outputs, {"parameters"}).insert(key, obj({{QStringLiteral("valueFromParameter"),
                                                          obj({{QStringLiteral("outputParameterKey"), str(output)},
                                                               {QStringLiteral("producerSubtask"), str(loc->name)}})}}));
        ensure(*comp, {"outputDefinitions", "parameters"}).insert(key, outDef);
    }
    return key;
}

std::optional<QString> PipelineEditor::addOneOfOutput(const QString &branchesDag,
                                                      const QList<std::pair<TaskId, QString>> &sources, QString *error)
{
    if (!branchesDag.startsWith(QLatin1String("comp-condition-branches-")) || !componentNode(branchesDag)) {
        *error = tr("'%1' is not an If/Elif/Else group").arg(branchesDag);
        return std::nullopt;
    }
    if (sources.size() < 2) {
        *error = tr("a OneOf output takes one value from each of at least two branches");
        return std::nullopt;
    }
    // One source per branch, all of the same kind and type.
    QSet<QString> branches;
    QString type;
    bool artifactKind = false;
    for (int i = 0; i < sources.size(); ++i) {
        const auto loc = location(sources.at(i).first);
        const QString parent = loc ? parentOf(loc->dag) : QString();
        if (!loc || parent != branchesDag) {
            *error = tr("each value must come from a task directly inside one branch of '%1'").arg(branchesDag);
            return std::nullopt;
        }
        if (branches.contains(loc->dag)) {
            *error = tr("two values come from the same branch");
            return std::nullopt;
        }
        branches.insert(loc->dag);
        bool artifact = false;
        const YamlValue *def = outputDefinition(sources.at(i).first, sources.at(i).second, &artifact);
        if (!def) {
            *error = tr("task '%1' has no output '%2'").arg(loc->name, sources.at(i).second);
            return std::nullopt;
        }
        const QString t = artifact ? (def->at({"artifactType", "schemaTitle"}) ? def->at({"artifactType", "schemaTitle"})->text() : QString())
                                   : def->value(QStringLiteral("parameterType")).text();
        if (i == 0) {
            type = t;
            artifactKind = artifact;
        } else if (t != type || artifact != artifactKind) {
            *error = tr("the branches give values of different types (%1 and %2)").arg(type, t);
            return std::nullopt;
        }
    }
    YamlValue selectors = YamlValue::sequence();
    YamlValue firstDef;
    for (const auto &[task, output] : sources) {
        const auto key = exposeToParent(task, output, error);
        if (!key)
            return std::nullopt;
        const QString branch = location(task)->dag;
        selectors.append(obj({{artifactKind ? QStringLiteral("outputArtifactKey") : QStringLiteral("outputParameterKey"), str(*key)},
                              {QStringLiteral("producerSubtask"), str(location(*groupTask(branch))->name)}}));
        if (!firstDef.isMapping())
            firstDef = *componentNode(branch)->at({"outputDefinitions", artifactKind ? "artifacts" : "parameters"})->find(*key);
    }
    YamlValue *comp = componentNode(branchesDag);
    int m = 1;
    const QString prefix = QStringLiteral("pipelinechannel--%1-oneof-").arg(location(*groupTask(branchesDag))->name);
    while (comp->at({"outputDefinitions", artifactKind ? "artifacts" : "parameters"})
           && comp->at({"outputDefinitions", artifactKind ? "artifacts" : "parameters"})->find(prefix + QString::number(m)))
        ++m;
    const QString key = prefix + QString::number(m);
    if (artifactKind)
        ensure(*comp, {"dag", "outputs", "artifacts"}).insert(key, obj({{QStringLiteral("artifactSelectors"), selectors}}));
    else
        ensure(*comp, {"dag", "outputs", "parameters"})
            .insert(key, obj({{QStringLiteral("valueFromOneof"), obj({{QStringLiteral("parameterSelectors"), selectors}})}}));
    ensure(*comp, {"outputDefinitions", artifactKind ? "artifacts" : "parameters"}).insert(key, firstDef);
    return key;
}

std::optional<QString> PipelineEditor::addParallelFor(const QString &parentDag, const YamlValue &items, int parallelism,
                                                      QString *error)
{
    if (!items.isSequence() || items.size() == 0) {
        *error = tr("a ParallelFor needs a non-empty list of items");
        return std::nullopt;
    }
    if (!dagTasks(parentDag)) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(parentDag);
        return std::nullopt;
    }
    const int n = nextGroupNumber();
    const QString comp = QStringLiteral("comp-for-loop-%1").arg(n);
    const QString taskName = QStringLiteral("for-loop-%1").arg(n);
    const QString item = QStringLiteral("pipelinechannel--loop-item-param-%1").arg(n - 1 > 0 ? n - 1 : n);
    ensure(m_doc.spec(), {"components"})
        .insert(comp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})},
                           {QStringLiteral("inputDefinitions"),
                            obj({{QStringLiteral("parameters"),
                                  obj({{item, obj({{QStringLiteral("parameterType"), str(typeOfValue(items.items().front()))}})}})}})}}));
    YamlValue t = obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(comp)}})},
                       {QStringLiteral("parameterIterator"),
                        obj({{QStringLiteral("itemInput"), str(item)},
                             {QStringLiteral("items"), obj({{QStringLiteral("raw"), str(pythonJson(items))}})}})},
                       {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(taskName)}})}});
    if (parallelism > 0)
        t.insert(QStringLiteral("iteratorPolicy"), obj({{QStringLiteral("parallelismLimit"), YamlValue::integer(parallelism)}}));
    dagTasks(parentDag)->insert(taskName, t);
    m_ids.insert(m_nextId++, {parentDag, taskName});
    return comp;
}

std::optional<QString> PipelineEditor::addParallelFor(const QString &parentDag, const Operand &items, int parallelism,
                                                      QString *error)
{
    if (!dagTasks(parentDag)) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(parentDag);
        return std::nullopt;
    }
    QString channel;
    const auto spec = channelInto(parentDag, items, false, &channel, error);
    if (!spec)
        return std::nullopt;
    QString type;
    if (items.task) {
        bool artifact = false;
        type = outputDefinition(*items.task, items.output, &artifact)->value(QStringLiteral("parameterType")).text();
    } else {
        type = m_doc.spec().at({"root", "inputDefinitions", "parameters"})->find(items.output)->value(QStringLiteral("parameterType")).text();
    }
    if (type != QLatin1String("LIST")) {
        *error = tr("a ParallelFor iterates over a list; '%1' is %2").arg(items.output, type);
        return std::nullopt;
    }
    const int n = nextGroupNumber();
    const QString comp = QStringLiteral("comp-for-loop-%1").arg(n);
    const QString taskName = QStringLiteral("for-loop-%1").arg(n);
    const QString item = channel + QStringLiteral("-loop-item");
    ensure(m_doc.spec(), {"components"})
        .insert(comp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})},
                           {QStringLiteral("inputDefinitions"),
                            obj({{QStringLiteral("parameters"),
                                  obj({{channel, obj({{QStringLiteral("parameterType"), str(QStringLiteral("LIST"))}})},
                                       {item, obj({{QStringLiteral("parameterType"), str(QStringLiteral("STRING"))}})}})}})}}));
    YamlValue t = obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(comp)}})},
                       {QStringLiteral("inputs"), obj({{QStringLiteral("parameters"), obj({{channel, *spec}})}})},
                       {QStringLiteral("parameterIterator"),
                        obj({{QStringLiteral("itemInput"), str(item)},
                             {QStringLiteral("items"), obj({{QStringLiteral("inputParameter"), str(channel)}})}})},
                       {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(taskName)}})}});
    if (parallelism > 0)
        t.insert(QStringLiteral("iteratorPolicy"), obj({{QStringLiteral("parallelismLimit"), YamlValue::integer(parallelism)}}));
    dagTasks(parentDag)->insert(taskName, t);
    const TaskId id = m_nextId++;
    m_ids.insert(id, {parentDag, taskName});
    if (items.task && location(*items.task)->dag == parentDag)
        addDependency(id, *items.task);
    return comp;
}

EditResult PipelineEditor::bindLoopItem(TaskId id, const QString &input, const QString &loopDag)
{
    const auto loc = location(id);
    if (!loc)
        return EditResult::fail(tr("no such task"));
    if (loc->dag != loopDag)
        return EditResult::fail(tr("the loop item is available to tasks directly inside the loop"));
    // The loop task's itemInput names the item.
    QString item;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        if (componentOf(it.key()) == loopDag)
            if (const YamlValue *t = task(it.key()); t && t->at({"parameterIterator", "itemInput"}))
                item = t->at({"parameterIterator", "itemInput"})->text();
    if (item.isEmpty())
        return EditResult::fail(tr("'%1' is not a ParallelFor").arg(loopDag));
    bool artifact = false;
    if (!inputDefinition(id, input, &artifact) || artifact)
        return EditResult::fail(tr("task '%1' has no parameter input '%2'").arg(loc->name, input));
    ensure(*taskNode(id), {"inputs", "parameters"}).insert(input, obj({{QStringLiteral("componentInputParameter"), str(item)}}));
    return {};
}

std::optional<QString> PipelineEditor::addExitHandler(const QString &parentDag, const QString &exitComponent,
                                                      std::optional<TaskId> *exitTask, QString *error)
{
    if (!dagTasks(parentDag)) {
        *error = tr("'%1' is not a DAG of this pipeline").arg(parentDag);
        return std::nullopt;
    }
    if (!componentNode(exitComponent)) {
        *error = tr("there is no component '%1'").arg(exitComponent);
        return std::nullopt;
    }
    const int n = nextGroupNumber();
    const QString comp = QStringLiteral("comp-exit-handler-%1").arg(n);
    const QString taskName = QStringLiteral("exit-handler-%1").arg(n);
    ensure(m_doc.spec(), {"components"}).insert(comp, obj({{QStringLiteral("dag"), obj({{QStringLiteral("tasks"), YamlValue::mapping()}})}}));
    dagTasks(parentDag)->insert(taskName, obj({{QStringLiteral("componentRef"), obj({{QStringLiteral("name"), str(comp)}})},
                                              {QStringLiteral("taskInfo"), obj({{QStringLiteral("name"), str(taskName)}})}}));
    const TaskId handler = m_nextId++;
    m_ids.insert(handler, {parentDag, taskName});
    const auto exitId = addTask(exitComponent, parentDag, error);
    if (!exitId)
        return std::nullopt;
    addDependency(*exitId, handler);
    YamlValue *t = taskNode(*exitId);
    t->insert(QStringLiteral("triggerPolicy"), obj({{QStringLiteral("strategy"), str(QStringLiteral("ALL_UPSTREAM_TASKS_COMPLETED"))}}));
    if (const YamlValue *params = componentNode(exitComponent)->at({"inputDefinitions", "parameters"}))
        for (const auto &p : params->entries())
            if (p.value.value(QStringLiteral("parameterType")).text() == QLatin1String("TASK_FINAL_STATUS"))
                ensure(*t, {"inputs", "parameters"})
                    .insert(p.key.scalarText(), obj({{QStringLiteral("taskFinalStatus"), obj({{QStringLiteral("producerTask"), str(taskName)}})}}));
    *exitTask = exitId;
    return comp;
}

EditResult PipelineEditor::setCaching(TaskId id, bool enabled)
{
    YamlValue *t = taskNode(id);
    if (!t)
        return EditResult::fail(tr("no such task"));
    ensure(*t, {"cachingOptions"}).insert(QStringLiteral("enableCache"), YamlValue::boolean(enabled));
    return {};
}

EditResult PipelineEditor::setRetry(TaskId id, int maxRetries, double backoffFactor, int backoffSeconds)
{
    YamlValue *t = taskNode(id);
    if (!t)
        return EditResult::fail(tr("no such task"));
    if (maxRetries < 0 || backoffFactor < 1.0 || backoffSeconds < 0)
        return EditResult::fail(tr("retries and back-off must not be negative, and the back-off factor is at least 1"));
    if (maxRetries == 0) {
        t->remove(QStringLiteral("retryPolicy"));
        return {};
    }
    t->insert(QStringLiteral("retryPolicy"), obj({{QStringLiteral("backoffDuration"), str(QStringLiteral("%1s").arg(backoffSeconds))},
                                                  {QStringLiteral("backoffFactor"), YamlValue::real(backoffFactor)},
                                                  {QStringLiteral("backoffMaxDuration"), str(QStringLiteral("3600s"))},
                                                  {QStringLiteral("maxRetryCount"), YamlValue::integer(maxRetries)}}));
    return {};
}

YamlValue *PipelineEditor::executorOf(TaskId id, QString *label)
{
    const QString compName = componentOf(id);
    YamlValue *comp = componentNode(compName);
    if (!comp || !comp->contains(QStringLiteral("executorLabel")))
        return nullptr;
    // Executor settings belong to one task: give it its own component and executor first when
    // others share them.
    int users = 0;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        users += componentOf(it.key()) == compName;
    if (users > 1) {
        const QString newComp = uniqueComponentName(compName);
        YamlValue copy = *comp;
        QString newLabel = QStringLiteral("exec-") + newComp.mid(5);
        YamlValue *executors = &ensure(m_doc.spec(), {"deploymentSpec", "executors"});
        for (int i = 2; executors->find(newLabel); ++i)
            newLabel = QStringLiteral("exec-%1-%2").arg(newComp.mid(5)).arg(i);
        executors->insert(newLabel, executors->value(comp->value(QStringLiteral("executorLabel")).text()));
        copy.insert(QStringLiteral("executorLabel"), str(newLabel));
        ensure(m_doc.spec(), {"components"}).insert(newComp, copy);
        taskNode(id)->find(QStringLiteral("componentRef"))->insert(QStringLiteral("name"), str(newComp));
        comp = componentNode(newComp);
    }
    *label = comp->value(QStringLiteral("executorLabel")).text();
    return ensure(m_doc.spec(), {"deploymentSpec", "executors"}).find(*label);
}

EditResult PipelineEditor::setResources(TaskId id, const QString &cpuLimit, const QString &memoryLimit,
                                        const QString &acceleratorType, int acceleratorCount)
{
    QString label;
    YamlValue *exec = executorOf(id, &label);
    if (!exec || !exec->contains(QStringLiteral("container")))
        return EditResult::fail(tr("only container tasks have resources"));
    YamlValue res = YamlValue::mapping();
    if (!cpuLimit.isEmpty()) {
        const auto cpu = quantity(cpuLimit);
        if (!cpu)
            return EditResult::fail(tr("'%1' is not a CPU amount (for example 2 or 500m)").arg(cpuLimit));
        res.insert(QStringLiteral("cpuLimit"), YamlValue::real(*cpu));
        res.insert(QStringLiteral("resourceCpuLimit"), str(cpuLimit));
    }
    if (!memoryLimit.isEmpty()) {
        const auto mem = quantity(memoryLimit);
        if (!mem)
            return EditResult::fail(tr("'%1' is not a memory amount (for example 4Gi or 512Mi)").arg(memoryLimit));
        res.insert(QStringLiteral("memoryLimit"), YamlValue::real(*mem / 1e9));
        res.insert(QStringLiteral("resourceMemoryLimit"), str(memoryLimit));
    }
    if (acceleratorCount > 0) {
        if (acceleratorType.isEmpty())
            return EditResult::fail(tr("name the accelerator type (for example nvidia.com/gpu)"));
        res.insert(QStringLiteral("accelerator"), obj({{QStringLiteral("count"), str(QString::number(acceleratorCount))},
                                                       {QStringLiteral("resourceCount"), str(QString::number(acceleratorCount))},
                                                       {QStringLiteral("resourceType"), str(acceleratorType)},
                                                       {QStringLiteral("type"), str(acceleratorType)}}));
    }
    YamlValue *container = exec->find(QStringLiteral("container"));
    if (res.size() == 0)
        container->remove(QStringLiteral("resources"));
    else
        container->insert(QStringLiteral("resources"), res);
    return {};
}

EditResult PipelineEditor::setEnv(TaskId id, const QString &name, const QString &value)
{
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (!envName.match(name).hasMatch())
        return EditResult::fail(tr("'%1' is not a valid environment variable name").arg(name));
    QString label;
    YamlValue *exec = executorOf(id, &label);
    if (!exec || !exec->contains(QStringLiteral("container")))
        return EditResult::fail(tr("only container tasks have an environment"));
    YamlValue *container = exec->find(QStringLiteral("container"));
    YamlValue env = container->value(QStringLiteral("env"));
    if (!env.isSequence())
        env = YamlValue::sequence();
    bool replaced = false;
    for (YamlValue &e : env.items())
        if (e.value(QStringLiteral("name")).text() == name) {
            e.insert(QStringLiteral("value"), str(value));
            replaced = true;
        }
    if (!replaced)
        env.append(obj({{QStringLiteral("name"), str(name)}, {QStringLiteral("value"), str(value)}}));
    container->insert(QStringLiteral("env"), env);
    return {};
}

YamlValue *PipelineEditor::platformExecutor(TaskId id)
{
    QString label;
    if (!executorOf(id, &label))
        return nullptr;
    if (!m_doc.platform())
        m_doc.platform() = YamlValue::mapping();
    YamlValue &executors = ensure(*m_doc.platform(), {"platforms", "kubernetes", "deploymentSpec", "executors"});
    if (!executors.find(label))
        executors.insert(label, YamlValue::mapping());
    return executors.find(label);
}

namespace {
YamlValue constantParameter(const QString &value)
{
    return obj({{QStringLiteral("runtimeValue"), obj({{QStringLiteral("constant"), str(value)}})}});
}

void appendTo(YamlValue &node, const QString &key, const YamlValue &item)
{
    YamlValue list = node.value(key);
    if (!list.isSequence())
        list = YamlValue::sequence();
    list.append(item);
    node.insert(key, list);
}

bool validK8sName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    return re.match(name).hasMatch() && name.size() <= 253;
}
} // namespace

EditResult PipelineEditor::mountSecretAsEnv(TaskId id, const QString &secret, const QString &key, const QString &envVar)
{
    if (!validK8sName(secret))
        return EditResult::fail(tr("'%1' is not a valid secret name").arg(secret));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks take secrets"));
    appendTo(*e, QStringLiteral("secretAsEnv"),
             obj({{QStringLiteral("keyToEnv"), YamlValue::sequence({obj({{QStringLiteral("envVar"), str(envVar)},
                                                                         {QStringLiteral("secretKey"), str(key)}})})},
                  {QStringLiteral("secretName"), str(secret)},
                  {QStringLiteral("secretNameParameter"), constantParameter(secret)}}));
    return {};
}

EditResult PipelineEditor::mountSecretAsVolume(TaskId id, const QString &secret, const QString &mountPath)
{
    if (!validK8sName(secret))
        return EditResult::fail(tr("'%1' is not a valid secret name").arg(secret));
    if (!mountPath.startsWith(QLatin1Char('/')))
        return EditResult::fail(tr("the mount path must be absolute"));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks take secrets"));
    appendTo(*e, QStringLiteral("secretAsVolume"),
             obj({{QStringLiteral("mountPath"), str(mountPath)},
                  {QStringLiteral("optional"), YamlValue::boolean(false)},
                  {QStringLiteral("secretName"), str(secret)},
                  {QStringLiteral("secretNameParameter"), constantParameter(secret)}}));
    return {};
}

EditResult PipelineEditor::mountConfigMapAsEnv(TaskId id, const QString &configMap, const QString &key, const QString &envVar)
{
    if (!validK8sName(configMap))
        return EditResult::fail(tr("'%1' is not a valid config map name").arg(configMap));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks take config maps"));
    appendTo(*e, QStringLiteral("configMapAsEnv"),
             obj({{QStringLiteral("configMapName"), str(configMap)},
                  {QStringLiteral("configMapNameParameter"), constantParameter(configMap)},
                  {QStringLiteral("keyToEnv"), YamlValue::sequence({obj({{QStringLiteral("configMapKey"), str(key)},
                                                                         {QStringLiteral("envVar"), str(envVar)}})})}}));
    return {};
}

EditResult PipelineEditor::mountConfigMapAsVolume(TaskId id, const QString &configMap, const QString &mountPath)
{
    if (!validK8sName(configMap))
        return EditResult::fail(tr("'%1' is not a valid config map name").arg(configMap));
    if (!mountPath.startsWith(QLatin1Char('/')))
        return EditResult::fail(tr("the mount path must be absolute"));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks take config maps"));
    appendTo(*e, QStringLiteral("configMapAsVolume"),
             obj({{QStringLiteral("configMapName"), str(configMap)},
                  {QStringLiteral("configMapNameParameter"), constantParameter(configMap)},
                  {QStringLiteral("mountPath"), str(mountPath)},
                  {QStringLiteral("optional"), YamlValue::boolean(false)}}));
    return {};
}

EditResult PipelineEditor::mountPvc(TaskId id, const QString &pvcName, const QString &mountPath)
{
    if (!validK8sName(pvcName))
        return EditResult::fail(tr("'%1' is not a valid volume claim name").arg(pvcName));
    if (!mountPath.startsWith(QLatin1Char('/')))
        return EditResult::fail(tr("the mount path must be absolute"));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks mount volumes"));
    appendTo(*e, QStringLiteral("pvcMount"),
             obj({{QStringLiteral("mountPath"), str(mountPath)}, {QStringLiteral("pvcNameParameter"), constantParameter(pvcName)}}));
    return {};
}

EditResult PipelineEditor::setNodeSelector(TaskId id, const QString &key, const QString &value)
{
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks have a node selector"));
    ensure(*e, {"nodeSelector", "labels"}).insert(key, str(value));
    return {};
}

EditResult PipelineEditor::addToleration(TaskId id, const QString &key, const QString &op, const QString &value,
                                         const QString &effect)
{
    if (op != QLatin1String("Exists") && op != QLatin1String("Equal"))
        return EditResult::fail(tr("a toleration's operator is Exists or Equal"));
    static const QStringList effects{QString(), QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"),
                                     QStringLiteral("NoExecute")};
    if (!effects.contains(effect))
        return EditResult::fail(tr("a toleration's effect is NoSchedule, PreferNoSchedule or NoExecute"));
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks have tolerations"));
    YamlValue t = obj({{QStringLiteral("key"), str(key)}, {QStringLiteral("operator"), str(op)}});
    if (!value.isEmpty())
        t.insert(QStringLiteral("value"), str(value));
    if (!effect.isEmpty())
        t.insert(QStringLiteral("effect"), str(effect));
    appendTo(*e, QStringLiteral("tolerations"), t);
    return {};
}

EditResult PipelineEditor::setPodLabel(TaskId id, const QString &key, const QString &value)
{
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks have pod labels"));
    ensure(*e, {"podMetadata", "labels"}).insert(key, str(value));
    return {};
}

EditResult PipelineEditor::setPodAnnotation(TaskId id, const QString &key, const QString &value)
{
    YamlValue *e = platformExecutor(id);
    if (!e)
        return EditResult::fail(tr("only container tasks have pod annotations"));
    ensure(*e, {"podMetadata", "annotations"}).insert(key, str(value));
    return {};
}

} // namespace kfw::pipelinespec
