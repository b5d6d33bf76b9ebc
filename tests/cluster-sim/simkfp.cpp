#include "simkfp.h"

#include "cluster/pipelinespec/yamlreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace kfw::sim {

namespace {

// grpc codes KFP answers with, and the HTTP status grpc-gateway maps each to.
enum class Grpc
{
    InvalidArgument = 3,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    FailedPrecondition = 9,
    Unauthenticated = 16
};

int httpStatusOf(Grpc code)
{
    switch (code) {
    case Grpc::InvalidArgument:
    case Grpc::FailedPrecondition:
        return 400;
    case Grpc::NotFound:
        return 404;
    case Grpc::AlreadyExists:
        return 409;
    case Grpc::PermissionDenied:
        return 403;
    case Grpc::Unauthenticated:
        return 401;
    }
    return 500;
}

// KFP's API server runs grpc-gateway v1, whose error body repeats the message as "error" next
// to google.rpc.Status's code, message and details.
SimKfp::Reply error(Grpc code, const QString &message)
{
    return {httpStatusOf(code), QJsonObject{{u"error"_qs, message},
                                            {u"code"_qs, int(code)},
                                            {u"message"_qs, message},
                                            {u"details"_qs, QJsonArray{}}}};
}

SimKfp::Reply ok(const QJsonObject &body = {})
{
    return {200, body};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The JSON (or YAML, as `kfp dsl compile` writes) pipeline spec of a body or an uploaded file.
// Two documents are a pipeline spec and its platform spec, which KFP keeps side by side.
std::optional<QJsonObject> parseSpec(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        return doc.object();
    QList<pipelinespec::YamlValue> docs;
    pipelinespec::ReadError yamlError;
    if (!pipelinespec::YamlReader::read(bytes, &docs, &yamlError) || docs.isEmpty() ||
        !docs.first().toJson().isObject())
        return std::nullopt;
    if (docs.size() == 1)
        return docs.first().toJson().toObject();
    return QJsonObject{{u"pipeline_spec"_qs, docs.at(0).toJson()},
                       {u"platform_spec"_qs, docs.at(1).toJson()}};
}

// The part named `field` of a multipart/form-data body.
std::optional<QByteArray> formField(const QByteArray &contentType, const QByteArray &body,
                                    const QByteArray &field)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return std::nullopt;
    QByteArray boundary = contentType.mid(at + 9);
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
        boundary.truncate(semicolon);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype headStart = pos + delimiter.size() + 2; // past CRLF
        const qsizetype headEnd = body.indexOf("\r\n\r\n", headStart);
        if (headEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headEnd);
        if (next < 0)
            return std::nullopt;
        const QByteArray head = body.mid(headStart, headEnd - headStart);
        if (head.contains(QByteArray("name=\"" + field + '"')))
            return body.mid(headEnd + 4, next - headEnd - 4);
        pos = next + 2;
    }
    return std::nullopt;
}

// The root DAG tasks of a pipeline spec, in name order.
QStringList rootTasks(const QJsonObject &spec)
{
    const QJsonObject inner =
        spec.value(u"pipeline_spec").isObject() ? spec.value(u"pipeline_spec").toObject() : spec;
    return inner.value(u"root")
        .toObject()
        .value(u"dag")
        .toObject()
        .value(u"tasks")
        .toObject()
        .keys();
}

QString specName(const QJsonObject &spec)
{
    const QJsonObject inner =
        spec.value(u"pipeline_spec").isObject() ? spec.value(u"pipeline_spec").toObject() : spec;
    return inner.value(u"pipelineInfo").toObject().value(u"name").toString();
}

QJsonObject *findById(QList<QJsonObject> &list, QStringView idKey, const QString &id)
{
    for (QJsonObject &o : list) {
        if (o.value(idKey).toString() == id)
            return &o;
    }
    return nullptr;
}

// A field a filter or sort key names: KFP's "name" is the display name where a kind has no
// separate name, and its ids are spelt "id".
QJsonValue fieldOf(const QJsonObject &o, const QString &key, QStringView idKey)
{
    if (key == u"id")
        return o.value(idKey);
    if (key == u"name" && !o.contains(u"name"))
        return o.value(u"display_name");
    if (key == u"display_name" && !o.contains(u"display_name"))
        return o.value(u"name");
    return o.value(key);
}

bool lessThan(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() || b.isDouble())
        return a.toDouble() < b.toDouble();
    return a.toString() < b.toString();
}

// One predicate of filter.swagger.json's v2beta1Filter.
std::optional<bool> matches(const QJsonObject &o, const QJsonObject &predicate, QStringView idKey,
                            QString *problem)
{
    static const QStringList operations = {
        u"OPERATION_UNSPECIFIED"_qs, u"EQUALS"_qs,    u"NOT_EQUALS"_qs,       u"GREATER_THAN"_qs,
        u"GREATER_THAN_EQUALS"_qs,   u"LESS_THAN"_qs, u"LESS_THAN_EQUALS"_qs, u"IN"_qs,
        u"IS_SUBSTRING"_qs};
    const QJsonValue opValue = predicate.value(u"operation");
    const QString op = opValue.isDouble() ? operations.value(opValue.toInt()) : opValue.toString();
    const QString key = predicate.value(u"key").toString();
    QJsonValue actual = fieldOf(o, key, idKey);
    QJsonValue wanted;
    QJsonArray wantedList;
    if (predicate.contains(u"string_value")) {
        wanted = predicate.value(u"string_value");
    } else if (predicate.contains(u"int_value")) {
        wanted = predicate.value(u"int_value").toDouble();
        actual = actual.toVariant().toDouble();
    } else if (predicate.contains(u"long_value")) {
        wanted = predicate.value(u"long_value").toVariant().toDouble();
        actual = actual.toVariant().toDouble();
    } else if (predicate.contains(u"timestamp_value")) {
        const auto seconds = [](const QJsonValue &v) {
            return double(QDateTime::fromString(v.toString(), Qt::ISODate).toSecsSinceEpoch());
        };
        wanted = seconds(predicate.value(u"timestamp_value"));
        actual = seconds(actual);
    } else {
        for (const QString &values : {u"string_values"_qs, u"int_values"_qs, u"long_values"_qs}) {
            if (predicate.contains(values))
                wantedList = predicate.value(values).toObject().value(u"values").toArray();
        }
    }
    if (op == u"EQUALS")
        return actual.toVariant() == wanted.toVariant();
    if (op == u"NOT_EQUALS")
        return actual.toVariant() != wanted.toVariant();
    if (op == u"GREATER_THAN")
        return lessThan(wanted, actual);
    if (op == u"GREATER_THAN_EQUALS")
        return !lessThan(actual, wanted);
    if (op == u"LESS_THAN")
        return lessThan(actual, wanted);
    if (op == u"LESS_THAN_EQUALS")
        return !lessThan(wanted, actual);
    if (op == u"IS_SUBSTRING")
        return actual.toString().contains(wanted.toString());
    if (op == u"IN") {
        for (const QJsonValue &v : std::as_const(wantedList)) {
            if (v.toVariant().toString() == actual.toVariant().toString())
                return true;
        }
        return false;
    }
    *problem = QStringLiteral("Invalid filter operation: %1").arg(op);
    return std::nullopt;
}

