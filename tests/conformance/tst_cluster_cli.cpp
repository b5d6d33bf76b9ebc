// `kubeflow-workbench cluster ...` against the cluster simulator (a separate process, HTTPS): the
// contexts as kubectl lists them, a connection check, lists that equal what the real kubectl
// sees, permission errors, and exec plugins that never run without --approve-exec. And the
// kfp-style commands on the cluster's Kubeflow Pipelines: upload a pipeline, create a run, follow
// it to its end, list it with a filter, read its logs, terminate one, archive an experiment.
// And profiles and contributors through KFAM, checked with the real kubectl.

#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString firstMatch(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).captured(1);
}

// uid -> resourceVersion of the items of a list printed as JSON.
QMap<QString, QString> versions(const QString &json)
{
    QMap<QString, QString> m;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(json.toUtf8()).object().value(u"items").toArray()) {
        const QJsonObject meta = item.toObject().value(u"metadata").toObject();
        m.insert(meta.value(u"uid").toString(), meta.value(u"resourceVersion").toString());
    }
    return m;
}

} // namespace

class TestClusterCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void contextsAsKubectlSeesThem();
    void checkReportsVersionAndIdentity();
    void listsEqualKubectl_data();
    void listsEqualKubectl();
    void permissionDeniedIsExplained();
    void unknownKindAndContext();
    void execPluginNeedsApproveExec();
    void uploadRunFollowAndList();
    void terminateAndArchive();
    void backendOptionsAreChecked();
    void profilesAndContributors();

private:
    QJsonObject json(const Run &r) const { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    QString pipelineFile() const;
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KUBECONFIG"_qs, m_kubeconfig);
        env.insert(u"HOME"_qs, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        return env;
    }
    Run run(const QString &program, const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_qs;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run workbench(const QStringList &args) const { return run(m_app, args); }

    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_app;
    QString m_kubectl;
    QString m_kubeconfig;
    QString m_server;
};

void TestClusterCli::initTestCase()
{
    m_app = qEnvironmentVariable("KFW_APP_BINARY");
    const QString sim = qEnvironmentVariable("KFW_CLUSTER_SIM");
    QVERIFY2(QFile::exists(m_app) && QFile::exists(sim),
             "ctest sets KFW_APP_BINARY and KFW_CLUSTER_SIM");
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_qs);
    m_kubeconfig = m_dir.filePath(u"kubeconfig"_qs);
    QString error;
    m_server = kfw::sim::startSimulatorProcess(
        m_sim, sim,
        {u"--tls"_qs, u"--seed"_qs, u"demo"_qs, u"--kfp-run-seconds"_qs, u"2"_qs,
         u"--write-kubeconfig"_qs, m_kubeconfig},
        &error);
    QVERIFY2(m_server.startsWith(u"https://"), qPrintable(error));
}

void TestClusterCli::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.kill();
        m_sim.waitForFinished();
    }
}

void TestClusterCli::contextsAsKubectlSeesThem()
{
    const Run r = workbench({u"cluster"_qs, u"contexts"_qs, u"--json"_qs});
    QCOMPARE(r.code, 0);
    const QJsonArray contexts =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"contexts").toArray();
    QStringList names;
    for (const QJsonValue &c : contexts) {
        names << c.toObject().value(u"name").toString();
        QCOMPARE(c.toObject().value(u"server").toString(), m_server);
    }
    QCOMPARE(names, (QStringList{u"kfw-sim"_qs, u"kfw-sim-cert"_qs, u"kfw-sim-user"_qs}));
    QCOMPARE(contexts.at(0).toObject().value(u"current").toBool(), true);
    QCOMPARE(contexts.at(1).toObject().value(u"auth").toString(), u"client certificate"_qs);
    QCOMPARE(contexts.at(2).toObject().value(u"namespace").toString(),
             u"kubeflow-user-example-com"_qs);
    if (m_kubectl.isEmpty())
        return;
    const Run kubectl = run(m_kubectl, {u"config"_qs, u"get-contexts"_qs, u"-o"_qs, u"name"_qs});
    QCOMPARE(kubectl.code, 0);
    QStringList kubectlNames = kubectl.out.split(u'\n', Qt::SkipEmptyParts);
    kubectlNames.sort();
    QCOMPARE(names, kubectlNames);
}

