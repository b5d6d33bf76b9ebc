// Validation rules, each on a pipeline this test writes, and the CEL subset the compiler emits.

#include "cluster/pipelinespec/celexpression.h"
#include "cluster/pipelinespec/validator.h"
#include "cluster/pipelinespec/yamlreader.h"

#include <QTest>

#include <functional>

using namespace kfw::pipelinespec;

namespace {

const char *kBase = R"(pipelineInfo:
  name: train-eval
root:
  inputDefinitions:
    parameters:
      epochs: {parameterType: NUMBER_INTEGER, defaultValue: 3}
  dag:
    tasks:
      train:
        componentRef: {name: comp-train}
        inputs:
          parameters:
            epochs: {componentInputParameter: epochs}
        taskInfo: {name: train}
      evaluate:
        componentRef: {name: comp-evaluate}
        dependentTasks: [train]
        inputs:
          artifacts:
            model: {taskOutputArtifact: {producerTask: train, outputArtifactKey: model}}
          parameters:
            threshold: {runtimeValue: {constant: 0.5}}
        taskInfo: {name: evaluate}
components:
  comp-train:
    executorLabel: exec-train
    inputDefinitions: {parameters: {epochs: {parameterType: NUMBER_INTEGER}}}
    outputDefinitions: {artifacts: {model: {artifactType: {schemaTitle: system.Model, schemaVersion: 0.0.1}}}}
  comp-evaluate:
    executorLabel: exec-evaluate
    inputDefinitions:
      artifacts: {model: {artifactType: {schemaTitle: system.Model, schemaVersion: 0.0.1}}}
      parameters: {threshold: {parameterType: NUMBER_DOUBLE}}
deploymentSpec:
  executors:
    exec-train: {container: {image: 'python:3.11', command: [python3, -c, print(1)]}}
    exec-evaluate: {container: {image: 'python:3.11', command: [python3, -c, print(2)]}}
schemaVersion: 2.1.0
sdkVersion: kfp-2.7.0
)";

YamlValue *walk(YamlValue &root, const QStringList &path)
{
    YamlValue *v = &root;
    for (const QString &key : path) {
        v = v->find(key);
        if (!v)
            return nullptr;
    }
    return v;
}

YamlValue parse(const QByteArray &text)
{
    QList<YamlValue> docs;
    ReadError e;
    YamlReader::read(text, &docs, &e);
    return docs.value(0);
}

using Mutation = std::function<void(YamlValue &)>;

