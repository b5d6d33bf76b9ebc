#include "simseed.h"

#include "simkfam.h"
#include "simprofiles.h"
#include "simserver.h"
#include "simstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kfw::sim {

namespace {

const SimKind &kindOf(const char *group, const char *version, const char *plural)
{
    const SimKind *k = findSimKind(QString::fromLatin1(group), QString::fromLatin1(version),
                                   QString::fromLatin1(plural));
    Q_ASSERT(k);
    return *k;
}

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

QJsonObject podStatus(const QString &phase, bool ready, const QString &waitingReason = {})
{
    QJsonObject state;
    if (!waitingReason.isEmpty())
        state.insert(u"waiting"_qs, QJsonObject{{u"reason"_qs, waitingReason}});
    else if (phase == u"Running")
        state.insert(u"running"_qs, QJsonObject{{u"startedAt"_qs, u"2026-11-20T08:00:00Z"_qs}});
    return QJsonObject{{u"phase"_qs, phase},
                       {u"conditions"_qs,
                        QJsonArray{QJsonObject{{u"type"_qs, u"Ready"_qs},
                                               {u"status"_qs, ready ? u"True"_qs : u"False"_qs}}}},
                       {u"containerStatuses"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                                        {u"ready"_qs, ready},
                                                                        {u"restartCount"_qs, 0},
                                                                        {u"state"_qs, state}}}}};
}

} // namespace

void seedPods(SimStore *store, int count, int namespaces)
{
    const SimKind &ns = kindOf("", "v1", "namespaces");
    const SimKind &pods = kindOf("", "v1", "pods");
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
            {u"status"_qs, podStatus(u"Running"_qs, true)}};
        store->create(pods, nsName, pod);
    }
}

