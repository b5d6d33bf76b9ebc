// The real kubectl against kfw-cluster-sim, over TLS with the kubeconfig the simulator writes:
// discovery, server-side Table printing, apply of the upstream Kubeflow examples, the profile
// controller, validation against the CRD schemas with the API server's wording, watch, RBAC and
// client certificates.
// If kubectl accepts the simulator, the workbench's own client is tested against something a
// real client also believes.

#include "simprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

struct Http
{
    int status = 0;
    QByteArray raw;
    QJsonObject body;
};

QString conformanceDir()
{
    return qEnvironmentVariable("KFW_CONFORMANCE_DIR");
}

bool haveKubeflowConformance()
{
    return QFileInfo(conformanceDir() + u"/kubeflow/crd"_qs).isDir() &&
           QFileInfo(conformanceDir() + u"/kubeflow/examples"_qs).isDir();
}

// Katib's CRDs carry additionalPrinterColumns; the Kubeflow ones have none.
bool haveKatibCrds()
{
    return QFileInfo(conformanceDir() + u"/katib/crd/experiment.yaml"_qs).isFile();
}

// The header cells of kubectl's table output (columns are two or more spaces apart; a single
// space belongs to a column name such as "ACCESS MODES").
QStringList headerOf(const QString &output)
{
    return output.section(u'\n', 0, 0).split(QRegularExpression(u"\\s{2,}"_qs), Qt::SkipEmptyParts);
}

QString firstMatch(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).captured(1);
}

// What an example file holds, read the way a person would, without a YAML library.
struct Example
{
    QString apiVersion;
    QString kind;
    QString name;
    QString ns;
};

Example readExample(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    return {firstMatch(text, u"^apiVersion:\\s*(\\S+)"_qs),
            firstMatch(text, u"^kind:\\s*(\\S+)"_qs),
            firstMatch(text, u"^  name:\\s*([^\\s#]+)"_qs),
            firstMatch(text, u"^  namespace:\\s*([^\\s#]+)"_qs)};
}

} // namespace

class TestKubectlSim : public QObject
{
    Q_OBJECT

    QString m_kubectl;
    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_server;
    QString m_adminToken;
    QByteArray m_caPem;
    QString m_kubeconfigText;
    QNetworkAccessManager m_http;

    QProcessEnvironment kubectlEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KUBECONFIG"_qs, m_dir.filePath(u"kubeconfig"_qs));
        // Discovery caches and kubectl's own settings stay inside the test's directory.
        env.insert(u"HOME"_qs, m_dir.path());
        env.remove(u"KUBECTL_EXTERNAL_DIFF"_qs);
        return env;
    }

    Run kubectl(const QStringList &args, int timeoutMs = 60000) const
    {
        QProcess p;
        p.setProcessEnvironment(kubectlEnvironment());
        p.start(m_kubectl, args);
        Run run;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            run.err = u"kubectl did not finish: "_qs + args.join(u' ');
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    // The simulator's own answer, with the administrator's token from the kubeconfig.
    Http http(const QByteArray &verb, const QString &path, const QByteArray &body = {},
              const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(m_server + path));
        request.setRawHeader("Authorization", "Bearer " + m_adminToken.toUtf8());
        request.setRawHeader("Accept", "application/json");
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(m_caPem));
        request.setSslConfiguration(ssl);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_http.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Http result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.body = QJsonDocument::fromJson(result.raw).object();
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return result;
    }

    QString writeFixture(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
            return {};
        return path;
    }

    static QString apiPath(const Example &e)
    {
        const QString plural = e.kind.toLower() + u's';
        const QString ns =
            e.kind == u"Profile" ? QString() : (e.ns.isEmpty() ? u"default"_qs : e.ns);
        return u"/apis/"_qs + e.apiVersion + (ns.isEmpty() ? QString() : u"/namespaces/"_qs + ns) +
               u'/' + plural + u'/' + e.name;
    }

