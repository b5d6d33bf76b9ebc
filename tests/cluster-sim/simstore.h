#pragma once

#include "simkinds.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

namespace kfw::sim {

// A label selector as the API server parses it: k=v, k==v, k!=v, k in (a,b), k notin (a,b), k, !k.
class LabelSelector
{
public:
    static std::optional<LabelSelector> parse(const QString &text, QString *error);
    bool matches(const QJsonObject &labels) const;

private:
    enum class Op
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        NotExists
    };
    struct Requirement
    {
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };
    QList<Requirement> m_requirements;
};

// A field selector over the fields the API server supports for every kind (metadata.name,
// metadata.namespace) and the few per-kind ones the workbench uses (status.phase, spec.nodeName,
// involvedObject.name, involvedObject.kind, type).
class FieldSelector
{
public:
    static std::optional<FieldSelector> parse(const QString &text, QString *error);
    bool matches(const QJsonObject &object) const;

private:
    struct Requirement
    {
        QStringList path;
        bool equals = true;
        QString value;
    };
    QList<Requirement> m_requirements;
};

// The outcome of a store operation: an HTTP code and the body (an object, a list or a Status).
struct SimResult
{
    int code = 200;
    QJsonObject body;
    bool ok() const { return code >= 200 && code < 300; }
};

// A Status failure body as the API server writes it.
SimResult statusError(int code, const QString &reason, const QString &message,
                      const QJsonObject &details = {});

// Checks an object the store is about to keep, and may prune or default it; a result refuses
// the write with that Status. The server passes one per request (schema validation).
using SimAdmit = std::function<std::optional<SimResult>(QJsonObject *object)>;

// One change, numbered by the resourceVersion it produced.
struct SimEvent
{
    qint64 resourceVersion = 0;
    QString kindId;
    QString type; // ADDED, MODIFIED, DELETED
    QJsonObject object;
    QJsonObject previous; // before a MODIFIED
};

// RFC 7386 JSON merge patch.
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);
// RFC 6902 JSON patch; false with *error on a failed operation.
bool jsonPatch(QJsonValue *target, const QJsonArray &operations, QString *error);

// The simulated cluster's objects with real resourceVersion semantics: one counter for the
// whole store, a bounded history for watches (older versions answer 410 Gone), uid and
// creationTimestamp on create, generation bumped on spec changes, optimistic concurrency on
// update.
class SimStore : public QObject
{
    Q_OBJECT

public:
    explicit SimStore(QObject *parent = nullptr);

    qint64 resourceVersion() const { return m_resourceVersion; }
    qint64 oldestWatchableVersion() const;
    void setHistoryLimit(qsizetype limit);
    // Forgets all history, so every watch from an older version gets 410 Gone.
    void compact();

    SimResult create(const SimKind &kind, const QString &ns, QJsonObject object,
                     const SimAdmit &admit = {});
    SimResult get(const SimKind &kind, const QString &ns, const QString &name) const;
    SimResult update(const SimKind &kind, const QString &ns, const QString &name,
                     QJsonObject object, bool statusOnly = false, const SimAdmit &admit = {});
    SimResult patch(const SimKind &kind, const QString &ns, const QString &name,
                    const QByteArray &contentType, const QByteArray &body, bool statusOnly,
                    const QString &fieldManager, const SimAdmit &admit = {});
    SimResult remove(const SimKind &kind, const QString &ns, const QString &name);

    struct ListQuery
    {
        QString ns; // empty: all namespaces
        std::optional<LabelSelector> labels;
        std::optional<FieldSelector> fields;
        int limit = 0;
        QString continueToken;
    };
    SimResult list(const SimKind &kind, const ListQuery &query) const;
    // The objects of a kind in key order, for synthetic ADDED events and seeding.
    QList<QJsonObject> objects(const SimKind &kind, const QString &ns = {}) const;
    // History after a version, or nullopt when that version is too old (410 Gone).
    std::optional<QList<SimEvent>> eventsSince(qint64 version, const QString &kindId) const;

    bool namespaceExists(const QString &ns) const;

signals:
    void changed(const kfw::sim::SimEvent &event);

private:
    static QString key(const QString &ns, const QString &name) { return ns + u'/' + name; }
    void record(const SimKind &kind, const QString &type, const QJsonObject &object,
                const QJsonObject &previous);
    SimResult store(const SimKind &kind, const QString &ns, const QString &name, QJsonObject object,
                    const QJsonObject &existing, bool statusOnly, const SimAdmit &admit);

    qint64 m_resourceVersion = 1000;
    QHash<QString, QMap<QString, QJsonObject>> m_objects; // kind id -> ns/name -> object
    std::deque<SimEvent> m_history;
    qsizetype m_historyLimit = 50'000;
    qint64 m_compactedThrough = 1000;
};

} // namespace kfw::sim
