#pragma once

#include "cluster/http/message.h"

#include <QFuture>

#include <memory>

class QObject;

namespace kfw::http {

class RateLimiter;
class Stream;
class Transport;
namespace detail {
struct TransportState;
}

// Requests to one server with one set of options: TLS, proxy, time-outs, retries and a rate
// limit shared by all copies of the client. Cheap to copy.
class Client
{
public:
    Client(Transport &transport, ClientOptions options);

    const ClientOptions &options() const { return *m_options; }

    // Sends the request (again after retryable failures) and reports the final outcome. Cancel
    // the future to abandon it.
    QFuture<Response> send(Request request) const;

    // Opens a streamed response; the Stream belongs to parent (or the caller) and signals in the
    // calling thread, which must run an event loop.
    Stream *stream(Request request, QObject *parent = nullptr) const;

private:
    std::shared_ptr<detail::TransportState> m_transport;
    std::shared_ptr<const ClientOptions> m_options;
    std::shared_ptr<RateLimiter> m_limiter;
};

} // namespace kfw::http
