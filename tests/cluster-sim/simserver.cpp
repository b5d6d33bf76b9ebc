#include "simserver.h"

#include "cluster/pipelinespec/yamlreader.h"
#include "simkfp.h"
#include "simnotebooks.h"
#include "simprofiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <functional>
#include <optional>

namespace kfw::sim {

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SimFaults SimFaults::fromJson(const QJsonObject &json, const SimFaults &base)
{
    SimFaults f = base;
    f.dropWatchAfterEvents = json.value(u"dropWatchAfterEvents").toInt(f.dropWatchAfterEvents);
    f.goneOnNextWatch = json.value(u"goneOnNextWatch").toBool(f.goneOnNextWatch);
    f.serverErrorRate = json.value(u"serverErrorRate").toDouble(f.serverErrorRate);
    f.latencyMs = json.value(u"latencyMs").toInt(f.latencyMs);
    f.tokenExpiresAfter = json.value(u"tokenExpiresAfter").toInt(f.tokenExpiresAfter);
    f.throttleNext = json.value(u"throttleNext").toInt(f.throttleNext);
    f.retryAfterSeconds = json.value(u"retryAfterSeconds").toInt(f.retryAfterSeconds);
    f.bookmarkIntervalMs = json.value(u"bookmarkIntervalMs").toInt(f.bookmarkIntervalMs);
    return f;
}

QJsonObject SimFaults::toJson() const
{
    return QJsonObject{{u"dropWatchAfterEvents"_qs, dropWatchAfterEvents},
                       {u"goneOnNextWatch"_qs, goneOnNextWatch},
                       {u"serverErrorRate"_qs, serverErrorRate},
                       {u"latencyMs"_qs, latencyMs},
                       {u"tokenExpiresAfter"_qs, tokenExpiresAfter},
                       {u"throttleNext"_qs, throttleNext},
                       {u"retryAfterSeconds"_qs, retryAfterSeconds},
                       {u"bookmarkIntervalMs"_qs, bookmarkIntervalMs}};
}

// One open watch stream.
struct SimServer::Watch
{
    QPointer<QTcpSocket> socket;
    const SimKind *kind = nullptr;
    QString ns;
    std::optional<LabelSelector> labels;
    std::optional<FieldSelector> fields;
    bool bookmarks = false;
    SimView view;
    int sent = 0;
    QTimer *timeout = nullptr;
    QTimer *bookmarkTimer = nullptr;
    QList<QMetaObject::Connection> connections;

