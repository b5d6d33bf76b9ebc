// Writes the example pipelines of resources/examples with the workbench's own pipeline editor.
// Run by the build (target kfw-make-examples) and checked by tst_examples: the committed files
// must equal what this writes, and each must run green offline.
//
// Usage: kfw-make-examples OUTPUT_FOLDER

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace kfw::pipelinespec;

namespace {

ComponentDefinition python(const char *source, const char *function)
{
    QString error;
    auto def = ComponentDefinition::fromPythonFunction(QString::fromUtf8(source), QString::fromLatin1(function),
                                                       QStringLiteral("python:3.11"), {}, &error);
    if (!def)
        qFatal("%s: %s", function, qPrintable(error));
    return *def;
}

void check(const EditResult &r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error));
}

template<typename T>
T need(const std::optional<T> &v, const QString &error)
{
    if (!v)
        qFatal("%s", qPrintable(error));
    return *v;
}

const char *kMakeData = R"(def make_data(n: int, seed: int, data: Output[Dataset]):
    """Two noisy clusters of points, labelled 0 and 1, as CSV."""
    import random
    rng = random.Random(seed)
    with open(data.path, 'w') as f:
        f.write('x,y,label\n')
        for i in range(n):
            label = i % 2
            cx, cy = (1.0, 1.0) if label else (-1.0, -1.0)
            f.write(f'{cx + rng.gauss(0, 0.9):.4f},{cy + rng.gauss(0, 0.9):.4f},{label}\n')
    data.metadata['rows'] = n
)";

const char *kTrain = R"(def train(data: Input[Dataset], learning_rate: float, epochs: int, model: Output[Model]) -> float:
    """Logistic regression by gradient descent, in plain Python. Returns the training accuracy."""
    import csv, json, math
    rows = [(float(r['x']), float(r['y']), int(r['label'])) for r in csv.DictReader(open(data.path))]
    w = [0.0, 0.0, 0.0]
    for _ in range(epochs):
        grad = [0.0, 0.0, 0.0]
        for x, y, label in rows:
            p = 1 / (1 + math.exp(-(w[0] + w[1] * x + w[2] * y)))
            for j, v in enumerate((1.0, x, y)):
                grad[j] += (p - label) * v
        w = [wi - learning_rate * g / len(rows) for wi, g in zip(w, grad)]
    correct = sum(1 for x, y, label in rows if (w[0] + w[1] * x + w[2] * y > 0) == bool(label))
    with open(model.path, 'w') as f:
        json.dump({'weights': w}, f)
    model.metadata['framework'] = 'plain-python-logistic-regression'
    return correct / len(rows)
)";

const char *kEvaluate = R"(def evaluate(data: Input[Dataset], model: Input[Model], metrics: Output[Metrics],
             classification: Output[ClassificationMetrics], report: Output[HTML]) -> float:
    """Accuracy, a confusion matrix, an ROC curve and an HTML report."""
    import csv, json, math
    w = json.load(open(model.path))['weights']
    rows = [(float(r['x']), float(r['y']), int(r['label'])) for r in csv.DictReader(open(data.path))]
    scores = [(1 / (1 + math.exp(-(w[0] + w[1] * x + w[2] * y))), label) for x, y, label in rows]
    matrix = [[0, 0], [0, 0]]
    for p, label in scores:
        matrix[label][1 if p > 0.5 else 0] += 1
    accuracy = (matrix[0][0] + matrix[1][1]) / len(scores)
    metrics.log_metric('accuracy', accuracy)
    metrics.log_metric('rows', len(scores))
    classification.log_confusion_matrix(['negative', 'positive'], matrix)
    positives = sum(1 for _, label in scores if label) or 1
    negatives = (len(scores) - positives) or 1
    fpr, tpr, thresholds = [], [], []
    for t in [i / 10 for i in range(11)]:
        tp = sum(1 for p, label in scores if p >= t and label)
        fp = sum(1 for p, label in scores if p >= t and not label)
        fpr.append(fp / negatives)
        tpr.append(tp / positives)
        thresholds.append(t)
    classification.log_roc_curve(fpr, tpr, thresholds)
    with open(report.path, 'w') as f:
        f.write('<html><body><h1>Evaluation</h1>'
                f'<p>Accuracy: <b>{accuracy:.3f}</b> on {len(scores)} rows.</p>'
                '<table border="1"><tr><th></th><th>predicted negative</th><th>predicted positive</th></tr>'
                f'<tr><th>negative</th><td>{matrix[0][0]}</td><td>{matrix[0][1]}</td></tr>'
                f'<tr><th>positive</th><td>{matrix[1][0]}</td><td>{matrix[1][1]}</td></tr></table>'
                '</body></html>')
    return accuracy
)";

const char *kSquare = R"(def square(x: int) -> int:
    return x * x
)";

const char *kTotal = R"(def total(values: list) -> int:
    print('adding', values)
    return sum(int(v) for v in values)
)";

const char *kFlip = R"(def flip_coin(seed: int) -> str:
    import random
    return random.Random(seed).choice(['heads', 'tails'])
)";

const char *kCelebrate = R"(def announce(message: str) -> str:
    print(message)
    return message
)";

const char *kReport = R"(def report(status: PipelineTaskFinalStatus) -> str:
    """Runs whatever happened inside the exit handler, and says how it ended."""
    summary = f'{status.pipeline_task_name} ended {status.state}'
    print(summary)
    return summary
)";