void TestClusterCli::checkReportsVersionAndIdentity()
{
    const Run admin = workbench({u"cluster"_qs, u"check"_qs});
    QCOMPARE(admin.code, 0);
    QCOMPARE(admin.out.section(u'\n', 0, 0),
             QStringLiteral("Connected to %1 (Kubernetes v1.31.0-kfw-sim) as kubernetes-admin.")
                 .arg(m_server));
    QVERIFY(admin.out.contains(u"You may list namespaces."_qs));
    QVERIFY(admin.out.contains(u"notebooks.kubeflow.org"_qs));

    const Run cert =
        workbench({u"cluster"_qs, u"check"_qs, u"--context"_qs, u"kfw-sim-cert"_qs, u"--json"_qs});
    QCOMPARE(cert.code, 0);
    QCOMPARE(QJsonDocument::fromJson(cert.out.toUtf8()).object().value(u"user").toString(),
             u"cert-admin"_qs);

    const Run user =
        workbench({u"cluster"_qs, u"check"_qs, u"--context"_qs, u"kfw-sim-user"_qs, u"--json"_qs});
    QCOMPARE(user.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(user.out.toUtf8()).object();
    QCOMPARE(o.value(u"user").toString(), u"user@example.com"_qs);
    QCOMPARE(o.value(u"canListNamespaces").toBool(true), false);
}

void TestClusterCli::listsEqualKubectl_data()
{
    QTest::addColumn<QStringList>("ours");
    QTest::addColumn<QStringList>("theirs");
    QTest::addRow("notebooks, all namespaces")
        << QStringList{u"notebooks"_qs, u"-A"_qs} << QStringList{u"notebooks"_qs, u"-A"_qs};
    QTest::addRow("pods in one namespace") << QStringList{u"pods"_qs, u"-n"_qs, u"team-vision"_qs}
                                           << QStringList{u"pods"_qs, u"-n"_qs, u"team-vision"_qs};
    QTest::addRow("profiles (cluster-scoped)")
        << QStringList{u"profiles"_qs} << QStringList{u"profiles"_qs};
    QTest::addRow("label selector")
        << QStringList{u"pods"_qs, u"-A"_qs, u"-l"_qs, u"notebook-name=segmentation"_qs}
        << QStringList{u"pods"_qs, u"-A"_qs, u"-l"_qs, u"notebook-name=segmentation"_qs};
    QTest::addRow("the context's namespace")
        << QStringList{u"notebooks"_qs, u"--context"_qs, u"kfw-sim-user"_qs}
        << QStringList{u"notebooks"_qs, u"--context"_qs, u"kfw-sim-user"_qs};
}

void TestClusterCli::listsEqualKubectl()
{
    QFETCH(QStringList, ours);
    QFETCH(QStringList, theirs);
    const Run r =
        workbench(QStringList{u"cluster"_qs, u"get"_qs} + ours + QStringList{u"--json"_qs});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    const QMap<QString, QString> seen = versions(r.out);
    QVERIFY(!seen.isEmpty());
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed; install it to compare with what kubectl sees");
    const Run kubectl =
        run(m_kubectl, QStringList{u"get"_qs} + theirs + QStringList{u"-o"_qs, u"json"_qs});
    QCOMPARE(kubectl.code, 0);
    QCOMPARE(seen, versions(kubectl.out));
}

void TestClusterCli::permissionDeniedIsExplained()
{
    const Run r = workbench({u"cluster"_qs, u"get"_qs, u"pods"_qs, u"-n"_qs, u"team-nlp"_qs,
                             u"--context"_qs, u"kfw-sim-user"_qs});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(),
             u"kubeflow-workbench: Permission denied: pods is forbidden: User \"user@example.com\" "
             "cannot list resource \"pods\" in API group \"\" in the namespace \"team-nlp\""_qs);
}

void TestClusterCli::unknownKindAndContext()
{
    const Run kind = workbench({u"cluster"_qs, u"get"_qs, u"widgets"_qs});
    QCOMPARE(kind.code, 2);
    QVERIFY2(kind.err.contains(u"Unknown kind \"widgets\". Kinds: namespaces, pods"_qs),
             qPrintable(kind.err));
    const Run context = workbench({u"cluster"_qs, u"check"_qs, u"--context"_qs, u"nope"_qs});
    QCOMPARE(context.code, 1);
    QVERIFY2(context.err.contains(u"\"nope\""_qs), qPrintable(context.err));
}

