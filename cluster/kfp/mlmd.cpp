#include "cluster/kfp/mlmd.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QtEndian>

#include <cstring>

namespace kfw::kfp {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("kfw::kfp::MetadataClient", source);
}

// Protocol buffers' wire format, read field by field; a malformed message clears ok.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_at(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at >= m_end; }

    // The next field's number and wire type; false at the end or on an error.
    bool next(quint32 *field, int *wire)
    {
        if (!m_ok || atEnd())
            return false;
        const quint64 key = varint();
        *field = quint32(key >> 3);
        *wire = int(key & 7);
        return m_ok && *field != 0;
    }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_end)
                return fail();
            const auto byte = quint8(*m_at++);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return fail();
    }

    QByteArrayView bytes()
    {
        const quint64 size = varint();
        if (!m_ok || size > quint64(m_end - m_at)) {
            fail();
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(size));
        m_at += size;
        return view;
    }

    double fixed64()
    {
        if (m_end - m_at < 8) {
            fail();
            return 0;
        }
        const quint64 bits = qFromLittleEndian<quint64>(m_at);
        m_at += 8;
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    void skip(int wire)
    {
        switch (wire) {
        case 0:
            varint();
            break;
        case 1:
            fixed64();
            break;
        case 2:
            bytes();
            break;
        case 5:
            if (m_end - m_at < 4)
                fail();
            else
                m_at += 4;
            break;
        default: // groups (3, 4) are not used by these messages
            fail();
        }
    }

    // A field of the wrong wire type spoils the message.
    bool expect(int wire, int wanted)
    {
        if (wire != wanted)
            fail();
        return m_ok;
    }

    // Spoils the message: nothing more is read from it.
    quint64 fail()
    {
        m_ok = false;
        m_at = m_end;
        return 0;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

void writeVarint(QByteArray *out, quint64 value)
{
    while (value >= 0x80) {
        out->append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out->append(char(value));
}

// Walks a message's fields: each(field, wire, reader) reads the fields it knows and returns true,
// the others are skipped. False when the message, or one inside it (inner), is malformed.
template<typename F>
bool readFields(QByteArrayView bytes, F each)
{
    Reader r(bytes);
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        if (!each(field, wire, r))
            r.skip(wire);
    }
    return r.ok();
}

// A length-delimited field read as a message by parse (false: malformed).
template<typename Parse>
bool nested(Reader &r, int wire, Parse parse)
{
    return r.expect(wire, 2) && parse(r.bytes());
}

QString text(Reader &r, int wire)
{
    return r.expect(wire, 2) ? QString::fromUtf8(r.bytes()) : QString();
}

constexpr int kMaxDepth = 64; // deeper than any metadata: refused rather than recursed into

bool structValue(QByteArrayView bytes, QJsonObject *out, int depth);

// google.protobuf.Value
bool jsonValue(QByteArrayView bytes, QJsonValue *out, int depth)
{
    *out = QJsonValue::Null;
    if (depth > kMaxDepth)
        return false;
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        switch (field) {
        case 1: // null_value
            if (r.expect(wire, 0))
                r.varint();
            *out = QJsonValue::Null;
            return true;
        case 2: // number_value
            if (r.expect(wire, 1))
                *out = r.fixed64();
            return true;
        case 3: // string_value
            *out = text(r, wire);
            return true;
        case 4: // bool_value
            if (r.expect(wire, 0))
                *out = r.varint() != 0;
            return true;
        case 5: { // struct_value
            QJsonObject object;
            inner &= nested(r, wire,
                            [&](QByteArrayView b) { return structValue(b, &object, depth + 1); });
            *out = object;
            return true;
        }
        case 6: { // list_value: repeated Value values = 1
            QJsonArray array;
            inner &= nested(r, wire, [&](QByteArrayView b) {
                return readFields(b, [&](quint32 f, int w, Reader &list) {
                    if (f != 1)
                        return false;
                    QJsonValue item;
                    inner &= nested(
                        list, w, [&](QByteArrayView v) { return jsonValue(v, &item, depth + 1); });
                    array.append(item);
                    return true;
                });
            });
            *out = array;
            return true;
        }
        default:
            return false;
        }
    });
    return read && inner;
}

// A map entry: key = 1 (string), value = 2 (a message read by value).
template<typename Value>
bool mapEntry(QByteArrayView bytes, QString *key, Value value)
{
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        if (field == 1)
            *key = text(r, wire);
        else if (field == 2)
            inner &= nested(r, wire, value);
        else
            return false;
        return true;
    });
    return read && inner;
}

