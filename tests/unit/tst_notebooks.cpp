// The Jupyter web app's view of notebooks, as the cluster backend reproduces it: status
// derivation over every phase, the spawner configuration, and the objects the spawner form
// creates (expected objects written from the web app's documented behaviour).

#include "cluster/kubeflow/notebooks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kfw;
using namespace kfw::backend;
namespace nb = kfw::kubeflow::notebooks;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

const QDateTime kNow = QDateTime::fromString(u"2026-11-29T10:00:00Z"_qs, Qt::ISODate);

QJsonObject notebook(const QJsonObject &status, const QJsonObject &annotations = {},
                     const QString &created = u"2026-11-29T09:00:00Z"_qs, bool deleting = false)
{
    QJsonObject metadata{{u"name"_qs, u"nb"_qs},
                         {u"namespace"_qs, u"team"_qs},
                         {u"creationTimestamp"_qs, created},
                         {u"annotations"_qs, annotations}};
    if (deleting)
        metadata.insert(u"deletionTimestamp"_qs, u"2026-11-29T09:59:00Z"_qs);
    return QJsonObject{{u"metadata"_qs, metadata}, {u"status"_qs, status}};
}

QJsonObject makeEvent(const QString &type, const QString &message, const QString &at)
{
    return QJsonObject{
        {u"type"_qs, type},
        {u"message"_qs, message},
        {u"reason"_qs, u"Reissued"_qs},
        {u"involvedObject"_qs, QJsonObject{{u"kind"_qs, u"Notebook"_qs}, {u"name"_qs, u"nb"_qs}}},
        {u"metadata"_qs, QJsonObject{{u"creationTimestamp"_qs, at}}}};
}

QString conformanceFile(const QString &relative)
{
    const QString dir = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + relative;
}

} // namespace

Q_DECLARE_METATYPE(kfw::backend::NotebookPhase)

class TestNotebooks : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void conformanceConfigIsTheDefault();
    void configOptionsAndReadOnly();
    void malformedConfig();
    void defaultNotebook();
    void everyChoice();
    void problems();
    void scaledLimits();
    void patches();
    void listInfo();
};

void TestNotebooks::status_data()
{
    QTest::addColumn<QJsonObject>("notebook");
    QTest::addColumn<QList<QJsonObject>>("events");
    QTest::addColumn<NotebookPhase>("phase");
    QTest::addColumn<QString>("message");

    const QJsonObject stop{{u"kubeflow-resource-stopped"_qs, u"2026-11-29T08:00:00Z"_qs}};
    const QJsonObject running = json(R"({"readyReplicas": 1,
        "containerState": {"running": {"startedAt": "2026-11-29T09:01:00Z"}}})");

    QTest::newRow("new, nothing reported yet")
        << notebook({}, {}, u"2026-11-29T09:59:55Z"_qs) << QList<QJsonObject>()
        << NotebookPhase::Waiting << u"Waiting for StatefulSet to create the underlying Pod."_qs;
    QTest::newRow("stopped") << notebook(json(R"({"readyReplicas": 0})"), stop)
                             << QList<QJsonObject>() << NotebookPhase::Stopped
                             << u"No Pods are currently running for this Notebook Server."_qs;
    QTest::newRow("stopping") << notebook(running, stop) << QList<QJsonObject>()
                              << NotebookPhase::Waiting << u"Notebook Server is stopping."_qs;
    QTest::newRow("stopped wins over deleting")
        << notebook(json(R"({"readyReplicas": 0})"), stop, u"2026-11-29T09:00:00Z"_qs, true)
        << QList<QJsonObject>() << NotebookPhase::Stopped
        << u"No Pods are currently running for this Notebook Server."_qs;
    QTest::newRow("deleting") << notebook(running, {}, u"2026-11-29T09:00:00Z"_qs, true)
                              << QList<QJsonObject>() << NotebookPhase::Terminating
                              << u"Deleting this Notebook Server."_qs;
    QTest::newRow("ready") << notebook(running) << QList<QJsonObject>() << NotebookPhase::Ready
                           << u"Running"_qs;
    QTest::newRow("pod initializing")
        << notebook(json(R"({"readyReplicas": 0,
               "containerState": {"waiting": {"reason": "PodInitializing"}}})"))
        << QList<QJsonObject>() << NotebookPhase::Waiting << u"PodInitializing"_qs;
    QTest::newRow("image pull back-off")
        << notebook(json(R"({"readyReplicas": 0, "containerState": {"waiting": {
               "reason": "ImagePullBackOff", "message": "Back-off pulling image \"x\""}}})"))
        << QList<QJsonObject>() << NotebookPhase::Warning
        << u"ImagePullBackOff: Back-off pulling image \"x\""_qs;
    QTest::newRow("waiting without message")
        << notebook(json(R"({"readyReplicas": 0,
               "containerState": {"waiting": {"reason": "CrashLoopBackOff"}}})"))
        << QList<QJsonObject>() << NotebookPhase::Warning
        << u"CrashLoopBackOff: No available message for container state."_qs;
    QTest::newRow("condition with a reason")
        << notebook(json(R"({"readyReplicas": 0, "containerState": {},
               "conditions": [{"type": "Initialized", "status": "True"},
                              {"type": "PodScheduled", "status": "False",
                               "reason": "Unschedulable",
                               "message": "0/3 nodes are available"}]})"))
        << QList<QJsonObject>() << NotebookPhase::Warning
        << u"Unschedulable: 0/3 nodes are available"_qs;
    const QList<QJsonObject> events{
        makeEvent(u"Warning"_qs, u"Reissued from pod/nb-0: an older warning"_qs,
                  u"2026-11-29T09:10:00Z"_qs),
        makeEvent(u"Warning"_qs, u"Reissued from pod/nb-0: the newest warning"_qs,
                  u"2026-11-29T09:20:00Z"_qs),
        makeEvent(u"Normal"_qs, u"Reissued from pod/nb-0: pulled"_qs, u"2026-11-29T09:30:00Z"_qs),
        makeEvent(u"Warning"_qs, u"about the notebook of that name before this one"_qs,
                  u"2026-11-28T09:00:00Z"_qs)};
    QTest::newRow("newest warning event")
        << notebook(json(R"({"readyReplicas": 0})")) << events << NotebookPhase::Warning
        << u"Reissued from pod/nb-0: the newest warning"_qs;
    QTest::newRow("events of an older notebook are not this one's")
        << notebook(json(R"({"readyReplicas": 0})")) << QList<QJsonObject>{events.last()}
        << NotebookPhase::Warning
        << u"Couldn't find any information for the status of this notebook."_qs;
}