// A list answer: namespace and filter, sort_by, then a page from page_token and page_size.
// The token is the offset of the page, which is all a test or the app needs of KFP's opaque one.
SimKfp::Reply listOf(QList<QJsonObject> items, const QUrlQuery &query, const QString &itemsKey,
                     QStringView idKey)
{
    const QString filterText = query.queryItemValue(u"filter"_qs, QUrl::FullyDecoded).trimmed();
    if (!filterText.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument filter = QJsonDocument::fromJson(filterText.toUtf8(), &parseError);
        if (!filter.isObject())
            return error(Grpc::InvalidArgument,
                         QStringLiteral("Invalid input error: Failed to parse valid filter from "
                                        "%1: %2")
                             .arg(filterText, parseError.errorString()));
        const QJsonArray predicates = filter.object().value(u"predicates").toArray();
        QString problem;
        QList<QJsonObject> kept;
        for (const QJsonObject &o : std::as_const(items)) {
            bool keep = true;
            for (const QJsonValue &p : predicates) {
                const std::optional<bool> m = matches(o, p.toObject(), idKey, &problem);
                if (!m)
                    return error(Grpc::InvalidArgument,
                                 QStringLiteral("Invalid input error: %1").arg(problem));
                keep = keep && *m;
            }
            if (keep)
                kept << o;
        }
        items = kept;
    }

    const QString sortBy = query.queryItemValue(u"sort_by"_qs, QUrl::FullyDecoded).trimmed();
    if (!sortBy.isEmpty()) {
        const QStringList words = sortBy.split(u' ', Qt::SkipEmptyParts);
        const QString key = words.value(0);
        const bool descending = words.value(1) == u"desc";
        static const QStringList sortable = {u"name"_qs, u"display_name"_qs, u"created_at"_qs,
                                             u"id"_qs,   u"finished_at"_qs,  u"state"_qs};
        if (!sortable.contains(key) || words.size() > 2 ||
            (words.size() == 2 && words.at(1) != u"desc" && words.at(1) != u"asc"))
            return error(
                Grpc::InvalidArgument,
                QStringLiteral("Invalid input error: Invalid sorting field: \"%1\"").arg(sortBy));
        std::stable_sort(items.begin(), items.end(),
                         [&](const QJsonObject &a, const QJsonObject &b) {
                             const QJsonValue va = fieldOf(a, key, idKey);
                             const QJsonValue vb = fieldOf(b, key, idKey);
                             return descending ? lessThan(vb, va) : lessThan(va, vb);
                         });
    }

    qsizetype offset = 0;
    const QString token = query.queryItemValue(u"page_token"_qs, QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(token.toLatin1());
        bool valid = decoded.startsWith("offset:");
        offset = valid ? decoded.mid(7).toLongLong(&valid) : 0;
        if (!valid || offset < 0 || offset > items.size())
            return error(Grpc::InvalidArgument,
                         QStringLiteral("Invalid input error: Invalid package token."));
    }
    const int pageSize = query.queryItemValue(u"page_size"_qs).toInt();
    const qsizetype count = pageSize > 0 ? pageSize : 20; // KFP's default page size
    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && i < offset + count; ++i)
        page.append(items.at(i));
    QJsonObject body{{u"total_size"_qs, int(items.size())}};
    // grpc-gateway leaves out empty repeated fields and empty strings.
    if (!page.isEmpty())
        body.insert(itemsKey, page);
    if (offset + count < items.size())
        body.insert(u"next_page_token"_qs,
                    QString::fromLatin1(
                        QByteArray("offset:" + QByteArray::number(offset + count)).toBase64()));
    return ok(body);
}

QList<QJsonObject> inNamespace(const QList<QJsonObject> &items, const QUrlQuery &query)
{
    if (!query.hasQueryItem(u"namespace"_qs))
        return items;
    const QString ns = query.queryItemValue(u"namespace"_qs);
    QList<QJsonObject> kept;
    for (const QJsonObject &o : items) {
        if (o.value(u"namespace").toString() == ns)
            kept << o;
    }
    return kept;
}

} // namespace

SimKfp::Route SimKfp::route(const QStringList &segments)
{
    // A service is named for the proxy as [scheme:]name[:port], the port by number or name;
    // clients may percent-encode the colons.
    static const QRegularExpression service(u"^(https?:)?ml-pipeline(:(8888|http))?$"_qs);
    Route r;
    QStringList rest = segments;
    if (segments.size() >= 7 &&
        segments.mid(0, 5) ==
            QStringList{u"api"_qs, u"v1"_qs, u"namespaces"_qs, u"kubeflow"_qs, u"services"_qs} &&
        service.match(QUrl::fromPercentEncoding(segments.at(5).toUtf8())).hasMatch() &&
        segments.at(6) == u"proxy") {
        r.proxied = true;
        rest = segments.mid(7);
    }
    if (rest.value(0) == u"apis" && rest.value(1) == u"v2beta1") {
        r.matched = true;
        r.rest = rest.mid(2);
    }
    return r;
}

SimKfp::SimKfp(QObject *parent)
    : QObject(parent)
{}

SimKfp::~SimKfp() = default;

SimKfp::Reply SimKfp::missingIdentity()
{
    return error(Grpc::Unauthenticated,
                 u"Failed to authorize with API: Unauthenticated: Request header error: there is "
                 "no user identity header."_qs);
}

