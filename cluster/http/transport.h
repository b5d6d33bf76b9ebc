#pragma once

#include "cluster/http/message.h"

#include <QPromise>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace kfw::http {

class RateLimiter;

namespace detail {

// What a stream's transfer hands to the Stream object in the receiver's thread. The mutex makes
// "post an event to the receiver" and "the receiver is gone" exclusive.
struct StreamSink
{
    enum class Kind
    {
        Head,
        Data,
        End
    };
    struct Event
    {
        Kind kind = Kind::Data;
        QByteArray data;
        Response response;
    };

    std::mutex mutex;
    QObject *receiver = nullptr; // cleared when the Stream is destroyed
    QList<Event> queue;
    bool canceled = false;
    std::function<void()> wake;

    void push(Event event);
    QList<Event> take();
    bool isCanceled();
};

struct Job;
struct TransportState;

} // namespace detail

// The one network thread: a libcurl multi handle driving every transfer of every client. Calls
// never block; results arrive through futures and streams. Destroying it cancels what is left.
class Transport
{
public:
    Transport();
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    // Requests queued, backing off or in flight (for diagnostics and tests).
    int activeTransfers() const;

private:
    friend class Client;
    std::shared_ptr<detail::TransportState> m_state;
    std::thread m_thread;
};

} // namespace kfw::http