void TestNotebooks::status()
{
    QFETCH(QJsonObject, notebook);
    QFETCH(QList<QJsonObject>, events);
    QFETCH(NotebookPhase, phase);
    QFETCH(QString, message);
    const NotebookStatus s = nb::status(notebook, events, kNow);
    QCOMPARE(phaseName(s.phase), phaseName(phase));
    QCOMPARE(s.message, message);
}

void TestNotebooks::conformanceConfigIsTheDefault()
{
    const QString path = conformanceFile(u"kubeflow/jupyter-web-app/spawner_ui_config.yaml"_qs);
    if (path.isEmpty() || !QFile::exists(path))
        QSKIP("KFW_CONFORMANCE_DIR/kubeflow/jupyter-web-app/spawner_ui_config.yaml is absent: "
              "the built-in defaults are not compared with the web app's");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SpawnerConfig read;
    QString error;
    QVERIFY2(nb::parseSpawnerConfig(file.readAll(), &read, &error), qPrintable(error));
    const SpawnerConfig d = nb::defaultSpawnerConfig();
    QCOMPARE(read.allowCustomImage, d.allowCustomImage);
    QCOMPARE(read.hideRegistry, d.hideRegistry);
    QCOMPARE(read.hideTag, d.hideTag);
    QCOMPARE(read.pullPolicy.value, d.pullPolicy.value);
    QCOMPARE(read.images.value, d.images.value);
    QCOMPARE(read.imagesGroupOne.value, d.imagesGroupOne.value);
    QCOMPARE(read.imagesGroupTwo.value, d.imagesGroupTwo.value);
    QCOMPARE(read.cpu.value, d.cpu.value);
    QCOMPARE(read.cpuLimitFactor, d.cpuLimitFactor);
    QCOMPARE(read.memory.value, d.memory.value);
    QCOMPARE(read.memoryLimitFactor, d.memoryLimitFactor);
    QCOMPARE(read.gpuVendor.value, d.gpuVendor.value);
    QCOMPARE(read.gpuVendors, d.gpuVendors);
    QCOMPARE(read.gpuCount.value, d.gpuCount.value);
    QCOMPARE(read.workspace.value.size(), 1);
    const NotebookVolume &w = read.workspace.value.first();
    const NotebookVolume &dw = d.workspace.value.first();
    QCOMPARE(w.mount, dw.mount);
    QCOMPARE(w.claim, dw.claim);
    QCOMPARE(w.size, dw.size);
    QCOMPARE(w.accessMode, dw.accessMode);
    QCOMPARE(w.storageClass, dw.storageClass);
    QCOMPARE(w.create, dw.create);
    QCOMPARE(read.dataVolumes.value.size(), 0);
    QCOMPARE(read.affinity.value, d.affinity.value);
    QCOMPARE(read.affinityOptions.size(), 0);
    QCOMPARE(read.tolerationGroup.value, d.tolerationGroup.value);
    QCOMPARE(read.tolerationOptions.size(), 0);
    QCOMPARE(read.sharedMemory.value, d.sharedMemory.value);
    QCOMPARE(read.configurations.value, d.configurations.value);
    for (bool readOnly :
         {read.pullPolicy.readOnly, read.cpu.readOnly, read.memory.readOnly, read.gpuCount.readOnly,
          read.workspace.readOnly, read.dataVolumes.readOnly, read.affinity.readOnly,
          read.tolerationGroup.readOnly, read.sharedMemory.readOnly, read.configurations.readOnly})
        QVERIFY(!readOnly);
}

