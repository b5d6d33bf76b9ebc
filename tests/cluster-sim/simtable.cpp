#include "simtable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kfw::sim {

namespace {

// The ObjectMeta field descriptions the server puts on its Name and Age columns.
const QString &nameDescription()
{
    static const QString text =
        u"Name must be unique within a namespace. Is required when creating resources, although "
        "some resources may allow a client to request the generation of an appropriate name "
        "automatically. Name is primarily intended for creation idempotence and configuration "
        "definition. Cannot be updated. More info: "
        "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"_qs;
    return text;
}

const QString &ageDescription()
{
    static const QString text =
        u"CreationTimestamp is a timestamp representing the server time when this object was "
        "created. It is not guaranteed to be set in happens-before order across separate "
        "operations. Clients may not set this value. It is represented in RFC3339 form and is in "
        "UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: "
        "https://git.k8s.io/community/contributors/devel/sig-architecture/"
        "api-conventions.md#metadata"_qs;
    return text;
}

SimPrinterColumn column(const QString &name, const QString &type, const QString &description,
                        int priority = 0, const QString &format = {})
{
    SimPrinterColumn c;
    c.name = name;
    c.type = type;
    c.description = description;
    c.priority = priority;
    c.format = format;
    return c;
}

SimPrinterColumn nameColumn(int priority = 0)
{
    return column(u"Name"_qs, u"string"_qs, nameDescription(), priority, u"name"_qs);
}

SimPrinterColumn ageColumn()
{
    return column(u"Age"_qs, u"string"_qs, ageDescription());
}

QJsonObject meta(const QJsonObject &object)
{
    return object.value(u"metadata").toObject();
}

QString nameOf(const QJsonObject &object)
{
    return meta(object).value(u"name").toString();
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

// translateTimestampSince: "<unknown>" for an unset time.
QString since(const QString &timestamp, const QDateTime &now)
{
    if (timestamp.isEmpty())
        return u"<unknown>"_qs;
    const QDateTime t = parseTime(timestamp);
    if (!t.isValid())
        return u"<unknown>"_qs;
    return SimTable::humanDuration(t.secsTo(now));
}

QString age(const QJsonObject &object, const QDateTime &now)
{
    return since(meta(object).value(u"creationTimestamp").toString(), now);
}

QString orNone(const QString &text, const QString &none = u"<none>"_qs)
{
    return text.isEmpty() ? none : text;
}

// labels.FormatLabels: sorted k=v pairs, "<none>" when empty.
QString formatLabels(const QJsonObject &labels)
{
    QStringList pairs;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        pairs << it.key() + u'=' + it.value().toString();
    return orNone(pairs.join(u','));
}

// metav1.FormatLabelSelector.
QString formatLabelSelector(const QJsonObject &selector)
{
    QStringList parts;
    const QJsonObject match = selector.value(u"matchLabels").toObject();
    for (auto it = match.begin(); it != match.end(); ++it)
        parts << it.key() + u'=' + it.value().toString();
    for (const QJsonValue &e : selector.value(u"matchExpressions").toArray()) {
        const QJsonObject expression = e.toObject();
        const QString key = expression.value(u"key").toString();
        const QString op = expression.value(u"operator").toString();
        QStringList values;
        for (const QJsonValue &v : expression.value(u"values").toArray())
            values << v.toString();
        if (op == u"In")
            parts << key + u" in ("_qs + values.join(u',') + u')';
        else if (op == u"NotIn")
            parts << key + u" notin ("_qs + values.join(u',') + u')';
        else if (op == u"Exists")
            parts << key;
        else if (op == u"DoesNotExist")
            parts << u'!' + key;
    }
    return orNone(parts.join(u','));
}

QString joinedStrings(const QJsonArray &array, const QString &separator = u","_qs)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toString();
    return out.join(separator);
}

QJsonArray cellsOf(std::initializer_list<QJsonValue> cells)
{
    QJsonArray a;
    for (const QJsonValue &c : cells)
        a.append(c);
    return a;
}

using RowFunction = std::function<QJsonObject(const QJsonObject &object, const QDateTime &now)>;

struct Printer
{
    QList<SimPrinterColumn> columns;
    RowFunction row;
};

QJsonObject rowOf(const QJsonArray &cells)
{
    return QJsonObject{{u"cells"_qs, cells}};
}

// The pod's printed status, readiness and restarts, as kubectl get pods shows them.
QJsonObject podRow(const QJsonObject &pod, const QDateTime &now)
{
    const QJsonObject spec = pod.value(u"spec").toObject();
    const QJsonObject status = pod.value(u"status").toObject();
    const QString phase = status.value(u"phase").toString();
    QString reason =
        status.value(u"reason").toString().isEmpty() ? phase : status.value(u"reason").toString();
    const QJsonArray conditions = status.value(u"conditions").toArray();
    for (const QJsonValue &c : conditions) {
        if (c[u"type"].toString() == u"PodScheduled" &&
            c[u"reason"].toString() == u"SchedulingGated")
            reason = u"SchedulingGated"_qs;
    }
    const auto conditionTrue = [&](const QString &type) {
        for (const QJsonValue &c : conditions) {
            if (c[u"type"].toString() == type)
                return c[u"status"].toString() == u"True";
        }
        return false;
    };

    int total = int(spec.value(u"containers").toArray().size());
    int ready = 0;
    int restarts = 0;
    int sidecarRestarts = 0;
    QDateTime lastRestart;
    QDateTime lastSidecarRestart;
    const auto later = [](QDateTime *latest, const QJsonObject &containerStatus) {
        const QString finished = containerStatus.value(u"lastState")
                                     .toObject()
                                     .value(u"terminated")
                                     .toObject()
                                     .value(u"finishedAt")
                                     .toString();
        const QDateTime t = parseTime(finished);
        if (t.isValid() && (!latest->isValid() || *latest < t))
            *latest = t;
    };

    // Init containers with restartPolicy Always are sidecars and count as containers.
    QHash<QString, bool> sidecar;
    const QJsonArray initContainers = spec.value(u"initContainers").toArray();
    for (const QJsonValue &c : initContainers) {
        const bool always = c[u"restartPolicy"].toString() == u"Always";
        sidecar.insert(c[u"name"].toString(), always);
        if (always)
            ++total;
    }
    bool initializing = false;
    const QJsonArray initStatuses = status.value(u"initContainerStatuses").toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject c = initStatuses.at(i).toObject();
        const QJsonObject state = c.value(u"state").toObject();
        const QJsonObject terminated = state.value(u"terminated").toObject();
        const QJsonObject waiting = state.value(u"waiting").toObject();
        const bool isSidecar = sidecar.value(c.value(u"name").toString());
        restarts += c.value(u"restartCount").toInt();
        later(&lastRestart, c);
        if (isSidecar) {
            sidecarRestarts += c.value(u"restartCount").toInt();
            later(&lastSidecarRestart, c);
        }
        if (state.contains(u"terminated") && terminated.value(u"exitCode").toInt() == 0)
            continue;
        if (isSidecar && c.value(u"started").toBool()) {
            if (c.value(u"ready").toBool())
                ++ready;
            continue;
        }
        if (state.contains(u"terminated")) {
            const QString r = terminated.value(u"reason").toString();
            if (!r.isEmpty())
                reason = u"Init:"_qs + r;
            else if (terminated.value(u"signal").toInt() != 0)
                reason = QStringLiteral("Init:Signal:%1").arg(terminated.value(u"signal").toInt());
            else
                reason =
                    QStringLiteral("Init:ExitCode:%1").arg(terminated.value(u"exitCode").toInt());
        } else if (!waiting.value(u"reason").toString().isEmpty() &&
                   waiting.value(u"reason").toString() != u"PodInitializing") {
            reason = u"Init:"_qs + waiting.value(u"reason").toString();
        } else {
            reason = QStringLiteral("Init:%1/%2").arg(i).arg(initContainers.size());
        }
        initializing = true;
        break;
    }
    if (!initializing || conditionTrue(u"Initialized"_qs)) {
        restarts = sidecarRestarts;
        lastRestart = lastSidecarRestart;
        bool running = false;
        const QJsonArray statuses = status.value(u"containerStatuses").toArray();
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject c = statuses.at(i).toObject();
            const QJsonObject state = c.value(u"state").toObject();
            const QJsonObject terminated = state.value(u"terminated").toObject();
            restarts += c.value(u"restartCount").toInt();
            later(&lastRestart, c);
            const QString waitingReason =
                state.value(u"waiting").toObject().value(u"reason").toString();
            if (!waitingReason.isEmpty()) {
                reason = waitingReason;
            } else if (state.contains(u"terminated")) {
                const QString r = terminated.value(u"reason").toString();
                if (!r.isEmpty())
                    reason = r;
                else if (terminated.value(u"signal").toInt() != 0)
                    reason = QStringLiteral("Signal:%1").arg(terminated.value(u"signal").toInt());
                else
                    reason =
                        QStringLiteral("ExitCode:%1").arg(terminated.value(u"exitCode").toInt());
            } else if (c.value(u"ready").toBool() && state.contains(u"running")) {
                running = true;
                ++ready;
            }
        }
        if (reason == u"Completed" && running)
            reason = conditionTrue(u"Ready"_qs) ? u"Running"_qs : u"NotReady"_qs;
    }
    const bool deleting = meta(pod).contains(u"deletionTimestamp");
    if (deleting && status.value(u"reason").toString() == u"NodeLost")
        reason = u"Unknown"_qs;
    else if (deleting && phase != u"Succeeded" && phase != u"Failed")
        reason = u"Terminating"_qs;

    QString restartText = QString::number(restarts);
    if (restarts != 0 && lastRestart.isValid())
        restartText = QStringLiteral("%1 (%2 ago)")
                          .arg(restarts)
                          .arg(SimTable::humanDuration(lastRestart.secsTo(now)));

    QString ip = status.value(u"podIPs").toArray().first().toObject().value(u"ip").toString();
    if (ip.isEmpty())
        ip = status.value(u"podIP").toString();
    QString gates = u"<none>"_qs;
    const QJsonArray readinessGates = spec.value(u"readinessGates").toArray();
    if (!readinessGates.isEmpty()) {
        int passed = 0;
        for (const QJsonValue &g : readinessGates)
            passed += conditionTrue(g[u"conditionType"].toString()) ? 1 : 0;
        gates = QStringLiteral("%1/%2").arg(passed).arg(readinessGates.size());
    }
    QJsonObject row = rowOf(
        cellsOf({nameOf(pod), QStringLiteral("%1/%2").arg(ready).arg(total), reason, restartText,
                 age(pod, now), orNone(ip), orNone(spec.value(u"nodeName").toString()),
                 orNone(status.value(u"nominatedNodeName").toString()), gates}));
    // Finished pods are marked so that clients may hide them.
    if (phase == u"Succeeded" || phase == u"Failed")
        row.insert(
            u"conditions"_qs,
            QJsonArray{QJsonObject{{u"type"_qs, u"Completed"_qs},
                                   {u"status"_qs, u"True"_qs},
                                   {u"reason"_qs, phase},
                                   {u"message"_qs, phase == u"Succeeded"
                                                       ? u"The pod has completed successfully."_qs
                                                       : u"The pod failed."_qs}}});
    return row;
}

