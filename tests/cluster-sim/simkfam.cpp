#include "simkfam.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <utility>

namespace kfw::sim {

namespace {

const QString kRbacGroup = u"rbac.authorization.k8s.io"_qs;

const SimKind &profilesKind()
{
    return *findSimKind(u"kubeflow.org"_qs, u"v1"_qs, u"profiles"_qs);
}

const SimKind &roleBindingsKind()
{
    return *findSimKind(kRbacGroup, u"v1"_qs, u"rolebindings"_qs);
}

// KFAM's role names both ways: a binding asks for "edit" and gets ClusterRole kubeflow-edit, and
// a RoleBinding of kubeflow-edit is listed as "edit". Any other name maps to nothing.
QString mappedRole(const QString &name)
{
    static const QHash<QString, QString> names = {
        {u"kubeflow-admin"_qs, u"admin"_qs}, {u"kubeflow-edit"_qs, u"edit"_qs},
        {u"kubeflow-view"_qs, u"view"_qs},   {u"admin"_qs, u"kubeflow-admin"_qs},
        {u"edit"_qs, u"kubeflow-edit"_qs},   {u"view"_qs, u"kubeflow-view"_qs}};
    return names.value(name);
}

const QByteArray kJson = "application/json; charset=UTF-8";
const QByteArray kText = "text/plain; charset=utf-8";

// KFAM's failures: the error's text, under KFAM's JSON content type.
SimKfam::Reply text(int status, const QString &message)
{
    return SimKfam::Reply{status, message.toUtf8(), kJson};
}

// KFAM's refusals and successes without a body.
SimKfam::Reply bare(int status)
{
    return SimKfam::Reply{status, {}, kJson};
}

// What gorilla/mux answers for a path no route has.
SimKfam::Reply notFound()
{
    return SimKfam::Reply{404, "404 page not found\n", kText};
}

// A query value as Go's url.ParseQuery decodes it ('+' is a space).
QString formValue(const QUrlQuery &query, const QString &key)
{
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// Decodes a request body as Go's encoding/json does into a struct of goType; an empty string on
// success, else the decoder's error text.
QString decode(const QByteArray &body, const char *goType, QJsonObject *object)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return u"EOF"_qs;
    // Wrapped in an array, so that a top-level scalar parses too.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]", &error);
    if (error.error != QJsonParseError::NoError) {
        const char first = trimmed.at(0);
        if (!QByteArray("{[\"-0123456789tfn").contains(first))
            return QStringLiteral("invalid character '%1' looking for beginning of value")
                .arg(QLatin1Char(first));
        return u"unexpected EOF"_qs;
    }
    const QJsonValue value = doc.array().at(0);
    const auto cannot = [goType](const char *what) {
        return QStringLiteral("json: cannot unmarshal %1 into Go value of type %2")
            .arg(QLatin1String(what), QLatin1String(goType));
    };
    if (value.isObject())
        *object = value.toObject();
    else if (value.isArray())
        return cannot("array");
    else if (value.isString())
        return cannot("string");
    else if (value.isDouble())
        return cannot("number");
    else if (value.isBool())
        return cannot("bool");
    return {}; // null decodes to the zero value
}

// An rbacv1.Subject as Go decodes one: its four fields, nothing else.
QJsonObject subjectOf(const QJsonObject &json)
{
    QJsonObject subject;
    for (const char *field : {"kind", "apiGroup", "name", "namespace"}) {
        const QString key = QString::fromLatin1(field);
        if (!json.value(key).toString().isEmpty())
            subject.insert(key, json.value(key).toString());
    }
    return subject;
}

// The API server's validation of the parts of a RoleBinding KFAM fills from the request.
QStringList invalidRoleBinding(const QJsonObject &roleBinding)
{
    QStringList errors;
    const QJsonObject roleRef = roleBinding.value(u"roleRef").toObject();
    const QString roleKind = roleRef.value(u"kind").toString();
    if (roleKind != u"Role" && roleKind != u"ClusterRole")
        errors << QStringLiteral("roleRef.kind: Unsupported value: \"%1\": supported values: "
                                 "\"Role\", \"ClusterRole\"")
                      .arg(roleKind);
    if (roleRef.value(u"name").toString().isEmpty())
        errors << u"roleRef.name: Required value"_qs;
    const QJsonObject subject = roleBinding.value(u"subjects").toArray().at(0).toObject();
    const QString subjectKind = subject.value(u"kind").toString();
    if (subjectKind != u"User" && subjectKind != u"Group" && subjectKind != u"ServiceAccount")
        errors << QStringLiteral("subjects[0].kind: Unsupported value: \"%1\": supported values: "
                                 "\"ServiceAccount\", \"User\", \"Group\"")
                      .arg(subjectKind);
    if (subject.value(u"name").toString().isEmpty())
        errors << u"subjects[0].name: Required value"_qs;
    return errors;
}

} // namespace

SimKfam::Route SimKfam::route(const QStringList &segments)
{
    // The Service has the one port 8081 (unnamed in kubeflow/manifests; "http" is accepted as
    // for ml-pipeline); clients may percent-encode the colons.
    static const QRegularExpression service(u"^(https?:)?profiles-kfam(:(8081|http))?$"_qs);
    Route r;
    if (segments.size() >= 7 &&
        segments.mid(0, 5) ==
            QStringList{u"api"_qs, u"v1"_qs, u"namespaces"_qs, u"kubeflow"_qs, u"services"_qs} &&
        segments.at(6) == u"proxy") {
        const QString name = QUrl::fromPercentEncoding(segments.at(5).toUtf8());
        if (service.match(name).hasMatch()) {
            r.matched = true;
            r.service = name;
            r.rest = segments.mid(7);
        }
    }
    return r;
}

SimKfam::SimKfam(SimStore *store, Cluster cluster)
    : m_store(store)
    , m_cluster(std::move(cluster))
{}

QString SimKfam::bindingName(const QJsonObject &binding)
{
    // Upstream replaces runs in the user's name first and the joined name again; one pass over
    // the joined name comes to the same.
    static const QRegularExpression other(u"[^a-z0-9]+"_qs);
    const QJsonObject user = binding.value(u"user").toObject();
    const QJsonObject roleRef = binding.value(u"RoleRef").toObject();
    QString name = QStringList{user.value(u"kind").toString(), user.value(u"name").toString(),
                               roleRef.value(u"kind").toString(), roleRef.value(u"name").toString()}
                       .join(u'-')
                       .toLower();
    name.replace(other, u"-"_qs);
    return name;
}

QJsonObject SimKfam::roleBindingFor(const QJsonObject &binding)
{
    QJsonObject subject = subjectOf(binding.value(u"user").toObject());
    const QJsonObject roleRef = binding.value(u"RoleRef").toObject();
    // What the API server defaults: the RBAC group for the role and for a User or Group.
    const QString subjectKind = subject.value(u"kind").toString();
    if ((subjectKind == u"User" || subjectKind == u"Group") && !subject.contains(u"apiGroup"))
        subject.insert(u"apiGroup"_qs, kRbacGroup);
    const QString roleGroup = roleRef.value(u"apiGroup").toString();
    return QJsonObject{
        {u"metadata"_qs,
         QJsonObject{
             {u"name"_qs, bindingName(binding)},
             {u"annotations"_qs, QJsonObject{{u"user"_qs, subject.value(u"name").toString()},
                                             {u"role"_qs, roleRef.value(u"name").toString()}}}}},
        {u"roleRef"_qs, QJsonObject{{u"apiGroup"_qs, roleGroup.isEmpty() ? kRbacGroup : roleGroup},
                                    {u"kind"_qs, roleRef.value(u"kind").toString()},
                                    {u"name"_qs, mappedRole(roleRef.value(u"name").toString())}}},
        {u"subjects"_qs, QJsonArray{subject}}};
}

SimKfam::Reply SimKfam::handle(const QByteArray &method, const QStringList &path,
                               const QUrlQuery &query, const QByteArray &body,
                               const QString &userId) const
{
    if (path.value(0) != u"kfam")
        return notFound();
    const QStringList rest = path.mid(1);
    // A known path with another method: gorilla/mux's bare 405.
    const Reply wrongMethod{405, {}, kText};
    if (rest.isEmpty()) {
        if (method != "GET")
            return wrongMethod;
        return Reply{200, "Hello World!", kText};
    }
    if (rest == QStringList{u"v1"_qs, u"bindings"_qs}) {
        if (method == "GET")
            return readBindings(query);
        if (method == "POST" || method == "DELETE")
            return writeBinding(method == "POST", body, userId);
        return wrongMethod;
    }
    if (rest == QStringList{u"v1"_qs, u"profiles"_qs})
        return method == "POST" ? createProfile(body) : wrongMethod;
    if (rest.size() == 3 && rest.at(0) == u"v1" && rest.at(1) == u"profiles")
        return method == "DELETE" ? deleteProfile(rest.at(2), userId) : wrongMethod;
    if (rest == QStringList{u"v1"_qs, u"role"_qs, u"clusteradmin"_qs}) {
        if (method != "GET")
            return wrongMethod;
        const QString user = formValue(query, u"user"_qs);
        const bool admin = !user.isEmpty() && m_cluster.isClusterAdmin(user);
        return Reply{200, admin ? "true" : "false", kJson};
    }
    return notFound();
}

SimKfam::Reply SimKfam::readBindings(const QUrlQuery &query) const
{
    // No check of the caller: KFAM lists anyone's bindings to anyone.
    QStringList namespaces;
    const QString ns = formValue(query, u"namespace"_qs);
    if (ns.isEmpty()) {
        // Every namespace a Profile names.
        for (const QJsonObject &profile : m_store->objects(profilesKind()))
            namespaces << profile.value(u"metadata").toObject().value(u"name").toString();
    } else {
        namespaces << ns;
    }
    const QString user = formValue(query, u"user"_qs);
    const QString role = formValue(query, u"role"_qs);
    QJsonArray bindings;
    for (const QString &where : std::as_const(namespaces)) {
        for (const QJsonObject &roleBinding : m_store->objects(roleBindingsKind(), where)) {
            // Only bindings KFAM or the profile controller annotated count, filtered by those
            // annotations rather than by the subject or the role it binds.
            const QJsonObject annotations =
                roleBinding.value(u"metadata").toObject().value(u"annotations").toObject();
            if (!annotations.contains(u"user") ||
                (!user.isEmpty() && annotations.value(u"user").toString() != user))
                continue;
            if (!annotations.contains(u"role") ||
                (!role.isEmpty() && annotations.value(u"role").toString() != role))
                continue;
            const QJsonArray subjects = roleBinding.value(u"subjects").toArray();
            if (subjects.size() != 1)
                return text(401, QStringLiteral("binding subject length not equal to 1, actual "
                                                "length: %1")
                                     .arg(subjects.size()));
            const QJsonObject subject = subjects.first().toObject();
            const QJsonObject roleRef = roleBinding.value(u"roleRef").toObject();
            // Go writes every field of the Subject's kind and name and of the RoleRef, empty or
            // not; status is never set, so it is left out.
            bindings.append(QJsonObject{
                {u"user"_qs, QJsonObject{{u"kind"_qs, subject.value(u"kind").toString()},
                                         {u"name"_qs, subject.value(u"name").toString()}}},
                {u"referredNamespace"_qs, where},
                {u"RoleRef"_qs,
                 QJsonObject{{u"apiGroup"_qs, QString()},
                             {u"kind"_qs, roleRef.value(u"kind").toString()},
                             {u"name"_qs, mappedRole(roleRef.value(u"name").toString())}}}});
        }
    }
    QJsonObject entries;
    if (!bindings.isEmpty()) // omitempty
        entries.insert(u"bindings"_qs, bindings);
    return Reply{200, QJsonDocument(entries).toJson(QJsonDocument::Compact), kJson};
}

SimKfam::Reply SimKfam::writeBinding(bool create, const QByteArray &body,
                                     const QString &userId) const
{
    QJsonObject binding;
    if (const QString error = decode(body, "kfam.Binding", &binding); !error.isEmpty())
        return text(403, error);
    const QString ns = binding.value(u"referredNamespace").toString();
    if (!isOwnerOrAdmin(userId, ns))
        return bare(403);
    const QString name = bindingName(binding);
    if (create) {
        const QJsonObject roleBinding = roleBindingFor(binding);
        if (const QStringList errors = invalidRoleBinding(roleBinding); !errors.isEmpty())
            return text(403, QStringLiteral("RoleBinding.rbac.authorization.k8s.io \"%1\" is "
                                            "invalid: %2")
                                 .arg(name, errors.size() == 1 ? errors.first()
                                                               : QStringLiteral("[%1]").arg(
                                                                     errors.join(u", "_qs))));
        const SimResult created = m_store->create(roleBindingsKind(), ns, roleBinding);
        if (!created.ok())
            return text(403, created.body.value(u"message").toString());
        // KFAM then creates an Istio AuthorizationPolicy of the same name that lets the user's
        // requests (kubeflow-userid) reach the namespace's services; the simulator has no Istio
        // kinds.
        return bare(200);
    }
    // KFAM reads the binding from its informer's cache, then also fetches and deletes the
    // AuthorizationPolicy (skipped here, as above).
    if (!m_store->get(roleBindingsKind(), ns, name).ok())
        return text(
            403,
            QStringLiteral("rolebinding.rbac.authorization.k8s.io \"%1\" not found").arg(name));
    const SimResult removed = m_store->remove(roleBindingsKind(), ns, name);
    if (!removed.ok())
        return text(403, removed.body.value(u"message").toString());
    return bare(200);
}

SimKfam::Reply SimKfam::createProfile(const QByteArray &body) const
{
    QJsonObject profile;
    if (const QString error = decode(body, "v1beta1.Profile", &profile); !error.isEmpty())
        return text(403, error);
    // Anyone may: KFAM checks no caller here (the dashboard's registration flow relies on it).
    // The decoded Profile is posted again as kubeflow.org/v1beta1, and the API server ignores a
    // status given on create.
    profile.remove(u"apiVersion"_qs);
    profile.remove(u"kind"_qs);
    profile.remove(u"status"_qs);
    const SimResult created = m_cluster.createProfile(profile);
    if (!created.ok())
        return text(403, created.body.value(u"message").toString());
    return bare(200);
}

SimKfam::Reply SimKfam::deleteProfile(const QString &name, const QString &userId) const
{
    if (!isOwnerOrAdmin(userId, name))
        return bare(401);
    const SimResult removed = m_store->remove(profilesKind(), {}, name);
    if (!removed.ok())
        return text(401, removed.body.value(u"message").toString());
    return bare(200);
}

bool SimKfam::isOwnerOrAdmin(const QString &user, const QString &profile) const
{
    // A namespace without a Profile has no owner, not even for an administrator.
    const SimResult found = m_store->get(profilesKind(), {}, profile);
    if (!found.ok())
        return false;
    const QString owner =
        found.body.value(u"spec").toObject().value(u"owner").toObject().value(u"name").toString();
    return (!user.isEmpty() && m_cluster.isClusterAdmin(user)) || owner == user;
}

} // namespace kfw::sim
