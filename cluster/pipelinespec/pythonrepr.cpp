#include "cluster/pipelinespec/pythonrepr.h"

#include "cluster/pipelinespec/yamlwriter.h"

#include <cmath>

namespace kfw::pipelinespec {
namespace {

// A quoted string literal as Python writes it: repr() (quote chosen, non-ASCII kept) or
// json.dumps() (double quotes, non-ASCII as \uXXXX).
QString quoted(const QString &s, bool json)
{
    // repr() prefers single quotes, and switches to double quotes when the text has a single
    // quote and no double quote.
    const QChar quote = json || (s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'))) ? QLatin1Char('"')
                                                                                                  : QLatin1Char('\'');
    QString out(quote);
    for (const uint cp : s.toUcs4()) {
        if (cp == quote.unicode() || cp == '\\') {
            out += QLatin1Char('\\') + QChar(cp);
        } else if (cp == '\n') {
            out += QStringLiteral("\\n");
        } else if (cp == '\r') {
            out += QStringLiteral("\\r");
        } else if (cp == '\t') {
            out += QStringLiteral("\\t");
        } else if (json && (cp < 0x20 || cp > 0x7E)) {
            if (cp > 0xFFFF) {
                const uint u = cp - 0x10000;
                out += QStringLiteral("\\u%1\\u%2")
                           .arg(0xD800 + (u >> 10), 4, 16, QLatin1Char('0'))
                           .arg(0xDC00 + (u & 0x3FF), 4, 16, QLatin1Char('0'));
            } else {
                out += QStringLiteral("\\u%1").arg(cp, 4, 16, QLatin1Char('0'));
            }
        } else if (cp < 0x20 || cp == 0x7F) {
            out += QStringLiteral("\\x%1").arg(cp, 2, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        }
    }
    out += quote;
    return out;
}

QString reprString(const QString &s)
{
    return quoted(s, false);
}

} // namespace

QString pythonRepr(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("None");
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case YamlValue::Type::Int:
        return v.scalarText();
    case YamlValue::Type::Float: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QStringLiteral("nan");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        // PyYAML's text differs from repr() only in "1.0e-05" for "1e-05".
        return YamlWriter::floatText(d).replace(QStringLiteral(".0e"), QStringLiteral("e"));
    }
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return reprString(v.text());
    case YamlValue::Type::Sequence: {
        QStringList parts;
        for (const YamlValue &item : v.items())
            parts << pythonRepr(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case YamlValue::Type::Mapping: {
        QStringList parts;
        for (const auto &e : v.entries())
            parts << pythonRepr(e.key) + QStringLiteral(": ") + pythonRepr(e.value);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

QString pythonJson(const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Type::Float:
        if (std::isnan(v.toDouble()))
            return QStringLiteral("NaN");
        if (std::isinf(v.toDouble()))
            return v.toDouble() > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return pythonRepr(v);
    case YamlValue::Type::Int:
        return pythonRepr(v);
    case YamlValue::Type::String:
    case YamlValue::Type::Timestamp:
        return quoted(v.text(), true);
    case YamlValue::Type::Sequence: {
        QStringList parts;
        for (const YamlValue &item : v.items())
            parts << pythonJson(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case YamlValue::Type::Mapping: {
        QStringList parts;
        for (const auto &e : v.entries())
            parts << quoted(e.key.scalarText(), true) + QStringLiteral(": ") + pythonJson(e.value);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

} // namespace kfw::pipelinespec