    bool matches(const QJsonObject &object) const
    {
        if (kind->namespaced && !ns.isEmpty() &&
            object.value(u"metadata").toObject().value(u"namespace").toString() != ns)
            return false;
        if (labels &&
            !labels->matches(object.value(u"metadata").toObject().value(u"labels").toObject()))
            return false;
        return !fields || fields->matches(object);
    }
};

// One followed pod log.
struct SimServer::LogFollower
{
    QPointer<QTcpSocket> socket;
    QString key;
};

namespace {

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void writeChunk(QTcpSocket *socket, const QByteArray &data)
{
    if (!socket || data.isEmpty())
        return;
    socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

QByteArray watchLine(const QString &type, const QJsonObject &object)
{
    return QJsonDocument(QJsonObject{{u"type"_qs, type}, {u"object"_qs, object}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

QString verbOf(const SimRequest &r, bool collection)
{
    if (r.method == "GET" || r.method == "HEAD") {
        const QString watch = r.query.queryItemValue(u"watch"_qs);
        if (watch == u"true" || watch == u"1")
            return u"watch"_qs;
        return collection ? u"list"_qs : u"get"_qs;
    }
    if (r.method == "POST")
        return u"create"_qs;
    if (r.method == "PUT")
        return u"update"_qs;
    if (r.method == "PATCH")
        return u"patch"_qs;
    if (r.method == "DELETE")
        return collection ? u"deletecollection"_qs : u"delete"_qs;
    return QString::fromLatin1(r.method).toLower();
}

// Request bodies arrive as JSON or, for apply, as YAML.
std::optional<QJsonObject> parseBody(const SimRequest &r, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    QList<pipelinespec::YamlValue> docs;
    pipelinespec::ReadError yamlError;
    if (pipelinespec::YamlReader::read(r.body, &docs, &yamlError) && docs.size() == 1 &&
        docs.first().toJson().isObject())
        return docs.first().toJson().toObject();
    *error =
        QStringLiteral("the request body is not a JSON object: %1").arg(parseError.errorString());
    return std::nullopt;
}

// An upgrade as Qt's HTTP parser and Kubernetes (wsstream.IsWebSocketRequest) take one:
// "Upgrade: websocket" and an "upgrade" token in Connection.
bool isWebSocketUpgrade(const SimRequest &r)
{
    if (r.header("upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return false;
    const QList<QByteArray> tokens = r.header("connection").split(',');
    return std::any_of(tokens.begin(), tokens.end(), [](const QByteArray &token) {
        return token.trimmed().compare("upgrade", Qt::CaseInsensitive) == 0;
    });
}

// The status of a KFP task's pod: running, or ended with the run's final state.
QJsonObject taskPodStatus(const QString &runState)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const bool running = runState == u"RUNNING";
    const bool succeeded = runState == u"SUCCEEDED" || runState == u"SKIPPED";
    const QString phase = running ? u"Running"_qs : succeeded ? u"Succeeded"_qs : u"Failed"_qs;
    const QJsonObject state =
        running
            ? QJsonObject{{u"running"_qs, QJsonObject{{u"startedAt"_qs, at}}}}
            : QJsonObject{{u"terminated"_qs,
                           QJsonObject{{u"exitCode"_qs, succeeded ? 0 : 1},
                                       {u"reason"_qs, succeeded ? u"Completed"_qs : u"Error"_qs},
                                       {u"finishedAt"_qs, at}}}};
    return QJsonObject{{u"phase"_qs, phase},
                       {u"conditions"_qs, QJsonArray{QJsonObject{
                                              {u"type"_qs, u"Ready"_qs},
                                              {u"status"_qs, running ? u"True"_qs : u"False"_qs}}}},
                       {u"containerStatuses"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                                        {u"ready"_qs, running},
                                                                        {u"restartCount"_qs, 0},
                                                                        {u"state"_qs, state}}}}};
}

bool ruleAllows(const SimRule &rule, const QString &verb, const QString &resource,
                const QString &ns)
{
    const bool verbOk = rule.verbs.contains(u"*") || rule.verbs.contains(verb);
    const bool resourceOk = rule.resources.contains(u"*") || rule.resources.contains(resource) ||
                            rule.resources.contains(resource.section(u'/', 0, 0));
    const bool nsOk = rule.namespaces.isEmpty() || (!ns.isEmpty() && rule.namespaces.contains(ns));
    return verbOk && resourceOk && nsOk;
}

// The plurals of the simulated namespaced kinds, but those excepted.
QStringList namespacedResources(const QStringList &except)
{
    QStringList plurals;
    for (const SimKind &k : simKinds()) {
        if (k.namespaced && !plurals.contains(k.plural) && !except.contains(k.plural))
            plurals << k.plural;
    }
    return plurals;
}

// What a ClusterRole grants when a RoleBinding in ns binds it: Kubeflow's kubeflow-admin,
// kubeflow-edit and kubeflow-view aggregate Kubernetes' admin, edit and view, simplified to
// everything; everything but changing bindings and quotas; reading all but secrets.
QList<SimRule> clusterRoleRules(const QString &role, const QString &ns)
{
    const QStringList read{u"get"_qs, u"list"_qs, u"watch"_qs};
    if (role == u"kubeflow-admin" || role == u"admin")
        return {SimRule{{u"*"_qs}, {u"*"_qs}, {ns}}};
    if (role == u"kubeflow-edit" || role == u"edit") {
        static const QStringList writable =
            namespacedResources({u"rolebindings"_qs, u"resourcequotas"_qs});
        return {SimRule{read, {u"*"_qs}, {ns}}, SimRule{{u"*"_qs}, writable, {ns}}};
    }
    if (role == u"kubeflow-view" || role == u"view") {
        static const QStringList visible = namespacedResources({u"secrets"_qs});
        return {SimRule{read, visible, {ns}}};
    }
    return {};
}

// Whether a RoleBinding in ns names the user: as a User, through a Group, or as the user's
// ServiceAccount (system:serviceaccount:<namespace>:<name>).
bool bindsUser(const QJsonObject &binding, const SimUser &user, const QString &ns)
{
    for (const QJsonValue &value : binding.value(u"subjects").toArray()) {
        const QJsonObject subject = value.toObject();
        const QString kind = subject.value(u"kind").toString();
        const QString name = subject.value(u"name").toString();
        if (kind == u"User" && name == user.name)
            return true;
        if (kind == u"Group" && user.groups.contains(name))
            return true;
        if (kind == u"ServiceAccount" &&
            user.name == QStringLiteral("system:serviceaccount:%1:%2")
                             .arg(subject.value(u"namespace").toString(ns), name))
            return true;
    }
    return false;
}

} // namespace

SimServer::SimServer(SimStore *store, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_kfp(new SimKfp(this))
    , m_profiles(new SimProfiles(store, this))
    , m_notebooks(new SimNotebooks(store, this))
    , m_kfam(store,
             SimKfam::Cluster{
                 [this](const QString &name) { return isClusterAdmin(name); },
                 [this](const QJsonObject &profile) {
                     // As any client's POST: the CRD schema admits it,
                     // dropping what it does not declare.
                     const SimKind &kind =
                         *findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"profiles"_qs);
                     SimAdmit admit;
                     if (m_schemas && m_schemas->find(kind))
                         admit = [this, &kind](QJsonObject *object) {
                             return m_schemas->admit(kind, object, FieldValidation::Ignore).refusal;
                         };
                     return m_store->create(kind, {}, profile, admit);
                 }})
{
    connect(m_store, &SimStore::changed, this, &SimServer::onChanged);
    connect(m_kfp, &SimKfp::taskStarted, this, &SimServer::startTaskPod);
    connect(m_kfp, &SimKfp::taskFinished, this, &SimServer::finishTaskPod);
    // Qt hands a WebSocket upgrade that handleRequest() accepted to its own WebSocket server
    // only while this signal has a receiver, and upgrade() takes the socket back from it (see
    // there); no connection ever arrives here.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (nextPendingWebSocketConnection())
            ;
    });
}

SimServer::~SimServer()
{
    qDeleteAll(m_watches);
    qDeleteAll(m_followers);
}

void SimServer::addUser(const SimUser &user)
{
    m_users << user;
}

void SimServer::setTls(const QSslConfiguration &configuration)
{
    sslSetup(configuration);
}

void SimServer::setSchemas(const SimSchemas *schemas)
{
    m_schemas = schemas;
    m_table = SimTable(schemas);
}

QList<const SimKind *> SimServer::servedKinds() const
{
    QList<const SimKind *> kinds;
    for (const SimKind &k : simKinds())
        kinds << &k;
    if (m_schemas) {
        for (const SimKind &k : m_schemas->extraKinds())
            kinds << &k;
    }
    return kinds;
}

const SimKind *SimServer::findKind(const QString &group, const QString &version,
                                   const QString &plural) const
{
    if (const SimKind *k = findSimKind(group, version, plural))
        return k;
    return m_schemas ? m_schemas->findExtraKind(group, version, plural) : nullptr;
}

const SimKind &SimServer::storageKind(const SimKind &kind)
{
    for (const SimKind &k : simKinds()) {
        if (k.id() == kind.id())
            return k;
    }
    return kind;
}

QJsonObject SimServer::present(const SimKind &kind, QJsonObject body, const SimView &view) const
{
    // The versions of a CRD differ in apiVersion only (conversion strategy None), so a stored
    // object becomes another version by renaming it. Objects are stored in the listed version,
    // which needs no copy of a large list.
    if (&storageKind(kind) != &kind) {
        const auto convert = [&](QJsonObject object) {
            if (object.value(u"kind").toString() == kind.kind)
                object.insert(u"apiVersion"_qs, kind.apiVersion());
            return object;
        };
        if (body.value(u"items").isArray()) {
            QJsonArray items = body.value(u"items").toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                items.replace(i, convert(items.at(i).toObject()));
            body.insert(u"items"_qs, items);
        } else {
            body = convert(body);
        }
    }
    return m_table.present(kind, body, view);
}

void SimServer::replyRaw(QTcpSocket *socket, int code, const QByteArray &contentType,
                         const QByteArray &body, const QByteArray &extraHeaders)
{
    if (!socket)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    head += extraHeaders;
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    socket->write(head + "\r\n" + body);
}

void SimServer::reply(QTcpSocket *socket, int code, const QJsonObject &body,
                      const QStringList &warnings)
{
    QByteArray headers;
    for (const QString &warning : warnings) {
        QString text = warning;
        text.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
        headers += "Warning: 299 - \"" + text.toUtf8() + "\"\r\n";
    }
    replyRaw(socket, code, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
             headers);
}

void SimServer::replyNotFound(QTcpSocket *socket)
{
    reply(socket, 404,
          statusError(404, u"NotFound"_qs, u"the server could not find the requested resource"_qs)
              .body);
}

void SimServer::replyMethodNotAllowed(QTcpSocket *socket)
{
    reply(socket, 405,
          statusError(405, u"MethodNotAllowed"_qs,
                      u"the server does not allow this method on the requested resource"_qs)
              .body);
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    replyNotFound(socket);
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    static const QHash<QHttpServerRequest::Method, QByteArray> methods = {
        {QHttpServerRequest::Method::Get, "GET"},
        {QHttpServerRequest::Method::Put, "PUT"},
        {QHttpServerRequest::Method::Delete, "DELETE"},
        {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Head, "HEAD"},
        {QHttpServerRequest::Method::Options, "OPTIONS"},
        {QHttpServerRequest::Method::Patch, "PATCH"}};
    r.method = methods.value(request.method(), "UNKNOWN");
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    m_requestCounts[QString::fromLatin1(r.method) + u' ' + r.path] += 1;

    if (isWebSocketUpgrade(r)) {
        // Answered before Qt lets go of the socket, so the fault switches do not apply.
        upgrade(r, socket);
        return true;
    }

    if (m_faults.latencyMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_faults.latencyMs, this, [this, r, guard] {
            if (guard)
                dispatch(r, guard);
        });
    } else {
        dispatch(r, socket);
    }
    return true;
}

const SimUser *SimServer::authenticate(const SimRequest &request, QTcpSocket *socket)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) {
        const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
        for (const SimUser &user : std::as_const(m_users)) {
            if (user.token.isEmpty() || user.token != token)
                continue;
            const int uses = ++m_tokenUses[token];
            if (m_faults.tokenExpiresAfter > 0 && uses > m_faults.tokenExpiresAfter)
                return nullptr;
            return &user;
        }
        return nullptr;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        const QSslCertificate peer = ssl->peerCertificate();
        if (!peer.isNull()) {
            const QString cn = peer.subjectInfo(QSslCertificate::CommonName).value(0);
            for (const SimUser &user : std::as_const(m_users)) {
                if (user.token.isEmpty() && user.name == cn)
                    return &user;
            }
        }
    }
    return nullptr;
}

bool SimServer::allowed(const SimUser &user, const QString &verb, const QString &resource,
                        const QString &ns) const
{
    for (const SimRule &rule : user.rules) {
        if (ruleAllows(rule, verb, resource, ns))
            return true;
    }
    // RoleBindings grant within their namespace only.
    if (ns.isEmpty())
        return false;
    const QList<SimRule> bound = boundRules(user, ns);
    return std::any_of(bound.begin(), bound.end(),
                       [&](const SimRule &rule) { return ruleAllows(rule, verb, resource, ns); });
}

QList<SimRule> SimServer::boundRules(const SimUser &user, const QString &ns) const
{
    QList<SimRule> rules;
    if (ns.isEmpty())
        return rules;
    const SimKind &bindings =
        *findSimKind(u"rbac.authorization.k8s.io"_qs, u"v1"_qs, u"rolebindings"_qs);
    for (const QJsonObject &binding : m_store->objects(bindings, ns)) {
        const QJsonObject roleRef = binding.value(u"roleRef").toObject();
        // The simulator has no Roles, so only ClusterRoles bind anything.
        if (roleRef.value(u"kind").toString() != u"ClusterRole" || !bindsUser(binding, user, ns))
            continue;
        rules << clusterRoleRules(roleRef.value(u"name").toString(), ns);
    }
    return rules;
}

bool SimServer::isClusterAdmin(const QString &name) const
{
    const SimUser *user = findUser(name);
    return user && allowed(*user, u"*"_qs, u"*"_qs, {});
}