void seedDemo(SimStore *store, SimServer *server)
{
    const SimKind &ns = kindOf("", "v1", "namespaces");
    const SimKind &profiles = kindOf("kubeflow.org", "v1", "profiles");
    const SimKind &roleBindings = kindOf("rbac.authorization.k8s.io", "v1", "rolebindings");
    const SimKind &notebooks = kindOf("kubeflow.org", "v1", "notebooks");
    const SimKind &pods = kindOf("", "v1", "pods");
    const SimKind &events = kindOf("", "v1", "events");
    const SimKind &nodes = kindOf("", "v1", "nodes");
    const SimKind &nodeMetrics = kindOf("metrics.k8s.io", "v1beta1", "nodes");
    const SimKind &podMetrics = kindOf("metrics.k8s.io", "v1beta1", "pods");
    const SimKind &quotas = kindOf("", "v1", "resourcequotas");
    const SimKind &pvcs = kindOf("", "v1", "persistentvolumeclaims");
    const SimKind &experiments = kindOf("kubeflow.org", "v1beta1", "experiments");
    const SimKind &isvcs = kindOf("serving.kserve.io", "v1beta1", "inferenceservices");
    const SimKind &pytorch = kindOf("kubeflow.org", "v1", "pytorchjobs");
    const SimKind &podDefaults = kindOf("kubeflow.org", "v1alpha1", "poddefaults");
    const SimKind &configMaps = kindOf("", "v1", "configmaps");

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

    struct Notebook
    {
        const char *ns;
        const char *name;
        const char *image;
        const char *cpu;
        const char *memory;
        const char *phase;
        bool ready;
        const char *waiting;
        bool stopped;
    };
    const Notebook books[] = {
        {"kubeflow-user-example-com", "churn-analysis", "kubeflownotebookswg/jupyter-scipy:v1.9.0",
         "1", "4Gi", "Running", true, "", false},
        {"kubeflow-user-example-com", "feature-store",
         "kubeflownotebookswg/codeserver-python:v1.9.0", "500m", "2Gi", "Running", true, "", false},
        {"kubeflow-user-example-com", "old-experiments", "kubeflownotebookswg/jupyter-scipy:v1.9.0",
         "1", "2Gi", "", false, "", true},
        {"team-vision", "segmentation", "kubeflownotebookswg/jupyter-pytorch-cuda-full:v1.9.0", "4",
         "16Gi", "Running", true, "", false},
        {"team-vision", "detector-tuning", "kubeflownotebookswg/jupyter-pytorch-cuda-full:v1.9.0",
         "4", "32Gi", "Pending", false, "ContainerCreating", false},
        {"team-nlp", "tokenizer-lab", "kubeflownotebookswg/jupyter-tensorflow-full:v1.9.0", "2",
         "8Gi", "Pending", false, "ImagePullBackOff", false},
    };
    for (const Notebook &b : books) {
        const QString nsName = QString::fromLatin1(b.ns);
        const QString name = QString::fromLatin1(b.name);
        QJsonObject annotations{
            {u"notebooks.kubeflow.org/server-type"_qs,
             QString::fromLatin1(b.image).contains(u"codeserver") ? u"group-one"_qs
                                                                  : u"jupyter"_qs},
            {u"notebooks.kubeflow.org/last-activity"_qs, u"2026-11-28T09:41:00Z"_qs}};
        if (b.stopped)
            annotations.insert(u"kubeflow-resource-stopped"_qs, u"2026-11-27T18:00:00Z"_qs);
        QJsonObject c = container(name, QString::fromLatin1(b.image), QString::fromLatin1(b.cpu),
                                  QString::fromLatin1(b.memory));
        put(store, pvcs, nsName,
            QJsonObject{{u"metadata"_qs, metadata(name + u"-workspace"_qs)},
                        {u"spec"_qs,
                         QJsonObject{{u"accessModes"_qs, QJsonArray{u"ReadWriteOnce"_qs}},
                                     {u"resources"_qs,
                                      QJsonObject{{u"requests"_qs,
                                                   QJsonObject{{u"storage"_qs, u"10Gi"_qs}}}}}}},
                        {u"status"_qs, QJsonObject{{u"phase"_qs, u"Bound"_qs}}}});
        put(store, notebooks, nsName,
            QJsonObject{
                {u"metadata"_qs, metadata(name, QJsonObject{{u"app"_qs, name}}, annotations)},
                {u"spec"_qs,
                 QJsonObject{
                     {u"template"_qs,
                      QJsonObject{{u"spec"_qs, QJsonObject{{u"containers"_qs, QJsonArray{c}}}}}}}},
                {u"status"_qs,
                 QJsonObject{
                     {u"readyReplicas"_qs, b.ready ? 1 : 0},
                     {u"conditions"_qs, QJsonArray()},
                     {u"containerState"_qs,
                      b.ready
                          ? QJsonObject{{u"running"_qs, QJsonObject{{u"startedAt"_qs,
                                                                     u"2026-11-28T08:00:00Z"_qs}}}}
                          : QJsonObject{
                                {u"waiting"_qs,
                                 QJsonObject{{u"reason"_qs, QString::fromLatin1(b.waiting)}}}}}}}});
        if (b.stopped)
            continue;
        const QString podName = name + u"-0"_qs;
        QJsonObject podSpec{
            {u"nodeName"_qs, u"gpu-node-0"_qs},
            {u"containers"_qs,
             QJsonArray{container(u"main"_qs, QString::fromLatin1(b.image),
                                  QString::fromLatin1(b.cpu), QString::fromLatin1(b.memory))}}};
        put(store, pods, nsName,
            QJsonObject{{u"metadata"_qs, metadata(podName, QJsonObject{{u"notebook-name"_qs, name},
                                                                       {u"statefulset"_qs, name}})},
                        {u"spec"_qs, podSpec},
                        {u"status"_qs, podStatus(QString::fromLatin1(b.phase), b.ready,
                                                 QString::fromLatin1(b.waiting))}});
        if (b.ready) {
            store->create(
                podMetrics, nsName,
                QJsonObject{{u"metadata"_qs, metadata(podName)},
                            {u"timestamp"_qs, u"2026-11-28T10:00:00Z"_qs},
                            {u"window"_qs, u"20s"_qs},
                            {u"containers"_qs,
                             QJsonArray{QJsonObject{
                                 {u"name"_qs, u"main"_qs},
                                 {u"usage"_qs, QJsonObject{{u"cpu"_qs, u"230m"_qs},
                                                           {u"memory"_qs, u"812Mi"_qs}}}}}}});
            server->appendPodLog(
                nsName, podName, u"main"_qs,
                QStringLiteral(
                    "[I 2026-11-28 08:00:02 ServerApp] Jupyter Server is running at:\n"
                    "[I 2026-11-28 08:00:02 ServerApp] http://%1:8888/notebook/%2/%1/lab\n")
                    .arg(name, nsName)
                    .toUtf8());
        } else {
            const QString reason = QString::fromLatin1(b.waiting);
            store->create(
                events, nsName,
                QJsonObject{
                    {u"metadata"_qs, metadata(podName + u".1"_qs)},
                    {u"type"_qs, reason == u"ImagePullBackOff" ? u"Warning"_qs : u"Normal"_qs},
                    {u"reason"_qs, reason == u"ImagePullBackOff" ? u"Failed"_qs : u"Scheduled"_qs},
                    {u"message"_qs,
                     reason == u"ImagePullBackOff"
                         ? QStringLiteral("Failed to pull image \"%1\": not found")
                               .arg(QString::fromLatin1(b.image))
                         : QStringLiteral("Successfully assigned %1/%2 to gpu-node-1")
                               .arg(nsName, podName)},
                    {u"involvedObject"_qs, QJsonObject{{u"kind"_qs, u"Pod"_qs},
                                                       {u"name"_qs, podName},
                                                       {u"namespace"_qs, nsName}}},
                    {u"count"_qs, 3},
                    {u"lastTimestamp"_qs, u"2026-11-28T09:58:00Z"_qs}});
        }
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
}

} // namespace kfw::sim