std::optional<SimKfp::Reply> SimKfp::authorize(const QByteArray &method, const QStringList &rest,
                                               QUrlQuery *query, const QByteArray &body,
                                               const Caller &caller) const
{
    // KFP authorises against the resource types of its RBAC rules; recurring runs are "jobs".
    static const QHash<QString, QString> resources = {{u"pipelines"_qs, u"pipelines"_qs},
                                                      {u"experiments"_qs, u"experiments"_qs},
                                                      {u"runs"_qs, u"runs"_qs},
                                                      {u"recurringruns"_qs, u"jobs"_qs}};
    const QString collection = rest.value(0).section(u':', 0, 0);
    if (!resources.contains(collection))
        return std::nullopt; // healthz, and paths the handlers answer 404
    const QString resource = resources.value(collection);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const auto namespaceIn = [](const QList<QJsonObject> &list, QStringView idKey,
                                const QString &id) -> std::optional<QString> {
        for (const QJsonObject &o : list) {
            if (o.value(idKey).toString() == id)
                return o.value(u"namespace").toString();
        }
        return std::nullopt;
    };
    const auto namespaceOfRun = [&](const QString &id) -> std::optional<QString> {
        for (const QJsonObject &r : m_runs) {
            if (r.value(u"run_id").toString() == id)
                return namespaceOfExperiment(r.value(u"experiment_id").toString());
        }
        return std::nullopt;
    };
    const auto verbOf = [&](const QString &action) {
        if (!action.isEmpty())
            return action;
        return method == "GET" ? u"get"_qs : QString::fromLatin1(method).toLower();
    };

    QString verb;
    std::optional<QString> ns;
    const QString id = rest.value(1).section(u':', 0, 0);
    const QString action = rest.value(1).section(u':', 1);
    if (rest.size() == 1) {
        verb = method == "GET" ? u"list"_qs : u"create"_qs;
        // Runs and recurring runs are in their experiment's namespace; an unknown experiment is
        // for the handler to refuse.
        const QString experiment =
            method == "GET"
                ? query->queryItemValue(u"experiment_id"_qs)
                : json.value(u"experiment_id").toString(query->queryItemValue(u"experiment_id"_qs));
        if ((collection == u"runs" || collection == u"recurringruns") && !experiment.isEmpty()) {
            ns = namespaceIn(m_experiments, u"experiment_id", experiment);
            if (!ns)
                return std::nullopt;
        } else if (method == "GET" && query->hasQueryItem(u"namespace"_qs)) {
            ns = query->queryItemValue(u"namespace"_qs);
        } else if (method == "GET" && collection == u"pipelines") {
            // A list of pipelines without a namespace is of the shared ones only.
            query->addQueryItem(u"namespace"_qs, QString());
            ns = QString();
        } else if (method == "POST" && collection != u"runs") {
            ns = json.value(u"namespace").toString();
        }
    } else if (collection == u"pipelines") {
        if (id == u"create" && method == "POST") {
            verb = u"create"_qs;
            ns = json.value(u"pipeline").toObject().value(u"namespace").toString();
        } else if (id == u"upload" && method == "POST") {
            verb = u"create"_qs;
            ns = query->queryItemValue(u"namespace"_qs);
        } else if (id == u"upload_version" && method == "POST") {
            verb = u"create"_qs;
            ns = namespaceIn(m_pipelines, u"pipeline_id", query->queryItemValue(u"pipelineid"_qs));
        } else if (id == u"names") {
            verb = u"get"_qs;
            ns = query->queryItemValue(u"namespace"_qs);
        } else {
            // pipelines/{id}[/versions[/{vid}]]
            verb = rest.size() == 3 ? (method == "GET" ? u"list"_qs : u"create"_qs) : verbOf({});
            ns = namespaceIn(m_pipelines, u"pipeline_id", id);
        }
        if (!ns)
            return std::nullopt; // no such pipeline: the handler answers NOT_FOUND
    } else {
        verb = verbOf(action);
        if (collection == u"experiments")
            ns = namespaceIn(m_experiments, u"experiment_id", id);
        else if (collection == u"runs")
            ns = namespaceOfRun(id);
        else
            ns = namespaceIn(m_recurringRuns, u"recurring_run_id", id);
        if (!ns)
            return std::nullopt; // not found: the handler says so
    }
    // Pipelines outside any namespace are shared: every user may use them.
    if (collection == u"pipelines" && ns && ns->isEmpty())
        return std::nullopt;
    if (!ns || (rest.size() == 1 && ns->isEmpty()))
        return error(Grpc::InvalidArgument,
                     QStringLiteral("Invalid input error: In multi-user mode, a namespace (or an "
                                    "experiment in one) is required to %1 %2")
                         .arg(verb, resource));
    if (caller.allowed && caller.allowed(verb, resource, *ns))
        return std::nullopt;
    return error(Grpc::PermissionDenied,
                 QStringLiteral("Failed to authorize with API: PermissionDenied: User '%1' is not "
                                "authorized with reason:  (request: &ResourceAttributes{"
                                "Namespace:%2,Verb:%3,Group:pipelines.kubeflow.org,"
                                "Version:v1beta1,Resource:%4,Subresource:,Name:%5,})")
                     .arg(caller.user, *ns, verb, resource, rest.size() > 1 ? id : QString()));
}

SimKfp::Reply SimKfp::handle(const QByteArray &method, const QStringList &rest,
                             const QUrlQuery &callerQuery, const QByteArray &contentType,
                             const QByteArray &body, const Caller *caller)
{
    QUrlQuery query = callerQuery;
    if (caller) {
        if (std::optional<Reply> refused = authorize(method, rest, &query, body, *caller))
            return *refused;
    }
    const QString collection = rest.value(0).section(u':', 0, 0);
    if (rest == QStringList{u"healthz"_qs} && method == "GET")
        return ok(QJsonObject{{u"multi_user"_qs, true}, {u"pipeline_store"_qs, u"database"_qs}});
    if (collection == u"pipelines")
        return pipelines(method, rest.mid(1), query, contentType, body);

    QJsonObject json;
    if (method == "POST" && !body.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject())
            return error(Grpc::InvalidArgument,
                         QStringLiteral("invalid character in request body: %1")
                             .arg(parseError.errorString()));
        json = doc.object();
    }
    if (collection == u"experiments")
        return experiments(method, rest.mid(1), query, json);
    if (collection == u"runs")
        return runs(method, rest.mid(1), query, json);
    if (collection == u"recurringruns")
        return recurringRuns(method, rest.mid(1), query, json);
    return error(Grpc::NotFound, u"Not Found"_qs);
}

