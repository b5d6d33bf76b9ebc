#include "cluster/kube/kubeconfig.h"

#include "cluster/kube/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>
#include <system_error>
#include <vector>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/yaml.h>

namespace kfw::kube {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kube::Kubeconfig", text);
}

// A problem at a place in one file; thrown inside the parser and turned into one message per
// file, because the first problem is enough to make kubectl refuse the file.
struct Failure
{
    int line = 0; // 1-based, 0 when unknown
    int column = 0;
    QString message;
};

Failure failureAt(const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null())
        return {0, 0, message};
    return {mark.line + 1, mark.column + 1, message};
}

// The JSON that kubectl's loader sees: sigs.k8s.io/yaml converts the YAML (go-yaml v2, so YAML
// 1.1 scalars) to JSON first and decodes that into the typed config. Marks are kept for messages.
struct Node
{
    enum class Kind
    {
        Null,
        Scalar,
        Array,
        Object
    };
    Kind kind = Kind::Null;
    QJsonValue scalar; // Bool, Double (integers held as qint64) or String
    std::vector<Node> items;
    std::vector<QString> keys; // unique; a later duplicate key replaces the earlier value
    std::vector<Node> values;
    int line = 0;
    int column = 0;

    const Node *member(QLatin1String key) const
    {
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == key)
                return &values[i];
        }
        return nullptr;
    }

    QString typeName() const
    {
        switch (kind) {
        case Kind::Null:
            return tr("null");
        case Kind::Array:
            return tr("a list");
        case Kind::Object:
            return tr("a mapping");
        case Kind::Scalar:
            break;
        }
        if (scalar.isBool())
            return tr("a boolean");
        if (scalar.isDouble())
            return tr("a number");
        return tr("a string");
    }

    QJsonValue toJson() const
    {
        switch (kind) {
        case Kind::Null:
            return QJsonValue(QJsonValue::Null);
        case Kind::Scalar:
            return scalar;
        case Kind::Array: {
            QJsonArray a;
            for (const Node &n : items)
                a.append(n.toJson());
            return a;
        }
        case Kind::Object: {
            QJsonObject o;
            for (size_t i = 0; i < keys.size(); ++i)
                o.insert(keys[i], values[i].toJson());
            return o;
        }
        }
        return {};
    }
};

// A plain scalar as go-yaml v2 resolves it.
struct Plain
{
    enum class Type
    {
        Null,
        Bool,
        Int,
        Uint,
        Float,
        String
    };
    Type type = Type::String;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double real = 0;
};

bool parseReal(QString text, double *out)
{
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    const QByteArray latin = text.toLatin1();
    const char *end = latin.constData() + latin.size();
    const auto result = std::from_chars(latin.constData(), end, *out);
    // An out-of-range value (1e400) is not a float to go-yaml either; it stays a string.
    return result.ec == std::errc() && result.ptr == end;
}

// strconv.ParseInt(text, 0, 64), falling back to ParseUint for values above int64.
Plain::Type parseGoInteger(QStringView text, qint64 *signedValue, quint64 *unsignedValue)
{
    qsizetype i = 0;
    bool negative = false;
    bool hasSign = false;
    if (i < text.size() && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-'))) {
        negative = text[i] == QLatin1Char('-');
        hasSign = true;
        ++i;
    }
    int base = 10;
    if (text.size() - i >= 2 && text[i] == QLatin1Char('0')) {
        const QChar prefix = text[i + 1].toLower();
        if (prefix == QLatin1Char('x')) {
            base = 16;
            i += 2;
        } else if (prefix == QLatin1Char('o')) {
            base = 8;
            i += 2;
        } else if (prefix == QLatin1Char('b')) {
            base = 2;
            i += 2;
        } else {
            base = 8;
            i += 1;
        }
    }
    if (i >= text.size())
        return Plain::Type::String;
    quint64 value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0 || digit >= base)
            return Plain::Type::String;
        if (value > (std::numeric_limits<quint64>::max() - quint64(digit)) / quint64(base))
            return Plain::Type::String;
        value = value * quint64(base) + quint64(digit);
    }
    constexpr quint64 maxSigned = quint64(std::numeric_limits<qint64>::max());
    if (!negative && value <= maxSigned) {
        *signedValue = qint64(value);
        return Plain::Type::Int;
    }
    if (negative && value <= maxSigned + 1) {
        *signedValue = value == maxSigned + 1 ? std::numeric_limits<qint64>::min() : -qint64(value);
        return Plain::Type::Int;
    }
    if (!hasSign) {
        *unsignedValue = value;
        return Plain::Type::Uint;
    }
    return Plain::Type::String;
}

// go-yaml v2's resolve() for an untagged plain scalar: YAML 1.1 booleans (y, yes, on, ...),
// Go integer syntax (0x1F, 0o17, 017, 0b101, 1_000), floats, and everything else a string.
// Timestamps stay strings, as sigs.k8s.io/yaml keeps them.
Plain resolvePlain(const QString &text)
{
    Plain p;
    static const QSet<QString> trueWords = {
        QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("yes"),
        QStringLiteral("Yes"),  QStringLiteral("YES"),  QStringLiteral("true"),
        QStringLiteral("True"), QStringLiteral("TRUE"), QStringLiteral("on"),
        QStringLiteral("On"),   QStringLiteral("ON")};
    static const QSet<QString> falseWords = {
        QStringLiteral("n"),     QStringLiteral("N"),     QStringLiteral("no"),
        QStringLiteral("No"),    QStringLiteral("NO"),    QStringLiteral("false"),
        QStringLiteral("False"), QStringLiteral("FALSE"), QStringLiteral("off"),
        QStringLiteral("Off"),   QStringLiteral("OFF")};
    static const QSet<QString> nullWords = {QString(), QStringLiteral("~"), QStringLiteral("null"),
                                            QStringLiteral("Null"), QStringLiteral("NULL")};
    if (text.isEmpty() || nullWords.contains(text)) {
        p.type = Plain::Type::Null;
        return p;
    }
    if (trueWords.contains(text) || falseWords.contains(text)) {
        p.type = Plain::Type::Bool;
        p.boolean = trueWords.contains(text);
        return p;
    }
    if (text == QLatin1String(".nan") || text == QLatin1String(".NaN") ||
        text == QLatin1String(".NAN")) {
        p.type = Plain::Type::Float;
        p.real = std::numeric_limits<double>::quiet_NaN();
        return p;
    }
    static const QRegularExpression infRe(QStringLiteral("^([-+]?)\\.(inf|Inf|INF)$"));
    if (const auto m = infRe.match(text); m.hasMatch()) {
        p.type = Plain::Type::Float;
        p.real = m.captured(1) == QLatin1String("-") ? -std::numeric_limits<double>::infinity()
                                                     : std::numeric_limits<double>::infinity();
        return p;
    }
    const QChar first = text.at(0);
    if (first == QLatin1Char('.')) {
        static const QRegularExpression dotFloat(QStringLiteral("^\\.[0-9]+([eE][-+]?[0-9]+)?$"));
        if (dotFloat.match(text).hasMatch() && parseReal(text, &p.real))
            p.type = Plain::Type::Float;
        return p;
    }
    if (!first.isDigit() && first != QLatin1Char('+') && first != QLatin1Char('-'))
        return p;
    QString plain = text;
    plain.remove(QLatin1Char('_'));
    p.type = parseGoInteger(plain, &p.integer, &p.unsignedInteger);
    if (p.type != Plain::Type::String)
        return p;
    static const QRegularExpression yamlStyleFloat(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (yamlStyleFloat.match(plain).hasMatch() && parseReal(plain, &p.real))
        p.type = Plain::Type::Float;
    return p;
}

// How Go's strconv.FormatFloat(v, 'g', -1, 32) writes a float map key (sigs.k8s.io/yaml).
QString goFloatKey(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, float(value), std::chars_format::scientific);
    const QString scientific = QString::fromLatin1(buffer, result.ptr - buffer);
    // "-1.2345e+07": digits and exponent.
    const qsizetype e = scientific.indexOf(QLatin1Char('e'));
    QString mantissa = scientific.left(e);
    const int exponent = scientific.mid(e + 1).toInt();
    const bool negative = mantissa.startsWith(QLatin1Char('-'));
    if (negative)
        mantissa.remove(0, 1);
    QString digits = mantissa;
    digits.remove(QLatin1Char('.'));
    QString out;
    if (exponent < -4 || exponent >= 6) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QStringLiteral("e%1%2")
                   .arg(exponent < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
    } else if (exponent < 0) {
        out = QStringLiteral("0.") + QString(-exponent - 1, QLatin1Char('0')) + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), QLatin1Char('0'));
    } else {
        out = digits.left(exponent + 1) + QLatin1Char('.') + digits.mid(exponent + 1);
    }
    return negative ? QLatin1Char('-') + out : out;
}

