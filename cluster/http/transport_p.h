#pragma once

// Internals shared by the transport loop, Client and Stream; not part of the API.

#include "cluster/http/ratelimiter.h"
#include "cluster/http/transport.h"

#include <atomic>
#include <curl/curl.h>
#include <optional>
#include <vector>

namespace kfw::http::detail {

using Clock = std::chrono::steady_clock;

// One request and its attempts.
struct Job
{
    Request request;
    std::shared_ptr<const ClientOptions> options;
    std::shared_ptr<RateLimiter> limiter;
    std::optional<QPromise<Response>> promise;
    std::shared_ptr<StreamSink> sink;

    int attempt = 0;
    Clock::time_point notBefore = Clock::now();
    bool tokenHeld = false;
    Clock::time_point started;

    // The current attempt.
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    curl_slist *connectTo = nullptr;
    Response response;
    bool headDelivered = false;
    bool bodyDelivered = false;
    bool canceledByCaller = false;
    qint64 uploaded = -1; // the last upload progress reported
    char errorText[CURL_ERROR_SIZE] = {};

    bool isStream() const { return sink != nullptr; }
    bool callerGaveUp()
    {
        if (isStream())
            return sink->isCanceled();
        return promise->isCanceled();
    }
    ~Job()
    {
        if (headerList)
            curl_slist_free_all(headerList);
        if (connectTo)
            curl_slist_free_all(connectTo);
    }
};

struct TransportState
{
    std::mutex mutex;
    std::vector<std::unique_ptr<Job>> incoming;
    bool stopping = false;
    bool stopped = false;
    CURLM *multi = nullptr;
    std::atomic<int> active{0};

    void submit(std::unique_ptr<Job> job);
    void wake()
    {
        const std::lock_guard lock(mutex);
        if (multi && !stopped)
            curl_multi_wakeup(multi);
    }
};

} // namespace kfw::http::detail
