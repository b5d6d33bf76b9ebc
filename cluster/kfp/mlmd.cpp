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

private:
    quint64 fail()
    {
        m_ok = false;
        m_at = m_end;
        return 0;
    }

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

QJsonValue structValue(QByteArrayView bytes, bool *ok, int depth);

// google.protobuf.Value
QJsonValue jsonValue(QByteArrayView bytes, bool *ok, int depth)
{
    Reader r(bytes);
    QJsonValue value = QJsonValue::Null;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        switch (field) {
        case 1: // null_value
            if (r.expect(wire, 0))
                r.varint();
            value = QJsonValue::Null;
            break;
        case 2: // number_value
            if (r.expect(wire, 1))
                value = r.fixed64();
            break;
        case 3: // string_value
            if (r.expect(wire, 2))
                value = QString::fromUtf8(r.bytes());
            break;
        case 4: // bool_value
            if (r.expect(wire, 0))
                value = r.varint() != 0;
            break;
        case 5: // struct_value
            if (r.expect(wire, 2))
                value = structValue(r.bytes(), ok, depth + 1);
            break;
        case 6: { // list_value: repeated Value values = 1
            if (!r.expect(wire, 2))
                break;
            Reader list(r.bytes());
            QJsonArray array;
            quint32 f = 0;
            int w = 0;
            while (list.next(&f, &w)) {
                if (f == 1 && list.expect(w, 2))
                    array.append(depth > 64 ? QJsonValue()
                                            : jsonValue(list.bytes(), ok, depth + 1));
                else
                    list.skip(w);
            }
            if (!list.ok())
                *ok = false;
            value = array;
            break;
        }
        default:
            r.skip(wire);
        }
    }
    if (!r.ok())
        *ok = false;
    return value;
}

// google.protobuf.Struct: map<string, Value> fields = 1.
QJsonValue structValue(QByteArrayView bytes, bool *ok, int depth)
{
    if (depth > 64) { // deeper than any metadata; refuse rather than recurse without end
        *ok = false;
        return {};
    }
    Reader r(bytes);
    QJsonObject object;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        if (field != 1 || !r.expect(wire, 2)) {
            r.skip(wire);
            continue;
        }
        Reader entry(r.bytes());
        QString key;
        QJsonValue value = QJsonValue::Null;
        quint32 f = 0;
        int w = 0;
        while (entry.next(&f, &w)) {
            if (f == 1 && entry.expect(w, 2))
                key = QString::fromUtf8(entry.bytes());
            else if (f == 2 && entry.expect(w, 2))
                value = jsonValue(entry.bytes(), ok, depth);
            else
                entry.skip(w);
        }
        if (!entry.ok())
            *ok = false;
        object.insert(key, value);
    }
    if (!r.ok())
        *ok = false;
    return object;
}

// ml_metadata.Value. KFP's launcher stores an artifact's metadata list as {"list": [...]} and a
// struct as {"struct": {...}} in struct_value (unwrapped again when unwrap), and a bool as an int;
// an execution's parameters are plain structs.
QJsonValue mlmdValue(QByteArrayView bytes, bool *ok, bool unwrap)
{
    Reader r(bytes);
    QJsonValue value = QJsonValue::Null;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        switch (field) {
        case 1: // int_value
            if (r.expect(wire, 0))
                value = double(qint64(r.varint()));
            break;
        case 2: // double_value
            if (r.expect(wire, 1))
                value = r.fixed64();
            break;
        case 3: // string_value
            if (r.expect(wire, 2))
                value = QString::fromUtf8(r.bytes());
            break;
        case 4: { // struct_value
            if (!r.expect(wire, 2))
                break;
            const QJsonObject object = structValue(r.bytes(), ok, 0).toObject();
            if (unwrap && object.size() == 1 && object.value(u"list").isArray())
                value = object.value(u"list");
            else if (unwrap && object.size() == 1 && object.value(u"struct").isObject())
                value = object.value(u"struct");
            else
                value = object;
            break;
        }
        case 6: // bool_value
            if (r.expect(wire, 0))
                value = r.varint() != 0;
            break;
        default: // proto_value (Any) and anything newer: not shown
            r.skip(wire);
        }
    }
    if (!r.ok())
        *ok = false;
    return value;
}