// Converts yaml-cpp's tree to what kubectl's decoder sees, refusing what sigs.k8s.io/yaml
// refuses (.inf and .nan values, null or collection map keys, bad merge keys).
class Converter
{
public:
    // Aliases are expanded; this bounds the expansion so that a hostile file cannot exhaust
    // memory (go-yaml refuses such "excessive aliasing" too).
    static constexpr qsizetype kMaxNodes = 500'000;

    Node convert(const YAML::Node &yaml, const YAML::Mark &fallback)
    {
        const YAML::Mark mark = yaml.Mark().is_null() ? fallback : yaml.Mark();
        if (--m_nodesLeft < 0)
            throw failureAt(mark, tr("its aliases expand to more than %1 nodes").arg(kMaxNodes));
        Node node;
        node.line = mark.is_null() ? 0 : mark.line + 1;
        node.column = mark.is_null() ? 0 : mark.column + 1;
        switch (yaml.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return node;
        case YAML::NodeType::Scalar:
            return scalar(yaml, mark, std::move(node));
        case YAML::NodeType::Sequence:
            node.kind = Node::Kind::Array;
            for (const YAML::Node &item : yaml)
                node.items.push_back(convert(item, mark));
            return node;
        case YAML::NodeType::Map: {
            node.kind = Node::Kind::Object;
            // Indexed, so that a mapping with many keys still reads in linear time.
            QHash<QString, size_t> index;
            for (const auto &entry : yaml) {
                const YAML::Node &key = entry.first;
                const YAML::Mark keyMark = key.Mark().is_null() ? mark : key.Mark();
                if (key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<") {
                    merge(node, index, entry.second, keyMark);
                    continue;
                }
                const QString name = keyOf(key, mark);
                setMember(node, index, name, convert(entry.second, keyMark));
            }
            return node;
        }
        }
        return node;
    }

private:
    static void setMember(Node &object, QHash<QString, size_t> &index, const QString &key,
                          Node value)
    {
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            object.values[*it] = std::move(value);
            return;
        }
        index.insert(key, object.keys.size());
        object.keys.push_back(key);
        object.values.push_back(std::move(value));
    }

    // go-yaml v2 merge keys: "<<: *base" writes base's entries at that point (later keys
    // override them); for a list, the earlier maps take precedence.
    void merge(Node &object, QHash<QString, size_t> &index, const YAML::Node &value,
               const YAML::Mark &mark)
    {
        const auto mergeOne = [&](const YAML::Node &source) {
            if (!source.IsMap())
                throw failureAt(mark, tr("a merge key (<<) needs a mapping or a list of mappings"));
            const Node converted = convert(source, mark);
            for (size_t i = 0; i < converted.keys.size(); ++i)
                setMember(object, index, converted.keys[i], converted.values[i]);
        };
        if (value.IsSequence()) {
            for (std::size_t i = value.size(); i-- > 0;)
                mergeOne(value[i]);
            return;
        }
        mergeOne(value);
    }

    QString keyOf(const YAML::Node &key, const YAML::Mark &fallback)
    {
        const YAML::Mark mark = key.Mark().is_null() ? fallback : key.Mark();
        if (key.IsNull())
            throw failureAt(mark, tr("a mapping key must not be null"));
        if (!key.IsScalar())
            throw failureAt(mark, tr("a mapping key must be a plain value, not a collection"));
        const QString text = QString::fromStdString(key.Scalar());
        if (key.Tag() != "?")
            return text;
        const Plain p = resolvePlain(text);
        switch (p.type) {
        case Plain::Type::Null:
            throw failureAt(mark, tr("a mapping key must not be null"));
        case Plain::Type::Bool:
            return p.boolean ? QStringLiteral("true") : QStringLiteral("false");
        case Plain::Type::Int:
            return QString::number(p.integer);
        case Plain::Type::Uint:
            return QString::number(p.unsignedInteger);
        case Plain::Type::Float:
            return goFloatKey(p.real);
        case Plain::Type::String:
            break;
        }
        return text;
    }

    static Node scalar(const YAML::Node &yaml, const YAML::Mark &mark, Node node)
    {
        node.kind = Node::Kind::Scalar;
        const QString text = QString::fromStdString(yaml.Scalar());
        const std::string &tag = yaml.Tag();
        static const std::string yamlTag = "tag:yaml.org,2002:";
        Plain p;
        if (tag == "?") {
            p = resolvePlain(text);
        } else if (tag == yamlTag + "binary") {
            const QByteArray decoded = QByteArray::fromBase64(text.toLatin1());
            node.scalar = QString::fromUtf8(decoded);
            return node;
        } else if (tag == yamlTag + "bool" || tag == yamlTag + "int" || tag == yamlTag + "float" ||
                   tag == yamlTag + "null") {
            p = resolvePlain(text);
            const std::string wanted = tag.substr(yamlTag.size());
            const bool fits =
                (wanted == "bool" && p.type == Plain::Type::Bool) ||
                (wanted == "int" && (p.type == Plain::Type::Int || p.type == Plain::Type::Uint)) ||
                (wanted == "float" && (p.type == Plain::Type::Float || p.type == Plain::Type::Int ||
                                       p.type == Plain::Type::Uint)) ||
                (wanted == "null" && p.type == Plain::Type::Null);
            if (!fits)
                throw failureAt(mark, tr("the value cannot be read as the !!%1 its tag asks for")
                                          .arg(QString::fromStdString(wanted)));
            if (wanted == "float" && p.type == Plain::Type::Int)
                p = {Plain::Type::Float, false, 0, 0, double(p.integer)};
        } else {
            // Quoted and block scalars, !!str and unknown tags are strings.
            node.scalar = text;
            return node;
        }
        switch (p.type) {
        case Plain::Type::Null:
            node.kind = Node::Kind::Null;
            break;
        case Plain::Type::Bool:
            node.scalar = p.boolean;
            break;
        case Plain::Type::Int:
            node.scalar = p.integer;
            break;
        case Plain::Type::Uint:
            node.scalar = double(p.unsignedInteger);
            break;
        case Plain::Type::Float:
            if (!std::isfinite(p.real))
                throw failureAt(
                    mark,
                    tr("%1 is not a number JSON can hold; kubectl refuses .inf and .nan values")
                        .arg(text));
            node.scalar = p.real;
            break;
        case Plain::Type::String:
            node.scalar = text;
            break;
        }
        return node;
    }

    qsizetype m_nodesLeft = kMaxNodes;
};

