#include "cluster/http/client.h"

#include "cluster/http/stream.h"
#include "cluster/http/transport_p.h"

namespace kfw::http {

Client::Client(Transport &transport, ClientOptions options)
    : m_transport(transport.m_state)
    , m_options(std::make_shared<const ClientOptions>(std::move(options)))
    , m_limiter(std::make_shared<RateLimiter>(m_options->rateLimit))
{}

QFuture<Response> Client::send(Request request) const
{
    auto job = std::make_unique<detail::Job>();
    job->request = std::move(request);
    job->options = m_options;
    job->limiter = m_limiter;
    job->promise.emplace();
    job->promise->start();
    QFuture<Response> future = job->promise->future();
    m_transport->submit(std::move(job));
    return future;
}

Stream *Client::stream(Request request, QObject *parent) const
{
    auto sink = std::make_shared<detail::StreamSink>();
    std::weak_ptr<detail::TransportState> transport = m_transport;
    sink->wake = [transport] {
        if (auto state = transport.lock())
            state->wake();
    };
    auto *stream = new Stream(sink, parent);
    auto job = std::make_unique<detail::Job>();
    job->request = std::move(request);
    job->options = m_options;
    job->limiter = m_limiter;
    job->sink = std::move(sink);
    m_transport->submit(std::move(job));
    return stream;
}

} // namespace kfw::http