// pipelines, pipelines/create, pipelines/upload, pipelines/upload_version, pipelines/names/{n},
// pipelines/{id}, pipelines/{id}/versions, pipelines/{id}/versions/{vid}.
SimKfp::Reply SimKfp::pipelines(const QByteArray &method, const QStringList &rest,
                                const QUrlQuery &query, const QByteArray &contentType,
                                const QByteArray &body)
{
    const auto jsonBody = [&]() -> std::optional<QJsonObject> {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return std::nullopt;
        return doc.object();
    };
    const QString invalidBody = u"Invalid input error: the request body is not a JSON object"_qs;

    if (rest.isEmpty() && method == "GET")
        return listOf(inNamespace(m_pipelines, query), query, u"pipelines"_qs, u"pipeline_id");
    if (rest.isEmpty() && method == "POST") {
        const std::optional<QJsonObject> json = jsonBody();
        return json ? createPipeline(*json, {}) : error(Grpc::InvalidArgument, invalidBody);
    }
    if (rest == QStringList{u"create"_qs} && method == "POST") {
        const std::optional<QJsonObject> json = jsonBody();
        if (!json)
            return error(Grpc::InvalidArgument, invalidBody);
        return createPipeline(json->value(u"pipeline").toObject(),
                              json->value(u"pipeline_version").toObject());
    }
    if ((rest == QStringList{u"upload"_qs} || rest == QStringList{u"upload_version"_qs}) &&
        method == "POST") {
        const std::optional<QByteArray> file = formField(contentType, body, "uploadfile");
        if (!file)
            return error(Grpc::InvalidArgument,
                         u"Failed to create a pipeline due to error parsing pipeline spec "
                         "filename: http: no such file"_qs);
        const std::optional<QJsonObject> spec = parseSpec(*file);
        if (!spec)
            return error(Grpc::InvalidArgument,
                         u"Failed to create a pipeline due to error reading pipeline spec: the "
                         "uploaded file is neither JSON nor YAML"_qs);
        const auto param = [&](const QString &name) {
            return query.queryItemValue(name, QUrl::FullyDecoded);
        };
        QJsonObject version{{u"pipeline_spec"_qs, *spec}};
        for (const QString &key :
             {u"name"_qs, u"display_name"_qs, u"description"_qs, u"code_source_url"_qs}) {
            if (!param(key).isEmpty())
                version.insert(key, param(key));
        }
        if (rest.first() == u"upload_version")
            return createVersion(param(u"pipelineid"_qs), version);
        QJsonObject pipeline = version;
        pipeline.remove(u"pipeline_spec"_qs);
        pipeline.remove(u"code_source_url"_qs);
        if (!param(u"namespace"_qs).isEmpty())
            pipeline.insert(u"namespace"_qs, param(u"namespace"_qs));
        return createPipeline(pipeline, version);
    }
    if (rest.size() == 2 && rest.first() == u"names" && method == "GET") {
        const QString ns = query.queryItemValue(u"namespace"_qs);
        for (const QJsonObject &p : std::as_const(m_pipelines)) {
            if (p.value(u"name").toString() == rest.at(1) && p.value(u"namespace").toString() == ns)
                return ok(p);
        }
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get a pipeline with name %1 and namespace %2: "
                                    "ResourceNotFoundError: Pipeline %1 not found")
                         .arg(rest.at(1), ns));
    }

    const QString id = rest.value(0);
    QJsonObject *pipeline = findById(m_pipelines, u"pipeline_id", id);
    if (!pipeline)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get pipeline %1: ResourceNotFoundError: Pipeline "
                                    "%1 not found")
                         .arg(id));
    QList<QJsonObject> versions;
    for (const QJsonObject &v : std::as_const(m_versions)) {
        if (v.value(u"pipeline_id").toString() == id)
            versions << v;
    }
    if (rest.size() == 1 && method == "GET")
        return ok(*pipeline);
    if (rest.size() == 1 && method == "DELETE") {
        if (!versions.isEmpty() && query.queryItemValue(u"cascade"_qs) != u"true")
            return error(Grpc::InvalidArgument,
                         QStringLiteral("Failed to delete pipeline with id %1 as it has existing "
                                        "pipeline versions (e.g. %2)")
                             .arg(id, versions.last().value(u"pipeline_version_id").toString()));
        m_versions.removeIf(
            [&](const QJsonObject &v) { return v.value(u"pipeline_id").toString() == id; });
        m_pipelines.removeIf(
            [&](const QJsonObject &p) { return p.value(u"pipeline_id").toString() == id; });
        return ok();
    }
    if (rest.value(1) != u"versions")
        return error(Grpc::NotFound, u"Not Found"_qs);
    if (rest.size() == 2 && method == "GET")
        return listOf(versions, query, u"pipeline_versions"_qs, u"pipeline_version_id");
    if (rest.size() == 2 && method == "POST") {
        const std::optional<QJsonObject> json = jsonBody();
        return json ? createVersion(id, *json) : error(Grpc::InvalidArgument, invalidBody);
    }
    const QString versionId = rest.value(2);
    QJsonObject *version = findById(m_versions, u"pipeline_version_id", versionId);
    if (rest.size() != 3 || !version || version->value(u"pipeline_id").toString() != id)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get pipeline version %1: ResourceNotFoundError: "
                                    "PipelineVersion %1 not found")
                         .arg(versionId));
    if (method == "GET")
        return ok(*version);
    if (method == "DELETE") {
        m_versions.removeIf([&](const QJsonObject &v) {
            return v.value(u"pipeline_version_id").toString() == versionId;
        });
        return ok();
    }
    return error(Grpc::NotFound, u"Not Found"_qs);
}

SimKfp::Reply SimKfp::createPipeline(QJsonObject pipeline, const QJsonObject &version)
{
    QString name = pipeline.value(u"name").toString();
    if (name.isEmpty())
        name = pipeline.value(u"display_name").toString();
    if (name.isEmpty())
        name = version.value(u"name").toString();
    if (name.isEmpty())
        name = specName(version.value(u"pipeline_spec").toObject());
    if (name.isEmpty())
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: pipeline's name cannot be empty"_qs);
    const QString ns = pipeline.value(u"namespace").toString();
    for (const QJsonObject &p : std::as_const(m_pipelines)) {
        if (p.value(u"name").toString() == name && p.value(u"namespace").toString() == ns)
            return error(Grpc::AlreadyExists,
                         QStringLiteral("Failed to create a pipeline: Already exist error: "
                                        "Failed to create a new pipeline. The name %1 already "
                                        "exists. Please specify a new name")
                             .arg(name));
    }
    if (!version.isEmpty() && !version.value(u"pipeline_spec").isObject() &&
        !version.value(u"package_url").isObject())
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: Pipeline version must have a pipeline_spec or a "
                     "package_url"_qs);
    pipeline.insert(u"name"_qs, name);
    if (pipeline.value(u"display_name").toString().isEmpty())
        pipeline.insert(u"display_name"_qs, name);
    pipeline.insert(u"pipeline_id"_qs, newId());
    pipeline.insert(u"created_at"_qs, now());
    m_pipelines << pipeline;
    if (!version.isEmpty()) {
        QJsonObject v = version;
        if (v.value(u"name").toString().isEmpty())
            v.insert(u"name"_qs, name);
        const Reply created = createVersion(pipeline.value(u"pipeline_id").toString(), v);
        if (created.status != 200) {
            m_pipelines.removeLast();
            return created;
        }
    }
    return ok(pipeline);
}