// Go's base64.StdEncoding as encoding/json uses it for []byte fields: padding required, line
// breaks ignored, anything else refused. Returns the offset of the first bad character.
std::optional<QByteArray> decodeBase64(const QString &text, qsizetype *badOffset)
{
    const auto value = [](char16_t c) -> int {
        if (c >= u'A' && c <= u'Z')
            return c - u'A';
        if (c >= u'a' && c <= u'z')
            return c - u'a' + 26;
        if (c >= u'0' && c <= u'9')
            return c - u'0' + 52;
        if (c == u'+')
            return 62;
        if (c == u'/')
            return 63;
        return -1;
    };
    QByteArray out;
    quint32 bits = 0;
    int count = 0;   // symbols in the current quantum
    int padding = 0; // '=' seen in the current quantum
    bool finished = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r' || c == u'\n')
            continue;
        if (finished) {
            *badOffset = i;
            return std::nullopt;
        }
        if (c == u'=') {
            if (count + padding < 2) {
                *badOffset = i;
                return std::nullopt;
            }
            ++padding;
            if (count + padding == 4) {
                if (count == 2) {
                    out += char((bits >> 4) & 0xFF);
                } else {
                    out += char((bits >> 10) & 0xFF);
                    out += char((bits >> 2) & 0xFF);
                }
                finished = true;
            }
            continue;
        }
        const int v = value(c);
        if (v < 0 || padding > 0) {
            *badOffset = i;
            return std::nullopt;
        }
        bits = (bits << 6) | quint32(v);
        if (++count == 4) {
            out += char((bits >> 16) & 0xFF);
            out += char((bits >> 8) & 0xFF);
            out += char(bits & 0xFF);
            bits = 0;
            count = 0;
        }
    }
    if (!finished && (count != 0 || padding != 0)) {
        *badOffset = text.size() - count - padding;
        return std::nullopt;
    }
    return out;
}

// One kubeconfig file, typed, before merging.
struct FileConfig
{
    QMap<QString, ClusterEntry> clusters;
    QMap<QString, UserEntry> users;
    QMap<QString, ContextEntry> contexts;
    QString currentContext;
    bool colors = false;
    QJsonObject preferenceExtensions;
    QJsonObject extensions;
};

// Decodes the converted tree into the typed config as encoding/json does for client-go's v1
// types: unknown fields are ignored, null means "not set", and a value of the wrong type (a
// number where a string belongs) fails the file.
class Decoder
{
public:
    explicit Decoder(QString sourceFile)
        : m_sourceFile(std::move(sourceFile))
    {}

    FileConfig decode(const Node &root)
    {
        FileConfig config;
        if (root.kind == Node::Kind::Null)
            return config;
        if (root.kind != Node::Kind::Object)
            throw failure(
                root, tr("the file holds %1, not a kubeconfig (a mapping with clusters, users and "
                         "contexts)")
                          .arg(root.typeName()));
        const QString apiVersion =
            string(root.member(QLatin1String("apiVersion")), QStringLiteral("apiVersion"));
        if (!apiVersion.isEmpty() && apiVersion != QLatin1String("v1"))
            throw failure(
                *root.member(QLatin1String("apiVersion")),
                tr("apiVersion \"%1\" is not one kubectl reads; a kubeconfig is apiVersion v1")
                    .arg(apiVersion));
        const QString kind = string(root.member(QLatin1String("kind")), QStringLiteral("kind"));
        if (!kind.isEmpty() && kind != QLatin1String("Config"))
            throw failure(
                *root.member(QLatin1String("kind")),
                tr("kind \"%1\" is not a kubeconfig; a kubeconfig is kind Config").arg(kind));

        if (const Node *prefs =
                object(root.member(QLatin1String("preferences")), QStringLiteral("preferences"))) {
            config.colors = boolean(prefs->member(QLatin1String("colors")),
                                    QStringLiteral("preferences.colors"));
            config.preferenceExtensions = extensions(prefs->member(QLatin1String("extensions")),
                                                     QStringLiteral("preferences.extensions"));
        }
        namedList(root.member(QLatin1String("clusters")), QStringLiteral("clusters"),
                  QLatin1String("cluster"), tr("cluster"),
                  [&](const QString &name, const Node *body, const QString &path) {
                      ClusterEntry c = cluster(body, path);
                      c.name = name;
                      config.clusters.insert(name, c);
                  });
        namedList(root.member(QLatin1String("users")), QStringLiteral("users"),
                  QLatin1String("user"), tr("user"),
                  [&](const QString &name, const Node *body, const QString &path) {
                      UserEntry u = user(body, path);
                      u.name = name;
                      config.users.insert(name, u);
                  });
        namedList(root.member(QLatin1String("contexts")), QStringLiteral("contexts"),
                  QLatin1String("context"), tr("context"),
                  [&](const QString &name, const Node *body, const QString &path) {
                      ContextEntry c = context(body, path);
                      c.name = name;
                      config.contexts.insert(name, c);
                  });
        config.currentContext = string(root.member(QLatin1String("current-context")),
                                       QStringLiteral("current-context"));
        config.extensions =
            extensions(root.member(QLatin1String("extensions")), QStringLiteral("extensions"));
        return config;
    }

private:
    static Failure failure(const Node &node, const QString &message)
    {
        return {node.line, node.column, message};
    }

