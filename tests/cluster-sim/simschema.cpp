#include "simschema.h"

#include "cluster/pipelinespec/yamlreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kfw::sim {

FieldValidation fieldValidationFrom(const QString &parameter)
{
    if (parameter == u"Strict")
        return FieldValidation::Strict;
    if (parameter == u"Ignore")
        return FieldValidation::Ignore;
    return FieldValidation::Warn;
}

namespace {

// The fields of ObjectMeta; anything else under metadata is an unknown field.
const QStringList &objectMetaFields()
{
    static const QStringList fields = {u"name"_qs,
                                       u"generateName"_qs,
                                       u"namespace"_qs,
                                       u"selfLink"_qs,
                                       u"uid"_qs,
                                       u"resourceVersion"_qs,
                                       u"generation"_qs,
                                       u"creationTimestamp"_qs,
                                       u"deletionTimestamp"_qs,
                                       u"labels"_qs,
                                       u"annotations"_qs,
                                       u"deletionGracePeriodSeconds"_qs,
                                       u"finalizers"_qs,
                                       u"ownerReferences"_qs,
                                       u"managedFields"_qs};
    return fields;
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Go's %q, which the API server's messages use for strings.
QString goQuote(const QString &text)
{
    QString out = u"\""_qs;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_qs;
        else if (c == u'\t')
            out += u"\\t"_qs;
        else if (c == u'\r')
            out += u"\\r"_qs;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

bool isIntegral(double d)
{
    return std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.2e18;
}

// Go's %v of a JSON number: integers without a fraction, floats at their shortest.
QString numberText(double d)
{
    if (isIntegral(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// A bad value as field.Error prints it.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return goQuote(v.toString());
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return goQuote(u"null"_qs);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// The JSON type of a value as the OpenAPI validator names it. Integral numbers are integers,
// as they are for the server, which decodes whole numbers as int64 (and accepts integral
// floats where an integer is expected).
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u"string"_qs;
    case QJsonValue::Double:
        return isIntegral(v.toDouble()) ? u"integer"_qs : u"number"_qs;
    case QJsonValue::Bool:
        return u"boolean"_qs;
    case QJsonValue::Array:
        return u"array"_qs;
    case QJsonValue::Object:
        return u"object"_qs;
    default:
        return u"null"_qs;
    }
}

// One field.Error: the cause reason, the field path and the message after the path.
struct FieldError
{
    QString reason;
    QString field;
    QString body;
    QString text() const { return field + u": "_qs + body; }
};

FieldError typeInvalid(const QString &path, const QString &actual, const QString &expected)
{
    return {u"FieldValueTypeInvalid"_qs, path,
            QStringLiteral("Invalid value: %1: %2 in body must be of type %3: %1")
                .arg(goQuote(actual), path, expected)};
}

FieldError invalid(const QString &path, const QJsonValue &value, const QString &detail)
{
    return {u"FieldValueInvalid"_qs, path,
            QStringLiteral("Invalid value: %1: %2").arg(valueText(value), detail)};
}

bool validDateTime(const QString &text)
{
    // RFC 3339 and the ISO 8601 shortenings go-openapi's strfmt also accepts.
    static const QRegularExpression re(
        u"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
        "([Zz]|[+-]\\d{2}:?\\d{2})?$"_qs);
    return re.match(text).hasMatch();
}

// Pruning, defaulting and validation of one object against a structural schema. The order and
// the messages follow the apiextensions handler and kube-openapi's validator.
class SchemaWalker
{
public:
    QStringList unknown;
    QList<FieldError> errors;

    void prune(QJsonValue *value, const QJsonObject &schema, const QString &path, bool root)
    {
        if (value->isArray()) {
            const QJsonObject items = schema.value(u"items").toObject();
            if (items.isEmpty())
                return;
            QJsonArray array = value->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue element = array.at(i);
                prune(&element, items, item(path, i), false);
                array.replace(i, element);
            }
            *value = array;
            return;
        }
        if (!value->isObject())
            return;
        QJsonObject object = value->toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        const bool preserve = schema.value(u"x-kubernetes-preserve-unknown-fields").toBool();
        const bool embedded = schema.value(u"x-kubernetes-embedded-resource").toBool();
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            const QString path2 = child(path, key);
            if ((root || embedded) && (key == u"apiVersion" || key == u"kind"))
                continue;
            if ((root || embedded) && key == u"metadata") {
                pruneMetadata(&object, path2);
                continue;
            }
            QJsonObject sub;
            if (properties.contains(key))
                sub = properties.value(key).toObject();
            else if (additional.isObject())
                sub = additional.toObject();
            else if ((additional.isBool() && additional.toBool()) || preserve)
                continue;
            else {
                unknown << path2;
                object.remove(key);
                continue;
            }
            // Nulls where the schema does not allow them are dropped before defaulting.
            if (object.value(key).isNull() && !sub.value(u"nullable").toBool()) {
                object.remove(key);
                continue;
            }
            QJsonValue v = object.value(key);
            prune(&v, sub, path2, false);
            object.insert(key, v);
        }
        *value = object;
    }

    void applyDefaults(QJsonValue *value, const QJsonObject &schema, bool root)
    {
        if (value->isArray()) {
            const QJsonObject items = schema.value(u"items").toObject();
            if (items.isEmpty())
                return;
            QJsonArray array = value->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue element = array.at(i);
                applyDefaults(&element, items, false);
                array.replace(i, element);
            }
            *value = array;
            return;
        }
        if (!value->isObject())
            return;
        QJsonObject object = value->toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonObject sub = it.value().toObject();
            if (!object.contains(it.key()) && sub.contains(u"default"))
                object.insert(it.key(), sub.value(u"default"));
        }
        const QJsonValue additional = schema.value(u"additionalProperties");
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            if (root && key == u"metadata")
                continue;
            QJsonObject sub = properties.value(key).toObject();
            if (!properties.contains(key) && additional.isObject())
                sub = additional.toObject();
            if (sub.isEmpty())
                continue;
            QJsonValue v = object.value(key);
            applyDefaults(&v, sub, false);
            object.insert(key, v);
        }
        *value = object;
    }

    void validate(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                  bool root)
    {
        if (schema.isEmpty())
            return;
        const QString actual = typeName(value);
        const QString type = schema.value(u"type").toString();
        const bool intOrString = schema.value(u"x-kubernetes-int-or-string").toBool();
        if (value.isNull() && schema.value(u"nullable").toBool())
            return;
        const bool typeOk = intOrString ? actual == u"integer" || actual == u"string"
                                        : type.isEmpty() || actual == type ||
                                              (type == u"number" && actual == u"integer");
        if (!typeOk) {
            // The composition validators still run (an int-or-string's anyOf fails too); the
            // ones for strings, numbers, arrays and objects no longer apply.
            errors << typeInvalid(path, actual, intOrString ? u"integer,string"_qs : type);
            validateComposition(value, schema, path);
            return;
        }

        validateComposition(value, schema, path);
        if (value.isString())
            validateString(value.toString(), schema, path);
        if (value.isDouble())
            validateNumber(value.toDouble(), schema, path);
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const QJsonValue maxItems = schema.value(u"maxItems");
            const QJsonValue minItems = schema.value(u"minItems");
            if (maxItems.isDouble() && array.size() > maxItems.toInteger())
                errors << FieldError{u"FieldValueTooMany"_qs, path,
                                     QStringLiteral("Too many: %1: must have at most %2 items")
                                         .arg(array.size())
                                         .arg(maxItems.toInteger())};
            if (minItems.isDouble() && array.size() < minItems.toInteger())
                errors << invalid(path, QJsonValue(qint64(array.size())),
                                  QStringLiteral("%1 in body should have at least %2 items")
                                      .arg(path)
                                      .arg(minItems.toInteger()));
            const QJsonObject items = schema.value(u"items").toObject();
            for (qsizetype i = 0; i < array.size(); ++i)
                validate(array.at(i), items, item(path, i), false);
        }
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            QStringList quoted;
            for (const QJsonValue &a : allowed)
                quoted << goQuote(a.isString() ? a.toString() : valueText(a));
            errors << FieldError{u"FieldValueNotSupported"_qs, path,
                                 QStringLiteral("Unsupported value: %1: supported values: %2")
                                     .arg(valueText(value), quoted.join(u", "_qs))};
        }
        if (value.isObject())
            validateObject(value.toObject(), schema, path, root);
    }

