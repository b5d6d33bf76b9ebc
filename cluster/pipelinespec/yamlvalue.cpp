#include "cluster/pipelinespec/yamlvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace kfw::pipelinespec {

YamlValue YamlValue::boolean(bool b)
{
    YamlValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

YamlValue YamlValue::integer(qint64 i)
{
    YamlValue v;
    v.m_type = Type::Int;
    v.m_int = i;
    return v;
}

YamlValue YamlValue::bigInteger(const QString &decimal)
{
    YamlValue v;
    v.m_type = Type::Int;
    v.m_text = decimal;
    return v;
}

YamlValue YamlValue::real(double d)
{
    YamlValue v;
    v.m_type = Type::Float;
    v.m_double = d;
    return v;
}

YamlValue YamlValue::string(const QString &s)
{
    YamlValue v;
    v.m_type = Type::String;
    v.m_text = s;
    return v;
}

YamlValue YamlValue::timestamp(const QString &text)
{
    YamlValue v;
    v.m_type = Type::Timestamp;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::sequence()
{
    return sequence(Sequence{});
}

YamlValue YamlValue::mapping()
{
    return mapping(Mapping{});
}

YamlValue YamlValue::sequence(Sequence items)
{
    YamlValue v;
    v.m_type = Type::Sequence;
    v.m_seq = std::make_shared<Sequence>(std::move(items));
    return v;
}

YamlValue YamlValue::mapping(Mapping entries)
{
    YamlValue v;
    v.m_type = Type::Mapping;
    v.m_map = std::make_shared<Mapping>(std::move(entries));
    return v;
}

double YamlValue::toDouble() const
{
    if (m_type == Type::Float)
        return m_double;
    if (m_type == Type::Int)
        return isBigInteger() ? m_text.toDouble() : double(m_int);
    return 0;
}

void YamlValue::detach()
{
    // Copies share their children until one of them is changed.
    if (m_seq && m_seq.use_count() > 1)
        m_seq = std::make_shared<Sequence>(*m_seq);
    if (m_map && m_map.use_count() > 1)
        m_map = std::make_shared<Mapping>(*m_map);
    if (m_index && m_index.use_count() > 1)
        m_index = std::make_shared<QHash<QString, qsizetype>>(*m_index);
}

void YamlValue::rebuildIndex()
{
    if (!m_map || qsizetype(m_map->size()) <= kIndexThreshold) {
        m_index.reset();
        return;
    }
    auto index = std::make_shared<QHash<QString, qsizetype>>();
    index->reserve(qsizetype(m_map->size()));
    for (qsizetype i = 0; i < qsizetype(m_map->size()); ++i) {
        const Entry &e = (*m_map)[size_t(i)];
        if (e.key.m_type == Type::String && !index->contains(e.key.m_text))
            index->insert(e.key.m_text, i);
    }
    m_index = std::move(index);
}

const YamlValue::Sequence &YamlValue::items() const &
{
    static const Sequence empty;
    return m_seq ? *m_seq : empty;
}

YamlValue::Sequence &YamlValue::items() &
{
    // A null value becomes an empty list on first write, as a missing list would be.
    Q_ASSERT(m_type == Type::Sequence || m_type == Type::Null);
    if (m_type != Type::Sequence || !m_seq) {
        m_type = Type::Sequence;
        m_seq = std::make_shared<Sequence>();
        m_map.reset();
        m_index.reset();
    }
    detach();
    return *m_seq;
}

const YamlValue::Mapping &YamlValue::entries() const &
{
    static const Mapping empty;
    return m_map ? *m_map : empty;
}

YamlValue::Mapping &YamlValue::entries() &
{
    Q_ASSERT(m_type == Type::Mapping || m_type == Type::Null);
    if (m_type != Type::Mapping || !m_map) {
        m_type = Type::Mapping;
        m_map = std::make_shared<Mapping>();
        m_seq.reset();
    }
    detach();
    m_index.reset(); // the caller may reorder or rename entries
    return *m_map;
}

qsizetype YamlValue::size() const
{
    if (m_seq)
        return qsizetype(m_seq->size());
    if (m_map)
        return qsizetype(m_map->size());
    return 0;
}

bool YamlValue::contains(const QString &key) const
{
    return find(key) != nullptr;
}

const YamlValue *YamlValue::find(const QString &key) const
{
    if (!m_map)
        return nullptr;
    if (m_index) {
        const auto it = m_index->constFind(key);
        return it == m_index->cend() ? nullptr : &(*m_map)[size_t(*it)].value;
    }
    for (const Entry &e : *m_map) {
        if (e.key.m_type == Type::String && e.key.m_text == key)
            return &e.value;
    }
    return nullptr;
}

YamlValue *YamlValue::find(const QString &key)
{
    if (!m_map)
        return nullptr;
    detach();
    if (m_index) {
        const auto it = m_index->constFind(key);
        return it == m_index->cend() ? nullptr : &(*m_map)[size_t(*it)].value;
    }
    for (Entry &e : *m_map) {
        if (e.key.m_type == Type::String && e.key.m_text == key)
            return &e.value;
    }
    return nullptr;
}

YamlValue YamlValue::value(const QString &key) const
{
    const YamlValue *v = find(key);
    return v ? *v : YamlValue();
}

const YamlValue *YamlValue::at(std::initializer_list<const char *> path) const
{
    const YamlValue *v = this;
    for (const char *key : path) {
        v = v->find(QString::fromLatin1(key));
        if (!v)
            return nullptr;
    }
    return v;
}

void YamlValue::insert(const QString &key, YamlValue value)
{
    insert(string(key), std::move(value));
}

void YamlValue::insert(YamlValue keyNode, YamlValue value)
{
    Q_ASSERT(keyNode.isString());
    const QString key = keyNode.m_text;
    if (m_type != Type::Mapping) {
        m_type = Type::Mapping;
        m_map = std::make_shared<Mapping>();
        m_index.reset();
    }
    if (YamlValue *existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    detach();
    m_map->push_back({std::move(keyNode), std::move(value)});
    if (m_index)
        m_index->insert(key, qsizetype(m_map->size()) - 1);
    else if (qsizetype(m_map->size()) > kIndexThreshold)
        rebuildIndex();
}

bool YamlValue::remove(const QString &key)
{
    if (!m_map)
        return false;
    detach();
    for (auto it = m_map->begin(); it != m_map->end(); ++it) {
        if (it->key.m_type == Type::String && it->key.m_text == key) {
            m_map->erase(it);
            if (m_index)
                rebuildIndex();
            return true;
        }
    }
    return false;
}

void YamlValue::append(YamlValue item)
{
    if (m_type != Type::Sequence) {
        m_type = Type::Sequence;
        m_seq = std::make_shared<Sequence>();
    }
    detach();
    m_seq->push_back(std::move(item));
}

QString YamlValue::typeName() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Int:
        return QStringLiteral("an integer");
    case Type::Float:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Timestamp:
        return QStringLiteral("a timestamp");
    case Type::Sequence:
        return QStringLiteral("a list");
    case Type::Mapping:
        return QStringLiteral("a mapping");
    }
    return {};
}

QString YamlValue::scalarText() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int:
        return isBigInteger() ? m_text : QString::number(m_int);
    case Type::Float:
        return QString::number(m_double, 'g', QLocale::FloatingPointShortest);
    case Type::String:
    case Type::Timestamp:
        return m_text;
    case Type::Sequence:
    case Type::Mapping:
        break;
    }
    return {};
}

