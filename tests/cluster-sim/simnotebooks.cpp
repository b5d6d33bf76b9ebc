#include "simnotebooks.h"

#include "simstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace kfw::sim {

namespace {

const QString kNotebooksId = u"kubeflow.org/notebooks"_qs;
const QString kStatefulSetsId = u"apps/statefulsets"_qs;
const QString kStopAnnotation = u"kubeflow-resource-stopped"_qs;
// The controller works with the v1beta1 Notebook type, so that is the version its owner
// references and events name.
const QString kNotebookApiVersion = u"kubeflow.org/v1beta1"_qs;
// The node pods run on when the store has no Nodes (tests rarely make any).
const QString kDefaultNode = u"kfw-sim-node"_qs;
constexpr quint16 kJupyterPort = 8888;
constexpr int kServingPort = 80;

const SimKind &notebooksKind()
{
    return simKind("kubeflow.org", "v1", "notebooks");
}
const SimKind &statefulSetsKind()
{
    return simKind("apps", "v1", "statefulsets");
}
const SimKind &servicesKind()
{
    return simKind("", "v1", "services");
}
const SimKind &podsKind()
{
    return simKind("", "v1", "pods");
}
const SimKind &eventsKind()
{
    return simKind("", "v1", "events");
}

QJsonObject meta(const QJsonObject &object)
{
    return object.value(u"metadata").toObject();
}
QString nameOf(const QJsonObject &object)
{
    return meta(object).value(u"name").toString();
}
QString namespaceOf(const QJsonObject &object)
{
    return meta(object).value(u"namespace").toString();
}
QString uidOf(const QJsonObject &object)
{
    return meta(object).value(u"uid").toString();
}
QString labelOf(const QJsonObject &object, const QString &key)
{
    return meta(object).value(u"labels").toObject().value(key).toString();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject controllerReference(const QJsonObject &owner, const QString &apiVersion,
                                const QString &kind)
{
    return QJsonObject{{u"apiVersion"_qs, apiVersion}, {u"kind"_qs, kind},
                       {u"name"_qs, nameOf(owner)},    {u"uid"_qs, uidOf(owner)},
                       {u"controller"_qs, true},       {u"blockOwnerDeletion"_qs, true}};
}

// The name of the object's controller of that kind, or empty.
QString controllerOf(const QJsonObject &object, const QString &kind)
{
    for (const QJsonValue &ref : meta(object).value(u"ownerReferences").toArray()) {
        if (ref[u"kind"].toString() == kind && ref[u"controller"].toBool())
            return ref[u"name"].toString();
    }
    return {};
}

bool ownedBy(const QJsonObject &object, const QString &uid)
{
    for (const QJsonValue &ref : meta(object).value(u"ownerReferences").toArray()) {
        if (ref[u"uid"].toString() == uid)
            return true;
    }
    return false;
}

QJsonObject reference(const QJsonObject &object, const QString &apiVersion, const QString &kind,
                      const QString &fieldPath = {})
{
    QJsonObject ref{{u"kind"_qs, kind},
                    {u"namespace"_qs, namespaceOf(object)},
                    {u"name"_qs, nameOf(object)},
                    {u"uid"_qs, uidOf(object)},
                    {u"apiVersion"_qs, apiVersion},
                    {u"resourceVersion"_qs, meta(object).value(u"resourceVersion")}};
    if (!fieldPath.isEmpty())
        ref.insert(u"fieldPath"_qs, fieldPath);
    return ref;
}

QJsonObject source(const QString &component, const QString &host = {})
{
    QJsonObject s{{u"component"_qs, component}};
    if (!host.isEmpty())
        s.insert(u"host"_qs, host);
    return s;
}

// apimachinery's rand.SafeEncodeString: the characters names may end in, without vowels.
QString safeEncode(const QByteArray &text)
{
    static const char alphanumerics[] = "bcdfghjklmnpqrstvwxz2456789";
    QString encoded;
    for (const char c : text)
        encoded += QLatin1Char(alphanumerics[uchar(c) % (sizeof alphanumerics - 1)]);
    return encoded;
}

// The StatefulSet controller names a revision by a 32-bit FNV-1a hash of the pod template.
QString revisionOf(const QString &statefulSet, const QJsonObject &podTemplate)
{
    quint32 hash = 2166136261u;
    for (const char c : QJsonDocument(podTemplate).toJson(QJsonDocument::Compact)) {
        hash ^= uchar(c);
        hash *= 16777619u;
    }
    return statefulSet + u'-' + safeEncode(QByteArray::number(hash));
}

// The pod template the controller derives from a Notebook, as upstream's generateStatefulSet:
// the Notebook's labels and its annotations but the kubectl and notebook ones, and in the first
// container a working directory, the Jupyter port and NB_PREFIX unless given, and fsGroup 100.
QJsonObject podTemplateOf(const QJsonObject &notebook)
{
    const QString name = nameOf(notebook);
    QJsonObject labels{{u"statefulset"_qs, name}, {u"notebook-name"_qs, name}};
    const QJsonObject notebookLabels = meta(notebook).value(u"labels").toObject();
    for (auto it = notebookLabels.begin(); it != notebookLabels.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject annotations;
    const QJsonObject notebookAnnotations = meta(notebook).value(u"annotations").toObject();
    for (auto it = notebookAnnotations.begin(); it != notebookAnnotations.end(); ++it) {
        if (!it.key().contains(u"kubectl") && !it.key().contains(u"notebook"))
            annotations.insert(it.key(), it.value());
    }

    QJsonObject spec = notebook[u"spec"][u"template"][u"spec"].toObject();
    QJsonArray containers = spec.value(u"containers").toArray();
    QJsonObject first = containers.first().toObject();
    if (first.value(u"workingDir").toString().isEmpty())
        first.insert(u"workingDir"_qs, u"/home/jovyan"_qs);
    if (!first.contains(u"ports"))
        first.insert(u"ports"_qs, QJsonArray{QJsonObject{{u"containerPort"_qs, kJupyterPort},
                                                         {u"name"_qs, u"notebook-port"_qs},
                                                         {u"protocol"_qs, u"TCP"_qs}}});
    // Upstream appends NB_PREFIX only when it is missing: a value the user set stays.
    QJsonArray env = first.value(u"env").toArray();
    const bool hasPrefix = std::any_of(env.begin(), env.end(), [](const QJsonValue &v) {
        return v[u"name"].toString() == u"NB_PREFIX";
    });
    if (!hasPrefix)
        env.append(QJsonObject{
            {u"name"_qs, u"NB_PREFIX"_qs},
            {u"value"_qs, QStringLiteral("/notebook/%1/%2").arg(namespaceOf(notebook), name)}});
    first.insert(u"env"_qs, env);
    containers.replace(0, first);
    spec.insert(u"containers"_qs, containers);
    if (!spec.contains(u"securityContext"))
        spec.insert(u"securityContext"_qs, QJsonObject{{u"fsGroup"_qs, 100}});

    return QJsonObject{
        {u"metadata"_qs, QJsonObject{{u"labels"_qs, labels}, {u"annotations"_qs, annotations}}},
        {u"spec"_qs, spec}};
}

QJsonObject statefulSetOf(const QJsonObject &notebook)
{
    const QString name = nameOf(notebook);
    const bool stopped = meta(notebook).value(u"annotations").toObject().contains(kStopAnnotation);
    return QJsonObject{
        {u"metadata"_qs,
         QJsonObject{{u"name"_qs, name},
                     {u"ownerReferences"_qs, QJsonArray{controllerReference(
                                                 notebook, kNotebookApiVersion, u"Notebook"_qs)}}}},
        {u"spec"_qs,
         QJsonObject{{u"replicas"_qs, stopped ? 0 : 1},
                     {u"selector"_qs,
                      QJsonObject{{u"matchLabels"_qs, QJsonObject{{u"statefulset"_qs, name}}}}},
                     {u"template"_qs, podTemplateOf(notebook)},
                     // What the API server fills in.
                     {u"podManagementPolicy"_qs, u"OrderedReady"_qs},
                     {u"updateStrategy"_qs,
                      QJsonObject{{u"type"_qs, u"RollingUpdate"_qs},
                                  {u"rollingUpdate"_qs, QJsonObject{{u"partition"_qs, 0}}}}},
                     {u"revisionHistoryLimit"_qs, 10}}}};
}

// The Service upstream makes: port 80 to the first container's first port (8888 by default),
// named in Istio's pattern.
QJsonObject serviceSpecOf(const QJsonObject &notebook)
{
    const QString name = nameOf(notebook);
    const QJsonArray ports =
        notebook[u"spec"][u"template"][u"spec"][u"containers"][0][u"ports"].toArray();
    const int target = ports.isEmpty() ? kJupyterPort : ports.first()[u"containerPort"].toInt();
    return QJsonObject{
        {u"type"_qs, u"ClusterIP"_qs},
        {u"selector"_qs, QJsonObject{{u"statefulset"_qs, name}}},
        {u"ports"_qs, QJsonArray{QJsonObject{{u"name"_qs, QString(u"http-"_qs + name)},
                                             {u"port"_qs, kServingPort},
                                             {u"targetPort"_qs, target},
                                             {u"protocol"_qs, u"TCP"_qs}}}}};
}

// A stable address in the service range, as the API server allocates one.
QString clusterIpFor(const QString &ns, const QString &name)
{
    const uint h = qHash(ns + u'/' + name);
    return QStringLiteral("10.96.%1.%2").arg((h >> 8) % 254 + 1).arg(h % 254 + 1);
}

QString qosClassOf(const QJsonObject &spec)
{
    bool any = false;
    bool guaranteed = true;
    for (const QJsonValue &c : spec.value(u"containers").toArray()) {
        const QJsonObject requests = c[u"resources"][u"requests"].toObject();
        const QJsonObject limits = c[u"resources"][u"limits"].toObject();
        any = any || !requests.isEmpty() || !limits.isEmpty();
        for (const QString &resource : {u"cpu"_qs, u"memory"_qs}) {
            const QJsonValue limit = limits.value(resource);
            if (limit.isUndefined() ||
                (requests.contains(resource) && requests.value(resource) != limit))
                guaranteed = false;
        }
    }
    if (!any)
        return u"BestEffort"_qs;
    return guaranteed ? u"Guaranteed"_qs : u"Burstable"_qs;
}

QJsonObject condition(const QString &type, bool status, const QString &reason = {},
                      const QString &message = {})
{
    QJsonObject c{{u"type"_qs, type},
                  {u"status"_qs, status ? u"True"_qs : u"False"_qs},
                  {u"lastProbeTime"_qs, QJsonValue::Null}};
    if (!reason.isEmpty())
        c.insert(u"reason"_qs, reason);
    if (!message.isEmpty())
        c.insert(u"message"_qs, message);
    return c;
}

// Conditions with the transition times the kubelet keeps: a condition whose status did not
// change keeps its time.
QJsonArray withTransitionTimes(QJsonArray conditions, const QJsonArray &before)
{
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        QJsonObject c = conditions.at(i).toObject();
        QString at = now();
        for (const QJsonValue &old : before) {
            if (old[u"type"] == c.value(u"type") && old[u"status"] == c.value(u"status"))
                at = old[u"lastTransitionTime"].toString(at);
        }
        c.insert(u"lastTransitionTime"_qs, at);
        conditions.replace(i, c);
    }
    return conditions;
}

bool podReady(const QJsonObject &pod)
{
    for (const QJsonValue &c : pod[u"status"][u"conditions"].toArray()) {
        if (c[u"type"].toString() == u"Ready")
            return c[u"status"].toString() == u"True";
    }
    return false;
}

QString hexDigest(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

// A pod's status after the scheduler bound it, while its containers are created or run:
// containers are keyed by name to their state, those missing wait in ContainerCreating.
QJsonObject boundStatus(const QJsonObject &pod, const QHash<QString, QJsonObject> &states)
{
    const QJsonObject spec = pod.value(u"spec").toObject();
    const QJsonObject before = pod.value(u"status").toObject();
    QJsonArray statuses;
    QStringList unready;
    bool allRunning = true;
    for (const QJsonValue &c : spec.value(u"containers").toArray()) {
        const QString name = c[u"name"].toString();
        const QString image = c[u"image"].toString();
        const QJsonObject state = states.value(
            name,
            QJsonObject{{u"waiting"_qs, QJsonObject{{u"reason"_qs, u"ContainerCreating"_qs}}}});
        const bool running = state.contains(u"running");
        allRunning = allRunning && running;
        if (!running)
            unready << name;
        QJsonObject status{{u"name"_qs, name},         {u"image"_qs, image},
                           {u"imageID"_qs, QString()}, {u"ready"_qs, running},
                           {u"restartCount"_qs, 0},    {u"started"_qs, running},
                           {u"state"_qs, state}};
        if (running) {
            // The same container keeps its id and image digest from one status to the next.
            QString containerId;
            for (const QJsonValue &old : before.value(u"containerStatuses").toArray()) {
                if (old[u"name"].toString() == name)
                    containerId = old[u"containerID"].toString();
            }
            status.insert(u"containerID"_qs, containerId.isEmpty()
                                                 ? u"containerd://"_qs + randomHex(32)
                                                 : containerId);
            status.insert(u"imageID"_qs,
                          QStringLiteral("%1@sha256:%2").arg(image, hexDigest(image.toUtf8())));
        }
        statuses.append(status);
    }
    const QString notReady =
        QStringLiteral("containers with unready status: [%1]").arg(unready.join(u' '));
    const QJsonArray conditions{
        condition(u"PodReadyToStartContainers"_qs, true), condition(u"Initialized"_qs, true),
        allRunning ? condition(u"Ready"_qs, true)
                   : condition(u"Ready"_qs, false, u"ContainersNotReady"_qs, notReady),
        allRunning ? condition(u"ContainersReady"_qs, true)
                   : condition(u"ContainersReady"_qs, false, u"ContainersNotReady"_qs, notReady),
        condition(u"PodScheduled"_qs, true)};
    return QJsonObject{
        {u"phase"_qs, allRunning ? u"Running"_qs : u"Pending"_qs},
        {u"conditions"_qs, withTransitionTimes(conditions, before.value(u"conditions").toArray())},
        {u"containerStatuses"_qs, statuses},
        {u"startTime"_qs, before.value(u"startTime").toString(now())},
        {u"qosClass"_qs, qosClassOf(spec)}};
}

QByteArray jupyterPage(const QString &ns, const QString &notebook, const QString &image)
{
    const QString title = QStringLiteral("JupyterLab · %1/%2").arg(ns, notebook);
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n</head>\n<body>\n<h1>JupyterLab</h1>\n"
                          "<p>The simulated Jupyter server of notebook %2 in %3 (image %4).</p>\n"
                          "</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), notebook.toHtmlEscaped(), ns.toHtmlEscaped(),
             image.toHtmlEscaped())
        .toUtf8();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Status";
    }
}

// One WebSocket port-forward to a pod, the kubelet's side of it: a pair of channels per port
// (data 2n, error 2n+1), each opened by the port number (2 bytes, little-endian), every message
// prefixed by its channel (a byte, or a digit in the base64 variant). Each port connects at
// once, as the kubelet dials it; a port nothing listens on gets the kubelet's error on its
// error channel. Behind port 8888 of a ready notebook pod an HTTP/1.1 server answers as the
// notebook's Jupyter server. The WebSocket closes when every port's connection has closed or
// the pod goes.
class PortForward : public QObject
{
public:
    PortForward(SimNotebooks *notebooks, SimStore *store, QTcpSocket *socket, QString ns,
                QString pod, const QList<quint16> &ports, bool base64)
        : QObject(notebooks)
        , m_notebooks(notebooks)
        , m_store(store)
        , m_socket(socket)
        , m_ns(std::move(ns))
        , m_pod(std::move(pod))
        , m_base64(base64)
    {
        for (const quint16 port : ports)
            m_streams << Stream{port, true, {}};
        connect(socket, &QIODevice::readyRead, this, &PortForward::read);
        connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, &QObject::deleteLater);
        connect(store, &SimStore::changed, this, [this](const SimEvent &event) {
            if (event.kindId == u"/pods" && event.type == u"DELETED" &&
                namespaceOf(event.object) == m_ns && nameOf(event.object) == m_pod)
                close(1000);
        });

