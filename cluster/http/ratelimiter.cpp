#include "cluster/http/ratelimiter.h"

#include <algorithm>

namespace kfw::http {

RateLimiter::RateLimiter(RateLimit limit, Clock::time_point now)
    : m_limit(limit)
    , m_tokens(std::max(1, limit.burst))
    , m_last(now)
{}

std::chrono::nanoseconds RateLimiter::reserve(Clock::time_point now)
{
    if (m_limit.qps <= 0)
        return std::chrono::nanoseconds{0};
    const std::lock_guard lock(m_mutex);
    if (now > m_last) {
        const double elapsed = std::chrono::duration<double>(now - m_last).count();
        m_tokens = std::min<double>(std::max(1, m_limit.burst), m_tokens + elapsed * m_limit.qps);
        m_last = now;
    }
    // Tokens may go negative: each booking pushes the next free token further out.
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return std::chrono::nanoseconds{0};
    const double wait = -m_tokens / m_limit.qps;
    return std::chrono::nanoseconds{static_cast<long long>(wait * 1e9)};
}

} // namespace kfw::http
