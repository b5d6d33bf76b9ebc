#pragma once

#include "cluster/backend/services.h"

#include <QEventLoop>
#include <QFuture>

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

} // namespace kfw::app