        const QJsonObject found = m_store->get(podsKind(), m_ns, m_pod).body;
        for (qsizetype i = 0; i < m_streams.size(); ++i) {
            const quint16 port = m_streams.at(i).port;
            QByteArray prefix;
            prefix.append(char(port & 0xff)).append(char(port >> 8));
            send(int(2 * i), prefix);
            send(int(2 * i + 1), prefix);
        }
        for (qsizetype i = 0; i < m_streams.size(); ++i) {
            const quint16 port = m_streams.at(i).port;
            if (SimNotebooks::listens(found, port))
                continue;
            // containerd's words when nothing accepts the connection in the pod.
            send(int(2 * i + 1),
                 QStringLiteral("error forwarding port %1 to pod %2, uid : failed to connect to "
                                "localhost:%1 inside namespace \"%2\", IPv4: dial tcp4 "
                                "127.0.0.1:%1: connect: connection refused IPv6 dial tcp6 "
                                "[::1]:%1: connect: connection refused ")
                     .arg(port)
                     .arg(uidOf(found))
                     .toUtf8());
            m_streams[i].open = false;
        }
        if (!anyOpen())
            close(1000);
        else
            read(); // what the client sent before the socket was handed over
    }

private:
    struct Stream
    {
        quint16 port = 0;
        bool open = true;
        QByteArray input; // bytes of requests not answered yet
    };

