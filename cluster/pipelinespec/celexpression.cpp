#include "cluster/pipelinespec/celexpression.h"

#include <cmath>
#include <vector>

namespace kfw::pipelinespec {

struct CelExpression::Node
{
    enum class Kind
    {
        Literal,
        Parameter,
        Call,
        Not,
        Negate,
        Binary,
    };
    Kind kind;
    YamlValue literal;
    QString name; // parameter name, function name or operator
    std::vector<std::shared_ptr<const Node>> args;
};

namespace {

using NodePtr = std::shared_ptr<const CelExpression::Node>;
using Kind = CelExpression::Node::Kind;

struct ParseError
{
    QString message;
    int offset;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    NodePtr parseAll()
    {
        NodePtr n = parseOr();
        skipSpace();
        if (m_pos < m_text.size())
            fail(QStringLiteral("unexpected '%1'").arg(m_text.mid(m_pos, 12)));
        return n;
    }

private:
    [[noreturn]] void fail(const QString &message) { throw ParseError{message, int(m_pos)}; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool take(const QString &token)
    {
        skipSpace();
        if (m_text.mid(m_pos, token.size()) == token) {
            m_pos += token.size();
            return true;
        }
        return false;
    }

    void expect(const QString &token)
    {
        if (!take(token))
            fail(QStringLiteral("expected '%1'").arg(token));
    }

    static NodePtr make(Kind k, QString name, std::vector<NodePtr> args = {}, YamlValue literal = {})
    {
        auto n = std::make_shared<CelExpression::Node>();
        n->kind = k;
        n->name = std::move(name);
        n->args = std::move(args);
        n->literal = std::move(literal);
        return n;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (take(QStringLiteral("||")))
            left = make(Kind::Binary, QStringLiteral("||"), {left, parseAnd()});
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseComparison();
        while (take(QStringLiteral("&&")))
            left = make(Kind::Binary, QStringLiteral("&&"), {left, parseComparison()});
        return left;
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseUnary();
        for (const char *op : {"==", "!=", "<=", ">=", "<", ">"}) {
            const QString o = QString::fromLatin1(op);
            skipSpace();
            // "<" must not swallow "<="; the longer operators are tried first.
            if (take(o))
                return make(Kind::Binary, o, {left, parseUnary()});
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (take(QStringLiteral("!"))) {
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('='))
                fail(QStringLiteral("unexpected '='"));
            return make(Kind::Not, {}, {parseUnary()});
        }
        if (take(QStringLiteral("-")))
            return make(Kind::Negate, {}, {parseUnary()});
        return parsePrimary();
    }

    QString parseString()
    {
        const QChar quote = m_text.at(m_pos);
        ++m_pos;
        QString out;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\\') && m_pos + 1 < m_text.size()) {
                ++m_pos;
                c = m_text.at(m_pos);
                if (c == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (c == QLatin1Char('t'))
                    c = QLatin1Char('\t');
            }
            out += c;
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            fail(QStringLiteral("unterminated string"));
        ++m_pos;
        return out;
    }

    NodePtr parsePrimary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail(QStringLiteral("unexpected end of the expression"));
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr();
            expect(QStringLiteral(")"));
            return inner;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return make(Kind::Literal, {}, {}, YamlValue::string(parseString()));
        if (c.isDigit() || c == QLatin1Char('.')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()
                   && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')
                       || m_text.at(m_pos).toLower() == QLatin1Char('e')
                       || ((m_text.at(m_pos) == QLatin1Char('-') || m_text.at(m_pos) == QLatin1Char('+'))
                           && m_text.at(m_pos - 1).toLower() == QLatin1Char('e'))))
                ++m_pos;
            const QString num = m_text.mid(start, m_pos - start);
            bool ok = false;
            if (!num.contains(QLatin1Char('.')) && !num.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
                const qint64 i = num.toLongLong(&ok);
                if (ok)
                    return make(Kind::Literal, {}, {}, YamlValue::integer(i));
            }
            const double d = num.toDouble(&ok);
            if (!ok)
                fail(QStringLiteral("malformed number '%1'").arg(num));
            return make(Kind::Literal, {}, {}, YamlValue::real(d));
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                                             || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            const QString ident = m_text.mid(start, m_pos - start);
            if (ident == QLatin1String("true") || ident == QLatin1String("false"))
                return make(Kind::Literal, {}, {}, YamlValue::boolean(ident == QLatin1String("true")));
            if (ident == QLatin1String("null"))
                return make(Kind::Literal, {}, {}, YamlValue());
            if (ident == QLatin1String("inputs.parameter_values")) {
                expect(QStringLiteral("["));
                skipSpace();
                if (m_pos >= m_text.size() || (m_text.at(m_pos) != QLatin1Char('\'') && m_text.at(m_pos) != QLatin1Char('"')))
                    fail(QStringLiteral("expected a quoted parameter name"));
                const QString name = parseString();
                expect(QStringLiteral("]"));
                return make(Kind::Parameter, name);
            }
            if (ident == QLatin1String("int") || ident == QLatin1String("double") || ident == QLatin1String("string")) {
                expect(QStringLiteral("("));
                NodePtr arg = parseOr();
                expect(QStringLiteral(")"));
                return make(Kind::Call, ident, {arg});
            }
            fail(QStringLiteral("unknown name '%1' (conditions read inputs.parameter_values['...'] and call "
                                "int(), double() or string())")
                     .arg(ident));
        }
        fail(QStringLiteral("unexpected '%1'").arg(c));
    }

    QString m_text;
    qsizetype m_pos = 0;
};

