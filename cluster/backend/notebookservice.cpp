#include "cluster/backend/notebookservice.h"

#include <QCoreApplication>

namespace kfw::backend {

NotebookService::~NotebookService() = default;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("kfw::backend::NotebookService", text);
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
        return translated("Running");
    case NotebookPhase::Waiting:
        return translated("Starting");
    case NotebookPhase::Warning:
        return translated("Warning");
    case NotebookPhase::Error:
        return translated("Error");
    case NotebookPhase::Uninitialized:
        return translated("Uninitialized");
    case NotebookPhase::Unavailable:
        return translated("Unavailable");
    case NotebookPhase::Terminating:
        return translated("Terminating");
    case NotebookPhase::Stopped:
        return translated("Stopped");
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

} // namespace kfw::backend
