#pragma once

#include "simkinds.h"
#include "simstore.h"

#include <QHash>
#include <QJsonObject>

#include <deque>
#include <optional>

namespace kfw::sim {

// How the server treats fields a schema does not declare (the fieldValidation query parameter).
// Warn is the API server's default since Kubernetes 1.25.
enum class FieldValidation
{
    Ignore, // drop them silently
    Warn,   // drop them and name each in a Warning header
    Strict  // refuse the request
};
FieldValidation fieldValidationFrom(const QString &parameter);

// One additionalPrinterColumns entry of a CRD version.
struct SimPrinterColumn
{
    QString name;
    QString type; // integer, number, string, boolean, date
    QString format;
    QString description;
    QString jsonPath;
    int priority = 0;
};

// One served version of a CustomResourceDefinition.
struct SimCrdVersion
{
    SimKind kind;
    QJsonObject schema; // the openAPIV3Schema; empty when the version has none
    QList<SimPrinterColumn> columns;
};

// What admission made of an object: refused with a Status, or kept (pruned and defaulted) with
// the warnings the response carries.
struct SimAdmission
{
    std::optional<SimResult> refusal;
    QStringList warnings;
};

// The CRD schemas the simulator validates custom resources against, the way the API server's
// apiextensions handler does: unknown fields are pruned (or refused under Strict), defaults are
// applied, then the object is checked against the version's openAPIV3Schema. Also the source of
// the versions a CRD serves beyond those simKinds() lists, and of CRD printer columns.
class SimSchemas
{
public:
    // Reads every CustomResourceDefinition in the *.yaml, *.yml and *.json files of dir. Files
    // holding something else are skipped; a file that does not parse is an error.
    bool load(const QString &dir, QString *error);

    // CRD versions whose group and plural the simulator serves.
    qsizetype versionCount() const { return qsizetype(m_versions.size()); }
    const SimCrdVersion *find(const SimKind &kind) const;

    // Served CRD versions of simulated kinds that simKinds() does not list (Notebook v1beta1,
    // v1alpha1...). They share storage with the listed version; addresses stay valid.
    const std::deque<SimKind> &extraKinds() const { return m_extraKinds; }
    const SimKind *findExtraKind(const QString &group, const QString &version,
                                 const QString &plural) const;

    // Prunes, defaults and validates an object of kind (metadata aside) in place.
    SimAdmission admit(const SimKind &kind, QJsonObject *object, FieldValidation mode) const;

private:
    std::deque<SimCrdVersion> m_versions;
    std::deque<SimKind> m_extraKinds;
};

} // namespace kfw::sim