private:
    void pruneMetadata(QJsonObject *object, const QString &path)
    {
        if (!object->value(u"metadata").isObject())
            return;
        QJsonObject metadata = object->value(u"metadata").toObject();
        const QStringList keys = metadata.keys();
        for (const QString &key : keys) {
            if (!objectMetaFields().contains(key)) {
                unknown << child(path, key);
                metadata.remove(key);
            }
        }
        object->insert(u"metadata"_qs, metadata);
    }

    void validateComposition(const QJsonValue &value, const QJsonObject &schema,
                             const QString &path)
    {
        for (const QJsonValue &sub : schema.value(u"allOf").toArray())
            validate(value, sub.toObject(), path, false);
        const auto passes = [&](const QJsonObject &sub) {
            SchemaWalker probe;
            probe.validate(value, sub, path, false);
            return probe.errors.isEmpty();
        };
        const QJsonArray anyOf = schema.value(u"anyOf").toArray();
        if (!anyOf.isEmpty() &&
            std::none_of(anyOf.begin(), anyOf.end(),
                         [&](const QJsonValue &sub) { return passes(sub.toObject()); }))
            errors << invalid(
                path, QString(),
                QStringLiteral("%1 must validate at least one schema (anyOf)").arg(goQuote(path)));
        const QJsonArray oneOf = schema.value(u"oneOf").toArray();
        if (!oneOf.isEmpty() &&
            std::count_if(oneOf.begin(), oneOf.end(),
                          [&](const QJsonValue &sub) { return passes(sub.toObject()); }) != 1)
            errors << invalid(path, QString(),
                              QStringLiteral("%1 must validate one and only one schema (oneOf)")
                                  .arg(goQuote(path)));
    }

    void validateString(const QString &text, const QJsonObject &schema, const QString &path)
    {
        // Lengths count runes, as Go does.
        const qsizetype runes = text.toUcs4().size();
        const QJsonValue maxLength = schema.value(u"maxLength");
        const QJsonValue minLength = schema.value(u"minLength");
        if (maxLength.isDouble() && runes > maxLength.toInteger())
            errors << FieldError{
                u"FieldValueTooLong"_qs, path,
                QStringLiteral("Too long: may not be longer than %1").arg(maxLength.toInteger())};
        if (minLength.isDouble() && runes < minLength.toInteger())
            errors << invalid(path, text,
                              QStringLiteral("%1 in body should be at least %2 chars long")
                                  .arg(path)
                                  .arg(minLength.toInteger()));
        const QString pattern = schema.value(u"pattern").toString();
        if (!pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(text).hasMatch())
                errors << invalid(
                    path, text, QStringLiteral("%1 in body should match '%2'").arg(path, pattern));
        }
        if (schema.value(u"format").toString() == u"date-time" && !validDateTime(text))
            errors << FieldError{u"FieldValueTypeInvalid"_qs, path,
                                 QStringLiteral("Invalid value: %1: %2 in body must be of type "
                                                "date-time: %1")
                                     .arg(goQuote(text), path)};
    }

    void validateNumber(double number, const QJsonObject &schema, const QString &path)
    {
        // int32/int64 formats are not range-checked by the server; only explicit bounds are.
        const QJsonValue minimum = schema.value(u"minimum");
        const QJsonValue maximum = schema.value(u"maximum");
        if (minimum.isDouble()) {
            const bool exclusive = schema.value(u"exclusiveMinimum").toBool();
            if (exclusive ? number <= minimum.toDouble() : number < minimum.toDouble())
                errors << invalid(path, number,
                                  QStringLiteral("%1 in body should be greater than %2%3")
                                      .arg(path, exclusive ? QString() : u"or equal to "_qs,
                                           numberText(minimum.toDouble())));
        }
        if (maximum.isDouble()) {
            const bool exclusive = schema.value(u"exclusiveMaximum").toBool();
            if (exclusive ? number >= maximum.toDouble() : number > maximum.toDouble())
                errors << invalid(path, number,
                                  QStringLiteral("%1 in body should be less than %2%3")
                                      .arg(path, exclusive ? QString() : u"or equal to "_qs,
                                           numberText(maximum.toDouble())));
        }
    }

    void validateObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
                        bool root)
    {
        for (const QJsonValue &required : schema.value(u"required").toArray()) {
            const QString key = required.toString();
            if (!object.contains(key))
                errors << FieldError{u"FieldValueRequired"_qs, child(path, key),
                                     u"Required value"_qs};
        }
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Metadata is checked as ObjectMeta, never by the CRD schema.
            if (root && it.key() == u"metadata")
                continue;
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), child(path, it.key()),
                         false);
            else if (additional.isObject())
                validate(it.value(), additional.toObject(), child(path, it.key()), false);
        }
    }
};