    // The value itself is never quoted: it may be a secret (a token that YAML read as a number).
    static Failure typeError(const Node &node, const QString &path, const QString &wanted)
    {
        return failure(node, tr("%1 must be %2, not %3").arg(path, wanted, node.typeName()));
    }

    static QString string(const Node *node, const QString &path)
    {
        if (!node || node->kind == Node::Kind::Null)
            return {};
        if (node->kind == Node::Kind::Scalar && !node->scalar.isString())
            throw failure(*node, tr("%1 must be a string, not %2 (YAML reads yes/no/on/off/y/n as "
                                    "booleans and digits as numbers: put the value in quotes)")
                                     .arg(path, node->typeName()));
        if (node->kind != Node::Kind::Scalar)
            throw typeError(*node, path, tr("a string"));
        return node->scalar.toString();
    }

    static bool boolean(const Node *node, const QString &path)
    {
        if (!node || node->kind == Node::Kind::Null)
            return false;
        if (node->kind != Node::Kind::Scalar || !node->scalar.isBool())
            throw typeError(*node, path, tr("true or false"));
        return node->scalar.toBool();
    }

    static QByteArray bytes(const Node *node, const QString &path)
    {
        const QString text = string(node, path);
        if (text.isEmpty())
            return {};
        qsizetype bad = 0;
        const std::optional<QByteArray> decoded = decodeBase64(text, &bad);
        if (!decoded)
            throw failure(
                *node,
                tr("%1 is not valid base64 (bad character at offset %2)").arg(path).arg(bad));
        return *decoded;
    }

    static QStringList strings(const Node *node, const QString &path, bool *written = nullptr)
    {
        if (written)
            *written = false;
        if (!node || node->kind == Node::Kind::Null)
            return {};
        if (node->kind != Node::Kind::Array)
            throw typeError(*node, path, tr("a list of strings"));
        if (written)
            *written = true;
        QStringList out;
        for (size_t i = 0; i < node->items.size(); ++i)
            out << string(&node->items[i], QStringLiteral("%1[%2]").arg(path).arg(i));
        return out;
    }

    // A struct-valued field: null and absent read as an empty struct.
    static const Node *object(const Node *node, const QString &path)
    {
        if (!node || node->kind == Node::Kind::Null)
            return nullptr;
        if (node->kind != Node::Kind::Object)
            throw typeError(*node, path, tr("a mapping"));
        return node;
    }

    static const Node *member(const Node *object, const char *key)
    {
        return object ? object->member(QLatin1String(key)) : nullptr;
    }

    // [{name: ..., <bodyKey>: {...}}, ...]: client-go turns the list into a map and refuses a
    // name that appears twice in one file.
    template<typename Add>
    void namedList(const Node *list, const QString &path, QLatin1String bodyKey,
                   const QString &what, Add add)
    {
        if (!list || list->kind == Node::Kind::Null)
            return;
        if (list->kind != Node::Kind::Array)
            throw typeError(*list, path, tr("a list"));
        QSet<QString> seen;
        for (size_t i = 0; i < list->items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const Node *item = object(&list->items[i], itemPath);
            const QString name = string(member(item, "name"), itemPath + QStringLiteral(".name"));
            if (seen.contains(name))
                throw failure(list->items[i],
                              tr("%1 \"%2\" is defined twice in this file; kubectl refuses a "
                                 "file that repeats a name")
                                  .arg(what, name));
            seen.insert(name);
            const QString bodyPath = QStringLiteral("%1.%2").arg(itemPath, bodyKey);
            add(name, object(item ? item->member(bodyKey) : nullptr, bodyPath), bodyPath);
        }
    }

    // [{name: ..., extension: <any value>}, ...], kept as JSON by name.
    static QJsonObject extensions(const Node *list, const QString &path)
    {
        QJsonObject out;
        if (!list || list->kind == Node::Kind::Null)
            return out;
        if (list->kind != Node::Kind::Array)
            throw typeError(*list, path, tr("a list"));
        for (size_t i = 0; i < list->items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const Node *item = object(&list->items[i], itemPath);
            const QString name = string(member(item, "name"), itemPath + QStringLiteral(".name"));
            if (out.contains(name))
                throw failure(list->items[i],
                              tr("%1 \"%2\" is defined twice in this file; kubectl refuses a "
                                 "file that repeats a name")
                                  .arg(tr("extension"), name));
            const Node *value = member(item, "extension");
            out.insert(name, value ? value->toJson() : QJsonValue(QJsonValue::Null));
        }
        return out;
    }