bool YamlValue::operator==(const YamlValue &o) const
{
    // Like Python: 1 == 1.0 and True == 1 are equal scalars in a loaded tree.
    const auto numeric = [](const YamlValue &v) {
        return v.m_type == Type::Int || v.m_type == Type::Float || v.m_type == Type::Bool;
    };
    if (numeric(*this) && numeric(o) && m_type != o.m_type) {
        const auto asDouble = [](const YamlValue &v) { return v.m_type == Type::Bool ? double(v.m_bool) : v.toDouble(); };
        return asDouble(*this) == asDouble(o);
    }
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == o.m_bool;
    case Type::Int:
        return isBigInteger() || o.isBigInteger() ? scalarText() == o.scalarText() : m_int == o.m_int;
    case Type::Float:
        return m_double == o.m_double || (std::isnan(m_double) && std::isnan(o.m_double));
    case Type::String:
    case Type::Timestamp:
        return m_text == o.m_text;
    case Type::Sequence:
        return items() == o.items();
    case Type::Mapping: {
        const Mapping &a = entries();
        const Mapping &b = o.entries();
        if (a.size() != b.size())
            return false;
        for (const Entry &e : a) {
            if (e.key.m_type == Type::String) {
                const YamlValue *other = o.find(e.key.m_text);
                if (!other || !(*other == e.value))
                    return false;
                continue;
            }
            const auto it = std::find_if(b.begin(), b.end(), [&](const Entry &f) { return f.key == e.key; });
            if (it == b.end() || !(it->value == e.value))
                return false;
        }
        return true;
    }
    }
    return false;
}

QJsonValue YamlValue::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return m_bool;
    case Type::Int:
        return isBigInteger() ? QJsonValue(m_text) : QJsonValue(m_int);
    case Type::Float:
        return m_double;
    case Type::String:
    case Type::Timestamp:
        return m_text;
    case Type::Sequence: {
        QJsonArray a;
        for (const YamlValue &v : items())
            a.append(v.toJson());
        return a;
    }
    case Type::Mapping: {
        QJsonObject o;
        for (const Entry &e : entries())
            o.insert(e.key.scalarText(), e.value.toJson());
        return o;
    }
    }
    return {};
}

YamlValue YamlValue::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return boolean(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        // JSON has one number type; integral values within 2^53 come back as integers.
        if (d == std::trunc(d) && std::abs(d) < 9007199254740992.0)
            return integer(qint64(d));
        return real(d);
    }
    case QJsonValue::String:
        return string(json.toString());
    case QJsonValue::Array: {
        Sequence items;
        for (const QJsonValue &v : json.toArray())
            items.push_back(fromJson(v));
        return sequence(std::move(items));
    }
    case QJsonValue::Object: {
        Mapping entries;
        const QJsonObject o = json.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.push_back({string(it.key()), fromJson(it.value())});
        return mapping(std::move(entries));
    }
    default:
        return {};
    }
}

qsizetype YamlValue::nodeCount() const
{
    qsizetype n = 1;
    for (const YamlValue &v : items())
        n += v.nodeCount();
    for (const Entry &e : entries())
        n += e.value.nodeCount();
    return n;
}

} // namespace kfw::pipelinespec
