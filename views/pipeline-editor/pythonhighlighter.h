#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace kfw::views::editor {

// Keywords, strings, comments and decorators of Python, enough to read a component's source.
class PythonHighlighter : public QSyntaxHighlighter
{
public:
    explicit PythonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_decorator;
};

} // namespace kfw::views::editor
