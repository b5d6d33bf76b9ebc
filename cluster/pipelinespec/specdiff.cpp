#include "cluster/pipelinespec/specdiff.h"

#include "cluster/pipelinespec/yamlwriter.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <functional>

namespace kfw::pipelinespec {
namespace {

const char *kindName(SpecChange::Kind k)
{
    switch (k) {
    case SpecChange::Kind::Added:
        return "added";
    case SpecChange::Kind::Removed:
        return "removed";
    case SpecChange::Kind::Changed:
        return "changed";
    }
    return "";
}

// A short one-line text of any value, for "before -> after" details.
QString brief(const YamlValue &v)
{
    if (v.isScalar())
        return v.isString() ? v.text() : v.scalarText();
    if (v.isSequence() && std::all_of(v.items().begin(), v.items().end(), [](const YamlValue &i) { return i.isScalar(); })) {
        QStringList parts;
        for (const YamlValue &i : v.items())
            parts << brief(i);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    QByteArray flat = YamlWriter::write(v).trimmed();
    flat.replace('\n', "; ");
    if (flat.size() > 120)
        flat = flat.left(117) + "...";
    return QString::fromUtf8(flat);
}

// The mappings of a path, keyed by their string keys.
QMap<QString, YamlValue> keyed(const YamlValue *v)
{
    QMap<QString, YamlValue> m;
    if (v) {
        for (const auto &e : v->entries())
            m.insert(e.key.scalarText(), e.value);
    }
    return m;
}

// Fields of two mappings that differ, as "field: a -> b".
QStringList fieldChanges(const YamlValue &a, const YamlValue &b, const QString &prefix = {})
{
    QStringList out;
    const QMap<QString, YamlValue> ma = keyed(&a), mb = keyed(&b);
    QSet<QString> keys;
    for (auto it = ma.begin(); it != ma.end(); ++it)
        keys.insert(it.key());
    for (auto it = mb.begin(); it != mb.end(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted) {
        const QString name = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
        if (!ma.contains(k))
            out << QStringLiteral("%1: added (%2)").arg(name, brief(mb.value(k)));
        else if (!mb.contains(k))
            out << QStringLiteral("%1: removed (was %2)").arg(name, brief(ma.value(k)));
        else if (ma.value(k) != mb.value(k))
            out << QStringLiteral("%1: %2 -> %3").arg(name, brief(ma.value(k)), brief(mb.value(k)));
    }
    return out;
}

// Every DAG of a spec: "root" and each component with a dag.
QMap<QString, const YamlValue *> dags(const YamlValue &spec)
{
    QMap<QString, const YamlValue *> out;
    if (const YamlValue *root = spec.find(QStringLiteral("root")); root && root->at({"dag", "tasks"}))
        out.insert(QStringLiteral("root"), root->at({"dag", "tasks"}));
    if (const YamlValue *components = spec.find(QStringLiteral("components"))) {
        for (const auto &c : components->entries()) {
            if (const YamlValue *tasks = c.value.at({"dag", "tasks"}))
                out.insert(c.key.scalarText(), tasks);
        }
    }
    return out;
}

// Edges of a DAG as "producer -> consumer" (data and "after").
QSet<QString> edges(const YamlValue &tasks)
{
    QSet<QString> out;
    for (const auto &t : tasks.entries()) {
        const QString consumer = t.key.scalarText();
        const YamlValue deps = t.value.value(QStringLiteral("dependentTasks"));
        for (const YamlValue &d : deps.items())
            out.insert(d.scalarText() + QStringLiteral(" -> ") + consumer);
        for (const char *kind : {"parameters", "artifacts"}) {
            if (const YamlValue *inputs = t.value.at({"inputs", kind})) {
                for (const auto &in : inputs->entries()) {
                    for (const char *src : {"taskOutputParameter", "taskOutputArtifact"}) {
                        if (const YamlValue *p = in.value.find(QString::fromLatin1(src)))
                            out.insert(p->value(QStringLiteral("producerTask")).scalarText() + QStringLiteral(" -> ")
                                       + consumer);
                    }
                }
            }
        }
    }
    return out;
}

void compareMaps(const QString &category, const QString &pathPrefix, const QMap<QString, YamlValue> &a,
                 const QMap<QString, YamlValue> &b, QList<SpecChange> *out,
                 const std::function<QStringList(const YamlValue &, const YamlValue &)> &details)
{
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted) {
        const QString path = pathPrefix + k;
        if (!a.contains(k)) {
            out->append({SpecChange::Kind::Added, category, path, {}});
        } else if (!b.contains(k)) {
            out->append({SpecChange::Kind::Removed, category, path, {}});
        } else if (a.value(k) != b.value(k)) {
            out->append({SpecChange::Kind::Changed, category, path, details(a.value(k), b.value(k))});
        }
    }
}

QMap<QString, YamlValue> definitions(const YamlValue &spec, const char *side)
{
    QMap<QString, YamlValue> m;
    for (const char *kind : {"parameters", "artifacts"}) {
        if (const YamlValue *group = spec.at({"root", side, kind})) {
            for (const auto &e : group->entries())
                m.insert(e.key.scalarText(), e.value);
        }
    }
    return m;
}

} // namespace

QString SpecChange::toString() const
{
    QString s = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(kindName(kind)), category, path);
    for (const QString &d : details)
        s += QStringLiteral("\n    ") + d;
    return s;
}

QList<SpecChange> SpecDiff::compare(const PipelineDocument &before, const PipelineDocument &after)
{
    QList<SpecChange> out;
    const YamlValue &a = before.spec();
    const YamlValue &b = after.spec();
    const auto fields = [](const YamlValue &x, const YamlValue &y) { return fieldChanges(x, y); };

    compareMaps(QStringLiteral("input"), {}, definitions(a, "inputDefinitions"), definitions(b, "inputDefinitions"), &out,
                fields);
    compareMaps(QStringLiteral("output"), {}, definitions(a, "outputDefinitions"), definitions(b, "outputDefinitions"),
                &out, fields);

    const auto dagsA = dags(a), dagsB = dags(b);
    QSet<QString> dagNames;
    for (auto it = dagsA.begin(); it != dagsA.end(); ++it)
        dagNames.insert(it.key());
    for (auto it = dagsB.begin(); it != dagsB.end(); ++it)
        dagNames.insert(it.key());
    QStringList sortedDags(dagNames.begin(), dagNames.end());
    sortedDags.sort();
    static const YamlValue empty = YamlValue::mapping();
    for (const QString &dag : sortedDags) {
        const YamlValue &ta = dagsA.contains(dag) ? *dagsA.value(dag) : empty;
        const YamlValue &tb = dagsB.contains(dag) ? *dagsB.value(dag) : empty;
        compareMaps(QStringLiteral("task"), dag + QStringLiteral("/tasks/"), keyed(&ta), keyed(&tb), &out,
                    [](const YamlValue &x, const YamlValue &y) {
                        QStringList d;
                        for (const QString &f : fieldChanges(x, y)) {
                            // Input changes are listed per input, the rest per field.
                            if (!f.startsWith(QLatin1String("inputs:")))
                                d << f;
                        }
                        for (const char *kind : {"parameters", "artifacts"}) {
                            const YamlValue *ia = x.at({"inputs", kind});
                            const YamlValue *ib = y.at({"inputs", kind});
                            d << fieldChanges(ia ? *ia : empty, ib ? *ib : empty, QStringLiteral("input"));
                        }
                        return d;
                    });
        const QSet<QString> ea = edges(ta), eb = edges(tb);
        QStringList added(eb.begin(), eb.end()), removed(ea.begin(), ea.end());
        added.sort();
        removed.sort();
        for (const QString &e : added)
            if (!ea.contains(e))
                out.append({SpecChange::Kind::Added, QStringLiteral("edge"), dag + QStringLiteral(": ") + e, {}});
        for (const QString &e : removed)
            if (!eb.contains(e))
                out.append({SpecChange::Kind::Removed, QStringLiteral("edge"), dag + QStringLiteral(": ") + e, {}});
    }

    compareMaps(QStringLiteral("component"), {}, keyed(a.find(QStringLiteral("components"))),
                keyed(b.find(QStringLiteral("components"))), &out, [](const YamlValue &x, const YamlValue &y) {
                    QStringList d;
                    for (const char *side : {"inputDefinitions", "outputDefinitions", "executorLabel"}) {
                        const QString s = QString::fromLatin1(side);
                        if (x.value(s) != y.value(s))
                            d << fieldChanges(x.value(s), y.value(s), s);
                    }
                    return d;
                });
    compareMaps(QStringLiteral("executor"), {}, keyed(a.at({"deploymentSpec", "executors"})),
                keyed(b.at({"deploymentSpec", "executors"})), &out, [](const YamlValue &x, const YamlValue &y) {
                    const YamlValue *ca = x.find(QStringLiteral("container"));
                    const YamlValue *cb = y.find(QStringLiteral("container"));
                    if (ca && cb)
                        return fieldChanges(*ca, *cb);
                    return fieldChanges(x, y);
                });
    return out;
}

QJsonObject SpecDiff::toJson(const QList<SpecChange> &changes)
{
    QJsonArray list;
    int added = 0, removed = 0, changed = 0;
    for (const SpecChange &c : changes) {
        list.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kindName(c.kind))},
                                {QStringLiteral("category"), c.category},
                                {QStringLiteral("path"), c.path},
                                {QStringLiteral("details"), QJsonArray::fromStringList(c.details)}});
        added += c.kind == SpecChange::Kind::Added;
        removed += c.kind == SpecChange::Kind::Removed;
        changed += c.kind == SpecChange::Kind::Changed;
    }
    return QJsonObject{{QStringLiteral("identical"), changes.isEmpty()},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("removed"), removed},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("changes"), list}};
}

} // namespace kfw::pipelinespec
