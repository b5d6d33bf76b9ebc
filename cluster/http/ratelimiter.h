#pragma once

#include "cluster/http/message.h"

#include <chrono>
#include <mutex>

namespace kfw::http {

// A token bucket shared by all requests of one client. reserve() takes a token now or books the
// next free one and says how long to wait for it, so a queue of requests is spread at the rate
// without anyone polling.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(RateLimit limit, Clock::time_point now = Clock::now());

    // How long the caller must wait before sending; the token is its own from then on.
    std::chrono::nanoseconds reserve(Clock::time_point now = Clock::now());

private:
    std::mutex m_mutex;
    RateLimit m_limit;
    double m_tokens;
    Clock::time_point m_last;
};

} // namespace kfw::http