// map<string, ml_metadata.Value> entry
void mapEntry(QByteArrayView bytes, QJsonObject *into, bool *ok, bool unwrap)
{
    Reader r(bytes);
    QString key;
    QJsonValue value = QJsonValue::Null;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        if (field == 1 && r.expect(wire, 2))
            key = QString::fromUtf8(r.bytes());
        else if (field == 2 && r.expect(wire, 2))
            value = mlmdValue(r.bytes(), ok, unwrap);
        else
            r.skip(wire);
    }
    if (!r.ok())
        *ok = false;
    into->insert(key, value);
}

std::optional<MlmdArtifact> artifact(QByteArrayView bytes)
{
    Reader r(bytes);
    MlmdArtifact a;
    bool ok = true;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        switch (field) {
        case 1:
            if (r.expect(wire, 0))
                a.id = qint64(r.varint());
            break;
        case 3:
            if (r.expect(wire, 2))
                a.uri = QString::fromUtf8(r.bytes());
            break;
        case 5:
            if (r.expect(wire, 2))
                mapEntry(r.bytes(), &a.customProperties, &ok, true);
            break;
        case 6:
            if (r.expect(wire, 0))
                a.state = int(r.varint());
            break;
        case 7:
            if (r.expect(wire, 2))
                a.name = QString::fromUtf8(r.bytes());
            break;
        case 8:
            if (r.expect(wire, 2))
                a.type = QString::fromUtf8(r.bytes());
            break;
        default:
            r.skip(wire);
        }
    }
    if (!r.ok() || !ok)
        return std::nullopt;
    return a;
}

std::optional<MlmdExecution> execution(QByteArrayView bytes)
{
    Reader r(bytes);
    MlmdExecution e;
    bool ok = true;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        switch (field) {
        case 1:
            if (r.expect(wire, 0))
                e.id = qint64(r.varint());
            break;
        case 3:
            if (r.expect(wire, 0))
                e.state = int(r.varint());
            break;
        case 5:
            if (r.expect(wire, 2))
                mapEntry(r.bytes(), &e.customProperties, &ok, false);
            break;
        default:
            r.skip(wire);
        }
    }
    if (!r.ok() || !ok)
        return std::nullopt;
    return e;
}

// Field 1 of a response, each occurrence one message.
template<typename T, typename Parse>
std::optional<QList<T>> repeatedMessages(const QByteArray &message, Parse parse)
{
    Reader r(message);
    QList<T> list;
    quint32 field = 0;
    int wire = 0;
    while (r.next(&field, &wire)) {
        if (field == 1 && r.expect(wire, 2)) {
            std::optional<T> one = parse(r.bytes());
            if (!one)
                return std::nullopt;
            list << *one;
        } else {
            r.skip(wire);
        }
    }
    if (!r.ok())
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

QFuture<MetadataClient::Answer<QByteArray>> MetadataClient::read(const QString &uri,
                                                                 const QString &ns) const
{
    const ArtifactLocation where = artifactLocation(uri);
    if (where.source.isEmpty()) {
        return QtFuture::makeReadyFuture(Answer<QByteArray>{
            {},
            text("%1 is not in an object store KFP's UI reads (minio://, s3:// or gs://).")
                .arg(uri)});
    }
    http::Request request;
    request.url = m_kube->url(m_uiPath + QStringLiteral("/artifacts/") + where.source + u'/' +
                                  where.bucket + u'/' + where.key,
                              {{QStringLiteral("namespace"), ns}});
    request.headers = {{"Accept", "*/*"}};
    request.timeout = std::chrono::minutes(10);
    return m_kube->sendRaw(request).then(
        QtFuture::Launch::Sync, [uri](const http::Response &response) -> Answer<QByteArray> {
            if (response.failure != http::Failure::None)
                return {{}, text("KFP's UI could not be reached: %1").arg(response.error)};
            if (response.status != 200)
                return {{},
                        text("KFP's UI did not hand out %1 (HTTP %2): %3")
                            .arg(uri)
                            .arg(response.status)
                            .arg(bodyText(response.body))};
            return {response.body, {}};
        });
}

} // namespace kfw::kfp
