#pragma once

#include "simgateway.h"
#include "simkfam.h"
#include "simschema.h"
#include "simstore.h"
#include "simtable.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

class QTcpSocket;
class QTimer;

namespace kfw::sim {

class SimKfp;
class SimNotebooks;
class SimProfiles;

// What the simulator keeps of a request (QHttpServerRequest cannot be copied, and answers may
// be delayed).
struct SimRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

// Who may do what in the simulated cluster: "*" matches everything; an empty namespace list
// means cluster-wide (every namespace and cluster-scoped kinds).
struct SimRule
{
    QStringList verbs;
    QStringList resources;
    QStringList namespaces;
};

// A user the simulator knows, by bearer token or by the common name of a client certificate.
struct SimUser
{
    QString name;
    QStringList groups;
    QString token;
    QList<SimRule> rules;
};

// Fault switches, changeable while the simulator runs (POST /_sim/faults).
struct SimFaults
{
    int dropWatchAfterEvents = 0; // end every watch stream abruptly after N events
    bool goneOnNextWatch = false; // the next watch gets 410 Gone
    double serverErrorRate = 0;   // share of requests answered 500/503
    int latencyMs = 0;            // added to every answer
    int tokenExpiresAfter = 0;    // a token stops working after N requests
    int throttleNext = 0;         // the next N requests get 429 with Retry-After
    int retryAfterSeconds = 1;
    int bookmarkIntervalMs = 1000;

    static SimFaults fromJson(const QJsonObject &json, const SimFaults &base);
    QJsonObject toJson() const;
};

// The simulated Kubernetes API server: discovery, CRUD, list and watch for the simulated kinds,
// Status errors, token and client-certificate users with per-namespace permissions and with what
// their RoleBindings grant, pod logs, access reviews and fault injection; Kubeflow's profile
// controller (SimProfiles) and notebook controller (SimNotebooks) behind it, with WebSocket
// port-forwards to pods; and, on the same port, Kubeflow's gateway (SimGateway's login, KFP at
// /pipeline, KFAM at /kfam, notebooks at /notebook) with a pod and a log per running KFP task,
// and KFAM also through the service proxy of profiles-kfam. HTTP/1.1 on loopback, optionally
// TLS.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(SimStore *store, QObject *parent = nullptr);
    ~SimServer() override;

    void addUser(const SimUser &user);
    SimFaults &faults() { return m_faults; }
    void setTls(const QSslConfiguration &configuration);
    // CRD schemas to validate custom resources against and the extra versions they serve; the
    // schemas must outlive the server. Without them custom resources are not validated.
    void setSchemas(const SimSchemas *schemas);
    // The Kubeflow Pipelines API the server also answers (see SimKfp::route).
    SimKfp *kfp() const { return m_kfp; }
    // The Kubeflow login in front of /pipeline, /kfam and the dashboard.
    SimGateway &gateway() { return m_gateway; }
    // The profile controller, which makes each Profile's namespace and what goes with it.
    SimProfiles *profiles() const { return m_profiles; }
    // The notebook controller, which runs each Notebook's pod and its Jupyter server.
    SimNotebooks *notebooks() const { return m_notebooks; }
    void appendPodLog(const QString &ns, const QString &pod, const QString &container,
                      const QByteArray &text);

