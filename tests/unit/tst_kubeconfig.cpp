// Kubeconfig files are read, merged and resolved as kubectl reads them: the same KUBECONFIG gives
// the same `kubectl config view --minify` output, the same refusals, and resolve() hands clients
// absolute paths and decoded data. The fixtures are written here, into a temporary folder.

#include "cluster/kube/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw::kube;

namespace {

const QString kKubectl = QStringLiteral("/usr/bin/kubectl");

const QByteArray kBaseCa = "-----BEGIN CERTIFICATE-----\nBASE-CA\n-----END CERTIFICATE-----\n";
const QByteArray kOverrideCa =
    "-----BEGIN CERTIFICATE-----\nOVERRIDE-CA\n-----END CERTIFICATE-----\n";
const QByteArray kInlineCa = "-----BEGIN CERTIFICATE-----\nINLINE-CA\n-----END CERTIFICATE-----\n";
const QByteArray kClientCert = "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n";
const QByteArray kClientKey =
    "-----BEGIN PRIVATE KEY-----\nCLIENT-KEY\n-----END PRIVATE KEY-----\n";
const QByteArray kDataCert = "-----BEGIN CERTIFICATE-----\nDATA\n-----END CERTIFICATE-----\n";
const QByteArray kDataKey = "-----BEGIN PRIVATE KEY-----\nDATA-KEY\n-----END PRIVATE KEY-----\n";
const QByteArray kSecondCert = "-----BEGIN CERTIFICATE-----\nSECOND\n-----END CERTIFICATE-----\n";
const QByteArray kSecondKey =
    "-----BEGIN PRIVATE KEY-----\nSECOND-KEY\n-----END PRIVATE KEY-----\n";

// The first file: every kind of credential, relative paths into subfolders.
const char *kBaseConfig = R"(apiVersion: v1
kind: Config
current-context: prod-token
preferences: {}
clusters:
- name: prod
  cluster:
    server: https://prod.example.com:6443
    certificate-authority: certs/ca.crt
    tls-server-name: api.prod.internal
    proxy-url: http://proxy.example.com:3128
    disable-compression: true
    extensions:
    - name: kfw.example/owner
      extension: {team: ml, replicas: 3, ratio: 0.5, on-call: yes}
- name: dev
  cluster:
    server: https://dev.example.com
    insecure-skip-tls-verify: true
- name: inline-ca
  cluster:
    server: https://inline.example.com
    certificate-authority-data: @INLINE_CA@
users:
- name: token-user
  user:
    token: base-secret-token
- name: tokenfile-user
  user:
    tokenFile: secrets/token
- name: cert-files
  user:
    client-certificate: pki/client.crt
    client-key: ./pki/../pki/client.key
- name: cert-data
  user:
    client-certificate-data: @DATA_CERT@
    client-key-data: @DATA_KEY@
- name: basic
  user:
    username: alice
    password: base-secret-password
- name: exec-v1
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/cred-helper
      args: [--cluster, prod, --verbose]
      env:
      - {name: ZONE, value: europe-west4}
      - {name: ACCOUNT, value: ml-team}
      - {name: MODE, value: "1"}
      provideClusterInfo: true
      interactiveMode: Never
      installHint: Install cred-helper from the platform team's wiki.
- name: exec-v1beta1
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      env:
      - name: CLOUDSDK_CORE_PROJECT
        value: ml-prod
- name: oidc
  user:
    auth-provider:
      name: oidc
      config:
        client-id: kubeflow-workbench
        client-secret: base-oidc-secret
        id-token: base-id-token
        idp-issuer-url: https://issuer.example.com
        refresh-token: base-refresh-token
- name: impersonator
  user:
    token: impersonator-token
    as: admin
    as-uid: "1000"
    as-groups: [system:masters, ml]
    as-user-extra:
      reason: [debugging]
contexts:
- name: prod-token
  context: {cluster: prod, user: token-user, namespace: kubeflow}
- name: prod-tokenfile
  context: {cluster: prod, user: tokenfile-user, namespace: team-a}
- name: inline-cert-files
  context: {cluster: inline-ca, user: cert-files}
- name: dev-cert-data
  context: {cluster: dev, user: cert-data}
- name: dev-basic
  context: {cluster: dev, user: basic}
- name: prod-exec-v1
  context:
    cluster: prod
    user: exec-v1
    namespace: pipelines
    extensions:
    - name: kfw.example/colour
      extension: green
- name: prod-exec-v1beta1
  context: {cluster: prod, user: exec-v1beta1}
- name: prod-oidc
  context: {cluster: prod, user: oidc}
- name: prod-impersonate
  context: {cluster: prod, user: impersonator}
- name: anonymous
  context: {cluster: dev}
- name: broken-cluster
  context: {cluster: ghost, user: token-user}
- name: broken-user
  context: {cluster: dev, user: ghost}
extensions:
- name: kfw.example/base
  extension: base
)";

// The second file: names that clash with the first, and relative paths into its own folder.
const char *kOverrideConfig = R"(current-context: only-second
clusters:
- name: prod
  cluster:
    server: https://override.example.com
    certificate-authority: ca.crt
- name: second-cluster
  cluster:
    server: https://second.example.com:443
    certificate-authority: ca.crt
users:
- name: token-user
  user:
    token: override-token
    tokenFile: should-not-merge
- name: second-user
  user:
    client-certificate: pki/second.crt
    client-key: pki/second.key
contexts:
- name: prod-token
  context: {cluster: prod, user: token-user, namespace: override-ns}
- name: only-second
  context: {cluster: second-cluster, user: second-user, namespace: second-ns}
preferences: {colors: true}
extensions:
- name: kfw.example/base
  extension: override