    ClusterEntry cluster(const Node *body, const QString &path)
    {
        ClusterEntry c;
        c.sourceFile = m_sourceFile;
        const auto field = [&](const char *key) {
            return member(body, key);
        };
        const auto at = [&](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        c.server = string(field("server"), at("server"));
        c.tlsServerName = string(field("tls-server-name"), at("tls-server-name"));
        c.insecureSkipTlsVerify =
            boolean(field("insecure-skip-tls-verify"), at("insecure-skip-tls-verify"));
        c.certificateAuthority =
            string(field("certificate-authority"), at("certificate-authority"));
        c.certificateAuthorityData =
            bytes(field("certificate-authority-data"), at("certificate-authority-data"));
        c.proxyUrl = string(field("proxy-url"), at("proxy-url"));
        c.disableCompression = boolean(field("disable-compression"), at("disable-compression"));
        c.extensions = extensions(field("extensions"), at("extensions"));
        return c;
    }

    UserEntry user(const Node *body, const QString &path)
    {
        UserEntry u;
        u.sourceFile = m_sourceFile;
        const auto field = [&](const char *key) {
            return member(body, key);
        };
        const auto at = [&](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        u.clientCertificate = string(field("client-certificate"), at("client-certificate"));
        u.clientCertificateData =
            bytes(field("client-certificate-data"), at("client-certificate-data"));
        u.clientKey = string(field("client-key"), at("client-key"));
        u.clientKeyData = bytes(field("client-key-data"), at("client-key-data"));
        u.token = string(field("token"), at("token"));
        u.tokenFile = string(field("tokenFile"), at("tokenFile"));
        u.impersonate = string(field("as"), at("as"));
        u.impersonateUid = string(field("as-uid"), at("as-uid"));
        u.impersonateGroups = strings(field("as-groups"), at("as-groups"));
        if (const Node *extra = object(field("as-user-extra"), at("as-user-extra"))) {
            for (size_t i = 0; i < extra->keys.size(); ++i)
                u.impersonateUserExtra.insert(
                    extra->keys[i],
                    strings(&extra->values[i],
                            at("as-user-extra") + QLatin1Char('.') + extra->keys[i]));
        }
        u.username = string(field("username"), at("username"));
        u.password = string(field("password"), at("password"));
        if (const Node *provider = object(field("auth-provider"), at("auth-provider"))) {
            AuthProviderConfig a;
            a.name = string(provider->member(QLatin1String("name")), at("auth-provider.name"));
            if (const Node *config =
                    object(provider->member(QLatin1String("config")), at("auth-provider.config"))) {
                a.configWritten = true;
                for (size_t i = 0; i < config->keys.size(); ++i)
                    a.config.insert(config->keys[i],
                                    string(&config->values[i], at("auth-provider.config")));
            }
            u.authProvider = a;
        }
        if (const Node *exec = object(field("exec"), at("exec"))) {
            ExecConfig e;
            const auto execField = [&](const char *key) {
                return exec->member(QLatin1String(key));
            };
            const auto execAt = [&](const char *key) -> QString {
                return at("exec") + QLatin1Char('.') + QLatin1String(key);
            };
            e.command = string(execField("command"), execAt("command"));
            e.args = strings(execField("args"), execAt("args"), &e.argsWritten);
            if (const Node *env = execField("env"); env && env->kind != Node::Kind::Null) {
                if (env->kind != Node::Kind::Array)
                    throw typeError(*env, execAt("env"), tr("a list of {name, value}"));
                e.envWritten = true;
                for (size_t i = 0; i < env->items.size(); ++i) {
                    const QString itemPath = QStringLiteral("%1[%2]").arg(execAt("env")).arg(i);
                    const Node *item = object(&env->items[i], itemPath);
                    e.env.append(
                        {string(member(item, "name"), itemPath + QStringLiteral(".name")),
                         string(member(item, "value"), itemPath + QStringLiteral(".value"))});
                }
            }
            e.apiVersion = string(execField("apiVersion"), execAt("apiVersion"));
            e.installHint = string(execField("installHint"), execAt("installHint"));
            e.provideClusterInfo =
                boolean(execField("provideClusterInfo"), execAt("provideClusterInfo"));
            e.interactiveMode = string(execField("interactiveMode"), execAt("interactiveMode"));
            // client-go's defaulting: the older APIs predate interactiveMode.
            if (e.interactiveMode.isEmpty() &&
                (e.apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1") ||
                 e.apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1")))
                e.interactiveMode = QStringLiteral("IfAvailable");
            u.exec = e;
        }
        u.extensions = extensions(field("extensions"), at("extensions"));
        return u;
    }

    ContextEntry context(const Node *body, const QString &path)
    {
        ContextEntry c;
        c.sourceFile = m_sourceFile;
        const auto at = [&](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        c.cluster = string(member(body, "cluster"), at("cluster"));
        c.user = string(member(body, "user"), at("user"));
        c.namespaceName = string(member(body, "namespace"), at("namespace"));
        c.extensions = extensions(member(body, "extensions"), at("extensions"));
        return c;
    }

    QString m_sourceFile;
};

// Refuses what go-yaml refuses before parsing (and what can make yaml-cpp loop): control
// characters and bytes that are not UTF-8. Files with a UTF-16/32 byte order mark are left to
// the parser.
std::optional<Failure> checkText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE") ||
        bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return std::nullopt;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F)
            return Failure{line, column,
                           tr("control characters are not allowed in YAML (found 0x%1)")
                               .arg(c, 2, 16, QLatin1Char('0'))};
        int length = 1;
        if (c >= 0x80) {
            length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            bool valid =
                length > 0 && i + length <= bytes.size() && c != 0xC0 && c != 0xC1 && c <= 0xF4;
            for (int k = 1; valid && k < length; ++k)
                valid = (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
            if (!valid)
                return Failure{line, column, tr("the text is not UTF-8")};
        }
        i += length;
        ++column;
    }
    return std::nullopt;
}

FileConfig parseFile(const QByteArray &bytes, const QString &sourceFile)
{
    // client-go reads an empty file as an empty config rather than failing.
    if (bytes.isEmpty())
        return {};
    if (const std::optional<Failure> bad = checkText(bytes))
        throw *bad;
    YAML::Node document;
    try {
        // Only the first document counts, as with kubectl.
        document = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        throw failureAt(e.mark, tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    Converter converter;
    const Node root = converter.convert(document, YAML::Mark::null_mark());
    return Decoder(sourceFile).decode(root);
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// client-go's ResolvePath: relative paths join the folder of the file that names them.
QString resolveAgainst(const QString &path, const QString &sourceFile)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || sourceFile.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(sourceFile).absolutePath() + QLatin1Char('/') + path);
}

// Where a name was looked for, for messages: the files read, or why there were none.
QString listOfFiles(const Kubeconfig &config)
{
    if (!config.files.isEmpty())
        return config.files.join(QStringLiteral(", "));
    if (!config.missingFiles.isEmpty())
        return tr("any kubeconfig file (none of %1 exists)")
            .arg(config.missingFiles.join(QStringLiteral(", ")));
    return tr("any kubeconfig file (none is configured)");
}

// The named context, or the current one; null with *error set when there is none.
const ContextEntry *findContext(const Kubeconfig &config, const QString &requested, QString *error)
{
    if (!config.errors.isEmpty()) {
        *error = config.error();
        return nullptr;
    }
    const QString name = requested.isEmpty() ? config.currentContext : requested;
    if (name.isEmpty()) {
        *error = tr("no context is chosen, and no current-context is set in %1; kubectl config "
                    "use-context NAME picks one")
                     .arg(listOfFiles(config));
        return nullptr;
    }
    const auto context = config.contexts.constFind(name);
    if (context == config.contexts.constEnd()) {
        *error = tr("context \"%1\" not found in %2; kubectl config get-contexts lists them")
                     .arg(name, listOfFiles(config));
        return nullptr;
    }
    return &*context;
}

// The entry a context names in one of the maps; null with *error set when no file defines it.
template<typename Entry>
const Entry *findNamed(const Kubeconfig &config, const QMap<QString, Entry> &entries,
                       const ContextEntry &context, const QString &name, const QString &what,
                       QString *error)
{
    const auto it = entries.constFind(name);
    if (it != entries.constEnd())
        return &*it;
    *error = tr("context \"%1\" names %2 \"%3\", which is not defined in %4")
                 .arg(context.name, what, name, listOfFiles(config));
    return nullptr;
}

// Reads a file named by a kubeconfig (a certificate, a key) as kubectl's flatten does.
std::optional<QByteArray> readReferencedFile(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a directory").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QJsonValue extensionsJson(const QJsonObject &extensions)
{
    QJsonArray out;
    for (auto it = extensions.begin(); it != extensions.end(); ++it)
        out.append(QJsonObject{{QStringLiteral("name"), it.key()},
                               {QStringLiteral("extension"), it.value()}});
    return out;
}

// The data kubectl prints in place of a secret it hides.
const QString kDataOmitted = QStringLiteral("DATA+OMITTED");
const QString kRedacted = QStringLiteral("REDACTED");

void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putData(QJsonObject &o, const QString &key, const QByteArray &data, bool redact)
{
    if (!data.isEmpty())
        o.insert(key, redact ? kDataOmitted : QString::fromLatin1(data.toBase64()));
}

QJsonObject clusterJson(const ClusterEntry &c, bool redact)
{
    QJsonObject o{{QStringLiteral("server"), c.server}};
    putString(o, QStringLiteral("tls-server-name"), c.tlsServerName);
    if (c.insecureSkipTlsVerify)
        o.insert(QStringLiteral("insecure-skip-tls-verify"), true);
    putString(o, QStringLiteral("certificate-authority"), c.certificateAuthority);
    putData(o, QStringLiteral("certificate-authority-data"), c.certificateAuthorityData, redact);
    putString(o, QStringLiteral("proxy-url"), c.proxyUrl);
    if (c.disableCompression)
        o.insert(QStringLiteral("disable-compression"), true);
    if (!c.extensions.isEmpty())
        o.insert(QStringLiteral("extensions"), extensionsJson(c.extensions));
    return o;
}

QJsonObject userJson(const UserEntry &u, bool redact)
{
    QJsonObject o;
    putString(o, QStringLiteral("client-certificate"), u.clientCertificate);
    putData(o, QStringLiteral("client-certificate-data"), u.clientCertificateData, redact);
    putString(o, QStringLiteral("client-key"), u.clientKey);
    putData(o, QStringLiteral("client-key-data"), u.clientKeyData, redact);
    putString(o, QStringLiteral("token"), redact && !u.token.isEmpty() ? kRedacted : u.token);
    putString(o, QStringLiteral("tokenFile"), u.tokenFile);
    putString(o, QStringLiteral("as"), u.impersonate);
    putString(o, QStringLiteral("as-uid"), u.impersonateUid);
    if (!u.impersonateGroups.isEmpty())
        o.insert(QStringLiteral("as-groups"), QJsonArray::fromStringList(u.impersonateGroups));
    if (!u.impersonateUserExtra.isEmpty()) {
        QJsonObject extra;
        for (auto it = u.impersonateUserExtra.begin(); it != u.impersonateUserExtra.end(); ++it)
            extra.insert(it.key(), QJsonArray::fromStringList(it.value()));
        o.insert(QStringLiteral("as-user-extra"), extra);
    }
    putString(o, QStringLiteral("username"), u.username);
    putString(o, QStringLiteral("password"),
              redact && !u.password.isEmpty() ? kRedacted : u.password);
    if (u.authProvider) {
        QJsonValue config(QJsonValue::Null);
        if (u.authProvider->configWritten) {
            QJsonObject c;
            for (auto it = u.authProvider->config.begin(); it != u.authProvider->config.end(); ++it)
                c.insert(it.key(), it.value());
            config = c;
        }
        o.insert(QStringLiteral("auth-provider"),
                 QJsonObject{{QStringLiteral("name"), u.authProvider->name},
                             {QStringLiteral("config"), config}});
    }
    if (u.exec) {
        const ExecConfig &e = *u.exec;
        QJsonObject exec{{QStringLiteral("command"), e.command},
                         {QStringLiteral("provideClusterInfo"), e.provideClusterInfo}};
        exec.insert(QStringLiteral("args"), e.argsWritten
                                                ? QJsonValue(QJsonArray::fromStringList(e.args))
                                                : QJsonValue(QJsonValue::Null));
        if (e.envWritten) {
            QJsonArray env;
            for (const ExecEnvVar &v : e.env)
                env.append(QJsonObject{{QStringLiteral("name"), v.name},
                                       {QStringLiteral("value"), v.value}});
            exec.insert(QStringLiteral("env"), env);
        } else {
            exec.insert(QStringLiteral("env"), QJsonValue(QJsonValue::Null));
        }
        putString(exec, QStringLiteral("apiVersion"), e.apiVersion);
        putString(exec, QStringLiteral("installHint"), e.installHint);
        putString(exec, QStringLiteral("interactiveMode"), e.interactiveMode);
        o.insert(QStringLiteral("exec"), exec);
    }
    if (!u.extensions.isEmpty())
        o.insert(QStringLiteral("extensions"), extensionsJson(u.extensions));
    return o;
}

QJsonObject contextJson(const ContextEntry &c)
{
    QJsonObject o{{QStringLiteral("cluster"), c.cluster}, {QStringLiteral("user"), c.user}};
    putString(o, QStringLiteral("namespace"), c.namespaceName);
    if (!c.extensions.isEmpty())
        o.insert(QStringLiteral("extensions"), extensionsJson(c.extensions));
    return o;
}

// kubectl's flatten: a file named by path becomes inline data, read relative to the kubeconfig
// that names it; naming both is an error, as is a file that cannot be read.
bool flattenInto(QString *path, QByteArray *data, const QString &sourceFile, const QString &what,
                 QString *error)
{
    if (path->isEmpty())
        return true;
    if (!data->isEmpty()) {
        *error = tr("%1 sets both a file and inline data; kubectl cannot flatten that: keep one")
                     .arg(what);
        return false;
    }
    QString readError;
    const std::optional<QByteArray> content =
        readReferencedFile(resolveAgainst(*path, sourceFile), &readError);
    if (!content) {
        *error = tr("%1: %2").arg(what, readError);
        return false;
    }
    *data = *content;
    path->clear();
    return true;
}

QJsonObject minified(const Kubeconfig &config, const QString &contextName, bool flatten,
                     bool redact, QString *error)
{
    QString problem;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QJsonObject();
    };
    const ContextEntry *context = findContext(config, contextName, &problem);
    if (!context)
        return fail(problem);
    const QString &name = context->name;

    QJsonValue clusters(QJsonValue::Null);
    if (!context->cluster.isEmpty()) {
        const ClusterEntry *cluster =
            findNamed(config, config.clusters, *context, context->cluster, tr("cluster"), &problem);
        if (!cluster)
            return fail(problem);
        ClusterEntry c = *cluster;
        if (flatten) {
            QString flattenError;
            if (!flattenInto(&c.certificateAuthority, &c.certificateAuthorityData, c.sourceFile,
                             tr("certificate-authority of cluster \"%1\"").arg(c.name),
                             &flattenError))
                return fail(flattenError);
        }
        clusters = QJsonArray{QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("cluster"), clusterJson(c, redact)}}};
    }
    QJsonValue users(QJsonValue::Null);
    if (!context->user.isEmpty()) {
        const UserEntry *user =
            findNamed(config, config.users, *context, context->user, tr("user"), &problem);
        if (!user)
            return fail(problem);
        UserEntry u = *user;
        if (flatten) {
            QString flattenError;
            if (!flattenInto(&u.clientCertificate, &u.clientCertificateData, u.sourceFile,
                             tr("client-certificate of user \"%1\"").arg(u.name), &flattenError) ||
                !flattenInto(&u.clientKey, &u.clientKeyData, u.sourceFile,
                             tr("client-key of user \"%1\"").arg(u.name), &flattenError))
                return fail(flattenError);
        }
        users = QJsonArray{QJsonObject{{QStringLiteral("name"), u.name},
                                       {QStringLiteral("user"), userJson(u, redact)}}};
    }

    QJsonObject preferences;
    if (config.colors)
        preferences.insert(QStringLiteral("colors"), true);
    if (!config.preferenceExtensions.isEmpty())
        preferences.insert(QStringLiteral("extensions"),
                           extensionsJson(config.preferenceExtensions));
    QJsonObject out{
        {QStringLiteral("kind"), QStringLiteral("Config")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("preferences"), preferences},
        {QStringLiteral("clusters"), clusters},
        {QStringLiteral("users"), users},
        {QStringLiteral("contexts"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("context"), contextJson(*context)}}}},
        {QStringLiteral("current-context"), name},
    };
    if (!config.extensions.isEmpty())
        out.insert(QStringLiteral("extensions"), extensionsJson(config.extensions));
    if (error)
        error->clear();
    return out;
}