QJsonObject nodeRow(const QJsonObject &node, const QDateTime &now)
{
    const QJsonObject status = node.value(u"status").toObject();
    QStringList states;
    for (const QJsonValue &c : status.value(u"conditions").toArray()) {
        if (c[u"type"].toString() == u"Ready")
            states << (c[u"status"].toString() == u"True" ? u"Ready"_qs : u"NotReady"_qs);
    }
    if (states.isEmpty())
        states << u"Unknown"_qs;
    if (node.value(u"spec").toObject().value(u"unschedulable").toBool())
        states << u"SchedulingDisabled"_qs;
    QStringList roles;
    const QJsonObject labels = meta(node).value(u"labels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        static const QString prefix = u"node-role.kubernetes.io/"_qs;
        if (it.key().startsWith(prefix) && it.key().size() > prefix.size())
            roles << it.key().mid(prefix.size());
        else if (it.key() == u"kubernetes.io/role" && !it.value().toString().isEmpty())
            roles << it.value().toString();
    }
    roles.sort();
    roles.removeDuplicates();
    QString internalIp;
    QString externalIp;
    for (const QJsonValue &a : status.value(u"addresses").toArray()) {
        if (a[u"type"].toString() == u"InternalIP" && internalIp.isEmpty())
            internalIp = a[u"address"].toString();
        if (a[u"type"].toString() == u"ExternalIP" && externalIp.isEmpty())
            externalIp = a[u"address"].toString();
    }
    const QJsonObject info = status.value(u"nodeInfo").toObject();
    return rowOf(
        cellsOf({nameOf(node), states.join(u','), orNone(roles.join(u',')), age(node, now),
                 info.value(u"kubeletVersion").toString(), orNone(internalIp), orNone(externalIp),
                 orNone(info.value(u"osImage").toString(), u"<unknown>"_qs),
                 orNone(info.value(u"kernelVersion").toString(), u"<unknown>"_qs),
                 orNone(info.value(u"containerRuntimeVersion").toString(), u"<unknown>"_qs)}));
}