QList<SimPrinterColumn> printerColumns(const QJsonArray &columns)
{
    QList<SimPrinterColumn> result;
    for (const QJsonValue &c : columns) {
        const QJsonObject o = c.toObject();
        SimPrinterColumn column;
        column.name = o.value(u"name").toString();
        column.type = o.value(u"type").toString();
        column.format = o.value(u"format").toString();
        column.description = o.value(u"description").toString();
        // apiextensions.k8s.io/v1 spells it jsonPath, v1beta1 JSONPath.
        column.jsonPath = o.contains(u"jsonPath") ? o.value(u"jsonPath").toString()
                                                  : o.value(u"JSONPath").toString();
        column.priority = o.value(u"priority").toInt();
        result << column;
    }
    return result;
}

} // namespace

bool SimSchemas::load(const QString &dir, QString *error)
{
    const QDir directory(dir);
    if (!directory.exists()) {
        *error = QStringLiteral("%1: no such directory").arg(dir);
        return false;
    }
    const QStringList files = directory.entryList({u"*.yaml"_qs, u"*.yml"_qs, u"*.json"_qs},
                                                  QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        QList<pipelinespec::YamlValue> documents;
        pipelinespec::ReadError readError;
        if (!pipelinespec::YamlReader::read(file.readAll(), &documents, &readError)) {
            readError.file = file.fileName();
            *error = readError.toString();
            return false;
        }
        for (const pipelinespec::YamlValue &document : std::as_const(documents)) {
            const QJsonObject crd = document.toJson().toObject();
            if (crd.value(u"kind").toString() != u"CustomResourceDefinition")
                continue;
            const QJsonObject spec = crd.value(u"spec").toObject();
            const QString group = spec.value(u"group").toString();
            const QString plural = spec.value(u"names").toObject().value(u"plural").toString();
            // The simulator stores each kind under one listed version; a CRD adds versions of a
            // kind it serves, never kinds of its own.
            const SimKind *base = nullptr;
            for (const SimKind &k : simKinds()) {
                if (k.group == group && k.plural == plural)
                    base = &k;
            }
            if (!base)
                continue;
            QJsonArray versions = spec.value(u"versions").toArray();
            if (versions.isEmpty() && spec.contains(u"version")) // apiextensions v1beta1
                versions.append(
                    QJsonObject{{u"name"_qs, spec.value(u"version")}, {u"served"_qs, true}});
            for (const QJsonValue &v : std::as_const(versions)) {
                const QJsonObject version = v.toObject();
                if (!version.value(u"served").toBool(true))
                    continue;
                SimCrdVersion served;
                const QString versionName = version.value(u"name").toString();
                const SimKind *listed = findSimKind(group, versionName, plural);
                if (listed) {
                    served.kind = *listed;
                } else if (!findExtraKind(group, versionName, plural)) {
                    SimKind extra = *base;
                    extra.version = versionName;
                    extra.subresources.clear();
                    const QJsonObject subresources = version.contains(u"subresources")
                                                         ? version.value(u"subresources").toObject()
                                                         : spec.value(u"subresources").toObject();
                    if (subresources.contains(u"status"))
                        extra.subresources << u"status"_qs;
                    m_extraKinds.push_back(extra);
                    served.kind = extra;
                } else {
                    served.kind = *findExtraKind(group, versionName, plural);
                }
                served.schema =
                    version.value(u"schema").toObject().value(u"openAPIV3Schema").toObject();
                if (served.schema.isEmpty())
                    served.schema =
                        spec.value(u"validation").toObject().value(u"openAPIV3Schema").toObject();
                served.columns =
                    printerColumns(version.contains(u"additionalPrinterColumns")
                                       ? version.value(u"additionalPrinterColumns").toArray()
                                       : spec.value(u"additionalPrinterColumns").toArray());
                // A later file replaces an earlier definition of the same version.
                bool replaced = false;
                for (SimCrdVersion &existing : m_versions) {
                    if (existing.kind.id() == served.kind.id() &&
                        existing.kind.version == served.kind.version) {
                        existing = served;
                        replaced = true;
                    }
                }
                if (!replaced)
                    m_versions.push_back(served);
            }
        }
    }
    return true;
}

