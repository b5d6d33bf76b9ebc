#include "cluster/kubeflow/notebooks.h"

#include "cluster/kube/quantity.h"
#include "cluster/pipelinespec/yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kfw::kubeflow::notebooks {

using namespace backend;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kfw::kubeflow::notebooks", text); // lupdate's context
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A scalar of the configuration as text: YAML may give "0.5" or 0.5.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonObject mainContainer(const QJsonObject &notebook)
{
    return notebook.value(u"spec")
        .toObject()
        .value(u"template")
        .toObject()
        .value(u"spec")
        .toObject()
        .value(u"containers")
        .toArray()
        .at(0)
        .toObject();
}

bool isAccelerator(const QString &resource)
{
    static const QStringList plain{QStringLiteral("cpu"), QStringLiteral("memory"),
                                   QStringLiteral("ephemeral-storage")};
    return !plain.contains(resource) && !resource.startsWith(u"hugepages-");
}

// A volume of the configuration ({mount, newPvc} or {mount, existingSource}).
NotebookVolume volumeFrom(const QJsonObject &o)
{
    NotebookVolume v;
    v.mount = o.value(u"mount").toString();
    const QJsonObject newPvc = o.value(u"newPvc").toObject();
    if (!newPvc.isEmpty()) {
        v.create = true;
        v.claim = newPvc.value(u"metadata").toObject().value(u"name").toString();
        const QJsonObject spec = newPvc.value(u"spec").toObject();
        v.size = text(
            spec.value(u"resources").toObject().value(u"requests").toObject().value(u"storage"));
        v.accessMode = spec.value(u"accessModes").toArray().at(0).toString();
        v.storageClass = spec.value(u"storageClassName").toString();
    } else {
        v.create = false;
        v.claim = o.value(u"existingSource")
                      .toObject()
                      .value(u"persistentVolumeClaim")
                      .toObject()
                      .value(u"claimName")
                      .toString();
    }
    return v;
}

template<typename T>
void readOnlyOf(const QJsonObject &section, SpawnerSetting<T> *setting)
{
    setting->readOnly = section.value(u"readOnly").toBool(false);
}

// The default image first, then the other options.
void imagesOf(const QJsonObject &section, SpawnerSetting<QStringList> *images)
{
    if (section.isEmpty())
        return;
    QStringList list;
    const QString value = section.value(u"value").toString();
    if (!value.isEmpty())
        list << value;
    for (const QJsonValue &o : section.value(u"options").toArray()) {
        if (!list.contains(o.toString()) && !o.toString().isEmpty())
            list << o.toString();
    }
    images->value = list;
    readOnlyOf(section, images);
}

QList<SpawnerOption> optionsOf(const QJsonArray &array, QStringView keyName, QStringView valueName)
{
    QList<SpawnerOption> options;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SpawnerOption option;
        option.key = o.value(keyName).toString();
        option.displayName = o.value(u"displayName").toString(option.key);
        option.value = o.value(valueName);
        if (!option.key.isEmpty())
            options << option;
    }
    return options;
}

} // namespace

NotebookInfo info(const QJsonObject &notebook, const QList<QJsonObject> &events)
{
    NotebookInfo n;
    const QJsonObject metadata = notebook.value(u"metadata").toObject();
    const QJsonObject annotations = metadata.value(u"annotations").toObject();
    n.name = metadata.value(u"name").toString();
    n.ns = metadata.value(u"namespace").toString();
    n.created = timeOf(metadata.value(u"creationTimestamp"));
    n.serverType = serverTypeFromName(annotations.value(serverTypeAnnotation).toString());
    n.lastActivity = timeOf(annotations.value(lastActivityAnnotation));
    n.stopped = annotations.contains(stopAnnotation);
    const QJsonObject container = mainContainer(notebook);
    n.image = container.value(u"image").toString();
    const QJsonObject resources = container.value(u"resources").toObject();
    const QJsonObject requests = resources.value(u"requests").toObject();
    const QJsonObject limits = resources.value(u"limits").toObject();
    n.cpu = text(requests.value(u"cpu"));
    n.memory = text(requests.value(u"memory"));
    n.cpuLimit = text(limits.value(u"cpu"));
    n.memoryLimit = text(limits.value(u"memory"));
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        if (isAccelerator(it.key())) {
            n.gpuVendor = it.key();
            n.gpus = text(it.value()).toInt();
        }
    }
    const QJsonObject podSpec =
        notebook.value(u"spec").toObject().value(u"template").toObject().value(u"spec").toObject();
    for (const QJsonValue &v : podSpec.value(u"volumes").toArray()) {
        const QString claim =
            v.toObject().value(u"persistentVolumeClaim").toObject().value(u"claimName").toString();
        if (!claim.isEmpty())
            n.volumes << claim;
    }
    const QJsonObject labels = metadata.value(u"labels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.value().toString() == u"true")
            n.configurations << it.key();
    }
    n.status = status(notebook, events);
    n.object = notebook;
    return n;
}

