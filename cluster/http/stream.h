#pragma once

#include "cluster/http/message.h"

#include <QObject>

#include <memory>

namespace kfw::http {

namespace detail {
struct StreamSink;
}
class Transport;

// A response body that arrives piece by piece (a watch, a followed log). It lives in the thread
// that opened it and signals there; pieces that arrive while the receiver is busy are merged into
// one dataReceived. Deleting it ends the transfer.
class Stream : public QObject
{
    Q_OBJECT

public:
    ~Stream() override;

    // Ends the transfer; finished() follows with Failure::Canceled unless it already came.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    // The response's status line and headers; only for 2xx answers.
    void headReceived(int status, const kfw::http::Headers &headers);
    void dataReceived(const QByteArray &data);
    // The end: a failure, or the status with the body of a non-2xx answer (e.g. a Status object).
    void finished(const kfw::http::Response &response);

private:
    friend class Client;
    Stream(std::shared_ptr<detail::StreamSink> sink, QObject *parent);
    Q_INVOKABLE void drain();

    std::shared_ptr<detail::StreamSink> m_sink;
    bool m_finished = false;
};

} // namespace kfw::http
