#pragma once

// Turning Kubernetes, KFP and KFAM answers into backend service results: shared by the cluster
// backend's services.

#include "cluster/backend/services.h"
#include "cluster/kube/kubeclient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>

#include <memory>

namespace kfw::kubeflow::calls {

template<typename T>
QFuture<backend::Result<T>> failed(const QString &message)
{
    return QtFuture::makeReadyFuture(backend::Result<T>::failure(message));
}

// An answer turned into a service result: convert(object) on success, the server's message
// otherwise.
template<typename T, typename F>
QFuture<backend::Result<T>> mapped(QFuture<kube::ApiResponse> future, F convert)
{
    return future.then(QtFuture::Launch::Sync, [convert](const kube::ApiResponse &r) {
        if (!r.ok())
            return backend::Result<T>::failure(r.error);
        backend::Result<T> out;
        out.value = convert(r.object);
        return out;
    });
}

inline QFuture<backend::Result<backend::Done>> done(QFuture<kube::ApiResponse> future)
{
    return mapped<backend::Done>(std::move(future),
                                 [](const QJsonObject &) { return backend::Done{}; });
}

// Runs next(first's result) when first finishes and hands on what next's future brings.
template<typename T, typename A, typename F>
QFuture<backend::Result<T>> chain(QFuture<A> first, F next)
{
    auto promise = std::make_shared<QPromise<backend::Result<T>>>();
    promise->start();
    QFuture<backend::Result<T>> out = promise->future();
    const auto finish = [promise](const backend::Result<T> &r) {
        promise->addResult(r);
        promise->finish();
    };
    const auto cancelled = [finish] {
        finish(backend::Result<T>::failure(QCoreApplication::translate(
            "kfw::kubeflow::KfpServices", "The request was cancelled.")));
    };
    first
        .then(QtFuture::Launch::Sync,
              [next, finish, cancelled](const A &a) {
                  next(a).then(QtFuture::Launch::Sync, finish).onCanceled(cancelled);
              })
        .onCanceled(cancelled);
    return out;
}

} // namespace kfw::kubeflow::calls