QJsonObject eventRow(const QJsonObject &event, const QDateTime &now)
{
    QString first = event.value(u"firstTimestamp").toString().isEmpty()
                        ? since(event.value(u"eventTime").toString(), now)
                        : since(event.value(u"firstTimestamp").toString(), now);
    QString last = event.value(u"lastTimestamp").toString().isEmpty()
                       ? first
                       : since(event.value(u"lastTimestamp").toString(), now);
    qint64 count = event.value(u"count").toInteger();
    const QJsonObject series = event.value(u"series").toObject();
    if (!series.isEmpty()) {
        last = since(series.value(u"lastObservedTime").toString(), now);
        count = series.value(u"count").toInteger();
    } else if (count == 0) {
        count = 1;
    }
    const QJsonObject involved = event.value(u"involvedObject").toObject();
    const QJsonObject source = event.value(u"source").toObject();
    const QString component = source.value(u"component").toString().isEmpty()
                                  ? event.value(u"reportingComponent").toString()
                                  : source.value(u"component").toString();
    const QString host = source.value(u"host").toString().isEmpty()
                             ? event.value(u"reportingInstance").toString()
                             : source.value(u"host").toString();
    const QString target =
        involved.value(u"kind").toString().toLower() + u'/' + involved.value(u"name").toString();
    const QString reporter = host.isEmpty() ? component : component + u", "_qs + host;
    return rowOf(
        cellsOf({last, event.value(u"type").toString(), event.value(u"reason").toString(), target,
                 involved.value(u"fieldPath").toString(), reporter,
                 event.value(u"message").toString().trimmed(), first, count, nameOf(event)}));
}