PipelineDocument trainEvaluate()
{
    PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("train-and-evaluate"),
                                                  QStringLiteral("Makes a small labelled data set, trains a logistic "
                                                                 "regression and evaluates it with metrics, a confusion "
                                                                 "matrix, an ROC curve and an HTML report. Plain Python.")));
    QString e;
    const auto data = need(ed.addTask(ed.addComponent(python(kMakeData, "make_data")), &e), e);
    const auto train = need(ed.addTask(ed.addComponent(python(kTrain, "train")), &e), e);
    const auto eval = need(ed.addTask(ed.addComponent(python(kEvaluate, "evaluate")), &e), e);
    check(ed.addPipelineParameter(QStringLiteral("rows"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(200)));
    check(ed.addPipelineParameter(QStringLiteral("seed"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(7)));
    check(ed.addPipelineParameter(QStringLiteral("learning_rate"), QStringLiteral("NUMBER_DOUBLE"), YamlValue::real(0.5)));
    check(ed.addPipelineParameter(QStringLiteral("epochs"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(100)));
    check(ed.bindPipelineParameter(data, QStringLiteral("n"), QStringLiteral("rows")));
    check(ed.bindPipelineParameter(data, QStringLiteral("seed"), QStringLiteral("seed")));
    check(ed.bindPipelineParameter(train, QStringLiteral("learning_rate"), QStringLiteral("learning_rate")));
    check(ed.bindPipelineParameter(train, QStringLiteral("epochs"), QStringLiteral("epochs")));
    check(ed.connect(train, QStringLiteral("data"), data, QStringLiteral("data")));
    check(ed.connect(eval, QStringLiteral("data"), data, QStringLiteral("data")));
    check(ed.connect(eval, QStringLiteral("model"), train, QStringLiteral("model")));
    return ed.document();
}

PipelineDocument fanOutFanIn()
{
    PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("fan-out-fan-in"),
                                                  QStringLiteral("Squares each number of a list in parallel (ParallelFor) "
                                                                 "and adds the collected results.")));
    QString e;
    check(ed.addPipelineParameter(QStringLiteral("numbers"), QStringLiteral("LIST"),
                                  YamlValue::sequence({YamlValue::integer(1), YamlValue::integer(2), YamlValue::integer(3),
                                                       YamlValue::integer(4)})));
    const QString square = ed.addComponent(python(kSquare, "square"));
    const QString loop = need(ed.addParallelFor(QStringLiteral("root"), PipelineEditor::Operand{std::nullopt, QStringLiteral("numbers")}, 2, &e), e);
    const auto sq = need(ed.addTask(square, loop, &e), e);
    check(ed.bindLoopItem(sq, QStringLiteral("x"), loop));
    const QString collected = need(ed.exposeToParent(sq, QStringLiteral("Output"), &e), e);
    const auto sum = need(ed.addTask(ed.addComponent(python(kTotal, "total")), &e), e);
    check(ed.connect(sum, QStringLiteral("values"), need(ed.find(QStringLiteral("root"), QStringLiteral("for-loop-1")), QStringLiteral("loop")), collected));
    return ed.document();
}

PipelineDocument conditionWithExitHandler()
{
    PipelineEditor ed(PipelineEditor::newPipeline(QStringLiteral("coin-flip"),
                                                  QStringLiteral("Flips a coin and takes the heads or the tails branch "
                                                                 "(If/Else); an exit handler reports how it all ended.")));
    QString e;
    check(ed.addPipelineParameter(QStringLiteral("seed"), QStringLiteral("NUMBER_INTEGER"), YamlValue::integer(3)));
    const QString report = ed.addComponent(python(kReport, "report"));
    std::optional<TaskId> exitTask;
    const QString handler = need(ed.addExitHandler(QStringLiteral("root"), report, &exitTask, &e), e);
    const auto coin = need(ed.addTask(ed.addComponent(python(kFlip, "flip_coin")), handler, &e), e);
    check(ed.bindPipelineParameter(coin, QStringLiteral("seed"), QStringLiteral("seed")));
    const QStringList branches = need(ed.addIfElse(handler, {{{coin, QStringLiteral("Output")}, QStringLiteral("=="),
                                                              YamlValue::string(QStringLiteral("heads"))}},
                                                   true, &e),
                                      e);
    const QString announce = ed.addComponent(python(kCelebrate, "announce"));
    const auto yes = need(ed.addTask(announce, branches.at(0), &e), e);
    check(ed.setConstant(yes, QStringLiteral("message"), YamlValue::string(QStringLiteral("Heads: we celebrate."))));
    const auto no = need(ed.addTask(announce, branches.at(1), &e), e);
    check(ed.setConstant(no, QStringLiteral("message"), YamlValue::string(QStringLiteral("Tails: better luck next time."))));
    return ed.document();
}

bool write(const QString &folder, const QString &name, const PipelineDocument &doc)
{
    QSaveFile f(folder + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(doc.toYaml());
    return f.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: kfw-make-examples OUTPUT_FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    const bool ok = write(folder, QStringLiteral("train-and-evaluate.yaml"), trainEvaluate())
                    && write(folder, QStringLiteral("fan-out-fan-in.yaml"), fanOutFanIn())
                    && write(folder, QStringLiteral("coin-flip.yaml"), conditionWithExitHandler());
    return ok ? 0 : 1;
}
