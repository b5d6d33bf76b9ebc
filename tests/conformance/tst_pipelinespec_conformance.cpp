// Every compiled pipeline of the KFP conformance set imports with the facts of its manifest row,
// and exports and re-imports to the same tree; the invalid, v1 and component files are handled
// as a KFP user expects.

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace kfw::pipelinespec;

namespace {
QString conformanceDir()
{
    return qEnvironmentVariable("KFW_CONFORMANCE_DIR");
}

bool haveConformance()
{
    return QFileInfo(conformanceDir() + QStringLiteral("/kfp/pipelines-manifest.csv")).isFile();
}

QHash<QString, QStringList> readManifest()
{
    QHash<QString, QStringList> rows;
    QFile f(conformanceDir() + QStringLiteral("/kfp/pipelines-manifest.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cols = line.split(QLatin1Char(','));
        rows.insert(cols.first(), cols);
    }
    return rows;
}
} // namespace

class TestPipelineSpecConformance : public QObject
{
    Q_OBJECT

    int m_manifestOk = 0;
    int m_roundTripOk = 0;
    int m_identical = 0;
    int m_files = 0;

private slots:
    void initTestCase()
    {
        if (!haveConformance())
            QSKIP(qPrintable(QStringLiteral("Kubeflow conformance files not found in '%1'; set KFW_CONFORMANCE_DIR "
                                            "(CMake: -DKFW_CONFORMANCE_DIR=...) to run this suite.")
                                 .arg(conformanceDir())));
    }

    void compiledPipelines_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QStringList>("row");
        const QHash<QString, QStringList> manifest = readManifest();
        QVERIFY2(manifest.size() >= 100, "the manifest lists the compiled pipelines");
        const QString base = conformanceDir() + QStringLiteral("/kfp/pipelines/");
        QDirIterator it(base, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next().mid(base.size());
        files.sort();
        QCOMPARE(files.size(), manifest.size());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f << manifest.value(f);
    }

    void compiledPipelines()
    {
        QFETCH(QString, relative);
        QFETCH(QStringList, row);
        QCOMPARE(row.size(), 10);
        ++m_files;
        const QString path = conformanceDir() + QStringLiteral("/kfp/pipelines/") + relative;
        ReadError error;
        auto doc = PipelineDocument::load(path, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        QCOMPARE(doc->kind(), DocumentKind::PipelineSpec);

        const ManifestRow m = doc->manifest();
        const auto flag = [](const QString &s) { return s == QLatin1String("true"); };
        QCOMPARE(m.name, row.at(1));
        QCOMPARE(m.documents, row.at(2).toInt());
        QCOMPARE(m.rootDagTasks, row.at(3).toInt());
        QCOMPARE(m.componentSpecs, row.at(4).toInt());
        QCOMPARE(m.executors, row.at(5).toInt());
        QCOMPARE(m.usesParallelFor, flag(row.at(6)));
        QCOMPARE(m.usesCondition, flag(row.at(7)));
        QCOMPARE(m.usesExitHandler, flag(row.at(8)));
        QCOMPARE(m.hasPlatformSpec, flag(row.at(9)));
        ++m_manifestOk;

        // The SDK compiled these: validation finds no error in any of them.
        QStringList errors;
        for (const Finding &f : Validator::validate(*doc)) {
            if (f.severity == Finding::Severity::Error)
                errors << f.toString();
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // Export without edits, import again: the same trees and the same facts.
        const QByteArray exported = doc->toYaml();
        auto again = PipelineDocument::fromBytes(exported, relative, &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QVERIFY(again->spec() == doc->spec());
        QCOMPARE(again->platform().has_value(), doc->platform().has_value());
        if (doc->platform())
            QVERIFY(*again->platform() == *doc->platform());
        QCOMPARE(again->manifest(), m);
        // A second export is stable.
        QCOMPARE(again->toYaml(), exported);
        ++m_roundTripOk;

        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        if (bytes == exported)
            ++m_identical;
        else if (qEnvironmentVariableIsSet("KFW_SHOW_DIFFS"))
            qInfo().noquote() << "not byte-identical:" << relative;
    }

    // Our reader and PyYAML's safe_load (what the KFP SDK and the manifest use) see the same
    // trees in every file.
    void readerAgreesWithPyYaml()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 with python3-yaml is needed (installer/install-deps.sh installs both)");
        const QString base = conformanceDir() + QStringLiteral("/kfp/pipelines");
        QProcess py;
        py.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import glob, json, os, sys, yaml\n"
                                         "os.chdir(sys.argv[1])\n"
                                         "out = {f: [d for d in yaml.safe_load_all(open(f)) if d is not None]\n"
                                         "       for f in sorted(glob.glob('**/*.yaml', recursive=True))}\n"
                                         "json.dump(out, sys.stdout)\n"),
                          base});
        QVERIFY(py.waitForFinished(120000));
        QCOMPARE(py.exitCode(), 0);
        const QJsonObject theirs = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(theirs.size(), 125);
        for (auto it = theirs.begin(); it != theirs.end(); ++it) {
            QFile f(base + QLatin1Char('/') + it.key());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QList<YamlValue> docs;
            ReadError error;
            QVERIFY2(YamlReader::read(f.readAll(), &docs, &error), qPrintable(error.toString()));
            QJsonArray ours;
            for (const YamlValue &d : docs)
                ours.append(d.toJson());
            // JSON has one number type: compare through it on both sides.
            QVERIFY2(QJsonDocument(ours).toJson() == QJsonDocument(it.value().toArray()).toJson(), qPrintable(it.key()));
        }
    }

