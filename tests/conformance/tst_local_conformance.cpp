// Every KFP conformance pipeline, run on the local backend. Each outcome is classified:
// succeeded; failed as designed; needs something outside the workstation (named); long-running
// by design (cancelled after a while); or a bug. The suite fails on any bug, and writes a report.

#include "cluster/local/runner.h"
#include "cluster/pipelinespec/yamlreader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kfw::local;
using namespace kfw::pipelinespec;

namespace {

QString base()
{
    return qEnvironmentVariable("KFW_CONFORMANCE_DIR") + QStringLiteral("/kfp/pipelines/");
}

// What a failure message says the pipeline needs from outside the workstation, if anything.
QString outsideNeed(const QString &message)
{
    static const QList<std::pair<QRegularExpression, QString>> patterns{
        {QRegularExpression(QStringLiteral("the command '([^']+)' is not on this workstation")), QStringLiteral("a program not installed here: %1")},
        {QRegularExpression(QStringLiteral("importer needs '([^']+)'")), QStringLiteral("a remote artifact: %1")},
        {QRegularExpression(QStringLiteral("needs the Python package (\\S+)")), QStringLiteral("a Python package from the network: %1")},
        {QRegularExpression(QStringLiteral("needs secret '([^']+)'")), QStringLiteral("the secret %1")},
        {QRegularExpression(QStringLiteral("needs config map '([^']+)'")), QStringLiteral("the config map %1")},
        {QRegularExpression(QStringLiteral("needs the volume claim '([^']+)'")), QStringLiteral("the volume claim %1")},
        {QRegularExpression(QStringLiteral("entrypoint of image (\\S+),")), QStringLiteral("a container engine for image %1")},
        {QRegularExpression(QStringLiteral("needs the Python package (\\S+), which is not installed")), QStringLiteral("the Python package %1")},
        {QRegularExpression(QStringLiteral("(code is inside its container image)")), QStringLiteral("a container engine (the code is in the image)")},
    };
    for (const auto &[re, text] : patterns) {
        const auto m = re.match(message);
        if (m.hasMatch())
            return text.arg(m.captured(1));
    }
    return {};
}

struct Row
{
    QString file;
    QString outcome;
    QString detail;
    qint64 ms = 0;
};

} // namespace

class TestLocalConformance : public QObject
{
    Q_OBJECT