SpawnerConfig defaultSpawnerConfig()
{
    // The Jupyter web app's spawner_ui_config.yaml as Kubeflow 1.10 ships it.
    const QString registry = QStringLiteral("ghcr.io/kubeflow/kubeflow/notebook-servers/");
    const QString tag = QStringLiteral(":v1.10.0");
    const auto images = [&](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list << registry + QLatin1String(name) + tag;
        return list;
    };
    SpawnerConfig c;
    c.source = tr("the Jupyter web app's built-in defaults");
    c.allowCustomImage = true;
    c.hideRegistry = true;
    c.hideTag = false;
    c.pullPolicy.value = QStringLiteral("IfNotPresent");
    c.images.value = images({"jupyter-scipy", "jupyter-pytorch-full", "jupyter-pytorch-cuda-full",
                             "jupyter-pytorch-gaudi-full", "jupyter-tensorflow-full",
                             "jupyter-tensorflow-cuda-full"});
    c.imagesGroupOne.value = images({"codeserver-python"});
    c.imagesGroupTwo.value = images({"rstudio-tidyverse"});
    c.cpu.value = QStringLiteral("0.5");
    c.cpuLimitFactor = QStringLiteral("1.2");
    c.memory.value = QStringLiteral("1.0Gi");
    c.memoryLimitFactor = QStringLiteral("1.2");
    c.gpuVendors = {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("NVIDIA")},
                    {QStringLiteral("amd.com/gpu"), QStringLiteral("AMD")},
                    {QStringLiteral("habana.ai/gaudi"), QStringLiteral("Intel Gaudi")}};
    c.gpuCount.value = QStringLiteral("none");
    NotebookVolume workspace;
    workspace.mount = QStringLiteral("/home/jovyan");
    workspace.claim = QStringLiteral("{notebook-name}-workspace");
    workspace.size = QStringLiteral("5Gi");
    workspace.accessMode = QStringLiteral("ReadWriteOnce");
    c.workspace.value = {workspace};
    c.sharedMemory.value = true;
    return c;
}

