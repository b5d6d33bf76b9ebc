#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kfw::kube {

// One variable an exec credential plugin is started with.
struct ExecEnvVar
{
    QString name;
    QString value;

    bool operator==(const ExecEnvVar &) const = default;
};

// How a user's credentials come from an external program (client.authentication.k8s.io).
struct ExecConfig
{
    QString apiVersion;
    // As written in the file; resolve() makes it absolute only when it contains a '/', because
    // a bare name is looked up on PATH when the plugin runs (client-go's rule).
    QString command;
    QStringList args;
    QList<ExecEnvVar> env; // in file order
    bool provideClusterInfo = false;
    // "Never", "IfAvailable" or "Always". Loading fills in "IfAvailable" for the v1alpha1 and
    // v1beta1 APIs when the file leaves it out, as client-go's defaulting does.
    QString interactiveMode;
    QString installHint;
    // Whether the file wrote the lists at all: kubectl prints null, not [], for a missing one.
    bool argsWritten = false;
    bool envWritten = false;
};

// A legacy in-tree authentication plugin (oidc, gcp, azure) and its settings.
struct AuthProviderConfig
{
    QString name;
    QMap<QString, QString> config;
    bool configWritten = false; // as for ExecConfig::argsWritten
};

// A named API server as one kubeconfig file describes it.
struct ClusterEntry
{
    QString name;
    QString server;
    // Paths are as written in the file here; Kubeconfig::resolve() makes them absolute against
    // the folder of sourceFile.
    QString certificateAuthority;
    QByteArray certificateAuthorityData; // decoded (PEM text), not base64
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
    QJsonObject extensions; // by name
    QString sourceFile;     // absolute path of the kubeconfig file that defined it
};

// A named set of credentials as one kubeconfig file describes it.
struct UserEntry
{
    QString name;
    QString token;
    QString tokenFile;
    QString clientCertificate;
    QByteArray clientCertificateData; // decoded
    QString clientKey;
    QByteArray clientKeyData; // decoded
    QString username;
    QString password;
    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateUserExtra;
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;
    QJsonObject extensions;
    QString sourceFile;
};

// A named pairing of a cluster, a user and a default namespace.
struct ContextEntry
{
    QString name;
    QString cluster;
    QString user;
    QString namespaceName; // empty: "default"
    QJsonObject extensions;
    QString sourceFile;
};

// What one context resolves to: everything a client needs to reach the API server, with paths
// made absolute.
struct ResolvedContext
{
    ContextEntry context;
    ClusterEntry cluster;
    UserEntry user; // empty (anonymous) when the context names no user

    QString namespaceOrDefault() const;
};

// The kubeconfig files kubectl would read, merged by client-go's rules: for clusters, users and
// contexts the first file that defines a name wins (its entry whole; later files' entries of
// the same name are ignored, even fields the first one leaves out); current-context comes from
// the first file that sets it. A file that cannot be read or parsed makes the whole
// configuration unusable, as kubectl refuses to run then too.
struct Kubeconfig
{
    QMap<QString, ClusterEntry> clusters;
    QMap<QString, UserEntry> users;
    QMap<QString, ContextEntry> contexts;
    QString currentContext;
    bool colors = false; // preferences.colors
    QJsonObject preferenceExtensions;
    QJsonObject extensions;

    QStringList files;        // read, in precedence order (absolute paths)
    QStringList missingFiles; // listed but absent, skipped as kubectl skips them
    QStringList errors;       // one per file that could not be used: "file:line:column: what"
    QStringList warnings;

    // Empty when the configuration is usable; otherwise every error, one per line.
    QString error() const { return errors.join(QLatin1Char('\n')); }

    // Reads and merges the files in precedence order. Empty names are skipped, and so are files
    // that do not exist (other failures to read, such as a directory, are errors).
    static Kubeconfig load(const QStringList &files);
    // load(filesFromEnvironment(the process environment)).
    static Kubeconfig loadDefault();
    // The files kubectl reads: KUBECONFIG split on ':' without empty entries and repeats, or,
    // when KUBECONFIG is unset or empty, $HOME/.kube/config.
    static QStringList filesFromEnvironment(const QProcessEnvironment &environment);

    // The named context (the current one when empty) with its cluster and user, paths resolved
    // against the files that name them. Fails with a message naming what is missing and where;
    // it also refuses the combinations kubectl refuses before it connects (two authentication
    // methods, an unreadable certificate file, an exec plugin without apiVersion, ...). Where
    // kubectl falls back (no cluster: localhost:8080; an undefined user: no credentials), this
    // fails instead, since a silent fallback only shows up later as a confusing 401.
    ResolvedContext resolve(const QString &contextName = {}, QString *error = nullptr) const;

    // What `kubectl config view --minify --flatten -o json [--context NAME]` prints: the
    // context, its cluster and its user, with certificate files inlined as base64 data. Flatten
    // prints secrets in full, as kubectl does. Returns {} and sets *error on failure.
    QJsonObject toFlattenedMinifiedJson(const QString &contextName, QString *error = nullptr) const;

    enum class Secrets
    {
        Redacted,
        Raw
    };
    // What `kubectl config view --minify -o json [--raw] [--context NAME]` prints: paths as
    // written, and unless raw, certificate and key data as "DATA+OMITTED" and token and
    // password as "REDACTED" (kubectl leaves auth-provider settings and exec env as they are).
    QJsonObject toMinifiedJson(const QString &contextName, Secrets secrets,
                               QString *error = nullptr) const;
};

} // namespace kfw::kube
