#include "views/pipeline-editor/pythonhighlighter.h"

#include <QRegularExpression>

namespace kfw::views::editor {

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_keyword.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_decorator.setForeground(QColor(0x8e, 0x24, 0xaa));
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression keywords(QStringLiteral(
        "\\b(def|return|import|from|as|if|elif|else|for|while|in|not|and|or|with|class|try|except|"
        "finally|raise|pass|None|True|False|lambda|yield)\\b"));
    static const QRegularExpression strings(QStringLiteral("(\"[^\"]*\"|'[^']*')"));
    static const QRegularExpression decorators(QStringLiteral("^\\s*@\\w+"));
    const auto paint = [this, &text](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    paint(keywords, m_keyword);
    paint(decorators, m_decorator);
    paint(strings, m_string);
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0)
        setFormat(int(hash), int(text.size() - hash), m_comment);
}

} // namespace kfw::views::editor
