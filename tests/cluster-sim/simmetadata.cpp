#include "simmetadata.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QtEndian>

#include <cstring>

namespace kfw::sim {

namespace {

// Protocol buffers written by hand from metadata_store.proto and struct.proto (field numbers
// and wire types), independently of the client's reader.
void varint(QByteArray *out, quint64 value)
{
    while (value >= 0x80) {
        out->append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out->append(char(value));
}

void key(QByteArray *out, int field, int wire)
{
    varint(out, quint64(field) << 3 | quint64(wire));
}

void intField(QByteArray *out, int field, qint64 value)
{
    key(out, field, 0);
    varint(out, quint64(value));
}

void bytesField(QByteArray *out, int field, const QByteArray &bytes)
{
    key(out, field, 2);
    varint(out, quint64(bytes.size()));
    out->append(bytes);
}

void doubleField(QByteArray *out, int field, double value)
{
    key(out, field, 1);
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char raw[8];
    qToLittleEndian(bits, raw);
    out->append(raw, 8);
}

QByteArray protoStruct(const QJsonObject &object);

// google.protobuf.Value
QByteArray protoValue(const QJsonValue &v)
{
    QByteArray out;
    switch (v.type()) {
    case QJsonValue::Double:
        doubleField(&out, 2, v.toDouble());
        break;
    case QJsonValue::String:
        bytesField(&out, 3, v.toString().toUtf8());
        break;
    case QJsonValue::Bool:
        intField(&out, 4, v.toBool() ? 1 : 0);
        break;
    case QJsonValue::Object:
        bytesField(&out, 5, protoStruct(v.toObject()));
        break;
    case QJsonValue::Array: {
        QByteArray list;
        for (const QJsonValue &item : v.toArray())
            bytesField(&list, 1, protoValue(item));
        bytesField(&out, 6, list);
        break;
    }
    default:
        intField(&out, 1, 0); // null_value
    }
    return out;
}

// google.protobuf.Struct: map<string, Value> fields = 1
QByteArray protoStruct(const QJsonObject &object)
{
    QByteArray out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QByteArray entry;
        bytesField(&entry, 1, it.key().toUtf8());
        bytesField(&entry, 2, protoValue(it.value()));
        bytesField(&out, 1, entry);
    }
    return out;
}

// ml_metadata.Value as KFP's launcher converts a metadata value: numbers to double_value, bools
// to int_value, lists and structs wrapped in a struct_value as {"list": ...} / {"struct": ...}.
QByteArray launcherValue(const QJsonValue &v)
{
    QByteArray out;
    switch (v.type()) {
    case QJsonValue::Double:
        doubleField(&out, 2, v.toDouble());
        break;
    case QJsonValue::String:
        bytesField(&out, 3, v.toString().toUtf8());
        break;
    case QJsonValue::Bool:
        intField(&out, 1, v.toBool() ? 1 : 0);
        break;
    case QJsonValue::Array:
        bytesField(&out, 4, protoStruct(QJsonObject{{QStringLiteral("list"), v}}));
        break;
    case QJsonValue::Object:
        bytesField(&out, 4, protoStruct(QJsonObject{{QStringLiteral("struct"), v}}));
        break;
    default:
        break;
    }
    return out;
}

// map<string, ml_metadata.Value> entries of field `field`.
void customProperty(QByteArray *out, int field, const QString &name, const QByteArray &value)
{
    QByteArray entry;
    bytesField(&entry, 1, name.toUtf8());
    bytesField(&entry, 2, value);
    bytesField(out, field, entry);
}

// The ids of a Get...ByIDRequest (field 1, packed or not); false when the bytes are not one.
bool requestIds(const QByteArray &message, QList<qint64> *ids)
{
    const char *at = message.constData();
    const char *end = at + message.size();
    const auto readVarint = [&](quint64 *value) {
        *value = 0;
        for (int shift = 0; shift < 64 && at < end; shift += 7) {
            const auto byte = quint8(*at++);
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    };
    while (at < end) {
        quint64 k = 0;
        if (!readVarint(&k))
            return false;
        const int field = int(k >> 3);
        const int wire = int(k & 7);
        quint64 value = 0;
        if (wire == 0) {
            if (!readVarint(&value))
                return false;
            if (field == 1)
                *ids << qint64(value);
        } else if (wire == 2) {
            if (!readVarint(&value) || value > quint64(end - at))
                return false;
            const char *stop = at + value;
            if (field == 1) {
                while (at < stop) {
                    quint64 id = 0;
                    if (!readVarint(&id))
                        return false;
                    *ids << qint64(id);
                }
            }
            at = stop;
        } else {
            return false; // transaction_options and friends are not sent by KFP's UI
        }
    }
    return true;
}

QByteArray dataFrame(const QByteArray &message, quint8 flags = 0)
{
    QByteArray out(5, '\0');
    out[0] = char(flags);
    qToBigEndian<quint32>(quint32(message.size()), out.data() + 1);
    return out + message;
}

SimMetadata::Answer grpcReply(const QByteArray &message)
{
    return {200,
            "application/grpc-web+proto",
            dataFrame(message) + dataFrame("grpc-status:0\r\ngrpc-message:\r\n", 0x80),
            {}};
}

// A trailers-only answer, as Envoy's grpc-web filter gives for a failed call.
SimMetadata::Answer grpcFailure(int status, const QString &message)
{
    return {200,
            "application/grpc-web+proto",
            {},
            "grpc-status: " + QByteArray::number(status) +
                "\r\ngrpc-message: " + QUrl::toPercentEncoding(message, " ") + "\r\n"};
}

SimMetadata::Answer text(int status, const QString &message)
{
    return {status, "text/html; charset=utf-8", message.toUtf8(), {}};
}

bool isService(const QStringList &segments, const QRegularExpression &service)
{
    return segments.size() >= 7 &&
           segments.mid(0, 5) == QStringList{QStringLiteral("api"), QStringLiteral("v1"),
                                             QStringLiteral("namespaces"),
                                             QStringLiteral("kubeflow"),
                                             QStringLiteral("services")} &&
           service.match(QUrl::fromPercentEncoding(segments.at(5).toUtf8())).hasMatch() &&
           segments.at(6) == QLatin1String("proxy");
}

} // namespace

qint64 SimMetadata::addArtifact(const QString &type, const QString &uri, const QString &ns,
                                const QString &displayName, const QJsonObject &metadata,
                                const QByteArray &content)
{
    Artifact a;
    a.id = m_nextId++;
    a.type = type;
    a.uri = uri;
    a.ns = ns;
    a.customProperties = metadata;
    a.customProperties.insert(QStringLiteral("display_name"), displayName);
    a.content = content;
    m_artifacts.insert(a.id, a);
    return a.id;
}

qint64 SimMetadata::addExecution(const QString &taskName, const QJsonObject &inputs)
{
    Execution e;
    e.id = m_nextId++;
    e.taskName = taskName;
    e.inputs = inputs;
    m_executions.insert(e.id, e);
    return e.id;
}

void SimMetadata::completeExecution(qint64 id, const QJsonObject &outputs)
{
    const auto it = m_executions.find(id);
    if (it == m_executions.end())
        return;
    it->state = 3;
    it->outputs = outputs;
}

bool SimMetadata::isMetadataCall(const QStringList &segments, QString *method)
{
    static const QRegularExpression service(
        QStringLiteral("^(https?:)?metadata-envoy-service(:(9090|md-envoy))?$"));
    QStringList rest = segments;
    if (isService(segments, service))
        rest = segments.mid(7);
    if (rest.size() != 2 || rest.at(0) != QLatin1String("ml_metadata.MetadataStoreService"))
        return false;
    *method = rest.at(1);
    return true;
}

bool SimMetadata::isArtifactRead(const QStringList &segments, QStringList *rest)
{
    static const QRegularExpression service(
        QStringLiteral("^(https?:)?ml-pipeline-ui(:(80|http))?$"));
    QStringList path;
    if (isService(segments, service))
        path = segments.mid(7);
    else if (segments.value(0) == QLatin1String("pipeline"))
        path = segments.mid(1);
    if (path.value(0) != QLatin1String("artifacts") || path.size() < 4)
        return false;
    *rest = path.mid(1);
    return true;
}

SimMetadata::Answer SimMetadata::call(const QString &method, const QByteArray &contentType,
                                      const QByteArray &body) const
{
    ++m_calls;
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "application/grpc-web" && type != "application/grpc-web+proto")
        return text(415, QStringLiteral("Unsupported Media Type: %1 (gRPC-web with binary "
                                        "protocol buffers is served here)")
                             .arg(QString::fromUtf8(contentType)));
    if (body.size() < 5 || quint8(body.at(0)) != 0 ||
        qFromBigEndian<quint32>(body.constData() + 1) != quint32(body.size() - 5))
        return grpcFailure(13, QStringLiteral("grpc: error unmarshalling request: bad frame"));
    if (m_failing)
        return grpcFailure(14, QStringLiteral("upstream connect error or disconnect/reset before "
                                              "headers. reset reason: connection failure"));
    QList<qint64> ids;
    if (!requestIds(body.mid(5), &ids))
        return grpcFailure(13,
                           QStringLiteral("grpc: error unmarshalling request: proto: cannot parse "
                                          "invalid wire-format data"));
    QByteArray response;
    if (method == QLatin1String("GetArtifactsByID")) {
        for (const qint64 id : std::as_const(ids)) {
            const auto it = m_artifacts.constFind(id);
            if (it == m_artifacts.constEnd())
                continue; // MLMD leaves out the ids it does not hold
            QByteArray a;
            intField(&a, 1, it->id);
            intField(&a, 2, 10); // type_id
            bytesField(&a, 3, it->uri.toUtf8());
            for (auto p = it->customProperties.begin(); p != it->customProperties.end(); ++p)
                customProperty(&a, 5, p.key(), launcherValue(p.value()));
            intField(&a, 6, 2); // LIVE
            bytesField(&a, 8, it->type.toUtf8());
            intField(&a, 9, 1700000000000 + it->id);
            bytesField(&response, 1, a);
        }
        return grpcReply(response);
    }
    if (method == QLatin1String("GetExecutionsByID")) {
        for (const qint64 id : std::as_const(ids)) {
            const auto it = m_executions.constFind(id);
            if (it == m_executions.constEnd())
                continue;
            QByteArray e;
            intField(&e, 1, it->id);
            intField(&e, 2, 20); // type_id
            intField(&e, 3, it->state);
            QByteArray name;
            bytesField(&name, 3, it->taskName.toUtf8());
            customProperty(&e, 5, QStringLiteral("task_name"), name);
            // The driver and the launcher keep parameters as plain structs.
            QByteArray inputs;
            bytesField(&inputs, 4, protoStruct(it->inputs));
            customProperty(&e, 5, QStringLiteral("inputs"), inputs);
            if (it->state == 3) {
                QByteArray outputs;
                bytesField(&outputs, 4, protoStruct(it->outputs));
                customProperty(&e, 5, QStringLiteral("outputs"), outputs);
            }
            bytesField(&e, 7, QByteArrayLiteral("system.ContainerExecution"));
            bytesField(&response, 1, e);
        }
        return grpcReply(response);
    }
    return grpcFailure(12, QStringLiteral("unknown method %1 for service "
                                          "ml_metadata.MetadataStoreService")
                               .arg(method));
}

SimMetadata::Answer SimMetadata::read(const QStringList &rest, const QUrlQuery &query,
                                      const std::function<bool(const QString &ns)> &mayView) const
{
    const QString source = rest.value(0);
    const QString bucket = rest.value(1);
    const QString key = QUrl::fromPercentEncoding(rest.mid(2).join(u'/').toUtf8());
    const QString ns = query.queryItemValue(QStringLiteral("namespace"), QUrl::FullyDecoded);
    const QString scheme = source == QLatin1String("gcs") ? QStringLiteral("gs") : source;
    const QString uri = scheme + QStringLiteral("://") + bucket + u'/' + key;
    const Artifact *found = nullptr;
    for (const Artifact &a : m_artifacts) {
        if (a.uri == uri)
            found = &a;
    }
    if (mayView) {
        if (ns.isEmpty())
            return text(400, QStringLiteral("Namespace parameter is required when "
                                            "authentication is enabled"));
        if (!mayView(ns))
            return text(403, QStringLiteral("User is not authorized to GET VIEWERS in namespace "
                                            "%1")
                                 .arg(ns));
        if (found && found->ns != ns)
            return text(403, QStringLiteral("Artifact does not belong to the requested namespace"));
    }
    if (!found)
        return text(404, QStringLiteral("No objects found at %1/%2").arg(bucket, key));
    return {200, "application/octet-stream", found->content, {}};
}

} // namespace kfw::sim
