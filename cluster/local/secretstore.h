#pragma once

#include <QMap>
#include <QString>

#include <functional>

namespace kfw::local {

// Where the values of secrets that stand in for cluster secrets on the workstation are kept.
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
    void read(const QString &name, ReadDone done) override;
    void write(const QString &name, const Values &values, Done done) override;
    void remove(const QString &name, Done done) override;

    static constexpr const char *kService = "kubeflow-workbench";
    static QString keyOf(const QString &name) { return QStringLiteral("local-secret/") + name; }
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

} // namespace kfw::local
