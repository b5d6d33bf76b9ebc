#pragma once

#include <QMap>
#include <QString>

#include <functional>

namespace kfw::backend {

// Where secret values are kept: stand-ins for cluster secrets on the workstation, refreshed
// cluster tokens.
// Calls are asynchronous: the callback runs later on the caller's thread (which needs an event
// loop). An error says what is wrong and what to do.
class SecretStore
{
public:
    using Values = QMap<QString, QString>;
    using ReadDone = std::function<void(const Values &values, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &name, ReadDone done) = 0;
    virtual void write(const QString &name, const Values &values, Done done) = 0;
    virtual void remove(const QString &name, Done done) = 0;
};

// The OS keychain (Secret Service, KWallet) through QtKeychain. Nothing is ever written in plain
// text: without a keychain, writing fails and says how to get one.
class KeychainSecretStore final : public SecretStore
{
public:
    // Entries are stored under prefix + name, so that users of the store do not collide.
    explicit KeychainSecretStore(QString prefix = QStringLiteral("local-secret/"))
        : m_prefix(std::move(prefix))
    {}

    void read(const QString &name, ReadDone done) override;
    void write(const QString &name, const Values &values, Done done) override;
    void remove(const QString &name, Done done) override;

    static constexpr const char *kService = "kubeflow-workbench";
    QString keyOf(const QString &name) const { return m_prefix + name; }

private:
    QString m_prefix;
};

// Kept in memory only, for tests.
class MemorySecretStore final : public SecretStore
{
public:
    void read(const QString &name, ReadDone done) override;
    void write(const QString &name, const Values &values, Done done) override;
    void remove(const QString &name, Done done) override;

private:
    QMap<QString, Values> m_values;
};

} // namespace kfw::backend
