#include "cluster/backend/backendregistry.h"

#include "cluster/backend/logging.h"

#include <algorithm>

namespace kfw::backend {

BackendRegistry::BackendRegistry(QObject *parent)
    : QObject(parent)
{
}

BackendRegistry::~BackendRegistry() = default;

void BackendRegistry::add(std::unique_ptr<Backend> backend)
{
    Q_ASSERT(backend);
    Q_ASSERT(!find(backend->id()));
    Backend *raw = backend.get();
    m_backends.push_back(std::move(backend));
    qCDebug(lcBackend) << "backend added" << raw->id();
    emit backendAdded(raw);
    if (!m_active) {
        m_active = raw;
        emit activeChanged(raw);
    }
}

bool BackendRegistry::remove(const QString &id)
{
    auto it = std::find_if(m_backends.begin(), m_backends.end(),
                           [&](const auto &b) { return b->id() == id; });
    if (it == m_backends.end())
        return false;
    const bool wasActive = m_active == it->get();
    std::unique_ptr<Backend> removed = std::move(*it);
    m_backends.erase(it);
    emit backendRemoved(id);
    if (wasActive) {
        m_active = m_backends.empty() ? nullptr : m_backends.front().get();
        emit activeChanged(m_active);
    }
    return true;
}

QList<Backend *> BackendRegistry::backends() const
{
    QList<Backend *> result;
    result.reserve(qsizetype(m_backends.size()));
    for (const auto &b : m_backends)
        result.append(b.get());
    return result;
}

Backend *BackendRegistry::find(const QString &id) const
{
    for (const auto &b : m_backends) {
        if (b->id() == id)
            return b.get();
    }
    return nullptr;
}

bool BackendRegistry::setActive(const QString &id)
{
    Backend *b = find(id);
    if (!b)
        return false;
    if (b != m_active) {
        m_active = b;
        emit activeChanged(b);
    }
    return true;
}

} // namespace kfw::backend
