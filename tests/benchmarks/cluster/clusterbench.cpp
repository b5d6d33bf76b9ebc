// Cluster client benchmark, against kfw-cluster-sim started as a separate process (TLS, so that
// kubectl sends the kubeconfig's bearer token):
//  1. Listing N pods across all namespaces as a page does it (an Informer's list pages, the
//     InformerDelta applied to a ResourceListModel), beside `kubectl get pods -A -o json` with the
//     same kubeconfig, alternately. Also the client's listAll alone and the same GETs through the
//     bare transport without parsing, so that the simulator's own share can be read off.
//  2. Memory per 10,000 pods held in the informer cache and the model (VmRSS after malloc_trim).
//  3. Watch throughput and main-thread stalls: an Informer on one namespace feeding a model in
//     the main thread while another thread changes pods in that namespace as fast as the
//     simulator takes them; a 1 ms timer in the main thread records the gaps between its ticks.
//
// Usage: kfw-bench-cluster [--pods N] [--namespaces M] [--runs R] [--watch-seconds S]
//                          [--watch-lanes L] [--parts list,memory,watch] [--no-kubectl]
// Defaults: 30,000 pods in 30 namespaces, 3 runs, 10 s of changes from 4 callers. The watched
// namespace is the simulator's first (load-0, N/M pods); --namespaces 1 puts all N in it.
// Figures and ratios are printed; nothing passes or fails.

#include "cluster/http/client.h"
#include "cluster/http/transport.h"
#include "cluster/kube/credentials.h"
#include "cluster/kube/informer.h"
#include "cluster/kube/kubeclient.h"
#include "cluster/kube/kubeconfig.h"
#include "cluster/kube/resourcemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace kfw;
using namespace kfw::kube;

namespace {

// ---------------------------------------------------------------------------------------------
// Small measuring helpers

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

double maxOf(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Resident memory of this process, in KiB.
qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// RSS once the allocator has handed back what it no longer uses, so that the difference of two
// readings is what is held, not what malloc keeps for later.
qint64 trimmedRssKiB()
{
    malloc_trim(0);
    return rssKiB();
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Peak RSS of the largest child waited for so far (the simulator is only waited for at the
// end, so until then this is the largest kubectl run).
double childrenPeakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_maxrss) / 1024.0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString machineFacts()
{
    QString memory;
    for (const QByteArray &line : readFile(u"/proc/meminfo"_qs).split('\n')) {
        if (line.startsWith("MemTotal:"))
            memory = QStringLiteral("%1 GiB").arg(
                double(line.mid(9).trimmed().split(' ').value(0).toLongLong()) / 1024.0 / 1024.0, 0,
                'f', 1);
    }
    QString cpu;
    for (const QByteArray &line : readFile(u"/proc/cpuinfo"_qs).split('\n')) {
        if (line.startsWith("model name")) {
            cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            break;
        }
    }
    const QString load = QString::fromLatin1(readFile(u"/proc/loadavg"_qs).trimmed())
                             .split(u' ')
                             .mid(0, 3)
                             .join(u' ');
    return QStringLiteral("%1 cores (%2), %3, %4, Qt %5, load average at start %6")
        .arg(QThread::idealThreadCount())
        .arg(cpu, memory, QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), load);
}

template<typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 300000)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished())
        return std::nullopt;
    return future.result();
}

// Runs the event loop for ms milliseconds (timers and streams keep being served).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Trimmed RSS once nothing is in flight: a list's last continuation may still be tearing down on
// a pool thread (holding the whole result) after its future reported. Read until two readings
// agree within 256 KiB.
qint64 settledRssKiB()
{
    QThreadPool::globalInstance()->waitForDone();
    qint64 last = trimmedRssKiB();
    for (int i = 0; i < 20; ++i) {
        spin(50);
        const qint64 now = trimmedRssKiB();
        if (std::abs(now - last) < 256)
            return now;
        last = now;
    }
    return last;
}