SimKfp::Reply SimKfp::createVersion(const QString &pipelineId, QJsonObject version)
{
    if (!findById(m_pipelines, u"pipeline_id", pipelineId))
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to create a pipeline version: ResourceNotFoundError: "
                                    "Pipeline %1 not found")
                         .arg(pipelineId));
    if (!version.value(u"pipeline_spec").isObject() && !version.value(u"package_url").isObject())
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: Pipeline version must have a pipeline_spec or a "
                     "package_url"_qs);
    QString name = version.value(u"name").toString();
    if (name.isEmpty())
        name = version.value(u"display_name").toString();
    if (name.isEmpty())
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: pipeline version's name cannot be empty"_qs);
    for (const QJsonObject &v : std::as_const(m_versions)) {
        if (v.value(u"pipeline_id").toString() == pipelineId && v.value(u"name").toString() == name)
            return error(Grpc::AlreadyExists,
                         QStringLiteral("Failed to create a pipeline version: Already exist "
                                        "error: The name %1 already exists")
                             .arg(name));
    }
    version.insert(u"name"_qs, name);
    if (version.value(u"display_name").toString().isEmpty())
        version.insert(u"display_name"_qs, name);
    version.insert(u"pipeline_id"_qs, pipelineId);
    version.insert(u"pipeline_version_id"_qs, newId());
    version.insert(u"created_at"_qs, now());
    m_versions << version;
    return ok(version);
}

SimKfp::Reply SimKfp::experiments(const QByteArray &method, const QStringList &rest,
                                  const QUrlQuery &query, const QJsonObject &json)
{
    if (rest.isEmpty() && method == "GET")
        return listOf(inNamespace(m_experiments, query), query, u"experiments"_qs,
                      u"experiment_id");
    if (rest.isEmpty() && method == "POST")
        return createExperiment(json);
    const QString id = rest.value(0).section(u':', 0, 0);
    const QString action = rest.value(0).section(u':', 1);
    QJsonObject *experiment = findById(m_experiments, u"experiment_id", id);
    if (rest.size() != 1 || !experiment)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get experiment %1: ResourceNotFoundError: "
                                    "Experiment %1 not found")
                         .arg(id));
    if (action.isEmpty() && method == "GET")
        return ok(*experiment);
    if (action.isEmpty() && method == "DELETE") {
        m_experiments.removeIf(
            [&](const QJsonObject &e) { return e.value(u"experiment_id").toString() == id; });
        return ok();
    }
    if ((action == u"archive" || action == u"unarchive") && method == "POST") {
        const bool archive = action == u"archive";
        experiment->insert(u"storage_state"_qs, archive ? u"ARCHIVED"_qs : u"AVAILABLE"_qs);
        // KFP archives an experiment's runs with it, and leaves them archived on unarchive.
        if (archive) {
            for (QJsonObject &r : m_runs) {
                if (r.value(u"experiment_id").toString() == id)
                    r.insert(u"storage_state"_qs, u"ARCHIVED"_qs);
            }
        }
        return ok();
    }
    return error(Grpc::NotFound, u"Not Found"_qs);
}

SimKfp::Reply SimKfp::createExperiment(QJsonObject experiment)
{
    const QString name = experiment.value(u"display_name").toString();
    if (name.isEmpty())
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: Experiment must have a non-empty name"_qs);
    const QString ns = experiment.value(u"namespace").toString();
    for (const QJsonObject &e : std::as_const(m_experiments)) {
        if (e.value(u"display_name").toString() == name && e.value(u"namespace").toString() == ns)
            return error(Grpc::AlreadyExists,
                         QStringLiteral("Failed to create an experiment: Already exist error: "
                                        "Failed to create a new experiment. The name %1 already "
                                        "exists. Please specify a new name")
                             .arg(name));
    }
    experiment.insert(u"experiment_id"_qs, newId());
    experiment.insert(u"created_at"_qs, now());
    experiment.insert(u"storage_state"_qs, u"AVAILABLE"_qs);
    m_experiments << experiment;
    return ok(experiment);
}

QString SimKfp::defaultExperiment(const QString &ns)
{
    for (const QJsonObject &e : std::as_const(m_experiments)) {
        if (e.value(u"display_name").toString() == u"Default" &&
            e.value(u"namespace").toString() == ns)
            return e.value(u"experiment_id").toString();
    }
    QJsonObject e{{u"display_name"_qs, u"Default"_qs},
                  {u"description"_qs, u"All runs created without specifying an experiment "
                                      "will be grouped here."_qs}};
    if (!ns.isEmpty())
        e.insert(u"namespace"_qs, ns);
    return createExperiment(e).body.value(u"experiment_id").toString();
}

QString SimKfp::namespaceOfExperiment(const QString &experimentId) const
{
    for (const QJsonObject &e : m_experiments) {
        if (e.value(u"experiment_id").toString() == experimentId)
            return e.value(u"namespace").toString();
    }
    return {};
}

SimKfp::Reply SimKfp::runs(const QByteArray &method, const QStringList &rest,
                           const QUrlQuery &query, const QJsonObject &json)
{
    if (rest.isEmpty() && method == "GET") {
        QList<QJsonObject> items;
        const QString experimentId = query.queryItemValue(u"experiment_id"_qs);
        const bool byNamespace = query.hasQueryItem(u"namespace"_qs);
        const QString ns = query.queryItemValue(u"namespace"_qs);
        // Runs carry no namespace of their own: they are in their experiment's.
        for (const QJsonObject &r : std::as_const(m_runs)) {
            const QString runExperiment = r.value(u"experiment_id").toString();
            if ((experimentId.isEmpty() || runExperiment == experimentId) &&
                (!byNamespace || namespaceOfExperiment(runExperiment) == ns))
                items << r;
        }
        return listOf(items, query, u"runs"_qs, u"run_id");
    }
    if (rest.isEmpty() && method == "POST")
        return createRun(json, query.queryItemValue(u"experiment_id"_qs), false);

    const QString id = rest.value(0).section(u':', 0, 0);
    const QString action = rest.value(0).section(u':', 1);
    QJsonObject *run = findById(m_runs, u"run_id", id);
    if (rest.size() != 1 || !run)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get run %1: ResourceNotFoundError: Run %1 not "
                                    "found")
                         .arg(id));
    const QString state = run->value(u"state").toString();
    const bool finished =
        state == u"SUCCEEDED" || state == u"FAILED" || state == u"CANCELED" || state == u"SKIPPED";
    if (action.isEmpty() && method == "GET")
        return ok(*run);
    if (action.isEmpty() && method == "DELETE") {
        m_runGeneration.remove(id);
        m_runs.removeIf([&](const QJsonObject &r) { return r.value(u"run_id").toString() == id; });
        return ok();
    }
    if (method != "POST")
        return error(Grpc::NotFound, u"Not Found"_qs);
    if (action == u"archive" || action == u"unarchive") {
        const QJsonObject *owner =
            findById(m_experiments, u"experiment_id", run->value(u"experiment_id").toString());
        if (action == u"unarchive" && owner &&
            owner->value(u"storage_state").toString() == u"ARCHIVED")
            return error(Grpc::FailedPrecondition,
                         QStringLiteral("Failed to unarchive run %1 as experiment %2 must be "
                                        "un-archived first")
                             .arg(id, run->value(u"experiment_id").toString()));
        run->insert(u"storage_state"_qs, action == u"archive" ? u"ARCHIVED"_qs : u"AVAILABLE"_qs);
        return ok();
    }
    if (action == u"terminate") {
        if (finished)
            return error(Grpc::FailedPrecondition,
                         QStringLiteral("Failed to terminate run %1 as it has already "
                                        "finished in state %2")
                             .arg(id, state));
        m_runGeneration[id] += 1;
        setRunState(run, u"CANCELED"_qs, true);
        return ok();
    }
    if (action == u"retry") {
        if (state != u"FAILED" && state != u"CANCELED")
            return error(Grpc::FailedPrecondition,
                         QStringLiteral("Failed to retry run %1 as it is in state %2, not "
                                        "FAILED or CANCELED")
                             .arg(id, state));
        run->remove(u"finished_at"_qs);
        setRunState(run, u"PENDING"_qs, false);
        scheduleRun(id);
        return ok();
    }
    return error(Grpc::NotFound, u"Not Found"_qs);
}