    bool anyOpen() const
    {
        return std::any_of(m_streams.begin(), m_streams.end(),
                           [](const Stream &s) { return s.open; });
    }

    void read()
    {
        if (!m_socket)
            return;
        m_input += m_socket->readAll();
        while (m_socket && m_input.size() >= 2) {
            const uchar b0 = uchar(m_input.at(0));
            const uchar b1 = uchar(m_input.at(1));
            qsizetype at = 2;
            quint64 length = b1 & 0x7f;
            if (length == 126) {
                if (m_input.size() < 4)
                    return;
                length = (quint64(uchar(m_input.at(2))) << 8) | uchar(m_input.at(3));
                at = 4;
            } else if (length == 127) {
                if (m_input.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | uchar(m_input.at(i));
                at = 10;
            }
            // A client masks every frame; a server must close a connection that does not.
            if (!(b1 & 0x80)) {
                close(1002);
                return;
            }
            if (m_input.size() < at + 4 + qsizetype(length))
                return;
            const QByteArray mask = m_input.mid(at, 4);
            QByteArray payload = m_input.mid(at + 4, qsizetype(length));
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ mask.at(i % 4));
            m_input.remove(0, at + 4 + qsizetype(length));
            frameReceived(b0 & 0x80, b0 & 0x0f, payload);
        }
    }

    void frameReceived(bool fin, int opcode, const QByteArray &payload)
    {
        switch (opcode) {
        case 0x8: // close: answer with the same code and hang up
            close(payload.size() >= 2 ? quint16((uchar(payload.at(0)) << 8) | uchar(payload.at(1)))
                                      : quint16(1000));
            return;
        case 0x9:
            frame(0xA, payload);
            return;
        case 0xA:
            return;
        case 0x0:
            m_message += payload;
            break;
        default:
            m_message = payload;
            break;
        }
        if (fin)
            messageReceived(std::exchange(m_message, {}));
    }

    void messageReceived(const QByteArray &message)
    {
        if (message.isEmpty())
            return;
        int channel = uchar(message.at(0));
        QByteArray data = message.mid(1);
        if (m_base64) {
            channel -= '0';
            data = QByteArray::fromBase64(data);
        }
        // Error channels are the server's to write; data for no port is dropped, as upstream.
        const qsizetype index = channel / 2;
        if (channel < 0 || channel % 2 != 0 || index >= m_streams.size() ||
            !m_streams.at(index).open)
            return;
        m_streams[index].input += data;
        serve(index);
    }

