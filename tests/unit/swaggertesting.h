#pragma once

// Checks the simulator's Kubeflow APIs against their upstream Swagger 2.0 documents (KFP's JSON,
// KFAM's YAML), for the tests that call them over HTTP.

#include "cluster/pipelinespec/yamlreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <deque>

namespace kfw::testing {

// One operation of a swagger: its path as a pattern, the schemas of its answers and of its body.
struct SwaggerOperation
{
    QByteArray method;
    QRegularExpression path;
    int parameters = 0;
    QJsonObject responses;
    QJsonObject requestSchema; // of the "in: body" parameter; empty without one
    const QJsonObject *definitions = nullptr;
};

// Checks a JSON value against a swagger schema: every field present must be declared, with its
// JSON type, enum value or format, recursively through $refs.
class SwaggerValidator
{
public:
    // Reads swagger documents, JSON or YAML; a document's paths are under its basePath.
    bool load(const QStringList &files, QString *problem)
    {
        for (const QString &name : files) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                *problem = file.fileName() + u": "_qs + file.errorString();
                return false;
            }
            QJsonObject swagger;
            if (name.endsWith(u".json")) {
                swagger = QJsonDocument::fromJson(file.readAll()).object();
            } else {
                QList<pipelinespec::YamlValue> documents;
                pipelinespec::ReadError error;
                if (!pipelinespec::YamlReader::read(file.readAll(), &documents, &error) ||
                    documents.isEmpty()) {
                    *problem = name + u": "_qs + error.toString();
                    return false;
                }
                swagger = documents.first().toJson().toObject();
            }
            if (!swagger.contains(u"paths")) {
                *problem = name + u": not a swagger document"_qs;
                return false;
            }
            m_definitions.push_back(swagger.value(u"definitions").toObject());
            const QString basePath = swagger.value(u"basePath").toString();
            const QJsonObject paths = swagger.value(u"paths").toObject();
            for (auto p = paths.begin(); p != paths.end(); ++p) {
                static const QRegularExpression parameter(u"\\\\\\{[^}]*\\\\\\}"_qs);
                QString pattern = QRegularExpression::escape(basePath + p.key());
                const int count = int(pattern.count(parameter));
                pattern.replace(parameter, u"[^/:]+"_qs);
                const QJsonObject methods = p.value().toObject();
                for (auto m = methods.begin(); m != methods.end(); ++m) {
                    const QJsonObject operation = m.value().toObject();
                    QJsonObject requestSchema;
                    for (const QJsonValue &param : operation.value(u"parameters").toArray()) {
                        if (param[u"in"].toString() == u"body")
                            requestSchema = param[u"schema"].toObject();
                    }
                    m_operations << SwaggerOperation{
                        m.key().toUpper().toLatin1(),
                        QRegularExpression(u"^"_qs + pattern + u"$"_qs),
                        count,
                        operation.value(u"responses").toObject(),
                        requestSchema,
                        &m_definitions.back()};
                }
            }
        }
        // Literal paths (pipelines/upload) before templated ones (pipelines/{id}).
        std::stable_sort(m_operations.begin(), m_operations.end(),
                         [](const SwaggerOperation &a, const SwaggerOperation &b) {
                             return a.parameters < b.parameters;
                         });
        return true;
    }

    // The problems of a JSON object answer to method on path (without the query), against the
    // schema the swagger gives its status, or its default.
    QStringList check(const QByteArray &method, const QString &path, int status,
                      const QJsonObject &body) const
    {
        const SwaggerOperation *op = find(method, path);
        if (!op)
            return {notInSwagger(method, path)};
        const QJsonObject schema = response(*op, status).value(u"schema").toObject();
        if (schema.isEmpty())
            return {u"no response schema for "_qs + QString::number(status)};
        QStringList problems;
        validate(body, schema, *op->definitions, {}, u"$"_qs, &problems);
        return problems;
    }

    // The problems of an answer as it came over the wire: its status must be declared (or a
    // default); a declared schema wants a JSON body of that shape (a top-level scalar such as
    // `true` included); no schema, no body.
    QStringList checkRaw(const QByteArray &method, const QString &path, int status,
                         const QByteArray &body) const
    {
        const SwaggerOperation *op = find(method, path);
        if (!op)
            return {notInSwagger(method, path)};
        const QJsonObject declared = response(*op, status);
        if (declared.isEmpty())
            return {QStringLiteral("%1 %2: status %3 is not declared")
                        .arg(QString::fromLatin1(method), path)
                        .arg(status)};
        const QJsonObject schema = declared.value(u"schema").toObject();
        if (schema.isEmpty()) {
            if (!body.isEmpty())
                return {u"$: a body where the swagger declares none"_qs};
            return {};
        }
        if (body.trimmed().isEmpty())
            return {u"$: empty, the swagger declares "_qs + describe(schema)};
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &error);
        if (error.error != QJsonParseError::NoError)
            return {u"$: not JSON: "_qs + QString::fromUtf8(body.left(60))};
        QStringList problems;
        validate(doc.array().at(0), schema, *op->definitions, {}, u"$"_qs, &problems);
        return problems;
    }

    // The problems of a request body against the operation's body parameter.
    QStringList checkRequest(const QByteArray &method, const QString &path,
                             const QJsonValue &body) const
    {
        const SwaggerOperation *op = find(method, path);
        if (!op)
            return {notInSwagger(method, path)};
        if (op->requestSchema.isEmpty())
            return {u"$: a body where the swagger declares none"_qs};
        QStringList problems;
        validate(body, op->requestSchema, *op->definitions, {}, u"$"_qs, &problems);
        return problems;
    }

