#include "cluster/pipelinespec/yamlreader.h"

#include "cluster/pipelinespec/logging.h"

#include <QRegularExpression>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <sstream>

namespace kfw::pipelinespec {
namespace {

// YAML 1.1 implicit types, as PyYAML's resolver writes them.
const QRegularExpression &boolRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}
const QRegularExpression &intRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                                      "|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}
const QRegularExpression &floatRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                       "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return re;
}
const QRegularExpression &nullRe()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}
const QRegularExpression &timestampRe()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
        "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

YamlValue parseInt(QString text)
{
    text.remove(QLatin1Char('_'));
    int sign = 1;
    if (text.startsWith(QLatin1Char('-'))) {
        sign = -1;
        text.remove(0, 1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text.remove(0, 1);
    }
    bool ok = false;
    qint64 v = 0;
    if (text == QLatin1String("0"))
        return YamlValue::integer(0);
    if (text.startsWith(QLatin1String("0b"))) {
        v = text.mid(2).toLongLong(&ok, 2);
    } else if (text.startsWith(QLatin1String("0x"))) {
        v = text.mid(2).toLongLong(&ok, 16);
    } else if (text.startsWith(QLatin1Char('0'))) {
        v = text.toLongLong(&ok, 8);
    } else if (text.contains(QLatin1Char(':'))) {
        // Sexagesimal: 1:30 is 90.
        ok = true;
        for (const QString &part : text.split(QLatin1Char(':'))) {
            if (v > std::numeric_limits<qint64>::max() / 60) {
                ok = false;
                break;
            }
            v = v * 60 + part.toLongLong();
        }
    } else {
        v = text.toLongLong(&ok, 10);
        if (!ok)
            return YamlValue::bigInteger(sign < 0 ? QLatin1Char('-') + text : text);
    }
    if (!ok)
        return YamlValue::bigInteger(sign < 0 ? QLatin1Char('-') + text : text);
    return YamlValue::integer(sign * v);
}

YamlValue parseFloat(QString text)
{
    text.remove(QLatin1Char('_'));
    const QString lower = text.toLower();
    double sign = 1;
    QString body = lower;
    if (body.startsWith(QLatin1Char('-'))) {
        sign = -1;
        body.remove(0, 1);
    } else if (body.startsWith(QLatin1Char('+'))) {
        body.remove(0, 1);
    }
    if (body == QLatin1String(".inf"))
        return YamlValue::real(sign * std::numeric_limits<double>::infinity());
    if (body == QLatin1String(".nan"))
        return YamlValue::real(std::numeric_limits<double>::quiet_NaN());
    if (body.contains(QLatin1Char(':'))) {
        double v = 0;
        for (const QString &part : body.split(QLatin1Char(':')))
            v = v * 60 + part.toDouble();
        return YamlValue::real(sign * v);
    }
    return YamlValue::real(sign * body.toDouble());
}

// Decodes a quoted flow scalar from the source text, following the YAML spec's line folding.
// yaml-cpp drops line breaks that stand just before the closing quote ('a\n\n\n  ' reads as
// "a\n" there, "a\n\n" in PyYAML and the spec), so multi-line quoted scalars are decoded here.
// Returns nullopt when the text at pos is not a quoted scalar.
std::optional<QString> decodeQuoted(const QByteArray &src, qsizetype pos)
{
    if (pos < 0 || pos >= src.size() || (src.at(pos) != '\'' && src.at(pos) != '"'))
        return std::nullopt;
    const bool single = src.at(pos) == '\'';
    // Find the closing quote and collect the raw lines.
    QByteArray raw;
    qsizetype i = pos + 1;
    for (; i < src.size(); ++i) {
        const char c = src.at(i);
        if (single && c == '\'') {
            if (i + 1 < src.size() && src.at(i + 1) == '\'') {
                raw += "''";
                ++i;
                continue;
            }
            break;
        }
        if (!single && c == '\\' && i + 1 < src.size()) {
            raw += c;
            raw += src.at(++i);
            continue;
        }
        if (!single && c == '"')
            break;
        raw += c;
    }
    if (i >= src.size())
        return std::nullopt;
    if (!raw.contains('\n'))
        return std::nullopt; // one line: yaml-cpp is right

    const QString text = QString::fromUtf8(raw);
    QString out;
    qsizetype protectedLength = 0; // characters at the end of out that folding must not trim
    const auto trimTrailing = [&] {
        qsizetype n = out.size();
        while (n > protectedLength && (out.at(n - 1) == QLatin1Char(' ') || out.at(n - 1) == QLatin1Char('\t')))
            --n;
        out.truncate(n);
    };
    qsizetype k = 0;
    while (k < text.size()) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // A folded line break: trim the line's trailing white space, count the empty lines
            // that follow, skip the next line's indentation.
            trimTrailing();
            int breaks = 0;
            while (k < text.size()) {
                if (text.at(k) == QLatin1Char('\r')) {
                    ++k;
                    continue;
                }
                if (text.at(k) == QLatin1Char('\n')) {
                    ++breaks;
                    ++k;
                    continue;
                }
                if (text.at(k) == QLatin1Char(' ') || text.at(k) == QLatin1Char('\t')) {
                    ++k;
                    continue;
                }
                break;
            }
            out += breaks == 1 ? QString(QLatin1Char(' ')) : QString(breaks - 1, QLatin1Char('\n'));
            protectedLength = out.size();
            continue;
        }
        if (single) {
            if (c == QLatin1Char('\'') && k + 1 < text.size() && text.at(k + 1) == QLatin1Char('\'')) {
                out += QLatin1Char('\'');
                k += 2;
                continue;
            }
            out += c;
            ++k;
            continue;
        }
        if (c != QLatin1Char('\\') || k + 1 >= text.size()) {
            out += c;
            ++k;
            continue;
        }
        const QChar e = text.at(k + 1);
        k += 2;
        const auto hex = [&](int digits) {
            bool ok = false;
            const uint cp = text.mid(k, digits).toUInt(&ok, 16);
            k += digits;
            if (ok) {
                const char32_t ch = cp;
                out += QString::fromUcs4(&ch, 1);
            }
        };
        switch (e.unicode()) {
        case '0': out += QChar(0); break;
        case 'a': out += QChar(7); break;
        case 'b': out += QChar(8); break;
        case 't': case '\t': out += QLatin1Char('\t'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'v': out += QChar(11); break;
        case 'f': out += QChar(12); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 'e': out += QChar(27); break;
        case ' ': out += QLatin1Char(' '); break;
        case '"': out += QLatin1Char('"'); break;
        case '/': out += QLatin1Char('/'); break;
        case '\\': out += QLatin1Char('\\'); break;
        case 'N': out += QChar(0x85); break;
        case '_': out += QChar(0xA0); break;
        case 'L': out += QChar(0x2028); break;
        case 'P': out += QChar(0x2029); break;
        case 'x': hex(2); break;
        case 'u': hex(4); break;
        case 'U': hex(8); break;
        case '\r':
        case '\n':
            // An escaped line break joins the lines: drop it and the next line's indentation.
            if (e == QLatin1Char('\r') && k < text.size() && text.at(k) == QLatin1Char('\n'))
                ++k;
            while (k < text.size() && (text.at(k) == QLatin1Char(' ') || text.at(k) == QLatin1Char('\t')))
                ++k;
            break;
        default:
            out += QLatin1Char('\\');
            out += e;
            break;
        }
        protectedLength = out.size();
    }
    return out;
}