bool canOpen(const QString &path, QString *why)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return true;
    *why = file.errorString();
    return false;
}

// The checks kubectl makes before it connects (client-go's ConfirmUsable and the transport),
// so that a context that kubectl would refuse is refused here with the same reasons.
QStringList validateCluster(const ClusterEntry &c)
{
    QStringList problems;
    if (c.server.isEmpty())
        problems << tr("cluster \"%1\" (in %2) has no server; add server: https://HOST:PORT to it")
                        .arg(c.name, c.sourceFile);
    if (!c.proxyUrl.isEmpty()) {
        const QString scheme = QUrl(c.proxyUrl).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
            scheme != QLatin1String("socks5"))
            problems << tr("cluster \"%1\" has a proxy-url with scheme \"%2\"; kubectl accepts "
                           "http, https and socks5")
                            .arg(c.name, scheme);
    }
    if (!c.certificateAuthority.isEmpty() && !c.certificateAuthorityData.isEmpty())
        problems << tr("cluster \"%1\" sets both certificate-authority and "
                       "certificate-authority-data; kubectl refuses that: keep one")
                        .arg(c.name);
    QString why;
    if (!c.certificateAuthority.isEmpty() && !canOpen(c.certificateAuthority, &why))
        problems << tr("cannot read certificate-authority %1 of cluster \"%2\": %3")
                        .arg(c.certificateAuthority, c.name, why);
    if (c.insecureSkipTlsVerify &&
        (!c.certificateAuthority.isEmpty() || !c.certificateAuthorityData.isEmpty()))
        problems << tr("cluster \"%1\" sets insecure-skip-tls-verify and a certificate authority; "
                       "kubectl refuses that: drop one")
                        .arg(c.name);
    return problems;
}

