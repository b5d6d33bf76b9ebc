#include "cluster/pipelinespec/yamlwriter.h"

#include "cluster/pipelinespec/yamlreader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace kfw::pipelinespec {
namespace {

using Text = std::u32string;

bool isBreak(char32_t c)
{
    return c == U'\n' || c == U'\x85' || c == U'\u2028' || c == U'\u2029';
}

bool isSpaceOrEnd(const Text &t, size_t i)
{
    if (i >= t.size())
        return true;
    const char32_t c = t[i];
    return c == U'\0' || c == U' ' || c == U'\t' || c == U'\r' || isBreak(c);
}

// What a scalar's text allows, following PyYAML's analysis.
struct Analysis
{
    bool empty = false;
    bool multiline = false;
    bool allowFlowPlain = true;
    bool allowBlockPlain = true;
    bool allowSingleQuoted = true;
};

Analysis analyze(const Text &s)
{
    Analysis a;
    if (s.empty()) {
        a.empty = true;
        a.allowFlowPlain = a.allowBlockPlain = false;
        return a;
    }
    bool blockIndicators = false;
    bool flowIndicators = false;
    bool lineBreaks = false;
    bool specialCharacters = false;
    bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
    bool breakSpace = false, spaceBreak = false;
    if (s.compare(0, 3, U"---") == 0 || s.compare(0, 3, U"...") == 0)
        blockIndicators = flowIndicators = true;
    bool precededByWhitespace = true;
    bool followedByWhitespace = s.size() == 1 || isSpaceOrEnd(s, 1);
    bool previousSpace = false, previousBreak = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char32_t ch = s[i];
        if (i == 0) {
            if (std::u32string_view(U"#,[]{}&*!|>'\"%@`").find(ch) != std::u32string_view::npos)
                flowIndicators = blockIndicators = true;
            if (ch == U'?' || ch == U':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch == U'-' && followedByWhitespace)
                flowIndicators = blockIndicators = true;
        } else {
            if (std::u32string_view(U",?[]{}").find(ch) != std::u32string_view::npos)
                flowIndicators = true;
            if (ch == U':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch == U'#' && precededByWhitespace)
                flowIndicators = blockIndicators = true;
        }
        if (isBreak(ch))
            lineBreaks = true;
        if (!(ch == U'\n' || (ch >= 0x20 && ch <= 0x7E)))
            specialCharacters = true; // non-ASCII is escaped (no allow_unicode)
        if (ch == U' ') {
            if (i == 0)
                leadingSpace = true;
            if (i == s.size() - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(ch)) {
            if (i == 0)
                leadingBreak = true;
            if (i == s.size() - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = previousBreak = false;
        }
        precededByWhitespace = ch == U'\0' || ch == U' ' || ch == U'\t' || ch == U'\r' || isBreak(ch);
        followedByWhitespace = i + 2 >= s.size() || isSpaceOrEnd(s, i + 2);
    }
    a.multiline = lineBreaks;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (breakSpace)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false;
    if (spaceBreak || specialCharacters)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false;
    if (lineBreaks)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (flowIndicators)
        a.allowFlowPlain = false;
    if (blockIndicators)
        a.allowBlockPlain = false;
    return a;
}

enum class Style
{
    Plain,
    Single,
    Double,
};

// The emitter's state, as PyYAML keeps it: column, indentation, whether the last thing written
// was whitespace or an indentation.
class Emitter
{
public:
    explicit Emitter(const YamlWriter::Options &o)
        : m_options(o)
    {
    }

    std::string out;

    void document(const YamlValue &v, bool first)
    {
        if (!first) {
            writeIndicator(U"---", true);
        }
        m_indent = -1;
        node(v, Context::Root);
        // Document end: PyYAML finishes the last line.
        writeIndent();
    }

private:
    enum class Context
    {
        Root,
        SequenceItem,
        MappingValue,
        MappingKey,
    };

    void write(const Text &t)
    {
        for (char32_t c : t) {
            if (c < 0x80) {
                out.push_back(char(c));
            } else {
                // Only reached for line-break characters written as themselves; everything
                // else non-ASCII is escaped.
                QString q = QString::fromUcs4(&c, 1);
                out += q.toStdString();
            }
        }
    }

    void writeIndicator(const Text &indicator, bool needWhitespace, bool whitespace = false, bool indention = false)
    {
        Text data = (m_whitespace || !needWhitespace) ? indicator : U" " + indicator;
        m_whitespace = whitespace;
        m_indention = m_indention && indention;
        m_column += int(data.size());
        write(data);
    }

    void writeIndent()
    {
        const int indent = std::max(m_indent, 0);
        if (!m_indention || m_column > indent || (m_column == indent && !m_whitespace))
            writeLineBreak();
        if (m_column < indent) {
            m_whitespace = true;
            write(Text(size_t(indent - m_column), U' '));
            m_column = indent;
        }
    }

    void writeLineBreak(char32_t br = U'\n')
    {
        m_whitespace = true;
        m_indention = true;
        m_column = 0;
        write(Text(1, br));
    }

    void increaseIndent(bool flow, bool indentless)
    {
        m_indents.push_back(m_indent);
        if (m_indent < 0)
            m_indent = flow ? 2 : 0;
        else if (!indentless)
            m_indent += 2;
    }

    void popIndent()
    {
        m_indent = m_indents.back();
        m_indents.pop_back();
    }

    void node(const YamlValue &v, Context ctx)
    {
        switch (v.type()) {
        case YamlValue::Type::Sequence:
            if (v.size() == 0) {
                scalarText(U"[]", ctx);
                return;
            }
            blockSequence(v, ctx);
            return;
        case YamlValue::Type::Mapping:
            if (v.size() == 0) {
                scalarText(U"{}", ctx);
                return;
            }
            blockMapping(v);
            return;
        default:
            scalar(v, ctx);
            return;
        }
    }

    // "[]" and "{}" are written as indicators of a flow collection.
    void scalarText(const Text &t, Context)
    {
        increaseIndent(true, false);
        writeIndicator(t.substr(0, 1), true, true);
        writeIndicator(t.substr(1, 1), false);
        popIndent();
    }

    void blockSequence(const YamlValue &v, Context ctx)
    {
        const bool indentless = ctx == Context::MappingValue && !m_indention;
        increaseIndent(false, indentless);
        for (const YamlValue &item : v.items()) {
            writeIndent();
            writeIndicator(U"-", true, false, true);
            node(item, Context::SequenceItem);
        }
        popIndent();
    }

    std::vector<const YamlValue::Entry *> orderedEntries(const YamlValue &v) const
    {
        std::vector<const YamlValue::Entry *> list;
        list.reserve(v.entries().size());
        for (const auto &e : v.entries())
            list.push_back(&e);
        if (m_options.sortKeys) {
            std::stable_sort(list.begin(), list.end(), [](const YamlValue::Entry *a, const YamlValue::Entry *b) {
                return keyLess(a->key, b->key);
            });
        }
        return list;
    }

    // Python's ordering of keys: strings by code point; numbers by value.
    static bool keyLess(const YamlValue &a, const YamlValue &b)
    {
        if (a.isNumber() && b.isNumber())
            return a.toDouble() < b.toDouble();
        if (a.isString() && b.isString())
            return a.text().toUcs4() < b.text().toUcs4();
        return int(a.type()) < int(b.type());
    }

    void blockMapping(const YamlValue &v)
    {
        increaseIndent(false, false);
        for (const YamlValue::Entry *e : orderedEntries(v)) {
            writeIndent();
            if (isSimpleKey(e->key)) {
                scalar(e->key, Context::MappingKey);
                writeIndicator(U":", false);
                node(e->value, Context::MappingValue);
            } else {
                writeIndicator(U"?", true, false, true);
                node(e->key, Context::SequenceItem);
                writeIndent();
                writeIndicator(U":", true, false, true);
                node(e->value, Context::SequenceItem);
            }
        }
        popIndent();
    }

    bool isSimpleKey(const YamlValue &key) const
    {
        if (!key.isScalar())
            return key.size() == 0;
        const Text t = scalarString(key);
        return t.size() < 128 && !analyze(t).multiline;
    }

    static Text toText(const QString &s)
    {
        const QList<uint> ucs = s.toUcs4();
        return Text(ucs.begin(), ucs.end());
    }

    static Text toText(const char *s) { return toText(QString::fromLatin1(s)); }

    // The text a scalar is written with, and whether it may go unquoted.
    static Text scalarString(const YamlValue &v)
    {
        switch (v.type()) {
        case YamlValue::Type::Null:
            return U"null";
        case YamlValue::Type::Bool:
            return v.toBool() ? U"true" : U"false";
        case YamlValue::Type::Int:
            return toText(v.scalarText());
        case YamlValue::Type::Float:
            return toText(YamlWriter::floatText(v.toDouble()));
        case YamlValue::Type::String:
        case YamlValue::Type::Timestamp:
            return toText(v.text());
        default:
            return {};
        }
    }

    void scalar(const YamlValue &v, Context ctx)
    {
        const Text text = scalarString(v);
        // Values that are not strings are always written plain; strings only when they would
        // load back as the same string.
        const bool implicitPlain = v.type() != YamlValue::Type::String || YamlReader::plainIsString(v.text());
        const bool simpleKey = ctx == Context::MappingKey;
        const bool split = !simpleKey;
        Style style = Style::Double;
        if (v.type() != YamlValue::Type::String && v.type() != YamlValue::Type::Timestamp) {
            style = Style::Plain;
        } else {
            const Analysis a = analyze(text);
            if (implicitPlain && !(simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain)
                style = Style::Plain;
            else if (a.allowSingleQuoted && !(simpleKey && a.multiline))
                style = Style::Single;
        }
        if (!simpleKey)
            increaseIndent(true, false);
        switch (style) {
        case Style::Plain:
            writePlain(text, split);
            break;
        case Style::Single:
            writeSingleQuoted(text, split);
            break;
        case Style::Double:
            writeDoubleQuoted(text, split);
            break;
        }
        if (!simpleKey)
            popIndent();
    }

    void writePlain(const Text &text, bool split)
    {
        if (text.empty())
            return;
        if (!m_whitespace) {
            write(U" ");
            m_column += 1;
        }
        m_whitespace = false;
        m_indention = false;
        bool spaces = false, breaks = false;
        size_t start = 0, end = 0;
        while (end <= text.size()) {
            const char32_t ch = end < text.size() ? text[end] : 0;
            const bool atEnd = end == text.size();
            if (spaces) {
                if (atEnd || ch != U' ') {
                    if (start + 1 == end && m_column > m_options.width && split) {
                        writeIndent();
                        m_whitespace = false;
                        m_indention = false;
                    } else {
                        writeRun(text, start, end);
                    }
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || !isBreak(ch)) {
                    if (text[start] == U'\n')
                        writeLineBreak();
                    for (size_t i = start; i < end; ++i)
                        writeLineBreak(text[i]);
                    writeIndent();
                    m_whitespace = false;
                    m_indention = false;
                    start = end;
                }
            } else {
                if (atEnd || ch == U' ' || isBreak(ch)) {
                    writeRun(text, start, end);
                    start = end;
                }
            }
            if (!atEnd) {
                spaces = ch == U' ';
                breaks = isBreak(ch);
            }
            ++end;
        }
    }

    void writeRun(const Text &text, size_t start, size_t end)
    {
        if (start >= end)
            return;
        m_column += int(end - start);
        write(text.substr(start, end - start));
    }

    void writeSingleQuoted(const Text &text, bool split)
    {
        writeIndicator(U"'", true);
        bool spaces = false, breaks = false;
        size_t start = 0, end = 0;
        while (end <= text.size()) {
            const bool atEnd = end == text.size();
            const char32_t ch = atEnd ? 0 : text[end];
            if (spaces) {
                if (atEnd || ch != U' ') {
                    if (start + 1 == end && m_column > m_options.width && split && start != 0 && end != text.size())
                        writeIndent();
                    else
                        writeRun(text, start, end);
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || !isBreak(ch)) {
                    if (text[start] == U'\n')
                        writeLineBreak();
                    for (size_t i = start; i < end; ++i)
                        writeLineBreak(text[i]);
                    writeIndent();
                    start = end;
                }
            } else {
                if (atEnd || ch == U' ' || isBreak(ch) || ch == U'\'') {
                    if (start < end) {
                        writeRun(text, start, end);
                        start = end;
                    }
                }
            }
            if (!atEnd && ch == U'\'') {
                m_column += 2;
                write(U"''");
                start = end + 1;
            }
            if (!atEnd) {
                spaces = ch == U' ';
                breaks = isBreak(ch);
            }
            ++end;
        }
        writeIndicator(U"'", false);
    }

    static Text escapeFor(char32_t ch)
    {
        switch (ch) {
        case U'\0':
            return U"\\0";
        case U'\x07':
            return U"\\a";
        case U'\x08':
            return U"\\b";
        case U'\x09':
            return U"\\t";
        case U'\x0A':
            return U"\\n";
        case U'\x0B':
            return U"\\v";
        case U'\x0C':
            return U"\\f";
        case U'\x0D':
            return U"\\r";
        case U'\x1B':
            return U"\\e";
        case U'"':
            return U"\\\"";
        case U'\\':
            return U"\\\\";
        case U'\x85':
            return U"\\N";
        case U'\xA0':
            return U"\\_";
        case U'\u2028':
            return U"\\L";
        case U'\u2029':
            return U"\\P";
        default:
            break;
        }
        char buf[16];
        if (ch <= 0xFF)
            std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(ch));
        else if (ch <= 0xFFFF)
            std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(ch));
        else
            std::snprintf(buf, sizeof buf, "\\U%08X", unsigned(ch));
        return toText(buf);
    }

    void writeDoubleQuoted(const Text &text, bool split)
    {
        writeIndicator(U"\"", true);
        size_t start = 0, end = 0;
        while (end <= text.size()) {
            const bool atEnd = end == text.size();
            const char32_t ch = atEnd ? 0 : text[end];
            if (atEnd || ch == U'"' || ch == U'\\' || ch == U'\x85' || ch == U'\u2028' || ch == U'\u2029'
                || ch == U'\uFEFF' || !(ch >= 0x20 && ch <= 0x7E)) {
                writeRun(text, start, end);
                start = end;
                if (!atEnd) {
                    const Text esc = escapeFor(ch);
                    m_column += int(esc.size());
                    write(esc);
                    start = end + 1;
                }
            }
            if (end > 0 && end + 1 < text.size() && (ch == U' ' || start >= end)
                && m_column + int(end - start) > m_options.width && split) {
                Text data = text.substr(start, end > start ? end - start : 0) + U"\\";
                if (start < end)
                    start = end;
                m_column += int(data.size());
                write(data);
                writeIndent();
                m_whitespace = false;
                m_indention = false;
                if (text[start] == U' ') {
                    m_column += 1;
                    write(U"\\");
                }
            }
            ++end;
        }
        writeIndicator(U"\"", false);
    }

    const YamlWriter::Options &m_options;
    int m_indent = -1;
    std::vector<int> m_indents;
    int m_column = 0;
    bool m_whitespace = true;
    bool m_indention = true;
};

} // namespace

QString YamlWriter::floatText(double d)
{
    if (std::isnan(d))
        return QStringLiteral(".nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    // Shortest digits that round-trip, then laid out as Python's repr(): fixed notation for
    // exponents from -4 to 15, scientific otherwise; PyYAML then makes "1e-05" into "1.0e-05".
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    const auto epos = sci.find('e');
    std::string mantissa = sci.substr(0, epos);
    const int exponent = std::stoi(sci.substr(epos + 1));
    const bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits.push_back(c);
    std::string text;
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            text = "0." + std::string(size_t(-exponent - 1), '0') + digits;
        } else if (size_t(exponent + 1) >= digits.size()) {
            text = digits + std::string(size_t(exponent + 1) - digits.size(), '0') + ".0";
        } else {
            text = digits.substr(0, size_t(exponent + 1)) + "." + digits.substr(size_t(exponent + 1));
        }
    } else {
        text = digits.substr(0, 1);
        text += "." + (digits.size() > 1 ? digits.substr(1) : std::string("0"));
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        text += ebuf;
    }
    if (negative)
        text.insert(0, 1, '-');
    return QString::fromStdString(text);
}

QByteArray YamlWriter::write(const YamlValue &document, const Options &options)
{
    return writeAll({document}, options);
}

QByteArray YamlWriter::writeAll(const QList<YamlValue> &documents, const Options &options)
{
    Emitter e(options);
    bool first = true;
    for (const YamlValue &d : documents) {
        e.document(d, first);
        first = false;
    }
    return QByteArray::fromStdString(e.out);
}

} // namespace kfw::pipelinespec