void TestNotebooks::configOptionsAndReadOnly()
{
    const QByteArray yaml = R"(spawnerFormDefaults:
  allowCustomImage: false
  image:
    value: registry/lab:2
    options: [registry/lab:1, registry/lab:2]
  cpu: {readOnly: true, value: 2, limitFactor: none}
  memory: {value: 4Gi, limitFactor: "1.5"}
  gpus:
    readOnly: false
    value: {vendor: nvidia.com/gpu, vendors: [{limitsKey: nvidia.com/gpu, uiName: NVIDIA}], num: "1"}
  workspaceVolume: {readOnly: true, value: null}
  dataVolumes:
    value:
    - mount: /home/jovyan/data
      existingSource: {persistentVolumeClaim: {claimName: shared-data}}
  tolerationGroup:
    value: big
    options:
    - groupKey: big
      displayName: 16 CPU
      tolerations: [{key: dedicated, operator: Equal, value: big, effect: NoSchedule}]
  affinityConfig:
    value: ""
    options:
    - configKey: dedicated
      displayName: Dedicated node
      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: lifecycle, operator: In, values: [notebook]}]}]}}}
  shm: {readOnly: true, value: false}
  configurations: {value: [access-ml-pipeline]}
)";
    SpawnerConfig c;
    QString error;
    QVERIFY2(nb::parseSpawnerConfig(yaml, &c, &error), qPrintable(error));
    QVERIFY(!c.allowCustomImage);
    QCOMPARE(c.images.value, (QStringList{u"registry/lab:2"_qs, u"registry/lab:1"_qs}));
    QCOMPARE(c.cpu.value, u"2"_qs);
    QVERIFY(c.cpu.readOnly);
    QCOMPARE(c.cpuLimitFactor, u"none"_qs);
    QCOMPARE(c.memoryLimitFactor, u"1.5"_qs);
    QCOMPARE(c.gpuCount.value, u"1"_qs);
    QVERIFY(c.workspace.value.isEmpty());
    QVERIFY(c.workspace.readOnly);
    QCOMPARE(c.dataVolumes.value.size(), 1);
    QVERIFY(!c.dataVolumes.value.first().create);
    QCOMPARE(c.dataVolumes.value.first().claim, u"shared-data"_qs);
    QCOMPARE(c.tolerationOptions.size(), 1);
    QCOMPARE(c.tolerationOptions.first().displayName, u"16 CPU"_qs);
    QCOMPARE(c.affinityOptions.first().key, u"dedicated"_qs);
    QVERIFY(c.sharedMemory.readOnly);
    QVERIFY(!c.sharedMemory.value);
    QCOMPARE(c.configurations.value, QStringList{u"access-ml-pipeline"_qs});

    // The form starts from the configuration: no CPU limit ("none"), 4Gi × 1.5.
    const NotebookRequest r = defaultRequest(c);
    QCOMPARE(r.image, u"registry/lab:2"_qs);
    QCOMPARE(r.cpu, u"2"_qs);
    QCOMPARE(r.cpuLimit, QString());
    QCOMPARE(r.memory, u"4Gi"_qs);
    QCOMPARE(r.memoryLimit, u"6.0Gi"_qs);
    QCOMPARE(r.gpus, 1);
    QCOMPARE(r.gpuVendor, u"nvidia.com/gpu"_qs);
    QCOMPARE(r.tolerationGroup, u"big"_qs);
    QVERIFY(!r.sharedMemory);

    // An image the cluster does not offer is refused when custom images are not allowed.
    NotebookRequest custom = r;
    custom.name = u"lab"_qs;
    custom.image = u"docker.io/me/mine:1"_qs;
    QVERIFY(nb::plan(custom, c, u"team"_qs)
                .problems.contains(u"This cluster allows only the images it offers."_qs));
}