bool parseSpawnerConfig(const QByteArray &yaml, SpawnerConfig *config, QString *error)
{
    QList<pipelinespec::YamlValue> documents;
    pipelinespec::ReadError readError;
    if (!pipelinespec::YamlReader::read(yaml, &documents, &readError)) {
        *error = tr("The spawner configuration is not valid YAML: %1").arg(readError.toString());
        return false;
    }
    const QJsonObject root = documents.value(0).toJson().toObject();
    if (!root.value(u"spawnerFormDefaults").isObject()) {
        *error = tr("The spawner configuration has no spawnerFormDefaults section.");
        return false;
    }
    const QJsonObject d = root.value(u"spawnerFormDefaults").toObject();
    SpawnerConfig c = defaultSpawnerConfig();
    c.source.clear();
    const auto section = [&d](QStringView key) {
        return d.value(key).toObject();
    };
    if (d.contains(u"allowCustomImage"))
        c.allowCustomImage = d.value(u"allowCustomImage").toBool();
    if (d.contains(u"hideRegistry"))
        c.hideRegistry = d.value(u"hideRegistry").toBool();
    if (d.contains(u"hideTag"))
        c.hideTag = d.value(u"hideTag").toBool();
    if (const QJsonObject s = section(u"imagePullPolicy"); !s.isEmpty()) {
        c.pullPolicy.value = s.value(u"value").toString(c.pullPolicy.value);
        readOnlyOf(s, &c.pullPolicy);
    }
    imagesOf(section(u"image"), &c.images);
    imagesOf(section(u"imageGroupOne"), &c.imagesGroupOne);
    imagesOf(section(u"imageGroupTwo"), &c.imagesGroupTwo);
    if (const QJsonObject s = section(u"cpu"); !s.isEmpty()) {
        c.cpu.value = text(s.value(u"value"));
        c.cpuLimitFactor = text(s.value(u"limitFactor"));
        readOnlyOf(s, &c.cpu);
    }
    if (const QJsonObject s = section(u"memory"); !s.isEmpty()) {
        c.memory.value = text(s.value(u"value"));
        c.memoryLimitFactor = text(s.value(u"limitFactor"));
        readOnlyOf(s, &c.memory);
    }
    if (const QJsonObject s = section(u"gpus"); !s.isEmpty()) {
        const QJsonObject v = s.value(u"value").toObject();
        c.gpuVendor.value = v.value(u"vendor").toString();
        c.gpuVendor.readOnly = s.value(u"readOnly").toBool(false);
        c.gpuVendors.clear();
        for (const QJsonValue &vendor : v.value(u"vendors").toArray()) {
            const QJsonObject o = vendor.toObject();
            const QString key = o.value(u"limitsKey").toString();
            if (!key.isEmpty())
                c.gpuVendors.append({key, o.value(u"uiName").toString(key)});
        }
        c.gpuCount.value = text(v.value(u"num"));
        if (c.gpuCount.value.isEmpty())
            c.gpuCount.value = QStringLiteral("none");
        readOnlyOf(s, &c.gpuCount);
    }
    if (const QJsonObject s = section(u"workspaceVolume"); !s.isEmpty()) {
        const QJsonObject v = s.value(u"value").toObject();
        c.workspace.value.clear();
        if (!v.isEmpty())
            c.workspace.value << volumeFrom(v);
        readOnlyOf(s, &c.workspace);
    }
    if (const QJsonObject s = section(u"dataVolumes"); !s.isEmpty()) {
        c.dataVolumes.value.clear();
        for (const QJsonValue &v : s.value(u"value").toArray())
            c.dataVolumes.value << volumeFrom(v.toObject());
        readOnlyOf(s, &c.dataVolumes);
    }
    if (const QJsonObject s = section(u"affinityConfig"); !s.isEmpty()) {
        c.affinity.value = s.value(u"value").toString();
        c.affinityOptions = optionsOf(s.value(u"options").toArray(), u"configKey", u"affinity");
        readOnlyOf(s, &c.affinity);
    }
    if (const QJsonObject s = section(u"tolerationGroup"); !s.isEmpty()) {
        c.tolerationGroup.value = s.value(u"value").toString();
        c.tolerationOptions = optionsOf(s.value(u"options").toArray(), u"groupKey", u"tolerations");
        readOnlyOf(s, &c.tolerationGroup);
    }
    if (const QJsonObject s = section(u"shm"); !s.isEmpty()) {
        c.sharedMemory.value = s.value(u"value").toBool(true);
        readOnlyOf(s, &c.sharedMemory);
    }
    if (const QJsonObject s = section(u"configurations"); !s.isEmpty()) {
        c.configurations.value.clear();
        for (const QJsonValue &v : s.value(u"value").toArray())
            c.configurations.value << v.toString();
        readOnlyOf(s, &c.configurations);
    }
    *config = c;
    return true;
}

QByteArray stopPatch(bool stopped, const QDateTime &now)
{
    const QJsonValue value = stopped ? QJsonValue(now.toUTC().toString(Qt::ISODate)) : QJsonValue();
    const QJsonObject patch{{QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("annotations"),
                                          QJsonObject{{stopAnnotation.toString(), value}}}}}};
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