    // The Jupyter server behind the port: answers each complete request in turn.
    void serve(qsizetype index)
    {
        while (m_socket && m_streams.at(index).open) {
            QByteArray &input = m_streams[index].input;
            const qsizetype end = input.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = input.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            qsizetype bodyLength = 0;
            bool closeAfter = requestLine.value(2) == "HTTP/1.0";
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    bodyLength = value.toLongLong();
                else if (name == "connection")
                    closeAfter = value.toLower() == "close";
            }
            if (input.size() < end + 4 + bodyLength)
                return;
            input.remove(0, end + 4 + bodyLength);

            const QJsonObject pod = m_store->get(podsKind(), m_ns, m_pod).body;
            if (!SimNotebooks::listens(pod, m_streams.at(index).port)) {
                // The server went (the notebook stops): its connection ends.
                m_streams[index].open = false;
                if (!anyOpen())
                    close(1000);
                return;
            }
            const QByteArray method = requestLine.value(0);
            const QString path = QString::fromUtf8(requestLine.value(1)).section(u'?', 0, 0);
            const SimNotebooks::Answer answer =
                m_notebooks->jupyter(pod, method, QUrl::fromPercentEncoding(path.toUtf8()));
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                                  reasonPhrase(answer.status) + "\r\n";
            response += "Server: TornadoServer/6.4.1\r\nContent-Type: " + answer.contentType +
                        "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
            if (closeAfter)
                response += "Connection: close\r\n";
            response += "\r\n";
            if (method != "HEAD")
                response += answer.body;
            send(int(2 * index), response);
            if (closeAfter) {
                m_streams[index].open = false;
                if (!anyOpen())
                    close(1000);
            }
        }
    }

    void send(int channel, const QByteArray &data)
    {
        if (m_base64)
            frame(0x1, char('0' + channel) + data.toBase64());
        else
            frame(0x2, char(channel) + data);
    }

    void frame(quint8 opcode, const QByteArray &payload)
    {
        if (!m_socket)
            return;
        QByteArray header(1, char(0x80 | opcode));
        const quint64 length = quint64(payload.size());
        if (length < 126) {
            header += char(length);
        } else if (length <= 0xffff) {
            header += char(126);
            header += char(length >> 8);
            header += char(length & 0xff);
        } else {
            header += char(127);
            for (int shift = 56; shift >= 0; shift -= 8)
                header += char((length >> shift) & 0xff);
        }
        m_socket->write(header + payload);
    }

    void close(quint16 code)
    {
        if (!m_socket)
            return;
        frame(0x8, QByteArray().append(char(code >> 8)).append(char(code & 0xff)));
        m_socket->disconnectFromHost();
        m_socket = nullptr;
        deleteLater();
    }

    SimNotebooks *m_notebooks;
    SimStore *m_store;
    QPointer<QTcpSocket> m_socket;
    QString m_ns;
    QString m_pod;
    bool m_base64;
    QList<Stream> m_streams;
    QByteArray m_input;   // bytes of frames not complete yet
    QByteArray m_message; // a fragmented message so far
};

} // namespace

SimNotebooks::SimNotebooks(SimStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SimStore::changed, this, &SimNotebooks::onChanged);
}

bool SimNotebooks::imageMissing(const QString &image)
{
    return image.contains(u"does-not-exist");
}

void SimNotebooks::onChanged(const SimEvent &event)
{
    // Changes are only queued here: acting inside the store's signal would put this
    // controller's writes ahead of the event that caused them in the server's watch streams.
    const QString ns = namespaceOf(event.object);
    const bool deleted = event.type == u"DELETED";
    if (event.kindId == kNotebooksId) {
        if (deleted)
            m_gone << qMakePair(ns, uidOf(event.object));
        else
            m_notebooks << ns + u'/' + nameOf(event.object);
    } else if (event.kindId == kStatefulSetsId || event.kindId == u"/services") {
        // A StatefulSet's pods go with it; the controller puts back what someone removed or
        // changed of what it owns.
        if (deleted && event.kindId == kStatefulSetsId)
            m_gone << qMakePair(ns, uidOf(event.object));
        const QString owner = controllerOf(event.object, u"Notebook"_qs);
        if (!owner.isEmpty())
            m_notebooks << ns + u'/' + owner;
    } else if (event.kindId == u"/pods") {
        const QString notebook = labelOf(event.object, u"notebook-name"_qs);
        if (notebook.isEmpty())
            return;
        if (deleted)
            m_activity.remove(ns + u'/' + nameOf(event.object));
        m_notebooks << ns + u'/' + notebook;
    } else if (event.kindId == u"/events" && !deleted) {
        const QString involved = event.object[u"involvedObject"][u"kind"].toString();
        if (involved != u"Pod" && involved != u"StatefulSet")
            return;
        m_events << event.object;
    } else if ((event.kindId == u"/secrets" || event.kindId == u"/configmaps" ||
                event.kindId == u"/persistentvolumeclaims") &&
               event.type == u"ADDED") {
        m_retry << ns;
    } else {
        return;
    }
    schedule();
}

void SimNotebooks::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        settle();
    });
}

void SimNotebooks::settle()
{
    // Reconciles queue more work by their own writes; it ends when the writes change nothing.
    for (int round = 0; round < 100; ++round) {
        if (m_gone.isEmpty() && m_notebooks.isEmpty() && m_events.isEmpty() && m_retry.isEmpty())
            return;
        const auto gone = std::exchange(m_gone, {});
        for (const auto &[ns, uid] : gone)
            collect(ns, uid);
        QStringList notebooks = std::exchange(m_notebooks, {});
        notebooks.removeDuplicates();
        for (const QString &key : std::as_const(notebooks))
            reconcile(key.section(u'/', 0, 0), key.section(u'/', 1));
        const auto events = std::exchange(m_events, {});
        for (const QJsonObject &event : events)
            reissue(event);
        QStringList retries = std::exchange(m_retry, {});
        retries.removeDuplicates();
        for (const QString &ns : std::as_const(retries))
            retry(ns);
    }
    qWarning("kfw-cluster-sim: the notebook controller does not settle");
}

void SimNotebooks::fastForward()
{
    m_aged = true;
    settle();
    const QHash<QString, QString> starting = std::exchange(m_starting, {});
    for (auto it = starting.cbegin(); it != starting.cend(); ++it)
        start(it.key().section(u'/', 0, 0), it.key().section(u'/', 1), it.value());
    settle();
    m_aged = false;
}

