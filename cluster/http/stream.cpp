#include "cluster/http/stream.h"

#include "cluster/http/transport.h"

namespace kfw::http {

Stream::Stream(std::shared_ptr<detail::StreamSink> sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    const std::lock_guard lock(m_sink->mutex);
    m_sink->receiver = this;
}

Stream::~Stream()
{
    {
        // After this block the transport posts nothing more to this object; what it already
        // posted is discarded with the object.
        const std::lock_guard lock(m_sink->mutex);
        m_sink->receiver = nullptr;
        m_sink->canceled = true;
    }
    if (m_sink->wake)
        m_sink->wake();
}

void Stream::cancel()
{
    {
        const std::lock_guard lock(m_sink->mutex);
        if (m_sink->canceled)
            return;
        m_sink->canceled = true;
    }
    if (m_sink->wake)
        m_sink->wake();
}

void Stream::drain()
{
    const QList<detail::StreamSink::Event> events = m_sink->take();
    for (const auto &event : events) {
        if (m_finished)
            return;
        switch (event.kind) {
        case detail::StreamSink::Kind::Head:
            emit headReceived(event.response.status, event.response.headers);
            break;
        case detail::StreamSink::Kind::Data:
            emit dataReceived(event.data);
            break;
        case detail::StreamSink::Kind::End:
            m_finished = true;
            emit finished(event.response);
            break;
        }
    }
}

} // namespace kfw::http