void TestClusterCli::execPluginNeedsApproveExec()
{
    // A second kubeconfig file adds a context whose user gets the admin token from a plugin.
    QFile kubeconfig(m_kubeconfig);
    QVERIFY(kubeconfig.open(QIODevice::ReadOnly));
    const QString token = firstMatch(QString::fromUtf8(kubeconfig.readAll()),
                                     u"name: kfw-sim-admin\\s+user:\\s+token: (\\S+)"_qs);
    QVERIFY(!token.isEmpty());
    const QString marker = m_dir.filePath(u"plugin-ran"_qs);
    const QString plugin = m_dir.filePath(u"plugin.sh"_qs);
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "#!/bin/sh\ntouch '" + marker.toUtf8() +
        "'\n"
        "echo '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
        "\"status\":{\"token\":\"" +
        token.toUtf8() + "\"}}'\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    const QString extra = m_dir.filePath(u"extra-config"_qs);
    QFile extraFile(extra);
    QVERIFY(extraFile.open(QIODevice::WriteOnly));
    extraFile.write(
        "apiVersion: v1\nkind: Config\nusers:\n- name: plugin\n  user:\n    exec:\n"
        "      apiVersion: client.authentication.k8s.io/v1\n      command: " +
        plugin.toUtf8() +
        "\n"
        "      interactiveMode: Never\n"
        "contexts:\n- name: via-plugin\n  context:\n    cluster: kfw-sim\n    user: plugin\n");
    extraFile.close();

    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(u"KUBECONFIG"_qs, m_kubeconfig + u':' + extra);
    p.setProcessEnvironment(env);
    p.start(m_app, {u"cluster"_qs, u"check"_qs, u"--context"_qs, u"via-plugin"_qs});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString refused = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(refused.contains(u"Command: "_qs + plugin), qPrintable(refused));
    QVERIFY2(refused.contains(u"Pass --approve-exec"_qs), qPrintable(refused));
    QVERIFY(!QFile::exists(marker));

    p.start(m_app,
            {u"cluster"_qs, u"check"_qs, u"--context"_qs, u"via-plugin"_qs, u"--approve-exec"_qs});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(marker));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"as kubernetes-admin."_qs));

    // --approve-exec is for that command only.
    QFile::remove(marker);
    p.start(m_app, {u"cluster"_qs, u"check"_qs, u"--context"_qs, u"via-plugin"_qs});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!QFile::exists(marker));
}

QString TestClusterCli::pipelineFile() const
{
    const QString path = m_dir.filePath(u"greet.yaml"_qs);
    QFile f(path);
    if (f.exists() || !f.open(QIODevice::WriteOnly))
        return path;
    f.write(R"(# PIPELINE DEFINITION
# Name: greet
components:
  comp-say:
    executorLabel: exec-say
    inputDefinitions:
      parameters:
        msg:
          parameterType: STRING
deploymentSpec:
  executors:
    exec-say:
      container:
        image: python:3.11
        command: [sh, -c, 'echo "$0"', '{{$.inputs.parameters[''msg'']}}']
pipelineInfo:
  name: greet
root:
  dag:
    tasks:
      say:
        componentRef:
          name: comp-say
        inputs:
          parameters:
            msg:
              componentInputParameter: msg
        taskInfo:
          name: say
  inputDefinitions:
    parameters:
      msg:
        parameterType: STRING
        defaultValue: hi
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)");
    return path;
}

