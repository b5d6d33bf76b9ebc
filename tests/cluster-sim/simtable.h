#pragma once

#include "simschema.h"

#include <QDateTime>
#include <QJsonObject>

namespace kfw::sim {

// The shape a client asked an answer to have, negotiated from its Accept header: the object
// itself, a meta.k8s.io Table of printed rows (kubectl get), or PartialObjectMetadata.
struct SimView
{
    enum class Shape
    {
        Object,
        Table,
        Metadata
    };
    // What each Table row carries (the includeObject parameter; Metadata is the default).
    enum class Include
    {
        None,
        Metadata,
        Object
    };
    Shape shape = Shape::Object;
    QString metaVersion = u"v1"_qs; // the meta.k8s.io version asked for
    Include include = Include::Metadata;

    // Picks the first media type in accept the server can produce. `list` is true for list and
    // watch requests (PartialObjectMetadataList there, PartialObjectMetadata for one object).
    // Anything unknown falls back to the object, so clients that ask for protobuf get JSON.
    static SimView negotiate(const QByteArray &accept, bool list, const QString &includeObject);
};

// The API server's printing: kubectl's column sets for the built-in kinds (the printers run
// in the server) and, for custom resources, Name plus the CRD's additionalPrinterColumns (Age
// when it has none). Converts answers into the negotiated shape.
class SimTable
{
public:
    explicit SimTable(const SimSchemas *schemas = nullptr);

    // An answer body (an object or a list of kind) in the view's shape; Status bodies pass.
    QJsonObject present(const SimKind &kind, const QJsonObject &body, const SimView &view) const;
    // A Table of objects of kind with the list's metadata.
    QJsonObject table(const SimKind &kind, const QList<QJsonObject> &objects,
                      const QJsonObject &listMeta, const SimView &view) const;

    // apimachinery's HumanDuration ("5m10s", "3h", "2d4h", "1y").
    static QString humanDuration(qint64 seconds);
    // A JSONPath of the subset CRD printer columns use: .a.b, .a[0].b, .a[-1:].b, .a[*].b,
    // .a[?(@.type=="Ready")].status. Returns the matches in order.
    static QJsonArray jsonPath(const QJsonValue &root, const QString &path);

    // Pins "now" for ages (tests); invalid means the current time.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;

    const SimSchemas *m_schemas;
    QDateTime m_now;
};

} // namespace kfw::sim
