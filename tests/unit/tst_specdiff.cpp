// The structural diff names what changed between two versions of a pipeline.

#include "cluster/pipelinespec/specdiff.h"

#include <QJsonArray>
#include <QTest>

using namespace kfw::pipelinespec;

namespace {
const char *kV1 = R"(pipelineInfo: {name: p}
root:
  inputDefinitions: {parameters: {lr: {parameterType: NUMBER_DOUBLE, defaultValue: 0.1}}}
  dag:
    tasks:
      prep: {componentRef: {name: comp-prep}, taskInfo: {name: prep}}
      train:
        componentRef: {name: comp-train}
        dependentTasks: [prep]
        inputs: {parameters: {lr: {componentInputParameter: lr}}}
        taskInfo: {name: train}
components:
  comp-prep: {executorLabel: exec-prep}
  comp-train:
    executorLabel: exec-train
    inputDefinitions: {parameters: {lr: {parameterType: NUMBER_DOUBLE}}}
deploymentSpec:
  executors:
    exec-prep: {container: {image: 'python:3.10', command: [python3]}}
    exec-train: {container: {image: 'python:3.10', command: [python3], args: [train.py]}}
schemaVersion: 2.1.0
)";

PipelineDocument load(const QByteArray &text)
{
    ReadError e;
    auto d = PipelineDocument::fromBytes(text, QStringLiteral("x.yaml"), &e);
    if (!d)
        qFatal("%s", qPrintable(e.toString()));
    return *d;
}

QStringList lines(const QList<SpecChange> &changes)
{
    QStringList out;
    for (const SpecChange &c : changes)
        out << c.toString();
    return out;
}
} // namespace

class TestSpecDiff : public QObject
{
    Q_OBJECT
private slots:
    void identical()
    {
        QVERIFY(SpecDiff::compare(load(kV1), load(kV1)).isEmpty());
        QVERIFY(SpecDiff::toJson({}).value(QStringLiteral("identical")).toBool());
    }

    void changes()
    {
        QByteArray v2(kV1);
        v2.replace("image: 'python:3.10', command: [python3], args: [train.py]",
                   "image: 'python:3.11', command: [python3], args: [train.py, --fast]");
        v2.replace("defaultValue: 0.1", "defaultValue: 0.01");
        v2.replace("        dependentTasks: [prep]\n", "");
        v2.replace("      prep: {componentRef: {name: comp-prep}, taskInfo: {name: prep}}\n",
                   "      prep: {componentRef: {name: comp-prep}, taskInfo: {name: prep}}\n"
                   "      report: {componentRef: {name: comp-prep}, dependentTasks: [train], taskInfo: {name: report}}\n");
        const QList<SpecChange> changes = SpecDiff::compare(load(kV1), load(v2));
        const QStringList text = lines(changes);
        const QString all = text.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("changed input lr\n    defaultValue: 0.1 -> 0.01")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("added task root/tasks/report")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("changed task root/tasks/train\n    dependentTasks: removed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("removed edge root: prep -> train")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("added edge root: train -> report")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("changed executor exec-train\n    args:")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("image: python:3.10 -> python:3.11")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("exec-prep")), qPrintable(all));

        const QJsonObject json = SpecDiff::toJson(changes);
        QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("added")).toInt(), 2);   // task report, edge train -> report
        QCOMPARE(json.value(QStringLiteral("removed")).toInt(), 1); // edge prep -> train
        QCOMPARE(json.value(QStringLiteral("changed")).toInt(), 3); // input lr, task train, executor
    }

    void inputChangesAreListedPerInput()
    {
        QByteArray v2(kV1);
        v2.replace("inputs: {parameters: {lr: {componentInputParameter: lr}}}",
                   "inputs: {parameters: {lr: {runtimeValue: {constant: 0.5}}}}");
        const QList<SpecChange> changes = SpecDiff::compare(load(kV1), load(v2));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().path, QStringLiteral("root/tasks/train"));
        QCOMPARE(changes.first().details.size(), 1);
        QVERIFY2(changes.first().details.first().startsWith(QStringLiteral("input.lr: ")),
                 qPrintable(changes.first().details.first()));
    }
};

QTEST_GUILESS_MAIN(TestSpecDiff)
#include "tst_specdiff.moc"
