#pragma once

#include "cluster/kube/kubeclient.h"

#include <QObject>
#include <QString>

class QTcpServer;

namespace kfw::kube {

// Forwards a port on 127.0.0.1 to a port of a pod through the API server, as `kubectl
// port-forward` does: each connection accepted here opens its own WebSocket to the pod's
// portforward subresource (protocol v4.channel.k8s.io: channel 0 carries the data, channel 1
// the errors, each first sending the port). The connection's credentials and TLS settings are
// used. Lives in one thread with an event loop; nothing in it blocks.
class PortForward : public QObject
{
    Q_OBJECT

public:
    PortForward(ClusterConnection connection, QString ns, QString pod, quint16 port,
                QObject *parent = nullptr);
    ~PortForward() override;

    // Listens on a free loopback port; false with *error when it cannot.
    bool listen(QString *error);
    quint16 localPort() const;
    QString pod() const { return m_pod; }
    // How many tunnels are open now.
    int tunnels() const { return m_tunnels; }

signals:
    // A tunnel could not be opened or the pod refused the connection (the API server's or the
    // kubelet's message).
    void failed(const QString &message);

private:
    void accept();

    ClusterConnection m_connection;
    QString m_namespace;
    QString m_pod;
    quint16 m_port;
    QTcpServer *m_server;
    int m_tunnels = 0;
};

} // namespace kfw::kube