void collect(const NodePtr &n, QStringList *names)
{
    if (n->kind == Kind::Parameter && !names->contains(n->name))
        names->append(n->name);
    for (const NodePtr &a : n->args)
        collect(a, names);
}

struct EvalError
{
    QString message;
};

// Parameter values arrive as their JSON forms; a string holding a number is not a number.
YamlValue eval(const NodePtr &n, const QHash<QString, YamlValue> &params)
{
    switch (n->kind) {
    case Kind::Literal:
        return n->literal;
    case Kind::Parameter: {
        auto it = params.find(n->name);
        if (it == params.end())
            throw EvalError{QStringLiteral("the condition reads '%1', which the task does not have").arg(n->name)};
        return *it;
    }
    case Kind::Call: {
        const YamlValue v = eval(n->args.front(), params);
        if (n->name == QLatin1String("int")) {
            if (v.isInt())
                return v;
            if (v.isFloat())
                return YamlValue::integer(qint64(std::trunc(v.toDouble())));
            if (v.isString()) {
                bool ok = false;
                const qint64 i = v.text().trimmed().toLongLong(&ok);
                if (!ok)
                    throw EvalError{QStringLiteral("int() of '%1' is not a number").arg(v.text())};
                return YamlValue::integer(i);
            }
            if (v.isBool())
                return YamlValue::integer(v.toBool() ? 1 : 0);
            throw EvalError{QStringLiteral("int() of %1").arg(v.typeName())};
        }
        if (n->name == QLatin1String("double")) {
            if (v.isNumber())
                return YamlValue::real(v.toDouble());
            if (v.isString()) {
                bool ok = false;
                const double d = v.text().trimmed().toDouble(&ok);
                if (!ok)
                    throw EvalError{QStringLiteral("double() of '%1' is not a number").arg(v.text())};
                return YamlValue::real(d);
            }
            throw EvalError{QStringLiteral("double() of %1").arg(v.typeName())};
        }
        // string()
        if (v.isString())
            return v;
        if (v.isFloat()) {
            const double d = v.toDouble();
            return YamlValue::string(d == std::trunc(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                                               : QString::number(d, 'g', 17));
        }
        return YamlValue::string(v.scalarText());
    }
    case Kind::Not: {
        const YamlValue v = eval(n->args.front(), params);
        if (!v.isBool())
            throw EvalError{QStringLiteral("'!' needs a boolean, got %1").arg(v.typeName())};
        return YamlValue::boolean(!v.toBool());
    }
    case Kind::Negate: {
        const YamlValue v = eval(n->args.front(), params);
        if (v.isInt())
            return YamlValue::integer(-v.toInt());
        if (v.isFloat())
            return YamlValue::real(-v.toDouble());
        throw EvalError{QStringLiteral("'-' needs a number, got %1").arg(v.typeName())};
    }
    case Kind::Binary: {
        const QString &op = n->name;
        if (op == QLatin1String("&&") || op == QLatin1String("||")) {
            const YamlValue l = eval(n->args[0], params);
            if (!l.isBool())
                throw EvalError{QStringLiteral("'%1' needs booleans, got %2").arg(op, l.typeName())};
            if (op == QLatin1String("&&") && !l.toBool())
                return l;
            if (op == QLatin1String("||") && l.toBool())
                return l;
            const YamlValue r = eval(n->args[1], params);
            if (!r.isBool())
                throw EvalError{QStringLiteral("'%1' needs booleans, got %2").arg(op, r.typeName())};
            return r;
        }
        const YamlValue l = eval(n->args[0], params);
        const YamlValue r = eval(n->args[1], params);
        if (op == QLatin1String("==") || op == QLatin1String("!=")) {
            bool equal = false;
            if (l.isNumber() && r.isNumber())
                equal = l.toDouble() == r.toDouble();
            else if (l.type() == r.type())
                equal = l == r;
            else
                throw EvalError{QStringLiteral("cannot compare %1 with %2").arg(l.typeName(), r.typeName())};
            return YamlValue::boolean(op == QLatin1String("==") ? equal : !equal);
        }
        int cmp = 0;
        if (l.isNumber() && r.isNumber())
            cmp = l.toDouble() < r.toDouble() ? -1 : (l.toDouble() > r.toDouble() ? 1 : 0);
        else if (l.isString() && r.isString())
            cmp = QString::compare(l.text(), r.text());
        else
            throw EvalError{QStringLiteral("cannot order %1 and %2").arg(l.typeName(), r.typeName())};
        if (op == QLatin1String("<"))
            return YamlValue::boolean(cmp < 0);
        if (op == QLatin1String("<="))
            return YamlValue::boolean(cmp <= 0);
        if (op == QLatin1String(">"))
            return YamlValue::boolean(cmp > 0);
        return YamlValue::boolean(cmp >= 0);
    }
    }
    return {};
}

} // namespace

CelExpression CelExpression::parse(const QString &text)
{
    CelExpression e;
    e.m_text = text;
    try {
        Parser p(text);
        e.m_root = p.parseAll();
    } catch (const ParseError &err) {
        e.m_error = err.message;
        e.m_errorOffset = err.offset;
    }
    return e;
}

QStringList CelExpression::referencedParameters() const
{
    QStringList names;
    if (m_root)
        collect(m_root, &names);
    return names;
}

bool CelExpression::evaluate(const QHash<QString, YamlValue> &parameters, YamlValue *result, QString *error) const
{
    if (!m_root) {
        *error = m_error;
        return false;
    }
    try {
        *result = eval(m_root, parameters);
        return true;
    } catch (const EvalError &e) {
        *error = e.message;
        return false;
    }
}

} // namespace kfw::pipelinespec
