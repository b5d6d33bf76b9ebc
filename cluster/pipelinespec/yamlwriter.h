#pragma once

#include "cluster/pipelinespec/yamlvalue.h"

#include <QByteArray>
#include <QList>

namespace kfw::pipelinespec {

// Writes trees as YAML in the style of the KFP SDK's compiler (PyYAML's safe dumper with sorted
// keys): block style, 2-space indentation, sequences not indented under their key, strings
// quoted only when they must be, long scalars folded at 80 columns, non-ASCII escaped. A file
// the KFP compiler wrote comes back byte for byte.
class YamlWriter
{
public:
    struct Options
    {
        bool sortKeys = true;
        int width = 80;
    };

    static QByteArray write(const YamlValue &document, const Options &options);
    static QByteArray write(const YamlValue &document) { return write(document, Options{}); }
    // Several documents separated by "---".
    static QByteArray writeAll(const QList<YamlValue> &documents, const Options &options);
    static QByteArray writeAll(const QList<YamlValue> &documents) { return writeAll(documents, Options{}); }

    // Python's repr() of a float, as PyYAML writes it ("1.0", "1.0e-05", ".inf").
    static QString floatText(double d);
};

} // namespace kfw::pipelinespec