QJsonObject serviceRow(const QJsonObject &service, const QDateTime &now)
{
    const QJsonObject spec = service.value(u"spec").toObject();
    const QString type = spec.value(u"type").toString(u"ClusterIP"_qs);
    QString clusterIp = spec.value(u"clusterIPs").toArray().first().toString();
    if (clusterIp.isEmpty())
        clusterIp = spec.value(u"clusterIP").toString();
    QString externalIp = joinedStrings(spec.value(u"externalIPs").toArray());
    if (type == u"LoadBalancer") {
        QStringList addresses;
        for (const QJsonValue &i : service.value(u"status")
                                       .toObject()
                                       .value(u"loadBalancer")
                                       .toObject()
                                       .value(u"ingress")
                                       .toArray()) {
            if (!i[u"ip"].toString().isEmpty())
                addresses << i[u"ip"].toString();
            else if (!i[u"hostname"].toString().isEmpty())
                addresses << i[u"hostname"].toString();
        }
        if (!externalIp.isEmpty())
            addresses << externalIp;
        externalIp = orNone(addresses.join(u','), u"<pending>"_qs);
    } else if (type == u"ExternalName") {
        externalIp = spec.value(u"externalName").toString();
    } else {
        externalIp = orNone(externalIp);
    }
    QStringList ports;
    for (const QJsonValue &p : spec.value(u"ports").toArray()) {
        const QString protocol = p[u"protocol"].toString(u"TCP"_qs);
        const qint64 nodePort = p[u"nodePort"].toInteger();
        ports << (nodePort != 0
                      ? QStringLiteral("%1:%2/%3")
                            .arg(p[u"port"].toInteger())
                            .arg(nodePort)
                            .arg(protocol)
                      : QStringLiteral("%1/%2").arg(p[u"port"].toInteger()).arg(protocol));
    }
    return rowOf(
        cellsOf({nameOf(service), type, orNone(clusterIp), externalIp, orNone(ports.join(u',')),
                 age(service, now), formatLabels(spec.value(u"selector").toObject())}));
}

QJsonObject deploymentRow(const QJsonObject &deployment, const QDateTime &now)
{
    const QJsonObject spec = deployment.value(u"spec").toObject();
    const QJsonObject status = deployment.value(u"status").toObject();
    QStringList names;
    QStringList images;
    for (const QJsonValue &c : spec.value(u"template")
                                   .toObject()
                                   .value(u"spec")
                                   .toObject()
                                   .value(u"containers")
                                   .toArray()) {
        names << c[u"name"].toString();
        images << c[u"image"].toString();
    }
    return rowOf(cellsOf({nameOf(deployment),
                          QStringLiteral("%1/%2")
                              .arg(status.value(u"readyReplicas").toInteger())
                              .arg(spec.value(u"replicas").toInteger(1)),
                          status.value(u"updatedReplicas").toInteger(),
                          status.value(u"availableReplicas").toInteger(), age(deployment, now),
                          names.join(u','), images.join(u','),
                          formatLabelSelector(spec.value(u"selector").toObject())}));
}

QJsonObject pvcRow(const QJsonObject &claim, const QDateTime &now)
{
    const QJsonObject spec = claim.value(u"spec").toObject();
    const QJsonObject status = claim.value(u"status").toObject();
    QString phase = status.value(u"phase").toString();
    if (meta(claim).contains(u"deletionTimestamp"))
        phase = u"Terminating"_qs;
    const QString volume = spec.value(u"volumeName").toString();
    QString capacity;
    QString modes;
    if (!volume.isEmpty()) {
        QStringList shortModes;
        for (const QJsonValue &m : status.value(u"accessModes").toArray()) {
            static const QHash<QString, QString> abbreviations = {
                {u"ReadWriteOnce"_qs, u"RWO"_qs},
                {u"ReadOnlyMany"_qs, u"ROX"_qs},
                {u"ReadWriteMany"_qs, u"RWX"_qs},
                {u"ReadWriteOncePod"_qs, u"RWOP"_qs}};
            if (!shortModes.contains(abbreviations.value(m.toString())))
                shortModes << abbreviations.value(m.toString());
        }
        modes = shortModes.join(u',');
        capacity = status.value(u"capacity").toObject().value(u"storage").toString();
    }
    QString storageClass = spec.value(u"storageClassName").toString();
    if (storageClass.isEmpty())
        storageClass = meta(claim)
                           .value(u"annotations")
                           .toObject()
                           .value(u"volume.beta.kubernetes.io/storage-class")
                           .toString();
    return rowOf(
        cellsOf({nameOf(claim), phase, volume, capacity, modes, orNone(storageClass, u"<unset>"_qs),
                 orNone(spec.value(u"volumeAttributesClassName").toString(), u"<unset>"_qs),
                 age(claim, now), orNone(spec.value(u"volumeMode").toString(), u"<unset>"_qs)}));
}

QJsonObject quotaRow(const QJsonObject &quota, const QDateTime &now)
{
    const QJsonObject status = quota.value(u"status").toObject();
    const QJsonObject hard = status.value(u"hard").toObject();
    const QJsonObject used = status.value(u"used").toObject();
    QStringList requests;
    QStringList limits;
    for (auto it = hard.begin(); it != hard.end(); ++it) {
        const QString entry =
            QStringLiteral("%1: %2/%3")
                .arg(it.key(), used.value(it.key()).toString(u"0"_qs), it.value().toString());
        (it.key().startsWith(u"limits.") ? limits : requests) << entry;
    }
    return rowOf(
        cellsOf({nameOf(quota), requests.join(u", "_qs), limits.join(u", "_qs), age(quota, now)}));
}

QJsonObject roleBindingRow(const QJsonObject &binding, const QDateTime &now)
{
    const QJsonObject roleRef = binding.value(u"roleRef").toObject();
    QStringList users;
    QStringList groups;
    QStringList accounts;
    for (const QJsonValue &s : binding.value(u"subjects").toArray()) {
        const QString kind = s[u"kind"].toString();
        if (kind == u"User")
            users << s[u"name"].toString();
        else if (kind == u"Group")
            groups << s[u"name"].toString();
        else if (kind == u"ServiceAccount")
            accounts << s[u"namespace"].toString() + u'/' + s[u"name"].toString();
    }
    const QString role =
        roleRef.value(u"kind").toString() + u'/' + roleRef.value(u"name").toString();
    return rowOf(cellsOf({nameOf(binding), role, age(binding, now), users.join(u", "_qs),
                          groups.join(u", "_qs), accounts.join(u", "_qs)}));
}