void SimNotebooks::reconcile(const QString &ns, const QString &name)
{
    const SimResult found = m_store->get(notebooksKind(), ns, name);
    if (!found.ok())
        return; // deleted: collect() removes what it owned
    const QJsonObject notebook = found.body;

    const QJsonObject wanted = statefulSetOf(notebook);
    const SimResult set = m_store->get(statefulSetsKind(), ns, name);
    if (!set.ok()) {
        m_store->create(statefulSetsKind(), ns, wanted);
    } else if (set.body.value(u"spec") != wanted.value(u"spec")) {
        QJsonObject updated = set.body;
        updated.insert(u"spec"_qs, wanted.value(u"spec"));
        m_store->update(statefulSetsKind(), ns, name, updated);
    }

    const QJsonObject serviceSpec = serviceSpecOf(notebook);
    const SimResult service = m_store->get(servicesKind(), ns, name);
    if (!service.ok()) {
        QJsonObject spec = serviceSpec;
        // What the API server fills in.
        const QString ip = clusterIpFor(ns, name);
        spec.insert(u"clusterIP"_qs, ip);
        spec.insert(u"clusterIPs"_qs, QJsonArray{ip});
        spec.insert(u"ipFamilies"_qs, QJsonArray{u"IPv4"_qs});
        spec.insert(u"ipFamilyPolicy"_qs, u"SingleStack"_qs);
        spec.insert(u"sessionAffinity"_qs, u"None"_qs);
        spec.insert(u"internalTrafficPolicy"_qs, u"Cluster"_qs);
        m_store->create(
            servicesKind(), ns,
            QJsonObject{{u"metadata"_qs,
                         QJsonObject{{u"name"_qs, name},
                                     {u"ownerReferences"_qs,
                                      QJsonArray{controllerReference(notebook, kNotebookApiVersion,
                                                                     u"Notebook"_qs)}}}},
                        {u"spec"_qs, spec},
                        {u"status"_qs, QJsonObject{{u"loadBalancer"_qs, QJsonObject()}}}});
    } else {
        // Upstream copies the ports, selector and type and leaves what the API server set.
        QJsonObject spec = service.body.value(u"spec").toObject();
        const QJsonObject before = spec;
        for (auto it = serviceSpec.begin(); it != serviceSpec.end(); ++it)
            spec.insert(it.key(), it.value());
        if (spec != before) {
            QJsonObject updated = service.body;
            updated.insert(u"spec"_qs, spec);
            m_store->update(servicesKind(), ns, name, updated);
        }
    }

    // (With USE_ISTIO the controller also writes the VirtualService notebook-<ns>-<name> that
    // routes NB_PREFIX to the Service; the simulator has no Istio kinds, and its gateway routes
    // the prefix itself.)

    const QJsonObject statefulSet = m_store->get(statefulSetsKind(), ns, name).body;
    const QJsonObject pod = syncPod(statefulSet);
    updateStatefulSetStatus(ns, name, pod);
    updateNotebookStatus(notebook, pod);
}

QJsonObject SimNotebooks::syncPod(const QJsonObject &statefulSet)
{
    const QString ns = namespaceOf(statefulSet);
    const QString name = nameOf(statefulSet);
    const QString podName = name + u"-0"_qs;
    const int replicas = statefulSet[u"spec"][u"replicas"].toInt();
    const QString revision = revisionOf(name, statefulSet[u"spec"][u"template"].toObject());
    const SimResult found = m_store->get(podsKind(), ns, podName);
    if (found.ok() && controllerOf(found.body, u"StatefulSet"_qs) == name) {
        // Scaled to zero, or of an older revision (a rolling update replaces it).
        if (replicas == 0 || labelOf(found.body, u"controller-revision-hash"_qs) != revision) {
            const QString node = found.body[u"spec"][u"nodeName"].toString();
            m_store->remove(podsKind(), ns, podName);
            if (!m_aged) {
                for (const QJsonValue &c : found.body[u"spec"][u"containers"].toArray()) {
                    if (node.isEmpty())
                        break;
                    const QString container = c[u"name"].toString();
                    record(reference(found.body, u"v1"_qs, u"Pod"_qs,
                                     QStringLiteral("spec.containers{%1}").arg(container)),
                           u"Normal"_qs, u"Killing"_qs,
                           QStringLiteral("Stopping container %1").arg(container),
                           source(u"kubelet"_qs, node));
                }
                record(
                    reference(statefulSet, u"apps/v1"_qs, u"StatefulSet"_qs), u"Normal"_qs,
                    u"SuccessfulDelete"_qs,
                    QStringLiteral("delete Pod %1 in StatefulSet %2 successful").arg(podName, name),
                    source(u"statefulset-controller"_qs));
            }
        } else {
            return found.body;
        }
    } else if (found.ok()) {
        return {}; // another's pod of that name: the StatefulSet waits
    }
    if (replicas == 0)
        return {};
    createPod(statefulSet);
    return m_store->get(podsKind(), ns, podName).body;
}

void SimNotebooks::createPod(const QJsonObject &statefulSet)
{
    const QString ns = namespaceOf(statefulSet);
    const QString name = nameOf(statefulSet);
    const QString podName = name + u"-0"_qs;
    const QJsonObject podTemplate = statefulSet[u"spec"][u"template"].toObject();
    QJsonObject labels = podTemplate[u"metadata"][u"labels"].toObject();
    labels.insert(u"controller-revision-hash"_qs, revisionOf(name, podTemplate));
    labels.insert(u"statefulset.kubernetes.io/pod-name"_qs, podName);
    labels.insert(u"apps.kubernetes.io/pod-index"_qs, u"0"_qs);
    QJsonObject spec = podTemplate.value(u"spec").toObject();
    spec.insert(u"hostname"_qs, podName);
    // What the API server fills in.
    for (const auto &[field, value] :
         {std::pair{u"restartPolicy"_qs, QJsonValue(u"Always"_qs)},
          std::pair{u"dnsPolicy"_qs, QJsonValue(u"ClusterFirst"_qs)},
          std::pair{u"schedulerName"_qs, QJsonValue(u"default-scheduler"_qs)},
          std::pair{u"serviceAccountName"_qs, QJsonValue(u"default"_qs)},
          std::pair{u"terminationGracePeriodSeconds"_qs, QJsonValue(30)}}) {
        if (!spec.contains(field))
            spec.insert(field, value);
    }
    QJsonArray containers = spec.value(u"containers").toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers.at(i).toObject();
        if (!c.contains(u"imagePullPolicy"))
            c.insert(u"imagePullPolicy"_qs, c[u"image"].toString().endsWith(u":latest") ||
                                                    !c[u"image"].toString().contains(u':')
                                                ? u"Always"_qs
                                                : u"IfNotPresent"_qs);
        containers.replace(i, c);
    }
    spec.insert(u"containers"_qs, containers);

    QJsonObject metadata{
        {u"name"_qs, podName},
        {u"labels"_qs, labels},
        {u"ownerReferences"_qs,
         QJsonArray{controllerReference(statefulSet, u"apps/v1"_qs, u"StatefulSet"_qs)}}};
    const QJsonObject annotations = podTemplate[u"metadata"][u"annotations"].toObject();
    if (!annotations.isEmpty())
        metadata.insert(u"annotations"_qs, annotations);
    const SimResult created = m_store->create(
        podsKind(), ns, QJsonObject{{u"metadata"_qs, metadata}, {u"spec"_qs, spec}});
    if (!created.ok())
        return;
    m_store->update(podsKind(), ns, podName,
                    QJsonObject{{u"status"_qs, QJsonObject{{u"phase"_qs, u"Pending"_qs},
                                                           {u"qosClass"_qs, qosClassOf(spec)}}}},
                    true);
    if (!m_aged)
        record(reference(statefulSet, u"apps/v1"_qs, u"StatefulSet"_qs), u"Normal"_qs,
               u"SuccessfulCreate"_qs,
               QStringLiteral("create Pod %1 in StatefulSet %2 successful").arg(podName, name),
               source(u"statefulset-controller"_qs));
    schedulePod(ns, podName);
}

