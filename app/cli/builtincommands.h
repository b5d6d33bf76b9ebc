#pragma once

#include "app/cli/command.h"

namespace kfw::app {

// Registers the commands of the app itself: version and doctor.
void registerBuiltinCommands(CommandRegistry &commands);

// One line of `doctor`: what was checked and what to do about it.
struct DoctorCheck
{
    enum class Status
    {
        Ok,
        Note,
        Warning,
        Error,
    };
    QString id;
    QString title;
    Status status = Status::Ok;
    QString detail;
    QString hint;
};

// Checks what the workbench needs on this machine (no network, no child processes).
QList<DoctorCheck> runDoctorChecks();

} // namespace kfw::app
