#pragma once

#include <QString>

#include <optional>

namespace kfw::kube {

// A Kubernetes resource quantity ("500m", "16Gi", "1.5", "2e3") as a number of base units
// (cores, bytes, devices); nothing when it is not one.
std::optional<double> parseQuantity(const QString &text);

// Why text is not a Kubernetes quantity; empty when it is.
QString quantityProblem(const QString &text);

// Why name cannot name a namespace (an RFC 1123 label: at most 63 lower-case letters, digits
// and '-', starting and ending with a letter or digit); empty when it can.
QString namespaceNameProblem(const QString &name);

} // namespace kfw::kube
