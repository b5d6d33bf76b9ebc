// Fuzzes the pipeline importer with two oracles besides "no crash, no leak, no hang":
// whatever YAML reads must write and read back to the same tree, and an accepted pipeline must
// export and import back to the same pipeline.

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/specdiff.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <cstdio>
#include <cstdlib>

using namespace kfw::pipelinespec;

namespace {
[[noreturn]] void fail(const char *what, const QByteArray &a, const QByteArray &b)
{
    std::fprintf(stderr, "oracle failed: %s\n--- first ---\n%s\n--- second ---\n%s\n", what, a.constData(), b.constData());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QList<YamlValue> docs;
    ReadError error;
    if (YamlReader::read(bytes, &docs, &error)) {
        const QByteArray written = YamlWriter::writeAll(docs);
        QList<YamlValue> again;
        if (!YamlReader::read(written, &again, &error))
            fail("written YAML does not read back", written, error.toString().toUtf8());
        // Documents that are null or empty are dropped on read, as PyYAML does.
        QList<YamlValue> kept;
        for (const YamlValue &d : docs)
            if (!d.isNull())
                kept.append(d);
        if (kept.size() != again.size())
            fail("document count changed", written, QByteArray::number(again.size()));
        for (qsizetype i = 0; i < kept.size(); ++i) {
            if (!(kept.at(i) == again.at(i)))
                fail("tree changed in a write/read round trip", bytes, written);
        }
    }

    auto doc = PipelineDocument::fromBytes(bytes, QStringLiteral("fuzz.yaml"), &error);
    if (!doc)
        return 0;
    (void)Validator::validate(*doc);
    (void)doc->manifest();
    const QByteArray exported = doc->toYaml();
    auto again = PipelineDocument::fromBytes(exported, QStringLiteral("exported.yaml"), &error);
    if (!again)
        fail("exported pipeline is refused on import", exported, error.toString().toUtf8());
    if (!(again->spec() == doc->spec()))
        fail("exported pipeline differs", bytes, exported);
    if (!SpecDiff::compare(*doc, *again).isEmpty())
        fail("diff of a round trip is not empty", bytes, exported);
    return 0;
}