QJsonObject SimServer::discoveryGroups() const
{
    QJsonArray groups;
    QStringList seen;
    auto addGroup = [&](const QString &group, const QStringList &versions) {
        QJsonArray list;
        for (const QString &v : versions)
            list.append(QJsonObject{{u"groupVersion"_qs, QString(group + u"/"_qs + v)},
                                    {u"version"_qs, v}});
        groups.append(QJsonObject{
            {u"name"_qs, group}, {u"versions"_qs, list}, {u"preferredVersion"_qs, list.first()}});
    };
    const QList<const SimKind *> kinds = servedKinds();
    for (const SimKind *k : kinds) {
        if (k->group.isEmpty() || seen.contains(k->group))
            continue;
        seen << k->group;
        QStringList versions;
        for (const SimKind *other : kinds) {
            if (other->group == k->group && !versions.contains(other->version))
                versions << other->version;
        }
        addGroup(k->group, versions);
    }
    addGroup(u"authorization.k8s.io"_qs, {u"v1"_qs});
    addGroup(u"authentication.k8s.io"_qs, {u"v1"_qs});
    return QJsonObject{
        {u"kind"_qs, u"APIGroupList"_qs}, {u"apiVersion"_qs, u"v1"_qs}, {u"groups"_qs, groups}};
}

QJsonObject SimServer::resourceList(const QString &group, const QString &version) const
{
    QJsonArray resources;
    for (const SimKind *kind : servedKinds()) {
        const SimKind &k = *kind;
        if (k.group != group || k.version != version)
            continue;
        const QJsonArray verbs =
            k.readOnly
                ? QJsonArray{u"get"_qs, u"list"_qs}
                : QJsonArray{u"create"_qs, u"delete"_qs, u"deletecollection"_qs, u"get"_qs,
                             u"list"_qs,   u"patch"_qs,  u"update"_qs,           u"watch"_qs};
        QJsonObject r{{u"name"_qs, k.plural},
                      {u"singularName"_qs, k.singular},
                      {u"namespaced"_qs, k.namespaced},
                      {u"kind"_qs, k.kind},
                      {u"verbs"_qs, verbs}};
        if (!k.shortNames.isEmpty())
            r.insert(u"shortNames"_qs, QJsonArray::fromStringList(k.shortNames));
        resources.append(r);
        for (const QString &sub : k.subresources) {
            QString subKind = k.kind;
            QJsonArray subVerbs{u"get"_qs, u"patch"_qs, u"update"_qs};
            if (sub == u"log") {
                subKind += u"LogOptions"_qs;
                subVerbs = QJsonArray{u"get"_qs};
            } else if (sub == u"portforward") {
                subKind += u"PortForwardOptions"_qs;
                subVerbs = QJsonArray{u"create"_qs, u"get"_qs};
            }
            resources.append(QJsonObject{{u"name"_qs, QString(k.plural + u'/' + sub)},
                                         {u"singularName"_qs, QString()},
                                         {u"namespaced"_qs, k.namespaced},
                                         {u"kind"_qs, subKind},
                                         {u"verbs"_qs, subVerbs}});
        }
    }
    if (group == u"authorization.k8s.io" && version == u"v1") {
        for (const auto &[plural, kind] :
             {std::pair{u"selfsubjectaccessreviews"_qs, u"SelfSubjectAccessReview"_qs},
              std::pair{u"selfsubjectrulesreviews"_qs, u"SelfSubjectRulesReview"_qs}})
            resources.append(QJsonObject{{u"name"_qs, plural},
                                         {u"singularName"_qs, kind.toLower()},
                                         {u"namespaced"_qs, false},
                                         {u"kind"_qs, kind},
                                         {u"verbs"_qs, QJsonArray{u"create"_qs}}});
    }
    if (group == u"authentication.k8s.io" && version == u"v1") {
        resources.append(QJsonObject{{u"name"_qs, u"selfsubjectreviews"_qs},
                                     {u"singularName"_qs, u"selfsubjectreview"_qs},
                                     {u"namespaced"_qs, false},
                                     {u"kind"_qs, u"SelfSubjectReview"_qs},
                                     {u"verbs"_qs, QJsonArray{u"create"_qs}}});
    }
    if (resources.isEmpty())
        return {};
    return QJsonObject{{u"kind"_qs, u"APIResourceList"_qs},
                       {u"apiVersion"_qs, u"v1"_qs},
                       {u"groupVersion"_qs, group.isEmpty() ? version : group + u'/' + version},
                       {u"resources"_qs, resources}};
}

// OpenAPI v3 as far as kubectl needs it: an index of group versions and, per group version, the
// PATCH operations with their group-version-kind and the fieldValidation parameter, from which
// kubectl learns that the server validates fields itself.
void SimServer::serveOpenApiV3(QTcpSocket *socket, const QString &groupVersionPath)
{
    QStringList paths;
    const QList<const SimKind *> kinds = servedKinds();
    for (const SimKind *kind : kinds) {
        const SimKind &k = *kind;
        const QString gvPath = k.group.isEmpty()
                                   ? u"api/"_qs + k.version
                                   : QStringLiteral("apis/%1/%2").arg(k.group, k.version);
        if (!paths.contains(gvPath))
            paths << gvPath;
    }
    if (groupVersionPath.isEmpty()) {
        QJsonObject index;
        for (const QString &path : paths)
            index.insert(path, QJsonObject{{u"serverRelativeURL"_qs,
                                            QStringLiteral("/openapi/v3/%1?hash=sim").arg(path)}});
        reply(socket, 200, QJsonObject{{u"paths"_qs, index}});
        return;
    }
    if (!paths.contains(groupVersionPath)) {
        replyNotFound(socket);
        return;
    }
    QJsonObject docPaths;
    for (const SimKind *kind : kinds) {
        const SimKind &k = *kind;
        const QString gvPath = k.group.isEmpty()
                                   ? u"api/"_qs + k.version
                                   : QStringLiteral("apis/%1/%2").arg(k.group, k.version);
        if (gvPath != groupVersionPath || k.readOnly)
            continue;
        const QString path =
            k.namespaced
                ? QStringLiteral("/%1/namespaces/{namespace}/%2/{name}").arg(gvPath, k.plural)
                : QStringLiteral("/%1/%2/{name}").arg(gvPath, k.plural);
        const QJsonObject patch{
            {u"x-kubernetes-group-version-kind"_qs,
             QJsonObject{{u"group"_qs, k.group}, {u"version"_qs, k.version}, {u"kind"_qs, k.kind}}},
            {u"parameters"_qs,
             QJsonArray{QJsonObject{{u"name"_qs, u"fieldValidation"_qs},
                                    {u"in"_qs, u"query"_qs},
                                    {u"schema"_qs, QJsonObject{{u"type"_qs, u"string"_qs}}}},
                        QJsonObject{{u"name"_qs, u"fieldManager"_qs},
                                    {u"in"_qs, u"query"_qs},
                                    {u"schema"_qs, QJsonObject{{u"type"_qs, u"string"_qs}}}}}},
            {u"responses"_qs,
             QJsonObject{{u"200"_qs, QJsonObject{{u"description"_qs, u"OK"_qs}}}}}};
        docPaths.insert(path, QJsonObject{{u"patch"_qs, patch}});
    }
    reply(socket, 200,
          QJsonObject{{u"openapi"_qs, u"3.0.0"_qs},
                      {u"info"_qs, QJsonObject{{u"title"_qs, u"Kubernetes"_qs},
                                               {u"version"_qs, u"v1.31.0"_qs}}},
                      {u"paths"_qs, docPaths},
                      {u"components"_qs, QJsonObject{{u"schemas"_qs, QJsonObject()}}}});
}