const QHash<QString, Printer> &builtinPrinters()
{
    static const QHash<QString, Printer> printers = [] {
        QHash<QString, Printer> p;
        const auto s = [](const char *name, const char *description, int priority = 0) {
            return column(QString::fromLatin1(name), u"string"_qs, QString::fromLatin1(description),
                          priority);
        };
        p.insert(u"/namespaces"_qs,
                 Printer{{nameColumn(), s("Status", "The status of the namespace"), ageColumn()},
                         [](const QJsonObject &o, const QDateTime &now) {
                             return rowOf(cellsOf(
                                 {nameOf(o), o[u"status"][u"phase"].toString(), age(o, now)}));
                         }});
        p.insert(
            u"/pods"_qs,
            Printer{
                {nameColumn(),
                 s("Ready", "The aggregate readiness state of this pod for accepting traffic."),
                 s("Status", "The aggregate status of the containers in this pod."),
                 s("Restarts", "The number of times the containers in this pod have been "
                               "restarted and when the last container in this pod has "
                               "restarted."),
                 ageColumn(), s("IP", "IP address allocated to the pod.", 1),
                 s("Node", "NodeName is a request to schedule this pod onto a specific node.", 1),
                 s("Nominated Node",
                   "nominatedNodeName is set only when this pod preempts "
                   "other pods on the node.",
                   1),
                 s("Readiness Gates",
                   "If specified, all readiness gates will be evaluated "
                   "for pod readiness.",
                   1)},
                podRow});
        p.insert(
            u"/nodes"_qs,
            Printer{{nameColumn(), s("Status", "The status of the node"),
                     s("Roles", "The roles of the node"), ageColumn(),
                     s("Version", "Kubelet Version reported by the node."),
                     s("Internal-IP", "List of addresses reachable to the node.", 1),
                     s("External-IP", "List of addresses reachable to the node.", 1),
                     s("OS-Image", "OS Image reported by the node from /etc/os-release.", 1),
                     s("Kernel-Version", "Kernel Version reported by the node.", 1),
                     s("Container-Runtime", "ContainerRuntime Version reported by the node.", 1)},
                    nodeRow});
        p.insert(
            u"/events"_qs,
            Printer{{s("Last Seen", "The time at which the most recent occurrence of this "
                                    "event was recorded."),
                     s("Type", "Type of this event (Normal, Warning)."),
                     s("Reason", "The reason the transition into the object's current "
                                 "status."),
                     s("Object", "The object that this event is about."),
                     s("Subobject", "The field of the object the event is about.", 1),
                     s("Source", "The component reporting this event.", 1),
                     s("Message", "A human-readable description of the status of this "
                                  "operation."),
                     s("First Seen", "The time at which the event was first recorded.", 1),
                     s("Count", "The number of times this event has occurred.", 1), nameColumn(1)},
                    eventRow});
        p.insert(
            u"/configmaps"_qs,
            Printer{{nameColumn(), s("Data", "Data contains the configuration data."), ageColumn()},
                    [](const QJsonObject &o, const QDateTime &now) {
                        return rowOf(cellsOf({nameOf(o),
                                              qint64(o[u"data"].toObject().size() +
                                                     o[u"binaryData"].toObject().size()),
                                              age(o, now)}));
                    }});
        p.insert(u"/secrets"_qs,
                 Printer{{nameColumn(),
                          s("Type", "Used to facilitate programmatic handling of "
                                    "secret data."),
                          s("Data", "Data contains the secret data."), ageColumn()},
                         [](const QJsonObject &o, const QDateTime &now) {
                             return rowOf(
                                 cellsOf({nameOf(o), o[u"type"].toString(u"Opaque"_qs),
                                          qint64(o[u"data"].toObject().size()), age(o, now)}));
                         }});
        p.insert(u"/serviceaccounts"_qs,
                 Printer{{nameColumn(),
                          s("Secrets", "Secrets is a list of the secrets in the "
                                       "same namespace that pods running using "
                                       "this ServiceAccount are allowed to use."),
                          ageColumn()},
                         [](const QJsonObject &o, const QDateTime &now) {
                             return rowOf(cellsOf(
                                 {nameOf(o), qint64(o[u"secrets"].toArray().size()), age(o, now)}));
                         }});
        p.insert(
            u"/persistentvolumeclaims"_qs,
            Printer{{nameColumn(),
                     s("Status", "Phase represents the current phase of "
                                 "PersistentVolumeClaim."),
                     s("Volume", "The binding reference to the PersistentVolume backing "
                                 "this claim."),
                     s("Capacity", "The actual resources of the underlying volume."),
                     s("Access Modes", "The actual access modes the volume backing the PVC "
                                       "has."),
                     s("StorageClass", "StorageClass of the pvc"),
                     s("VolumeAttributesClass", "VolumeAttributesClass of the pvc"), ageColumn(),
                     s("VolumeMode",
                       "Defines what type of volume is required by the "
                       "claim.",
                       1)},
                    pvcRow});
        p.insert(u"/resourcequotas"_qs,
                 Printer{{nameColumn(),
                          s("Request", "Request represents a minimum amount of cpu/memory that "
                                       "a container may consume."),
                          s("Limit", "Limits control the maximum amount of cpu/memory that a "
                                     "container may use independent of contention on the node."),
                          ageColumn()},
                         quotaRow});
        p.insert(u"/services"_qs,
                 Printer{{nameColumn(), s("Type", "type determines how the Service is exposed."),
                          s("Cluster-IP", "clusterIP is the IP address of the service."),
                          s("External-IP", "externalIPs is a list of IP addresses for which "
                                           "nodes in the cluster will also accept traffic for "
                                           "this service."),
                          s("Port(s)", "The list of ports that are exposed by this service."),
                          ageColumn(),
                          s("Selector",
                            "Route service traffic to pods with label keys and "
                            "values matching this selector.",
                            1)},
                         serviceRow});
        p.insert(
            u"apps/deployments"_qs,
            Printer{{nameColumn(), s("Ready", "Number of the pod with ready state"),
                     s("Up-to-date", "Total number of non-terminated pods targeted by this "
                                     "deployment that have the desired template spec."),
                     s("Available", "Total number of available pods (ready for at least "
                                    "minReadySeconds) targeted by this deployment."),
                     ageColumn(), s("Containers", "Names of each container in the template.", 1),
                     s("Images", "Images referenced by each container in the template.", 1),
                     s("Selector", "Label selector for pods.", 1)},
                    deploymentRow});
        p.insert(u"rbac.authorization.k8s.io/rolebindings"_qs,
                 Printer{{nameColumn(),
                          s("Role", "RoleRef can reference a Role in the current "
                                    "namespace or a ClusterRole in the global "
                                    "namespace."),
                          ageColumn(), s("Users", "Users in the roleBinding", 1),
                          s("Groups", "Groups in the roleBinding", 1),
                          s("ServiceAccounts", "ServiceAccounts in the roleBinding", 1)},
                         roleBindingRow});
        return p;
    }();
    return printers;
}