private slots:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(u"kubectl"_qs);
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed (not on PATH); install kubectl to run the kubectl "
                  "conformance tests against kfw-cluster-sim.");
        const QString sim = qEnvironmentVariable("KFW_CLUSTER_SIM");
        QVERIFY2(QFileInfo(sim).isExecutable(),
                 "KFW_CLUSTER_SIM must name the built kfw-cluster-sim (ctest sets it)");
        QVERIFY(m_dir.isValid());

        QStringList args{u"--tls"_qs, u"--seed"_qs, u"demo"_qs, u"--write-kubeconfig"_qs,
                         m_dir.filePath(u"kubeconfig"_qs)};
        if (haveKubeflowConformance())
            args << u"--crd-dir"_qs << conformanceDir() + u"/kubeflow/crd"_qs;
        if (haveKatibCrds())
            args << u"--crd-dir"_qs << conformanceDir() + u"/katib/crd"_qs;
        QString error;
        m_server = kfw::sim::startSimulatorProcess(m_sim, sim, args, &error);
        QVERIFY2(m_server.startsWith(u"https://"), qPrintable(error));

        QFile kubeconfig(m_dir.filePath(u"kubeconfig"_qs));
        QVERIFY(kubeconfig.open(QIODevice::ReadOnly));
        m_kubeconfigText = QString::fromUtf8(kubeconfig.readAll());
        m_adminToken =
            firstMatch(m_kubeconfigText, u"name: kfw-sim-admin\\s+user:\\s+token: (\\S+)"_qs);
        m_caPem = QByteArray::fromBase64(
            firstMatch(m_kubeconfigText, u"certificate-authority-data: (\\S+)"_qs).toLatin1());
        QVERIFY(!m_adminToken.isEmpty());
        QVERIFY(!QSslCertificate::fromData(m_caPem).isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.kill();
            m_sim.waitForFinished();
        }
    }

    void getNamespaces()
    {
        const Run r = kubectl({u"get"_qs, u"ns"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QCOMPARE(headerOf(r.out), (QStringList{u"NAME"_qs, u"STATUS"_qs, u"AGE"_qs}));
        // Every namespace the server lists is printed, each Active.
        const Http list = http("GET", u"/api/v1/namespaces"_qs);
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const QJsonValue &item : list.body.value(u"items").toArray())
            names << item[u"metadata"][u"name"].toString();
        QVERIFY(names.contains(u"kubeflow-user-example-com"));
        QStringList printed;
        for (const QString &row : r.out.trimmed().split(u'\n').mid(1)) {
            const QStringList cells = row.split(QRegularExpression(u"\\s+"_qs));
            QCOMPARE(cells.value(1), u"Active"_qs);
            printed << cells.value(0);
        }
        names.sort();
        QCOMPARE(printed, names);
    }

    void getPodsAllNamespaces()
    {
        const Run r = kubectl({u"get"_qs, u"pods"_qs, u"-A"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        // READY and STATUS come only from the server's Table; kubectl prints no pod columns of
        // its own.
        QCOMPARE(headerOf(r.out), (QStringList{u"NAMESPACE"_qs, u"NAME"_qs, u"READY"_qs,
                                               u"STATUS"_qs, u"RESTARTS"_qs, u"AGE"_qs}));
        QVERIFY2(QRegularExpression(u"^kubeflow-user-example-com\\s+churn-analysis-0\\s+1/1\\s+"
                                    "Running\\s+0\\s+\\d+[smhd]"_qs,
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(
            QRegularExpression(u"^team-nlp\\s+tokenizer-lab-0\\s+0/1\\s+ImagePullBackOff\\s"_qs,
                               QRegularExpression::MultilineOption)
                .match(r.out)
                .hasMatch(),
            qPrintable(r.out));
        QVERIFY2(QRegularExpression(u"^team-vision\\s+detector-tuning-0\\s+0/1\\s+"
                                    "ContainerCreating\\s"_qs,
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
    }

    void tablesHaveTheServerColumns_data()
    {
        QTest::addColumn<QStringList>("setup");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("row");
        using L = QStringList;
        QTest::addRow("pods wide")
            << L{} << L{u"get"_qs, u"pods"_qs, u"-n"_qs, u"team-vision"_qs, u"-o"_qs, u"wide"_qs}
            << L{u"NAME"_qs, u"READY"_qs, u"STATUS"_qs,         u"RESTARTS"_qs,       u"AGE"_qs,
                 u"IP"_qs,   u"NODE"_qs,  u"NOMINATED NODE"_qs, u"READINESS GATES"_qs}
            << u"^segmentation-0\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+<none>\\s+gpu-node-0\\s+"
               "<none>\\s+<none>$"_qs;
        QTest::addRow("nodes") << L{} << L{u"get"_qs, u"nodes"_qs}
                               << L{u"NAME"_qs, u"STATUS"_qs, u"ROLES"_qs, u"AGE"_qs, u"VERSION"_qs}
                               << u"^gpu-node-0\\s+Ready\\s+<none>\\s"_qs;
        QTest::addRow("configmaps")
            << L{} << L{u"get"_qs, u"configmaps"_qs, u"-n"_qs, u"kubeflow"_qs}
            << L{u"NAME"_qs, u"DATA"_qs, u"AGE"_qs} << u"^workbench-demo\\s+1\\s"_qs;
        QTest::addRow("secrets") << L{u"create"_qs,
                                      u"secret"_qs,
                                      u"generic"_qs,
                                      u"sim-secret"_qs,
                                      u"--from-literal=a=b"_qs,
                                      u"--from-literal=c=d"_qs}
                                 << L{u"get"_qs, u"secrets"_qs}
                                 << L{u"NAME"_qs, u"TYPE"_qs, u"DATA"_qs, u"AGE"_qs}
                                 << u"^sim-secret\\s+Opaque\\s+2\\s"_qs;
        QTest::addRow("persistentvolumeclaims")
            << L{} << L{u"get"_qs, u"pvc"_qs, u"-n"_qs, u"team-vision"_qs}
            << L{u"NAME"_qs,
                 u"STATUS"_qs,
                 u"VOLUME"_qs,
                 u"CAPACITY"_qs,
                 u"ACCESS MODES"_qs,
                 u"STORAGECLASS"_qs,
                 u"VOLUMEATTRIBUTESCLASS"_qs,
                 u"AGE"_qs}
            << u"^segmentation-workspace\\s+Bound\\s+<unset>\\s+<unset>\\s"_qs;
        QTest::addRow("events")
            << L{} << L{u"get"_qs, u"events"_qs, u"-n"_qs, u"team-nlp"_qs}
            << L{u"LAST SEEN"_qs, u"TYPE"_qs, u"REASON"_qs, u"OBJECT"_qs, u"MESSAGE"_qs}
            << u"^\\S+\\s+Warning\\s+Failed\\s+pod/tokenizer-lab-0\\s+Failed to pull image"_qs;
        QTest::addRow("services") << L{u"create"_qs, u"service"_qs, u"clusterip"_qs, u"sim-svc"_qs,
                                       u"--tcp=80:8080"_qs}
                                  << L{u"get"_qs, u"services"_qs}
                                  << L{u"NAME"_qs,        u"TYPE"_qs,    u"CLUSTER-IP"_qs,
                                       u"EXTERNAL-IP"_qs, u"PORT(S)"_qs, u"AGE"_qs}
                                  << u"^sim-svc\\s+ClusterIP\\s+\\S+\\s+<none>\\s+80/TCP\\s"_qs;
        QTest::addRow("deployments")
            << L{u"create"_qs, u"deployment"_qs, u"sim-deploy"_qs, u"--image=nginx"_qs,
                 u"--replicas=2"_qs}
            << L{u"get"_qs, u"deployments"_qs}
            << L{u"NAME"_qs, u"READY"_qs, u"UP-TO-DATE"_qs, u"AVAILABLE"_qs, u"AGE"_qs}
            << u"^sim-deploy\\s+0/2\\s+0\\s+0\\s"_qs;
        QTest::addRow("notebooks (custom resource without printer columns)")
            << L{} << L{u"get"_qs, u"notebooks"_qs, u"-n"_qs, u"team-vision"_qs}
            << L{u"NAME"_qs, u"AGE"_qs} << u"^segmentation\\s+\\d+[smhd]"_qs;
        if (haveKatibCrds())
            QTest::addRow("experiments (CRD additionalPrinterColumns)")
                << L{} << L{u"get"_qs, u"experiments"_qs, u"-n"_qs, u"kubeflow-user-example-com"_qs}
                << L{u"NAME"_qs, u"TYPE"_qs, u"STATUS"_qs, u"AGE"_qs}
                << u"^random-search-lr\\s+Running\\s+True\\s+\\d+[smhd]$"_qs;
    }

    void tablesHaveTheServerColumns()
    {
        QFETCH(QStringList, setup);
        QFETCH(QStringList, args);
        QFETCH(QStringList, header);
        QFETCH(QString, row);
        if (!setup.isEmpty()) {
            const Run created = kubectl(setup);
            QVERIFY2(created.code == 0, qPrintable(created.all()));
        }
        const Run r = kubectl(args);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QCOMPARE(headerOf(r.out), header);
        QVERIFY2(
            QRegularExpression(row, QRegularExpression::MultilineOption).match(r.out).hasMatch(),
            qPrintable(r.out));
    }

    void describeNotebook()
    {
        const Run r = kubectl({u"describe"_qs, u"notebook"_qs, u"churn-analysis"_qs, u"-n"_qs,
                               u"kubeflow-user-example-com"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        for (const QString &pattern :
             {u"^Name:\\s+churn-analysis$"_qs, u"^Namespace:\\s+kubeflow-user-example-com$"_qs,
              u"^API Version:\\s+kubeflow.org/v1$"_qs, u"^Kind:\\s+Notebook$"_qs,
              u"^\\s+Image:\\s+kubeflownotebookswg/jupyter-scipy:v1.9.0$"_qs,
              u"^\\s+Ready Replicas:\\s+1$"_qs, u"^Events:\\s+<none>$"_qs})
            QVERIFY2(QRegularExpression(pattern, QRegularExpression::MultilineOption)
                         .match(r.out)
                         .hasMatch(),
                     qPrintable(pattern + u"\n"_qs + r.out));
    }

    void applyExamples_data()
    {
        QTest::addColumn<QString>("file");
        if (!haveKubeflowConformance())
            QSKIP("Kubeflow conformance files not found; set KFW_CONFORMANCE_DIR to apply the "
                  "upstream examples.");
        const QDir examples(conformanceDir() + u"/kubeflow/examples"_qs);
        int rows = 0;
        for (const QString &folder : {u"notebook"_qs, u"profile"_qs, u"poddefault"_qs}) {
            const QDir dir(examples.filePath(folder));
            for (const QString &name : dir.entryList({u"*.yaml"_qs}, QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", qPrintable(folder), qPrintable(name)) << dir.filePath(name);
                ++rows;
            }
        }
        QVERIFY(rows >= 7);
    }

    void applyExamples()
    {
        QFETCH(QString, file);
        const Example e = readExample(file);
        QVERIFY(!e.apiVersion.isEmpty() && !e.kind.isEmpty() && !e.name.isEmpty());
        const QString ref =
            e.kind.toLower() + u'.' + e.apiVersion.section(u'/', 0, 0) + u'/' + e.name;

        const Run created = kubectl({u"apply"_qs, u"-f"_qs, file});
        QVERIFY2(created.code == 0, qPrintable(created.all()));
        QCOMPARE(created.out, ref + u" created\n"_qs);
        // Nothing changed, so kubectl's three-way merge sends nothing: the object the server
        // returns (in the file's version) must equal what kubectl stored.
        const Run again = kubectl({u"apply"_qs, u"-f"_qs, file});
        QVERIFY2(again.code == 0, qPrintable(again.all()));
        QCOMPARE(again.out, ref + u" unchanged\n"_qs);

        const Http stored = http("GET", apiPath(e));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.body.value(u"apiVersion").toString(), e.apiVersion);
        QVERIFY(stored
                    .body[u"metadata"][u"annotations"]
                         [u"kubectl.kubernetes.io/last-applied-configuration"]
                    .isString());

        const Run deleted = kubectl({u"delete"_qs, u"-f"_qs, file});
        QVERIFY2(deleted.code == 0, qPrintable(deleted.all()));
        QVERIFY2(deleted.out.startsWith(e.kind.toLower() + u'.' + e.apiVersion.section(u'/', 0, 0) +
                                        u" \""_qs + e.name + u"\" deleted"_qs),
                 qPrintable(deleted.out));
        QCOMPARE(http("GET", apiPath(e)).status, 404);
    }

    void profileMakesNamespace()
    {
        // The profile controller behind the API server: a Profile applied with kubectl gets its
        // namespace and quota, and takes them along when it goes.
        const QString file =
            writeFixture(u"profile-with-quota.yaml"_qs, R"(apiVersion: kubeflow.org/v1
kind: Profile
metadata:
  name: kubectl-team
spec:
  owner:
    kind: User
    name: kim@example.com
  resourceQuotaSpec:
    hard:
      cpu: "2"
      memory: 4Gi
)");
        QVERIFY(!file.isEmpty());
        const Run applied = kubectl({u"apply"_qs, u"-f"_qs, file});
        QVERIFY2(applied.code == 0, qPrintable(applied.all()));
        QCOMPARE(applied.out, u"profile.kubeflow.org/kubectl-team created\n"_qs);

        const Run ns = kubectl({u"get"_qs, u"namespace"_qs, u"kubectl-team"_qs});
        QVERIFY2(ns.code == 0, qPrintable(ns.all()));
        QVERIFY2(QRegularExpression(u"^kubectl-team\\s+Active\\s+"_qs,
                                    QRegularExpression::MultilineOption)
                     .match(ns.out)
                     .hasMatch(),
                 qPrintable(ns.out));
        const Run owner = kubectl({u"get"_qs, u"namespace"_qs, u"kubectl-team"_qs, u"-o"_qs,
                                   u"jsonpath={.metadata.annotations.owner} "
                                   "{.metadata.labels.app\\.kubernetes\\.io/part-of}"_qs});
        QVERIFY2(owner.code == 0, qPrintable(owner.all()));
        QCOMPARE(owner.out, u"kim@example.com kubeflow-profile"_qs);

        const QStringList quota{u"get"_qs, u"resourcequota"_qs, u"kf-resource-quota"_qs, u"-n"_qs,
                                u"kubectl-team"_qs};
        const Run table = kubectl(quota);
        QVERIFY2(table.code == 0, qPrintable(table.all()));
        QVERIFY2(table.out.section(u'\n', 1, 1).startsWith(u"kf-resource-quota "_qs),
                 qPrintable(table.out));
        const Run hard =
            kubectl(quota + QStringList{u"-o"_qs, u"jsonpath={.spec.hard.cpu} "
                                                  "{.status.hard.memory} {.status.used.cpu}"_qs});
        QVERIFY2(hard.code == 0, qPrintable(hard.all()));
        QCOMPARE(hard.out, u"2 4Gi 0"_qs);

        const Run deleted = kubectl({u"delete"_qs, u"-f"_qs, file});
        QVERIFY2(deleted.code == 0, qPrintable(deleted.all()));
        const Run gone = kubectl({u"get"_qs, u"namespace"_qs, u"kubectl-team"_qs});
        QCOMPARE(gone.code, 1);
        QCOMPARE(gone.err,
                 u"Error from server (NotFound): namespaces \"kubectl-team\" not found\n"_qs);
    }

    void invalidNotebookIsRefused_data()
    {
        QTest::addColumn<QByteArray>("container");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        if (!haveKubeflowConformance())
            QSKIP("Kubeflow CRDs not found; set KFW_CONFORMANCE_DIR to test validation against "
                  "them.");
        QTest::addRow("image of the wrong type")
            << QByteArray("      - name: main\n        image: 42\n") << u"bad-image-type"_qs
            << QStringList{u"The Notebook \"bad-image-type\" is invalid: "
                           "spec.template.spec.containers[0].image: Invalid value: \"integer\": "
                           "spec.template.spec.containers[0].image in body must be of type "
                           "string: \"integer\"\n"_qs};
        QTest::addRow("container without a name")
            << QByteArray("      - image: jupyter\n") << u"no-container-name"_qs
            << QStringList{u"The Notebook \"no-container-name\" is invalid: "
                           "spec.template.spec.containers[0].name: Required value\n"_qs};
        QTest::addRow("two errors")
            << QByteArray("      - image: jupyter\n        ports:\n        - containerPort: "
                          "\"8888\"\n")
            << u"two-errors"_qs
            << QStringList{u"The Notebook \"two-errors\" is invalid: \n"_qs,
                           u"* spec.template.spec.containers[0].name: Required value\n"_qs,
                           u"* spec.template.spec.containers[0].ports[0].containerPort: Invalid "
                           "value: \"string\": spec.template.spec.containers[0].ports[0]."
                           "containerPort in body must be of type integer: \"string\"\n"_qs};
        QTest::addRow("unknown field")
            << QByteArray("      - name: main\n        image: jupyter\n        imagePullPolicyy: "
                          "Always\n")
            << u"unknown-field"_qs
            << QStringList{u"Notebook in version \"v1\" cannot be handled as a Notebook: strict "
                           "decoding error: unknown field "
                           "\"spec.template.spec.containers[0].imagePullPolicyy\"\n"_qs};
    }

    void invalidNotebookIsRefused()
    {
        QFETCH(QByteArray, container);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        const QString file = writeFixture(
            name + u".yaml"_qs,
            "apiVersion: kubeflow.org/v1\nkind: Notebook\nmetadata:\n  name: " + name.toUtf8() +
                "\nspec:\n  template:\n    spec:\n      containers:\n" + container);
        QVERIFY(!file.isEmpty());
        const Run r = kubectl({u"apply"_qs, u"-f"_qs, file});
        QCOMPARE(r.code, 1);
        for (const QString &part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        QCOMPARE(
            http("GET", u"/apis/kubeflow.org/v1/namespaces/default/notebooks/"_qs + name).status,
            404);
    }

    void invalidStatusBody()
    {
        if (!haveKubeflowConformance())
            QSKIP("Kubeflow CRDs not found; set KFW_CONFORMANCE_DIR to test validation.");
        // The Status a client parses: reason Invalid, the kind and name, and one cause per
        // field with the API server's reason and message.
        const QJsonObject notebook{
            {u"apiVersion"_qs, u"kubeflow.org/v1"_qs},
            {u"kind"_qs, u"Notebook"_qs},
            {u"metadata"_qs, QJsonObject{{u"name"_qs, u"status-body"_qs}}},
            {u"spec"_qs,
             QJsonObject{{u"template"_qs,
                          QJsonObject{{u"spec"_qs, QJsonObject{{u"containers"_qs,
                                                                QJsonArray{QJsonObject{
                                                                    {u"name"_qs, u"main"_qs},
                                                                    {u"image"_qs, true}}}}}}}}}}};
        const Http r = http("POST",
                            u"/apis/kubeflow.org/v1/namespaces/default/notebooks"
                            "?fieldValidation=Strict"_qs,
                            QJsonDocument(notebook).toJson());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body.value(u"kind").toString(), u"Status"_qs);
        QCOMPARE(r.body.value(u"reason").toString(), u"Invalid"_qs);
        QCOMPARE(r.body.value(u"code").toInt(), 422);
        const QJsonObject details = r.body.value(u"details").toObject();
        QCOMPARE(details.value(u"kind").toString(), u"Notebook"_qs);
        QCOMPARE(details.value(u"group").toString(), u"kubeflow.org"_qs);
        QCOMPARE(details.value(u"name").toString(), u"status-body"_qs);
        const QJsonArray causes = details.value(u"causes").toArray();
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes[0][u"reason"].toString(), u"FieldValueTypeInvalid"_qs);
        QCOMPARE(causes[0][u"field"].toString(), u"spec.template.spec.containers[0].image"_qs);
        QCOMPARE(causes[0][u"message"].toString(),
                 u"Invalid value: \"boolean\": spec.template.spec.containers[0].image in body "
                 "must be of type string: \"boolean\""_qs);
        QCOMPARE(r.body.value(u"message").toString(),
                 u"Notebook.kubeflow.org \"status-body\" is invalid: "_qs +
                     causes[0][u"field"].toString() + u": "_qs + causes[0][u"message"].toString());
    }

    void unknownFieldsArePrunedWithoutStrict_data()
    {
        QTest::addColumn<QString>("validate");
        QTest::addColumn<QString>("warning");
        if (!haveKubeflowConformance())
            QSKIP("Kubeflow CRDs not found; set KFW_CONFORMANCE_DIR to test pruning.");
        QTest::addRow("ignore") << u"--validate=false"_qs << QString();
        QTest::addRow("warn") << u"--validate=warn"_qs
                              << u"Warning: unknown field \"spec.foo\"\n"_qs;
    }

    void unknownFieldsArePrunedWithoutStrict()
    {
        QFETCH(QString, validate);
        QFETCH(QString, warning);
        const QString name = u"pruned-"_qs + QString::fromLatin1(QTest::currentDataTag());
        const QString file = writeFixture(
            name + u".yaml"_qs,
            "apiVersion: kubeflow.org/v1\nkind: Notebook\nmetadata:\n  name: " + name.toUtf8() +
                "\nspec:\n  foo: bar\n  template:\n    spec:\n      containers:\n      - name: "
                "main\n        image: jupyter\n");
        const Run r = kubectl({u"create"_qs, validate, u"-f"_qs, file});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QCOMPARE(r.out, u"notebook.kubeflow.org/"_qs + name + u" created\n"_qs);
        QCOMPARE(r.err, warning);
        const Http stored =
            http("GET", u"/apis/kubeflow.org/v1/namespaces/default/notebooks/"_qs + name);
        QCOMPARE(stored.status, 200);
        QVERIFY(!stored.body.value(u"spec").toObject().contains(u"foo"));
        QVERIFY(stored.body.value(u"spec").toObject().contains(u"template"));
    }

    void listEqualsTheServers()
    {
        const Run r = kubectl({u"get"_qs, u"notebooks"_qs, u"-A"_qs, u"-o"_qs, u"json"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const Http list = http("GET", u"/apis/kubeflow.org/v1/notebooks"_qs);
        QCOMPARE(list.status, 200);
        const auto keyed = [](const QJsonArray &items) {
            QMap<QString, QString> m;
            for (const QJsonValue &item : items) {
                const QJsonValue meta = item[u"metadata"];
                m.insert(meta[u"namespace"].toString() + u'/' + meta[u"name"].toString(),
                         meta[u"uid"].toString() + u'@' + meta[u"resourceVersion"].toString());
            }
            return m;
        };
        const QMap<QString, QString> printed =
            keyed(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"items").toArray());
        const QMap<QString, QString> served = keyed(list.body.value(u"items").toArray());
        QVERIFY(served.size() >= 6);
        QVERIFY(served.contains(u"team-vision/segmentation"_qs));
        QCOMPARE(printed, served);
    }

    void deleteNotebook()
    {
        const QString path =
            u"/apis/kubeflow.org/v1/namespaces/kubeflow-user-example-com/notebooks/old-experiments"_qs;
        QCOMPARE(http("GET", path).status, 200);
        const Run r = kubectl({u"delete"_qs, u"notebook"_qs, u"old-experiments"_qs, u"-n"_qs,
                               u"kubeflow-user-example-com"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.startsWith(u"notebook.kubeflow.org \"old-experiments\" deleted"_qs),
                 qPrintable(r.out));
        QCOMPARE(http("GET", path).status, 404);
        const Run gone = kubectl({u"get"_qs, u"notebook"_qs, u"old-experiments"_qs, u"-n"_qs,
                                  u"kubeflow-user-example-com"_qs});
        QCOMPARE(gone.code, 1);
        QCOMPARE(gone.err, u"Error from server (NotFound): notebooks.kubeflow.org "
                           "\"old-experiments\" not found\n"_qs);
    }

    void watchShowsANewPod()
    {
        const auto watchRequests = [this] {
            return http("GET", u"/_sim/requests"_qs)
                .body.value(u"GET /api/v1/namespaces/default/pods"_qs)
                .toInt();
        };
        const int before = watchRequests();
        QProcess watch;
        watch.setProcessEnvironment(kubectlEnvironment());
        watch.start(m_kubectl, {u"get"_qs, u"pods"_qs, u"-n"_qs, u"default"_qs, u"--watch"_qs});
        QVERIFY(watch.waitForStarted());
        // kubectl lists, then watches from the list's resourceVersion: two requests.
        QTRY_VERIFY_WITH_TIMEOUT(watchRequests() >= before + 2, 20000);
        QString output = QString::fromUtf8(watch.readAllStandardOutput());
        QVERIFY2(!output.contains(u"watched-pod"), qPrintable(output));

        const QJsonObject pod{
            {u"apiVersion"_qs, u"v1"_qs},
            {u"kind"_qs, u"Pod"_qs},
            {u"metadata"_qs, QJsonObject{{u"name"_qs, u"watched-pod"_qs}}},
            {u"spec"_qs, QJsonObject{{u"containers"_qs,
                                      QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                             {u"image"_qs, u"busybox"_qs}}}}}}};
        QCOMPARE(
            http("POST", u"/api/v1/namespaces/default/pods"_qs, QJsonDocument(pod).toJson()).status,
            201);
        // kubectl writes the row in pieces; wait for the whole line.
        const QRegularExpression row(u"^watched-pod\\s+0/1\\s+\\S*\\s*0\\s+\\d+s$"_qs,
                                     QRegularExpression::MultilineOption);
        QDeadlineTimer deadline(20000);
        while (!row.match(output).hasMatch() && !deadline.hasExpired() &&
               watch.state() == QProcess::Running) {
            watch.waitForReadyRead(200);
            output += QString::fromUtf8(watch.readAllStandardOutput());
        }
        watch.kill();
        watch.waitForFinished();
        QVERIFY2(row.match(output).hasMatch(),
                 qPrintable(output + QString::fromUtf8(watch.readAllStandardError())));
        QCOMPARE(headerOf(output),
                 (QStringList{u"NAME"_qs, u"READY"_qs, u"STATUS"_qs, u"RESTARTS"_qs, u"AGE"_qs}));
    }

    void authCanI_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("allowed");
        using L = QStringList;
        const QString userNs = u"kubeflow-user-example-com"_qs;
        QTest::addRow("admin creates notebooks anywhere")
            << u"kfw-sim"_qs << L{u"create"_qs, u"notebooks"_qs, u"-n"_qs, u"kubeflow"_qs} << true;
        QTest::addRow("admin deletes nodes")
            << u"kfw-sim"_qs << L{u"delete"_qs, u"nodes"_qs} << true;
        QTest::addRow("user creates notebooks in own namespace")
            << u"kfw-sim-user"_qs << L{u"create"_qs, u"notebooks"_qs, u"-n"_qs, userNs} << true;
        QTest::addRow("user reads pod logs in own namespace")
            << u"kfw-sim-user"_qs << L{u"get"_qs, u"pods/log"_qs, u"-n"_qs, userNs} << true;
        QTest::addRow("user lists pods elsewhere")
            << u"kfw-sim-user"_qs << L{u"list"_qs, u"pods"_qs, u"-n"_qs, u"kubeflow"_qs} << false;
        QTest::addRow("user lists profiles")
            << u"kfw-sim-user"_qs << L{u"list"_qs, u"profiles"_qs} << true;
        // Cluster-wide questions (-A) leave the namespace out, so only cluster-wide rules count.
        QTest::addRow("user deletes profiles cluster-wide")
            << u"kfw-sim-user"_qs << L{u"delete"_qs, u"profiles"_qs, u"-A"_qs} << false;
        QTest::addRow("user lists pods cluster-wide")
            << u"kfw-sim-user"_qs << L{u"list"_qs, u"pods"_qs, u"-A"_qs} << false;
        QTest::addRow("user lists profiles cluster-wide")
            << u"kfw-sim-user"_qs << L{u"list"_qs, u"profiles"_qs, u"-A"_qs} << true;
        QTest::addRow("client certificate lists pods in kube-system")
            << u"kfw-sim-cert"_qs << L{u"list"_qs, u"pods"_qs, u"-n"_qs, u"kube-system"_qs} << true;
    }

    void authCanI()
    {
        QFETCH(QString, context);
        QFETCH(QStringList, args);
        QFETCH(bool, allowed);
        const Run r =
            kubectl(QStringList{u"--context"_qs, context, u"auth"_qs, u"can-i"_qs} + args);
        QCOMPARE(r.out, allowed ? u"yes\n"_qs : u"no\n"_qs);
        QCOMPARE(r.code, allowed ? 0 : 1);
    }

    void forbiddenInAnotherNamespace()
    {
        const Run own = kubectl({u"--context"_qs, u"kfw-sim-user"_qs, u"get"_qs, u"notebooks"_qs});
        QVERIFY2(own.code == 0, qPrintable(own.all()));
        QVERIFY2(own.out.contains(u"churn-analysis"), qPrintable(own.out));
        const Run r = kubectl(
            {u"--context"_qs, u"kfw-sim-user"_qs, u"get"_qs, u"pods"_qs, u"-n"_qs, u"kubeflow"_qs});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, u"Error from server (Forbidden): pods is forbidden: User "
                        "\"user@example.com\" cannot list resource \"pods\" in API group \"\" in "
                        "the namespace \"kubeflow\"\n"_qs);
    }

    void clientCertificate()
    {
        // The context authenticates with a certificate alone: no token to fall back on.
        const QString user = m_kubeconfigText.section(u"- name: kfw-sim-cert\n"_qs, 1, 1)
                                 .section(u"\n- name:"_qs, 0, 0)
                                 .section(u"contexts:"_qs, 0, 0);
        QVERIFY2(user.contains(u"client-certificate-data:"), qPrintable(m_kubeconfigText));
        QVERIFY(!user.contains(u"token:"));
        const Run whoami = kubectl({u"--context"_qs, u"kfw-sim-cert"_qs, u"auth"_qs, u"whoami"_qs});
        QVERIFY2(whoami.code == 0, qPrintable(whoami.all()));
        QVERIFY2(
            QRegularExpression(u"^Username\\s+cert-admin$"_qs, QRegularExpression::MultilineOption)
                .match(whoami.out)
                .hasMatch(),
            qPrintable(whoami.out));
        QVERIFY2(whoami.out.contains(u"[system:masters]"), qPrintable(whoami.out));
        const Run get = kubectl({u"--context"_qs, u"kfw-sim-cert"_qs, u"get"_qs, u"ns"_qs,
                                 u"kube-system"_qs, u"-o"_qs, u"name"_qs});
        QVERIFY2(get.code == 0, qPrintable(get.all()));
        QCOMPARE(get.out, u"namespace/kube-system\n"_qs);
    }
};

QTEST_GUILESS_MAIN(TestKubectlSim)
#include "tst_kubectl_sim.moc"
