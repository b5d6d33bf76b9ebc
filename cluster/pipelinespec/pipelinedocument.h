#pragma once

#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlvalue.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kfw::pipelinespec {

// The facts that identify a compiled pipeline, defined as in the KFP conformance manifest.
struct ManifestRow
{
    QString name;
    int documents = 0;
    int rootDagTasks = 0;
    int componentSpecs = 0;
    int executors = 0;
    bool usesParallelFor = false;
    bool usesCondition = false;
    bool usesExitHandler = false;
    bool hasPlatformSpec = false;

    QJsonObject toJson() const;
    bool operator==(const ManifestRow &) const = default;
};

// What a file turned out to be.
enum class DocumentKind
{
    PipelineSpec, // KFP v2 IR (a pipeline, or a single component compiled by the SDK)
    V1Component,  // KFP v1 component.yaml
};

// A KFP v2 pipeline as the SDK compiles it: the PipelineSpec document and the optional
// Kubernetes platform document. The trees are kept whole, so fields this version does not know
// survive an import and an export.
class PipelineDocument
{
public:
    // Reads and checks a file. On failure returns nullopt and fills *error with the file, the
    // position, what is wrong and what to do.
    static std::optional<PipelineDocument> load(const QString &path, ReadError *error);
    static std::optional<PipelineDocument> fromBytes(const QByteArray &bytes, const QString &fileName, ReadError *error);
    // A document built in code (the editor's new pipeline).
    static PipelineDocument fromSpec(YamlValue spec, std::optional<YamlValue> platform = {});

    DocumentKind kind() const { return m_kind; }
    const YamlValue &spec() const { return m_spec; }
    YamlValue &spec() { return m_spec; }
    // The Kubernetes platform document ({platforms: {kubernetes: ...}}), when present.
    const std::optional<YamlValue> &platform() const { return m_platform; }
    std::optional<YamlValue> &platform() { return m_platform; }
    // Every document of the file, in order (the spec first).
    QList<YamlValue> documents() const;

    QString name() const;
    QString description() const;
    ManifestRow manifest() const;

    // The file as the KFP compiler writes it: the "# PIPELINE DEFINITION" header, the spec,
    // and the platform document after "---".
    QByteArray toYaml() const;
    // The header comment block alone.
    QString header() const;

    // The PipelineSpec fields of schema 2.1.0 (pipeline_spec.proto, message PipelineSpec).
    static const QStringList &knownTopLevelFields();

private:
    DocumentKind m_kind = DocumentKind::PipelineSpec;
    YamlValue m_spec;
    std::optional<YamlValue> m_platform;
    QList<YamlValue> m_extraDocuments;
};

// Human-readable type of an input or output definition, as the KFP header prints it
// ("str", "int", "list", "system.Dataset", ...).
QString definitionTypeName(const YamlValue &definition, bool artifact);

} // namespace kfw::pipelinespec