void TestNotebooks::malformedConfig()
{
    SpawnerConfig c;
    QString error;
    QVERIFY(!nb::parseSpawnerConfig("spawnerFormDefaults: [unclosed", &c, &error));
    QVERIFY2(error.contains(u"not valid YAML"_qs), qPrintable(error));
    QVERIFY(!nb::parseSpawnerConfig("something: else\n", &c, &error));
    QVERIFY2(error.contains(u"spawnerFormDefaults"_qs), qPrintable(error));
}

void TestNotebooks::defaultNotebook()
{
    // What the web app creates for "nb1" with its default configuration and the form left as
    // it comes (JupyterLab, shared memory on, the workspace volume).
    NotebookRequest r = defaultRequest(nb::defaultSpawnerConfig());
    r.name = u"nb1"_qs;
    r.creator = u"user@example.com"_qs;
    const NotebookPlan p = nb::plan(r, nb::defaultSpawnerConfig(), u"kubeflow-user"_qs);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(u'\n')));
    const QJsonObject expected = json(R"({
      "apiVersion": "kubeflow.org/v1", "kind": "Notebook",
      "metadata": {"name": "nb1", "namespace": "kubeflow-user", "labels": {"app": "nb1"},
        "annotations": {"notebooks.kubeflow.org/server-type": "jupyter",
                        "notebooks.kubeflow.org/creator": "user@example.com"}},
      "spec": {"template": {"spec": {
        "serviceAccountName": "default-editor",
        "containers": [{
          "name": "nb1",
          "image": "ghcr.io/kubeflow/kubeflow/notebook-servers/jupyter-scipy:v1.10.0",
          "imagePullPolicy": "IfNotPresent",
          "volumeMounts": [{"mountPath": "/dev/shm", "name": "dshm"},
                           {"mountPath": "/home/jovyan", "name": "nb1-workspace"}],
          "env": [],
          "resources": {"requests": {"cpu": "0.5", "memory": "1Gi"},
                        "limits": {"cpu": "0.6", "memory": "1.2Gi"}}}],
        "volumes": [{"name": "dshm", "emptyDir": {"medium": "Memory"}},
                    {"name": "nb1-workspace",
                     "persistentVolumeClaim": {"claimName": "nb1-workspace"}}],
        "tolerations": []}}}})");
    QCOMPARE(p.notebook, expected);
    QCOMPARE(p.volumes.size(), 1);
    QCOMPARE(p.volumes.first(), json(R"({"apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "metadata": {"name": "nb1-workspace"},
        "spec": {"accessModes": ["ReadWriteOnce"],
                 "resources": {"requests": {"storage": "5Gi"}}}})"));
}