QByteArray resourcesPatch(const QJsonObject &notebook, const QString &cpu, const QString &cpuLimit,
                          const QString &memory, const QString &memoryLimit, int gpus,
                          const QString &gpuVendor)
{
    const QJsonObject container = mainContainer(notebook);
    QJsonObject resources = container.value(u"resources").toObject();
    QJsonObject requests = resources.value(u"requests").toObject();
    QJsonObject limits = resources.value(u"limits").toObject();
    requests.insert(QStringLiteral("cpu"), cpu);
    requests.insert(QStringLiteral("memory"), memory);
    const auto setOrRemove = [&limits](const QString &key, const QString &value) {
        if (value.isEmpty())
            limits.remove(key);
        else
            limits.insert(key, value);
    };
    setOrRemove(QStringLiteral("cpu"), cpuLimit);
    setOrRemove(QStringLiteral("memory"), memoryLimit);
    for (const QString &key : limits.keys()) {
        if (isAccelerator(key))
            limits.remove(key);
    }
    if (gpus > 0 && !gpuVendor.isEmpty())
        limits.insert(gpuVendor, QString::number(gpus));
    resources.insert(QStringLiteral("requests"), requests);
    if (limits.isEmpty())
        resources.remove(QStringLiteral("limits"));
    else
        resources.insert(QStringLiteral("limits"), limits);
    // test the stored state first, so that a notebook changed meanwhile is not overwritten.
    const QJsonArray patch{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                    {QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion")},
                    {QStringLiteral("value"),
                     notebook.value(u"metadata").toObject().value(u"resourceVersion")}},
        QJsonObject{
            {QStringLiteral("op"), QStringLiteral("replace")},
            {QStringLiteral("path"), QStringLiteral("/spec/template/spec/containers/0/resources")},
            {QStringLiteral("value"), resources}}};
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

VolumeInfo volumeInfo(const QJsonObject &pvc, const QList<NotebookInfo> &notebooksInNamespace)
{
    VolumeInfo v;
    const QJsonObject metadata = pvc.value(u"metadata").toObject();
    const QJsonObject spec = pvc.value(u"spec").toObject();
    v.name = metadata.value(u"name").toString();
    v.created = timeOf(metadata.value(u"creationTimestamp"));
    v.size =
        text(spec.value(u"resources").toObject().value(u"requests").toObject().value(u"storage"));
    for (const QJsonValue &m : spec.value(u"accessModes").toArray())
        v.accessModes << m.toString();
    v.storageClass = spec.value(u"storageClassName").toString();
    v.phase = pvc.value(u"status").toObject().value(u"phase").toString();
    for (const NotebookInfo &nb : notebooksInNamespace) {
        if (nb.volumes.contains(v.name))
            v.usedBy << nb.name;
    }
    return v;
}

EventInfo eventInfo(const QJsonObject &event)
{
    EventInfo e;
    e.type = event.value(u"type").toString();
    e.reason = event.value(u"reason").toString();
    e.message = event.value(u"message").toString();
    const QJsonObject involved = event.value(u"involvedObject").toObject();
    e.object = involved.value(u"kind").toString() + u'/' + involved.value(u"name").toString();
    e.count = std::max(1, event.value(u"count").toInt(1));
    for (QStringView key : {u"lastTimestamp", u"eventTime", u"firstTimestamp"}) {
        e.last = timeOf(event.value(key));
        if (e.last.isValid())
            break;
    }
    if (!e.last.isValid())
        e.last = timeOf(event.value(u"metadata").toObject().value(u"creationTimestamp"));
    return e;
}

} // namespace kfw::kubeflow::notebooks