    // Requests seen, by "VERB path" (for tests that count retries and relists).
    QHash<QString, int> requestCounts() const { return m_requestCounts; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Watch;
    struct LogFollower;

    void dispatch(const SimRequest &request, QTcpSocket *socket);
    // Answers a WebSocket upgrade: a port-forward to a pod, or a refusal.
    void upgrade(const SimRequest &request, QTcpSocket *socket);
    const SimUser *authenticate(const SimRequest &request, QTcpSocket *socket);
    // The user's own rules, then what the user's RoleBindings in ns grant.
    bool allowed(const SimUser &user, const QString &verb, const QString &resource,
                 const QString &ns) const;
    // The rules of the ClusterRoles (Kubeflow's and Kubernetes' admin, edit and view) that
    // RoleBindings in ns bind to the user by name, to one of the user's groups, or to the
    // user's ServiceAccount.
    QList<SimRule> boundRules(const SimUser &user, const QString &ns) const;
    // A user the simulator knows who may do everything everywhere.
    bool isClusterAdmin(const QString &name) const;
    void handleResource(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                        const SimKind &kind, const QString &ns, const QString &name,
                        const QString &subresource);
    void handleControl(const SimRequest &request, QTcpSocket *socket, const QStringList &segments);
    void handleGateway(const SimRequest &request, QTcpSocket *socket, const QStringList &segments);
    // A notebook's Jupyter server at /notebook/<namespace>/<name>/, as Istio routes it.
    void serveNotebook(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                       const QStringList &segments);
    // Whether the notebooks of ns admit the user: the profile's owner and contributors (the
    // AuthorizationPolicies Kubeflow makes), or in a namespace of no profile whoever may get
    // its notebooks.
    bool reachesNotebooks(const SimUser &user, const QString &ns) const;
    // Answers a KFP call; with a caller, in KFP's multi-user mode as that user.
    void serveKfp(const SimRequest &request, QTcpSocket *socket, const QStringList &rest,
                  const SimUser *caller);
    // Answers a KFAM call (path from "kfam") for the user KFAM takes from its userid header.
    void serveKfam(const SimRequest &request, QTcpSocket *socket, const QStringList &path,
                   const QString &userId);
    const SimUser *findUser(const QString &name) const;
    void startTaskPod(const QString &ns, const QString &runId, const QString &task,
                      const QString &pod);
    void finishTaskPod(const QString &ns, const QString &runId, const QString &task,
                       const QString &pod, const QString &state);
    void handleReview(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                      const QString &plural);
    void startWatch(const SimRequest &request, QTcpSocket *socket, const SimKind &kind,
                    const QString &ns);
    void serveLog(const SimRequest &request, QTcpSocket *socket, const QString &ns,
                  const QString &pod);
    // Ends the followed streams of a container's log, as the kubelet does when it stops.
    void endPodLog(const QString &ns, const QString &pod, const QString &container);
    void serveOpenApiV3(QTcpSocket *socket, const QString &groupVersionPath);
    void onChanged(const SimEvent &event);
    void endWatch(Watch *watch, bool abort);

    // Every kind served: simKinds() and the CRD versions the schemas add.
    QList<const SimKind *> servedKinds() const;
    const SimKind *findKind(const QString &group, const QString &version,
                            const QString &plural) const;
    // The listed kind whose version the store keeps objects of kind in.
    static const SimKind &storageKind(const SimKind &kind);
    // An answer body in the version of kind and in the negotiated shape.
    QJsonObject present(const SimKind &kind, QJsonObject body, const SimView &view) const;

    QJsonObject discoveryGroups() const;
    QJsonObject resourceList(const QString &group, const QString &version) const;

    // Warnings go out as "Warning: 299 - ..." headers, which kubectl prints.
    static void reply(QTcpSocket *socket, int code, const QJsonObject &body,
                      const QStringList &warnings = {});
    static void replyNotFound(QTcpSocket *socket);
    // Whether user may use the API server's proxy to a service in kubeflow; answers 403 if not.
    bool mayProxy(const SimRequest &request, QTcpSocket *socket, const SimUser &user,
                  const QString &service);
    static void replyMethodNotAllowed(QTcpSocket *socket);
    static void replyRaw(QTcpSocket *socket, int code, const QByteArray &contentType,
                         const QByteArray &body, const QByteArray &extraHeaders = {});

    SimStore *m_store;
    SimKfp *m_kfp;
    SimProfiles *m_profiles;
    SimNotebooks *m_notebooks;
    SimKfam m_kfam;
    SimGateway m_gateway;
    const SimSchemas *m_schemas = nullptr;
    SimTable m_table;
    QList<SimUser> m_users;
    SimFaults m_faults;
    QHash<QString, int> m_tokenUses;
    QHash<QString, int> m_requestCounts;
    QList<Watch *> m_watches;
    QList<LogFollower *> m_followers;
    QHash<QString, QByteArray> m_podLogs; // ns/pod/container -> text
};

} // namespace kfw::sim