SimKfp::Reply SimKfp::createRun(QJsonObject run, const QString &experimentId, bool finished)
{
    if (run.value(u"display_name").toString().isEmpty())
        return error(Grpc::InvalidArgument, u"Invalid input error: Run name cannot be empty"_qs);
    QJsonObject spec = run.value(u"pipeline_spec").toObject();
    const QJsonObject reference = run.value(u"pipeline_version_reference").toObject();
    if (spec.isEmpty() && !reference.isEmpty()) {
        const QString pipelineId = reference.value(u"pipeline_id").toString();
        QString versionId = reference.value(u"pipeline_version_id").toString();
        const QJsonObject *version = nullptr;
        for (const QJsonObject &v : std::as_const(m_versions)) {
            if (v.value(u"pipeline_id").toString() == pipelineId &&
                (versionId.isEmpty() || v.value(u"pipeline_version_id").toString() == versionId))
                version = &v; // without a version id, the latest
        }
        if (!version)
            return error(Grpc::NotFound,
                         QStringLiteral("Failed to create a run: ResourceNotFoundError: "
                                        "PipelineVersion %1 of pipeline %2 not found")
                             .arg(versionId, pipelineId));
        versionId = version->value(u"pipeline_version_id").toString();
        run.insert(
            u"pipeline_version_reference"_qs,
            QJsonObject{{u"pipeline_id"_qs, pipelineId}, {u"pipeline_version_id"_qs, versionId}});
        spec = version->value(u"pipeline_spec").toObject();
    } else if (spec.isEmpty()) {
        return error(Grpc::InvalidArgument,
                     u"Invalid input error: Run must have a pipeline_spec or a "
                     "pipeline_version_reference"_qs);
    }
    QString experiment = run.value(u"experiment_id").toString();
    if (experiment.isEmpty())
        experiment = experimentId;
    if (experiment.isEmpty())
        experiment = defaultExperiment({});
    QJsonObject *owner = findById(m_experiments, u"experiment_id", experiment);
    if (!owner)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to create a run: ResourceNotFoundError: Experiment "
                                    "%1 not found")
                         .arg(experiment));
    const QString id = newId();
    const QString created = now();
    owner->insert(u"last_run_created_at"_qs, created);
    run.insert(u"experiment_id"_qs, experiment);
    run.insert(u"run_id"_qs, id);
    run.insert(u"storage_state"_qs, u"AVAILABLE"_qs);
    run.insert(u"created_at"_qs, created);
    run.insert(u"scheduled_at"_qs, created);
    run.insert(u"service_account"_qs, u"pipeline-runner"_qs);
    QJsonArray tasks;
    // What the driver resolves for each task: its parameters from the run's values and the
    // spec's constants; and what each will put out.
    const QJsonObject inner =
        spec.value(u"pipeline_spec").isObject() ? spec.value(u"pipeline_spec").toObject() : spec;
    const QJsonObject specTasks =
        inner.value(u"root").toObject().value(u"dag").toObject().value(u"tasks").toObject();
    const QJsonObject values =
        run.value(u"runtime_config").toObject().value(u"parameters").toObject();
    for (const QString &task : rootTasks(spec)) {
        QJsonObject inputs;
        const QJsonObject parameters = specTasks.value(task)
                                           .toObject()
                                           .value(u"inputs")
                                           .toObject()
                                           .value(u"parameters")
                                           .toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            if (p.contains(u"componentInputParameter"))
                inputs.insert(it.key(),
                              values.value(p.value(u"componentInputParameter").toString()));
            else if (p.value(u"runtimeValue").toObject().contains(u"constant"))
                inputs.insert(it.key(), p.value(u"runtimeValue").toObject().value(u"constant"));
        }
        m_taskInputs[id].insert(task, inputs);
        if (m_taskOutputs.contains(task))
            m_runOutputs[id].insert(task, m_taskOutputs.value(task));
        tasks.append(QJsonObject{{u"run_id"_qs, id},
                                 {u"task_id"_qs, newId()},
                                 {u"display_name"_qs, task},
                                 {u"create_time"_qs, created},
                                 {u"state"_qs, u"PENDING"_qs}});
    }
    run.insert(u"run_details"_qs, QJsonObject{{u"task_details"_qs, tasks}});
    setRunState(&run, u"PENDING"_qs, false);
    m_runs << run;
    if (finished) {
        QJsonObject *stored = &m_runs.last();
        setRunState(stored, u"RUNNING"_qs, false);
        setRunState(stored, u"SUCCEEDED"_qs, true);
    } else {
        scheduleRun(id);
    }
    return ok(*findById(m_runs, u"run_id", id));
}