    YamlValue m_table;
    QList<Row> m_rows;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(base() + QStringLiteral("hello_world.yaml")))
            QSKIP("Kubeflow conformance files not found; set KFW_CONFORMANCE_DIR to run this suite.");
        QFile f(qEnvironmentVariable("KFW_LOCAL_RUN_TABLE"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<YamlValue> docs;
        ReadError e;
        QVERIFY2(YamlReader::read(f.readAll(), &docs, &e), qPrintable(e.toString()));
        m_table = docs.value(0);
        QFile::remove(QStringLiteral("/tmp/kfw-conformance-retry-counter"));
    }

    void everyPipeline_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(base(), {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next().mid(base().size());
        files.sort();
        QCOMPARE(files.size(), 125);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyPipeline()
    {
        QFETCH(QString, file);
        const YamlValue entry = m_table.value(file);
        ReadError error;
        auto doc = PipelineDocument::load(base() + file, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QMap<QString, YamlValue> params;
        if (const YamlValue *p = entry.find(QStringLiteral("parameters")))
            for (const auto &kv : p->entries())
                params.insert(kv.key.text(), kv.value);
        RunOptions options;
        options.runDir = m_dir.filePath(QString(file).replace(QLatin1Char('/'), QLatin1Char('_')));
        options.parallelism = 2;
        options.taskTimeoutSeconds = entry.contains(QStringLiteral("timeout")) ? int(entry.value(QStringLiteral("timeout")).toInt()) : 120;
        options.pythonRuntimeDir = qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/runtime");
        // Input artifacts of the pipeline itself: a small local file for each (a local run can
        // take them; a cluster run cannot).
        if (const YamlValue *defs = doc->spec().at({"root", "inputDefinitions", "artifacts"}); defs && defs->isMapping())
            for (const auto &d : defs->entries()) {
                const QString path = options.runDir + QStringLiteral("-inputs/") + d.key.scalarText();
                QDir().mkpath(QFileInfo(path).absolutePath());
                QFile f(path);
                if (f.open(QIODevice::WriteOnly))
                    f.write("sample input artifact\n");
                options.inputArtifacts.insert(d.key.scalarText(), path);
            }
        LocalRunner runner(*doc, params, options);
        QSignalSpy done(&runner, &LocalRunner::runFinished);
        const int longSeconds = entry.contains(QStringLiteral("long")) ? int(entry.value(QStringLiteral("long")).toInt()) : 0;
        if (longSeconds > 0)
            QTimer::singleShot(longSeconds * 1000, &runner, &LocalRunner::cancel);
        QElapsedTimer t;
        t.start();
        runner.start();
        const bool finished = done.wait(300000);
        if (!finished) {
            runner.cancel();
            done.wait(20000);
        }
        Row row{file, {}, {}, t.elapsed()};
        const QString message = runner.message();
        if (!finished) {
            row.outcome = QStringLiteral("bug");
            row.detail = QStringLiteral("did not finish within 5 minutes");
        } else if (runner.state() == TaskState::Succeeded
                   && (file.startsWith(QLatin1String("failing/")) || entry.contains(QStringLiteral("designed_failure")))) {
            row.outcome = QStringLiteral("bug");
            row.detail = QStringLiteral("designed to fail, but succeeded");
        } else if (runner.state() == TaskState::Succeeded) {
            row.outcome = QStringLiteral("succeeded");
        } else if (longSeconds > 0 && runner.state() == TaskState::Cancelled) {
            row.outcome = QStringLiteral("long-running");
            row.detail = QStringLiteral("ran %1 s of its designed minutes, then cancelled").arg(longSeconds);
        } else if (file.startsWith(QLatin1String("failing/")) || entry.contains(QStringLiteral("designed_failure"))) {
            row.outcome = QStringLiteral("failed as designed");
            row.detail = entry.contains(QStringLiteral("designed_failure")) ? entry.value(QStringLiteral("designed_failure")).text() : message;
        } else if (!outsideNeed(message).isEmpty()) {
            row.outcome = QStringLiteral("needs outside");
            row.detail = outsideNeed(message);
        } else if (entry.contains(QStringLiteral("needs"))) {
            row.outcome = QStringLiteral("needs outside");
            row.detail = entry.value(QStringLiteral("needs")).text();
        } else if (entry.contains(QStringLiteral("cluster_only"))) {
            row.outcome = QStringLiteral("needs outside");
            row.detail = QStringLiteral("a Kubernetes pod: ") + entry.value(QStringLiteral("cluster_only")).text();
        } else {
            row.outcome = QStringLiteral("bug");
            row.detail = message;
        }
        m_rows.append(row);
        QVERIFY2(row.outcome != QLatin1String("bug"), qPrintable(file + QStringLiteral(": ") + row.detail));
    }

    void cleanupTestCase()
    {
        if (m_rows.isEmpty())
            return;
        QMap<QString, int> counts;
        for (const Row &r : m_rows)
            ++counts[r.outcome];
        QStringList summary;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        qInfo().noquote() << QStringLiteral("local runs: %1 of %2 pipelines").arg(summary.join(QStringLiteral(", "))).arg(m_rows.size());
        QFile report(qEnvironmentVariable("KFW_CONFORMANCE_REPORT"));
        if (report.open(QIODevice::WriteOnly)) {
            QTextStream s(&report);
            s << "| pipeline | outcome | detail | seconds |\n| --- | --- | --- | ---: |\n";
            for (const Row &r : m_rows)
                s << "| `" << r.file << "` | " << r.outcome << " | " << QString(r.detail).replace(QLatin1Char('|'), QLatin1Char('/'))
                  << " | " << QString::number(double(r.ms) / 1000.0, 'f', 1) << " |\n";
            s << "\nTotals: " << summary.join(QStringLiteral(", ")) << ".\n";
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalConformance)
#include "tst_local_conformance.moc"