void TestNotebooks::everyChoice()
{
    SpawnerConfig c = nb::defaultSpawnerConfig();
    c.tolerationOptions << SpawnerOption{u"big"_qs, u"Big nodes"_qs,
                                         QJsonArray{json(R"({"key": "dedicated",
                                             "operator": "Equal", "value": "big",
                                             "effect": "NoSchedule"})")}};
    c.affinityOptions << SpawnerOption{u"own"_qs, u"Own node"_qs,
                                       json(R"({"podAntiAffinity": {}})")};
    NotebookRequest r = defaultRequest(c);
    r.name = u"studio"_qs;
    r.serverType = ServerType::GroupTwo;
    r.image = c.imagesGroupTwo.value.first();
    r.cpu = u"2"_qs;
    r.cpuLimit.clear();
    r.memory = u"8Gi"_qs;
    r.memoryLimit = u"8Gi"_qs;
    r.gpus = 2;
    r.gpuVendor = u"nvidia.com/gpu"_qs;
    r.sharedMemory = false;
    r.configurations = {u"access-ml-pipeline"_qs};
    r.tolerationGroup = u"big"_qs;
    r.affinity = u"own"_qs;
    NotebookVolume data;
    data.mount = u"/home/jovyan/data"_qs;
    data.create = false;
    data.claim = u"shared-data"_qs;
    NotebookVolume scratch;
    scratch.mount = u"/home/jovyan/scratch"_qs;
    scratch.claim = u"{notebook-name}-datavol-1"_qs;
    scratch.size = u"20Gi"_qs;
    scratch.accessMode = u"ReadWriteMany"_qs;
    scratch.storageClass = u"fast"_qs;
    r.dataVolumes = {data, scratch};
    const NotebookPlan p = nb::plan(r, c, u"team"_qs);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(u'\n')));

    const QJsonObject metadata = p.notebook[u"metadata"_qs].toObject();
    QCOMPARE(metadata[u"labels"_qs].toObject(),
             json(R"({"app": "studio", "access-ml-pipeline": "true"})"));
    const QJsonObject annotations = metadata[u"annotations"_qs].toObject();
    QCOMPARE(annotations[u"notebooks.kubeflow.org/server-type"_qs].toString(), u"group-two"_qs);
    QCOMPARE(annotations[u"notebooks.kubeflow.org/http-rewrite-uri"_qs].toString(), u"/"_qs);
    QCOMPARE(annotations[u"notebooks.kubeflow.org/http-headers-request-set"_qs].toString(),
             u"{\"X-RStudio-Root-Path\":\"/notebook/team/studio/\"}"_qs);
    const QJsonObject pod = p.notebook[u"spec"_qs][u"template"_qs][u"spec"_qs].toObject();
    const QJsonObject container = pod[u"containers"_qs][0].toObject();
    // No CPU limit was given: the web app computes it from the factor (2 × 1.2).
    QCOMPARE(container[u"resources"_qs].toObject(),
             json(R"({"requests": {"cpu": "2", "memory": "8Gi"},
                      "limits": {"memory": "8Gi", "nvidia.com/gpu": "2"}})"));
    QCOMPARE(pod[u"volumes"_qs].toArray(), json(R"({"v": [
                 {"name": "shared-data",
                  "persistentVolumeClaim": {"claimName": "shared-data", "readOnly": false}},
                 {"name": "studio-datavol-1",
                  "persistentVolumeClaim": {"claimName": "studio-datavol-1"}},
                 {"name": "studio-workspace",
                  "persistentVolumeClaim": {"claimName": "studio-workspace"}}]})")[u"v"_qs]
                                               .toArray());
    QCOMPARE(container[u"volumeMounts"_qs].toArray().size(), 3);
    QCOMPARE(pod[u"tolerations"_qs].toArray(), c.tolerationOptions.first().value.toArray());
    QCOMPARE(pod[u"affinity"_qs].toObject(), json(R"({"podAntiAffinity": {}})"));
    QCOMPARE(p.volumes.size(), 2);
    QCOMPARE(p.volumes[0][u"metadata"_qs][u"name"_qs].toString(), u"studio-datavol-1"_qs);
    QCOMPARE(p.volumes[0][u"spec"_qs].toObject(),
             json(R"({"accessModes": ["ReadWriteMany"], "storageClassName": "fast",
                      "resources": {"requests": {"storage": "20Gi"}}})"));
    QCOMPARE(p.volumes[1][u"metadata"_qs][u"name"_qs].toString(), u"studio-workspace"_qs);
}

void TestNotebooks::problems()
{
    const SpawnerConfig c = nb::defaultSpawnerConfig();
    NotebookRequest r = defaultRequest(c);
    r.name = u"Bad_Name"_qs;
    r.cpu = u"2"_qs;
    r.cpuLimit = u"1"_qs;
    r.memory = u"lots"_qs;
    r.gpus = 1;
    r.gpuVendor.clear();
    NotebookVolume twice = r.workspace.first();
    twice.claim = u"other"_qs;
    r.dataVolumes = {twice};
    const QStringList problems = nb::plan(r, c, u"team"_qs).problems;
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(u"Name:"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"The CPU limit must not be smaller than the request."_qs),
             qPrintable(all));
    QVERIFY2(all.contains(u"Memory:"_qs), qPrintable(all));
    QVERIFY2(all.contains(u"Choose the GPU vendor."_qs), qPrintable(all));
    QVERIFY2(all.contains(u"Two volumes are mounted at /home/jovyan."_qs), qPrintable(all));

    r = defaultRequest(c);
    r.name = QString(53, u'a');
    QVERIFY(nb::plan(r, c, u"team"_qs)
                .problems.contains(u"Name: A notebook's name may have at most 52 characters."_qs));
    r.name = QString(52, u'a');
    QVERIFY(nb::plan(r, c, u"team"_qs).problems.isEmpty());
}

