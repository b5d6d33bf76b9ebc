#pragma once

#include "app/cli/command.h"
#include "cluster/backend/services.h"

#include <QEventLoop>
#include <QFuture>
#include <QJsonObject>

namespace kfw::app {

// Waits for a backend or client call; the command line has nothing else to do meanwhile, and the
// event loop keeps running so that the answers arrive.
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        future.then(&loop, [&loop](const T &) { loop.quit(); });
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// Reports a call that returns nothing: {"ok": true} with --json, else text on stderr; a failure
// as CliIo::fail. Returns the exit code.
inline int printDone(CliIo &io, const backend::Result<backend::Done> &r, const QString &text)
{
    if (!r.ok())
        return io.fail(r.error);
    if (io.json())
        io.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    else
        io.message(text);
    return ExitOk;
}

} // namespace kfw::app
