#pragma once

#include "cluster/backend/profileservice.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;

namespace kfw::backend {
class Backend;
class BackendRegistry;
} // namespace kfw::backend

namespace kfw::ui {

// The shell's profile switcher: on a cluster backend with Kubeflow profiles, the namespace box
// offers the profiles the user owns or contributes to (with the role in each), and the identity
// label says who the user is there. Everything is asked in the background; the box stays usable
// (and editable) meanwhile.
class ProfileSwitcher : public QObject
{
    Q_OBJECT
public:
    ProfileSwitcher(backend::BackendRegistry *backends, QComboBox *box, QLabel *identity,
                    QObject *parent = nullptr);

    // Asks the active backend again. current: the namespace to keep shown in the box; hint: the
    // box's tooltip without profiles (what the profiles add is said after it).
    void refresh(const QString &current, const QString &hint);
    // The profiles offered the last time (empty while unknown or on other backends).
    const QList<backend::ProfileInfo> &profiles() const { return m_profiles; }

signals:
    // The identity or the profiles arrived.
    void refreshed();

private:
    void bind(backend::Backend *backend);
    // Asks the bound backend for the identity and the profiles, once for the requests that
    // come in one turn of the event loop.
    void ask();
    void askNow();
    backend::ProfileService *service() const;

    backend::BackendRegistry *m_backends;
    QComboBox *m_box;
    QLabel *m_identity;
    QPointer<backend::Backend> m_bound;
    QList<backend::ProfileInfo> m_profiles;
    QString m_current;
    QString m_hint;
    // The namespaces the box offered before the profiles (those the user may list).
    QStringList m_others;
    quint64 m_generation = 0;
    QTimer m_askSoon;
};

} // namespace kfw::ui