QStringList validateUser(const UserEntry &u)
{
    QStringList problems;
    QStringList methods;
    if (!u.token.isEmpty())
        methods << QStringLiteral("token");
    if (!u.username.isEmpty() || !u.password.isEmpty())
        methods << QStringLiteral("basicAuth");
    if (methods.size() > 1)
        problems << tr("user \"%1\" has more than one authentication method (%2); kubectl allows "
                       "only one")
                        .arg(u.name, methods.join(QStringLiteral(", ")));
    if (!u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty()) {
        if (!u.clientCertificate.isEmpty() && !u.clientCertificateData.isEmpty())
            problems << tr("user \"%1\" sets both client-certificate and client-certificate-data; "
                           "keep one")
                            .arg(u.name);
        if (!u.clientKey.isEmpty() && !u.clientKeyData.isEmpty())
            problems
                << tr("user \"%1\" sets both client-key and client-key-data; keep one").arg(u.name);
        if (u.clientKey.isEmpty() && u.clientKeyData.isEmpty())
            problems
                << tr("user \"%1\" has a client certificate but no client-key or client-key-data")
                       .arg(u.name);
        QString why;
        if (!u.clientCertificate.isEmpty() && !canOpen(u.clientCertificate, &why))
            problems << tr("cannot read client-certificate %1 of user \"%2\": %3")
                            .arg(u.clientCertificate, u.name, why);
        if (!u.clientKey.isEmpty() && !canOpen(u.clientKey, &why))
            problems
                << tr("cannot read client-key %1 of user \"%2\": %3").arg(u.clientKey, u.name, why);
    }
    if (u.exec) {
        if (u.authProvider)
            problems << tr("user \"%1\" has both an exec plugin and an auth-provider; kubectl "
                           "allows one")
                            .arg(u.name);
        if (u.exec->command.isEmpty())
            problems << tr("the exec plugin of user \"%1\" has no command").arg(u.name);
        if (u.exec->apiVersion.isEmpty())
            problems << tr("the exec plugin of user \"%1\" has no apiVersion (for example "
                           "client.authentication.k8s.io/v1)")
                            .arg(u.name);
        for (const ExecEnvVar &v : u.exec->env) {
            if (v.name.isEmpty()) {
                problems << tr("the exec plugin of user \"%1\" has an env entry without a name")
                                .arg(u.name);
                break;
            }
        }
        const QString &mode = u.exec->interactiveMode;
        if (mode.isEmpty())
            problems << tr("the exec plugin of user \"%1\" has no interactiveMode (Never, "
                           "IfAvailable or Always)")
                            .arg(u.name);
        else if (mode != QLatin1String("Never") && mode != QLatin1String("IfAvailable") &&
                 mode != QLatin1String("Always"))
            problems << tr("the exec plugin of user \"%1\" has interactiveMode \"%2\"; use Never, "
                           "IfAvailable or Always")
                            .arg(u.name, mode);
    }
    if ((!u.impersonateUid.isEmpty() || !u.impersonateGroups.isEmpty() ||
         !u.impersonateUserExtra.isEmpty()) &&
        u.impersonate.isEmpty())
        problems << tr("user \"%1\" asks for impersonated groups, uid or extras without a user to "
                       "impersonate (as)")
                        .arg(u.name);
    return problems;
}

} // namespace