void SimServer::dispatch(const SimRequest &request, QTcpSocket *socket)
{
    QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);

    if (segments.value(0) == u"_sim") {
        handleControl(request, socket, segments.mid(1));
        return;
    }
    if (segments == QStringList{u"version"_qs}) {
        reply(socket, 200,
              QJsonObject{{u"major"_qs, u"1"_qs},
                          {u"minor"_qs, u"31"_qs},
                          {u"gitVersion"_qs, u"v1.31.0-kfw-sim"_qs},
                          {u"gitCommit"_qs, u"0000000000000000000000000000000000000000"_qs},
                          {u"gitTreeState"_qs, u"clean"_qs},
                          {u"buildDate"_qs, u"2026-01-01T00:00:00Z"_qs},
                          {u"goVersion"_qs, u"go1.22.0"_qs},
                          {u"compiler"_qs, u"gc"_qs},
                          {u"platform"_qs, u"linux/amd64"_qs}});
        return;
    }
    if (segments.value(0) == u"healthz" || segments.value(0) == u"readyz" ||
        segments.value(0) == u"livez") {
        replyRaw(socket, 200, "text/plain; charset=utf-8", "ok");
        return;
    }

    // Fault switches act on everything else.
    if (m_faults.throttleNext > 0) {
        --m_faults.throttleNext;
        const QByteArray body = QJsonDocument(statusError(429, u"TooManyRequests"_qs,
                                                          u"Too many requests, please try again "
                                                          "later."_qs)
                                                  .body)
                                    .toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n";
        head += "Retry-After: " + QByteArray::number(m_faults.retryAfterSeconds) + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head + body);
        return;
    }
    if (m_faults.serverErrorRate > 0 &&
        QRandomGenerator::global()->generateDouble() < m_faults.serverErrorRate) {
        // What an overloaded control plane or a restarting load balancer answers.
        const bool unavailable = QRandomGenerator::global()->bounded(2) == 0;
        reply(socket, unavailable ? 503 : 502,
              statusError(unavailable ? 503 : 502,
                          unavailable ? u"ServiceUnavailable"_qs : u"BadGateway"_qs,
                          u"the simulated server failed on purpose"_qs)
                  .body);
        return;
    }

    if (SimGateway::serves(segments) || segments.value(0) == u"notebook") {
        handleGateway(request, socket, segments);
        return;
    }
    const SimKfp::Route kfp = SimKfp::route(segments);
    // The direct URL (a port-forward to ml-pipeline) without a token: KFP in multi-user mode
    // trusts the kubeflow-userid header the gateway sets, and refuses a call without one. A
    // client certificate still authenticates as before.
    if (kfp.matched && !kfp.proxied && request.header("authorization").isEmpty()) {
        const QString userId = QString::fromUtf8(request.header("kubeflow-userid")).trimmed();
        if (!userId.isEmpty()) {
            // KFP asks the cluster what the named user may do; a user it does not know may
            // do nothing.
            SimUser named;
            named.name = userId;
            if (const SimUser *known = findUser(userId))
                named = *known;
            serveKfp(request, socket, kfp.rest, &named);
            return;
        }
        if (!authenticate(request, socket)) {
            const SimKfp::Reply refusal = SimKfp::missingIdentity();
            reply(socket, refusal.status, refusal.body);
            return;
        }
    }

    const SimUser *user = authenticate(request, socket);
    if (!user) {
        reply(socket, 401, statusError(401, u"Unauthorized"_qs, u"Unauthorized"_qs).body);
        return;
    }

    QString metadataMethod;
    QStringList artifactPath;
    const bool metadataCall = SimMetadata::isMetadataCall(segments, &metadataMethod);
    if (metadataCall || SimMetadata::isArtifactRead(segments, &artifactPath)) {
        if (!mayProxy(request, socket, *user,
                      metadataCall ? u"metadata-envoy-service"_qs : u"ml-pipeline-ui"_qs))
            return;
        // Through the API server KFP's UI sees no kubeflow-userid and serves as it does
        // without authentication.
        const SimMetadata::Answer answer =
            metadataCall ? m_kfp->metadata().call(metadataMethod, request.header("content-type"),
                                                  request.body)
                         : m_kfp->metadata().read(artifactPath, request.query, {});
        replyRaw(socket, answer.status, answer.contentType, answer.body, answer.headers);
        return;
    }

    if (const SimKfam::Route kfam = SimKfam::route(segments); kfam.matched) {
        if (!mayProxy(request, socket, *user, kfam.service))
            return;
        // KFAM believes its userid header (kubeflow-userid, without a prefix, in Kubeflow's
        // manifests) and nothing else: whoever the API server let through is not its caller.
        serveKfam(request, socket, kfam.rest,
                  QString::fromUtf8(request.header("kubeflow-userid").trimmed()));
        return;
    }

    if (kfp.matched) {
        // The service proxy is authorised as the subresource services/proxy.
        if (kfp.proxied &&
            !allowed(*user, verbOf(request, false), u"services/proxy"_qs, u"kubeflow"_qs)) {
            reply(socket, 403,
                  statusError(403, u"Forbidden"_qs,
                              QStringLiteral("services \"ml-pipeline:8888\" is forbidden: User "
                                             "\"%1\" cannot %2 resource \"services/proxy\" in "
                                             "API group \"\" in the namespace \"kubeflow\"")
                                  .arg(user->name, verbOf(request, false)))
                      .body);
            return;
        }
        serveKfp(request, socket, kfp.rest, nullptr);
        return;
    }
    if (segments.value(0) == u"openapi" && segments.value(1) == u"v3") {
        serveOpenApiV3(socket, segments.mid(2).join(u'/'));
        return;
    }
    if (segments == QStringList{u"api"_qs}) {
        const quint16 port = socket->localPort();
        reply(socket, 200,
              QJsonObject{{u"kind"_qs, u"APIVersions"_qs},
                          {u"versions"_qs, QJsonArray{u"v1"_qs}},
                          {u"serverAddressByClientCIDRs"_qs,
                           QJsonArray{QJsonObject{
                               {u"clientCIDR"_qs, u"0.0.0.0/0"_qs},
                               {u"serverAddress"_qs, QStringLiteral("127.0.0.1:%1").arg(port)}}}}});
        return;
    }
    if (segments == QStringList{u"apis"_qs}) {
        reply(socket, 200, discoveryGroups());
        return;
    }

    QString group;
    QString version;
    QStringList rest;
    if (segments.value(0) == u"api" && segments.size() >= 2) {
        version = segments.at(1);
        rest = segments.mid(2);
    } else if (segments.value(0) == u"apis" && segments.size() >= 3) {
        group = segments.at(1);
        version = segments.at(2);
        rest = segments.mid(3);
    } else if (segments.value(0) == u"apis" && segments.size() == 2) {
        const QJsonArray groups = discoveryGroups().value(u"groups").toArray();
        for (const QJsonValue &g : groups) {
            if (g.toObject().value(u"name").toString() == segments.at(1)) {
                QJsonObject body = g.toObject();
                body.insert(u"kind"_qs, u"APIGroup"_qs);
                body.insert(u"apiVersion"_qs, u"v1"_qs);
                reply(socket, 200, body);
                return;
            }
        }
        replyNotFound(socket);
        return;
    } else {
        replyNotFound(socket);
        return;
    }

    if (rest.isEmpty()) {
        const QJsonObject list = resourceList(group, version);
        if (list.isEmpty())
            replyNotFound(socket);
        else
            reply(socket, 200, list);
        return;
    }

    if ((group == u"authorization.k8s.io" || group == u"authentication.k8s.io") &&
        version == u"v1" && rest.size() == 1) {
        handleReview(request, socket, *user, rest.first());
        return;
    }

    // namespaces/{ns}/{plural}[/{name}[/{sub}]] or {plural}[/{name}[/{sub}]]
    QString ns;
    QString plural;
    QString name;
    QString sub;
    if (rest.value(0) == u"namespaces" && rest.size() >= 3 && rest.at(2) != u"status" &&
        rest.at(2) != u"finalize") {
        ns = rest.at(1);
        plural = rest.at(2);
        name = rest.value(3);
        sub = rest.value(4);
        if (rest.size() > 5) {
            replyNotFound(socket);
            return;
        }
    } else {
        plural = rest.at(0);
        name = rest.value(1);
        sub = rest.value(2);
    }
    const SimKind *kind = findKind(group, version, plural);
    if (!kind || (!kind->namespaced && !ns.isEmpty()) ||
        (!sub.isEmpty() && !kind->subresources.contains(sub))) {
        replyNotFound(socket);
        return;
    }

    const QString verb = verbOf(request, name.isEmpty());
    const QString resource = sub.isEmpty() ? plural : plural + u'/' + sub;
    if (!allowed(*user, verb, resource, kind->namespaced ? ns : QString())) {
        const QString where = kind->namespaced && !ns.isEmpty()
                                  ? QStringLiteral("in the namespace \"%1\"").arg(ns)
                                  : u"at the cluster scope"_qs;
        const QString what =
            name.isEmpty() ? resource : QStringLiteral("%1 \"%2\"").arg(resource, name);
        reply(socket, 403,
              statusError(403, u"Forbidden"_qs,
                          QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" "
                                         "in API group \"%5\" %6")
                              .arg(what, user->name, verb, resource, group, where),
                          QJsonObject{{u"name"_qs, name}, {u"kind"_qs, plural}})
                  .body);
        return;
    }
    handleResource(request, socket, *user, *kind, ns, name, sub);
}