bool isBuiltinGroup(const QString &group)
{
    return group.isEmpty() || group == u"apps" || group == u"rbac.authorization.k8s.io" ||
           group == u"metrics.k8s.io";
}

// A CRD printer column's cell, typed as apiextensions' table convertor types it.
QJsonValue crdCell(const SimPrinterColumn &c, const QJsonObject &object, const QDateTime &now)
{
    const QJsonArray results = SimTable::jsonPath(object, c.jsonPath);
    if (results.isEmpty() || results.first().isNull() || results.first().isUndefined())
        return QJsonValue::Null;
    const QJsonValue v = results.first();
    if (c.type == u"string") {
        if (v.isString())
            return v;
        if (v.isDouble()) {
            const double d = v.toDouble();
            return d == std::trunc(d) ? QString::number(qint64(d))
                                      : QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        if (v.isBool())
            return v.toBool() ? u"true"_qs : u"false"_qs;
        return QString::fromUtf8(v.isArray()
                                     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    if (c.type == u"integer")
        return v.isDouble() ? QJsonValue(qint64(v.toDouble())) : QJsonValue::Null;
    if (c.type == u"number")
        return v.isDouble() ? v : QJsonValue::Null;
    if (c.type == u"boolean")
        return v.isBool() ? v : QJsonValue::Null;
    if (c.type == u"date") {
        if (!v.isString())
            return QJsonValue::Null;
        const QDateTime t = parseTime(v.toString());
        return t.isValid() ? SimTable::humanDuration(t.secsTo(now)) : u"<invalid>"_qs;
    }
    return QJsonValue::Null;
}

// The columns and rows of kind: a built-in printer, the CRD's columns for custom resources, or
// the server's default Name / Created At.
Printer printerFor(const SimKind &kind, const SimSchemas *schemas)
{
    const auto builtin = builtinPrinters().constFind(kind.id());
    if (builtin != builtinPrinters().constEnd())
        return *builtin;
    if (isBuiltinGroup(kind.group)) {
        return Printer{{nameColumn(), column(u"Created At"_qs, u"date"_qs, ageDescription())},
                       [](const QJsonObject &o, const QDateTime &) {
                           const QDateTime created =
                               parseTime(meta(o).value(u"creationTimestamp").toString());
                           return rowOf(cellsOf(
                               {nameOf(o), created.isValid() ? created.toUTC().toString(Qt::ISODate)
                                                             : QString()}));
                       }};
    }
    const SimCrdVersion *crd = schemas ? schemas->find(kind) : nullptr;
    QList<SimPrinterColumn> columns = crd ? crd->columns : QList<SimPrinterColumn>();
    // apiextensions gives a CRD version without printer columns an Age column.
    if (columns.isEmpty()) {
        SimPrinterColumn ageOf = column(u"Age"_qs, u"date"_qs, {});
        ageOf.jsonPath = u".metadata.creationTimestamp"_qs;
        columns << ageOf;
    }
    Printer printer;
    printer.columns << nameColumn();
    for (const SimPrinterColumn &c : std::as_const(columns)) {
        SimPrinterColumn definition = c;
        definition.jsonPath.clear();
        printer.columns << definition;
    }
    printer.row = [columns](const QJsonObject &o, const QDateTime &now) {
        QJsonArray cells{nameOf(o)};
        for (const SimPrinterColumn &c : columns)
            cells.append(crdCell(c, o, now));
        return rowOf(cells);
    };
    return printer;
}

// The scalar a filter compares, as text or number.
bool filterMatches(const QJsonValue &element, const QString &expression)
{
    static const QStringList operators = {u"=="_qs, u"!="_qs, u">="_qs, u"<="_qs, u">"_qs, u"<"_qs};
    QString op;
    qsizetype at = -1;
    for (const QString &candidate : operators) {
        at = expression.indexOf(candidate);
        if (at >= 0) {
            op = candidate;
            break;
        }
    }
    const QString lhsPath = (at >= 0 ? expression.left(at) : expression).trimmed();
    if (!lhsPath.startsWith(u'@'))
        return false;
    const QJsonArray lhs = SimTable::jsonPath(element, lhsPath.mid(1));
    if (op.isEmpty())
        return !lhs.isEmpty() && !lhs.first().isNull();
    if (lhs.isEmpty())
        return false;
    QString literal = expression.mid(at + op.size()).trimmed();
    QJsonValue rhs;
    if (literal.size() >= 2 && (literal.startsWith(u'"') || literal.startsWith(u'\'')))
        rhs = literal.mid(1, literal.size() - 2);
    else if (literal == u"true" || literal == u"false")
        rhs = literal == u"true";
    else
        rhs = literal.toDouble();
    const QJsonValue value = lhs.first();
    if (op == u"==")
        return value == rhs;
    if (op == u"!=")
        return value != rhs;
    if (!value.isDouble() || !rhs.isDouble())
        return false;
    const double a = value.toDouble();
    const double b = rhs.toDouble();
    return op == u">" ? a > b : op == u"<" ? a < b : op == u">=" ? a >= b : a <= b;
}

} // namespace

SimView SimView::negotiate(const QByteArray &accept, bool list, const QString &includeObject)
{
    SimView view;
    if (includeObject == u"None")
        view.include = Include::None;
    else if (includeObject == u"Object")
        view.include = Include::Object;
    for (const QByteArray &mediaRange : accept.split(',')) {
        const QList<QByteArray> parts = mediaRange.split(';');
        const QByteArray type = parts.first().trimmed();
        if (type != "application/json" && type != "*/*" && type != "application/*")
            continue;
        QHash<QByteArray, QByteArray> parameters;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0)
                parameters.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
        }
        const QByteArray as = parameters.value("as");
        if (as.isEmpty())
            return view;
        const QByteArray version = parameters.value("v");
        if (parameters.value("g") != "meta.k8s.io" || (version != "v1" && version != "v1beta1"))
            continue;
        view.metaVersion = QString::fromLatin1(version);
        if (as == "Table") {
            view.shape = Shape::Table;
            return view;
        }
        if ((as == "PartialObjectMetadataList" && list) ||
            (as == "PartialObjectMetadata" && !list)) {
            view.shape = Shape::Metadata;
            return view;
        }
    }
    view.shape = Shape::Object;
    return view;
}