void SimKfp::setRunState(QJsonObject *run, const QString &state, bool final)
{
    const QString at = now();
    run->insert(u"state"_qs, state);
    QJsonArray history = run->value(u"state_history").toArray();
    history.append(QJsonObject{{u"update_time"_qs, at}, {u"state"_qs, state}});
    run->insert(u"state_history"_qs, history);
    if (final)
        run->insert(u"finished_at"_qs, at);
    QJsonObject details = run->value(u"run_details").toObject();
    QJsonArray tasks = details.value(u"task_details").toArray();
    QList<QJsonObject> started;
    QList<QJsonObject> ended;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QJsonObject task = tasks.at(i).toObject();
        task.insert(u"state"_qs, state);
        QJsonArray taskHistory = task.value(u"state_history").toArray();
        taskHistory.append(QJsonObject{{u"update_time"_qs, at}, {u"state"_qs, state}});
        task.insert(u"state_history"_qs, taskHistory);
        if (state == u"PENDING") {
            task.remove(u"start_time"_qs);
            task.remove(u"end_time"_qs);
            task.remove(u"pod_name"_qs);
        } else if (state == u"RUNNING") {
            // The driver records the task's execution in ML Metadata as it starts it.
            const QString name = task.value(u"display_name").toString();
            task.insert(
                u"execution_id"_qs,
                QString::number(m_metadata.addExecution(
                    name, m_taskInputs.value(run->value(u"run_id").toString()).value(name))));
            task.insert(u"start_time"_qs, at);
            task.insert(u"pod_name"_qs, QStringLiteral("%1-%2-system-container-impl")
                                            .arg(task.value(u"display_name").toString(),
                                                 run->value(u"run_id").toString().left(8)));
            started << task;
        }
        if (final && state == u"SUCCEEDED" && task.contains(u"execution_id"))
            publishOutputs(*run, &task);
        if (final) {
            task.insert(u"end_time"_qs, at);
            // A task stopped before it ran had no pod.
            if (task.contains(u"pod_name"))
                ended << task;
        }
        tasks.replace(i, task);
    }
    details.insert(u"task_details"_qs, tasks);
    run->insert(u"run_details"_qs, details);

    // Last, as the receivers may call back.
    const QString runId = run->value(u"run_id").toString();
    const QString ns = namespaceOfExperiment(run->value(u"experiment_id").toString());
    for (const QJsonObject &task : std::as_const(started))
        emit taskStarted(ns, runId, task.value(u"display_name").toString(),
                         task.value(u"pod_name").toString());
    for (const QJsonObject &task : std::as_const(ended))
        emit taskFinished(ns, runId, task.value(u"display_name").toString(),
                          task.value(u"pod_name").toString(), state);
}

void SimKfp::setTaskOutputs(const QString &taskName, const QJsonObject &outputs)
{
    m_taskOutputs.insert(taskName, outputs);
}

void SimKfp::publishOutputs(const QJsonObject &run, QJsonObject *task)
{
    // The launcher: output parameters on the execution, each output artifact recorded with its
    // metadata and its file in the object store under the pipeline root, and named in the task.
    const QString runId = run.value(u"run_id").toString();
    const QString name = task->value(u"display_name").toString();
    const qint64 execution = task->value(u"execution_id").toString().toLongLong();
    const QJsonObject planted = m_runOutputs.value(runId).value(name);
    m_metadata.completeExecution(execution, planted.value(u"parameters").toObject());
    const QJsonObject artifacts = planted.value(u"artifacts").toObject();
    if (artifacts.isEmpty())
        return;
    const QString ns = namespaceOfExperiment(run.value(u"experiment_id").toString());
    QString pipeline = specName(run.value(u"pipeline_spec").toObject());
    if (pipeline.isEmpty())
        pipeline = u"pipeline"_qs;
    QJsonObject outputs;
    for (auto it = artifacts.begin(); it != artifacts.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        const QString uri = QStringLiteral("minio://mlpipeline/v2/artifacts/%1/%2/%3/%4/%5")
                                .arg(pipeline, runId, name)
                                .arg(execution)
                                .arg(it.key());
        const qint64 id = m_metadata.addArtifact(a.value(u"type").toString(u"system.Artifact"_qs),
                                                 uri, ns, it.key(), a.value(u"metadata").toObject(),
                                                 a.value(u"content").toString().toUtf8());
        outputs.insert(it.key(),
                       QJsonObject{{u"artifact_ids"_qs, QJsonArray{QString::number(id)}}});
    }
    task->insert(u"outputs"_qs, outputs);
}

void SimKfp::scheduleRun(const QString &runId)
{
    const int generation = ++m_runGeneration[runId];
    QTimer::singleShot(int(m_runSeconds * 1000), this,
                       [this, runId, generation] { advanceRun(runId, generation); });
}

void SimKfp::advanceRun(const QString &runId, int generation)
{
    QJsonObject *run = findById(m_runs, u"run_id", runId);
    if (!run || m_runGeneration.value(runId) != generation)
        return;
    if (run->value(u"state").toString() == u"PENDING") {
        setRunState(run, u"RUNNING"_qs, false);
        QTimer::singleShot(int(m_runSeconds * 1000), this,
                           [this, runId, generation] { advanceRun(runId, generation); });
    } else if (run->value(u"state").toString() == u"RUNNING") {
        setRunState(run, u"SUCCEEDED"_qs, true);
    }
}