void TestClusterCli::uploadRunFollowAndList()
{
    const QStringList cluster{u"--context"_qs, u"kfw-sim"_qs, u"--namespace"_qs, u"team-cli"_qs};
    const Run uploaded = workbench(cluster + QStringList{u"--json"_qs, u"pipelines"_qs,
                                                         u"upload"_qs, pipelineFile()});
    QVERIFY2(uploaded.code == 0, qPrintable(uploaded.err));
    const QString pipelineId = json(uploaded).value(u"pipeline_id").toString();
    QVERIFY(!pipelineId.isEmpty());

    // Listed in the namespace it was uploaded to, by name.
    const Run listed = workbench(cluster + QStringList{u"--json"_qs, u"pipelines"_qs, u"list"_qs,
                                                       u"--filter"_qs, u"gre"_qs});
    QCOMPARE(listed.code, 0);
    const QJsonArray pipelines = json(listed).value(u"pipelines").toArray();
    QCOMPARE(pipelines.size(), 1);
    QCOMPARE(pipelines.at(0).toObject().value(u"pipeline_id").toString(), pipelineId);

    // A run of it, followed to its end; the experiment is created on the way.
    const Run ran = workbench(
        cluster + QStringList{u"--json"_qs, u"runs"_qs, u"create"_qs, u"--pipeline"_qs,
                              u"greet"_qs, u"-p"_qs, u"msg=hello there"_qs, u"--experiment"_qs,
                              u"cli-exp"_qs, u"--name"_qs, u"greet-nightly"_qs, u"--wait"_qs});
    QVERIFY2(ran.code == 0, qPrintable(ran.err));
    QVERIFY2(ran.err.contains(u"Created experiment cli-exp"), qPrintable(ran.err));
    QVERIFY2(ran.err.contains(u" SUCCEEDED"), qPrintable(ran.err));
    const QJsonObject run = json(ran);
    QCOMPARE(run.value(u"state").toString(), u"SUCCEEDED"_qs);
    QCOMPARE(run.value(u"parameters").toObject().value(u"msg").toString(), u"hello there"_qs);
    const QString runId = run.value(u"run_id").toString();
    QCOMPARE(run.value(u"tasks").toArray().size(), 1);

    // Listed with a filter on its name, and not among the failed ones.
    const Run byName = workbench(cluster + QStringList{u"--json"_qs, u"runs"_qs, u"list"_qs,
                                                       u"--filter"_qs, u"nightly"_qs});
    QCOMPARE(byName.code, 0);
    const QJsonArray runs = json(byName).value(u"runs").toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).toObject().value(u"run_id").toString(), runId);
    const Run failed = workbench(cluster + QStringList{u"--json"_qs, u"runs"_qs, u"list"_qs,
                                                       u"--state"_qs, u"failed"_qs});
    QCOMPARE(failed.code, 0);
    QCOMPARE(json(failed).value(u"runs").toArray().size(), 0);
    const Run inExperiment = workbench(cluster + QStringList{u"runs"_qs, u"list"_qs,
                                                             u"--experiment"_qs, u"cli-exp"_qs});
    QCOMPARE(inExperiment.code, 0);
    QVERIFY(inExperiment.out.contains(runId));

    // Its task's log, from the task's pod.
    const Run logs = workbench(cluster + QStringList{u"runs"_qs, u"logs"_qs, runId, u"say"_qs});
    QVERIFY2(logs.code == 0, qPrintable(logs.err));
    QVERIFY2(logs.out.contains(u"say: started (run "_qs + runId), qPrintable(logs.out));
    QVERIFY(logs.out.contains(u"say: SUCCEEDED"));
    const Run get = workbench(cluster + QStringList{u"runs"_qs, u"get"_qs, runId});
    QCOMPARE(get.code, 0);
    QVERIFY(get.out.startsWith(u"greet-nightly  SUCCEEDED"));

    // A second version, then the pipeline goes with both.
    const Run version = workbench(cluster + QStringList{u"--json"_qs, u"pipelines"_qs,
                                                        u"upload"_qs, pipelineFile(),
                                                        u"--pipeline"_qs, u"greet"_qs,
                                                        u"--name"_qs, u"v2"_qs});
    QVERIFY2(version.code == 0, qPrintable(version.err));
    const Run got = workbench(cluster + QStringList{u"--json"_qs, u"pipelines"_qs, u"get"_qs,
                                                    pipelineId});
    QCOMPARE(json(got).value(u"versions").toArray().size(), 2);
    QCOMPARE(workbench(cluster + QStringList{u"pipelines"_qs, u"delete"_qs, u"greet"_qs}).code, 0);
    const Run gone = workbench(cluster + QStringList{u"pipelines"_qs, u"get"_qs, u"greet"_qs});
    QCOMPARE(gone.code, 1);
    QVERIFY2(gone.err.contains(u"no pipeline"), qPrintable(gone.err));
}