SimTable::SimTable(const SimSchemas *schemas)
    : m_schemas(schemas)
{}

QDateTime SimTable::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString SimTable::humanDuration(qint64 seconds)
{
    // Up to two seconds in the future counts as now, for clocks that disagree slightly.
    if (seconds < -1)
        return u"<invalid>"_qs;
    if (seconds < 0)
        return u"0s"_qs;
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes)
                      : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = seconds / 3600;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours)
                      : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24)
                      : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 days = (hours / 24) % 365;
        return days == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                         : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(days);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

QJsonArray SimTable::jsonPath(const QJsonValue &root, const QString &path)
{
    QString p = path.trimmed();
    if (p.startsWith(u'{') && p.endsWith(u'}'))
        p = p.mid(1, p.size() - 2).trimmed();
    if (p.startsWith(u'$'))
        p = p.mid(1);
    QList<QJsonValue> current{root};
    qsizetype i = 0;
    while (i < p.size() && !current.isEmpty()) {
        QList<QJsonValue> next;
        if (p.at(i) == u'[') {
            // Find the closing bracket outside quotes and parentheses.
            qsizetype j = i + 1;
            int depth = 0;
            QChar quote;
            for (; j < p.size(); ++j) {
                const QChar c = p.at(j);
                if (!quote.isNull()) {
                    if (c == quote)
                        quote = QChar();
                } else if (c == u'"' || c == u'\'') {
                    quote = c;
                } else if (c == u'(') {
                    ++depth;
                } else if (c == u')') {
                    --depth;
                } else if (c == u']' && depth == 0) {
                    break;
                }
            }
            if (j >= p.size())
                return {};
            const QString inner = p.mid(i + 1, j - i - 1).trimmed();
            i = j + 1;
            for (const QJsonValue &v : std::as_const(current)) {
                if (inner.startsWith(u"?(") && inner.endsWith(u')')) {
                    const QString expression = inner.mid(2, inner.size() - 3);
                    for (const QJsonValue &e : v.toArray()) {
                        if (filterMatches(e, expression))
                            next << e;
                    }
                } else if (inner == u"*") {
                    if (v.isArray()) {
                        for (const QJsonValue &e : v.toArray())
                            next << e;
                    } else if (v.isObject()) {
                        for (const QJsonValue &e : v.toObject())
                            next << e;
                    }
                } else if (inner.startsWith(u'\'') || inner.startsWith(u'"')) {
                    const QString key = inner.mid(1, inner.size() - 2);
                    if (v.toObject().contains(key))
                        next << v.toObject().value(key);
                } else if (inner.contains(u':')) {
                    const QJsonArray a = v.toArray();
                    const qsizetype n = a.size();
                    const QString from = inner.section(u':', 0, 0).trimmed();
                    const QString to = inner.section(u':', 1, 1).trimmed();
                    qsizetype start = from.isEmpty() ? 0 : from.toLongLong();
                    qsizetype end = to.isEmpty() ? n : to.toLongLong();
                    if (start < 0)
                        start += n;
                    if (end < 0)
                        end += n;
                    start = std::clamp<qsizetype>(start, 0, n);
                    end = std::clamp<qsizetype>(end, 0, n);
                    for (qsizetype k = start; k < end; ++k)
                        next << a.at(k);
                } else {
                    bool ok = false;
                    qsizetype index = inner.toLongLong(&ok);
                    const QJsonArray a = v.toArray();
                    if (ok && index < 0)
                        index += a.size();
                    if (ok && index >= 0 && index < a.size())
                        next << a.at(index);
                }
            }
        } else {
            if (p.at(i) == u'.')
                ++i;
            if (i < p.size() && p.at(i) == u'.')
                return {}; // recursive descent is not in the subset
            qsizetype j = i;
            while (j < p.size() && p.at(j) != u'.' && p.at(j) != u'[')
                ++j;
            const QString key = p.mid(i, j - i);
            i = j;
            if (key.isEmpty()) {
                next = current;
            } else {
                for (const QJsonValue &v : std::as_const(current)) {
                    if (key == u"*" && v.isObject()) {
                        for (const QJsonValue &e : v.toObject())
                            next << e;
                    } else if (v.toObject().contains(key)) {
                        next << v.toObject().value(key);
                    }
                }
            }
        }
        current = next;
    }
    QJsonArray result;
    for (const QJsonValue &v : std::as_const(current))
        result.append(v);
    return result;
}

