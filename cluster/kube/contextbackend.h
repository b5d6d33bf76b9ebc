#pragma once

#include "cluster/backend/backend.h"

#include <QPointer>

namespace kfw::kube {

class ContextConnection;

// A Kubernetes context as a backend in the switcher. Its Kubernetes connection is real; the
// Kubeflow services (pipelines, runs) come with the Kubeflow cluster backend, so until then it
// offers none and pages say so.
class ContextBackend final : public backend::Backend
{
    Q_OBJECT

public:
    explicit ContextBackend(ContextConnection *connection, QObject *parent = nullptr);

    static QString idFor(const QString &contextName);

    QString id() const override;
    QString displayName() const override;
    backend::BackendKind kind() const override { return backend::BackendKind::Cluster; }
    QString location() const override;
    backend::Capabilities capabilities() const override { return backend::Capability::None; }

    ContextConnection *connection() const { return m_connection; }

private:
    QPointer<ContextConnection> m_connection;
    QString m_name;
};

} // namespace kfw::kube