private:
    const SwaggerOperation *find(const QByteArray &method, const QString &path) const
    {
        for (const SwaggerOperation &op : m_operations) {
            if (op.method == method && op.path.match(path).hasMatch())
                return &op;
        }
        return nullptr;
    }

    static QString notInSwagger(const QByteArray &method, const QString &path)
    {
        return QStringLiteral("%1 %2 is not in the swagger").arg(QString::fromLatin1(method), path);
    }

    // The response the swagger declares for a status: its own, else the default.
    static QJsonObject response(const SwaggerOperation &op, int status)
    {
        const QString code = QString::number(status);
        return op.responses.value(op.responses.contains(code) ? code : u"default"_qs).toObject();
    }

    static QString describe(const QJsonObject &schema)
    {
        if (schema.contains(u"$ref"))
            return schema.value(u"$ref").toString().section(u'/', -1);
        return schema.value(u"type").toString();
    }

    static void validate(const QJsonValue &value, QJsonObject schema,
                         const QJsonObject &definitions, QString definition, const QString &where,
                         QStringList *problems)
    {
        if (schema.contains(u"$ref")) {
            definition = schema.value(u"$ref").toString().section(u'/', -1);
            schema = definitions.value(definition).toObject();
            if (schema.isEmpty()) {
                *problems << where + u": unknown definition "_qs + definition;
                return;
            }
        }
        const QString type = schema.value(u"type").toString();
        const auto fail = [&](const QString &what) {
            *problems << where + u": "_qs + what;
        };
        if (schema.contains(u"enum")) {
            if (!schema.value(u"enum").toArray().contains(value))
                fail(u"not a value of the enum "_qs + definition);
            return;
        }
        if (type == u"string") {
            const QString format = schema.value(u"format").toString();
            if (!value.isString())
                fail(u"not a string"_qs);
            else if (format == u"date-time" &&
                     !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
                fail(u"not a date-time: "_qs + value.toString());
            else if (format == u"int64") {
                bool number = false;
                value.toString().toLongLong(&number);
                if (!number)
                    fail(u"not an int64 string: "_qs + value.toString());
            }
        } else if (type == u"integer") {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
                fail(u"not an integer"_qs);
        } else if (type == u"number") {
            if (!value.isDouble())
                fail(u"not a number"_qs);
        } else if (type == u"boolean") {
            if (!value.isBool())
                fail(u"not a boolean"_qs);
        } else if (type == u"array") {
            if (!value.isArray()) {
                fail(u"not an array"_qs);
                return;
            }
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                validate(items.at(i), schema.value(u"items").toObject(), definitions, {},
                         QStringLiteral("%1[%2]").arg(where).arg(i), problems);
        } else if (type == u"object" || schema.contains(u"properties")) {
            if (!value.isObject()) {
                fail(u"not an object"_qs);
                return;
            }
            // An object with neither properties nor additionalProperties is free-form
            // (pipeline_spec, plugins_input).
            const bool freeForm =
                !schema.contains(u"properties") && !schema.contains(u"additionalProperties");
            const QJsonObject properties = schema.value(u"properties").toObject();
            const QJsonObject object = value.toObject();
            for (auto f = object.begin(); f != object.end(); ++f) {
                const QString at = where + u"."_qs + f.key();
                if (properties.contains(f.key()))
                    validate(f.value(), properties.value(f.key()).toObject(), definitions, {}, at,
                             problems);
                else if (schema.value(u"additionalProperties").isObject())
                    validate(f.value(), schema.value(u"additionalProperties").toObject(),
                             definitions, {}, at, problems);
                // KFP's grpc-gateway v1 runtime writes the message a second time as "error",
                // which the swagger's google.rpc.Status does not declare.
                else if (definition == u"googleRpcStatus" && f.key() == u"error" &&
                         f.value().isString())
                    continue;
                else if (!freeForm)
                    *problems << at + u": not declared in "_qs +
                                     (definition.isEmpty() ? u"the schema"_qs : definition);
            }
        } else if (!type.isEmpty()) {
            fail(u"unknown schema type "_qs + type);
        }
        // No type and no properties: anything goes (runtime_config.parameters values).
    }

    std::deque<QJsonObject> m_definitions; // operations point into it
    QList<SwaggerOperation> m_operations;
};

} // namespace kfw::testing
