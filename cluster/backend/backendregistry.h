#pragma once

#include "cluster/backend/backend.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace kfw::backend {

// Owns the open backends and knows which one the user is working with.
class BackendRegistry : public QObject
{
    Q_OBJECT
public:
    explicit BackendRegistry(QObject *parent = nullptr);
    ~BackendRegistry() override;

    // Takes ownership. The first backend added becomes the active one.
    void add(std::unique_ptr<Backend> backend);
    // Removes and deletes the backend; the first remaining one becomes active if it was active.
    bool remove(const QString &id);

    QList<Backend *> backends() const;
    Backend *find(const QString &id) const;

    Backend *active() const { return m_active; }
    bool setActive(const QString &id);

signals:
    void backendAdded(kfw::backend::Backend *backend);
    void backendRemoved(const QString &id);
    void activeChanged(kfw::backend::Backend *backend);

private:
    std::vector<std::unique_ptr<Backend>> m_backends;
    QPointer<Backend> m_active;
};

} // namespace kfw::backend
