// The KFP executor contract on the workstation: placeholders resolve as KFP's own local runner
// resolves them, and what a task writes back is read with its types.

#include "cluster/local/executorcontract.h"
#include "cluster/pipelinespec/pythonrepr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kfw::local;
using kfw::pipelinespec::YamlValue;

namespace {

ExecutorInput sample(const QString &dir)
{
    ExecutorInput in;
    in.parameters.insert(QStringLiteral("text"), YamlValue::string(QStringLiteral("hello world")));
    in.parameters.insert(QStringLiteral("n"), YamlValue::integer(3));
    in.parameters.insert(QStringLiteral("rate"), YamlValue::real(1.0));
    in.parameters.insert(QStringLiteral("flag"), YamlValue::boolean(true));
    in.parameters.insert(QStringLiteral("items"), YamlValue::sequence({YamlValue::integer(1), YamlValue::string(QStringLiteral("a"))}));
    YamlValue cfg = YamlValue::mapping();
    cfg.insert(QStringLiteral("k"), YamlValue::string(QStringLiteral("v")));
    in.parameters.insert(QStringLiteral("cfg"), cfg);
    RuntimeArtifact data;
    data.name = QStringLiteral("data");
    data.schemaTitle = QStringLiteral("system.Dataset");
    data.uri = dir + QStringLiteral("/upstream/data");
    data.metadata.insert(QStringLiteral("rows"), YamlValue::integer(10));
    in.inputArtifacts.insert(QStringLiteral("data"), {data});
    in.outputParameterFiles.insert(QStringLiteral("Output"), dir + QStringLiteral("/out/Output"));
    RuntimeArtifact model;
    model.name = QStringLiteral("model");
    model.schemaTitle = QStringLiteral("system.Model");
    model.uri = dir + QStringLiteral("/out/model");
    in.outputArtifacts.insert(QStringLiteral("model"), {model});
    in.outputFile = dir + QStringLiteral("/out/executor_output.json");
    return in;
}

RunContext context()
{
    return {QStringLiteral("demo-run"), QStringLiteral("run-1"), QStringLiteral("train"), QStringLiteral("task-7"),
            QStringLiteral("file:///tmp/root"), QStringLiteral("2026-11-28T12:00:00.000000Z")};
}

} // namespace

class TestExecutorContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void placeholders_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("expected");
        const QString d = m_dir.path();
        QTest::addRow("string parameter as is") << QStringList{QStringLiteral("{{$.inputs.parameters['text']}}")}
                                                << QStringList{QStringLiteral("hello world")};
        QTest::addRow("numbers and bools as JSON")
            << QStringList{QStringLiteral("{{$.inputs.parameters['n']}}"), QStringLiteral("{{$.inputs.parameters['rate']}}"),
                           QStringLiteral("{{$.inputs.parameters['flag']}}")}
            << QStringList{QStringLiteral("3"), QStringLiteral("1.0"), QStringLiteral("true")};
        QTest::addRow("list and dict as json.dumps")
            << QStringList{QStringLiteral("{{$.inputs.parameters['items']}}"), QStringLiteral("{{$.inputs.parameters['cfg']}}")}
            << QStringList{QStringLiteral("[1, \"a\"]"), QStringLiteral("{\"k\": \"v\"}")};
        QTest::addRow("embedded in text") << QStringList{QStringLiteral("--n={{$.inputs.parameters['n']}}!")}
                                          << QStringList{QStringLiteral("--n=3!")};
        QTest::addRow("missing optional input is null") << QStringList{QStringLiteral("{{$.inputs.parameters['absent']}}")}
                                                        << QStringList{QStringLiteral("null")};
        QTest::addRow("artifact path, uri, metadata")
            << QStringList{QStringLiteral("{{$.inputs.artifacts['data'].path}}"), QStringLiteral("{{$.inputs.artifacts['data'].uri}}"),
                           QStringLiteral("{{$.inputs.artifacts['data'].metadata}}"),
                           QStringLiteral("{{$.inputs.artifacts['data'].metadata['rows']}}")}
            << QStringList{d + QStringLiteral("/upstream/data"), d + QStringLiteral("/upstream/data"),
                           QStringLiteral("{\"rows\": 10}"), QStringLiteral("10")};
        QTest::addRow("outputs")
            << QStringList{QStringLiteral("{{$.outputs.parameters['Output'].output_file}}"),
                           QStringLiteral("{{$.outputs.artifacts['model'].path}}"), QStringLiteral("{{$.outputs.output_file}}")}
            << QStringList{d + QStringLiteral("/out/Output"), d + QStringLiteral("/out/model"),
                           d + QStringLiteral("/out/executor_output.json")};
        QTest::addRow("job placeholders")
            << QStringList{QStringLiteral("{{$.pipeline_job_name}}/{{$.pipeline_task_name}}/{{$.pipeline_job_uuid}}/{{$.pipeline_task_uuid}}")}
            << QStringList{QStringLiteral("demo-run/train/run-1/task-7")};
        QTest::addRow("quote in a name")
            << QStringList{QStringLiteral("{{$.inputs.parameters['it''s']}}")} << QStringList{QStringLiteral("yes")};
        QTest::addRow("Concat")
            << QStringList{QStringLiteral("{\"Concat\": [\"--out=\", \"{{$.outputs.parameters['Output'].output_file}}\"]}")}
            << QStringList{QStringLiteral("--out=") + d + QStringLiteral("/out/Output")};
        QTest::addRow("IfPresent present")
            << QStringList{QStringLiteral("{\"IfPresent\": {\"InputName\": \"n\", \"Then\": [\"--n\", \"{{$.inputs.parameters['n']}}\"]}}")}
            << QStringList{QStringLiteral("--n"), QStringLiteral("3")};
        QTest::addRow("IfPresent absent, else")
            << QStringList{QStringLiteral("a"),
                           QStringLiteral("{\"IfPresent\": {\"InputName\": \"absent\", \"Then\": [\"--x\"], \"Else\": [\"--none\"]}}"),
                           QStringLiteral("b")}
            << QStringList{QStringLiteral("a"), QStringLiteral("--none"), QStringLiteral("b")};
        QTest::addRow("IfPresent absent, nothing")
            << QStringList{QStringLiteral("{\"IfPresent\": {\"InputName\": \"absent\", \"Then\": [\"--x\"]}}")} << QStringList{};
        QTest::addRow("Concat inside IfPresent")
            << QStringList{QStringLiteral("{\"IfPresent\": {\"InputName\": \"data\", \"Then\": {\"Concat\": [\"--data=\", "
                                          "\"{{$.inputs.artifacts['data'].path}}\"]}}}")}
            << QStringList{QStringLiteral("--data=") + d + QStringLiteral("/upstream/data")};
    }
    void placeholders()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, expected);
        ExecutorInput in = sample(m_dir.path());
        in.parameters.insert(QStringLiteral("it's"), YamlValue::string(QStringLiteral("yes")));
        QStringList argv;
        QString error;
        QVERIFY2(resolveCommand(command, in, context(), &argv, &error), qPrintable(error));
        QCOMPARE(argv, expected);
    }

    void executorInputJson()
    {
        const ExecutorInput in = sample(m_dir.path());
        QStringList argv;
        QString error;
        QVERIFY(resolveCommand({QStringLiteral("{{$}}")}, in, context(), &argv, &error));
        const QJsonObject o = QJsonDocument::fromJson(argv.first().toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("parameterValues")).toObject()
                     .value(QStringLiteral("text")).toString(),
                 QStringLiteral("hello world"));
        QCOMPARE(o, in.toJson());
        // Floats keep their fractional part, as json.dumps writes them.
        QVERIFY(argv.first().contains(QStringLiteral("\"rate\": 1.0")));
        const QJsonObject model = o.value(QStringLiteral("outputs")).toObject().value(QStringLiteral("artifacts")).toObject()
                                      .value(QStringLiteral("model")).toObject().value(QStringLiteral("artifacts")).toArray().at(0).toObject();
        QCOMPARE(model.value(QStringLiteral("type")).toObject().value(QStringLiteral("schemaTitle")).toString(), QStringLiteral("system.Model"));
    }

    void unresolvablePlaceholdersAreErrors_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown output") << "{{$.outputs.parameters['nope'].output_file}}" << "no output parameter 'nope'";
        QTest::addRow("unknown output artifact") << "{{$.outputs.artifacts['nope'].path}}" << "no output artifact 'nope'";
        QTest::addRow("unsupported") << "{{$.inputs.parameters['n'].bogus}}" << "unsupported placeholder";
        QTest::addRow("malformed structure") << "{\"Concat\": [" << "malformed placeholder";
    }
    void unresolvablePlaceholdersAreErrors()
    {
        QFETCH(QString, item);
        QFETCH(QString, message);
        QStringList argv;
        QString error;
        QVERIFY(!resolveCommand({item}, sample(m_dir.path()), context(), &argv, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void selfReferences()
    {
        ExecutorInput in = sample(m_dir.path());
        in.parameters.insert(QStringLiteral("pipelinechannel--up-Output"), YamlValue::string(QStringLiteral("foo")));
        in.parameters.insert(QStringLiteral("greeting"),
                             YamlValue::string(QStringLiteral("{{$.inputs.parameters['pipelinechannel--up-Output']}}-bar")));
        // Job and task placeholders given as parameter values (dsl.PIPELINE_JOB_NAME_PLACEHOLDER ...).
        in.parameters.insert(QStringLiteral("job"), YamlValue::string(QStringLiteral("{{$.pipeline_job_name}}/{{$.pipeline_task_name}}")));
        // Only those: {{$}} and outputs in a value stay as written.
        in.parameters.insert(QStringLiteral("literal"), YamlValue::string(QStringLiteral("{{$}} {{$.outputs.output_file}}")));
        resolveSelfReferences(&in, context());
        QCOMPARE(in.parameters.value(QStringLiteral("greeting")).text(), QStringLiteral("foo-bar"));
        QCOMPARE(in.parameters.value(QStringLiteral("job")).text(), QStringLiteral("demo-run/train"));
        QCOMPARE(in.parameters.value(QStringLiteral("literal")).text(), QStringLiteral("{{$}} {{$.outputs.output_file}}"));
    }

    void replacementsAreNotExpandedAgain()
    {
        // A value that looks like a placeholder arrives in the command as written, inside {{$}} too.
        ExecutorInput in = sample(m_dir.path());
        in.parameters.insert(QStringLiteral("text"), YamlValue::string(QStringLiteral("{{$.inputs.parameters['n']}}")));
        QStringList argv;
        QString error;
        QVERIFY2(resolveCommand({QStringLiteral("{{$.inputs.parameters['text']}}"), QStringLiteral("{{$}}")}, in, context(), &argv, &error),
                 qPrintable(error));
        QCOMPARE(argv.at(0), QStringLiteral("{{$.inputs.parameters['n']}}"));
        QVERIFY2(argv.at(1).contains(QStringLiteral("{{$.inputs.parameters['n']}}")), qPrintable(argv.at(1)));
    }

    void readingOutputs()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        ExecutorInput in = sample(dir.path());
        in.outputParameterFiles.insert(QStringLiteral("count"), dir.filePath(QStringLiteral("out/count")));
        in.outputParameterFiles.insert(QStringLiteral("names"), dir.filePath(QStringLiteral("out/names")));
        in.outputParameterFiles.insert(QStringLiteral("unwritten"), dir.filePath(QStringLiteral("out/unwritten")));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(QStringLiteral("out/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("Output"), "text with\nnewline");
        write(QStringLiteral("count"), "3");
        write(QStringLiteral("names"), "[\"a\", \"b\"]");
        write(QStringLiteral("executor_output.json"),
              R"({"parameterValues": {"score": 0.5}, "artifacts": {"model": {"artifacts": [{"name": "model", "uri": "x", "metadata": {"accuracy": 0.9}}]}}})");
        const QMap<QString, QString> types{{QStringLiteral("Output"), QStringLiteral("STRING")},
                                           {QStringLiteral("count"), QStringLiteral("NUMBER_DOUBLE")},
                                           {QStringLiteral("names"), QStringLiteral("LIST")}};
        ExecutorOutput out;
        QString error;
        QVERIFY2(readExecutorOutput(in, types, &out, &error), qPrintable(error));
        QCOMPARE(out.parameters.value(QStringLiteral("Output")).text(), QStringLiteral("text with\nnewline"));
        QVERIFY(out.parameters.value(QStringLiteral("count")).isFloat());
        QCOMPARE(out.parameters.value(QStringLiteral("count")).toDouble(), 3.0);
        QCOMPARE(out.parameters.value(QStringLiteral("names")).size(), 2);
        QVERIFY(!out.parameters.contains(QStringLiteral("unwritten")));
        QCOMPARE(out.parameters.value(QStringLiteral("score")).toDouble(), 0.5);
        QCOMPARE(out.artifacts.value(QStringLiteral("model")).first().metadata.value(QStringLiteral("accuracy")).toDouble(), 0.9);

        write(QStringLiteral("count"), "three");
        QVERIFY(!readExecutorOutput(in, types, &out, &error));
        QVERIFY2(error.contains(QStringLiteral("'count'")) && error.contains(QStringLiteral("three")), qPrintable(error));
        write(QStringLiteral("count"), "3");
        write(QStringLiteral("executor_output.json"), "not json");
        QVERIFY(!readExecutorOutput(in, types, &out, &error));
        QVERIFY(error.contains(QStringLiteral("executor output")));
    }
};

QTEST_GUILESS_MAIN(TestExecutorContract)
#include "tst_executorcontract.moc"