void TestNotebooks::scaledLimits()
{
    QCOMPARE(scaledLimit(u"0.5"_qs, u"1.2"_qs), u"0.6"_qs);
    QCOMPARE(scaledLimit(u"1Gi"_qs, u"1.2"_qs), u"1.2Gi"_qs);
    QCOMPARE(scaledLimit(u"4"_qs, u"1.2"_qs), u"4.8"_qs);
    QCOMPARE(scaledLimit(u"1.5Gi"_qs, u"2"_qs), u"3.0Gi"_qs);
    QCOMPARE(scaledLimit(u"1Gi"_qs, u"none"_qs), QString());
    QCOMPARE(scaledLimit(u"lots"_qs, u"1.2"_qs), QString());
}

void TestNotebooks::patches()
{
    const QDateTime at = QDateTime::fromString(u"2026-11-29T10:11:12.345Z"_qs, Qt::ISODateWithMs);
    QCOMPARE(
        nb::stopPatch(true, at),
        QByteArray(
            R"({"metadata":{"annotations":{"kubeflow-resource-stopped":"2026-11-29T10:11:12Z"}}})"));
    QCOMPARE(nb::stopPatch(false, at),
             QByteArray(R"({"metadata":{"annotations":{"kubeflow-resource-stopped":null}}})"));

    const QJsonObject stored = json(R"({"metadata": {"resourceVersion": "42"},
        "spec": {"template": {"spec": {"containers": [{"name": "nb",
          "resources": {"requests": {"cpu": "0.5", "memory": "1Gi"},
                        "limits": {"cpu": "0.6", "memory": "1.2Gi", "amd.com/gpu": "1"}}}]}}}})");
    const QJsonArray patch =
        QJsonDocument::fromJson(nb::resourcesPatch(stored, u"4"_qs, QString(), u"16Gi"_qs,
                                                   u"20Gi"_qs, 2, u"nvidia.com/gpu"_qs))
            .array();
    QCOMPARE(patch.size(), 2);
    QCOMPARE(patch[0].toObject(),
             json(R"({"op": "test", "path": "/metadata/resourceVersion", "value": "42"})"));
    QCOMPARE(patch[1].toObject(),
             json(R"({"op": "replace", "path": "/spec/template/spec/containers/0/resources",
                      "value": {"requests": {"cpu": "4", "memory": "16Gi"},
                                "limits": {"memory": "20Gi", "nvidia.com/gpu": "2"}}})"));
}

void TestNotebooks::listInfo()
{
    const QJsonObject stored = json(R"({"metadata": {"name": "lab", "namespace": "team",
        "creationTimestamp": "2026-11-28T09:00:00Z",
        "labels": {"app": "lab", "access-ml-pipeline": "true"},
        "annotations": {"notebooks.kubeflow.org/server-type": "group-one",
                        "notebooks.kubeflow.org/last-activity": "2026-11-29T09:41:00Z"}},
      "spec": {"template": {"spec": {"containers": [{"name": "lab", "image": "img:1",
          "resources": {"requests": {"cpu": "1", "memory": "2Gi"},
                        "limits": {"nvidia.com/gpu": "1"}}}],
        "volumes": [{"name": "dshm", "emptyDir": {"medium": "Memory"}},
                    {"name": "lab-workspace",
                     "persistentVolumeClaim": {"claimName": "lab-workspace"}}]}}},
      "status": {"readyReplicas": 1}})");
    const NotebookInfo n = nb::info(stored, {});
    QCOMPARE(n.name, u"lab"_qs);
    QCOMPARE(n.serverType, ServerType::GroupOne);
    QCOMPARE(n.image, u"img:1"_qs);
    QCOMPARE(n.cpu, u"1"_qs);
    QCOMPARE(n.memory, u"2Gi"_qs);
    QCOMPARE(n.gpus, 1);
    QCOMPARE(n.gpuVendor, u"nvidia.com/gpu"_qs);
    QCOMPARE(n.volumes, QStringList{u"lab-workspace"_qs});
    QCOMPARE(n.configurations, QStringList{u"access-ml-pipeline"_qs});
    QCOMPARE(n.lastActivity, QDateTime::fromString(u"2026-11-29T09:41:00Z"_qs, Qt::ISODate));
    QCOMPARE(n.status.phase, NotebookPhase::Ready);
    QVERIFY(!n.stopped);
}

QTEST_GUILESS_MAIN(TestNotebooks)
#include "tst_notebooks.moc"