SimKfp::Reply SimKfp::recurringRuns(const QByteArray &method, const QStringList &rest,
                                    const QUrlQuery &query, const QJsonObject &json)
{
    if (rest.isEmpty() && method == "GET") {
        QList<QJsonObject> items = inNamespace(m_recurringRuns, query);
        if (const QString e = query.queryItemValue(u"experiment_id"_qs); !e.isEmpty())
            items.removeIf(
                [&](const QJsonObject &r) { return r.value(u"experiment_id").toString() != e; });
        // The swagger spells this one list camelCase, as KFP's proto does.
        return listOf(items, query, u"recurringRuns"_qs, u"recurring_run_id");
    }
    if (rest.isEmpty() && method == "POST") {
        QJsonObject r = json;
        if (r.value(u"display_name").toString().isEmpty())
            return error(Grpc::InvalidArgument,
                         u"Invalid input error: Recurring run name cannot be empty"_qs);
        const QJsonObject trigger = r.value(u"trigger").toObject();
        if (!trigger.value(u"cron_schedule").isObject() &&
            !trigger.value(u"periodic_schedule").isObject())
            return error(Grpc::InvalidArgument,
                         u"Invalid input error: Recurring run must have a trigger with a "
                         "cron_schedule or a periodic_schedule"_qs);
        const QString cron = trigger.value(u"cron_schedule").toObject().value(u"cron").toString();
        if (trigger.value(u"cron_schedule").isObject() &&
            cron.split(u' ', Qt::SkipEmptyParts).size() != 6)
            return error(Grpc::InvalidArgument,
                         QStringLiteral("Invalid input error: Schedule cron is not a supported "
                                        "format(https://godoc.org/github.com/robfig/cron). "
                                        "Error: %1")
                             .arg(cron));
        const qint64 concurrency = r.value(u"max_concurrency").toVariant().toLongLong();
        if (concurrency < 1 || concurrency > 10)
            return error(Grpc::InvalidArgument,
                         u"Invalid input error: Max concurrency of recurring run should be "
                         "between 1 and 10"_qs);
        if (!r.value(u"pipeline_spec").isObject() &&
            !r.value(u"pipeline_version_reference").isObject())
            return error(Grpc::InvalidArgument,
                         u"Invalid input error: Recurring run must have a pipeline_spec or a "
                         "pipeline_version_reference"_qs);
        QString experiment = r.value(u"experiment_id").toString();
        if (experiment.isEmpty())
            experiment = defaultExperiment(r.value(u"namespace").toString());
        if (!findById(m_experiments, u"experiment_id", experiment))
            return error(Grpc::NotFound,
                         QStringLiteral("Failed to create a recurring run: "
                                        "ResourceNotFoundError: Experiment %1 not found")
                             .arg(experiment));
        const QString created = now();
        r.insert(u"experiment_id"_qs, experiment);
        r.insert(u"namespace"_qs, namespaceOfExperiment(experiment));
        r.insert(u"max_concurrency"_qs, QString::number(concurrency));
        r.insert(u"recurring_run_id"_qs, newId());
        r.insert(u"created_at"_qs, created);
        r.insert(u"updated_at"_qs, created);
        r.insert(u"status"_qs,
                 r.value(u"mode").toString() == u"DISABLE" ? u"DISABLED"_qs : u"ENABLED"_qs);
        r.insert(u"no_catchup"_qs, r.value(u"no_catchup").toBool());
        m_recurringRuns << r;
        return ok(r);
    }
    const QString id = rest.value(0).section(u':', 0, 0);
    const QString action = rest.value(0).section(u':', 1);
    QJsonObject *r = findById(m_recurringRuns, u"recurring_run_id", id);
    if (rest.size() != 1 || !r)
        return error(Grpc::NotFound,
                     QStringLiteral("Failed to get recurring run %1: ResourceNotFoundError: Job "
                                    "%1 not found")
                         .arg(id));
    if (action.isEmpty() && method == "GET")
        return ok(*r);
    if (action.isEmpty() && method == "DELETE") {
        m_recurringRuns.removeIf(
            [&](const QJsonObject &o) { return o.value(u"recurring_run_id").toString() == id; });
        return ok();
    }
    if ((action == u"enable" || action == u"disable") && method == "POST") {
        r->insert(u"status"_qs, action == u"enable" ? u"ENABLED"_qs : u"DISABLED"_qs);
        r->insert(u"mode"_qs, action == u"enable" ? u"ENABLE"_qs : u"DISABLE"_qs);
        r->insert(u"updated_at"_qs, now());
        return ok();
    }
    return error(Grpc::NotFound, u"Not Found"_qs);
}

void SimKfp::seedDemo()
{
    const QString ns = u"kubeflow-user-example-com"_qs;
    const auto spec = [](const QString &name, const QStringList &tasks) {
        QJsonObject dagTasks;
        for (const QString &task : tasks)
            dagTasks.insert(task, QJsonObject{{u"taskInfo"_qs, QJsonObject{{u"name"_qs, task}}}});
        return QJsonObject{
            {u"pipelineInfo"_qs, QJsonObject{{u"name"_qs, name}}},
            {u"schemaVersion"_qs, u"2.1.0"_qs},
            {u"sdkVersion"_qs, u"kfp-2.7.0"_qs},
            {u"root"_qs, QJsonObject{{u"dag"_qs, QJsonObject{{u"tasks"_qs, dagTasks}}}}}};
    };
    // What the demo tasks put out, so that the sandbox shows artifacts, metrics and viewers.
    setTaskOutputs(
        u"evaluate"_qs,
        QJsonObject{
            {u"parameters"_qs, QJsonObject{{u"passed"_qs, true}}},
            {u"artifacts"_qs,
             QJsonObject{
                 {u"metrics"_qs, QJsonObject{{u"type"_qs, u"system.Metrics"_qs},
                                             {u"metadata"_qs, QJsonObject{{u"accuracy"_qs, 0.912},
                                                                          {u"f1"_qs, 0.887}}}}},
                 {u"classification"_qs,
                  QJsonObject{
                      {u"type"_qs, u"system.ClassificationMetrics"_qs},
                      {u"metadata"_qs,
                       QJsonObject{
                           {u"confusionMatrix"_qs,
                            QJsonObject{
                                {u"annotationSpecs"_qs,
                                 QJsonArray{QJsonObject{{u"displayName"_qs, u"cat"_qs}},
                                            QJsonObject{{u"displayName"_qs, u"dog"_qs}},
                                            QJsonObject{{u"displayName"_qs, u"bird"_qs}}}},
                                {u"rows"_qs,
                                 QJsonArray{QJsonObject{{u"row"_qs, QJsonArray{41, 6, 3}}},
                                            QJsonObject{{u"row"_qs, QJsonArray{4, 44, 2}}},
                                            QJsonObject{{u"row"_qs, QJsonArray{2, 1, 47}}}}}}}}}}},
                 {u"report"_qs,
                  QJsonObject{{u"type"_qs, u"system.Markdown"_qs},
                              {u"content"_qs, u"# Evaluation\n\nAccuracy **0.912** on 150 "
                                              "held-out images.\n"_qs}}}}}});
    setTaskOutputs(
        u"train"_qs,
        QJsonObject{
            {u"artifacts"_qs,
             QJsonObject{{u"model"_qs, QJsonObject{{u"type"_qs, u"system.Model"_qs},
                                                   {u"metadata"_qs,
                                                    QJsonObject{{u"framework"_qs, u"sklearn"_qs}}},
                                                   {u"content"_qs, u"model weights"_qs}}}}}});
    const QList<std::pair<QString, QStringList>> demos = {
        {u"train-and-evaluate"_qs, {u"load-data"_qs, u"train"_qs, u"evaluate"_qs}},
        {u"hello-world"_qs, {u"say-hello"_qs}}};
    const QString experiment =
        createExperiment(QJsonObject{{u"display_name"_qs, u"demo-experiment"_qs},
                                     {u"description"_qs, u"Runs of the demo pipelines"_qs},
                                     {u"namespace"_qs, ns}})
            .body.value(u"experiment_id")
            .toString();
    for (const auto &[name, tasks] : demos) {
        const QJsonObject pipeline =
            createPipeline(QJsonObject{{u"name"_qs, name}, {u"namespace"_qs, ns}},
                           QJsonObject{{u"name"_qs, QString(name + u"-v1"_qs)},
                                       {u"pipeline_spec"_qs, spec(name, tasks)}})
                .body;
        const QString pipelineId = pipeline.value(u"pipeline_id").toString();
        createRun(
            QJsonObject{
                {u"display_name"_qs, QString(name + u" run 1"_qs)},
                {u"pipeline_version_reference"_qs, QJsonObject{{u"pipeline_id"_qs, pipelineId}}},
                {u"runtime_config"_qs, QJsonObject{{u"parameters"_qs, QJsonObject{}}}}},
            experiment, true);
    }
}

} // namespace kfw::sim