- name: kfw.example/override
  extension: {only: here}
)";

const char *kMissingCaConfig = R"(current-context: x
clusters: [{name: k, cluster: {server: https://k.example.com, certificate-authority: nothere/ca.crt}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: x, context: {cluster: k, user: u}}]
)";

const char *kMalformedConfig = "current-context: x\nclusters:\n- name: [a\n  cluster: {}\n";
const char *kBadTypeConfig = "current-context: x\nusers:\n- name: u\n  user:\n    token: yes\n";

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

// Follows "a/b/0/c" through objects and arrays; Undefined when a step is missing.
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex && v.isArray()) {
            const QJsonArray a = v.toArray();
            if (index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(index);
        } else if (v.isObject() && v.toObject().contains(step)) {
            v = v.toObject().value(step);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

QString json(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

struct KubectlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList logLines;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines << message;
}

// Turns the loader's debug output on whatever QT_LOGGING_RULES says (ctest turns it off).
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void enableKubeDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "kfw.cluster.kube") == 0)
        category->setEnabled(QtDebugMsg, true);
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_previousDir;

    QString path(const QString &relative) const
    {
        return QDir::cleanPath(m_dir.filePath(relative));
    }

    void write(const QString &relative, const QByteArray &content)
    {
        const QString file = path(relative);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile f(file);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
        QCOMPARE(f.write(content), content.size());
    }

    // The environment both kubectl and filesFromEnvironment see: HOME in the fixture folder so
    // that the developer's own ~/.kube/config never leaks in.
    QProcessEnvironment environment(const std::optional<QString> &kubeconfig) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        if (kubeconfig)
            env.insert(QStringLiteral("KUBECONFIG"),
                       QString(*kubeconfig).replace(QStringLiteral("$T"), m_dir.path()));
        else
            env.remove(QStringLiteral("KUBECONFIG"));
        return env;
    }

    static bool haveKubectl() { return QFileInfo(kKubectl).isExecutable(); }

    KubectlRun kubectl(const QProcessEnvironment &env, const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(kKubectl, args);
        KubectlRun run;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = p.exitCode();
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    static QStringList viewArgs(const QString &context, const QString &mode)
    {
        QStringList args{QStringLiteral("config"), QStringLiteral("view"),
                         QStringLiteral("--minify"), QStringLiteral("-o"), QStringLiteral("json")};
        if (mode == QLatin1String("flatten"))
            args << QStringLiteral("--flatten");
        else if (mode == QLatin1String("raw"))
            args << QStringLiteral("--raw");
        if (!context.isEmpty())
            args << QStringLiteral("--context") << context;
        return args;
    }

    static QJsonObject ourView(const Kubeconfig &config, const QString &context,
                               const QString &mode, QString *error)
    {
        if (mode == QLatin1String("flatten"))
            return config.toFlattenedMinifiedJson(context, error);
        return config.toMinifiedJson(context,
                                     mode == QLatin1String("raw") ? Kubeconfig::Secrets::Raw
                                                                  : Kubeconfig::Secrets::Redacted,
                                     error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto fill = [](const char *text) {
            return QByteArray(text)
                .replace("@INLINE_CA@", kInlineCa.toBase64())
                .replace("@DATA_CERT@", kDataCert.toBase64())
                .replace("@DATA_KEY@", kDataKey.toBase64());
        };
        write(QStringLiteral("base/config.yaml"), fill(kBaseConfig));
        write(QStringLiteral("base/certs/ca.crt"), kBaseCa);
        write(QStringLiteral("base/pki/client.crt"), kClientCert);
        write(QStringLiteral("base/pki/client.key"), kClientKey);
        write(QStringLiteral("base/secrets/token"), "token-from-file\n");
        write(QStringLiteral("base/bin/cred-helper"), "#!/bin/sh\n");
        write(QStringLiteral("override/config.yaml"), kOverrideConfig);
        write(QStringLiteral("override/ca.crt"), kOverrideCa);
        write(QStringLiteral("override/pki/second.crt"), kSecondCert);
        write(QStringLiteral("override/pki/second.key"), kSecondKey);
        write(QStringLiteral("empty.yaml"), {});
        write(QStringLiteral("comments.yaml"), "# nothing here yet\n");
        write(QStringLiteral("missingca.yaml"), kMissingCaConfig);
        write(QStringLiteral("malformed.yaml"), kMalformedConfig);
        write(QStringLiteral("badtype.yaml"), kBadTypeConfig);
        write(QStringLiteral("home/.kube/config"),
              "current-context: home\ncontexts: [{name: home, context: {cluster: h}}]\n"
              "clusters: [{name: h, cluster: {server: https://home.example.com}}]\n");
        // Relative KUBECONFIG entries are relative to the working folder, for kubectl and for us.
        m_previousDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
    }

    void cleanupTestCase() { QDir::setCurrent(m_previousDir); }

    // Our view of each KUBECONFIG equals kubectl's, value for value; where kubectl refuses, so
    // do we, with a message that says why.
    void matchesKubectl_data()
    {
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("probe");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<QString>("errorFragment");

        const QString base = QStringLiteral("base/config.yaml");
        const QString both = QStringLiteral("base/config.yaml:override/config.yaml");
        const QString reversed = QStringLiteral("override/config.yaml:base/config.yaml");
        const QString flatten = QStringLiteral("flatten");
        const QString redacted = QStringLiteral("redacted");
        const QString raw = QStringLiteral("raw");
        const auto ok = [](const char *name, const QString &kc, const char *ctx,
                           const QString &mode, const char *probe, const QJsonValue &expected) {
            QTest::addRow("%s", name) << kc << QString::fromUtf8(ctx) << mode
                                      << QString::fromUtf8(probe) << expected << QString();
        };
        const auto refused = [](const char *name, const QString &kc, const char *ctx,
                                const QString &mode, const char *fragment) {
            QTest::addRow("%s", name) << kc << QString::fromUtf8(ctx) << mode << QString()
                                      << QJsonValue() << QString::fromUtf8(fragment);
        };

        // Each kind of credential, flattened.
        ok("token, current context", base, "", flatten, "users/0/user/token",
           QStringLiteral("base-secret-token"));
        ok("relative CA file inlined", base, "prod-token", flatten,
           "clusters/0/cluster/certificate-authority-data", b64(kBaseCa));
        ok("tokenFile stays as written", base, "prod-tokenfile", flatten, "users/0/user/tokenFile",
           QStringLiteral("secrets/token"));
        ok("client cert and key files inlined", base, "inline-cert-files", flatten,
           "users/0/user/client-key-data", b64(kClientKey));
        ok("client cert and key data", base, "dev-cert-data", flatten,
           "users/0/user/client-certificate-data", b64(kDataCert));
        ok("insecure-skip-tls-verify", base, "dev-cert-data", flatten,
           "clusters/0/cluster/insecure-skip-tls-verify", true);
        ok("basic auth", base, "dev-basic", flatten, "users/0/user/password",
           QStringLiteral("base-secret-password"));
        ok("exec v1 keeps env order", base, "prod-exec-v1", flatten, "users/0/user/exec/env/0/name",
           QStringLiteral("ZONE"));
        ok("exec v1 command stays as written", base, "prod-exec-v1", flatten,
           "users/0/user/exec/command", QStringLiteral("./bin/cred-helper"));
        ok("exec v1beta1 defaults interactiveMode", base, "prod-exec-v1beta1", flatten,
           "users/0/user/exec/interactiveMode", QStringLiteral("IfAvailable"));
        ok("exec without args prints null", base, "prod-exec-v1beta1", flatten,
           "users/0/user/exec/args", QJsonValue(QJsonValue::Null));
        ok("oidc auth-provider", base, "prod-oidc", flatten,
           "users/0/user/auth-provider/config/id-token", QStringLiteral("base-id-token"));
        ok("impersonation", base, "prod-impersonate", flatten, "users/0/user/as-groups/0",
           QStringLiteral("system:masters"));
        ok("proxy-url", base, "prod-token", flatten, "clusters/0/cluster/proxy-url",
           QStringLiteral("http://proxy.example.com:3128"));
        ok("namespace", base, "prod-exec-v1", flatten, "contexts/0/context/namespace",
           QStringLiteral("pipelines"));
        ok("context extensions", base, "prod-exec-v1", flatten,
           "contexts/0/context/extensions/0/extension", QStringLiteral("green"));
        ok("cluster extensions (YAML 1.1 yes)", base, "prod-token", flatten,
           "clusters/0/cluster/extensions/0/extension/on-call", true);
        ok("context without user", base, "anonymous", flatten, "users",
           QJsonValue(QJsonValue::Null));

        // Merging: the first file that names an entry wins, whole.
        ok("first file wins (base first)", both, "prod-token", flatten, "clusters/0/cluster/server",
           QStringLiteral("https://prod.example.com:6443"));
        ok("first file wins (override first)", reversed, "prod-token", flatten,
           "clusters/0/cluster/server", QStringLiteral("https://override.example.com"));
        ok("winning entry is not merged field by field", both, "prod-token", flatten,
           "users/0/user/tokenFile", QJsonValue(QJsonValue::Undefined));
        ok("the other order takes the other entry whole", reversed, "prod-token", flatten,
           "users/0/user/tokenFile", QStringLiteral("should-not-merge"));
        ok("CA relative to the second file", reversed, "prod-token", flatten,
           "clusters/0/cluster/certificate-authority-data", b64(kOverrideCa));
        ok("current-context from the first file that sets it", reversed, "", flatten,
           "current-context", QStringLiteral("only-second"));
        ok("cert relative to the file that names it", both, "only-second", flatten,
           "users/0/user/client-certificate-data", b64(kSecondCert));
        ok("preferences merged", base + QStringLiteral(":override/config.yaml"), "", flatten,
           "preferences/colors", true);
        ok("extensions: first file wins per name", both, "", flatten, "extensions/0/extension",
           QStringLiteral("base"));

        // The list itself: missing files, empty entries, repeats, empty files, absolute paths.
        ok("missing files skipped",
           QStringLiteral("missing.yaml:$T/base/config.yaml:nowhere/x.yaml"), "prod-token", flatten,
           "users/0/user/token", QStringLiteral("base-secret-token"));
        ok("empty entries and repeats skipped",
           QStringLiteral("::base/config.yaml::override/config.yaml:base/config.yaml:"), "",
           flatten, "current-context", QStringLiteral("prod-token"));
        ok("empty and comment-only files",
           QStringLiteral("empty.yaml:comments.yaml:override/config.yaml"), "", flatten,
           "current-context", QStringLiteral("only-second"));
        ok("absolute and relative entries",
           QStringLiteral("$T/override/config.yaml:base/config.yaml"), "only-second", flatten,
           "clusters/0/cluster/certificate-authority-data", b64(kOverrideCa));

        // Without --flatten kubectl hides secrets unless --raw, and shows paths as written.
        ok("redacted token", base, "prod-token", redacted, "users/0/user/token",
           QStringLiteral("REDACTED"));
        ok("redacted password", base, "dev-basic", redacted, "users/0/user/password",
           QStringLiteral("REDACTED"));
        ok("redacted cert data", base, "dev-cert-data", redacted, "users/0/user/client-key-data",
           QStringLiteral("DATA+OMITTED"));
        ok("redacted CA data", base, "inline-cert-files", redacted,
           "clusters/0/cluster/certificate-authority-data", QStringLiteral("DATA+OMITTED"));
        ok("redacted view keeps paths as written", base, "inline-cert-files", redacted,
           "users/0/user/client-key", QStringLiteral("./pki/../pki/client.key"));
        ok("redacted view keeps auth-provider config", base, "prod-oidc", redacted,
           "users/0/user/auth-provider/config/refresh-token", QStringLiteral("base-refresh-token"));
        ok("raw token", base, "prod-token", raw, "users/0/user/token",
           QStringLiteral("base-secret-token"));
        ok("raw CA data", base, "inline-cert-files", raw,
           "clusters/0/cluster/certificate-authority-data", b64(kInlineCa));
        ok("raw cert data", base, "dev-cert-data", raw, "users/0/user/client-key-data",
           b64(kDataKey));

        // Refusals.
        refused("unknown context", base, "nope", flatten, "context \"nope\" not found");
        refused("context with a missing cluster", base, "broken-cluster", flatten,
                "cluster \"ghost\"");
        refused("context with a missing user", base, "broken-user", flatten, "user \"ghost\"");
        refused("one malformed file fails all", QStringLiteral("base/config.yaml:malformed.yaml"),
                "prod-token", flatten, "malformed.yaml:4:10: not valid YAML");
        refused("one wrongly typed value fails all",
                QStringLiteral("badtype.yaml:base/config.yaml"), "prod-token", redacted,
                "badtype.yaml:5:");
        refused("flatten of a missing CA file", QStringLiteral("missingca.yaml"), "x", flatten,
                "nothere/ca.crt");
        refused("no current context", QStringLiteral("comments.yaml"), "", flatten,
                "no context is chosen");
        refused("a directory in the list", QStringLiteral("base:base/config.yaml"), "prod-token",
                flatten, "directory");
    }

    void matchesKubectl()
    {
        QFETCH(QString, kubeconfig);
        QFETCH(QString, context);
        QFETCH(QString, mode);
        QFETCH(QString, probe);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, errorFragment);

        const QProcessEnvironment env = environment(kubeconfig);
        const Kubeconfig config = Kubeconfig::load(Kubeconfig::filesFromEnvironment(env));
        QString error = QStringLiteral("unset");
        const QJsonObject ours = ourView(config, context, mode, &error);
        if (errorFragment.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QJsonValue actual = at(ours, probe);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 is %2, expected %3")
                                                        .arg(probe, json(actual), json(expected))));
        } else {
            QVERIFY(ours.isEmpty());
            QVERIFY2(error.contains(errorFragment), qPrintable(error));
        }

        if (!haveKubectl())
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the comparison with `kubectl "
                  "config view` is "
                  "skipped (install kubectl to run it)");
        const KubectlRun run = kubectl(env, viewArgs(context, mode));
        if (!errorFragment.isEmpty()) {
            QVERIFY2(
                run.exitCode > 0,
                qPrintable(
                    QStringLiteral("kubectl accepted it: %1").arg(QString::fromUtf8(run.out))));
            return;
        }
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonDocument theirs = QJsonDocument::fromJson(run.out, &parseError);
        QVERIFY2(theirs.isObject(), qPrintable(parseError.errorString()));
        QVERIFY2(ours == theirs.object(), qPrintable(QStringLiteral("\nours:    %1\nkubectl: %2")
                                                         .arg(json(ours), json(theirs.object()))));
    }

    // Which files are read, and in which order, for a given environment.
    void filesFromEnvironment_data()
    {
        QTest::addColumn<bool>("kubeconfigSet");
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("unset: the home file")
            << false << QString() << QStringLiteral("/home/ada")
            << QStringList{QStringLiteral("/home/ada/.kube/config")};
        QTest::addRow("empty: the home file")
            << true << QString() << QStringLiteral("/home/ada/")
            << QStringList{QStringLiteral("/home/ada/.kube/config")};
        QTest::addRow("no HOME: relative to the working folder")
            << false << QString() << QString() << QStringList{QStringLiteral(".kube/config")};
        QTest::addRow("list in order") << true << QStringLiteral("/b:/a") << QStringLiteral("/h")
                                       << QStringList{QStringLiteral("/b"), QStringLiteral("/a")};
        QTest::addRow("gaps and repeats dropped")
            << true << QStringLiteral(":/a::b.yaml:/a:b.yaml:") << QStringLiteral("/h")
            << QStringList{QStringLiteral("/a"), QStringLiteral("b.yaml")};
        QTest::addRow("only gaps: nothing, not the home file")
            << true << QStringLiteral("::") << QStringLiteral("/h") << QStringList();
    }

    void filesFromEnvironment()
    {
        QFETCH(bool, kubeconfigSet);
        QFETCH(QString, kubeconfig);
        QFETCH(QString, home);
        QFETCH(QStringList, expected);
        QProcessEnvironment env;
        if (!home.isEmpty())
            env.insert(QStringLiteral("HOME"), home);
        if (kubeconfigSet)
            env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        QCOMPARE(Kubeconfig::filesFromEnvironment(env), expected);
    }

    // kubectl reads the same files in the same order: each file defines its own context and a
    // shared one, so the merged result shows which files were read and which came first.
    void filesFromEnvironmentMatchesKubectl_data()
    {
        QTest::addColumn<bool>("kubeconfigSet");
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QStringList>("contexts");
        QTest::addColumn<QString>("current");

        QTest::addRow("unset") << false << QString() << QStringList{QStringLiteral("home")}
                               << QStringLiteral("home");
        QTest::addRow("empty") << true << QString() << QStringList{QStringLiteral("home")}
                               << QStringLiteral("home");
        QTest::addRow("order decides")
            << true << QStringLiteral("order/b.yaml:order/a.yaml")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("shared")}
            << QStringLiteral("b");
        QTest::addRow("gaps, repeats, missing")
            << true << QStringLiteral(":order/a.yaml::missing.yaml:order/b.yaml:order/a.yaml:")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("shared")}
            << QStringLiteral("a");
        QTest::addRow("all missing") << true << QStringLiteral("missing.yaml:also/missing.yaml")
                                     << QStringList() << QString();
    }

    void filesFromEnvironmentMatchesKubectl()
    {
        QFETCH(bool, kubeconfigSet);
        QFETCH(QString, kubeconfig);
        QFETCH(QStringList, contexts);
        QFETCH(QString, current);
        for (const char *name : {"a", "b"}) {
            write(QStringLiteral("order/%1.yaml").arg(QLatin1String(name)),
                  QStringLiteral("current-context: %1\ncontexts:\n- {name: %1, context: {}}\n"
                                 "- {name: shared, context: {namespace: from-%1}}\n")
                      .arg(QLatin1String(name))
                      .toUtf8());
        }
        const QProcessEnvironment env = environment(
            kubeconfigSet ? std::optional<QString>(kubeconfig) : std::optional<QString>());
        const Kubeconfig config = Kubeconfig::load(Kubeconfig::filesFromEnvironment(env));
        QVERIFY2(config.errors.isEmpty(), qPrintable(config.error()));
        QCOMPARE(config.contexts.keys(), contexts);
        QCOMPARE(config.currentContext, current);
        if (contexts.isEmpty())
            QVERIFY2(!config.warnings.isEmpty(),
                     "a KUBECONFIG whose files are all missing deserves a warning");

        if (!haveKubectl())
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the comparison with `kubectl "
                  "config view` is "
                  "skipped (install kubectl to run it)");
        const KubectlRun run = kubectl(env, {QStringLiteral("config"), QStringLiteral("view"),
                                             QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject theirs = QJsonDocument::fromJson(run.out).object();
        QStringList theirContexts;
        QString sharedNamespace;
        for (const QJsonValue &c : theirs.value(QStringLiteral("contexts")).toArray()) {
            theirContexts << c[QStringLiteral("name")].toString();
            if (c[QStringLiteral("name")] == QStringLiteral("shared"))
                sharedNamespace =
                    c[QStringLiteral("context")][QStringLiteral("namespace")].toString();
        }
        theirContexts.sort();
        QCOMPARE(theirContexts, contexts);
        QCOMPARE(theirs.value(QStringLiteral("current-context")).toString(), current);
        if (contexts.contains(QStringLiteral("shared")))
            QCOMPARE(config.contexts.value(QStringLiteral("shared")).namespaceName,
                     sharedNamespace);
    }

    // A file kubectl cannot read makes the whole configuration unusable; the message names the
    // file and the line, and never crashes the reader.
    void malformedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");

        QTest::addRow("unclosed flow list")
            << QByteArray("current-context: x\nclusters: [{name: a}\nusers: []\n") << 3
            << QStringLiteral("not valid YAML");
        QTest::addRow("tab indentation")
            << QByteArray("clusters:\n\t- name: a\n") << 2 << QStringLiteral("not valid YAML");
        QTest::addRow("boolean where a string belongs")
            << QByteArray("users:\n- name: u\n  user:\n    token: on\n") << 4
            << QStringLiteral("users[0].user.token must be a string, not a boolean");
        QTest::addRow("number where a string belongs")
            << QByteArray("contexts:\n- name: c\n  context: {namespace: 0x1F}\n") << 3
            << QStringLiteral("contexts[0].context.namespace must be a string, not a number");
        QTest::addRow("string where a boolean belongs")
            << QByteArray(
                   "clusters:\n- name: k\n  cluster:\n    insecure-skip-tls-verify: \"true\"\n")
            << 4 << QStringLiteral("insecure-skip-tls-verify must be true or false");
        QTest::addRow("clusters as a mapping")
            << QByteArray("apiVersion: v1\nclusters:\n  k: {server: s}\n") << 3
            << QStringLiteral("clusters must be a list");
        QTest::addRow("name repeated in one file")
            << QByteArray("clusters:\n- name: k\n  cluster: {server: a}\n- name: k\n  cluster: "
                          "{server: b}\n")
            << 4 << QStringLiteral("cluster \"k\" is defined twice");
        QTest::addRow("bad base64")
            << QByteArray("clusters:\n- name: k\n  cluster:\n    certificate-authority-data: "
                          "aGVsbG8\n")
            << 4 << QStringLiteral("not valid base64");
        QTest::addRow("apiVersion v2") << QByteArray("kind: Config\napiVersion: v2\n") << 2
                                       << QStringLiteral("apiVersion \"v2\"");
        QTest::addRow("kind Pod") << QByteArray("kind: Pod\napiVersion: v1\n") << 1
                                  << QStringLiteral("kind \"Pod\"");
        QTest::addRow("a list, not a mapping")
            << QByteArray("- a\n- b\n") << 1 << QStringLiteral("a list");
        QTest::addRow(".inf value")
            << QByteArray("current-context: x\npreferences: {extensions: [{name: n, "
                          "extension: .inf}]}\n")
            << 2 << QStringLiteral(".inf");
        QTest::addRow("control character") << QByteArray("current-context: a\nkind: Conf\x01ig\n")
                                           << 2 << QStringLiteral("control characters");
        QTest::addRow("not UTF-8")
            << QByteArray("current-context: a\n\nkind: \xff\n") << 3 << QStringLiteral("not UTF-8");
        QTest::addRow("null mapping key")
            << QByteArray("users:\n- name: u\n  user:\n    auth-provider:\n      "
                          "config: {~: x}\n")
            << 5 << QStringLiteral("must not be null");
        QByteArray bomb = "current-context: x\nbomb: {l0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
        for (int level = 1; level < 8; ++level) {
            bomb += QStringLiteral(", l%1: &l%1 [").arg(level).toUtf8();
            for (int i = 0; i < 10; ++i)
                bomb += QStringLiteral("%1*l%2")
                            .arg(i ? QStringLiteral(", ") : QString())
                            .arg(level - 1)
                            .toUtf8();
            bomb += "]";
        }
        bomb += "}\n";
        QTest::addRow("alias bomb") << bomb << 2 << QStringLiteral("aliases expand to more than");
        QTest::addRow("exec env as a mapping")
            << QByteArray(
                   "users:\n- name: u\n  user:\n    exec:\n      command: x\n      env: {A: b}\n")
            << 6 << QStringLiteral("exec.env must be a list");
    }

    void malformedFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const QString relative = QStringLiteral("malformed/%1.yaml")
                                     .arg(QString::fromLatin1(QTest::currentDataTag())
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
        write(relative, content);
        const QString bad = path(relative);

        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("base/config.yaml")), bad});
        QCOMPARE(config.errors.size(), 1);
        const QString error = config.error();
        QVERIFY2(error.startsWith(QStringLiteral("%1:%2:").arg(bad).arg(line)), qPrintable(error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
        // The good file was read, but the configuration as a whole is refused.
        QCOMPARE(config.files, QStringList{path(QStringLiteral("base/config.yaml"))});
        QString resolveError;
        const ResolvedContext r = config.resolve(QStringLiteral("prod-token"), &resolveError);
        QCOMPARE(resolveError, error);
        QVERIFY(r.cluster.server.isEmpty());
        QString viewError;
        QVERIFY(config.toFlattenedMinifiedJson(QStringLiteral("prod-token"), &viewError).isEmpty());
        QCOMPARE(viewError, error);

        if (!haveKubectl())
            QSKIP("kubectl is not installed at /usr/bin/kubectl: whether kubectl refuses the file "
                  "too is not checked");
        const KubectlRun run =
            kubectl(environment(QStringLiteral("base/config.yaml:") + bad),
                    viewArgs(QStringLiteral("prod-token"), QStringLiteral("raw")));
        QVERIFY2(run.exitCode > 0, "kubectl accepts this file, so we should too");
    }

    // yaml-cpp stops at about a thousand levels of nesting where kubectl goes on; no kubeconfig
    // nests like that, so a clear refusal (not a crash) is what matters.
    void absurdNestingIsRefusedCleanly()
    {
        write(QStringLiteral("deep.yaml"),
              "current-context: x\nx: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n");
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("deep.yaml"))});
        QVERIFY2(
            config.error().startsWith(path(QStringLiteral("deep.yaml")) + QStringLiteral(":2:")),
            qPrintable(config.error()));
        QVERIFY2(config.error().contains(QStringLiteral("not valid YAML")),
                 qPrintable(config.error()));
    }

    // resolve() gives clients absolute paths, decoded data and the exec plugin as written.
    void resolveMakesPathsAbsolute()
    {
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("base/config.yaml"))});
        QString error;
        ResolvedContext r = config.resolve(QStringLiteral("prod-tokenfile"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.cluster.certificateAuthority, path(QStringLiteral("base/certs/ca.crt")));
        QCOMPARE(r.user.tokenFile, path(QStringLiteral("base/secrets/token")));
        QCOMPARE(r.namespaceOrDefault(), QStringLiteral("team-a"));
        // The entries in the config itself keep the text of the file.
        QCOMPARE(config.users.value(QStringLiteral("tokenfile-user")).tokenFile,
                 QStringLiteral("secrets/token"));

        r = config.resolve(QStringLiteral("inline-cert-files"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.user.clientCertificate, path(QStringLiteral("base/pki/client.crt")));
        QCOMPARE(r.user.clientKey, path(QStringLiteral("base/pki/client.key")));
        QCOMPARE(r.cluster.certificateAuthorityData, kInlineCa);
        QCOMPARE(r.namespaceOrDefault(), QStringLiteral("default"));

        r = config.resolve(QStringLiteral("dev-cert-data"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.user.clientCertificateData, kDataCert);
        QCOMPARE(r.user.clientKeyData, kDataKey);
        QVERIFY(r.cluster.insecureSkipTlsVerify);
        QVERIFY(r.user.clientCertificate.isEmpty());
    }

    void resolveExecPlugin()
    {
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("base/config.yaml"))});
        QString error;
        const ResolvedContext v1 = config.resolve(QStringLiteral("prod-exec-v1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(v1.user.exec.has_value());
        // A command with a '/' is a path relative to the kubeconfig's folder...
        QCOMPARE(v1.user.exec->command, path(QStringLiteral("base/bin/cred-helper")));
        QCOMPARE(v1.user.exec->args,
                 (QStringList{QStringLiteral("--cluster"), QStringLiteral("prod"),
                              QStringLiteral("--verbose")}));
        const QList<ExecEnvVar> env{{QStringLiteral("ZONE"), QStringLiteral("europe-west4")},
                                    {QStringLiteral("ACCOUNT"), QStringLiteral("ml-team")},
                                    {QStringLiteral("MODE"), QStringLiteral("1")}};
        QCOMPARE(v1.user.exec->env, env);
        QVERIFY(v1.user.exec->provideClusterInfo);
        QCOMPARE(v1.user.exec->interactiveMode, QStringLiteral("Never"));
        QCOMPARE(v1.user.exec->installHint,
                 QStringLiteral("Install cred-helper from the platform team's wiki."));
        QCOMPARE(v1.namespaceOrDefault(), QStringLiteral("pipelines"));

        // ...a bare name is left for PATH.
        const ResolvedContext beta = config.resolve(QStringLiteral("prod-exec-v1beta1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(beta.user.exec->command, QStringLiteral("gke-gcloud-auth-plugin"));
        QCOMPARE(beta.user.exec->interactiveMode, QStringLiteral("IfAvailable"));
        QVERIFY(!beta.user.exec->provideClusterInfo);

        const ResolvedContext oidc = config.resolve(QStringLiteral("prod-oidc"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(oidc.user.authProvider.has_value());
        QCOMPARE(oidc.user.authProvider->name, QStringLiteral("oidc"));
        QCOMPARE(oidc.user.authProvider->config.value(QStringLiteral("idp-issuer-url")),
                 QStringLiteral("https://issuer.example.com"));
        QCOMPARE(oidc.cluster.proxyUrl, QStringLiteral("http://proxy.example.com:3128"));
        QCOMPARE(oidc.cluster.tlsServerName, QStringLiteral("api.prod.internal"));
        QVERIFY(oidc.cluster.disableCompression);

        const ResolvedContext imp = config.resolve(QStringLiteral("prod-impersonate"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(imp.user.impersonate, QStringLiteral("admin"));
        QCOMPARE(imp.user.impersonateUid, QStringLiteral("1000"));
        QCOMPARE(imp.user.impersonateUserExtra.value(QStringLiteral("reason")),
                 QStringList{QStringLiteral("debugging")});

        const ResolvedContext anonymous = config.resolve(QStringLiteral("anonymous"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(anonymous.user.name.isEmpty());
        QCOMPARE(anonymous.cluster.server, QStringLiteral("https://dev.example.com"));
    }

    // Merging takes whole entries from the first file that names them and remembers which file
    // each came from, so relative paths follow their file.
    void mergeRules()
    {
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("base/config.yaml")),
                                                    QStringLiteral("nowhere/missing.yaml"),
                                                    path(QStringLiteral("override/config.yaml"))});
        QVERIFY2(config.errors.isEmpty(), qPrintable(config.error()));
        QCOMPARE(config.files, (QStringList{path(QStringLiteral("base/config.yaml")),
                                            path(QStringLiteral("override/config.yaml"))}));
        QCOMPARE(config.missingFiles, QStringList{path(QStringLiteral("nowhere/missing.yaml"))});
        QCOMPARE(config.currentContext, QStringLiteral("prod-token"));
        const UserEntry tokenUser = config.users.value(QStringLiteral("token-user"));
        QCOMPARE(tokenUser.token, QStringLiteral("base-secret-token"));
        QVERIFY(tokenUser.tokenFile.isEmpty());
        QCOMPARE(tokenUser.sourceFile, path(QStringLiteral("base/config.yaml")));
        QVERIFY(config.colors);
        QCOMPARE(config.extensions.value(QStringLiteral("kfw.example/base")).toString(),
                 QStringLiteral("base"));
        QVERIFY(config.extensions.contains(QStringLiteral("kfw.example/override")));

        QString error;
        const ResolvedContext second = config.resolve(QStringLiteral("only-second"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(second.cluster.sourceFile, path(QStringLiteral("override/config.yaml")));
        QCOMPARE(second.cluster.certificateAuthority, path(QStringLiteral("override/ca.crt")));
        QCOMPARE(second.user.clientKey, path(QStringLiteral("override/pki/second.key")));
        QCOMPARE(second.namespaceOrDefault(), QStringLiteral("second-ns"));

        const Kubeconfig reversed = Kubeconfig::load({path(QStringLiteral("override/config.yaml")),
                                                      path(QStringLiteral("base/config.yaml"))});
        QCOMPARE(reversed.currentContext, QStringLiteral("only-second"));
        const ResolvedContext prod = reversed.resolve(QStringLiteral("prod-token"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(prod.cluster.server, QStringLiteral("https://override.example.com"));
        QCOMPARE(prod.cluster.certificateAuthority, path(QStringLiteral("override/ca.crt")));
        QCOMPARE(prod.namespaceOrDefault(), QStringLiteral("override-ns"));
    }

    // resolve() refuses what would not work, saying what is missing and where to look.
    void resolveErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QStringList>("fragments");

        const QByteArray ok = "clusters: [{name: k, cluster: {server: https://k.example.com}}]\n"
                              "users: [{name: u, user: {token: t}}]\n";
        QTest::addRow("no current context")
            << ok + "contexts: [{name: c, context: {cluster: k, user: u}}]\n"
            << QString()
            << QStringList{QStringLiteral("no context is chosen"),
                           QStringLiteral("kubectl config use-context")};
        QTest::addRow("unknown context")
            << ok + "contexts: [{name: c, context: {cluster: k, user: u}}]\n"
            << QStringLiteral("nope")
            << QStringList{QStringLiteral("context \"nope\" not found in"),
                           QStringLiteral("resolve.yaml"),
                           QStringLiteral("kubectl config get-contexts lists them")};
        QTest::addRow("current context not defined")
            << ok + "current-context: gone\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n"
            << QString() << QStringList{QStringLiteral("context \"gone\" not found")};
        QTest::addRow("cluster not defined")
            << ok + "contexts: [{name: c, context: {cluster: ghost, user: u}}]\n"
            << QStringLiteral("c") << QStringList{QStringLiteral("names cluster \"ghost\"")};
        QTest::addRow("no cluster named")
            << ok + "contexts: [{name: c, context: {user: u}}]\n"
            << QStringLiteral("c") << QStringList{QStringLiteral("names no cluster")};
        QTest::addRow("user not defined")
            << ok + "contexts: [{name: c, context: {cluster: k, user: ghost}}]\n"
            << QStringLiteral("c") << QStringList{QStringLiteral("names user \"ghost\"")};
        QTest::addRow("no server")
            << QByteArray("clusters: [{name: k, cluster: {tls-server-name: x}}]\n"
                          "contexts: [{name: c, context: {cluster: k}}]\n")
            << QStringLiteral("c")
            << QStringList{QStringLiteral("cluster \"k\""), QStringLiteral("has no server")};
        QTest::addRow("token and basic auth")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k}}]\n"
                          "users: [{name: u, user: {token: t, username: a, password: p}}]\n"
                          "contexts: [{name: c, context: {cluster: k, user: u}}]\n")
            << QStringLiteral("c")
            << QStringList{QStringLiteral("more than one authentication method")};
        QTest::addRow("exec without apiVersion")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k}}]\n"
                          "users: [{name: u, user: {exec: {command: x}}}]\n"
                          "contexts: [{name: c, context: {cluster: k, user: u}}]\n")
            << QStringLiteral("c")
            << QStringList{QStringLiteral("has no apiVersion"),
                           QStringLiteral("has no interactiveMode")};
        QTest::addRow("exec with a bad interactiveMode")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k}}]\n"
                          "users: [{name: u, user: {exec: {command: x, apiVersion: "
                          "client.authentication.k8s.io/v1, "
                          "interactiveMode: Sometimes}}}]\n"
                          "contexts: [{name: c, context: {cluster: k, user: u}}]\n")
            << QStringLiteral("c") << QStringList{QStringLiteral("interactiveMode \"Sometimes\"")};
        QTest::addRow("insecure with a CA")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k, "
                          "insecure-skip-tls-verify: true, "
                          "certificate-authority-data: aGVsbG8=}}]\n"
                          "contexts: [{name: c, context: {cluster: k}}]\n")
            << QStringLiteral("c") << QStringList{QStringLiteral("insecure-skip-tls-verify")};
        QTest::addRow("client cert without key")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k}}]\n"
                          "users: [{name: u, user: {client-certificate-data: aGVsbG8=}}]\n"
                          "contexts: [{name: c, context: {cluster: k, user: u}}]\n")
            << QStringLiteral("c") << QStringList{QStringLiteral("no client-key")};
        QTest::addRow("CA file missing")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k, "
                          "certificate-authority: gone/ca.crt}}]\n"
                          "contexts: [{name: c, context: {cluster: k}}]\n")
            << QStringLiteral("c")
            << QStringList{QStringLiteral("cannot read certificate-authority"),
                           QStringLiteral("gone/ca.crt")};
        QTest::addRow("proxy scheme")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k, proxy-url: "
                          "ftp://p}}]\ncontexts: [{name: c, context: {cluster: k}}]\n")
            << QStringLiteral("c") << QStringList{QStringLiteral("scheme \"ftp\"")};
        QTest::addRow("groups without a user to impersonate")
            << QByteArray("clusters: [{name: k, cluster: {server: https://k}}]\n"
                          "users: [{name: u, user: {as-groups: [g]}}]\n"
                          "contexts: [{name: c, context: {cluster: k, user: u}}]\n")
            << QStringLiteral("c") << QStringList{QStringLiteral("without a user to impersonate")};
    }

    void resolveErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, context);
        QFETCH(QStringList, fragments);
        write(QStringLiteral("resolve.yaml"), content);
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("resolve.yaml"))});
        QVERIFY2(config.errors.isEmpty(), qPrintable(config.error()));
        QString error;
        const ResolvedContext r = config.resolve(context, &error);
        for (const QString &fragment : fragments)
            QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY(r.context.name.isEmpty());
    }

    // Tokens, passwords and key data never reach the log, even with debug output on.
    void secretsNeverLogged()
    {
        previousFilter = QLoggingCategory::installFilter(enableKubeDebug);
        logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const Kubeconfig config = Kubeconfig::load({path(QStringLiteral("base/config.yaml")),
                                                    path(QStringLiteral("override/config.yaml")),
                                                    path(QStringLiteral("badtype.yaml"))});
        const Kubeconfig good = Kubeconfig::load({path(QStringLiteral("base/config.yaml")),
                                                  path(QStringLiteral("override/config.yaml"))});
        for (const QString &context : good.contexts.keys()) {
            QString error;
            good.resolve(context, &error);
            good.toFlattenedMinifiedJson(context, &error);
            good.toMinifiedJson(context, Kubeconfig::Secrets::Raw, &error);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(previousFilter);

        QVERIFY2(!config.errors.isEmpty(), "the bad file is part of the test");
        QVERIFY2(logLines.size() > 5,
                 "debug output was on, so the loader should have said what it did");
        const QStringList secrets{QStringLiteral("base-secret-token"),
                                  QStringLiteral("override-token"),
                                  QStringLiteral("base-secret-password"),
                                  QStringLiteral("base-oidc-secret"),
                                  QStringLiteral("base-id-token"),
                                  QStringLiteral("base-refresh-token"),
                                  QStringLiteral("impersonator-token"),
                                  b64(kDataKey),
                                  QStringLiteral("DATA-KEY")};
        for (const QString &line : std::as_const(logLines)) {
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