void TestClusterCli::terminateAndArchive()
{
    // A run that takes its time, so that it is still going when terminated (the simulator's
    // control endpoint, reached with kubectl as the administrator).
    if (m_kubectl.isEmpty())
        QSKIP("kubectl is not installed; install it to slow the simulator's runs down");
    const QString slow = m_dir.filePath(u"slow.json"_qs);
    QFile body(slow);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(R"({"runSeconds": 60})");
    body.close();
    const Run slowed = run(m_kubectl, {u"create"_qs, u"--raw"_qs, u"/_sim/kfp"_qs, u"-f"_qs, slow});
    QVERIFY2(slowed.code == 0, qPrintable(slowed.err));
    const auto restore = qScopeGuard([&] {
        QFile quick(slow);
        if (quick.open(QIODevice::WriteOnly))
            quick.write(R"({"runSeconds": 2})");
        quick.close();
        run(m_kubectl, {u"create"_qs, u"--raw"_qs, u"/_sim/kfp"_qs, u"-f"_qs, slow});
    });

    // The options may also come after the command.
    const QStringList cluster{u"--context"_qs, u"kfw-sim"_qs, u"-n"_qs, u"team-stop"_qs};
    const Run started = workbench(QStringList{u"--json"_qs, u"runs"_qs, u"create"_qs,
                                              pipelineFile(), u"--experiment"_qs,
                                              u"to-archive"_qs} +
                                  cluster);
    QVERIFY2(started.code == 0, qPrintable(started.err));
    const QString runId = json(started).value(u"run_id").toString();
    QVERIFY(!runId.isEmpty());
    const Run stopped = workbench(QStringList{u"runs"_qs, u"terminate"_qs, runId} + cluster);
    QVERIFY2(stopped.code == 0, qPrintable(stopped.err));
    QTRY_VERIFY_WITH_TIMEOUT(
        json(workbench(QStringList{u"--json"_qs, u"runs"_qs, u"get"_qs, runId} + cluster))
                .value(u"state")
                .toString() == u"CANCELED",
        20000);

    QCOMPARE(workbench(QStringList{u"experiments"_qs, u"archive"_qs, u"to-archive"_qs} + cluster)
                 .code,
             0);
    const Run active = workbench(QStringList{u"--json"_qs, u"experiments"_qs, u"list"_qs} + cluster);
    QCOMPARE(json(active).value(u"experiments").toArray().size(), 0);
    const Run archived = workbench(
        QStringList{u"--json"_qs, u"experiments"_qs, u"list"_qs, u"--archived"_qs} + cluster);
    QCOMPARE(json(archived).value(u"experiments").toArray().size(), 1);
    // Its runs are archived with it.
    const Run runs = workbench(QStringList{u"--json"_qs, u"runs"_qs, u"list"_qs} + cluster);
    QCOMPARE(json(runs).value(u"runs").toArray().size(), 0);
    QCOMPARE(workbench(QStringList{u"experiments"_qs, u"unarchive"_qs, u"to-archive"_qs} + cluster)
                 .code,
             0);
}

void TestClusterCli::backendOptionsAreChecked()
{
    const Run both = workbench({u"--context"_qs, u"kfw-sim"_qs, u"--local"_qs, u"pipelines"_qs,
                                u"list"_qs});
    QCOMPARE(both.code, 2);
    QVERIFY(both.err.contains(u"--context and --local"));
    const Run localNamespace =
        workbench({u"pipelines"_qs, u"list"_qs, u"--namespace"_qs, u"team-a"_qs});
    QCOMPARE(localNamespace.code, 2);
    QVERIFY(localNamespace.err.contains(u"--namespace needs --context"));
    const Run unknown = workbench({u"--context"_qs, u"nowhere"_qs, u"runs"_qs, u"list"_qs});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(u"no context 'nowhere'"), qPrintable(unknown.err));
    // A user who may not use the API server's service proxy is told why, and what to do.
    const Run user = workbench({u"--context"_qs, u"kfw-sim-user"_qs, u"pipelines"_qs, u"list"_qs});
    QCOMPARE(user.code, 1);
    QVERIFY2(user.err.contains(u"services/proxy"), qPrintable(user.err));
    QVERIFY2(user.err.contains(u"gateway"), qPrintable(user.err));
    // Without --context the workstation answers.
    const Run local = workbench({u"--json"_qs, u"pipelines"_qs, u"list"_qs});
    QCOMPARE(local.code, 0);
    QCOMPARE(json(local).value(u"pipelines").toArray().size(), 0);
}