const SimCrdVersion *SimSchemas::find(const SimKind &kind) const
{
    for (const SimCrdVersion &v : m_versions) {
        if (v.kind.group == kind.group && v.kind.version == kind.version &&
            v.kind.plural == kind.plural)
            return &v;
    }
    return nullptr;
}

const SimKind *SimSchemas::findExtraKind(const QString &group, const QString &version,
                                         const QString &plural) const
{
    for (const SimKind &k : m_extraKinds) {
        if (k.group == group && k.version == version && k.plural == plural)
            return &k;
    }
    return nullptr;
}

SimAdmission SimSchemas::admit(const SimKind &kind, QJsonObject *object, FieldValidation mode) const
{
    SimAdmission admission;
    const SimCrdVersion *version = find(kind);
    if (!version || version->schema.isEmpty())
        return admission;

    SchemaWalker walker;
    QJsonValue value = *object;
    walker.prune(&value, version->schema, {}, true);
    walker.unknown.sort();
    if (!walker.unknown.isEmpty()) {
        QStringList fields;
        for (const QString &path : std::as_const(walker.unknown))
            fields << QStringLiteral("unknown field %1").arg(goQuote(path));
        if (mode == FieldValidation::Strict) {
            // Unknown fields fail decoding, before any validation, as a 400.
            admission.refusal = statusError(
                400, u"BadRequest"_qs,
                QStringLiteral("%1 in version %2 cannot be handled as a %1: strict decoding "
                               "error: %3")
                    .arg(kind.kind, goQuote(kind.version), fields.join(u", "_qs)));
            return admission;
        }
        if (mode == FieldValidation::Warn)
            admission.warnings = fields;
    }
    walker.applyDefaults(&value, version->schema, true);
    *object = value.toObject();

    walker.validate(value, version->schema, {}, true);
    if (walker.errors.isEmpty())
        return admission;
    // The aggregate drops repeated messages, as field.ErrorList.ToAggregate() does.
    QStringList messages;
    QJsonArray causes;
    for (const FieldError &e : std::as_const(walker.errors)) {
        if (messages.contains(e.text()))
            continue;
        messages << e.text();
        causes.append(
            QJsonObject{{u"reason"_qs, e.reason}, {u"message"_qs, e.body}, {u"field"_qs, e.field}});
    }
    const QString name = object->value(u"metadata").toObject().value(u"name").toString();
    const QString qualified = kind.group.isEmpty() ? kind.kind : kind.kind + u'.' + kind.group;
    const QString list =
        messages.size() == 1 ? messages.first() : u'[' + messages.join(u", "_qs) + u']';
    QJsonObject details{{u"name"_qs, name}, {u"kind"_qs, kind.kind}, {u"causes"_qs, causes}};
    if (!kind.group.isEmpty())
        details.insert(u"group"_qs, kind.group);
    admission.refusal = statusError(
        422, u"Invalid"_qs,
        QStringLiteral("%1 %2 is invalid: %3").arg(qualified, goQuote(name), list), details);
    return admission;
}

} // namespace kfw::sim
