#pragma once

// Helpers shared by the tests that drive a LocalRunner.

#include "cluster/local/runner.h"

#include <QSignalSpy>
#include <QString>

namespace kfw::local::testing {

// The placeholder of an output parameter's file.
inline QString out(const char *name)
{
    return QStringLiteral("{{$.outputs.parameters['%1'].output_file}}").arg(QString::fromLatin1(name));
}

// How a run ended.
struct Run
{
    TaskState state = TaskState::Pending;
    QString message;
};

// Starts the runner and waits (the event loop running) for its end.
inline Run run(LocalRunner &runner, int timeoutMs = 30000)
{
    QSignalSpy done(&runner, &LocalRunner::runFinished);
    runner.start();
    if (!done.wait(timeoutMs))
        return {TaskState::Pending, QStringLiteral("no end within the test's time")};
    return {done.first().at(0).value<TaskState>(), done.first().at(1).toString()};
}

} // namespace kfw::local::testing
