// Pipeline model benchmark: import, validate and export of generated KFP-shaped pipelines of
// 100, 2,000 and 10,000 tasks, beside PyYAML's C loader (yaml.load with CSafeLoader, libyaml)
// reading the same file in the same run.
//
// Usage: kfw-bench-pipelinespec [SIZES...]   (default 100 2000 10000)

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "tests/benchmarks/generatedpipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kfw::pipelinespec;
using kfw::bench::medianMs;

namespace {

double pythonMs(const QString &file, int repeats)
{
    QProcess py;
    py.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, time, yaml\n"
                        "data = open(sys.argv[1], 'rb').read()\n"
                        "times = []\n"
                        "for _ in range(int(sys.argv[2])):\n"
                        "    t = time.perf_counter(); yaml.load(data, Loader=yaml.CSafeLoader); "
                        "times.append(time.perf_counter() - t)\n"
                        "times.sort(); print(times[len(times)//2] * 1000)\n"),
         file, QString::number(repeats)});
    if (!py.waitForFinished(600000) || py.exitCode() != 0)
        return -1;
    return py.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.empty())
        sizes = {100, 2000, 10000};
    QTemporaryDir dir;
    std::printf("%-7s %9s %11s %9s %11s %11s %10s %11s %9s\n", "tasks", "file MB", "import ms",
                "MB/s", "validate ms", "export ms", "export MB/s", "PyYAML C ms", "ratio");
    for (int n : sizes) {
        const QByteArray bytes = kfw::bench::generatePipeline(n, false);
        const QString file = dir.filePath(QStringLiteral("p%1.yaml").arg(n));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        const int repeats = n >= 10000 ? 3 : (n >= 2000 ? 5 : 20);
        std::optional<PipelineDocument> doc;
        const double importMs = medianMs(repeats, [&] {
            ReadError e;
            doc = PipelineDocument::fromBytes(bytes, file, &e);
        });
        if (!doc) {
            std::fprintf(stderr, "generated pipeline did not import\n");
            return 1;
        }
        qsizetype findings = 0;
        const double validateMs =
            medianMs(repeats, [&] { findings = Validator::validate(*doc).size(); });
        if (findings != 0) {
            std::fprintf(stderr, "generated pipeline has %lld findings\n", qint64(findings));
            return 1;
        }
        QByteArray out;
        const double exportMs = medianMs(repeats, [&] { out = doc->toYaml(); });
        const double mb = double(bytes.size()) / (1024.0 * 1024.0);
        const double py = pythonMs(file, repeats);
        std::printf("%-7d %9.2f %11.1f %9.1f %11.1f %11.1f %10.1f %11.1f %9.2f\n", n, mb, importMs,
                    mb / (importMs / 1000), validateMs, exportMs,
                    double(out.size()) / (1024.0 * 1024.0) / (exportMs / 1000), py,
                    py > 0 ? importMs / py : -1.0);
        std::fflush(stdout);
    }
    return 0;
}
