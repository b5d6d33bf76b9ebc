// Start-up benchmark: process start to first painted frame of the workbench, as a ratio to a
// bare QMainWindow program measured in the same run, plus the workbench's idle memory.
//
// Usage: kfw-bench-startup [RUNS]   (run under xvfb-run, or with QT_QPA_PLATFORM=offscreen)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Sample
{
    double ms = -1;
    double rssMiB = -1;
    bool webEngineLoaded = false;
};

double readRssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool mapsContain(qint64 pid, const QByteArray &needle)
{
    QFile f(QStringLiteral("/proc/%1/maps").arg(pid));
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

Sample measure(const QString &program, const QStringList &args, const QString &home, bool idleMemory)
{
    Sample s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return s;
    QByteArray out;
    while (!out.contains("first-frame\n")) {
        if (!p.waitForReadyRead(30000))
            break;
        out += p.readAllStandardOutput();
    }
    if (out.contains("first-frame\n"))
        s.ms = double(timer.nsecsElapsed()) / 1e6;
    if (idleMemory) {
        QThread::msleep(2000); // let start-up work settle
        s.rssMiB = readRssMiB(p.processId());
        s.webEngineLoaded = mapsContain(p.processId(), "libQt6WebEngineCore");
    }
    p.kill();
    p.waitForFinished(5000);
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QTemporaryDir home;
    const QString workbench = QStringLiteral(KFW_APP_PATH);
    const QString bare = QStringLiteral(KFW_BARE_PATH);
    const QStringList wbArgs{QStringLiteral("--benchmark-first-paint"), QStringLiteral("--size"),
                             QStringLiteral("1280x800"), QStringLiteral("--page"), QStringLiteral("welcome")};

    // Warm the file cache once for each, then alternate so that both see the same conditions.
    measure(workbench, wbArgs, home.path(), false);
    measure(bare, {}, home.path(), false);
    std::vector<double> wb;
    std::vector<double> ref;
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i) {
        const Sample a = measure(workbench, wbArgs, home.path(), false);
        const Sample b = measure(bare, {}, home.path(), false);
        if (a.ms < 0 || b.ms < 0) {
            std::fprintf(stderr, "a program did not report its first frame; is a display available?\n");
            return 1;
        }
        wb.push_back(a.ms);
        ref.push_back(b.ms);
        ratios.push_back(a.ms / b.ms);
    }
    const Sample idle = measure(workbench, wbArgs, home.path(), true);
    const Sample bareIdle = measure(bare, {}, home.path(), true);

    const double wbMs = median(wb);
    const double refMs = median(ref);
    std::printf("platform: %s, runs: %d\n", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "default (xcb)" : qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::printf("%-34s %10s\n", "measure", "value");
    std::printf("%-34s %8.1f ms\n", "bare QMainWindow, first frame", refMs);
    std::printf("%-34s %8.1f ms\n", "workbench, first frame", wbMs);
    std::printf("%-34s %10.2f\n", "ratio of the medians", wbMs / refMs);
    std::printf("%-34s %10.2f\n", "median of paired ratios", median(ratios));
    std::printf("%-34s %7.1f MiB\n", "bare QMainWindow, idle RSS", bareIdle.rssMiB);
    std::printf("%-34s %7.1f MiB\n", "workbench, idle RSS", idle.rssMiB);
    std::printf("%-34s %10s\n", "WebEngine loaded at idle", idle.webEngineLoaded ? "yes" : "no");
    return 0;
}