namespace kfw::kubeflow::notebooks {

using namespace backend;

namespace {

NotebookStatus make(NotebookPhase phase, const QString &message)
{
    return NotebookStatus{phase, message};
}

// Container states that are part of a normal start (the web app meant PodInitializing to show
// as waiting; a pod being created is just as normal).
bool startingReason(const QString &reason)
{
    return reason == u"PodInitializing" || reason == u"ContainerCreating";
}

} // namespace

NotebookStatus status(const QJsonObject &notebook, const QList<QJsonObject> &events,
                      const QDateTime &now)
{
    const QJsonObject metadata = notebook.value(u"metadata").toObject();
    const QJsonObject st = notebook.value(u"status").toObject();
    const QJsonObject containerState = st.value(u"containerState").toObject();
    const QJsonArray conditions = st.value(u"conditions").toArray();
    const QDateTime created = timeOf(metadata.value(u"creationTimestamp"));

    // Just created: the controller has not reported anything yet.
    if (containerState.isEmpty() && conditions.isEmpty() && created.isValid() &&
        created.secsTo(now) <= 10)
        return make(NotebookPhase::Waiting,
                    tr("Waiting for StatefulSet to create the underlying Pod."));
    const int ready = st.value(u"readyReplicas").toInt(0);
    if (metadata.value(u"annotations").toObject().contains(stopAnnotation)) {
        return ready == 0 ? make(NotebookPhase::Stopped,
                                 tr("No Pods are currently running for this Notebook Server."))
                          : make(NotebookPhase::Waiting, tr("Notebook Server is stopping."));
    }
    if (metadata.contains(u"deletionTimestamp"))
        return make(NotebookPhase::Terminating, tr("Deleting this Notebook Server."));
    if (ready == 1)
        return make(NotebookPhase::Ready, tr("Running"));
    if (containerState.contains(u"waiting")) {
        const QJsonObject waiting = containerState.value(u"waiting").toObject();
        const QString reason = waiting.value(u"reason").toString(QStringLiteral("Undefined"));
        if (startingReason(reason))
            return make(NotebookPhase::Waiting, reason);
        const QString message =
            waiting.value(u"message").toString(tr("No available message for container state."));
        return make(NotebookPhase::Warning, reason + QStringLiteral(": ") + message);
    }
    for (const QJsonValue &c : conditions) {
        const QJsonObject condition = c.toObject();
        if (condition.contains(u"reason"))
            return make(NotebookPhase::Warning, condition.value(u"reason").toString() +
                                                    QStringLiteral(": ") +
                                                    condition.value(u"message").toString());
    }
    // The newest Warning about this notebook (not about an older one of the same name).
    QList<QJsonObject> recent;
    for (const QJsonObject &e : events) {
        const QDateTime at = timeOf(e.value(u"metadata").toObject().value(u"creationTimestamp"));
        if (!created.isValid() || !at.isValid() || at >= created)
            recent << e;
    }
    std::stable_sort(recent.begin(), recent.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return timeOf(a.value(u"metadata").toObject().value(u"creationTimestamp")) >
               timeOf(b.value(u"metadata").toObject().value(u"creationTimestamp"));
    });
    for (const QJsonObject &e : std::as_const(recent)) {
        if (e.value(u"type").toString() == u"Warning")
            return make(NotebookPhase::Warning, e.value(u"message").toString());
    }
    return make(NotebookPhase::Warning,
                tr("Couldn't find any information for the status of this notebook."));
}

QString nameProblem(const QString &name)
{
    if (const QString bad = kube::namespaceNameProblem(name); !bad.isEmpty())
        return bad;
    // The StatefulSet's pods get a controller-revision-hash label of the name, a dash and up
    // to ten characters; a label value has at most 63.
    if (name.size() > 52)
        return tr("A notebook's name may have at most 52 characters.");
    return {};
}

QStringList volumeProblems(const NotebookVolume &volume)
{
    QStringList problems;
    if (const QString bad = kube::namespaceNameProblem(volume.claim); !bad.isEmpty())
        problems << tr("Name: %1").arg(bad);
    if (const QString bad = kube::quantityProblem(volume.size); !bad.isEmpty())
        problems << tr("Size: %1").arg(bad);
    static const QStringList modes{QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadWriteMany"),
                                   QStringLiteral("ReadOnlyMany"),
                                   QStringLiteral("ReadWriteOncePod")};
    if (!volume.accessMode.isEmpty() && !modes.contains(volume.accessMode))
        problems << tr("The access mode is one of %1.").arg(modes.join(QStringLiteral(", ")));
    return problems;
}

