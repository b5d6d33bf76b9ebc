#include "cluster/backend/notebookservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace kfw::backend {

NotebookService::~NotebookService() = default;
LocalNotebookService::~LocalNotebookService() = default;

namespace {

// The context lupdate gives the namespace's free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::backend", text);
}

} // namespace

QString phaseName(NotebookPhase phase)
{
    switch (phase) {
    case NotebookPhase::Ready:
        return QStringLiteral("ready");
    case NotebookPhase::Waiting:
        return QStringLiteral("waiting");
    case NotebookPhase::Warning:
        return QStringLiteral("warning");
    case NotebookPhase::Error:
        return QStringLiteral("error");
    case NotebookPhase::Uninitialized:
        return QStringLiteral("uninitialized");
    case NotebookPhase::Unavailable:
        return QStringLiteral("unavailable");
    case NotebookPhase::Terminating:
        return QStringLiteral("terminating");
    case NotebookPhase::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString phaseTitle(NotebookPhase phase)
{
    switch (phase) {
    case NotebookPhase::Ready:
        return tr("Running");
    case NotebookPhase::Waiting:
        return tr("Waiting");
    case NotebookPhase::Warning:
        return tr("Warning");
    case NotebookPhase::Error:
        return tr("Error");
    case NotebookPhase::Uninitialized:
        return tr("Uninitialized");
    case NotebookPhase::Unavailable:
        return tr("Unavailable");
    case NotebookPhase::Terminating:
        return tr("Terminating");
    case NotebookPhase::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString serverTypeName(ServerType type)
{
    switch (type) {
    case ServerType::Jupyter:
        return QStringLiteral("jupyter");
    case ServerType::GroupOne:
        return QStringLiteral("group-one");
    case ServerType::GroupTwo:
        return QStringLiteral("group-two");
    }
    return {};
}

QString serverTypeTitle(ServerType type)
{
    switch (type) {
    case ServerType::Jupyter:
        return QStringLiteral("JupyterLab");
    case ServerType::GroupOne:
        return QStringLiteral("VS Code");
    case ServerType::GroupTwo:
        return QStringLiteral("RStudio");
    }
    return {};
}

ServerType serverTypeFromName(const QString &name)
{
    for (ServerType t : {ServerType::GroupOne, ServerType::GroupTwo}) {
        if (name == serverTypeName(t))
            return t;
    }
    return ServerType::Jupyter;
}

QString scaledLimit(const QString &request, const QString &factor)
{
    bool factorOk = false;
    const double f = factor.toDouble(&factorOk);
    if (!factorOk || factor.isEmpty())
        return {};
    // The number and the unit after it ("1.5Gi" → 1.5, "Gi").
    static const QRegularExpression number(QStringLiteral("^([0-9]*\\.?[0-9]+)([A-Za-z]*)$"));
    const QRegularExpressionMatch m = number.match(request.trimmed());
    if (!m.hasMatch())
        return {};
    const double scaled = std::round(m.captured(1).toDouble() * f * 10.0) / 10.0;
    return QString::number(scaled, 'f', 1) + m.captured(2);
}

NotebookRequest defaultRequest(const SpawnerConfig &config)
{
    NotebookRequest r;
    r.image = config.images.value.value(0);
    r.pullPolicy = config.pullPolicy.value;
    // The web app's form shows numbers: "1.0Gi" becomes 1 GiB, sent as "1Gi".
    const auto number = [](QString value) {
        value.remove(QStringLiteral("Gi"));
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok ? QString::number(d, 'g', 12) : value;
    };
    r.cpu = number(config.cpu.value);
    r.memory = number(config.memory.value) + QStringLiteral("Gi");
    r.cpuLimit = scaledLimit(r.cpu, config.cpuLimitFactor);
    r.memoryLimit = scaledLimit(r.memory, config.memoryLimitFactor);
    r.gpuVendor = config.gpuVendor.value;
    bool counted = false;
    const int gpus = config.gpuCount.value.toInt(&counted);
    r.gpus = counted ? gpus : 0;
    r.workspace = config.workspace.value;
    r.dataVolumes = config.dataVolumes.value;
    r.configurations = config.configurations.value;
    r.affinity = config.affinity.value;
    r.tolerationGroup = config.tolerationGroup.value;
    r.sharedMemory = config.sharedMemory.value;
    return r;
}

} // namespace kfw::backend