// google.protobuf.Struct: map<string, Value> fields = 1.
bool structValue(QByteArrayView bytes, QJsonObject *out, int depth)
{
    if (depth > kMaxDepth)
        return false;
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        if (field != 1)
            return false;
        inner &= nested(r, wire, [&](QByteArrayView entry) {
            QString key;
            QJsonValue value = QJsonValue::Null;
            const bool ok = mapEntry(entry, &key,
                                     [&](QByteArrayView v) { return jsonValue(v, &value, depth); });
            out->insert(key, value);
            return ok;
        });
        return true;
    });
    return read && inner;
}

// ml_metadata.Value. KFP's launcher stores an artifact's metadata list as {"list": [...]} and a
// struct as {"struct": {...}} in struct_value (unwrapped again when unwrap), and a bool as an int;
// an execution's parameters are plain structs.
bool mlmdValue(QByteArrayView bytes, QJsonValue *out, bool unwrap)
{
    *out = QJsonValue::Null;
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        switch (field) {
        case 1: // int_value
            if (r.expect(wire, 0))
                *out = double(qint64(r.varint()));
            return true;
        case 2: // double_value
            if (r.expect(wire, 1))
                *out = r.fixed64();
            return true;
        case 3: // string_value
            *out = text(r, wire);
            return true;
        case 4: { // struct_value
            QJsonObject object;
            inner &= nested(r, wire, [&](QByteArrayView b) { return structValue(b, &object, 0); });
            if (unwrap && object.size() == 1 && object.value(u"list").isArray())
                *out = object.value(u"list");
            else if (unwrap && object.size() == 1 && object.value(u"struct").isObject())
                *out = object.value(u"struct");
            else
                *out = object;
            return true;
        }
        case 6: // bool_value
            if (r.expect(wire, 0))
                *out = r.varint() != 0;
            return true;
        default: // proto_value (Any) and anything newer: not shown
            return false;
        }
    });
    return read && inner;
}

// map<string, ml_metadata.Value> custom_properties, one entry.
bool customProperty(Reader &r, int wire, QJsonObject *into, bool unwrap)
{
    return nested(r, wire, [&](QByteArrayView entry) {
        QString key;
        QJsonValue value = QJsonValue::Null;
        const bool ok =
            mapEntry(entry, &key, [&](QByteArrayView v) { return mlmdValue(v, &value, unwrap); });
        into->insert(key, value);
        return ok;
    });
}

qint64 integer(Reader &r, int wire)
{
    return r.expect(wire, 0) ? qint64(r.varint()) : 0;
}

std::optional<MlmdArtifact> artifact(QByteArrayView bytes)
{
    MlmdArtifact a;
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        switch (field) {
        case 1:
            a.id = integer(r, wire);
            return true;
        case 3:
            a.uri = text(r, wire);
            return true;
        case 5:
            inner &= customProperty(r, wire, &a.customProperties, true);
            return true;
        case 6:
            a.state = int(integer(r, wire));
            return true;
        case 7:
            a.name = text(r, wire);
            return true;
        case 8:
            a.type = text(r, wire);
            return true;
        default:
            return false;
        }
    });
    if (!read || !inner)
        return std::nullopt;
    return a;
}

std::optional<MlmdExecution> execution(QByteArrayView bytes)
{
    MlmdExecution e;
    bool inner = true;
    const bool read = readFields(bytes, [&](quint32 field, int wire, Reader &r) {
        switch (field) {
        case 1:
            e.id = integer(r, wire);
            return true;
        case 3:
            e.state = int(integer(r, wire));
            return true;
        case 5:
            inner &= customProperty(r, wire, &e.customProperties, false);
            return true;
        default:
            return false;
        }
    });
    if (!read || !inner)
        return std::nullopt;
    return e;
}

// Field 1 of a response, each occurrence one message.
template<typename T, typename Parse>
std::optional<QList<T>> repeatedMessages(const QByteArray &message, Parse parse)
{
    QList<T> list;
    const bool read = readFields(message, [&](quint32 field, int wire, Reader &r) {
        if (field != 1)
            return false;
        nested(r, wire, [&](QByteArrayView bytes) {
            std::optional<T> one = parse(bytes);
            if (one)
                list << *one;
            else
                r.fail();
            return true;
        });
        return true;
    });
    if (!read)
        return std::nullopt;
    return list;
}