QJsonObject volumeObject(const NotebookVolume &volume, const QString &notebook)
{
    QString name = volume.claim;
    if (!notebook.isEmpty())
        name.replace(QStringLiteral("{notebook-name}"), notebook);
    QJsonObject spec{{QStringLiteral("accessModes"),
                      QJsonArray{volume.accessMode.isEmpty() ? QStringLiteral("ReadWriteOnce")
                                                             : volume.accessMode}},
                     {QStringLiteral("resources"),
                      QJsonObject{{QStringLiteral("requests"),
                                   QJsonObject{{QStringLiteral("storage"), volume.size}}}}}};
    // Without a class the cluster's default class provisions the volume.
    if (!volume.storageClass.isEmpty())
        spec.insert(QStringLiteral("storageClassName"), volume.storageClass);
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), QStringLiteral("PersistentVolumeClaim")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                       {QStringLiteral("spec"), spec}};
}

NotebookPlan plan(const NotebookRequest &request, const SpawnerConfig &config, const QString &ns)
{
    NotebookPlan p;
    const QString name = request.name.trimmed();
    if (const QString bad = nameProblem(name); !bad.isEmpty())
        p.problems << tr("Name: %1").arg(bad);
    const QString image = request.image.trimmed();
    if (image.isEmpty())
        p.problems << tr("Choose an image.");
    else if (image.contains(u' '))
        p.problems << tr("An image name cannot contain spaces.");
    else if (!config.allowCustomImage && !config.images.value.contains(image) &&
             !config.imagesGroupOne.value.contains(image) &&
             !config.imagesGroupTwo.value.contains(image))
        p.problems << tr("This cluster allows only the images it offers.");

    // Requests and limits: valid quantities, and a limit no smaller than its request.
    QJsonObject requests;
    QJsonObject limits;
    const auto resource = [&](const QString &key, const QString &title, const QString &request_,
                              const QString &limit) {
        if (const QString bad = kube::quantityProblem(request_); !bad.isEmpty()) {
            p.problems << QStringLiteral("%1: %2").arg(title, bad);
            return;
        }
        requests.insert(key, request_);
        if (limit.isEmpty())
            return;
        if (const QString bad = kube::quantityProblem(limit); !bad.isEmpty()) {
            p.problems << tr("%1 limit: %2").arg(title, bad);
            return;
        }
        if (*kube::parseQuantity(limit) < *kube::parseQuantity(request_))
            p.problems << tr("The %1 limit must not be smaller than the request.").arg(title);
        limits.insert(key, limit);
    };
    resource(QStringLiteral("cpu"), tr("CPU"), request.cpu.trimmed(), request.cpuLimit.trimmed());
    resource(QStringLiteral("memory"), tr("Memory"), request.memory.trimmed(),
             request.memoryLimit.trimmed());
    if (request.gpus < 0)
        p.problems << tr("The number of GPUs cannot be negative.");
    else if (request.gpus > 0) {
        if (request.gpuVendor.isEmpty())
            p.problems << tr("Choose the GPU vendor.");
        else
            limits.insert(request.gpuVendor, QString::number(request.gpus));
    }

    QJsonObject annotations{{serverTypeAnnotation.toString(), serverTypeName(request.serverType)},
                            {QStringLiteral("notebooks.kubeflow.org/creator"), request.creator}};
    if (request.serverType != ServerType::Jupyter)
        annotations.insert(QStringLiteral("notebooks.kubeflow.org/http-rewrite-uri"),
                           QStringLiteral("/"));
    if (request.serverType == ServerType::GroupTwo) {
        const QJsonObject header{{QStringLiteral("X-RStudio-Root-Path"),
                                  QStringLiteral("/notebook/%1/%2/").arg(ns, name)}};
        annotations.insert(QStringLiteral("notebooks.kubeflow.org/http-headers-request-set"),
                           QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Compact)));
    }
    QJsonObject labels{{QStringLiteral("app"), name}};
    for (const QString &label : request.configurations)
        labels.insert(label, QStringLiteral("true"));

    QJsonArray volumes;
    QJsonArray mounts;
    if (request.sharedMemory) {
        volumes << QJsonObject{{QStringLiteral("name"), QStringLiteral("dshm")},
                               {QStringLiteral("emptyDir"),
                                QJsonObject{{QStringLiteral("medium"), QStringLiteral("Memory")}}}};
        mounts << QJsonObject{{QStringLiteral("mountPath"), QStringLiteral("/dev/shm")},
                              {QStringLiteral("name"), QStringLiteral("dshm")}};
    }
    if (request.workspace.size() > 1)
        p.problems << tr("A notebook has at most one workspace volume.");
    QStringList mountPaths;
    QStringList claims;
    // The web app mounts the data volumes first and the workspace last.
    for (const NotebookVolume &v : request.dataVolumes + request.workspace) {
        QString claim = v.claim.trimmed();
        claim.replace(QStringLiteral("{notebook-name}"), name);
        const QString what = v.mount.isEmpty() ? claim : v.mount;
        if (!v.mount.startsWith(u'/'))
            p.problems << tr("Volume %1: the mount path must be absolute.").arg(what);
        else if (mountPaths.contains(v.mount))
            p.problems << tr("Two volumes are mounted at %1.").arg(v.mount);
        mountPaths << v.mount;
        // A claim named after a bad notebook name is that name's problem, said once.
        const bool fromName = v.claim.contains(QStringLiteral("{notebook-name}"));
        if (const QString bad = kube::namespaceNameProblem(claim);
            !bad.isEmpty() && !(fromName && !nameProblem(name).isEmpty()))
            p.problems << tr("Volume %1: %2").arg(what, bad);
        else if (claims.contains(claim))
            p.problems << tr("The volume %1 is mounted twice.").arg(claim);
        claims << claim;
        if (v.create) {
            if (const QString bad = kube::quantityProblem(v.size); !bad.isEmpty())
                p.problems << tr("Volume %1: size: %2").arg(what, bad);
            NotebookVolume concrete = v;
            concrete.claim = claim;
            p.volumes << volumeObject(concrete, {});
        }
        QJsonObject claimRef{{QStringLiteral("claimName"), claim}};
        if (!v.create)
            claimRef.insert(QStringLiteral("readOnly"), false);
        volumes << QJsonObject{{QStringLiteral("name"), claim},
                               {QStringLiteral("persistentVolumeClaim"), claimRef}};
        mounts << QJsonObject{{QStringLiteral("mountPath"), v.mount},
                              {QStringLiteral("name"), claim}};
    }

    QJsonObject resources{{QStringLiteral("requests"), requests}};
    if (!limits.isEmpty())
        resources.insert(QStringLiteral("limits"), limits);
    QJsonObject container{{QStringLiteral("name"), name},
                          {QStringLiteral("image"), image},
                          {QStringLiteral("imagePullPolicy"), request.pullPolicy},
                          {QStringLiteral("volumeMounts"), mounts},
                          {QStringLiteral("env"), QJsonArray()},
                          {QStringLiteral("resources"), resources}};
    QJsonObject podSpec{{QStringLiteral("serviceAccountName"), QStringLiteral("default-editor")},
                        {QStringLiteral("containers"), QJsonArray{container}},
                        {QStringLiteral("volumes"), volumes},
                        {QStringLiteral("tolerations"), QJsonArray()}};
    if (!request.tolerationGroup.isEmpty() && request.tolerationGroup != u"none") {
        const auto it =
            std::find_if(config.tolerationOptions.begin(), config.tolerationOptions.end(),
                         [&](const SpawnerOption &o) { return o.key == request.tolerationGroup; });
        if (it == config.tolerationOptions.end())
            p.problems << tr("There is no toleration group %1.").arg(request.tolerationGroup);
        else
            podSpec.insert(QStringLiteral("tolerations"), it->value.toArray());
    }
    if (!request.affinity.isEmpty() && request.affinity != u"none") {
        const auto it =
            std::find_if(config.affinityOptions.begin(), config.affinityOptions.end(),
                         [&](const SpawnerOption &o) { return o.key == request.affinity; });
        if (it == config.affinityOptions.end())
            p.problems << tr("There is no affinity configuration %1.").arg(request.affinity);
        else
            podSpec.insert(QStringLiteral("affinity"), it->value);
    }

    p.notebook = QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("kubeflow.org/v1")},
        {QStringLiteral("kind"), QStringLiteral("Notebook")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                 {QStringLiteral("namespace"), ns},
                                                 {QStringLiteral("labels"), labels},
                                                 {QStringLiteral("annotations"), annotations}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("template"),
                                              QJsonObject{{QStringLiteral("spec"), podSpec}}}}}};
    return p;
}

} // namespace kfw::kubeflow::notebooks