void SimNotebooks::schedulePod(const QString &ns, const QString &podName)
{
    const SimResult found = m_store->get(podsKind(), ns, podName);
    if (!found.ok())
        return;
    QJsonObject pod = found.body;
    const QJsonObject spec = pod.value(u"spec").toObject();
    const QList<QJsonObject> nodes = m_store->objects(simKind("", "v1", "nodes"));
    const int nodeCount = std::max<int>(1, int(nodes.size()));

    // A claim that does not exist keeps the pod from every node.
    for (const QJsonValue &volume : spec.value(u"volumes").toArray()) {
        const QString claim = volume[u"persistentVolumeClaim"][u"claimName"].toString();
        if (claim.isEmpty() ||
            m_store->get(simKind("", "v1", "persistentvolumeclaims"), ns, claim).ok())
            continue;
        const QString message =
            QStringLiteral("0/%1 nodes are available: persistentvolumeclaim \"%2\" not found. "
                           "preemption: 0/%1 nodes are available: %1 Preemption is not helpful "
                           "for scheduling.")
                .arg(nodeCount)
                .arg(claim);
        const QJsonObject before = pod.value(u"status").toObject();
        QJsonObject status = before;
        status.insert(u"conditions"_qs,
                      withTransitionTimes(QJsonArray{condition(u"PodScheduled"_qs, false,
                                                               u"Unschedulable"_qs, message)},
                                          before.value(u"conditions").toArray()));
        m_store->update(podsKind(), ns, podName, QJsonObject{{u"status"_qs, status}}, true);
        record(reference(pod, u"v1"_qs, u"Pod"_qs), u"Warning"_qs, u"FailedScheduling"_qs, message,
               source(u"default-scheduler"_qs));
        return;
    }

    QString node = kDefaultNode;
    for (const QJsonObject &n : nodes) {
        const bool unschedulable = n[u"spec"][u"unschedulable"].toBool();
        bool ready = false;
        for (const QJsonValue &c : n[u"status"][u"conditions"].toArray())
            ready = ready || (c[u"type"].toString() == u"Ready" && c[u"status"] == u"True"_qs);
        if (ready && !unschedulable) {
            node = nameOf(n);
            break;
        }
    }
    QJsonObject boundSpec = spec;
    boundSpec.insert(u"nodeName"_qs, node);
    pod.insert(u"spec"_qs, boundSpec);
    const SimResult bound = m_store->update(podsKind(), ns, podName, pod);
    if (!bound.ok())
        return;
    m_store->update(podsKind(), ns, podName,
                    QJsonObject{{u"status"_qs, boundStatus(bound.body, {})}}, true);
    if (!m_aged)
        record(reference(bound.body, u"v1"_qs, u"Pod"_qs), u"Normal"_qs, u"Scheduled"_qs,
               QStringLiteral("Successfully assigned %1/%2 to %3").arg(ns, podName, node),
               source(u"default-scheduler"_qs));

    const QString key = ns + u'/' + podName;
    const QString uid = uidOf(bound.body);
    m_starting.insert(key, uid);
    QTimer::singleShot(int(m_readySeconds * 1000), this, [this, key, uid] {
        if (m_starting.value(key) != uid)
            return; // started already, or another pod of that name by now
        m_starting.remove(key);
        start(key.section(u'/', 0, 0), key.section(u'/', 1), uid);
    });
}

// The kubelet's part, in the order it goes: volumes are mounted (a Secret or ConfigMap that
// does not exist keeps the pod in ContainerCreating, with FailedMount), images are pulled (an
// image by imageMissing() waits in ImagePullBackOff, with the pull's events), then the
// containers run and, without readiness probes, the pod is Ready.
void SimNotebooks::start(const QString &ns, const QString &podName, const QString &uid)
{
    const SimResult found = m_store->get(podsKind(), ns, podName);
    if (!found.ok() || uidOf(found.body) != uid)
        return;
    const QJsonObject pod = found.body;
    const QJsonObject spec = pod.value(u"spec").toObject();
    const QString node = spec.value(u"nodeName").toString();
    const QJsonObject kubelet = source(u"kubelet"_qs, node);

    for (const QJsonValue &volume : spec.value(u"volumes").toArray()) {
        const QJsonObject secret = volume[u"secret"].toObject();
        const QJsonObject configMap = volume[u"configMap"].toObject();
        QString missing;
        if (!secret.isEmpty() && !secret.value(u"optional").toBool() &&
            !m_store->get(simKind("", "v1", "secrets"), ns, secret[u"secretName"].toString()).ok())
            missing =
                QStringLiteral("secret \"%1\" not found").arg(secret[u"secretName"].toString());
        if (!configMap.isEmpty() && !configMap.value(u"optional").toBool() &&
            !m_store->get(simKind("", "v1", "configmaps"), ns, configMap[u"name"].toString()).ok())
            missing =
                QStringLiteral("configmap \"%1\" not found").arg(configMap[u"name"].toString());
        if (missing.isEmpty())
            continue;
        // The kubelet tries again and again; retry() goes on once the object exists.
        record(reference(pod, u"v1"_qs, u"Pod"_qs), u"Warning"_qs, u"FailedMount"_qs,
               QStringLiteral("MountVolume.SetUp failed for volume \"%1\" : %2")
                   .arg(volume[u"name"].toString(), missing),
               kubelet);
        return;
    }

    QHash<QString, QJsonObject> states;
    for (const QJsonValue &c : spec.value(u"containers").toArray()) {
        const QString name = c[u"name"].toString();
        const QString image = c[u"image"].toString();
        const QJsonObject containerRef =
            reference(pod, u"v1"_qs, u"Pod"_qs, QStringLiteral("spec.containers{%1}").arg(name));
        if (!m_aged)
            record(containerRef, u"Normal"_qs, u"Pulling"_qs,
                   QStringLiteral("Pulling image \"%1\"").arg(image), kubelet);
        if (imageMissing(image)) {
            record(containerRef, u"Warning"_qs, u"Failed"_qs,
                   QStringLiteral("Failed to pull image \"%1\": rpc error: code = NotFound desc = "
                                  "failed to pull and unpack image \"%1\": failed to resolve "
                                  "reference \"%1\": %1: not found")
                       .arg(image),
                   kubelet);
            record(containerRef, u"Warning"_qs, u"Failed"_qs, u"Error: ErrImagePull"_qs, kubelet);
            record(containerRef, u"Normal"_qs, u"BackOff"_qs,
                   QStringLiteral("Back-off pulling image \"%1\"").arg(image), kubelet);
            record(containerRef, u"Warning"_qs, u"Failed"_qs, u"Error: ImagePullBackOff"_qs,
                   kubelet);
            states.insert(
                name,
                QJsonObject{{u"waiting"_qs,
                             QJsonObject{{u"reason"_qs, u"ImagePullBackOff"_qs},
                                         {u"message"_qs, QStringLiteral("Back-off pulling image "
                                                                        "\"%1\"")
                                                             .arg(image)}}}});
            continue;
        }
        if (!m_aged) {
            record(containerRef, u"Normal"_qs, u"Pulled"_qs,
                   QStringLiteral("Successfully pulled image \"%1\" in 1.2s (1.2s including "
                                  "waiting). Image size: 1073741824 bytes.")
                       .arg(image),
                   kubelet);
            record(containerRef, u"Normal"_qs, u"Created"_qs,
                   QStringLiteral("Created container %1").arg(name), kubelet);
            record(containerRef, u"Normal"_qs, u"Started"_qs,
                   QStringLiteral("Started container %1").arg(name), kubelet);
        }
        states.insert(name, QJsonObject{{u"running"_qs, QJsonObject{{u"startedAt"_qs, now()}}}});
    }
    m_store->update(podsKind(), ns, podName, QJsonObject{{u"status"_qs, boundStatus(pod, states)}},
                    true);
}

