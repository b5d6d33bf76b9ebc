#include "cluster/kube/quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace kfw::kube {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kube::Quantity", text);
}

} // namespace

std::optional<double> parseQuantity(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString suffix = match.captured(2);
    static const QList<std::pair<QString, double>> factors = {
        {QStringLiteral("Ki"), 1024.0},
        {QStringLiteral("Mi"), std::pow(1024.0, 2)},
        {QStringLiteral("Gi"), std::pow(1024.0, 3)},
        {QStringLiteral("Ti"), std::pow(1024.0, 4)},
        {QStringLiteral("Pi"), std::pow(1024.0, 5)},
        {QStringLiteral("Ei"), std::pow(1024.0, 6)},
        {QStringLiteral("n"), 1e-9},
        {QStringLiteral("u"), 1e-6},
        {QStringLiteral("m"), 1e-3},
        {QStringLiteral("k"), 1e3},
        {QStringLiteral("M"), 1e6},
        {QStringLiteral("G"), 1e9},
        {QStringLiteral("T"), 1e12},
        {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18}};
    if (suffix.isEmpty())
        return value;
    if (suffix.startsWith(u'e') || suffix.startsWith(u'E'))
        return value * std::pow(10.0, suffix.mid(1).toInt());
    for (const auto &[name, factor] : factors) {
        if (name == suffix)
            value *= factor;
    }
    return value;
}

QString quantityProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter a quantity, e.g. 4, 500m or 16Gi.");
    const std::optional<double> value = parseQuantity(text);
    if (!value)
        return tr("\"%1\" is not a Kubernetes quantity; write a number with an optional unit, "
                  "e.g. 4, 500m, 16Gi or 1.5.")
            .arg(text.trimmed());
    if (*value < 0)
        return tr("A quantity cannot be negative.");
    return {};
}

QString namespaceNameProblem(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > 63)
        return tr("A name has at most 63 characters (this one has %1).").arg(name.size());
    if (!label.match(name).hasMatch())
        return tr("Use lower-case letters, digits and '-' only, starting and ending with a "
                  "letter or digit (e.g. team-vision).");
    return {};
}

} // namespace kfw::kube
