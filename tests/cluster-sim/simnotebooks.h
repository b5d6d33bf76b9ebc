#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class QTcpSocket;

namespace kfw::sim {

class SimStore;
struct SimEvent;

// Kubeflow's notebook controller over the simulated store, with the parts of Kubernetes a
// notebook's pod passes through. For each Notebook the controller keeps a StatefulSet and a
// Service of the notebook's name (owned by the Notebook) and fills the Notebook's status from the
// StatefulSet and the pod as upstream does; it re-emits the events of the pod and the
// StatefulSet onto the Notebook ("Reissued from pod/..."). The StatefulSet controller's part
// makes the pod <name>-0 (owned by the StatefulSet), deletes it while the Notebook carries the
// kubeflow-resource-stopped annotation and replaces it when the pod template changes; the
// scheduler's and the kubelet's parts take the pod from Pending (ContainerCreating) to Running
// and Ready after readySeconds, or keep it waiting where a real cluster would (see the rules at
// start()). What goes with a deleted Notebook goes too (the garbage collector's part). Work runs
// from the event loop after a change, as a controller's queue does; settle() runs it at once.
//
// Behind a ready pod runs a Jupyter server on port 8888, reachable through the gateway at
// NB_PREFIX (/notebook/<namespace>/<name>/) and through a WebSocket port-forward of the pod.
class SimNotebooks : public QObject
{
    Q_OBJECT

public:
    // An HTTP answer of the Jupyter server in a notebook's pod.
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    explicit SimNotebooks(SimStore *store, QObject *parent = nullptr);

    // Seconds a pod spends in ContainerCreating before its containers run (or fail to).
    void setReadySeconds(double seconds) { m_readySeconds = seconds; }
    double readySeconds() const { return m_readySeconds; }

    // Runs the queued work now.
    void settle();
    // Settles, then finishes starting every pod that is still starting, as if it had been
    // started long ago: the routine start-up events are gone (the API server keeps events for
    // an hour), failures that repeat are there. For seeds.
    void fastForward();

    // The rule by which an image cannot be pulled: its reference contains "does-not-exist".
    static bool imageMissing(const QString &image);

    // The ready notebook pod of a Notebook, or an empty object when it has none.
    QJsonObject readyPod(const QString &ns, const QString &notebook) const;
    // Whether something in the pod listens on port: the Jupyter server of a ready notebook pod
    // listens on 8888, nothing else does.
    static bool listens(const QJsonObject &pod, quint16 port);
    // What the Jupyter server in a ready notebook pod answers a request for path: under its
    // base URL (NB_PREFIX) the JupyterLab page and /api/status, 404 elsewhere.
    Answer jupyter(const QJsonObject &pod, const QByteArray &method, const QString &path);

    // Takes over a socket whose WebSocket upgrade to pods/portforward the server accepted and
    // forwards the ports to the pod as the kubelet does (protocol v4.channel.k8s.io, or its
    // base64 variant): the socket closes when the pod goes.
    void portForward(QTcpSocket *socket, const QString &ns, const QString &pod,
                     const QList<quint16> &ports, bool base64);

private:
    void onChanged(const SimEvent &event);
    void schedule();
    void reconcile(const QString &ns, const QString &name);
    // The StatefulSet controller: one pod while the set has a replica, of its current revision.
    QJsonObject syncPod(const QJsonObject &statefulSet);
    void createPod(const QJsonObject &statefulSet);
    // The scheduler: binds the pod to a node unless a claim it mounts does not exist.
    void schedulePod(const QString &ns, const QString &pod);
    // The kubelet: mounts the volumes, pulls the images and runs the containers.
    void start(const QString &ns, const QString &pod, const QString &uid);
    void updateStatefulSetStatus(const QString &ns, const QString &name, const QJsonObject &pod);
    void updateNotebookStatus(const QJsonObject &notebook, const QJsonObject &pod);
    // Re-emits an event of a notebook's pod or StatefulSet onto the Notebook.
    void reissue(const QJsonObject &event);
    // Records an event as client-go's recorder does: a repeat counts up the existing one.
    void record(const QJsonObject &involved, const QString &type, const QString &reason,
                const QString &message, const QJsonObject &source);
    // Deletes what the object of that uid owned in ns.
    void collect(const QString &ns, const QString &uid);
    // Tries again the pods of ns that wait for a claim, a Secret or a ConfigMap.
    void retry(const QString &ns);

    SimStore *m_store;
    double m_readySeconds = 1;
    QStringList m_notebooks;               // ns/name to reconcile
    QList<QPair<QString, QString>> m_gone; // deleted owners: namespace, uid
    QList<QJsonObject> m_events;           // events to re-emit
    QStringList m_retry;                   // namespaces whose pods may go on
    QHash<QString, QString> m_starting;    // ns/pod -> uid of pods whose start is due
    QHash<QString, QDateTime> m_activity;  // ns/pod -> the Jupyter server's last activity
    bool m_aged = false;                   // fast-forwarding: no routine events
    bool m_scheduled = false;
};

} // namespace kfw::sim
