#include "simseed.h"

#include "simkfam.h"
#include "simnotebooks.h"
#include "simprofiles.h"
#include "simserver.h"
#include "simstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kfw::sim {

namespace {

QJsonObject metadata(const QString &name, const QJsonObject &labels = {},
                     const QJsonObject &annotations = {})
{
    QJsonObject m{{u"name"_qs, name}};
    if (!labels.isEmpty())
        m.insert(u"labels"_qs, labels);
    if (!annotations.isEmpty())
        m.insert(u"annotations"_qs, annotations);
    return m;
}

void put(SimStore *store, const SimKind &kind, const QString &ns, const QJsonObject &object)
{
    const SimResult created = store->create(kind, ns, object);
    Q_ASSERT(created.ok());
    if (object.contains(u"status") && kind.subresources.contains(u"status")) {
        const QString name = created.body.value(u"metadata").toObject().value(u"name").toString();
        QJsonObject withStatus = created.body;
        withStatus.insert(u"status"_qs, object.value(u"status"));
        store->update(kind, ns, name, withStatus, true);
    }
}

QJsonObject container(const QString &name, const QString &image, const QString &cpu,
                      const QString &memory)
{
    return QJsonObject{
        {u"name"_qs, name},
        {u"image"_qs, image},
        {u"resources"_qs,
         QJsonObject{{u"requests"_qs, QJsonObject{{u"cpu"_qs, cpu}, {u"memory"_qs, memory}}},
                     {u"limits"_qs, QJsonObject{{u"cpu"_qs, cpu}, {u"memory"_qs, memory}}}}}};
}

QJsonObject runningPodStatus()
{
    return QJsonObject{
        {u"phase"_qs, u"Running"_qs},
        {u"conditions"_qs,
         QJsonArray{QJsonObject{{u"type"_qs, u"Ready"_qs}, {u"status"_qs, u"True"_qs}}}},
        {u"containerStatuses"_qs,
         QJsonArray{QJsonObject{
             {u"name"_qs, u"main"_qs},
             {u"ready"_qs, true},
             {u"restartCount"_qs, 0},
             {u"state"_qs,
              QJsonObject{
                  {u"running"_qs, QJsonObject{{u"startedAt"_qs, u"2026-11-20T08:00:00Z"_qs}}}}}}}}};
}

// A string as Go's encoding/json writes it: HTML-safe (<, > and & escaped), other bytes as
// they are.
QByteArray goJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out = "\"";
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
        } else if (c == 0xe2 && i + 2 < utf8.size() && uchar(utf8.at(i + 1)) == 0x80 &&
                   (uchar(utf8.at(i + 2)) == 0xa8 || uchar(utf8.at(i + 2)) == 0xa9)) {
            // U+2028 and U+2029, which JavaScript takes for line ends.
            out += uchar(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out + '"';
}

// The suffix kustomize's configMapGenerator gives a ConfigMap (api/hasher): the SHA-256 of
// {"data":...,"kind":"ConfigMap","name":""} as Go writes it, its first ten hex digits with 0, 1,
// 3, a and e replaced. The name is empty because the hasher looks "metadata/name" up as one
// field and never finds it, so the suffix depends on the data alone.
QString kustomizeSuffix(const QJsonObject &data)
{
    QByteArray json = "{\"data\":{";
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it != data.begin())
            json += ',';
        json += goJson(it.key()) + ':' + goJson(it.value().toString());
    }
    json += "},\"kind\":\"ConfigMap\",\"name\":\"\"}";
    QByteArray hex = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(10);
    for (char &c : hex) {
        switch (c) {
        case '0':
            c = 'g';
            break;
        case '1':
            c = 'h';
            break;
        case '3':
            c = 'k';
            break;
        case 'a':
            c = 'm';
            break;
        case 'e':
            c = 't';
            break;
        default:
            break;
        }
    }
    return QString::fromLatin1(hex);
}