// Builds trees from the parser's events.
class TreeBuilder final : public YAML::EventHandler
{
public:
    explicit TreeBuilder(const QByteArray &source)
        : m_source(source)
    {
    }

    QList<YamlValue> documents;
    QString budgetError;
    SourceMark budgetMark;

    void OnDocumentStart(const YAML::Mark &) override
    {
        m_stack.clear();
        m_hasRoot = false;
        m_root = {};
        m_anchors.clear();
        m_expanded = 0;
    }

    void OnDocumentEnd() override
    {
        // An empty document (no node) is skipped, as PyYAML yields None for it.
        if (m_hasRoot && !m_root.isNull())
            documents.append(m_root);
    }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlValue v;
        v.setMark(toMark(mark));
        add(std::move(v), anchor, 1);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            add(YamlValue(), 0, 1);
            return;
        }
        if (!budgetError.isEmpty())
            return;
        m_expanded += it->second.second;
        if (m_expanded > YamlReader::kMaxNodes) {
            budgetError = QStringLiteral("aliases expand to more than %1 nodes").arg(YamlReader::kMaxNodes);
            budgetMark = toMark(mark);
            throw YAML::Exception(mark, "alias budget");
        }
        add(it->second.first, 0, 0);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        QString text = QString::fromStdString(value);
        if (tag == "!") {
            if (auto decoded = decodeQuoted(m_source, qsizetype(mark.pos)))
                text = *decoded;
        }
        if (tag == "?" && text == QLatin1String("<<") && !m_stack.empty() && m_stack.back().value.isMapping()
            && !m_stack.back().hasKey) {
            // PyYAML's merge key: the value's entries are merged when the mapping closes.
            m_stack.back().mergeNext = true;
            m_stack.back().hasKey = true;
            return;
        }
        YamlValue v;
        if (tag == "?")
            v = YamlReader::resolvePlain(text);
        else if (tag == "!" || tag == "tag:yaml.org,2002:str" || tag.empty())
            v = YamlValue::string(text);
        else if (tag == "tag:yaml.org,2002:int" && intRe().match(text).hasMatch())
            v = parseInt(text);
        else if (tag == "tag:yaml.org,2002:float" && (floatRe().match(text).hasMatch() || intRe().match(text).hasMatch()))
            v = parseFloat(text);
        else if (tag == "tag:yaml.org,2002:bool" && boolRe().match(text).hasMatch())
            v = YamlReader::resolvePlain(text);
        else if (tag == "tag:yaml.org,2002:null")
            v = YamlValue();
        else
            v = YamlValue::string(text);
        v.setMark(toMark(mark));
        add(std::move(v), anchor, 1);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        YamlValue v = YamlValue::sequence();
        v.setMark(toMark(mark));
        m_stack.push_back({std::move(v), anchor, {}, false, false, {}});
    }

    void OnSequenceEnd() override { closeCollection(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        YamlValue v = YamlValue::mapping();
        v.setMark(toMark(mark));
        m_stack.push_back({std::move(v), anchor, {}, false, false, {}});
    }

    void OnMapEnd() override { closeCollection(); }

private:
    struct Frame
    {
        YamlValue value;
        YAML::anchor_t anchor;
        YamlValue pendingKey;
        bool hasKey;
        bool mergeNext;
        std::vector<YamlValue> merges;
    };

    static SourceMark toMark(const YAML::Mark &m) { return {m.line + 1, m.column + 1}; }

    void closeCollection()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.value.isMapping() && !f.merges.empty())
            applyMerge(f.value, f.merges);
        add(std::move(f.value), f.anchor, 1);
    }

    // PyYAML's merge keys: "<<: *base" (or a list of them) adds the entries not given here.
    static void applyMerge(YamlValue &map, const std::vector<YamlValue> &merged)
    {
        auto &entries = map.entries();
        for (const YamlValue &m : merged) {
            std::vector<YamlValue> sources;
            if (m.isMapping())
                sources.push_back(m);
            else if (m.isSequence())
                for (const YamlValue &s : m.items())
                    if (s.isMapping())
                        sources.push_back(s);
            for (const YamlValue &s : sources) {
                for (const auto &e : s.entries()) {
                    const bool present = std::any_of(entries.begin(), entries.end(),
                                                     [&](const YamlValue::Entry &x) { return x.key == e.key; });
                    if (!present)
                        entries.push_back(e);
                }
            }
        }
    }

    void add(YamlValue v, YAML::anchor_t anchor, qsizetype newNodes)
    {
        m_expanded += newNodes;
        if (anchor != 0)
            m_anchors[anchor] = {v, v.nodeCount()};
        if (m_stack.empty()) {
            m_root = std::move(v);
            m_hasRoot = true;
            return;
        }
        Frame &top = m_stack.back();
        if (top.value.isSequence()) {
            top.value.append(std::move(v));
        } else if (top.mergeNext) {
            top.merges.push_back(std::move(v));
            top.mergeNext = false;
            top.hasKey = false;
        } else if (!top.hasKey) {
            top.pendingKey = std::move(v);
            top.hasKey = true;
        } else if (top.pendingKey.isString()) {
            // insert() replaces an earlier duplicate (the later value wins, as in PyYAML) and
            // keeps large mappings indexed, so reading stays linear.
            top.value.insert(std::move(top.pendingKey), std::move(v));
            top.hasKey = false;
            top.pendingKey = {};
        } else {
            auto &entries = top.value.entries();
            const YamlValue &key = top.pendingKey;
            // A later duplicate key replaces the earlier value, as PyYAML does.
            auto it = std::find_if(entries.begin(), entries.end(), [&](const YamlValue::Entry &e) {
                return e.key.type() == key.type() && e.key == key;
            });
            if (it != entries.end())
                it->value = std::move(v);
            else
                entries.push_back({std::move(top.pendingKey), std::move(v)});
            top.hasKey = false;
            top.pendingKey = {};
        }
    }

    const QByteArray &m_source;
    std::vector<Frame> m_stack;
    YamlValue m_root;
    bool m_hasRoot = false;
    std::map<YAML::anchor_t, std::pair<YamlValue, qsizetype>> m_anchors;
    qsizetype m_expanded = 0;
};

} // namespace