QJsonObject SimTable::table(const SimKind &kind, const QList<QJsonObject> &objects,
                            const QJsonObject &listMeta, const SimView &view) const
{
    const Printer printer = printerFor(kind, m_schemas);
    QJsonArray definitions;
    for (const SimPrinterColumn &c : printer.columns)
        definitions.append(QJsonObject{{u"name"_qs, c.name},
                                       {u"type"_qs, c.type},
                                       {u"format"_qs, c.format},
                                       {u"description"_qs, c.description},
                                       {u"priority"_qs, c.priority}});
    const QString metaApiVersion = u"meta.k8s.io/"_qs + view.metaVersion;
    const QDateTime at = now();
    QJsonArray rows;
    for (const QJsonObject &o : objects) {
        QJsonObject row = printer.row(o, at);
        if (view.include == SimView::Include::Metadata)
            row.insert(u"object"_qs, QJsonObject{{u"kind"_qs, u"PartialObjectMetadata"_qs},
                                                 {u"apiVersion"_qs, metaApiVersion},
                                                 {u"metadata"_qs, meta(o)}});
        else if (view.include == SimView::Include::Object)
            row.insert(u"object"_qs, o);
        rows.append(row);
    }
    return QJsonObject{{u"kind"_qs, u"Table"_qs},
                       {u"apiVersion"_qs, metaApiVersion},
                       {u"metadata"_qs, listMeta},
                       {u"columnDefinitions"_qs, definitions},
                       {u"rows"_qs, rows}};
}

QJsonObject SimTable::present(const SimKind &kind, const QJsonObject &body,
                              const SimView &view) const
{
    if (view.shape == SimView::Shape::Object || body.value(u"kind").toString() == u"Status")
        return body;
    const bool isList = body.value(u"items").isArray();
    QList<QJsonObject> objects;
    if (isList) {
        for (const QJsonValue &v : body.value(u"items").toArray())
            objects << v.toObject();
    } else {
        objects << body;
    }
    const QJsonObject listMeta =
        isList ? meta(body)
               : QJsonObject{{u"resourceVersion"_qs, meta(body).value(u"resourceVersion")}};
    if (view.shape == SimView::Shape::Table)
        return table(kind, objects, listMeta, view);

    const QString metaApiVersion = u"meta.k8s.io/"_qs + view.metaVersion;
    const auto partial = [&](const QJsonObject &o) {
        return QJsonObject{{u"kind"_qs, u"PartialObjectMetadata"_qs},
                           {u"apiVersion"_qs, metaApiVersion},
                           {u"metadata"_qs, meta(o)}};
    };
    if (!isList)
        return partial(body);
    QJsonArray items;
    for (const QJsonObject &o : std::as_const(objects))
        items.append(partial(o));
    return QJsonObject{{u"kind"_qs, u"PartialObjectMetadataList"_qs},
                       {u"apiVersion"_qs, metaApiVersion},
                       {u"metadata"_qs, listMeta},
                       {u"items"_qs, items}};
}

} // namespace kfw::sim