void TestClusterCli::profilesAndContributors()
{
    const QStringList admin{u"--context"_qs, u"kfw-sim"_qs};
    // The demo cluster's profiles, with owners and quotas.
    const Run listed = workbench(admin + QStringList{u"--json"_qs, u"profiles"_qs, u"list"_qs});
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QMap<QString, QString> owners;
    for (const QJsonValue &p : json(listed).value(u"profiles").toArray())
        owners.insert(p.toObject().value(u"name").toString(),
                      p.toObject().value(u"owner").toString());
    QCOMPARE(owners.value(u"kubeflow-user-example-com"_qs), u"user@example.com"_qs);
    QCOMPARE(owners.value(u"team-vision"_qs), u"ana@example.com"_qs);

    const Run created =
        workbench(admin + QStringList{u"profiles"_qs, u"create"_qs, u"cli-lab"_qs, u"--owner"_qs,
                                      u"user@example.com"_qs, u"--cpu"_qs, u"2"_qs,
                                      u"--memory"_qs, u"4Gi"_qs});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    if (!m_kubectl.isEmpty()) {
        // What the real kubectl sees: the controller's namespace and quota.
        QTRY_VERIFY_WITH_TIMEOUT(run(m_kubectl, {u"get"_qs, u"namespace"_qs, u"cli-lab"_qs}).code ==
                                     0,
                                 10000);
        const Run quota = run(m_kubectl, {u"get"_qs, u"resourcequota"_qs, u"kf-resource-quota"_qs,
                                          u"-n"_qs, u"cli-lab"_qs, u"-o"_qs, u"json"_qs});
        QVERIFY2(quota.code == 0, qPrintable(quota.err));
        QCOMPARE(json(quota).value(u"spec").toObject().value(u"hard").toObject(),
                 (QJsonObject{{u"cpu"_qs, u"2"_qs}, {u"memory"_qs, u"4Gi"_qs}}));
    }

    const Run added = workbench(admin + QStringList{u"contributors"_qs, u"add"_qs, u"cli-lab"_qs,
                                                    u"bo@example.com"_qs, u"--role"_qs, u"view"_qs});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const Run contributors = workbench(
        admin + QStringList{u"--json"_qs, u"contributors"_qs, u"list"_qs, u"cli-lab"_qs});
    QVERIFY2(contributors.code == 0, qPrintable(contributors.err));
    QStringList seen;
    for (const QJsonValue &c : json(contributors).value(u"contributors").toArray())
        seen << c.toObject().value(u"user").toString() + u'=' +
                    c.toObject().value(u"role").toString();
    QCOMPARE(seen, (QStringList{u"user@example.com=owner"_qs, u"bo@example.com=view"_qs}));
    if (!m_kubectl.isEmpty())
        QCOMPARE(run(m_kubectl, {u"get"_qs, u"rolebinding"_qs, u"-n"_qs, u"cli-lab"_qs,
                                 u"user-bo-example-com-clusterrole-view"_qs})
                     .code,
                 0);
    const Run badRole = workbench(admin + QStringList{u"contributors"_qs, u"add"_qs, u"cli-lab"_qs,
                                                      u"x@example.com"_qs, u"--role"_qs, u"boss"_qs});
    QCOMPARE(badRole.code, 2);
    QVERIFY2(badRole.err.contains(u"admin, edit or view"), qPrintable(badRole.err));
    QCOMPARE(workbench(admin + QStringList{u"contributors"_qs, u"remove"_qs, u"cli-lab"_qs,
                                           u"bo@example.com"_qs})
                 .code,
             0);

    // The user's context may not use the kubeflow namespace's service proxy: told what to do.
    const Run refused =
        workbench({u"--context"_qs, u"kfw-sim-user"_qs, u"contributors"_qs, u"add"_qs,
                   u"kubeflow-user-example-com"_qs, u"bo@example.com"_qs});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"gateway"), qPrintable(refused.err));
    // Profiles are a cluster's.
    const Run local = workbench({u"--local"_qs, u"profiles"_qs, u"list"_qs});
    QCOMPARE(local.code, 2);
    QVERIFY2(local.err.contains(u"Profiles belong to Kubeflow clusters"), qPrintable(local.err));

    const Run unconfirmed =
        workbench(admin + QStringList{u"profiles"_qs, u"delete"_qs, u"cli-lab"_qs});
    QCOMPARE(unconfirmed.code, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"), qPrintable(unconfirmed.err));
    const Run deleted =
        workbench(admin + QStringList{u"profiles"_qs, u"delete"_qs, u"cli-lab"_qs, u"--yes"_qs});
    QVERIFY2(deleted.code == 0, qPrintable(deleted.err));
    if (!m_kubectl.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(
            run(m_kubectl, {u"get"_qs, u"namespace"_qs, u"cli-lab"_qs}).code != 0, 10000);
}

QTEST_GUILESS_MAIN(TestClusterCli)
#include "tst_cluster_cli.moc"