QString grpcStatusName(int code)
{
    static const char *const names[] = {"OK",
                                        "CANCELLED",
                                        "UNKNOWN",
                                        "INVALID_ARGUMENT",
                                        "DEADLINE_EXCEEDED",
                                        "NOT_FOUND",
                                        "ALREADY_EXISTS",
                                        "PERMISSION_DENIED",
                                        "RESOURCE_EXHAUSTED",
                                        "FAILED_PRECONDITION",
                                        "ABORTED",
                                        "OUT_OF_RANGE",
                                        "UNIMPLEMENTED",
                                        "INTERNAL",
                                        "UNAVAILABLE",
                                        "DATA_LOSS",
                                        "UNAUTHENTICATED"};
    return code >= 0 && code < int(std::size(names)) ? QString::fromLatin1(names[code])
                                                     : QString::number(code);
}

QString grpcError(const QByteArray &status, const QByteArray &message)
{
    const QString said = QUrl::fromPercentEncoding(message.trimmed());
    const QString code = grpcStatusName(status.trimmed().toInt());
    return said.isEmpty() ? text("ML Metadata refused the call (%1)").arg(code)
                          : text("ML Metadata refused the call (%1): %2").arg(code, said);
}

// A text body, cut short, for a message.
QString bodyText(const QByteArray &body)
{
    QString said = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        said += QStringLiteral("…");
    return said;
}

} // namespace

namespace mlmd {

QByteArray idsRequest(const QList<qint64> &ids)
{
    // proto2 repeated scalars are not packed: one key per id.
    QByteArray out;
    for (const qint64 id : ids) {
        writeVarint(&out, (1 << 3) | 0);
        writeVarint(&out, quint64(id));
    }
    return out;
}

QByteArray frame(const QByteArray &message)
{
    QByteArray out(5, '\0');
    qToBigEndian<quint32>(quint32(message.size()), out.data() + 1);
    return out + message;
}

Unframed unframe(const QByteArray &body, const QByteArray &statusHeader,
                 const QByteArray &messageHeader)
{
    Unframed u;
    // A trailers-only answer carries the status in its headers and no frames.
    if (!statusHeader.trimmed().isEmpty() && statusHeader.trimmed() != "0") {
        u.error = grpcError(statusHeader, messageHeader);
        return u;
    }
    qsizetype at = 0;
    bool data = false;
    QByteArray status;
    QByteArray message;
    while (at < body.size()) {
        if (body.size() - at < 5) {
            u.error = text("ML Metadata's answer was cut short; try again.");
            return u;
        }
        const auto flags = quint8(body.at(at));
        const quint32 size = qFromBigEndian<quint32>(body.constData() + at + 1);
        if (quint64(size) > quint64(body.size() - at - 5)) {
            u.error = text("ML Metadata's answer was cut short; try again.");
            return u;
        }
        const QByteArray payload = body.mid(at + 5, size);
        at += 5 + qsizetype(size);
        if (flags & 0x80) {
            for (const QByteArray &line : payload.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "grpc-status")
                    status = line.mid(colon + 1).trimmed();
                else if (name == "grpc-message")
                    message = line.mid(colon + 1).trimmed();
            }
        } else if (flags & 0x01) {
            u.error = text("ML Metadata answered with compression the workbench did not ask for.");
            return u;
        } else if (!data) {
            u.message = payload;
            data = true;
        }
    }
    if (!status.isEmpty() && status != "0") {
        u.message.clear();
        u.error = grpcError(status, message);
    } else if (status.isEmpty() && statusHeader.trimmed().isEmpty()) {
        u.error = text("ML Metadata's answer ended without a status; try again.");
    }
    return u;
}

std::optional<QList<MlmdArtifact>> artifactsResponse(const QByteArray &message)
{
    return repeatedMessages<MlmdArtifact>(message, artifact);
}

std::optional<QList<MlmdExecution>> executionsResponse(const QByteArray &message)
{
    return repeatedMessages<MlmdExecution>(message, execution);
}

} // namespace mlmd

