#include "simstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace kfw::sim {

namespace {

QString nowRfc3339()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject meta(const QJsonObject &object)
{
    return object.value(u"metadata").toObject();
}

QString kindLabel(const SimKind &kind)
{
    return kind.group.isEmpty() ? kind.plural : kind.plural + u'.' + kind.group;
}

SimResult notFound(const SimKind &kind, const QString &name)
{
    QJsonObject details{{u"name"_qs, name}, {u"kind"_qs, kind.plural}};
    if (!kind.group.isEmpty())
        details.insert(u"group"_qs, kind.group);
    return statusError(404, u"NotFound"_qs,
                       QStringLiteral("%1 \"%2\" not found").arg(kindLabel(kind), name), details);
}

// DNS-1123 subdomain for most names; a label for namespaces.
bool validName(const QString &name, bool label)
{
    static const QRegularExpression subdomain(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_qs);
    static const QRegularExpression dnsLabel(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_qs);
    return name.size() <= (label ? 63 : 253) &&
           (label ? dnsLabel : subdomain).match(name).hasMatch();
}

QStringList splitOutsideParens(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

QJsonValue pathValue(const QJsonObject &object, const QStringList &path)
{
    QJsonValue v = object;
    for (const QString &p : path)
        v = v.toObject().value(p);
    return v;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_qs : u"false"_qs;
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

} // namespace

SimResult statusError(int code, const QString &reason, const QString &message,
                      const QJsonObject &details)
{
    QJsonObject body{{u"kind"_qs, u"Status"_qs},
                     {u"apiVersion"_qs, u"v1"_qs},
                     {u"metadata"_qs, QJsonObject()},
                     {u"status"_qs, u"Failure"_qs},
                     {u"message"_qs, message},
                     {u"reason"_qs, reason},
                     {u"code"_qs, code}};
    if (!details.isEmpty())
        body.insert(u"details"_qs, details);
    return SimResult{code, body};
}

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    LabelSelector selector;
    static const QRegularExpression setRe(u"^(\\S+)\\s+(in|notin)\\s+\\(([^)]*)\\)$"_qs);
    static const QRegularExpression keyRe(u"^([A-Za-z0-9][-A-Za-z0-9_./]*)?[A-Za-z0-9]$"_qs);
    for (const QString &part : splitOutsideParens(text)) {
        Requirement r;
        const auto set = setRe.match(part);
        if (set.hasMatch()) {
            r.key = set.captured(1);
            r.op = set.captured(2) == u"in" ? Op::In : Op::NotIn;
            for (const QString &v : set.captured(3).split(u','))
                r.values << v.trimmed();
        } else if (part.contains(u"!=")) {
            r.key = part.section(u"!="_qs, 0, 0).trimmed();
            r.op = Op::NotEquals;
            r.values << part.section(u"!="_qs, 1).trimmed();
        } else if (part.contains(u'=')) {
            const qsizetype at = part.indexOf(u'=');
            r.key = part.left(at).trimmed();
            QString value = part.mid(at + 1);
            if (value.startsWith(u'='))
                value = value.mid(1);
            r.op = Op::Equals;
            r.values << value.trimmed();
        } else if (part.startsWith(u'!')) {
            r.key = part.mid(1).trimmed();
            r.op = Op::NotExists;
        } else {
            r.key = part;
            r.op = Op::Exists;
        }
        if (!keyRe.match(r.key).hasMatch()) {
            *error =
                QStringLiteral("unable to parse requirement: invalid label key \"%1\"").arg(r.key);
            return std::nullopt;
        }
        selector.m_requirements << r;
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key).toString();
        switch (r.op) {
        case Op::Equals:
            if (!has || value != r.values.value(0))
                return false;
            break;
        case Op::NotEquals:
            if (has && value == r.values.value(0))
                return false;
            break;
        case Op::In:
            if (!has || !r.values.contains(value))
                return false;
            break;
        case Op::NotIn:
            if (has && r.values.contains(value))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::NotExists:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

std::optional<FieldSelector> FieldSelector::parse(const QString &text, QString *error)
{
    static const QStringList supported = {u"metadata.name"_qs,
                                          u"metadata.namespace"_qs,
                                          u"status.phase"_qs,
                                          u"spec.nodeName"_qs,
                                          u"involvedObject.name"_qs,
                                          u"involvedObject.kind"_qs,
                                          u"involvedObject.namespace"_qs,
                                          u"type"_qs,
                                          u"involvedObject.uid"_qs,
                                          u"reason"_qs};
    FieldSelector selector;
    for (const QString &part : splitOutsideParens(text)) {
        Requirement r;
        QString field;
        if (part.contains(u"!=")) {
            field = part.section(u"!="_qs, 0, 0).trimmed();
            r.equals = false;
            r.value = part.section(u"!="_qs, 1).trimmed();
        } else if (part.contains(u'=')) {
            const qsizetype at = part.indexOf(u'=');
            field = part.left(at).trimmed();
            r.value = part.mid(at + 1);
            if (r.value.startsWith(u'='))
                r.value = r.value.mid(1);
        } else {
            *error =
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part);
            return std::nullopt;
        }
        if (!supported.contains(field)) {
            *error = QStringLiteral("field label not supported: %1").arg(field);
            return std::nullopt;
        }
        r.path = field.split(u'.');
        selector.m_requirements << r;
    }
    return selector;
}

bool FieldSelector::matches(const QJsonObject &object) const
{
    for (const Requirement &r : m_requirements) {
        const QString value = scalarText(pathValue(object, r.path));
        if ((value == r.value) != r.equals)
            return false;
    }
    return true;
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

namespace {

QStringList pointerTokens(const QString &pointer, bool *ok)
{
    *ok = pointer.isEmpty() || pointer.startsWith(u'/');
    QStringList tokens = pointer.split(u'/');
    if (!tokens.isEmpty())
        tokens.removeFirst();
    for (QString &t : tokens)
        t = t.replace(u"~1"_qs, u"/"_qs).replace(u"~0"_qs, u"~"_qs);
    return tokens;
}

// Applies fn to the container holding the last token; recursion rebuilds the copies Qt's JSON
// values need.
bool atPointer(QJsonValue *root, QStringList tokens,
               const std::function<bool(QJsonValue *parent, const QString &last)> &fn)
{
    if (tokens.size() == 1)
        return fn(root, tokens.first());
    const QString head = tokens.takeFirst();
    if (root->isObject()) {
        QJsonObject object = root->toObject();
        if (!object.contains(head))
            return false;
        QJsonValue child = object.value(head);
        if (!atPointer(&child, tokens, fn))
            return false;
        object.insert(head, child);
        *root = object;
        return true;
    }
    if (root->isArray()) {
        QJsonArray array = root->toArray();
        bool isIndex = false;
        const int index = head.toInt(&isIndex);
        if (!isIndex || index < 0 || index >= array.size())
            return false;
        QJsonValue child = array.at(index);
        if (!atPointer(&child, tokens, fn))
            return false;
        array.replace(index, child);
        *root = array;
        return true;
    }
    return false;
}

std::optional<QJsonValue> valueAt(const QJsonValue &root, const QStringList &tokens)
{
    QJsonValue v = root;
    for (const QString &t : tokens) {
        if (v.isObject()) {
            if (!v.toObject().contains(t))
                return std::nullopt;
            v = v.toObject().value(t);
        } else if (v.isArray()) {
            bool isIndex = false;
            const int index = t.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    return v;
}

} // namespace

bool jsonPatch(QJsonValue *target, const QJsonArray &operations, QString *error)
{
    for (const QJsonValue &opValue : operations) {
        const QJsonObject op = opValue.toObject();
        const QString name = op.value(u"op").toString();
        bool ok = false;
        const QStringList path = pointerTokens(op.value(u"path").toString(), &ok);
        if (!ok || path.isEmpty()) {
            *error =
                QStringLiteral("invalid JSON patch path \"%1\"").arg(op.value(u"path").toString());
            return false;
        }
        auto add = [](const QJsonValue &value) {
            return [value](QJsonValue *parent, const QString &last) {
                if (parent->isObject()) {
                    QJsonObject o = parent->toObject();
                    o.insert(last, value);
                    *parent = o;
                    return true;
                }
                if (parent->isArray()) {
                    QJsonArray a = parent->toArray();
                    bool isIndex = false;
                    const int index = last == u"-" ? int(a.size()) : last.toInt(&isIndex);
                    if ((last != u"-" && !isIndex) || index < 0 || index > a.size())
                        return false;
                    a.insert(index, value);
                    *parent = a;
                    return true;
                }
                return false;
            };
        };
        auto removeAt = [](QJsonValue *parent, const QString &last) {
            if (parent->isObject()) {
                QJsonObject o = parent->toObject();
                if (!o.contains(last))
                    return false;
                o.remove(last);
                *parent = o;
                return true;
            }
            if (parent->isArray()) {
                QJsonArray a = parent->toArray();
                bool isIndex = false;
                const int index = last.toInt(&isIndex);
                if (!isIndex || index < 0 || index >= a.size())
                    return false;
                a.removeAt(index);
                *parent = a;
                return true;
            }
            return false;
        };
        bool done = false;
        if (name == u"add") {
            done = atPointer(target, path, add(op.value(u"value")));
        } else if (name == u"remove") {
            done = atPointer(target, path, removeAt);
        } else if (name == u"replace") {
            done = valueAt(*target, path).has_value() && atPointer(target, path, removeAt) &&
                   atPointer(target, path, add(op.value(u"value")));
        } else if (name == u"test") {
            const auto v = valueAt(*target, path);
            done = v && *v == op.value(u"value");
        } else if (name == u"move" || name == u"copy") {
            const QStringList from = pointerTokens(op.value(u"from").toString(), &ok);
            const auto v = valueAt(*target, from);
            done = ok && v && (name == u"copy" || atPointer(target, from, removeAt)) &&
                   atPointer(target, path, add(*v));
        } else {
            *error = QStringLiteral("unknown JSON patch operation \"%1\"").arg(name);
            return false;
        }
        if (!done) {
            *error = QStringLiteral("the JSON patch operation %1 at %2 failed")
                         .arg(name, op.value(u"path").toString());
            return false;
        }
    }
    return true;
}

SimStore::SimStore(QObject *parent)
    : QObject(parent)
{}

qint64 SimStore::oldestWatchableVersion() const
{
    return m_compactedThrough;
}

void SimStore::setHistoryLimit(qsizetype limit)
{
    m_historyLimit = std::max<qsizetype>(1, limit);
}

void SimStore::compact()
{
    m_history.clear();
    m_compactedThrough = m_resourceVersion;
}

bool SimStore::namespaceExists(const QString &ns) const
{
    return m_objects.value(u"/namespaces"_qs).contains(key({}, ns));
}

void SimStore::record(const SimKind &kind, const QString &type, const QJsonObject &object,
                      const QJsonObject &previous)
{
    SimEvent event;
    event.resourceVersion = m_resourceVersion;
    event.kindId = kind.id();
    event.type = type;
    event.object = object;
    event.previous = previous;
    m_history.push_back(event);
    while (qsizetype(m_history.size()) > m_historyLimit) {
        m_compactedThrough = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit changed(event);
}

SimResult SimStore::create(const SimKind &kind, const QString &ns, QJsonObject object,
                           const SimAdmit &admit)
{
    if (kind.readOnly)
        return statusError(405, u"MethodNotAllowed"_qs,
                           u"the server does not allow this method on the requested resource"_qs);
    const QString expectedVersion = kind.apiVersion();
    if (object.contains(u"kind") && object.value(u"kind").toString() != kind.kind)
        return statusError(400, u"BadRequest"_qs,
                           QStringLiteral("the kind of the provided object (%1) does not match "
                                          "the resource (%2)")
                               .arg(object.value(u"kind").toString(), kind.kind));
    object.insert(u"kind"_qs, kind.kind);
    object.insert(u"apiVersion"_qs, expectedVersion);
    QJsonObject metadata = meta(object);
    QString name = metadata.value(u"name").toString();
    if (name.isEmpty() && metadata.contains(u"generateName")) {
        static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
        name = metadata.value(u"generateName").toString();
        for (int i = 0; i < 5; ++i)
            name += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(27)]);
    }
    if (name.isEmpty())
        return statusError(422, u"Invalid"_qs,
                           QStringLiteral("%1 \"\" is invalid: metadata.name: Required value: name "
                                          "or generateName is required")
                               .arg(kind.kind));
    // RBAC objects need only be a valid path segment (the profile controller's namespaceAdmin).
    if (kind.group == u"rbac.authorization.k8s.io") {
        if (name == u"." || name == u".." || name.contains(u'/') || name.contains(u'%'))
            return statusError(422, u"Invalid"_qs,
                               QStringLiteral("%1.%2 \"%3\" is invalid: metadata.name: Invalid "
                                              "value: \"%3\": may not contain '/' or '%', nor "
                                              "be '.' or '..'")
                                   .arg(kind.kind, kind.group, name));
    } else if (!validName(name, kind.plural == u"namespaces"))
        return statusError(422, u"Invalid"_qs,
                           QStringLiteral("%1 \"%2\" is invalid: metadata.name: Invalid value: "
                                          "\"%2\": a lowercase RFC 1123 subdomain must consist "
                                          "of lower case alphanumeric characters, '-' or '.', and "
                                          "must start and end with an alphanumeric character")
                               .arg(kind.kind, name));
    if (admit) {
        // Validation sees the generated name, as the API server's does.
        metadata.insert(u"name"_qs, name);
        object.insert(u"metadata"_qs, metadata);
        if (auto refusal = admit(&object))
            return *refusal;
        metadata = meta(object);
    }
    if (kind.namespaced) {
        const QString given = metadata.value(u"namespace").toString();
        if (!given.isEmpty() && given != ns)
            return statusError(400, u"BadRequest"_qs,
                               u"the namespace of the provided object does not match the namespace "
                               "sent on the request"_qs);
        if (!namespaceExists(ns))
            return statusError(404, u"NotFound"_qs,
                               QStringLiteral("namespaces \"%1\" not found").arg(ns),
                               QJsonObject{{u"name"_qs, ns}, {u"kind"_qs, u"namespaces"_qs}});
        metadata.insert(u"namespace"_qs, ns);
    } else {
        metadata.remove(u"namespace"_qs);
    }
    auto &objects = m_objects[kind.id()];
    const QString k = key(kind.namespaced ? ns : QString(), name);
    if (objects.contains(k)) {
        QJsonObject details{{u"name"_qs, name}, {u"kind"_qs, kind.plural}};
        if (!kind.group.isEmpty())
            details.insert(u"group"_qs, kind.group);
        return statusError(409, u"AlreadyExists"_qs,
                           QStringLiteral("%1 \"%2\" already exists").arg(kindLabel(kind), name),
                           details);
    }
    metadata.insert(u"name"_qs, name);
    metadata.insert(u"uid"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(u"creationTimestamp"_qs, nowRfc3339());
    metadata.insert(u"generation"_qs, 1);
    metadata.remove(u"deletionTimestamp"_qs);
    metadata.insert(u"resourceVersion"_qs, QString::number(++m_resourceVersion));
    object.insert(u"metadata"_qs, metadata);
    if (kind.plural == u"namespaces" && kind.group.isEmpty()) {
        object.insert(u"spec"_qs, QJsonObject{{u"finalizers"_qs, QJsonArray{u"kubernetes"_qs}}});
        object.insert(u"status"_qs, QJsonObject{{u"phase"_qs, u"Active"_qs}});
    }
    objects.insert(k, object);
    record(kind, u"ADDED"_qs, object, {});
    return SimResult{201, object};
}

SimResult SimStore::get(const SimKind &kind, const QString &ns, const QString &name) const
{
    const auto objects = m_objects.value(kind.id());
    const auto it = objects.constFind(key(kind.namespaced ? ns : QString(), name));
    if (it == objects.constEnd())
        return notFound(kind, name);
    return SimResult{200, *it};
}

SimResult SimStore::store(const SimKind &kind, const QString &ns, const QString &name,
                          QJsonObject object, const QJsonObject &existing, bool statusOnly,
                          const SimAdmit &admit)
{
    const QJsonObject oldMeta = meta(existing);
    QJsonObject newMeta = meta(object);
    const QString givenVersion = newMeta.value(u"resourceVersion").toString();
    if (!givenVersion.isEmpty() && givenVersion != oldMeta.value(u"resourceVersion").toString())
        return statusError(409, u"Conflict"_qs,
                           QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object "
                                          "has been modified; please apply your changes to the "
                                          "latest version and try again")
                               .arg(kindLabel(kind), name),
                           QJsonObject{{u"name"_qs, name}, {u"kind"_qs, kind.plural}});
    if (!newMeta.value(u"name").toString().isEmpty() && newMeta.value(u"name").toString() != name)
        return statusError(400, u"BadRequest"_qs,
                           u"the name of the object does not match the name on the URL"_qs);
    QJsonObject result;
    if (statusOnly) {
        result = existing;
        result.insert(u"status"_qs, object.value(u"status"));
    } else {
        result = object;
        result.insert(u"kind"_qs, kind.kind);
        result.insert(u"apiVersion"_qs, kind.apiVersion());
        // The main resource cannot change status where a status subresource exists.
        if (kind.subresources.contains(u"status")) {
            if (existing.contains(u"status"))
                result.insert(u"status"_qs, existing.value(u"status"));
            else
                result.remove(u"status"_qs);
        }
        // Server-owned fields stay.
        for (const char *field : {"uid", "creationTimestamp", "generation", "namespace", "name"}) {
            const QString f = QString::fromLatin1(field);
            if (oldMeta.contains(f))
                newMeta.insert(f, oldMeta.value(f));
        }
        result.insert(u"metadata"_qs, newMeta);
    }
    newMeta = statusOnly ? oldMeta : newMeta;
    if (admit) {
        // What is validated is the object as it would be kept, after the status rules above.
        result.insert(u"metadata"_qs, newMeta);
        if (auto refusal = admit(&result))
            return *refusal;
        newMeta = meta(result);
    }
    // Counted after admission, so that a pruned unknown field is no spec change.
    if (!statusOnly && existing.value(u"spec") != result.value(u"spec"))
        newMeta.insert(u"generation"_qs, oldMeta.value(u"generation").toInt(1) + 1);
    // Compare without the resourceVersion: an update that changes nothing writes nothing.
    QJsonObject comparable = result;
    comparable.insert(u"metadata"_qs, [&] {
        QJsonObject m = newMeta;
        m.insert(u"resourceVersion"_qs, oldMeta.value(u"resourceVersion"));
        return m;
    }());
    if (comparable == existing)
        return SimResult{200, existing};
    newMeta.insert(u"resourceVersion"_qs, QString::number(++m_resourceVersion));
    result.insert(u"metadata"_qs, newMeta);
    m_objects[kind.id()].insert(key(kind.namespaced ? ns : QString(), name), result);
    record(kind, u"MODIFIED"_qs, result, existing);
    return SimResult{200, result};
}

SimResult SimStore::update(const SimKind &kind, const QString &ns, const QString &name,
                           QJsonObject object, bool statusOnly, const SimAdmit &admit)
{
    if (kind.readOnly)
        return statusError(405, u"MethodNotAllowed"_qs,
                           u"the server does not allow this method on the requested resource"_qs);
    const SimResult current = get(kind, ns, name);
    if (!current.ok())
        return current;
    return store(kind, ns, name, std::move(object), current.body, statusOnly, admit);
}

SimResult SimStore::patch(const SimKind &kind, const QString &ns, const QString &name,
                          const QByteArray &contentType, const QByteArray &body, bool statusOnly,
                          const QString &fieldManager, const SimAdmit &admit)
{
    Q_UNUSED(fieldManager)
    if (kind.readOnly)
        return statusError(405, u"MethodNotAllowed"_qs,
                           u"the server does not allow this method on the requested resource"_qs);
    const QByteArray type = contentType.split(';').first().trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return statusError(
            400, u"BadRequest"_qs,
            QStringLiteral("error decoding patch: %1").arg(parseError.errorString()));
    SimResult current = get(kind, ns, name);
    if (type == "application/apply-patch+yaml" && current.code == 404) {
        // Server-side apply creates what does not exist yet.
        return create(kind, ns, doc.object(), admit);
    }
    if (!current.ok())
        return current;
    QJsonValue patched = current.body;
    if (type == "application/json-patch+json") {
        QString error;
        if (!doc.isArray() || !jsonPatch(&patched, doc.array(), &error))
            return statusError(422, u"Invalid"_qs,
                               error.isEmpty() ? u"the JSON patch must be an array"_qs : error);
    } else if (type == "application/merge-patch+json" ||
               type == "application/strategic-merge-patch+json" ||
               type == "application/apply-patch+yaml") {
        // Strategic merge and apply are treated as merge patches: the simulator keeps no
        // per-field merge keys or field managers.
        patched = mergePatch(patched, doc.object());
    } else {
        return statusError(415, u"UnsupportedMediaType"_qs,
                           QStringLiteral("the body of the request was in an unknown format - "
                                          "accepted media types include: "
                                          "application/json-patch+json, "
                                          "application/merge-patch+json, "
                                          "application/apply-patch+yaml"));
    }
    QJsonObject object = patched.toObject();
    // A patch does not carry a precondition unless it names a resourceVersion itself.
    QJsonObject m = meta(object);
    if (m.value(u"resourceVersion") == meta(current.body).value(u"resourceVersion"))
        m.remove(u"resourceVersion"_qs);
    object.insert(u"metadata"_qs, m);
    if (statusOnly)
        return store(kind, ns, name, object, current.body, true, admit);
    // A patch may change status only through the status subresource.
    return store(kind, ns, name, object, current.body, false, admit);
}

SimResult SimStore::remove(const SimKind &kind, const QString &ns, const QString &name)
{
    if (kind.readOnly)
        return statusError(405, u"MethodNotAllowed"_qs,
                           u"the server does not allow this method on the requested resource"_qs);
    const QString k = key(kind.namespaced ? ns : QString(), name);
    if (!m_objects.value(kind.id()).contains(k))
        return notFound(kind, name);
    if (kind.plural == u"namespaces" && kind.group.isEmpty()) {
        // The namespace controller deletes everything inside first.
        for (const SimKind &other : simKinds()) {
            if (!other.namespaced || other.readOnly)
                continue;
            const QList<QJsonObject> inside = objects(other, name);
            for (const QJsonObject &o : inside)
                remove(other, name, meta(o).value(u"name").toString());
        }
    }
    QJsonObject object = m_objects[kind.id()].take(k);
    QJsonObject m = meta(object);
    m.insert(u"resourceVersion"_qs, QString::number(++m_resourceVersion));
    object.insert(u"metadata"_qs, m);
    record(kind, u"DELETED"_qs, object, {});
    return SimResult{200, object};
}

QList<QJsonObject> SimStore::objects(const SimKind &kind, const QString &ns) const
{
    QList<QJsonObject> result;
    const auto all = m_objects.value(kind.id());
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!ns.isEmpty() && kind.namespaced && !it.key().startsWith(ns + u'/'))
            continue;
        result << it.value();
    }
    return result;
}

SimResult SimStore::list(const SimKind &kind, const ListQuery &query) const
{
    QString startAfter;
    qint64 listVersion = m_resourceVersion;
    if (!query.continueToken.isEmpty()) {
        const QJsonObject token =
            QJsonDocument::fromJson(QByteArray::fromBase64(query.continueToken.toLatin1()))
                .object();
        if (!token.contains(u"start"))
            return statusError(400, u"BadRequest"_qs,
                               u"continue key is not valid: incorrect "
                               "encoded start resourceVersion (version "
                               "meta.k8s.io/v1)"_qs);
        startAfter = token.value(u"start").toString();
        listVersion = token.value(u"rv").toString().toLongLong();
        if (listVersion < m_compactedThrough)
            return statusError(410, u"Expired"_qs,
                               u"The provided continue parameter is too old to display a "
                               "consistent list result. You can start a new list without the "
                               "continue parameter."_qs);
    }
    QJsonArray items;
    QString lastKey;
    bool more = false;
    qsizetype remaining = 0;
    const auto all = m_objects.value(kind.id());
    auto it = startAfter.isEmpty() ? all.constBegin() : all.upperBound(startAfter);
    for (; it != all.constEnd(); ++it) {
        if (!query.ns.isEmpty() && kind.namespaced && !it.key().startsWith(query.ns + u'/'))
            continue;
        const QJsonObject &object = it.value();
        if (query.labels && !query.labels->matches(meta(object).value(u"labels").toObject()))
            continue;
        if (query.fields && !query.fields->matches(object))
            continue;
        if (query.limit > 0 && items.size() >= query.limit) {
            more = true;
            ++remaining;
            continue;
        }
        items.append(object);
        lastKey = it.key();
    }
    QJsonObject listMeta{{u"resourceVersion"_qs, QString::number(listVersion)}};
    if (more) {
        const QJsonObject token{{u"start"_qs, lastKey}, {u"rv"_qs, QString::number(listVersion)}};
        listMeta.insert(
            u"continue"_qs,
            QString::fromLatin1(QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64()));
        if (!query.labels && !query.fields)
            listMeta.insert(u"remainingItemCount"_qs, remaining);
    }
    return SimResult{200, QJsonObject{{u"kind"_qs, QString(kind.kind + u"List"_qs)},
                                      {u"apiVersion"_qs, kind.apiVersion()},
                                      {u"metadata"_qs, listMeta},
                                      {u"items"_qs, items}}};
}

std::optional<QList<SimEvent>> SimStore::eventsSince(qint64 version, const QString &kindId) const
{
    if (version < m_compactedThrough)
        return std::nullopt;
    QList<SimEvent> events;
    for (const SimEvent &e : m_history) {
        if (e.resourceVersion > version && e.kindId == kindId)
            events << e;
    }
    return events;
}

} // namespace kfw::sim
