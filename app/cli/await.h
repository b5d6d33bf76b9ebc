#pragma once

#include "cluster/backend/services.h"

#include <QEventLoop>
#include <QFuture>

namespace kfw::app {

// Waits for a service call; the command line has nothing else to do meanwhile, and the event
// loop keeps running so that the backend's answers arrive.
template<typename T>
backend::Result<T> await(QFuture<backend::Result<T>> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        future.then(&loop, [&loop](const backend::Result<T> &) { loop.quit(); });
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace kfw::app