QString ReadError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString s = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        s += QStringLiteral(" ") + hint;
    return s;
}

bool YamlReader::plainIsString(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (text == QLatin1String("<<") || text == QLatin1String("="))
        return false;
    // Cheap first-character screen before the regular expressions, as PyYAML does.
    const QChar c = text.at(0);
    const bool maybeTyped = c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')
                            || c == QLatin1Char('~') || QStringLiteral("yYnNtTfFoO").contains(c);
    if (!maybeTyped)
        return true;
    return !(boolRe().match(text).hasMatch() || intRe().match(text).hasMatch() || floatRe().match(text).hasMatch()
             || nullRe().match(text).hasMatch() || timestampRe().match(text).hasMatch());
}

YamlValue YamlReader::resolvePlain(const QString &text)
{
    if (plainIsString(text))
        return YamlValue::string(text);
    if (nullRe().match(text).hasMatch())
        return YamlValue();
    if (boolRe().match(text).hasMatch()) {
        const QChar c = text.at(0).toLower();
        return YamlValue::boolean(c == QLatin1Char('y') || c == QLatin1Char('t') || text.toLower() == QLatin1String("on"));
    }
    if (intRe().match(text).hasMatch())
        return parseInt(text);
    if (floatRe().match(text).hasMatch())
        return parseFloat(text);
    if (timestampRe().match(text).hasMatch())
        return YamlValue::timestamp(text);
    return YamlValue::string(text);
}

