#pragma once

#include "cluster/backend/backend.h"

namespace kfw::local {

// The workstation backend: runs pipelines as local processes and keeps its history in the
// user's data folder. Always available; the app opens on it.
class LocalBackend final : public backend::Backend
{
    Q_OBJECT
public:
    // dataDir: the folder for the local store and artifacts; empty means the standard
    // per-user application data folder.
    explicit LocalBackend(const QString &dataDir = {}, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("local"); }
    QString displayName() const override;
    backend::BackendKind kind() const override { return backend::BackendKind::Local; }
    QString location() const override { return m_dataDir; }
    backend::Capabilities capabilities() const override { return m_capabilities; }

    // The folder the backend stores its data in (created on first use).
    QString dataDir() const { return m_dataDir; }

    // Called by the services of this backend as they are attached.
    void addCapabilities(backend::Capabilities c);

private:
    QString m_dataDir;
    backend::Capabilities m_capabilities;
};

} // namespace kfw::local
