#pragma once

#include "cluster/http/message.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace kfw::http {

// The delay a Retry-After header asks for (delta seconds or an HTTP date), if it is valid.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);

// Whether a finished attempt should be sent again, and after how long. `unit` is a uniform
// random number in [0, 1) for the jitter; attempt counts from 1.
std::optional<std::chrono::milliseconds> retryDelay(const Request &request,
                                                    const Response &response, int attempt,
                                                    const RetryPolicy &policy, double unit,
                                                    const QDateTime &now);

} // namespace kfw::http