void SimServer::handleResource(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                               const SimKind &kind, const QString &ns, const QString &name,
                               const QString &subresource)
{
    Q_UNUSED(user)
    const QByteArray &method = request.method;
    if (subresource == u"log") {
        serveLog(request, socket, ns, name);
        return;
    }
    if (subresource == u"portforward") {
        // Only a WebSocket upgrade reaches the kubelet (upgrade()); this simulator speaks no
        // SPDY.
        reply(socket, 400, statusError(400, u"BadRequest"_qs, u"Upgrade request required"_qs).body);
        return;
    }
    // Writes go to the listed kind (the storage version); answers come back in kind's version.
    const SimKind &stored = storageKind(kind);
    const QString includeObject = request.query.queryItemValue(u"includeObject"_qs);
    const SimView view = SimView::negotiate(request.header("accept"),
                                            name.isEmpty() && method == "GET", includeObject);
    QStringList warnings;
    SimAdmit admit;
    if (m_schemas && m_schemas->find(kind)) {
        const FieldValidation mode =
            fieldValidationFrom(request.query.queryItemValue(u"fieldValidation"_qs));
        admit = [this, &kind, mode, &warnings](QJsonObject *object) {
            SimAdmission admission = m_schemas->admit(kind, object, mode);
            warnings << admission.warnings;
            return admission.refusal;
        };
    }
    if (name.isEmpty()) {
        if (method == "GET") {
            if (verbOf(request, true) == u"watch") {
                startWatch(request, socket, kind, ns);
                return;
            }
            SimStore::ListQuery query;
            query.ns = ns;
            QString error;
            const QString labels =
                request.query.queryItemValue(u"labelSelector"_qs, QUrl::FullyDecoded);
            const QString fields =
                request.query.queryItemValue(u"fieldSelector"_qs, QUrl::FullyDecoded);
            if (!labels.isEmpty() && !(query.labels = LabelSelector::parse(labels, &error))) {
                reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
                return;
            }
            if (!fields.isEmpty() && !(query.fields = FieldSelector::parse(fields, &error))) {
                reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
                return;
            }
            query.limit = request.query.queryItemValue(u"limit"_qs).toInt();
            query.continueToken = request.query.queryItemValue(u"continue"_qs, QUrl::FullyDecoded);
            const SimResult result = m_store->list(kind, query);
            reply(socket, result.code, present(kind, result.body, view));
            return;
        }
        if (method == "POST") {
            QString error;
            const auto body = parseBody(request, &error);
            if (!body) {
                reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
                return;
            }
            const SimResult result = m_store->create(stored, ns, *body, admit);
            reply(socket, result.code, present(kind, result.body, view), warnings);
            return;
        }
        replyMethodNotAllowed(socket);
        return;
    }

    const bool statusOnly = subresource == u"status";
    SimResult result;
    if (method == "GET") {
        result = m_store->get(stored, ns, name);
    } else if (method == "PUT") {
        QString error;
        const auto body = parseBody(request, &error);
        if (!body) {
            reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
            return;
        }
        result = m_store->update(stored, ns, name, *body, statusOnly, admit);
    } else if (method == "PATCH") {
        QByteArray patchBody = request.body;
        if (request.header("content-type").startsWith("application/apply-patch+yaml")) {
            QString error;
            const auto body = parseBody(request, &error);
            if (!body) {
                reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
                return;
            }
            patchBody = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        }
        result =
            m_store->patch(stored, ns, name, request.header("content-type"), patchBody, statusOnly,
                           request.query.queryItemValue(u"fieldManager"_qs), admit);
    } else if (method == "DELETE") {
        result = m_store->remove(stored, ns, name);
    } else {
        result = statusError(405, u"MethodNotAllowed"_qs,
                             u"the server does not allow this method on the requested "
                             "resource"_qs);
    }
    reply(socket, result.code, present(kind, result.body, view), warnings);
}

void SimServer::handleReview(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                             const QString &plural)
{
    if (request.method != "POST") {
        replyMethodNotAllowed(socket);
        return;
    }
    QString error;
    const auto body = parseBody(request, &error);
    if (!body) {
        reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
        return;
    }
    QJsonObject answer = *body;
    if (plural == u"selfsubjectaccessreviews") {
        const QJsonObject attributes =
            body->value(u"spec").toObject().value(u"resourceAttributes").toObject();
        QString resource = attributes.value(u"resource").toString();
        if (!attributes.value(u"subresource").toString().isEmpty())
            resource += u'/' + attributes.value(u"subresource").toString();
        const bool ok = allowed(user, attributes.value(u"verb").toString(), resource,
                                attributes.value(u"namespace").toString());
        answer.insert(u"status"_qs, QJsonObject{{u"allowed"_qs, ok}});
    } else if (plural == u"selfsubjectreviews") {
        answer.insert(
            u"status"_qs,
            QJsonObject{{u"userInfo"_qs,
                         QJsonObject{{u"username"_qs, user.name},
                                     {u"groups"_qs, QJsonArray::fromStringList(user.groups)}}}});
    } else if (plural == u"selfsubjectrulesreviews") {
        const QString ns = body->value(u"spec").toObject().value(u"namespace").toString();
        QJsonArray rules;
        for (const SimRule &rule : user.rules + boundRules(user, ns)) {
            if (!rule.namespaces.isEmpty() && !rule.namespaces.contains(ns))
                continue;
            rules.append(
                QJsonObject{{u"verbs"_qs, QJsonArray::fromStringList(rule.verbs)},
                            {u"apiGroups"_qs, QJsonArray{u"*"_qs}},
                            {u"resources"_qs, QJsonArray::fromStringList(rule.resources)}});
        }
        answer.insert(u"status"_qs, QJsonObject{{u"resourceRules"_qs, rules},
                                                {u"nonResourceRules"_qs, QJsonArray()},
                                                {u"incomplete"_qs, false}});
    } else {
        replyNotFound(socket);
        return;
    }
    reply(socket, 201, answer);
}

void SimServer::startWatch(const SimRequest &request, QTcpSocket *socket, const SimKind &kind,
                           const QString &ns)
{
    auto *watch = new Watch;
    watch->socket = socket;
    watch->kind = &kind;
    watch->ns = ns;
    QString error;
    const QString labels = request.query.queryItemValue(u"labelSelector"_qs, QUrl::FullyDecoded);
    const QString fields = request.query.queryItemValue(u"fieldSelector"_qs, QUrl::FullyDecoded);
    if ((!labels.isEmpty() && !(watch->labels = LabelSelector::parse(labels, &error))) ||
        (!fields.isEmpty() && !(watch->fields = FieldSelector::parse(fields, &error)))) {
        delete watch;
        reply(socket, 400, statusError(400, u"BadRequest"_qs, error).body);
        return;
    }
    const QString bookmarks = request.query.queryItemValue(u"allowWatchBookmarks"_qs);
    watch->bookmarks = bookmarks == u"true" || bookmarks == u"1";
    // Events carry objects in the negotiated shape: kubectl get --watch asks for Table rows.
    watch->view = SimView::negotiate(request.header("accept"), false,
                                     request.query.queryItemValue(u"includeObject"_qs));

    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  "Cache-Control: no-cache, private\r\nTransfer-Encoding: chunked\r\n\r\n");
    m_watches << watch;

    const QString from = request.query.queryItemValue(u"resourceVersion"_qs);
    QByteArray initial;
    if (m_faults.goneOnNextWatch) {
        m_faults.goneOnNextWatch = false;
        initial =
            watchLine(u"ERROR"_qs, statusError(410, u"Expired"_qs,
                                               QStringLiteral("too old resource version: %1 (%2)")
                                                   .arg(from)
                                                   .arg(m_store->resourceVersion()))
                                       .body);
        writeChunk(socket, initial);
        endWatch(watch, false);
        return;
    }
    if (from.isEmpty() || from == u"0") {
        // "Start at most recent": the current state as synthetic ADDED events.
        for (const QJsonObject &object : m_store->objects(kind, ns)) {
            if (watch->matches(object))
                initial += watchLine(u"ADDED"_qs, present(kind, object, watch->view));
        }
    } else {
        const auto events = m_store->eventsSince(from.toLongLong(), kind.id());
        if (!events) {
            initial = watchLine(u"ERROR"_qs,
                                statusError(410, u"Expired"_qs,
                                            QStringLiteral("too old resource version: %1 (%2)")
                                                .arg(from)
                                                .arg(m_store->oldestWatchableVersion()))
                                    .body);
            writeChunk(socket, initial);
            endWatch(watch, false);
            return;
        }
        for (const SimEvent &event : *events) {
            const bool now = watch->matches(event.object);
            const bool before = event.type == u"MODIFIED" && watch->matches(event.previous);
            const QJsonObject shown = present(kind, event.object, watch->view);
            if (now)
                initial += watchLine(
                    event.type == u"MODIFIED" && !before ? u"ADDED"_qs : event.type, shown);
            else if (before)
                initial += watchLine(u"DELETED"_qs, shown);
        }
    }
    // The fault switch counts the backlog too, so a client that reconnects into a busy stream
    // is dropped again.
    const int backlog = int(initial.count('\n'));
    if (m_faults.dropWatchAfterEvents > 0 && backlog >= m_faults.dropWatchAfterEvents) {
        qsizetype cut = 0;
        for (int i = 0; i < m_faults.dropWatchAfterEvents; ++i)
            cut = initial.indexOf('\n', cut) + 1;
        writeChunk(socket, initial.left(cut));
        socket->flush();
        endWatch(watch, true);
        return;
    }
    watch->sent = backlog;
    writeChunk(socket, initial);

    int timeoutSeconds = request.query.queryItemValue(u"timeoutSeconds"_qs).toInt();
    if (timeoutSeconds <= 0)
        timeoutSeconds = 1800;
    watch->timeout = new QTimer;
    watch->timeout->setSingleShot(true);
    connect(watch->timeout, &QTimer::timeout, this, [this, watch] { endWatch(watch, false); });
    watch->timeout->start(timeoutSeconds * 1000);
    if (watch->bookmarks) {
        watch->bookmarkTimer = new QTimer;
        connect(watch->bookmarkTimer, &QTimer::timeout, this, [this, watch] {
            const QJsonObject object{
                {u"kind"_qs, watch->kind->kind},
                {u"apiVersion"_qs, watch->kind->apiVersion()},
                {u"metadata"_qs,
                 QJsonObject{{u"resourceVersion"_qs, QString::number(m_store->resourceVersion())},
                             {u"annotations"_qs,
                              QJsonObject{{u"k8s.io/initial-events-end"_qs, u"true"_qs}}}}}};
            writeChunk(watch->socket, watchLine(u"BOOKMARK"_qs, object));
        });
        watch->bookmarkTimer->start(std::max(50, m_faults.bookmarkIntervalMs));
    }
    watch->connections << connect(socket, &QObject::destroyed, this, [this, watch] {
        if (m_watches.contains(watch)) {
            m_watches.removeAll(watch);
            delete watch->timeout;
            delete watch->bookmarkTimer;
            delete watch;
        }
    });
    watch->connections << connect(socket, &QAbstractSocket::disconnected, this, [this, watch] {
        if (m_watches.contains(watch))
            endWatch(watch, true);
    });
}

