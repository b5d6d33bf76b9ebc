#include "cluster/pipelinespec/pythonrepr.h"

#include "cluster/pipelinespec/yamlwriter.h"

namespace kfw::pipelinespec {
namespace {

QString reprString(const QString &s)
{
    // Python prefers single quotes, and switches to double quotes when the text has a single
    // quote and no double quote.
    const QChar quote = (s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'))) ? QLatin1Char('"')
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
        } else if (cp < 0x20 || cp == 0x7F) {
            out += QStringLiteral("\\x%1").arg(cp, 2, 16, QLatin1Char('0'));
        } else {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        }
    }
    out += quote;
    return out;
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

} // namespace kfw::pipelinespec