QString ResolvedContext::namespaceOrDefault() const
{
    return context.namespaceName.isEmpty() ? QStringLiteral("default") : context.namespaceName;
}

QStringList Kubeconfig::filesFromEnvironment(const QProcessEnvironment &environment)
{
    const QString list = environment.value(QStringLiteral("KUBECONFIG"));
    if (list.isEmpty()) {
        // client-go takes $HOME as it is; without HOME the path is relative to the working folder.
        const QString home = environment.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            return {QStringLiteral(".kube/config")};
        return {QDir::cleanPath(home + QStringLiteral("/.kube/config"))};
    }
    QStringList files;
    for (const QString &entry : list.split(QLatin1Char(':'))) {
        if (!entry.isEmpty() && !files.contains(entry))
            files << entry;
    }
    return files;
}

Kubeconfig Kubeconfig::loadDefault()
{
    return load(filesFromEnvironment(QProcessEnvironment::systemEnvironment()));
}

Kubeconfig Kubeconfig::load(const QStringList &fileNames)
{
    Kubeconfig merged;
    QSet<QString> seen;
    for (const QString &name : fileNames) {
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        const QString absolute = absoluteClean(name);
        std::error_code ec;
        const std::filesystem::file_status status =
            std::filesystem::status(QFile::encodeName(name).constData(), ec);
        if (ec == std::errc::no_such_file_or_directory) {
            // kubectl skips a listed file that does not exist (a dangling symlink counts).
            qCDebug(lcKube) << "kubeconfig file does not exist, skipped:" << absolute;
            merged.missingFiles << absolute;
            continue;
        }
        QString readError;
        QByteArray bytes;
        if (ec) {
            readError = QString::fromLocal8Bit(ec.message().c_str());
        } else if (std::filesystem::is_directory(status)) {
            readError = tr("it is a directory");
        } else {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.readAll();
            else
                readError = file.errorString();
        }
        if (!readError.isEmpty()) {
            merged.errors << tr("%1: cannot be read: %2").arg(absolute, readError);
            qCInfo(lcKube).noquote() << merged.errors.constLast();
            continue;
        }

        FileConfig file;
        try {
            file = parseFile(bytes, absolute);
        } catch (const Failure &f) {
            const QString where =
                f.line > 0 ? QStringLiteral("%1:%2:%3").arg(absolute).arg(f.line).arg(f.column)
                           : absolute;
            merged.errors << tr("%1: %2").arg(where, f.message);
            qCInfo(lcKube).noquote() << merged.errors.constLast();
            continue;
        }
        merged.files << absolute;
        qCDebug(lcKube) << "read kubeconfig" << absolute << file.clusters.size() << "clusters"
                        << file.users.size() << "users" << file.contexts.size() << "contexts";

        // The first file that defines a name wins, whole.
        const auto mergeMap = [&](auto &into, const auto &from, const char *what) {
            for (auto it = from.begin(); it != from.end(); ++it) {
                if (into.contains(it.key())) {
                    qCDebug(lcKube) << what << it.key() << "in" << absolute
                                    << "is ignored: an earlier file defines it";
                    continue;
                }
                into.insert(it.key(), it.value());
            }
        };
        mergeMap(merged.clusters, file.clusters, "cluster");
        mergeMap(merged.users, file.users, "user");
        mergeMap(merged.contexts, file.contexts, "context");
        if (merged.currentContext.isEmpty())
            merged.currentContext = file.currentContext;
        merged.colors = merged.colors || file.colors;
        for (auto it = file.preferenceExtensions.begin(); it != file.preferenceExtensions.end();
             ++it) {
            if (!merged.preferenceExtensions.contains(it.key()))
                merged.preferenceExtensions.insert(it.key(), it.value());
        }
        for (auto it = file.extensions.begin(); it != file.extensions.end(); ++it) {
            if (!merged.extensions.contains(it.key()))
                merged.extensions.insert(it.key(), it.value());
        }
    }
    if (merged.files.isEmpty() && merged.errors.isEmpty() && !merged.missingFiles.isEmpty())
        merged.warnings << tr("no kubeconfig file found: %1 does not exist")
                               .arg(merged.missingFiles.join(QStringLiteral(", ")));
    return merged;
}

ResolvedContext Kubeconfig::resolve(const QString &contextName, QString *error) const
{
    QString problem;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return ResolvedContext();
    };
    const ContextEntry *context = findContext(*this, contextName, &problem);
    if (!context)
        return fail(problem);

    ResolvedContext r;
    r.context = *context;
    // kubectl falls back to http://localhost:8080 without a cluster, and to no credentials (or a
    // password prompt) for a user it cannot find; a clear error is more useful here.
    if (context->cluster.isEmpty())
        return fail(
            tr("context \"%1\" (in %2) names no cluster").arg(context->name, context->sourceFile));
    const ClusterEntry *cluster =
        findNamed(*this, clusters, *context, context->cluster, tr("cluster"), &problem);
    if (!cluster)
        return fail(problem);
    r.cluster = *cluster;
    r.cluster.certificateAuthority =
        resolveAgainst(r.cluster.certificateAuthority, r.cluster.sourceFile);

    if (!context->user.isEmpty()) {
        const UserEntry *user =
            findNamed(*this, users, *context, context->user, tr("user"), &problem);
        if (!user)
            return fail(problem);
        r.user = *user;
        r.user.clientCertificate = resolveAgainst(r.user.clientCertificate, r.user.sourceFile);
        r.user.clientKey = resolveAgainst(r.user.clientKey, r.user.sourceFile);
        r.user.tokenFile = resolveAgainst(r.user.tokenFile, r.user.sourceFile);
        // A bare command name is looked up on PATH when the plugin runs; only a path is made
        // absolute (client-go resolves the command only when it contains a separator).
        if (r.user.exec && r.user.exec->command.contains(QLatin1Char('/')))
            r.user.exec->command = resolveAgainst(r.user.exec->command, r.user.sourceFile);
    }

    const QStringList problems = validateCluster(r.cluster) +
                                 (context->user.isEmpty() ? QStringList() : validateUser(r.user));
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    qCDebug(lcKube) << "context" << context->name << "uses cluster" << r.cluster.name << "from"
                    << r.cluster.sourceFile << "and user" << r.user.name;
    if (error)
        error->clear();
    return r;
}

QJsonObject Kubeconfig::toFlattenedMinifiedJson(const QString &contextName, QString *error) const
{
    return minified(*this, contextName, true, false, error);
}

QJsonObject Kubeconfig::toMinifiedJson(const QString &contextName, Secrets secrets,
                                       QString *error) const
{
    return minified(*this, contextName, false, secrets == Secrets::Redacted, error);
}

} // namespace kfw::kube