ArtifactLocation artifactLocation(const QString &uri)
{
    const qsizetype scheme = uri.indexOf(u"://");
    if (scheme <= 0)
        return {};
    const QString name = uri.left(scheme).toLower();
    const QString rest = uri.mid(scheme + 3);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0 || slash == rest.size() - 1)
        return {};
    ArtifactLocation l;
    if (name == u"minio" || name == u"s3")
        l.source = name;
    else if (name == u"gs")
        l.source = QStringLiteral("gcs");
    else
        return {};
    l.bucket = rest.left(slash);
    l.key = rest.mid(slash + 1);
    return l;
}

MetadataClient::MetadataClient(std::shared_ptr<const kube::KubeClient> kube, QString metadataPath,
                               QString uiPath)
    : m_kube(std::move(kube))
    , m_metadataPath(std::move(metadataPath))
    , m_uiPath(std::move(uiPath))
{}

QFuture<MetadataClient::Answer<QByteArray>> MetadataClient::call(const QString &method,
                                                                 const QByteArray &message) const
{
    http::Request request;
    request.method = "POST";
    request.url =
        m_kube->url(m_metadataPath + QStringLiteral("/ml_metadata.MetadataStoreService/") + method);
    request.headers = {{"Content-Type", "application/grpc-web+proto"},
                       {"Accept", "application/grpc-web+proto"},
                       {"X-Grpc-Web", "1"}};
    request.body = mlmd::frame(message);
    request.idempotent = true; // reads only
    request.timeout = std::chrono::seconds(60);
    return m_kube->sendRaw(request).then(
        QtFuture::Launch::Sync, [](const http::Response &response) -> Answer<QByteArray> {
            if (response.failure != http::Failure::None)
                return {{}, text("ML Metadata could not be reached: %1").arg(response.error)};
            if (response.status == 404)
                return {{},
                        text("The cluster serves no ML Metadata here (HTTP 404); KFP's "
                             "metadata-envoy-service in the kubeflow namespace is needed to read "
                             "artifacts.")};
            if (response.status == 401 || response.status == 403)
                return {{},
                        text("ML Metadata refused the credentials (HTTP %1): %2")
                            .arg(response.status)
                            .arg(bodyText(response.body))};
            if (response.status != 200)
                return {{},
                        text("ML Metadata answered HTTP %1: %2")
                            .arg(response.status)
                            .arg(bodyText(response.body))};
            const mlmd::Unframed u = mlmd::unframe(response.body, response.header("grpc-status"),
                                                   response.header("grpc-message"));
            return {u.message, u.error};
        });
}

QFuture<MetadataClient::Answer<QList<MlmdArtifact>>>
MetadataClient::artifacts(const QList<qint64> &ids) const
{
    return call(QStringLiteral("GetArtifactsByID"), mlmd::idsRequest(ids))
        .then(QtFuture::Launch::Sync,
              [](const Answer<QByteArray> &a) -> Answer<QList<MlmdArtifact>> {
                  if (!a.ok())
                      return {{}, a.error};
                  std::optional<QList<MlmdArtifact>> list = mlmd::artifactsResponse(a.value);
                  if (!list)
                      return {{}, text("ML Metadata's answer is not a list of artifacts.")};
                  return {*list, {}};
              });
}

QFuture<MetadataClient::Answer<QList<MlmdExecution>>>
MetadataClient::executions(const QList<qint64> &ids) const
{
    return call(QStringLiteral("GetExecutionsByID"), mlmd::idsRequest(ids))
        .then(QtFuture::Launch::Sync,
              [](const Answer<QByteArray> &a) -> Answer<QList<MlmdExecution>> {
                  if (!a.ok())
                      return {{}, a.error};
                  std::optional<QList<MlmdExecution>> list = mlmd::executionsResponse(a.value);
                  if (!list)
                      return {{}, text("ML Metadata's answer is not a list of executions.")};
                  return {*list, {}};
              });
}

kube::LogStream *MetadataClient::download(const QString &uri, const QString &ns, QObject *parent,
                                          QString *error) const
{
    const ArtifactLocation where = artifactLocation(uri);
    if (where.source.isEmpty()) {
        *error = text("%1 is not in an object store KFP's UI reads (minio://, s3:// or gs://).")
                     .arg(uri);
        return nullptr;
    }
    http::Request request;
    request.url = m_kube->url(m_uiPath + QStringLiteral("/artifacts/") + where.source + u'/' +
                                  where.bucket + u'/' + where.key,
                              {{QStringLiteral("namespace"), ns}});
    request.headers = {{"Accept", "*/*"}};
    return m_kube->stream(request, parent);
}

} // namespace kfw::kfp