void SimServer::endWatch(Watch *watch, bool abort)
{
    if (!m_watches.removeAll(watch))
        return;
    if (watch->socket) {
        // Only this watch's connections: the server's own request handling on the socket
        // must go on for the next request on a kept-alive connection.
        for (const QMetaObject::Connection &c : std::as_const(watch->connections))
            disconnect(c);
        if (abort)
            watch->socket->abort();
        else
            watch->socket->write("0\r\n\r\n");
    }
    // Timers may be the caller; delete them later.
    if (watch->timeout)
        watch->timeout->deleteLater();
    if (watch->bookmarkTimer)
        watch->bookmarkTimer->deleteLater();
    delete watch;
}

void SimServer::onChanged(const SimEvent &event)
{
    const QList<Watch *> watches = m_watches;
    for (Watch *watch : watches) {
        if (!m_watches.contains(watch) || watch->kind->id() != event.kindId)
            continue;
        const bool now = watch->matches(event.object);
        const bool before = event.type == u"MODIFIED" && watch->matches(event.previous);
        QByteArray line;
        if (now)
            line = watchLine(event.type == u"MODIFIED" && !before ? u"ADDED"_qs : event.type,
                             present(*watch->kind, event.object, watch->view));
        else if (before)
            line = watchLine(u"DELETED"_qs, present(*watch->kind, event.object, watch->view));
        if (line.isEmpty())
            continue;
        writeChunk(watch->socket, line);
        ++watch->sent;
        if (m_faults.dropWatchAfterEvents > 0 && watch->sent >= m_faults.dropWatchAfterEvents)
            endWatch(watch, true);
    }
}

void SimServer::serveLog(const SimRequest &request, QTcpSocket *socket, const QString &ns,
                         const QString &pod)
{
    const SimKind *pods = findSimKind({}, u"v1"_qs, u"pods"_qs);
    const SimResult result = m_store->get(*pods, ns, pod);
    if (!result.ok()) {
        reply(socket, result.code, result.body);
        return;
    }
    const QJsonArray containers =
        result.body.value(u"spec").toObject().value(u"containers").toArray();
    QString container = request.query.queryItemValue(u"container"_qs);
    if (container.isEmpty()) {
        if (containers.size() != 1) {
            QStringList names;
            for (const QJsonValue &c : containers)
                names << c.toObject().value(u"name").toString();
            reply(socket, 400,
                  statusError(400, u"BadRequest"_qs,
                              QStringLiteral("a container name must be specified for pod %1, "
                                             "choose one of: [%2]")
                                  .arg(pod, names.join(u' ')))
                      .body);
            return;
        }
        container = containers.first().toObject().value(u"name").toString();
    }
    bool known = false;
    for (const QJsonValue &c : containers)
        known = known || c.toObject().value(u"name").toString() == container;
    if (!known) {
        reply(
            socket, 400,
            statusError(400, u"BadRequest"_qs,
                        QStringLiteral("container %1 is not valid for pod %2").arg(container, pod))
                .body);
        return;
    }
    const QString previous = request.query.queryItemValue(u"previous"_qs);
    if (previous == u"true") {
        reply(socket, 400,
              statusError(400, u"BadRequest"_qs,
                          QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not "
                                         "found")
                              .arg(container, pod))
                  .body);
        return;
    }
    const QString key = ns + u'/' + pod + u'/' + container;
    QByteArray text = m_podLogs.value(key);
    const QString tail = request.query.queryItemValue(u"tailLines"_qs);
    if (!tail.isEmpty()) {
        QList<QByteArray> lines = text.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        const qsizetype n = std::max(0, tail.toInt());
        lines = lines.mid(std::max<qsizetype>(0, lines.size() - n));
        text = lines.join('\n');
        if (!text.isEmpty())
            text += '\n';
    }
    const QString follow = request.query.queryItemValue(u"follow"_qs);
    if (follow != u"true" && follow != u"1") {
        replyRaw(socket, 200, "text/plain", text);
        return;
    }
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
    writeChunk(socket, text);
    auto *follower = new LogFollower;
    follower->socket = socket;
    follower->key = key;
    m_followers << follower;
    connect(socket, &QObject::destroyed, this, [this, follower] {
        if (m_followers.removeAll(follower))
            delete follower;
    });
}

void SimServer::endPodLog(const QString &ns, const QString &pod, const QString &container)
{
    const QString key = ns + u'/' + pod + u'/' + container;
    const QList<LogFollower *> followers = m_followers;
    for (LogFollower *follower : followers) {
        if (follower->key != key)
            continue;
        if (follower->socket)
            follower->socket->write("0\r\n\r\n");
        m_followers.removeAll(follower);
        delete follower;
    }
}

void SimServer::appendPodLog(const QString &ns, const QString &pod, const QString &container,
                             const QByteArray &text)
{
    const QString key = ns + u'/' + pod + u'/' + container;
    m_podLogs[key] += text;
    for (LogFollower *follower : std::as_const(m_followers)) {
        if (follower->key == key)
            writeChunk(follower->socket, text);
    }
}