QStringList errorCodes(const PipelineDocument &doc)
{
    QStringList codes;
    for (const Finding &f : Validator::validate(doc)) {
        if (f.severity == Finding::Severity::Error)
            codes << f.code;
    }
    return codes;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void basePipelineIsClean()
    {
        ReadError e;
        auto doc = PipelineDocument::fromBytes(kBase, QStringLiteral("base.yaml"), &e);
        QVERIFY2(doc, qPrintable(e.toString()));
        QCOMPARE(Validator::validate(*doc).size(), 0);
    }

    void eachRule_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const auto set = [](QStringList path, QByteArray yaml) {
            return Mutation([path, yaml](YamlValue &spec) mutable {
                const QString last = path.takeLast();
                walk(spec, path)->insert(last, parse("v: " + yaml).value(QStringLiteral("v")));
            });
        };
        const auto del = [](QStringList path) {
            return Mutation([path](YamlValue &spec) mutable {
                const QString last = path.takeLast();
                walk(spec, path)->remove(last);
            });
        };
        const QStringList evaluate{QStringLiteral("root"), QStringLiteral("dag"), QStringLiteral("tasks"),
                                   QStringLiteral("evaluate")};
        const QStringList train{QStringLiteral("root"), QStringLiteral("dag"), QStringLiteral("tasks"),
                                QStringLiteral("train")};
        QTest::addRow("unknown component") << del({QStringLiteral("components"), QStringLiteral("comp-evaluate")})
                                           << "unknown-component" << "root/tasks/evaluate";
        QTest::addRow("unknown executor")
            << set({QStringLiteral("components"), QStringLiteral("comp-train"), QStringLiteral("executorLabel")}, "exec-x")
            << "unknown-executor" << "comp-train";
        QTest::addRow("unknown dependency") << set(evaluate + QStringList{QStringLiteral("dependentTasks")}, "[nope]")
                                            << "unknown-dependency" << "root/tasks/evaluate";
        QTest::addRow("unknown producer")
            << set(evaluate + QStringList{QStringLiteral("inputs"), QStringLiteral("artifacts"), QStringLiteral("model")},
                   "{taskOutputArtifact: {producerTask: nope, outputArtifactKey: model}}")
            << "unknown-producer" << "root/tasks/evaluate";
        QTest::addRow("unknown output")
            << set(evaluate + QStringList{QStringLiteral("inputs"), QStringLiteral("artifacts"), QStringLiteral("model")},
                   "{taskOutputArtifact: {producerTask: train, outputArtifactKey: weights}}")
            << "unknown-output" << "root/tasks/evaluate";
        QTest::addRow("missing required input") << del(train + QStringList{QStringLiteral("inputs")}) << "missing-input"
                                                << "root/tasks/train";
        QTest::addRow("constant of the wrong type")
            << set(evaluate + QStringList{QStringLiteral("inputs"), QStringLiteral("parameters"), QStringLiteral("threshold")},
                   "{runtimeValue: {constant: high}}")
            << "type-mismatch" << "root/tasks/evaluate";
        QTest::addRow("artifact of the wrong type")
            << set({QStringLiteral("components"), QStringLiteral("comp-evaluate"), QStringLiteral("inputDefinitions"),
                    QStringLiteral("artifacts"), QStringLiteral("model")},
                   "{artifactType: {schemaTitle: system.Dataset, schemaVersion: 0.0.1}}")
            << "type-mismatch" << "root/tasks/evaluate";
        QTest::addRow("parameter of the wrong type")
            << set({QStringLiteral("root"), QStringLiteral("inputDefinitions"), QStringLiteral("parameters"),
                    QStringLiteral("epochs")},
                   "{parameterType: STRING}")
            << "type-mismatch" << "root/tasks/train";
        QTest::addRow("cycle") << set(train + QStringList{QStringLiteral("dependentTasks")}, "[evaluate]") << "cycle"
                               << "root/tasks/evaluate";
        QTest::addRow("malformed condition")
            << set(evaluate + QStringList{QStringLiteral("triggerPolicy")},
                   "{condition: \"inputs.parameter_values['x'] ==\"}")
            << "malformed-condition" << "root/tasks/evaluate";
        QTest::addRow("condition reads a missing input")
            << set(evaluate + QStringList{QStringLiteral("triggerPolicy")},
                   "{condition: \"inputs.parameter_values['pipelinechannel--flip-Output'] == 'heads'\"}")
            << "malformed-condition" << "root/tasks/evaluate";
        QTest::addRow("loop item outside its loop")
            << set(train + QStringList{QStringLiteral("inputs"), QStringLiteral("parameters"), QStringLiteral("epochs")},
                   "{componentInputParameter: pipelinechannel--xs-loop-item}")
            << "loop-item-outside-loop" << "root/tasks/train";
        QTest::addRow("invalid task name")
            << Mutation([](YamlValue &spec) {
                   YamlValue *tasks = walk(spec, {QStringLiteral("root"), QStringLiteral("dag"), QStringLiteral("tasks")});
                   const YamlValue t = tasks->value(QStringLiteral("evaluate"));
                   tasks->remove(QStringLiteral("evaluate"));
                   tasks->insert(QStringLiteral("Evaluate_Model"), t);
               })
            << "invalid-name" << "root/tasks/Evaluate_Model";
        QTest::addRow("no tasks") << set({QStringLiteral("root"), QStringLiteral("dag"), QStringLiteral("tasks")}, "{}")
                                  << "no-tasks" << "root";
    }
    void eachRule()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(QString, path);
        ReadError e;
        auto doc = PipelineDocument::fromBytes(kBase, QStringLiteral("base.yaml"), &e);
        QVERIFY(doc);
        mutate(doc->spec());
        const QList<Finding> findings = Validator::validate(*doc);
        QVERIFY(Validator::hasErrors(findings));
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
        QVERIFY2(it != findings.end(), qPrintable(errorCodes(*doc).join(QStringLiteral(", "))));
        QCOMPARE(it->path, path);
        QVERIFY(!it->message.isEmpty());
    }

    void findingsCarryTheFilePosition()
    {
        QByteArray text(kBase);
        text.replace("outputArtifactKey: model}", "outputArtifactKey: weights}");
        ReadError e;
        auto doc = PipelineDocument::fromBytes(text, QStringLiteral("base.yaml"), &e);
        QVERIFY(doc);
        const QList<Finding> findings = Validator::validate(*doc);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().mark.line, 20);
        QVERIFY(findings.first().toString().startsWith(QStringLiteral("20:")));
    }

    void celSubset_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::addRow("string equality") << "inputs.parameter_values['coin'] == 'heads'" << true;
        QTest::addRow("negation") << "!(inputs.parameter_values['coin'] == 'heads')" << false;
        QTest::addRow("int of a string") << "int(inputs.parameter_values['n']) > 5" << true;
        QTest::addRow("double compare") << "double(inputs.parameter_values['x']) <= 0.5" << true;
        QTest::addRow("and/or") << "inputs.parameter_values['flag'] && (1 < 2 || false)" << true;
        QTest::addRow("string()") << "string(inputs.parameter_values['i']) == '7'" << true;
        QTest::addRow("not equal") << "inputs.parameter_values['coin'] != 'tails'" << true;
        QTest::addRow("unary minus") << "-int(inputs.parameter_values['n']) == -9" << true;
        QTest::addRow("double-quoted string") << "inputs.parameter_values[\"coin\"] >= \"head\"" << true;
    }
    void celSubset()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const CelExpression e = CelExpression::parse(expression);
        QVERIFY2(e.isValid(), qPrintable(e.errorMessage()));
        const QHash<QString, YamlValue> params{{QStringLiteral("coin"), YamlValue::string(QStringLiteral("heads"))},
                                               {QStringLiteral("n"), YamlValue::string(QStringLiteral("9"))},
                                               {QStringLiteral("x"), YamlValue::real(0.25)},
                                               {QStringLiteral("flag"), YamlValue::boolean(true)},
                                               {QStringLiteral("i"), YamlValue::real(7)}};
        YamlValue result;
        QString error;
        QVERIFY2(e.evaluate(params, &result, &error), qPrintable(error));
        QVERIFY(result.isBool());
        QCOMPARE(result.toBool(), expected);
    }

    void celErrors()
    {
        for (const char *bad : {"inputs.parameter_values['x'] ==", "foo('x')", "inputs.parameter_values[x]", "(1 == 1",
                                "'unterminated"}) {
            const CelExpression e = CelExpression::parse(QString::fromLatin1(bad));
            QVERIFY2(!e.isValid(), bad);
            QVERIFY(!e.errorMessage().isEmpty());
            QVERIFY(e.errorOffset() >= 0);
        }
        const CelExpression e = CelExpression::parse(QStringLiteral("inputs.parameter_values['missing'] == 1"));
        QVERIFY(e.isValid());
        QCOMPARE(e.referencedParameters(), QStringList{QStringLiteral("missing")});
        YamlValue r;
        QString error;
        QVERIFY(!e.evaluate({}, &r, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        const CelExpression typed = CelExpression::parse(QStringLiteral("!'text'"));
        QVERIFY(!typed.evaluate({}, &r, &error));
        QVERIFY(error.contains(QStringLiteral("boolean")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