// The gaps between the ticks of a 1 ms timer in the main thread. A late tick means the thread
// was busy (or not scheduled) for that long, which is what the user of a GUI sees as a stall.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    void stop()
    {
        // The time since the last tick counts too: a stall right before stop() would be lost.
        tick();
        m_timer.stop();
    }

    double maxMs() const { return maxOf(m_gapsMs); }
    double percentileMs(double p) const { return percentile(m_gapsMs, p); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gapsMs.push_back(double(now - m_last) / 1e6);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

// ---------------------------------------------------------------------------------------------
// The simulator process and the connection to it

class Simulator
{
public:
    ~Simulator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &program, const QStringList &arguments, QString *error)
    {
        // Its only stderr line is a note that no CRD files were given.
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(120000)) {
                *error = u"the simulator did not say where it listens"_qs;
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        const QByteArray marker = "listening on ";
        const qsizetype at = out.indexOf(marker);
        if (at < 0) {
            *error = QString::fromUtf8(out);
            return false;
        }
        m_url = QString::fromUtf8(out.mid(at + marker.size()).trimmed());
        return true;
    }

    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

struct Target
{
    ClusterConnection connection; // as shipped: client-go's rate limit of 5 requests/s, burst 10
    QByteArray token;

    ClusterConnection unthrottled() const
    {
        ClusterConnection c = connection;
        c.http.rateLimit.qps = 0;
        return c;
    }
};

// The connection the kubeconfig's context describes: server, certificate authority, bearer token.
std::optional<Target> targetFrom(const QString &kubeconfig, QString *error)
{
    const Kubeconfig config = Kubeconfig::load({kubeconfig});
    if (!config.error().isEmpty()) {
        *error = config.error();
        return std::nullopt;
    }
    QString problem;
    const ResolvedContext context = config.resolve(u"kfw-sim"_qs, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    Target t;
    t.connection.server = QUrl(context.cluster.server);
    t.connection.http.tls.caPem = context.cluster.certificateAuthorityData;
    t.token = context.user.token.toUtf8();
    t.connection.credentials = std::make_shared<StaticCredentials>(
        http::Headers{qMakePair(QByteArray("Authorization"), "Bearer " + t.token)});
    return t;
}

// Requests the simulator has served, by "VERB path".
QHash<QString, int> serverRequestCounts(const Target &target)
{
    http::Transport transport;
    const KubeClient client(transport, target.unthrottled());
    http::Request request;
    request.url = target.connection.server;
    request.url.setPath(u"/_sim/requests"_qs);
    QHash<QString, int> counts;
    if (const auto r = await(client.send(request)); r && r->ok()) {
        for (auto it = r->object.constBegin(); it != r->object.constEnd(); ++it)
            counts.insert(it.key(), it.value().toInt());
    }
    return counts;
}

// What was requested between two readings, without the readings themselves.
QMap<QString, int> requestsBetween(const QHash<QString, int> &before,
                                   const QHash<QString, int> &after)
{
    QMap<QString, int> made;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const int n = it.value() - before.value(it.key());
        if (n > 0 && !it.key().contains(u"/_sim/"))
            made.insert(it.key(), n);
    }
    return made;
}

QString describeRequests(const QMap<QString, int> &made)
{
    QStringList parts;
    for (auto it = made.constBegin(); it != made.constEnd(); ++it)
        parts << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? u"none"_qs : parts.join(u", "_qs);
}

int totalRequests(const QMap<QString, int> &made)
{
    int n = 0;
    for (const int v : made)
        n += v;
    return n;
}

// ---------------------------------------------------------------------------------------------
// 1. Listing

struct PageListing
{
    bool ok = false;
    QString error;
    double ms = 0;      // start() to synced(): every page listed and applied to the model
    double applyMs = 0; // ResourceListModel::apply
    double cpuMs = 0;   // this process, all threads
    double longestStallMs = 0;
    int rows = 0;
    int batches = 0;
};

// What a resource page does when it opens: an Informer on a worker thread lists every page and
// hands the result, in batches, to the page's ResourceListModel in the GUI thread. A fresh
// transport per run, so each run pays its TLS handshake as each kubectl process does.
PageListing listAsPage(const ClusterConnection &connection, int limit = ListOptions().limit)
{
    http::Transport transport;
    auto client = std::make_shared<const KubeClient>(transport, connection);
    ResourceListModel model(kinds::pods());
    ListOptions pages;
    pages.limit = limit;
    QThread worker;
    worker.start();
    auto *informer = new Informer(client, kinds::pods(), QString(), pages);
    informer->moveToThread(&worker);
    PageListing r;
    QObject::connect(informer, &Informer::changed, &model, [&](const InformerDelta &delta) {
        QElapsedTimer t;
        t.start();
        model.apply(delta);
        r.applyMs += msSince(t);
        ++r.batches;
    });
    QEventLoop loop;
    bool synced = false;
    QObject::connect(informer, &Informer::synced, &loop, [&] {
        synced = true;
        loop.quit();
    });
    QObject::connect(informer, &Informer::stateChanged, &loop,
                     [&](Informer::State state, const QString &message) {
                         if (state == Informer::State::BackingOff ||
                             state == Informer::State::Failed) {
                             r.error = message;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    StallProbe probe;
    probe.start();
    const double cpu0 = cpuMs(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    QMetaObject::invokeMethod(informer, "start");
    loop.exec();
    r.ms = msSince(t);
    r.cpuMs = cpuMs(RUSAGE_SELF) - cpu0;
    probe.stop();
    QMetaObject::invokeMethod(informer, "stop", Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    delete informer; // its thread has finished
    // Batches queued before the stop still arrive.
    QCoreApplication::processEvents();
    r.longestStallMs = probe.maxMs();
    r.rows = model.rowCount();
    r.ok = synced && r.error.isEmpty();
    return r;
}

// KubeClient::listAll alone: the pages fetched and parsed (on a pool thread), nothing cached.
std::optional<double> listAllOnly(const ClusterConnection &connection, int *items)
{
    http::Transport transport;
    const KubeClient client(transport, connection);
    QElapsedTimer t;
    t.start();
    const auto r = await(client.listAll(kinds::pods(), QString()));
    const double ms = msSince(t);
    if (!r || !r->ok())
        return std::nullopt;
    *items = int(r->items.size());
    return ms;
}

// The token of the next page. The list's metadata is the last key of the simulator's compact
// JSON, so it is found from the end without parsing the page.
QString continueTokenOf(const QByteArray &body)
{
    static const QByteArray key = "\"continue\":\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    return QString::fromLatin1(body.mid(from, body.indexOf('"', from) - from));
}

struct RawListing
{
    bool ok = false;
    double ms = 0;
    int pages = 0;
    qint64 bytes = 0;
    QList<QByteArray> bodies;
};

// The same GETs through the bare HTTP client, one after the other, bodies not parsed: what the
// simulator, TLS and the transport cost on their own.
RawListing listRaw(const Target &target, int limit, bool keepBodies)
{
    http::Transport transport;
    const http::Client client(transport, target.unthrottled().http);
    RawListing r;
    QString token;
    QElapsedTimer t;
    t.start();
    for (;;) {
        QUrl url = target.connection.server;
        url.setPath(u"/api/v1/pods"_qs);
        QUrlQuery query;
        if (!token.isEmpty())
            query.addQueryItem(u"continue"_qs, QString::fromLatin1(QUrl::toPercentEncoding(token)));
        query.addQueryItem(u"limit"_qs, QString::number(limit));
        url.setQuery(query);
        http::Request request;
        request.url = url;
        request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
                        << qMakePair(QByteArray("Authorization"), "Bearer " + target.token);
        const auto response = await(client.send(request));
        if (!response || !response->isHttpSuccess())
            return r;
        ++r.pages;
        r.bytes += response->body.size();
        token = continueTokenOf(response->body);
        if (keepBodies)
            r.bodies << response->body;
        if (token.isEmpty())
            break;
    }
    r.ms = msSince(t);
    r.ok = true;
    return r;
}

// KubeClient::list's parse of each page (document, items array, one QJsonObject per item), on
// this thread, from bodies in memory: the client-side JSON cost without the network.
QList<QJsonObject> parsePages(const QList<QByteArray> &bodies, double *ms)
{
    QElapsedTimer t;
    t.start();
    QList<QJsonObject> objects;
    for (const QByteArray &body : bodies) {
        const QJsonObject list = QJsonDocument::fromJson(body).object();
        const QJsonArray array = list.value(u"items").toArray();
        objects.reserve(objects.size() + array.size());
        for (const QJsonValue &item : array)
            objects.append(item.toObject());
    }
    *ms = msSince(t);
    return objects;
}

struct Kubectl
{
    QString program;
    QProcessEnvironment environment;

    struct Run
    {
        double ms = 0;
        double cpuMs = 0; // user + system
    };

    // Wall and CPU time from start to exit, output thrown away as `> /dev/null` does.
    std::optional<Run> run(const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        const double cpu0 = cpuMs(RUSAGE_CHILDREN);
        QElapsedTimer t;
        t.start();
        p.start(program, arguments);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return std::nullopt;
        return Run{msSince(t), cpuMs(RUSAGE_CHILDREN) - cpu0};
    }

    QByteArray output(const QStringList &arguments, bool standardError) const
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        if (standardError)
            p.setStandardOutputFile(QProcess::nullDevice());
        p.start(program, arguments);
        p.waitForFinished(600000);
        return standardError ? p.readAllStandardError() : p.readAllStandardOutput();
    }
};

const QStringList kGetPods{u"get"_qs, u"pods"_qs, u"-A"_qs, u"-o"_qs, u"json"_qs};

bool listingPart(const Target &target, const Kubectl *kubectl, int pods, int runs)
{
    std::printf("\n1. List %d pods across all namespaces (median of %d runs, alternating)\n", pods,
                runs);
    const int limit = ListOptions().limit;

    // Warm-up of both, and what each one asks of the server.
    QMap<QString, int> kubectlMade;
    QString kubectlLimit = u"?"_qs;
    if (kubectl) {
        // This run fills kubectl's discovery cache, and its log shows the page size; the
        // requests are counted around the first timed run, which is like the others.
        QStringList verbose = kGetPods;
        verbose << u"-v=6"_qs;
        const QString log = QString::fromUtf8(kubectl->output(verbose, true));
        const QRegularExpressionMatch m =
            QRegularExpression(u"GET https?://\\S+/pods\\?\\S*limit=(\\d+)"_qs).match(log);
        if (m.hasMatch())
            kubectlLimit = m.captured(1);
    }
    const auto before = serverRequestCounts(target);
    int items = 0;
    if (!listAllOnly(target.unthrottled(), &items)) {
        std::fprintf(stderr, "listing with the workbench's client failed\n");
        return false;
    }
    const auto made = requestsBetween(before, serverRequestCounts(target));
    if (items != pods) {
        std::fprintf(stderr, "the client listed %d pods, expected %d\n", items, pods);
        return false;
    }

    std::vector<double> kubectlMs, kubectlCpuMs, kubectlFixedMs, pageMs, pageUnthrottledMs,
        pageLargeMs, pageCpuMs, applyMs, stallMs, stallUnthrottledMs, listAllMs, rawMs, parseMs;
    RawListing lastRaw;
    for (int run = 0; run < runs; ++run) {
        if (kubectl) {
            const auto counted = run == 0 ? serverRequestCounts(target) : QHash<QString, int>();
            const auto r = kubectl->run(kGetPods);
            if (run == 0)
                kubectlMade = requestsBetween(counted, serverRequestCounts(target));
            if (!r) {
                std::fprintf(stderr, "kubectl get pods failed\n");
                return false;
            }
            kubectlMs.push_back(r->ms);
            kubectlCpuMs.push_back(r->cpuMs);
            // A single small request: what every kubectl invocation pays besides the listing.
            if (const auto fixed = kubectl->run({u"get"_qs, u"--raw"_qs, u"/healthz"_qs}))
                kubectlFixedMs.push_back(fixed->ms);
        }
        const PageListing shipped = listAsPage(target.connection);
        const PageListing unthrottled = listAsPage(target.unthrottled());
        // Pages ten times larger: six requests, all within the rate limiter's burst.
        const PageListing large = listAsPage(target.connection, limit * 10);
        for (const PageListing *p : {&shipped, &unthrottled, &large}) {
            if (!p->ok || p->rows != pods) {
                std::fprintf(stderr, "the page listing failed: %s\n", qPrintable(p->error));
                return false;
            }
        }
        pageMs.push_back(shipped.ms);
        pageUnthrottledMs.push_back(unthrottled.ms);
        pageLargeMs.push_back(large.ms);
        pageCpuMs.push_back(unthrottled.cpuMs);
        applyMs.push_back(unthrottled.applyMs);
        stallMs.push_back(shipped.longestStallMs);
        stallUnthrottledMs.push_back(unthrottled.longestStallMs);
        if (const auto ms = listAllOnly(target.unthrottled(), &items))
            listAllMs.push_back(*ms);
        lastRaw = listRaw(target, limit, run == runs - 1);
        if (!lastRaw.ok) {
            std::fprintf(stderr, "the raw listing failed\n");
            return false;
        }
        rawMs.push_back(lastRaw.ms);
    }
    for (int run = 0; run < runs; ++run) {
        double ms = 0;
        parsePages(lastRaw.bodies, &ms);
        parseMs.push_back(ms);
    }

    const double k = median(kubectlMs);
    const auto row = [](const char *what, double ms) {
        std::printf("  %-62s %8.0f ms\n", what, ms);
    };
    std::printf("  %-62s %11s\n", "measure", "median");
    if (kubectl) {
        row("kubectl get pods -A -o json > /dev/null", k);
        row("  kubectl's CPU time (user + system)", median(kubectlCpuMs));
        row("  kubectl fixed cost (kubectl get --raw /healthz)", median(kubectlFixedMs));
    }
    row("workbench page: informer + model, shipped rate limit (5/s, 10)", median(pageMs));
    row("workbench page: informer + model, no client rate limit", median(pageUnthrottledMs));
    row("  its CPU time, all threads (user + system)", median(pageCpuMs));
    row("  KubeClient::listAll alone, no rate limit", median(listAllMs));
    row("  raw transport: the same GETs, bodies not parsed", median(rawMs));
    row("  parsing the pages on one thread (no network)", median(parseMs));
    row("  ResourceListModel::apply of the list's delta", median(applyMs));
    row("  longest main-thread stall while listing", median(stallUnthrottledMs));
    std::printf("  %-62s %8.0f ms\n",
                qPrintable(QStringLiteral("workbench page, pages of %1 (%2 requests), shipped "
                                          "rate limit")
                               .arg(limit * 10)
                               .arg((pods + limit * 10 - 1) / (limit * 10))),
                median(pageLargeMs));
    if (kubectl) {
        std::vector<double> paired;
        for (size_t i = 0; i < kubectlMs.size(); ++i)
            paired.push_back(pageMs[i] / kubectlMs[i]);
        std::printf("  ratio workbench/kubectl, shipped rate limit       %.2f (goal <= 0.5; "
                    "median of paired ratios %.2f)\n",
                    median(pageMs) / k, median(paired));
        std::printf("  ratio workbench/kubectl, no client rate limit     %.2f\n",
                    median(pageUnthrottledMs) / k);
        std::printf("  ratio workbench/kubectl, pages of %d             %.2f\n", limit * 10,
                    median(pageLargeMs) / k);
        std::printf("  ratio of CPU time, workbench/kubectl              %.2f\n",
                    median(pageCpuMs) / median(kubectlCpuMs));
    }
    std::printf("  share of the unthrottled page time that the raw GETs take: %.2f\n",
                median(rawMs) / median(pageUnthrottledMs));
    std::printf("  data: %d pages, %.1f MB of JSON (%.0f bytes per pod)\n", lastRaw.pages,
                double(lastRaw.bytes) / 1e6, double(lastRaw.bytes) / pods);

    // Round trips as the server counted them.
    const QString pagesPath = kinds::pods().collectionPath(QString());
    const QString listKey = u"GET "_qs + pagesPath;
    std::printf("  round trips, workbench: %d (%s), page size %d\n", totalRequests(made),
                qPrintable(describeRequests(made)), limit);
    if (kubectl) {
        std::printf("  round trips, kubectl:   %d (%s), page size %s\n", totalRequests(kubectlMade),
                    qPrintable(describeRequests(kubectlMade)), qPrintable(kubectlLimit));
        std::printf("  list pages: %s; other requests: workbench %d, kubectl %d\n",
                    made.value(listKey) == kubectlMade.value(listKey) ? "the same number"
                                                                      : "DIFFERENT numbers",
                    totalRequests(made) - made.value(listKey),
                    totalRequests(kubectlMade) - kubectlMade.value(listKey));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// 2. Memory

// kubectlListed: whether kubectl listed the same pods before (its peak RSS is then a reference).
bool memoryPart(const Target &target, bool kubectlListed, int pods)
{
    std::printf("\n2. Memory held for %d pods (VmRSS after malloc_trim)\n", pods);
    http::Transport transport;
    auto client = std::make_shared<const KubeClient>(transport, target.unthrottled());
    // Libraries, TLS and the transport's connection are in the baseline.
    if (!await(client->version())) {
        std::fprintf(stderr, "the version call failed\n");
        return false;
    }
    // The pages as the server sent them, kept (so they are in the baseline) for the reference
    // below; a first list of everything warms the pool threads and the allocator's arenas.
    const RawListing sent = listRaw(target, ListOptions().limit, true);
    {
        int items = 0;
        listAllOnly(target.unthrottled(), &items);
    }
    const qint64 base = settledRssKiB();
    qint64 held = 0;
    double changeMs = 0;
    double removeMs = 0;
    {
        Informer informer(client, kinds::pods(), QString());
        ResourceListModel model(kinds::pods());
        QObject::connect(&informer, &Informer::changed, &model, &ResourceListModel::apply);
        QEventLoop loop;
        QObject::connect(&informer, &Informer::synced, &loop, &QEventLoop::quit);
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        informer.start();
        loop.exec();
        informer.stop();
        if (int(informer.objects().size()) != pods || model.rowCount() != pods) {
            std::fprintf(stderr, "the informer holds %lld pods, the model %d\n",
                         qint64(informer.objects().size()), model.rowCount());
            return false;
        }
        held = settledRssKiB() - base;

        // What one watch event costs a model of this size: changing a row, and removing one
        // (the model rebuilds its uid index after removals).
        QJsonObject changed = model.objectAt(pods / 2);
        QJsonObject metadata = changed.value(u"metadata").toObject();
        metadata.insert(u"resourceVersion"_qs, u"999999999"_qs);
        changed.insert(u"metadata"_qs, metadata);
        QElapsedTimer t;
        t.start();
        model.apply(InformerDelta{{changed}, {}});
        changeMs = msSince(t);
        t.restart();
        model.apply(InformerDelta{{}, {metadata.value(u"uid").toString()}});
        removeMs = msSince(t);
    }
    // Reference: the same pods parsed into QJsonObjects and nothing else.
    const qint64 released = settledRssKiB();
    qint64 parsedOnly = 0;
    {
        double ms = 0;
        const QList<QJsonObject> objects = parsePages(sent.bodies, &ms);
        parsedOnly = settledRssKiB() - released;
    }

    const auto perPod = [pods](qint64 kib) {
        return double(kib) * 1024.0 / pods;
    };
    std::printf("  %-62s %8.1f MiB\n", "baseline (transport up, nothing cached)",
                double(base) / 1024.0);
    std::printf("  %-62s %8.1f MiB\n", "informer cache + model, per 10,000 pods",
                double(held) / 1024.0 * 10000.0 / pods);
    std::printf("  %-62s %8.0f bytes\n", "  per pod", perPod(held));
    std::printf("  %-62s %8.0f bytes\n", "  of which the QJsonObjects (the same pods parsed alone)",
                perPod(parsedOnly));
    std::printf("  %-62s %8.0f bytes\n", "  of which cache hash, model rows and uid index",
                perPod(held - parsedOnly));
    std::printf("  %-62s %8.0f bytes (held / JSON %.1f)\n", "reference: JSON received per pod",
                double(sent.bytes) / pods, perPod(held) / (double(sent.bytes) / pods));
    if (kubectlListed)
        std::printf("  %-62s %8.1f MiB\n", "reference: kubectl's peak RSS listing them (-o json)",
                    childrenPeakRssMiB());
    std::printf("  %d-row model: one row changed %.3f ms, one row removed %.3f ms\n", pods,
                changeMs, removeMs);
    return true;
}

// ---------------------------------------------------------------------------------------------
// 3. Watch

// Changes pods in one namespace as fast as the simulator takes them, from its own thread and
// transport, standing in for the controllers of a busy cluster. Each lane creates a pod, changes
// it, changes a seeded pod and deletes its own again, so the watch sees ADDED, MODIFIED and
// DELETED events; every acknowledged call is one event.
class Driver
{
public:
    Driver(const ClusterConnection &connection, QString ns, QStringList seeded, int lanes)
        : m_client(m_transport, connection)
        , m_namespace(std::move(ns))
        , m_seeded(std::move(seeded))
        , m_steps(lanes, 0)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }

    ~Driver()
    {
        m_thread.quit();
        m_thread.wait();
    }

    // Drives for durationMs, then calls done(acknowledged, failed) in the receiver's thread.
    void start(int durationMs, QObject *receiver, std::function<void(qint64, qint64)> done)
    {
        QMetaObject::invokeMethod(&m_context, [=, this] {
            m_durationMs = durationMs;
            m_receiver = receiver;
            m_done = done;
            m_active = int(m_steps.size());
            m_clock.start();
            for (int lane = 0; lane < int(m_steps.size()); ++lane)
                step(lane);
        });
    }

private:
    static QJsonObject pod(const QString &name)
    {
        return QJsonObject{
            {u"apiVersion"_qs, u"v1"_qs},
            {u"kind"_qs, u"Pod"_qs},
            {u"metadata"_qs, QJsonObject{{u"name"_qs, name},
                                         {u"labels"_qs, QJsonObject{{u"app"_qs, u"churn"_qs}}}}},
            {u"spec"_qs, QJsonObject{{u"containers"_qs,
                                      QJsonArray{QJsonObject{{u"name"_qs, u"main"_qs},
                                                             {u"image"_qs, u"python:3.11"_qs}}}}}}};
    }

    static QByteArray annotation(qint64 n)
    {
        return R"({"metadata":{"annotations":{"bench/step":")" + QByteArray::number(n) + R"("}}})";
    }

    void step(int lane)
    {
        if (m_clock.elapsed() >= m_durationMs) {
            if (--m_active == 0) {
                const qint64 ok = m_ok;
                const qint64 failed = m_failed;
                QMetaObject::invokeMethod(m_receiver,
                                          [done = m_done, ok, failed] { done(ok, failed); });
            }
            return;
        }
        const qint64 n = m_steps[size_t(lane)]++;
        const QString own = QStringLiteral("churn-%1-%2").arg(lane).arg(n / 4);
        const ResourceKind &pods = kinds::pods();
        QFuture<ApiResponse> call;
        switch (n % 4) {
        case 0:
            call = m_client.create(pods, m_namespace, pod(own));
            break;
        case 1:
            call = m_client.patch(pods, m_namespace, own, PatchType::Merge, annotation(n));
            break;
        case 2: {
            const qint64 pick = (n / 4) * qint64(m_steps.size()) + lane;
            call = m_client.patch(pods, m_namespace, m_seeded.at(int(pick % m_seeded.size())),
                                  PatchType::Merge, annotation(n));
            break;
        }
        default:
            call = m_client.remove(pods, m_namespace, own);
            break;
        }
        call.then(&m_context, [this, lane](const ApiResponse &r) {
            ++(r.ok() ? m_ok : m_failed);
            step(lane);
        });
    }

    http::Transport m_transport;
    KubeClient m_client;
    QString m_namespace;
    QStringList m_seeded;
    std::vector<qint64> m_steps;
    QThread m_thread;
    QObject m_context; // lives in m_thread: the calls' continuations run there
    QElapsedTimer m_clock;
    int m_durationMs = 0;
    int m_active = 0;
    qint64 m_ok = 0;
    qint64 m_failed = 0;
    QObject *m_receiver = nullptr;
    std::function<void(qint64, qint64)> m_done;
};

bool watchPart(const Target &target, const QString &ns, int seconds, int lanes)
{
    std::printf("\n3. Watch: pods in namespace %s, %d s of changes from %d concurrent callers\n",
                qPrintable(ns), seconds, lanes);
    http::Transport transport;
    auto client = std::make_shared<const KubeClient>(transport, target.connection);
    ResourceListModel model(kinds::pods());
    Informer informer(client, kinds::pods(), ns);

    bool counting = false;
    std::vector<double> batchSizes;
    std::vector<double> applyMs;
    QObject::connect(&informer, &Informer::changed, &model, [&](const InformerDelta &delta) {
        QElapsedTimer t;
        t.start();
        model.apply(delta);
        if (counting) {
            applyMs.push_back(msSince(t));
            batchSizes.push_back(double(delta.upserted.size() + delta.removed.size()));
        }
    });
    {
        // Measure from a full model and an open watch: the first list goes out in several
        // batches, and the watch may open before the last of them.
        QEventLoop loop;
        bool synced = false;
        auto ready = [&] {
            if ((synced && informer.state() == Informer::State::Watching) ||
                informer.state() == Informer::State::Failed)
                loop.quit();
        };
        QObject::connect(&informer, &Informer::synced, &loop, [&] {
            synced = true;
            ready();
        });
        QObject::connect(&informer, &Informer::stateChanged, &loop, ready);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        informer.start();
        loop.exec();
    }
    auto *stream = informer.findChild<WatchStream *>();
    if (informer.state() != Informer::State::Watching || !stream) {
        std::fprintf(stderr, "the informer is not watching: %s\n",
                     qPrintable(informer.lastError()));
        return false;
    }
    const int seededRows = model.rowCount();
    QStringList seeded;
    for (const QJsonObject &o : informer.objects())
        seeded << o.value(u"metadata").toObject().value(u"name").toString();

    qint64 events = 0;
    QElapsedTimer clock;
    double lastEventMs = 0;
    QObject::connect(stream, &WatchStream::event, &model, [&](const QString &type) {
        if (!counting || type == u"BOOKMARK")
            return;
        ++events;
        lastEventMs = msSince(clock);
    });

    // Reference: the same probe with the watch open and nothing happening.
    StallProbe probe;
    const int idleMs = 2000;
    double cpu0 = threadCpuMs();
    probe.start();
    spin(idleMs);
    probe.stop();
    const double idleCpuMs = threadCpuMs() - cpu0;
    const double idleMax = probe.maxMs();
    const double idleP99 = probe.percentileMs(0.99);

    // The receiver outlives the driver's thread, which may still report after a time-out.
    QObject receiver;
    qint64 acknowledged = -1;
    qint64 failed = 0;
    Driver driver(target.unthrottled(), ns, seeded, lanes);
    counting = true;
    clock.start();
    cpu0 = threadCpuMs();
    probe.start();
    driver.start(seconds * 1000, &receiver, [&](qint64 ok, qint64 bad) {
        acknowledged = ok;
        failed = bad;
    });
    // Until the driver is done and every acknowledged change has arrived (or 30 s more).
    QElapsedTimer patience;
    patience.start();
    while ((acknowledged < 0 || events < acknowledged) &&
           patience.elapsed() < seconds * 1000 + 30000)
        spin(5);
    spin(100); // the informer's last batch goes out up to 30 ms after the last event
    probe.stop();
    const double busyMs = threadCpuMs() - cpu0;
    const double wallMs = msSince(clock);
    counting = false;

    // The model must hold what the server holds.
    const auto truth = await(client->listAll(kinds::pods(), ns));
    const bool consistent = truth && truth->ok() && truth->items.size() == model.rowCount() &&
                            informer.objects().size() == model.rowCount();
    informer.stop();

    double rows = 0;
    for (const double b : batchSizes)
        rows += b;
    const double spanSeconds = lastEventMs / 1000.0;
    std::printf("  %-58s %9d\n", "rows in the model before", seededRows);
    std::printf("  %-58s %9lld (%lld failed)\n", "changes acknowledged by the server", acknowledged,
                failed);
    std::printf("  %-58s %9lld\n", "watch events received", events);
    std::printf("  %-58s %9.0f /s\n", "events per second applied to the model",
                double(events) / spanSeconds);
    std::printf("  %-58s %9.0f /s\n", "server's acknowledged changes per second (reference)",
                double(std::max<qint64>(acknowledged, 0)) / (seconds * 1.0));
    std::printf("  %-58s %9.0f (%.0f rows after merging by uid)\n", "informer batches",
                double(batchSizes.size()), rows);
    std::printf("  %-58s %5.0f / %.0f / %.0f / %.0f\n", "batch size median / p90 / p99 / max",
                median(batchSizes), percentile(batchSizes, 0.9), percentile(batchSizes, 0.99),
                maxOf(batchSizes));
    std::printf("  %-58s %9.3f ms (max %.3f)\n", "ResourceListModel::apply per batch, median",
                median(applyMs), maxOf(applyMs));
    std::printf("  %-58s %9.2f ms (p99 %.2f ms; idle reference: max %.2f, p99 %.2f)\n",
                "longest main-thread stall (1 ms timer gap)", probe.maxMs(),
                probe.percentileMs(0.99), idleMax, idleP99);
    const double idleRate = idleCpuMs / idleMs;
    std::printf("  %-58s %8.1f %% (idle reference %.1f %%)\n", "main thread busy (CPU time / wall)",
                100.0 * busyMs / wallMs, 100.0 * idleRate);
    if (events > 0)
        std::printf("  %-58s %9.1f us (capacity ~%.0f events/s on this thread)\n",
                    "main-thread CPU per event, timer's own cost taken out",
                    1000.0 * (busyMs - idleRate * wallMs) / double(events),
                    double(events) / ((busyMs - idleRate * wallMs) / 1000.0));
    std::printf("  %-58s %9s\n", "model equals the server's list afterwards",
                consistent ? "yes" : "NO");
    return consistent;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists, caches and watches pods of a simulated cluster beside kubectl."_qs);
    parser.addHelpOption();
    const QCommandLineOption podsOption(u"pods"_qs, u"Pods to list (default 30000)."_qs, u"N"_qs,
                                        u"30000"_qs);
    const QCommandLineOption namespacesOption(
        u"namespaces"_qs, u"Namespaces they are spread over (default 30)."_qs, u"M"_qs, u"30"_qs);
    const QCommandLineOption runsOption(u"runs"_qs, u"Runs of each listing (default 3)."_qs,
                                        u"R"_qs, u"3"_qs);
    const QCommandLineOption watchSecondsOption(
        u"watch-seconds"_qs, u"How long pods are changed while watched (default 10)."_qs, u"S"_qs,
        u"10"_qs);
    const QCommandLineOption lanesOption(
        u"watch-lanes"_qs, u"Concurrent calls changing pods (default 4)."_qs, u"L"_qs, u"4"_qs);
    const QCommandLineOption partsOption(u"parts"_qs,
                                         u"What to measure: list, memory, watch (default all)."_qs,
                                         u"LIST"_qs, u"list,memory,watch"_qs);
    const QCommandLineOption noKubectlOption(u"no-kubectl"_qs,
                                             u"Leave kubectl out (e.g. for profiling)."_qs);
    const QCommandLineOption simOption(u"simulator"_qs, u"The kfw-cluster-sim to start."_qs,
                                       u"PATH"_qs, QStringLiteral(KFW_CLUSTER_SIM_PATH));
    parser.addOptions({podsOption, namespacesOption, runsOption, watchSecondsOption, lanesOption,
                       partsOption, noKubectlOption, simOption});
    parser.process(app);
    const int pods = std::max(1, parser.value(podsOption).toInt());
    const int namespaces = std::max(1, parser.value(namespacesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QStringList parts = parser.value(partsOption).split(u',');

    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_qs);
    Simulator simulator;
    QElapsedTimer simStart;
    simStart.start();
    QString error;
    if (!simulator.start(parser.value(simOption),
                         {u"--tls"_qs, u"--port"_qs, u"0"_qs, u"--seed-pods"_qs,
                          QString::number(pods), u"--seed-pod-namespaces"_qs,
                          QString::number(namespaces), u"--write-kubeconfig"_qs, kubeconfig},
                         &error)) {
        std::fprintf(stderr, "cannot start the simulator: %s\n", qPrintable(error));
        return 1;
    }
    const double simStartMs = msSince(simStart);
    const auto target = targetFrom(kubeconfig, &error);
    if (!target) {
        std::fprintf(stderr, "cannot use the simulator's kubeconfig: %s\n", qPrintable(error));
        return 1;
    }

    std::optional<Kubectl> kubectl;
    if (!parser.isSet(noKubectlOption)) {
        const QString program = QStandardPaths::findExecutable(u"kubectl"_qs);
        if (!program.isEmpty()) {
            Kubectl k{program, QProcessEnvironment::systemEnvironment()};
            k.environment.insert(u"KUBECONFIG"_qs, kubeconfig);
            // kubectl's discovery cache stays in the run's folder (warm after the first run).
            k.environment.insert(u"HOME"_qs, dir.path());
            kubectl = k;
        }
    }

    std::printf("Cluster client benchmark: %d pods in %d namespaces\n", pods, namespaces);
    std::printf("machine: %s\n", qPrintable(machineFacts()));
    const QByteArray kubectlVersion =
        kubectl ? kubectl->output({u"version"_qs, u"--client"_qs}, false).split('\n').value(0)
                : QByteArray("not run");
    std::printf("kubectl: %s\n", kubectlVersion.constData());
    std::printf("simulator: %s, seeded and listening after %.1f s\n", qPrintable(simulator.url()),
                simStartMs / 1000.0);

    QElapsedTimer wall;
    wall.start();
    bool ok = true;
    if (parts.contains(u"list"))
        ok = listingPart(*target, kubectl ? &*kubectl : nullptr, pods, runs) && ok;
    if (parts.contains(u"memory"))
        ok = memoryPart(*target, kubectl && parts.contains(u"list"), pods) && ok;
    if (parts.contains(u"watch"))
        ok = watchPart(*target, u"load-0"_qs, std::max(1, parser.value(watchSecondsOption).toInt()),
                       std::max(1, parser.value(lanesOption).toInt())) &&
             ok;
    std::printf("\ntotal %.0f s\n", msSince(wall) / 1000.0);
    return ok ? 0 : 1;
}