void SimNotebooks::retry(const QString &ns)
{
    for (const QJsonObject &pod : m_store->objects(podsKind(), ns)) {
        if (labelOf(pod, u"notebook-name"_qs).isEmpty())
            continue;
        const QString name = nameOf(pod);
        if (pod[u"spec"][u"nodeName"].toString().isEmpty()) {
            schedulePod(ns, name);
            continue;
        }
        const QJsonArray statuses = pod[u"status"][u"containerStatuses"].toArray();
        const bool creating =
            std::any_of(statuses.begin(), statuses.end(), [](const QJsonValue &c) {
                return c[u"state"][u"waiting"][u"reason"].toString() == u"ContainerCreating";
            });
        if (creating && !m_starting.contains(ns + u'/' + name))
            start(ns, name, uidOf(pod));
    }
}

void SimNotebooks::updateStatefulSetStatus(const QString &ns, const QString &name,
                                           const QJsonObject &pod)
{
    const SimResult found = m_store->get(statefulSetsKind(), ns, name);
    if (!found.ok())
        return;
    const QJsonObject statefulSet = found.body;
    const QString revision = revisionOf(name, statefulSet[u"spec"][u"template"].toObject());
    const int replicas = pod.isEmpty() ? 0 : 1;
    const int ready = podReady(pod) ? 1 : 0;
    // As the API server writes it: readyReplicas, currentReplicas and updatedReplicas are left
    // out while zero.
    QJsonObject status{{u"observedGeneration"_qs, meta(statefulSet).value(u"generation")},
                       {u"replicas"_qs, replicas},
                       {u"availableReplicas"_qs, ready},
                       {u"currentRevision"_qs, revision},
                       {u"updateRevision"_qs, revision},
                       {u"collisionCount"_qs, 0}};
    if (ready)
        status.insert(u"readyReplicas"_qs, ready);
    if (replicas) {
        status.insert(u"currentReplicas"_qs, replicas);
        status.insert(u"updatedReplicas"_qs, replicas);
    }
    if (statefulSet.value(u"status").toObject() != status)
        m_store->update(statefulSetsKind(), ns, name, QJsonObject{{u"status"_qs, status}}, true);
}

void SimNotebooks::updateNotebookStatus(const QJsonObject &notebook, const QJsonObject &pod)
{
    const QString ns = namespaceOf(notebook);
    const QString name = nameOf(notebook);
    const QJsonObject set = m_store->get(statefulSetsKind(), ns, name).body;
    const QJsonObject before = notebook.value(u"status").toObject();
    QJsonObject status{{u"conditions"_qs, QJsonArray()},
                       {u"readyReplicas"_qs, set[u"status"][u"readyReplicas"].toInt()},
                       {u"containerState"_qs, QJsonObject()}};
    const QJsonObject podStatus = pod.value(u"status").toObject();
    if (!podStatus.isEmpty()) {
        // Upstream takes the state of the container named like the Notebook only; without one
        // the state stays empty.
        for (const QJsonValue &c : podStatus.value(u"containerStatuses").toArray()) {
            if (c[u"name"].toString() == name) {
                status.insert(u"containerState"_qs, c[u"state"]);
                break;
            }
        }
        // The pod's conditions, with the times a pod leaves out set to now. A condition that
        // did not change keeps its probe time, which upstream renews on every reconcile.
        QJsonArray conditions;
        for (const QJsonValue &c : podStatus.value(u"conditions").toArray()) {
            QJsonObject mirrored{{u"type"_qs, c[u"type"]}, {u"status"_qs, c[u"status"]}};
            for (const QString &field : {u"reason"_qs, u"message"_qs}) {
                if (!c[field].toString().isEmpty())
                    mirrored.insert(field, c[field]);
            }
            QString probed = c[u"lastProbeTime"].toString();
            for (const QJsonValue &old : before.value(u"conditions").toArray()) {
                if (probed.isEmpty() && old[u"type"] == mirrored.value(u"type") &&
                    old[u"status"] == mirrored.value(u"status") && old[u"reason"] == c[u"reason"] &&
                    old[u"message"] == c[u"message"])
                    probed = old[u"lastProbeTime"].toString();
            }
            mirrored.insert(u"lastProbeTime"_qs, probed.isEmpty() ? now() : probed);
            mirrored.insert(u"lastTransitionTime"_qs, c[u"lastTransitionTime"].toString(now()));
            conditions.append(mirrored);
        }
        status.insert(u"conditions"_qs, conditions);
    }
    if (status != before)
        m_store->update(notebooksKind(), ns, name, QJsonObject{{u"status"_qs, status}}, true);
}

