#include "cluster/backend/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace kfw::backend {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::backend::SecretStore", text);
}

// Explains a keychain failure in terms of what the user can do.
QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return tr("the OS keychain is not available (%1); start your desktop's keyring (GNOME "
                  "Keyring, KWallet) or log in to a "
                  "desktop session, then try again")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("the OS keychain refused access (%1); unlock it and try again").arg(detail);
    default:
        return detail;
    }
}

} // namespace

void KeychainSecretStore::read(const QString &name, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(keyOf(name));
    QObject::connect(job, &QKeychain::Job::finished,
                     [done = std::move(done), name](QKeychain::Job *j) {
                         auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                         if (read->error() == QKeychain::EntryNotFound) {
                             done({}, tr("secret '%1' is not set on this workstation").arg(name));
                             return;
                         }
                         if (read->error() != QKeychain::NoError) {
                             done({}, explain(read->error(), read->errorString()));
                             return;
                         }
                         Values values;
                         const QJsonObject o = QJsonDocument::fromJson(read->binaryData()).object();
                         for (auto it = o.begin(); it != o.end(); ++it)
                             values.insert(it.key(), it.value().toString());
                         done(values, {});
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const Values &values, Done done)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value());
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(keyOf(name));
    job->setBinaryData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : explain(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(keyOf(name));
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : explain(j->error(), j->errorString()));
    });
    job->start();
}

// The memory store answers later, like the keychain, so that callers cannot rely on synchronous
// answers.
void MemorySecretStore::read(const QString &name, ReadDone done)
{
    const bool found = m_values.contains(name);
    const Values values = m_values.value(name);
    QTimer::singleShot(0, [done = std::move(done), found, values, name] {
        done(values,
             found ? QString() : tr("secret '%1' is not set on this workstation").arg(name));
    });
}

void MemorySecretStore::write(const QString &name, const Values &values, Done done)
{
    m_values.insert(name, values);
    QTimer::singleShot(0, [done = std::move(done)] { done({}); });
}

void MemorySecretStore::remove(const QString &name, Done done)
{
    m_values.remove(name);
    QTimer::singleShot(0, [done = std::move(done)] { done({}); });
}

} // namespace kfw::backend
