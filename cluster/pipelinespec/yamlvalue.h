#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace kfw::pipelinespec {

// Where a node came from in its source text (1-based; 0 when the node was built in code).
struct SourceMark
{
    int line = 0;
    int column = 0;
};

// A YAML/JSON document tree with the types YAML 1.1 resolves (as the KFP SDK's YAML loader
// does): null, bool, int, float, string, timestamp, sequence and mapping. Mappings keep their
// order; nothing is dropped, so any document round-trips, including fields this version of the
// workbench does not know.
class YamlValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Int,
        Float,
        String,
        Timestamp, // kept as its text
        Sequence,
        Mapping,
    };

    struct Entry;
    using Sequence = std::vector<YamlValue>;
    using Mapping = std::vector<Entry>;

    YamlValue() = default;
    static YamlValue null() { return {}; }
    static YamlValue boolean(bool b);
    static YamlValue integer(qint64 i);
    // An integer too large for 64 bits, kept as its decimal text.
    static YamlValue bigInteger(const QString &decimal);
    static YamlValue real(double d);
    static YamlValue string(const QString &s);
    static YamlValue timestamp(const QString &text);
    static YamlValue sequence();
    static YamlValue sequence(Sequence items);
    static YamlValue mapping();
    static YamlValue mapping(Mapping entries);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isFloat() const { return m_type == Type::Float; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Float; }
    bool isString() const { return m_type == Type::String; }
    bool isScalar() const { return m_type != Type::Sequence && m_type != Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMapping() const { return m_type == Type::Mapping; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const;
    // The string of a String or Timestamp; the decimal text of a big integer; empty otherwise.
    const QString &text() const { return m_text; }
    bool isBigInteger() const { return m_type == Type::Int && !m_text.isEmpty(); }

    // Lvalues only: children of a temporary (value(k).items()) would dangle in a range-for.
    const Sequence &items() const &;
    Sequence &items() &;
    const Sequence &items() const && = delete;
    const Mapping &entries() const &;
    Mapping &entries() &;
    const Mapping &entries() const && = delete;
    qsizetype size() const;

    // Mapping access by string key. value() returns a null value when absent.
    bool contains(const QString &key) const;
    const YamlValue *find(const QString &key) const;
    YamlValue *find(const QString &key);
    YamlValue value(const QString &key) const;
    // Follows a path of string keys through nested mappings; nullptr when any step is missing.
    const YamlValue *at(std::initializer_list<const char *> path) const;
    // Sets (or appends) a mapping entry.
    void insert(const QString &key, YamlValue value);
    // The same with a string key node (keeps the key's source mark).
    void insert(YamlValue key, YamlValue value);
    bool remove(const QString &key);
    void append(YamlValue item);

    // A short name of the type, for messages ("a mapping", "a string", ...).
    QString typeName() const;
    // The scalar as text, for messages and simple lookups (bools as true/false).
    QString scalarText() const;

    SourceMark mark() const { return m_mark; }
    void setMark(SourceMark m) { m_mark = m; }

    // Deep equality of the trees (mapping order is ignored, as for a Python dict).
    bool operator==(const YamlValue &other) const;
    bool operator!=(const YamlValue &other) const { return !(*this == other); }

    // The tree as JSON (timestamps and big integers as strings; non-string keys as their text),
    // for REST bodies such as a run's pipeline_spec.
    QJsonValue toJson() const;
    static YamlValue fromJson(const QJsonValue &json);

    // Counts every node of the tree (for budgets and statistics).
    qsizetype nodeCount() const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_text;
    std::shared_ptr<Sequence> m_seq;
    std::shared_ptr<Mapping> m_map;
    // Position of each string key in a large mapping, kept up to date by insert() and remove();
    // dropped when entries() hands out the mapping for other changes.
    std::shared_ptr<QHash<QString, qsizetype>> m_index;
    SourceMark m_mark;

    void detach();
    void rebuildIndex();
    static constexpr qsizetype kIndexThreshold = 16;
};

struct YamlValue::Entry
{
    YamlValue key;
    YamlValue value;
};

} // namespace kfw::pipelinespec