void SimNotebooks::reissue(const QJsonObject &event)
{
    const QJsonObject involved = event.value(u"involvedObject").toObject();
    const QString ns = namespaceOf(event);
    const QString kind = involved.value(u"kind").toString();
    QString notebook;
    if (kind == u"StatefulSet") {
        notebook = involved.value(u"name").toString();
    } else {
        const SimResult pod = m_store->get(podsKind(), ns, involved.value(u"name").toString());
        if (!pod.ok())
            return;
        notebook = labelOf(pod.body, u"notebook-name"_qs);
    }
    const SimResult found = m_store->get(notebooksKind(), ns, notebook);
    if (notebook.isEmpty() || !found.ok())
        return;
    record(
        reference(found.body, kNotebookApiVersion, u"Notebook"_qs), event[u"type"].toString(),
        event[u"reason"].toString(),
        QStringLiteral("Reissued from %1/%2: %3")
            .arg(kind.toLower(), involved.value(u"name").toString(), event[u"message"].toString()),
        source(u"notebook-controller"_qs));
}

void SimNotebooks::record(const QJsonObject &involved, const QString &type, const QString &reason,
                          const QString &message, const QJsonObject &source)
{
    const QString ns = involved.value(u"namespace").toString();
    const QString at = now();
    // client-go's correlator: the same event again counts up the one recorded.
    for (const QJsonObject &existing : m_store->objects(eventsKind(), ns)) {
        const QJsonObject ref = existing.value(u"involvedObject").toObject();
        if (ref.value(u"uid") != involved.value(u"uid") ||
            ref.value(u"fieldPath") != involved.value(u"fieldPath") ||
            existing.value(u"type").toString() != type ||
            existing.value(u"reason").toString() != reason ||
            existing.value(u"message").toString() != message ||
            existing[u"source"][u"component"] != source.value(u"component"))
            continue;
        QJsonObject updated = existing;
        updated.insert(u"count"_qs, existing.value(u"count").toInt(1) + 1);
        updated.insert(u"lastTimestamp"_qs, at);
        m_store->update(eventsKind(), ns, nameOf(existing), updated);
        return;
    }
    // Named as the recorder names events: the object's name and the time in nanoseconds.
    static quint64 sequence = 0;
    const QString name =
        QStringLiteral("%1.%2")
            .arg(involved.value(u"name").toString())
            .arg(quint64(QDateTime::currentMSecsSinceEpoch()) * 1000000 + ++sequence % 1000000, 0,
                 16);
    m_store->create(eventsKind(), ns,
                    QJsonObject{{u"metadata"_qs, QJsonObject{{u"name"_qs, name}}},
                                {u"involvedObject"_qs, involved},
                                {u"type"_qs, type},
                                {u"reason"_qs, reason},
                                {u"message"_qs, message},
                                {u"source"_qs, source},
                                {u"reportingComponent"_qs, source.value(u"component")},
                                {u"reportingInstance"_qs, source.value(u"host").toString()},
                                {u"count"_qs, 1},
                                {u"firstTimestamp"_qs, at},
                                {u"lastTimestamp"_qs, at},
                                {u"eventTime"_qs, QJsonValue::Null}});
}

void SimNotebooks::collect(const QString &ns, const QString &uid)
{
    // The store deletes at once: what the object owned goes as the garbage collector would
    // take it, a StatefulSet's pods after the StatefulSet.
    for (const SimKind *kind : {&statefulSetsKind(), &servicesKind(), &podsKind()}) {
        for (const QJsonObject &object : m_store->objects(*kind, ns)) {
            if (ownedBy(object, uid))
                m_store->remove(*kind, ns, nameOf(object));
        }
    }
}

QJsonObject SimNotebooks::readyPod(const QString &ns, const QString &notebook) const
{
    const SimResult pod = m_store->get(podsKind(), ns, notebook + u"-0"_qs);
    if (!pod.ok() || labelOf(pod.body, u"notebook-name"_qs) != notebook || !podReady(pod.body))
        return {};
    return pod.body;
}

bool SimNotebooks::listens(const QJsonObject &pod, quint16 port)
{
    // Kubeflow's notebook images start Jupyter on 8888 whatever ports the container declares.
    return port == kJupyterPort && !labelOf(pod, u"notebook-name"_qs).isEmpty() && podReady(pod);
}

SimNotebooks::Answer SimNotebooks::jupyter(const QJsonObject &pod, const QByteArray &method,
                                           const QString &path)
{
    const QString ns = namespaceOf(pod);
    const QString notebook = labelOf(pod, u"notebook-name"_qs);
    const QString base = QStringLiteral("/notebook/%1/%2").arg(ns, notebook);
    // Tornado's 404 for what is outside the base URL.
    const Answer notFound{404, "text/html; charset=UTF-8",
                          "<html><title>404: Not Found</title><body>404: Not Found</body></html>"};
    if (path != base && !path.startsWith(base + u'/'))
        return notFound;
    const QString rest = path.mid(base.size());

    QString image;
    QString started;
    for (const QJsonValue &c : pod[u"status"][u"containerStatuses"].toArray()) {
        if (c[u"name"].toString() == notebook || started.isEmpty()) {
            image = c[u"image"].toString();
            started = c[u"state"][u"running"][u"startedAt"].toString();
        }
    }
    const QString key = ns + u'/' + nameOf(pod);
    const auto jupyterTime = [](const QDateTime &t) {
        return t.toString(Qt::ISODateWithMs);
    };
    const QDateTime startedAt = QDateTime::fromString(started, Qt::ISODate);

    if (rest == u"/api/status") {
        if (method != "GET")
            return {405, "application/json",
                    R"({"message": "Method Not Allowed", "reason": null})"};
        // jupyter_server's answer; last_activity is the last request other than this one.
        const QJsonObject status{
            {u"started"_qs, jupyterTime(startedAt)},
            {u"last_activity"_qs, jupyterTime(m_activity.value(key, startedAt))},
            {u"connections"_qs, 0},
            {u"kernels"_qs, 0}};
        return {200, "application/json", QJsonDocument(status).toJson(QJsonDocument::Compact)};
    }
    m_activity.insert(key, QDateTime::currentDateTimeUtc());
    if (rest.startsWith(u"/api/"))
        return {404, "application/json", R"({"message": "Not Found", "reason": null})"};
    if (method != "GET" && method != "HEAD")
        return {405, "text/html; charset=UTF-8",
                "<html><title>405: Method Not Allowed</title><body>405: Method Not Allowed"
                "</body></html>"};
    return {200, "text/html; charset=UTF-8", jupyterPage(ns, notebook, image)};
}

void SimNotebooks::portForward(QTcpSocket *socket, const QString &ns, const QString &pod,
                               const QList<quint16> &ports, bool base64)
{
    new PortForward(this, m_store, socket, ns, pod, ports, base64);
}

} // namespace kfw::sim