    void invalidUploadsAreRejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << "empty_file.yaml" << "has no YAML document";
        QTest::addRow("unknown field") << "invalid_yaml.yaml" << "unknown top-level field 'components_1'";
        QTest::addRow("no name") << "no_name.yaml" << "empty pipeline name";
    }
    void invalidUploadsAreRejected()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        ReadError error;
        const QString path = conformanceDir() + QStringLiteral("/kfp/pipelines-invalid/") + file;
        QVERIFY(QFile::exists(path));
        QVERIFY(!PipelineDocument::load(path, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QVERIFY2(!error.hint.isEmpty(), "every error says what to do");
        QCOMPARE(error.file, path);
    }

    void unknownFieldNamesTheLineAndSuggestsTheField()
    {
        ReadError error;
        QVERIFY(!PipelineDocument::load(conformanceDir() + QStringLiteral("/kfp/pipelines-invalid/invalid_yaml.yaml"), &error));
        QVERIFY(error.line > 0);
        QVERIFY2(error.hint.contains(QStringLiteral("'components'")), qPrintable(error.hint));
    }

    void argoWorkflowsAreRecognisedAsV1()
    {
        QDir dir(conformanceDir() + QStringLiteral("/kfp/argo-v1"));
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QCOMPARE(files.size(), 10);
        for (const QString &f : files) {
            ReadError error;
            QVERIFY2(!PipelineDocument::load(dir.filePath(f), &error), qPrintable(f));
            QVERIFY2(error.message.contains(QStringLiteral("KFP v1 pipeline")), qPrintable(error.toString()));
            QVERIFY(error.hint.contains(QStringLiteral("KFP SDK 2")));
        }
    }

    void v1ComponentsParse()
    {
        QDir dir(conformanceDir() + QStringLiteral("/kfp/components-v1"));
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QCOMPARE(files.size(), 7);
        for (const QString &f : files) {
            ReadError error;
            auto doc = PipelineDocument::load(dir.filePath(f), &error);
            QVERIFY2(doc, qPrintable(error.toString()));
            QCOMPARE(doc->kind(), DocumentKind::V1Component);
            QVERIFY2(!doc->name().isEmpty(), qPrintable(f));
            QVERIFY(doc->spec().at({"implementation", "container", "image"}));
        }
    }

    void cleanupTestCase()
    {
        if (m_files > 0) {
            const QString summary = QStringLiteral("%1/%4 manifest, %2/%4 round-trip, %3 byte-identical")
                                        .arg(m_manifestOk)
                                        .arg(m_roundTripOk)
                                        .arg(m_identical)
                                        .arg(m_files);
            qInfo().noquote() << summary;
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineSpecConformance)
#include "tst_pipelinespec_conformance.moc"