void SimServer::handleControl(const SimRequest &request, QTcpSocket *socket,
                              const QStringList &segments)
{
    // Control needs the administrator's token, like any cluster-wide change.
    const SimUser *user = authenticate(request, socket);
    if (!user || !allowed(*user, u"*"_qs, u"*"_qs, {})) {
        reply(socket, 401, statusError(401, u"Unauthorized"_qs, u"Unauthorized"_qs).body);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString what = segments.value(0);
    if (what == u"notebooks" && request.method == "POST") {
        // How long notebook pods spend in ContainerCreating.
        m_notebooks->setReadySeconds(
            body.value(u"readySeconds").toDouble(m_notebooks->readySeconds()));
        reply(socket, 200, QJsonObject{{u"readySeconds"_qs, m_notebooks->readySeconds()}});
    } else if (what == u"kfp" && request.method == "POST") {
        // How long KFP runs stay in each of PENDING and RUNNING, for tests that act on a run
        // while it goes.
        m_kfp->setRunSeconds(body.value(u"runSeconds").toDouble(m_kfp->runSeconds()));
        // What tasks put out, by task name (SimKfp::setTaskOutputs).
        const QJsonObject outputs = body.value(u"taskOutputs").toObject();
        for (auto it = outputs.begin(); it != outputs.end(); ++it)
            m_kfp->setTaskOutputs(it.key(), it.value().toObject());
        reply(socket, 200, QJsonObject{{u"runSeconds"_qs, m_kfp->runSeconds()}});
    } else if (what == u"faults") {
        if (request.method == "POST")
            m_faults = SimFaults::fromJson(body, m_faults);
        reply(socket, 200, m_faults.toJson());
    } else if (what == u"compact") {
        m_store->compact();
        reply(socket, 200,
              QJsonObject{{u"resourceVersion"_qs, QString::number(m_store->resourceVersion())}});
    } else if (what == u"users" && request.method == "POST") {
        SimUser added;
        added.name = body.value(u"name").toString();
        added.token = body.value(u"token").toString();
        for (const QJsonValue &g : body.value(u"groups").toArray())
            added.groups << g.toString();
        for (const QJsonValue &r : body.value(u"rules").toArray()) {
            SimRule rule;
            for (const QJsonValue &v : r.toObject().value(u"verbs").toArray())
                rule.verbs << v.toString();
            for (const QJsonValue &v : r.toObject().value(u"resources").toArray())
                rule.resources << v.toString();
            for (const QJsonValue &v : r.toObject().value(u"namespaces").toArray())
                rule.namespaces << v.toString();
            added.rules << rule;
        }
        m_users.prepend(added);
        reply(socket, 201, body);
    } else if (what == u"logs" && request.method == "POST" && segments.size() == 4) {
        appendPodLog(segments.at(1), segments.at(2), segments.at(3), request.body);
        reply(socket, 200, QJsonObject{});
    } else if (what == u"sessions" && segments.size() == 1 && request.method == "GET") {
        reply(socket, 200,
              QJsonObject{{u"sessions"_qs, m_gateway.sessionCount()},
                          {u"logins"_qs, m_gateway.loginCount()}});
    } else if (what == u"sessions" && segments.value(1) == u"expire" && request.method == "POST") {
        reply(socket, 200, QJsonObject{{u"expired"_qs, m_gateway.expireSessions()}});
    } else if (what == u"requests") {
        QJsonObject counts;
        for (auto it = m_requestCounts.constBegin(); it != m_requestCounts.constEnd(); ++it)
            counts.insert(it.key(), it.value());
        reply(socket, 200, counts);
    } else {
        reply(socket, 404, statusError(404, u"NotFound"_qs, u"unknown control endpoint"_qs).body);
    }
}

const SimUser *SimServer::findUser(const QString &name) const
{
    for (const SimUser &user : m_users) {
        if (user.name == name)
            return &user;
    }
    return nullptr;
}

void SimServer::serveKfp(const SimRequest &request, QTcpSocket *socket, const QStringList &rest,
                         const SimUser *caller)
{
    std::optional<SimKfp::Caller> multiUser;
    if (caller) {
        multiUser = SimKfp::Caller{caller->name, [this, user = *caller](const QString &verb,
                                                                        const QString &resource,
                                                                        const QString &ns) {
                                       return allowed(user, verb, resource, ns);
                                   }};
    }
    const SimKfp::Reply answer =
        m_kfp->handle(request.method, rest, request.query, request.header("content-type"),
                      request.body, multiUser ? &*multiUser : nullptr);
    reply(socket, answer.status, answer.body);
}

bool SimServer::mayProxy(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                         const QString &service)
{
    // The service proxy is authorised as the subresource services/proxy.
    const QString verb = verbOf(request, false);
    if (allowed(user, verb, u"services/proxy"_qs, u"kubeflow"_qs))
        return true;
    reply(socket, 403,
          statusError(403, u"Forbidden"_qs,
                      QStringLiteral("services \"%1\" is forbidden: User \"%2\" cannot %3 "
                                     "resource \"services/proxy\" in API group \"\" in the "
                                     "namespace \"kubeflow\"")
                          .arg(service, user.name, verb),
                      QJsonObject{{u"name"_qs, service}, {u"kind"_qs, u"services"_qs}})
              .body);
    return false;
}

void SimServer::serveKfam(const SimRequest &request, QTcpSocket *socket, const QStringList &path,
                          const QString &userId)
{
    const SimKfam::Reply answer =
        m_kfam.handle(request.method, path, request.query, request.body, userId);
    replyRaw(socket, answer.status, answer.contentType, answer.body);
}

void SimServer::handleGateway(const SimRequest &request, QTcpSocket *socket,
                              const QStringList &segments)
{
    const auto send = [socket](const SimGateway::Answer &answer) {
        replyRaw(socket, answer.status, answer.contentType, answer.body, answer.headers);
    };
    QStringList names;
    for (const SimUser &u : std::as_const(m_users))
        names << u.name;
    const bool secure = qobject_cast<QSslSocket *>(socket) != nullptr;
    if (const std::optional<SimGateway::Answer> answer =
            m_gateway.login(request, segments, names, secure)) {
        send(*answer);
        return;
    }
    // The session cookie, else a bearer token: an id token or a ServiceAccount token, which
    // oauth2-proxy passes on (skip_jwt_bearer_tokens).
    const SimUser *user = findUser(m_gateway.sessionUser(request));
    if (!user && request.header("authorization").startsWith("Bearer "))
        user = authenticate(request, socket);
    if (!user) {
        send(SimGateway::unauthenticated(request));
        return;
    }
    if (segments == QStringList{u"oauth2"_qs, u"userinfo"_qs}) {
        send(SimGateway::userInfo(user->name));
        return;
    }
    QString metadataMethod;
    QStringList artifactPath;
    if (SimMetadata::isMetadataCall(segments, &metadataMethod)) {
        // Kubeflow's gateway routes /ml_metadata to the metadata Envoy for any signed-in user.
        const SimMetadata::Answer answer =
            m_kfp->metadata().call(metadataMethod, request.header("content-type"), request.body);
        replyRaw(socket, answer.status, answer.contentType, answer.body, answer.headers);
        return;
    }
    if (SimMetadata::isArtifactRead(segments, &artifactPath)) {
        // Behind the gateway KFP's UI knows the user and asks the cluster whether they may view
        // the namespace.
        const SimMetadata::Answer answer = m_kfp->metadata().read(
            artifactPath, request.query, [this, viewer = *user](const QString &ns) {
                return allowed(viewer, u"get"_qs, u"viewers"_qs, ns);
            });
        replyRaw(socket, answer.status, answer.contentType, answer.body, answer.headers);
        return;
    }
    if (segments.value(0) == u"pipeline" && segments.value(1) == u"apis" &&
        segments.value(2) == u"v2beta1") {
        serveKfp(request, socket, segments.mid(3), user);
        return;
    }
    if (segments.value(0) == u"notebook") {
        serveNotebook(request, socket, *user, segments);
        return;
    }
    if (segments.value(0) == u"kfam") {
        // kubeflow/manifests routes /kfam/ through the gateway (VirtualService profiles-kfam),
        // where the session's user becomes kubeflow-userid. Its AuthorizationPolicy admits only
        // the central dashboard's ServiceAccount, though, so a real install refuses a browser's
        // own call at the mesh (403 "RBAC: access denied") and KFAM is reached through the
        // dashboard. The simulator serves the session's user, for clients that call KFAM as the
        // dashboard does.
        serveKfam(request, socket, segments, user->name);
        return;
    }
    if (request.method == "GET" && segments.isEmpty()) {
        send(SimGateway::page(u"Kubeflow Central Dashboard (simulated)"_qs));
        return;
    }
    if (request.method == "GET" && segments == QStringList{u"pipeline"_qs}) {
        send(SimGateway::page(u"Kubeflow Pipelines (simulated)"_qs));
        return;
    }
    replyNotFound(socket);
}

void SimServer::upgrade(const SimRequest &request, QTcpSocket *socket)
{
    // Once this returns, Qt gives the socket to its own QWebSocketServer, which could neither
    // refuse with a Kubernetes Status nor agree on a subprotocol. So the handshake is answered
    // here and consumed (the transaction Qt rolls back restarts after it), and the socket is
    // taken back from that server as soon as Qt has let go of it.
    socket->commitTransaction();
    socket->startTransaction();
    const QPointer<QTcpSocket> guard(socket);
    const auto takeBack = [this, guard](std::function<void(QTcpSocket *)> then) {
        QMetaObject::invokeMethod(
            this,
            [guard, then] {
                if (!guard)
                    return;
                QObject::disconnect(guard, &QIODevice::readyRead, nullptr, nullptr);
                then(guard);
            },
            Qt::QueuedConnection);
    };
    const auto refuse = [&](int code, const QByteArray &contentType, const QByteArray &body,
                            const QByteArray &headers = {}) {
        replyRaw(socket, code, contentType, body, headers + "Connection: close\r\n");
        takeBack([](QTcpSocket *s) { s->disconnectFromHost(); });
    };
    const auto refuseStatus = [&](const SimResult &status) {
        refuse(status.code, "application/json",
               QJsonDocument(status.body).toJson(QJsonDocument::Compact));
    };

    // Only pods/portforward: /api/v1/namespaces/{namespace}/pods/{name}/portforward.
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() != 7 || segments.at(0) != u"api" || segments.at(1) != u"v1" ||
        segments.at(2) != u"namespaces" || segments.at(4) != u"pods" ||
        segments.at(6) != u"portforward") {
        refuseStatus(statusError(404, u"NotFound"_qs,
                                 u"the server could not find the requested resource"_qs));
        return;
    }
    const QString ns = segments.at(3);
    const QString podName = segments.at(5);
    const SimUser *user = authenticate(request, socket);
    if (!user) {
        refuseStatus(statusError(401, u"Unauthorized"_qs, u"Unauthorized"_qs));
        return;
    }
    // The API server authorises the GET of a WebSocket upgrade as get; newer ones also ask for
    // create, as for the POST of a SPDY upgrade, which keeps viewers out. Both are asked here.
    for (const QString &verb : {u"get"_qs, u"create"_qs}) {
        if (allowed(*user, verb, u"pods/portforward"_qs, ns))
            continue;
        refuseStatus(statusError(
            403, u"Forbidden"_qs,
            QStringLiteral("pods \"%1\" is forbidden: User \"%2\" cannot %3 resource "
                           "\"pods/portforward\" in API group \"\" in the namespace \"%4\"")
                .arg(podName, user->name, verb, ns),
            QJsonObject{{u"name"_qs, podName}, {u"kind"_qs, u"pods"_qs}}));
        return;
    }
    const SimResult pod = m_store->get(*findSimKind({}, u"v1"_qs, u"pods"_qs), ns, podName);
    if (!pod.ok()) {
        refuseStatus(pod);
        return;
    }
    if (pod.body[u"spec"][u"nodeName"].toString().isEmpty()) {
        refuseStatus(
            statusError(400, u"BadRequest"_qs,
                        QStringLiteral("pod %1 does not have a host assigned").arg(podName)));
        return;
    }
    // The API server passes the ports on to the kubelet, which answers for them in plain text.
    QList<quint16> ports;
    for (const QString &value : request.query.allQueryItemValues(u"ports"_qs)) {
        for (const QString &text : value.split(u',')) {
            bool ok = false;
            const uint port = text.toUInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                refuse(400, "text/plain; charset=utf-8",
                       QStringLiteral("unable to parse \"%1\" as a port: strconv.ParseUint: "
                                      "parsing \"%2\": invalid syntax\n")
                           .arg(value, text)
                           .toUtf8());
                return;
            }
            ports << quint16(port);
        }
    }
    if (ports.isEmpty()) {
        refuse(400, "text/plain; charset=utf-8", "query parameter \"port\" is required\n");
        return;
    }

    // The handshake as golang.org/x/net/websocket answers it for the kubelet: version 13, and
    // the first subprotocol the client offers that port-forward speaks ("" when it offers none).
    const QByteArray key = request.header("sec-websocket-key").trimmed();
    if (request.header("sec-websocket-version").trimmed() != "13" || key.isEmpty()) {
        refuse(400, "text/plain; charset=utf-8", "Bad Request\n", "Sec-WebSocket-Version: 13\r\n");
        return;
    }
    const QStringList supported{u"v4.channel.k8s.io"_qs, u"v4.base64.channel.k8s.io"_qs};
    QStringList offered;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("sec-websocket-protocol", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &protocol : value.split(','))
            offered << QString::fromLatin1(protocol.trimmed());
    }
    QString protocol;
    if (!offered.isEmpty()) {
        const auto chosen = std::find_if(offered.begin(), offered.end(),
                                         [&](const QString &p) { return supported.contains(p); });
        if (chosen == offered.end()) {
            refuse(403, "text/plain; charset=utf-8",
                   QStringLiteral("requested protocol(s) are not supported: [%1]; supports [ %2]\n")
                       .arg(offered.join(u' '), supported.join(u' '))
                       .toUtf8());
            return;
        }
        protocol = *chosen;
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                      accept + "\r\n";
    if (!protocol.isEmpty())
        head += "Sec-WebSocket-Protocol: " + protocol.toLatin1() + "\r\n";
    socket->write(head + "\r\n");
    const bool base64 = protocol == u"v4.base64.channel.k8s.io";
    takeBack([this, ns, podName, ports, base64](QTcpSocket *s) {
        m_notebooks->portForward(s, ns, podName, ports, base64);
    });
}