QByteArray conformanceFile(const QString &path)
{
    const QString dir = qEnvironmentVariable("KFW_CONFORMANCE_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(dir + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void seedPods(SimStore *store, int count, int namespaces)
{
    const SimKind &ns = simKind("", "v1", "namespaces");
    const SimKind &pods = simKind("", "v1", "pods");
    namespaces = std::max(1, namespaces);
    for (int n = 0; n < namespaces; ++n) {
        const QString name = QStringLiteral("load-%1").arg(n);
        if (!store->namespaceExists(name))
            store->create(ns, {}, QJsonObject{{u"metadata"_qs, metadata(name)}});
    }
    for (int i = 0; i < count; ++i) {
        const QString nsName = QStringLiteral("load-%1").arg(i % namespaces);
        QJsonObject pod{
            {u"metadata"_qs, metadata(QStringLiteral("worker-%1").arg(i, 6, 10, QLatin1Char('0')),
                                      QJsonObject{{u"app"_qs, u"load"_qs},
                                                  {u"shard"_qs, QString::number(i % 16)}})},
            {u"spec"_qs,
             QJsonObject{{u"nodeName"_qs, QStringLiteral("node-%1").arg(i % 8)},
                         {u"containers"_qs, QJsonArray{container(u"main"_qs, u"python:3.11"_qs,
                                                                 u"100m"_qs, u"128Mi"_qs)}}}},
            {u"status"_qs, runningPodStatus()}};
        store->create(pods, nsName, pod);
    }
}

void seedDemo(SimStore *store, SimServer *server)
{
    const SimKind &ns = simKind("", "v1", "namespaces");
    const SimKind &profiles = simKind("kubeflow.org", "v1", "profiles");
    const SimKind &roleBindings = simKind("rbac.authorization.k8s.io", "v1", "rolebindings");
    const SimKind &notebooks = simKind("kubeflow.org", "v1", "notebooks");
    const SimKind &nodes = simKind("", "v1", "nodes");
    const SimKind &nodeMetrics = simKind("metrics.k8s.io", "v1beta1", "nodes");
    const SimKind &podMetrics = simKind("metrics.k8s.io", "v1beta1", "pods");
    const SimKind &quotas = simKind("", "v1", "resourcequotas");
    const SimKind &pvcs = simKind("", "v1", "persistentvolumeclaims");
    const SimKind &experiments = simKind("kubeflow.org", "v1beta1", "experiments");
    const SimKind &isvcs = simKind("serving.kserve.io", "v1beta1", "inferenceservices");
    const SimKind &pytorch = simKind("kubeflow.org", "v1", "pytorchjobs");
    const SimKind &podDefaults = simKind("kubeflow.org", "v1alpha1", "poddefaults");
    const SimKind &configMaps = simKind("", "v1", "configmaps");

    for (const char *name : {"default", "kube-system", "kubeflow", "istio-system"})
        store->create(ns, {}, QJsonObject{{u"metadata"_qs, metadata(QString::fromLatin1(name))}});

    for (int i = 0; i < 3; ++i) {
        const QString nodeName = QStringLiteral("gpu-node-%1").arg(i);
        const bool gpu = i < 2;
        QJsonObject capacity{
            {u"cpu"_qs, u"32"_qs}, {u"memory"_qs, u"131072Mi"_qs}, {u"pods"_qs, u"110"_qs}};
        if (gpu)
            capacity.insert(u"nvidia.com/gpu"_qs, u"4"_qs);
        put(store, nodes, {},
            QJsonObject{{u"metadata"_qs,
                         metadata(nodeName, QJsonObject{{u"kubernetes.io/hostname"_qs, nodeName}})},
                        {u"status"_qs,
                         QJsonObject{{u"capacity"_qs, capacity},
                                     {u"allocatable"_qs, capacity},
                                     {u"conditions"_qs,
                                      QJsonArray{QJsonObject{{u"type"_qs, u"Ready"_qs},
                                                             {u"status"_qs, u"True"_qs}}}}}}});
        store->create(
            nodeMetrics, {},
            QJsonObject{
                {u"metadata"_qs, metadata(nodeName)},
                {u"timestamp"_qs, u"2026-11-28T10:00:00Z"_qs},
                {u"window"_qs, u"20s"_qs},
                {u"usage"_qs,
                 QJsonObject{{u"cpu"_qs, QStringLiteral("%1m").arg(4200 + i * 3100)},
                             {u"memory"_qs, QStringLiteral("%1Ki").arg(21000000 + i * 9000000)}}}});
    }

    struct Owner
    {
        const char *profile;
        const char *email;
    };
    const Owner owners[] = {{"kubeflow-user-example-com", "user@example.com"},
                            {"team-vision", "ana@example.com"},
                            {"team-nlp", "bo@example.com"}};
    for (const Owner &owner : owners) {
        const QString name = QString::fromLatin1(owner.profile);
        put(store, profiles, {},
            QJsonObject{
                {u"metadata"_qs, metadata(name)},
                {u"spec"_qs,
                 QJsonObject{
                     {u"owner"_qs, QJsonObject{{u"kind"_qs, u"User"_qs},
                                               {u"name"_qs, QString::fromLatin1(owner.email)}}},
                     {u"resourceQuotaSpec"_qs,
                      QJsonObject{
                          {u"hard"_qs, QJsonObject{{u"cpu"_qs, u"16"_qs},
                                                   {u"memory"_qs, u"64Gi"_qs},
                                                   {u"requests.nvidia.com/gpu"_qs, u"2"_qs}}}}}}},
                {u"status"_qs, QJsonObject{{u"conditions"_qs, QJsonArray()}}}});
    }
    // The profile controller makes each namespace, its namespaceAdmin binding, ServiceAccounts
    // and kf-resource-quota now, so that the namespaces can be filled below.
    server->profiles()->settle();
    // The user's PodDefaults are those of the Jupyter web app's test fixture (from a real
    // cluster, with what they inject); the other profiles keep a short access-ml-pipeline.
    QList<QJsonObject> fixtureDefaults;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(conformanceFile(u"kubeflow/jupyter-web-app/poddefaults.json"_qs))
             .object()
             .value(u"poddefaults")
             .toArray())
        fixtureDefaults << QJsonObject{
            {u"metadata"_qs, metadata(item[u"metadata"][u"name"].toString())},
            {u"spec"_qs, item[u"spec"]}};
    for (const Owner &owner : owners) {
        const QString name = QString::fromLatin1(owner.profile);
        const SimResult quota = store->get(quotas, name, u"kf-resource-quota"_qs);
        Q_ASSERT(quota.ok());
        QJsonObject status = quota.body.value(u"status").toObject();
        status.insert(u"used"_qs, QJsonObject{{u"cpu"_qs, u"3500m"_qs},
                                              {u"memory"_qs, u"14Gi"_qs},
                                              {u"requests.nvidia.com/gpu"_qs, u"1"_qs}});
        store->update(quotas, name, u"kf-resource-quota"_qs, QJsonObject{{u"status"_qs, status}},
                      true);
        if (name == u"kubeflow-user-example-com" && !fixtureDefaults.isEmpty()) {
            for (const QJsonObject &podDefault : std::as_const(fixtureDefaults))
                store->create(podDefaults, name, podDefault);
            continue;
        }
        store->create(
            podDefaults, name,
            QJsonObject{
                {u"metadata"_qs, metadata(u"access-ml-pipeline"_qs)},
                {u"spec"_qs,
                 QJsonObject{{u"desc"_qs, u"Allow access to Kubeflow Pipelines"_qs},
                             {u"selector"_qs,
                              QJsonObject{{u"matchLabels"_qs, QJsonObject{{u"access-ml-pipeline"_qs,
                                                                           u"true"_qs}}}}}}}});
    }

    // Contributors, as KFAM adds them from the dashboard's Manage Contributors page.
    const struct
    {
        const char *ns;
        const char *email;
        const char *role;
    } contributors[] = {{"team-vision", "user@example.com", "edit"},
                        {"kubeflow-user-example-com", "ana@example.com", "view"}};
    for (const auto &c : contributors) {
        const SimResult added = store->create(
            roleBindings, QString::fromLatin1(c.ns),
            SimKfam::roleBindingFor(QJsonObject{
                {u"user"_qs,
                 QJsonObject{{u"kind"_qs, u"User"_qs}, {u"name"_qs, QString::fromLatin1(c.email)}}},
                {u"referredNamespace"_qs, QString::fromLatin1(c.ns)},
                {u"RoleRef"_qs, QJsonObject{{u"kind"_qs, u"ClusterRole"_qs},
                                            {u"name"_qs, QString::fromLatin1(c.role)}}}}));
        Q_ASSERT(added.ok());
        Q_UNUSED(added)
    }

    // Notebooks as the Jupyter web app makes them, in the states a user meets. The notebook
    // controller runs them (fast-forwarded below, as if long started): a Secret that does not
    // exist keeps detector-tuning's pod in ContainerCreating, and an image by
    // SimNotebooks::imageMissing() keeps tokenizer-lab's pulling.
    enum class State
    {
        Ready,
        Stopped,
        SecretMissing,
        ImageMissing
    };
    struct Notebook
    {
        const char *ns;
        const char *name;
        const char *image;
        const char *cpu;
        const char *memory;
        State state;
    };
    const Notebook books[] = {
        {"kubeflow-user-example-com", "churn-analysis", "kubeflownotebookswg/jupyter-scipy:v1.9.0",
         "1", "4Gi", State::Ready},
        {"kubeflow-user-example-com", "feature-store",
         "kubeflownotebookswg/codeserver-python:v1.9.0", "500m", "2Gi", State::Ready},
        {"kubeflow-user-example-com", "old-experiments", "kubeflownotebookswg/jupyter-scipy:v1.9.0",
         "1", "2Gi", State::Stopped},
        {"team-vision", "segmentation", "kubeflownotebookswg/jupyter-pytorch-cuda-full:v1.9.0", "4",
         "16Gi", State::Ready},
        {"team-vision", "detector-tuning", "kubeflownotebookswg/jupyter-pytorch-cuda-full:v1.9.0",
         "4", "32Gi", State::SecretMissing},
        {"team-nlp", "tokenizer-lab", "kubeflownotebookswg/jupyter-tensorflow-full:does-not-exist",
         "2", "8Gi", State::ImageMissing},
    };
    for (const Notebook &b : books) {
        const QString nsName = QString::fromLatin1(b.ns);
        const QString name = QString::fromLatin1(b.name);
        const QString image = QString::fromLatin1(b.image);
        const QString workspace = name + u"-workspace"_qs;
        QJsonObject annotations{
            {u"notebooks.kubeflow.org/server-type"_qs,
             image.contains(u"codeserver") ? u"group-one"_qs : u"jupyter"_qs},
            {u"notebooks.kubeflow.org/last-activity"_qs, u"2026-11-28T09:41:00Z"_qs}};
        if (b.state == State::Stopped)
            annotations.insert(u"kubeflow-resource-stopped"_qs, u"2026-11-27T18:00:00Z"_qs);
        put(store, pvcs, nsName,
            QJsonObject{{u"metadata"_qs, metadata(workspace)},
                        {u"spec"_qs,
                         QJsonObject{{u"accessModes"_qs, QJsonArray{u"ReadWriteOnce"_qs}},
                                     {u"resources"_qs,
                                      QJsonObject{{u"requests"_qs,
                                                   QJsonObject{{u"storage"_qs, u"10Gi"_qs}}}}}}},
                        {u"status"_qs, QJsonObject{{u"phase"_qs, u"Bound"_qs}}}});
        QJsonObject c =
            container(name, image, QString::fromLatin1(b.cpu), QString::fromLatin1(b.memory));
        c.insert(u"imagePullPolicy"_qs, u"IfNotPresent"_qs);
        QJsonArray mounts{
            QJsonObject{{u"mountPath"_qs, u"/home/jovyan"_qs}, {u"name"_qs, workspace}},
            QJsonObject{{u"mountPath"_qs, u"/dev/shm"_qs}, {u"name"_qs, u"dshm"_qs}}};
        QJsonArray volumes{
            QJsonObject{{u"name"_qs, workspace},
                        {u"persistentVolumeClaim"_qs, QJsonObject{{u"claimName"_qs, workspace}}}},
            QJsonObject{{u"name"_qs, u"dshm"_qs},
                        {u"emptyDir"_qs, QJsonObject{{u"medium"_qs, u"Memory"_qs}}}}};
        if (b.state == State::SecretMissing) {
            mounts.append(QJsonObject{{u"mountPath"_qs, u"/home/jovyan/.aws"_qs},
                                      {u"name"_qs, u"dataset-credentials"_qs},
                                      {u"readOnly"_qs, true}});
            volumes.append(QJsonObject{
                {u"name"_qs, u"dataset-credentials"_qs},
                {u"secret"_qs, QJsonObject{{u"secretName"_qs, u"dataset-credentials"_qs}}}});
        }
        c.insert(u"volumeMounts"_qs, mounts);
        store->create(
            notebooks, nsName,
            QJsonObject{
                {u"metadata"_qs, metadata(name, QJsonObject{{u"app"_qs, name}}, annotations)},
                {u"spec"_qs,
                 QJsonObject{
                     {u"template"_qs,
                      QJsonObject{
                          {u"spec"_qs, QJsonObject{{u"serviceAccountName"_qs, u"default-editor"_qs},
                                                   {u"containers"_qs, QJsonArray{c}},
                                                   {u"volumes"_qs, volumes}}}}}}}});
    }
    server->notebooks()->fastForward();
    // What the running notebooks' Jupyter servers use and have logged.
    for (const Notebook &b : books) {
        if (b.state != State::Ready)
            continue;
        const QString nsName = QString::fromLatin1(b.ns);
        const QString name = QString::fromLatin1(b.name);
        const QString podName = name + u"-0"_qs;
        store->create(podMetrics, nsName,
                      QJsonObject{{u"metadata"_qs, metadata(podName)},
                                  {u"timestamp"_qs, u"2026-11-28T10:00:00Z"_qs},
                                  {u"window"_qs, u"20s"_qs},
                                  {u"containers"_qs,
                                   QJsonArray{QJsonObject{
                                       {u"name"_qs, name},
                                       {u"usage"_qs, QJsonObject{{u"cpu"_qs, u"230m"_qs},
                                                                 {u"memory"_qs, u"812Mi"_qs}}}}}}});
        server->appendPodLog(
            nsName, podName, name,
            QStringLiteral("[I 2026-11-28 08:00:02 ServerApp] Jupyter Server is running at:\n"
                           "[I 2026-11-28 08:00:02 ServerApp] http://%1:8888/notebook/%2/%1/lab\n")
                .arg(name, nsName)
                .toUtf8());
    }

    put(store, experiments, u"kubeflow-user-example-com"_qs,
        QJsonObject{
            {u"metadata"_qs, metadata(u"random-search-lr"_qs)},
            {u"spec"_qs,
             QJsonObject{
                 {u"objective"_qs, QJsonObject{{u"type"_qs, u"maximize"_qs},
                                               {u"goal"_qs, 0.99},
                                               {u"objectiveMetricName"_qs, u"accuracy"_qs}}},
                 {u"algorithm"_qs, QJsonObject{{u"algorithmName"_qs, u"random"_qs}}},
                 {u"parallelTrialCount"_qs, 3},
                 {u"maxTrialCount"_qs, 12},
                 {u"maxFailedTrialCount"_qs, 3}}},
            {u"status"_qs,
             QJsonObject{{u"trials"_qs, 7},
                         {u"trialsSucceeded"_qs, 5},
                         {u"trialsRunning"_qs, 2},
                         {u"conditions"_qs,
                          QJsonArray{QJsonObject{{u"type"_qs, u"Running"_qs},
                                                 {u"status"_qs, u"True"_qs},
                                                 {u"reason"_qs, u"ExperimentRunning"_qs}}}}}}});
    put(store, isvcs, u"team-nlp"_qs,
        QJsonObject{
            {u"metadata"_qs, metadata(u"sentiment-bert"_qs)},
            {u"spec"_qs,
             QJsonObject{{u"predictor"_qs,
                          QJsonObject{{u"model"_qs,
                                       QJsonObject{{u"modelFormat"_qs,
                                                    QJsonObject{{u"name"_qs, u"huggingface"_qs}}},
                                                   {u"storageUri"_qs,
                                                    u"s3://models/sentiment-bert"_qs}}}}}}},
            {u"status"_qs,
             QJsonObject{
                 {u"url"_qs, u"http://sentiment-bert.team-nlp.example.com"_qs},
                 {u"conditions"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"Ready"_qs},
                                                           {u"status"_qs, u"True"_qs}}}}}}});
    put(store, pytorch, u"team-vision"_qs,
        QJsonObject{
            {u"metadata"_qs, metadata(u"resnet50-ddp"_qs)},
            {u"spec"_qs,
             QJsonObject{{u"pytorchReplicaSpecs"_qs,
                          QJsonObject{{u"Master"_qs, QJsonObject{{u"replicas"_qs, 1}}},
                                      {u"Worker"_qs, QJsonObject{{u"replicas"_qs, 3}}}}}}},
            {u"status"_qs, QJsonObject{{u"conditions"_qs,
                                        QJsonArray{QJsonObject{{u"type"_qs, u"Running"_qs},
                                                               {u"status"_qs, u"True"_qs}}}}}}});
    store->create(configMaps, u"kubeflow"_qs,
                  QJsonObject{{u"metadata"_qs, metadata(u"workbench-demo"_qs)},
                              {u"data"_qs, QJsonObject{{u"seeded"_qs, u"true"_qs}}}});

    // The Jupyter web app's configuration as kubeflow/manifests deploys it (configMapGenerator
    // "config" under namePrefix jupyter-web-app-, with the app's commonLabels), from the
    // upstream file as it is.
    const QByteArray spawnerConfig =
        conformanceFile(u"kubeflow/jupyter-web-app/spawner_ui_config.yaml"_qs);
    if (spawnerConfig.isEmpty()) {
        qWarning("kfw-cluster-sim: $KFW_CONFORMANCE_DIR/kubeflow/jupyter-web-app/"
                 "spawner_ui_config.yaml is not there: no jupyter-web-app-config ConfigMap");
    } else {
        const QJsonObject data{{u"spawner_ui_config.yaml"_qs, QString::fromUtf8(spawnerConfig)}};
        store->create(
            configMaps, u"kubeflow"_qs,
            QJsonObject{{u"metadata"_qs,
                         metadata(u"jupyter-web-app-config-"_qs + kustomizeSuffix(data),
                                  QJsonObject{{u"app"_qs, u"jupyter-web-app"_qs},
                                              {u"kustomize.component"_qs, u"jupyter-web-app"_qs}})},
                        {u"data"_qs, data}});
    }
}

} // namespace kfw::sim