bool YamlReader::read(const QByteArray &bytes, QList<YamlValue> *documents, ReadError *error)
{
    documents->clear();
    // Control characters are not allowed in YAML (PyYAML refuses them too); yaml-cpp can loop
    // forever on some of them, so they are refused before parsing.
    int line = 1, column = 1;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) {
            error->line = line;
            error->column = column;
            error->message = QStringLiteral("not valid YAML: control character 0x%1").arg(u, 2, 16, QLatin1Char('0'));
            error->hint = QStringLiteral("The file is binary or damaged; open the pipeline's YAML or JSON text.");
            return false;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((u & 0xC0) != 0x80) {
            ++column;
        }
    }
    std::istringstream in(bytes.toStdString());
    TreeBuilder builder(bytes);
    try {
        YAML::Parser parser(in);
        int count = 0;
        while (parser.HandleNextDocument(builder)) {
            if (++count > kMaxDocuments) {
                error->message = QStringLiteral("has more than %1 YAML documents").arg(kMaxDocuments);
                error->hint = QStringLiteral("A pipeline file has one or two documents.");
                return false;
            }
        }
    } catch (const YAML::DeepRecursion &e) {
        error->line = e.mark.line + 1;
        error->column = e.mark.column + 1;
        error->message = QStringLiteral("the document nests deeper than %1 levels").arg(e.depth());
        error->hint = QStringLiteral("A pipeline never needs that; check that the file is what you meant to open.");
        return false;
    } catch (const YAML::Exception &e) {
        if (!builder.budgetError.isEmpty()) {
            error->line = builder.budgetMark.line;
            error->column = builder.budgetMark.column;
            error->message = builder.budgetError;
            error->hint = QStringLiteral("The file repeats aliases so often that loading it would exhaust memory.");
            return false;
        }
        error->line = e.mark.is_null() ? 0 : e.mark.line + 1;
        error->column = e.mark.is_null() ? 0 : e.mark.column + 1;
        error->message = QStringLiteral("not valid YAML: %1").arg(QString::fromStdString(e.msg));
        error->hint = QStringLiteral("Fix the syntax at that position (indentation, quotes, a missing ':').");
        return false;
    } catch (const std::exception &e) {
        error->message = QStringLiteral("could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    *documents = builder.documents;
    qCDebug(lcSpec) << "read" << documents->size() << "documents";
    return true;
}

} // namespace kfw::pipelinespec
