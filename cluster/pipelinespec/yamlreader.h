#pragma once

#include "cluster/pipelinespec/yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kfw::pipelinespec {

// What went wrong reading a file, and where.
struct ReadError
{
    QString file;     // may be empty when reading bytes
    int line = 0;     // 1-based, 0 when unknown
    int column = 0;
    QString message;  // what is wrong
    QString hint;     // what to do about it

    // "file:line:column: message (hint)"
    QString toString() const;
};

// Reads YAML (1.1, as the KFP SDK's loader resolves it) or JSON text into trees, one per
// document. Plain scalars resolve like PyYAML's SafeLoader: yes/no/on/off are booleans, "1.0"
// is a float, "1e3" is a string, "2024-01-01" a timestamp. Anchors, aliases and merge keys
// work; alias expansion is bounded so that a hostile file cannot exhaust memory.
class YamlReader
{
public:
    // The most nodes a document may expand to (aliases counted in full).
    static constexpr qsizetype kMaxNodes = 20'000'000;
    // The most documents one file may hold.
    static constexpr int kMaxDocuments = 10'000;

    // Returns false and fills *error on malformed input. Empty documents (only comments) are
    // skipped, so a file of comments yields no documents and no error.
    static bool read(const QByteArray &bytes, QList<YamlValue> *documents, ReadError *error);

    // How a plain (unquoted) scalar resolves, exposed for the writer: true when the text
    // would load back as a string.
    static bool plainIsString(const QString &text);
    // Resolves a plain scalar to its typed value.
    static YamlValue resolvePlain(const QString &text);
};

} // namespace kfw::pipelinespec