void SimServer::serveNotebook(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                              const QStringList &segments)
{
    // Envoy's answers: a route exists while the Notebook does (its VirtualService), an upstream
    // while its pod is ready, and the pod's sidecar applies the namespace's policies.
    const QString ns = segments.value(1);
    const QString name = segments.value(2);
    const SimKind &notebooks = *findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"notebooks"_qs);
    if (name.isEmpty() || !m_store->get(notebooks, ns, name).ok()) {
        replyRaw(socket, 404, "text/plain; charset=utf-8", "Not Found\n");
        return;
    }
    const QJsonObject pod = m_notebooks->readyPod(ns, name);
    if (pod.isEmpty()) {
        replyRaw(socket, 503, "text/plain", "no healthy upstream");
        return;
    }
    if (!reachesNotebooks(user, ns)) {
        replyRaw(socket, 403, "text/plain", "RBAC: access denied");
        return;
    }
    const SimNotebooks::Answer answer = m_notebooks->jupyter(pod, request.method, request.path);
    replyRaw(socket, answer.status, answer.contentType, answer.body);
}

bool SimServer::reachesNotebooks(const SimUser &user, const QString &ns) const
{
    const SimResult found = m_store->get(*findSimKind({}, u"v1"_qs, u"namespaces"_qs), {}, ns);
    const QJsonObject annotations = found.body[u"metadata"][u"annotations"].toObject();
    if (!annotations.contains(u"owner"))
        return allowed(user, u"get"_qs, u"notebooks"_qs, ns);
    if (annotations.value(u"owner").toString() == user.name)
        return true;
    // KFAM's contributor bindings, from which it writes an AuthorizationPolicy per user.
    const SimKind &bindings =
        *findSimKind(u"rbac.authorization.k8s.io"_qs, u"v1"_qs, u"rolebindings"_qs);
    for (const QJsonObject &binding : m_store->objects(bindings, ns)) {
        const QJsonObject marks = binding[u"metadata"][u"annotations"].toObject();
        if (marks.value(u"user").toString() == user.name &&
            !marks.value(u"role").toString().isEmpty())
            return true;
    }
    return false;
}

void SimServer::startTaskPod(const QString &ns, const QString &runId, const QString &task,
                             const QString &pod)
{
    // A run outside any namespace is single-user KFP's, whose pods run in kubeflow. A profile
    // namespace exists before its runs; the simulator's KFP takes any name, so make it.
    const QString where = ns.isEmpty() ? u"kubeflow"_qs : ns;
    if (!m_store->namespaceExists(where))
        m_store->create(*findSimKind({}, u"v1"_qs, u"namespaces"_qs), {},
                        QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, where}}}});
    const SimKind &pods = *findSimKind({}, u"v1"_qs, u"pods"_qs);
    if (!m_store->get(pods, where, pod).ok()) {
        const QJsonObject object{
            {u"metadata"_qs,
             QJsonObject{
                 {u"name"_qs, pod},
                 {u"labels"_qs, QJsonObject{{u"pipelines.kubeflow.org/v2_component"_qs, u"true"_qs},
                                            {u"pipeline/runid"_qs, runId}}}}},
            {u"spec"_qs, QJsonObject{{u"serviceAccountName"_qs, u"default-editor"_qs},
                                     {u"restartPolicy"_qs, u"Never"_qs},
                                     {u"containers"_qs,
                                      QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                             {u"image"_qs, u"python:3.11"_qs}}}}}}};
        m_store->create(pods, where, object);
    }
    m_store->update(pods, where, pod, QJsonObject{{u"status"_qs, taskPodStatus(u"RUNNING"_qs)}},
                    true);
    appendPodLog(where, pod, u"main"_qs,
                 QStringLiteral("%1: started (run %2)\n").arg(task, runId).toUtf8());
}

void SimServer::finishTaskPod(const QString &ns, const QString &runId, const QString &task,
                              const QString &pod, const QString &state)
{
    Q_UNUSED(runId)
    const QString where = ns.isEmpty() ? u"kubeflow"_qs : ns;
    const SimKind &pods = *findSimKind({}, u"v1"_qs, u"pods"_qs);
    if (!m_store->get(pods, where, pod).ok())
        return; // deleted meanwhile
    m_store->update(pods, where, pod, QJsonObject{{u"status"_qs, taskPodStatus(state)}}, true);
    appendPodLog(where, pod, u"main"_qs, QStringLiteral("%1: %2\n").arg(task, state).toUtf8());
    endPodLog(where, pod, u"main"_qs);
}

} // namespace kfw::sim
