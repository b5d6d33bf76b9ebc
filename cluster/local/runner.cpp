#include "cluster/local/runner.h"

#include "cluster/pipelinespec/celexpression.h"
#include "cluster/pipelinespec/yamlwriter.h"
#include "cluster/pipelinespec/validator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <map>

namespace kfw::local {

using pipelinespec::YamlValue;
using pipelinespec::YamlWriter;

QString taskStateName(TaskState s)
{
    switch (s) {
    case TaskState::Pending:
        return QStringLiteral("PENDING");
    case TaskState::Running:
        return QStringLiteral("RUNNING");
    case TaskState::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case TaskState::Skipped:
        return QStringLiteral("SKIPPED");
    case TaskState::Failed:
        return QStringLiteral("FAILED");
    case TaskState::Cancelled:
        return QStringLiteral("CANCELED");
    }
    return {};
}

namespace {

bool finishedState(TaskState s)
{
    return s != TaskState::Pending && s != TaskState::Running;
}

YamlValue parseJsonValue(const QString &text, bool *ok)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &pe);
    *ok = pe.error == QJsonParseError::NoError && doc.array().size() == 1;
    return *ok ? YamlValue::fromJson(doc.array().at(0)) : YamlValue();
}

// "1s", "0.5s", "3600s" (protobuf Duration in JSON).
double seconds(const QString &duration)
{
    QString d = duration.trimmed();
    if (d.endsWith(QLatin1Char('s')))
        d.chop(1);
    return d.toDouble();
}


} // namespace

QString taskFingerprint(const YamlValue &executor, const YamlValue &component, const QMap<QString, YamlValue> &params,
                        const QMap<QString, QList<RuntimeArtifact>> &artifacts)
{
    YamlValue key = YamlValue::mapping();
    key.insert(QStringLiteral("executor"), executor);
    YamlValue iface = YamlValue::mapping();
    iface.insert(QStringLiteral("inputs"), component.value(QStringLiteral("inputDefinitions")));
    iface.insert(QStringLiteral("outputs"), component.value(QStringLiteral("outputDefinitions")));
    key.insert(QStringLiteral("interface"), iface);
    YamlValue p = YamlValue::mapping();
    for (auto it = params.begin(); it != params.end(); ++it)
        p.insert(it.key(), it.value());
    key.insert(QStringLiteral("parameters"), p);
    YamlValue a = YamlValue::mapping();
    for (auto it = artifacts.begin(); it != artifacts.end(); ++it) {
        YamlValue list = YamlValue::sequence();
        for (const RuntimeArtifact &art : it.value())
            list.append(art.toTree());
        a.insert(it.key(), list);
    }
    key.insert(QStringLiteral("artifacts"), a);
    // The YAML writer sorts keys, so equal inputs give equal text.
    return QString::fromLatin1(QCryptographicHash::hash(YamlWriter::write(key), QCryptographicHash::Sha256).toHex());
}

QStringList localizePythonBootstrap(const QStringList &argv, QString *note)
{
    if (argv.size() < 4 || argv.at(0) != QLatin1String("sh") || argv.at(1) != QLatin1String("-c")
        || !argv.at(2).contains(QLatin1String("python3 -m pip install"))
        || !argv.at(2).trimmed().endsWith(QLatin1String("\"$0\" \"$@\"")))
        return argv;
    // The packages of every "pip install ... &&" (or "||" fallback) of the script.
    static const QRegularExpression install(QStringLiteral("pip install ([^&|]*)"));
    static const QRegularExpression token(QStringLiteral("'([^']*)'|\"([^\"]*)\"|(\\S+)"));
    QStringList packages;
    auto it = install.globalMatch(argv.at(2));
    while (it.hasNext()) {
        const QString args = it.next().captured(1);
        auto t = token.globalMatch(args);
        bool skipNext = false;
        while (t.hasNext()) {
            const auto m = t.next();
            const QString word = m.captured(1) + m.captured(2) + m.captured(3);
            if (skipNext) {
                skipNext = false;
                continue;
            }
            if (word == QLatin1String("--index-url") || word == QLatin1String("--trusted-host")
                || word == QLatin1String("--extra-index-url")) {
                skipNext = true;
                continue;
            }
            if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1String("kfp==")) || word == QLatin1String("kfp")
                || word.startsWith(QLatin1String("typing-extensions")) || word.isEmpty())
                continue;
            if (!packages.contains(word))
                packages << word;
        }
    }
    QStringList out = argv.mid(3);
    if (packages.isEmpty()) {
        *note = QStringLiteral("the kfp install step is skipped: the workbench runtime or an installed kfp runs the component");
        return out;
    }
    QStringList quoted;
    for (const QString &p : packages)
        quoted << QLatin1Char('\'') + QString(p).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    *note = QStringLiteral("installing %1 (kfp itself is not installed)").arg(packages.join(QStringLiteral(", ")));
    // Into a folder of the task's own (--target), which also works with a system Python that is
    // "externally managed" (PEP 668) and leaves the user's site-packages alone.
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --quiet --no-warn-script-location "
                                      "--target \"$PWD/.python-packages\" %1 && "
                                      "PYTHONPATH=\"$PWD/.python-packages${PYTHONPATH:+:$PYTHONPATH}\" \"$0\" \"$@\"")
                           .arg(quoted.join(QLatin1Char(' ')))}
           + out;
}

struct LocalRunner::Node
{
    QString name;
    YamlValue spec;
    QStringList upstream;
    TaskState state = TaskState::Pending;
    QString message;
    QMap<QString, YamlValue> params;
    QMap<QString, QList<RuntimeArtifact>> inputArtifacts;
    QMap<QString, YamlValue> outputs;
    QMap<QString, QList<RuntimeArtifact>> artifacts;
    int attempts = 0;
};

struct LocalRunner::Dag
{
    QString componentName;
    QString path; // record path prefix; empty for the root
    YamlValue component;
    QMap<QString, YamlValue> params;
    QMap<QString, QList<RuntimeArtifact>> artifacts;
    std::map<QString, Node> nodes;
    std::function<void(TaskState, const QString &)> done;
    bool finished = false;
    QMap<QString, YamlValue> outParams;
    QMap<QString, QList<RuntimeArtifact>> outArtifacts;

    QString pathOf(const QString &task) const { return path.isEmpty() ? task : path + QLatin1Char('/') + task; }
};

LocalRunner::LocalRunner(pipelinespec::PipelineDocument pipeline, QMap<QString, YamlValue> parameters, RunOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_pipeline(std::move(pipeline))
    , m_parameters(std::move(parameters))
    , m_options(std::move(options))
{
    qRegisterMetaType<kfw::local::TaskState>();
    if (m_options.parallelism <= 0)
        m_options.parallelism = std::max(1, QThread::idealThreadCount());
    if (m_options.runId.isEmpty())
        m_options.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_options.runName.isEmpty())
        m_options.runName = m_pipeline.name();
    // Engines mount absolute paths, and the "same path inside" rule compares them.
    if (m_options.engine) {
        m_options.runDir = QDir::cleanPath(QDir(m_options.runDir).absolutePath());
        if (!m_options.pythonRuntimeDir.isEmpty())
            m_options.pythonRuntimeDir =
                QDir::cleanPath(QDir(m_options.pythonRuntimeDir).absolutePath());
    }
}

LocalRunner::~LocalRunner()
{
    for (const QPointer<TaskProcess> &p : m_processes)
        delete p.data();
}

const YamlValue *LocalRunner::component(const QString &name) const
{
    if (name == QLatin1String("root"))
        return m_pipeline.spec().find(QStringLiteral("root"));
    const YamlValue *components = m_pipeline.spec().find(QStringLiteral("components"));
    return components ? components->find(name) : nullptr;
}

const TaskRecord *LocalRunner::task(const QString &path) const
{
    const auto it = m_recordIndex.find(path);
    return it == m_recordIndex.end() ? nullptr : &m_records.at(*it);
}

TaskRecord &LocalRunner::record(const QString &path, const QString &name)
{
    auto it = m_recordIndex.find(path);
    if (it == m_recordIndex.end()) {
        TaskRecord r;
        r.path = path;
        r.name = name;
        m_records.append(r);
        it = m_recordIndex.insert(path, m_records.size() - 1);
    }
    return m_records[*it];
}

void LocalRunner::start()
{
    m_state = TaskState::Running;
    // Pipeline parameters: given values (type-checked), defaults, or a clear error.
    QMap<QString, YamlValue> params;
    const YamlValue *defs = m_pipeline.spec().at({"root", "inputDefinitions", "parameters"});
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        if (!defs || !defs->find(it.key())) {
            finishRun(TaskState::Failed, tr("the pipeline has no parameter '%1'").arg(it.key()));
            return;
        }
    }
    if (defs) {
        for (const auto &d : defs->entries()) {
            const QString name = d.key.scalarText();
            const QString type = d.value.value(QStringLiteral("parameterType")).text();
            if (m_parameters.contains(name)) {
                YamlValue v = m_parameters.value(name);
                if (type == QLatin1String("NUMBER_DOUBLE") && v.isInt())
                    v = YamlValue::real(double(v.toInt()));
                if (!pipelinespec::parameterValueFits(v, type)) {
                    finishRun(TaskState::Failed, tr("parameter '%1' must be %2, not %3").arg(name, type, v.typeName()));
                    return;
                }
                params.insert(name, v);
            } else if (d.value.contains(QStringLiteral("defaultValue"))) {
                params.insert(name, d.value.value(QStringLiteral("defaultValue")));
            } else if (!d.value.value(QStringLiteral("isOptional")).toBool()) {
                finishRun(TaskState::Failed, tr("the pipeline needs a value for parameter '%1'").arg(name));
                return;
            }
        }
    }
    // Pipeline input artifacts: local files given to the run (a cluster run cannot take them; a
    // local run can).
    QMap<QString, QList<RuntimeArtifact>> artifacts;
    for (auto it = m_options.inputArtifacts.begin(); it != m_options.inputArtifacts.end(); ++it) {
        const YamlValue *def = m_pipeline.spec().at({"root", "inputDefinitions", "artifacts"});
        if (!def || !def->find(it.key())) {
            finishRun(TaskState::Failed, tr("the pipeline has no input artifact '%1'").arg(it.key()));
            return;
        }
    }
    if (const YamlValue *artifactDefs = m_pipeline.spec().at({"root", "inputDefinitions", "artifacts"});
        artifactDefs && artifactDefs->isMapping()) {
        for (const auto &d : artifactDefs->entries()) {
            const QString name = d.key.scalarText();
            const QString path = m_options.inputArtifacts.value(name);
            if (path.isEmpty()) {
                if (d.value.value(QStringLiteral("isOptional")).toBool())
                    continue;
                finishRun(TaskState::Failed, tr("the pipeline takes the input artifact '%1': give a local file or folder for it "
                                                "(kubeflow-workbench run FILE --artifact %1=PATH)")
                                                 .arg(name));
                return;
            }
            if (!QFileInfo::exists(path)) {
                finishRun(TaskState::Failed, tr("the input artifact '%1' is %2, which does not exist").arg(name, path));
                return;
            }
            RuntimeArtifact a;
            a.name = name;
            a.uri = QFileInfo(path).absoluteFilePath();
            if (const YamlValue *title = d.value.at({"artifactType", "schemaTitle"}))
                a.schemaTitle = title->text();
            if (const YamlValue *version = d.value.at({"artifactType", "schemaVersion"}))
                a.schemaVersion = version->text();
            artifacts.insert(name, {a});
        }
    }
    QDir().mkpath(m_options.runDir);
    m_root = newDag(QStringLiteral("root"), {}, QStringLiteral("root"), params, artifacts, [this](TaskState s, const QString &msg) {
        if (s == TaskState::Succeeded) {
            m_outputs = m_root->outParams;
            m_outputArtifacts = m_root->outArtifacts;
        }
        finishRun(m_cancelled ? TaskState::Cancelled : s, msg);
    });
    schedule(m_root);
}

void LocalRunner::cancel()
{
    if (m_cancelled || finishedState(m_state))
        return;
    m_cancelled = true;
    for (const QPointer<TaskProcess> &p : m_processes)
        if (p)
            p->cancel();
    // Tasks waiting to retry end now.
    auto waiting = std::exchange(m_backoffs, {});
    for (auto &[timer, cancelTask] : waiting) {
        timer->stop();
        timer->deleteLater();
        cancelTask();
    }
    pumpQueue();
    if (m_root)
        schedule(m_root);
}

std::shared_ptr<LocalRunner::Dag> LocalRunner::newDag(const QString &componentName, const QString &path, const QString &,
                                                      QMap<QString, YamlValue> params,
                                                      QMap<QString, QList<RuntimeArtifact>> artifacts,
                                                      std::function<void(TaskState, const QString &)> done)
{
    auto dag = std::make_shared<Dag>();
    dag->componentName = componentName;
    dag->path = path;
    dag->component = *component(componentName);
    dag->params = std::move(params);
    dag->artifacts = std::move(artifacts);
    dag->done = std::move(done);
    if (const YamlValue *tasks = dag->component.at({"dag", "tasks"})) {
        for (const auto &t : tasks->entries()) {
            Node n;
            n.name = t.key.scalarText();
            n.spec = t.value;
            if (const YamlValue *deps = t.value.find(QStringLiteral("dependentTasks")))
                for (const YamlValue &d : deps->items())
                    n.upstream << d.text();
            for (const char *kind : {"parameters", "artifacts"})
                if (const YamlValue *inputs = t.value.at({"inputs", kind}))
                    for (const auto &in : inputs->entries())
                        for (const char *src : {"taskOutputParameter", "taskOutputArtifact", "taskFinalStatus"})
                            if (const YamlValue *p = in.value.find(QString::fromLatin1(src)))
                                n.upstream << p->value(QStringLiteral("producerTask")).text();
            n.upstream.removeDuplicates();
            record(dag->pathOf(n.name), n.name);
            dag->nodes.emplace(n.name, std::move(n));
        }
    }
    return dag;
}

bool LocalRunner::resolveInputs(const std::shared_ptr<Dag> &dag, const QString &task, QMap<QString, YamlValue> *params,
                                QMap<QString, QList<RuntimeArtifact>> *artifacts, QString *error, bool *unavailable)
{
    *unavailable = false;
    const Node &node = dag->nodes.at(task);
    if (const YamlValue *inputs = node.spec.at({"inputs", "parameters"})) {
        for (const auto &in : inputs->entries()) {
            const QString name = in.key.scalarText();
            const YamlValue &spec = in.value;
            YamlValue value;
            bool have = false;
            if (const YamlValue *c = spec.at({"runtimeValue", "constant"})) {
                value = *c;
                have = true;
            } else if (const YamlValue *p = spec.find(QStringLiteral("componentInputParameter"))) {
                have = dag->params.contains(p->text());
                value = dag->params.value(p->text());
            } else if (const YamlValue *out = spec.find(QStringLiteral("taskOutputParameter"))) {
                const Node &producer = dag->nodes.at(out->value(QStringLiteral("producerTask")).text());
                const QString key = out->value(QStringLiteral("outputParameterKey")).text();
                have = producer.outputs.contains(key);
                value = producer.outputs.value(key);
            } else if (const YamlValue *fin = spec.find(QStringLiteral("taskFinalStatus"))) {
                const QString producerName = fin->value(QStringLiteral("producerTask")).text();
                const Node &producer = dag->nodes.at(producerName);
                YamlValue status = YamlValue::mapping();
                // The states a Kubeflow cluster reports (MLMD execution states), so that exit
                // tasks written for a cluster behave the same here.
                const QString finalState = producer.state == TaskState::Failed      ? QStringLiteral("FAILED")
                                           : producer.state == TaskState::Cancelled ? QStringLiteral("CANCELED")
                                                                                    : QStringLiteral("COMPLETE");
                status.insert(QStringLiteral("state"), YamlValue::string(finalState));
                status.insert(QStringLiteral("pipelineJobResourceName"), YamlValue::string(m_options.runName));
                status.insert(QStringLiteral("pipelineTaskName"), YamlValue::string(producerName));
                YamlValue err = YamlValue::mapping();
                if (producer.state == TaskState::Failed) {
                    err.insert(QStringLiteral("code"), YamlValue::integer(2));
                    err.insert(QStringLiteral("message"), YamlValue::string(producer.message));
                }
                status.insert(QStringLiteral("error"), err);
                value = status;
                have = true;
            }
            if (have && spec.contains(QStringLiteral("parameterExpressionSelector"))) {
                static const QRegularExpression field(QStringLiteral("^parseJson\\(string_value\\)\\[\"([^\"]*)\"\\]$"));
                const auto m = field.match(spec.value(QStringLiteral("parameterExpressionSelector")).text());
                if (!m.hasMatch()) {
                    *error = tr("unsupported selector %1").arg(spec.value(QStringLiteral("parameterExpressionSelector")).text());
                    return false;
                }
                YamlValue base = value;
                if (base.isString()) {
                    bool ok = false;
                    base = parseJsonValue(base.text(), &ok);
                }
                value = base.value(m.captured(1));
                have = base.isMapping() && base.contains(m.captured(1));
            }
            if (have)
                params->insert(name, value);
            else if (spec.contains(QStringLiteral("taskOutputParameter")))
                *unavailable = true;
        }
    }
    if (const YamlValue *inputs = node.spec.at({"inputs", "artifacts"})) {
        for (const auto &in : inputs->entries()) {
            const QString name = in.key.scalarText();
            if (const YamlValue *p = in.value.find(QStringLiteral("componentInputArtifact"))) {
                if (dag->artifacts.contains(p->text()))
                    artifacts->insert(name, dag->artifacts.value(p->text()));
            } else if (const YamlValue *out = in.value.find(QStringLiteral("taskOutputArtifact"))) {
                const Node &producer = dag->nodes.at(out->value(QStringLiteral("producerTask")).text());
                const QString key = out->value(QStringLiteral("outputArtifactKey")).text();
                if (producer.artifacts.contains(key))
                    artifacts->insert(name, producer.artifacts.value(key));
                else
                    *unavailable = true;
            }
        }
    }
    return true;
}

void LocalRunner::schedule(const std::shared_ptr<Dag> &dag)
{
    if (dag->finished)
        return;
    bool progressed = true;
    while (progressed) {
        progressed = false;
        for (auto &[name, node] : dag->nodes) {
            if (node.state != TaskState::Pending)
                continue;
            if (m_cancelled) {
                finishNode(dag, name, TaskState::Cancelled, tr("the run was cancelled"));
                progressed = true;
                continue;
            }
            bool ready = true;
            bool upstreamFailed = false;
            for (const QString &up : node.upstream) {
                auto it = dag->nodes.find(up);
                if (it == dag->nodes.end())
                    continue;
                if (!finishedState(it->second.state))
                    ready = false;
                else if (it->second.state == TaskState::Failed || it->second.state == TaskState::Cancelled)
                    upstreamFailed = true;
            }
            if (!ready)
                continue;
            progressed = true;
            const bool runsAnyway = node.spec.at({"triggerPolicy", "strategy"})
                                    && node.spec.at({"triggerPolicy", "strategy"})->text() == QLatin1String("ALL_UPSTREAM_TASKS_COMPLETED");
            if (upstreamFailed && !runsAnyway) {
                finishNode(dag, name, TaskState::Skipped, tr("not run: an upstream task failed"));
                continue;
            }
            startNode(dag, node);
        }
    }
    const bool allDone = std::all_of(dag->nodes.begin(), dag->nodes.end(),
                                     [](const auto &n) { return finishedState(n.second.state); });
    if (allDone)
        finishDag(dag);
}

void LocalRunner::startNode(const std::shared_ptr<Dag> &dag, Node &node)
{
    const QString name = node.name;
    QString error;
    bool unavailable = false;
    node.params.clear();
    node.inputArtifacts.clear();
    if (!resolveInputs(dag, name, &node.params, &node.inputArtifacts, &error, &unavailable)) {
        finishNode(dag, name, TaskState::Failed, error);
        return;
    }
    if (unavailable) {
        finishNode(dag, name, TaskState::Skipped, tr("not run: an input comes from a task that did not produce it"));
        return;
    }
    // Inputs the task leaves unset take the component's defaults, as on a cluster.
    if (const YamlValue *target = node.spec.at({"componentRef", "name"}) ? component(node.spec.at({"componentRef", "name"})->text()) : nullptr)
        if (const YamlValue *defs = target->at({"inputDefinitions", "parameters"}))
            for (const auto &d : defs->entries())
                if (!node.params.contains(d.key.text()) && d.value.contains(QStringLiteral("defaultValue")))
                    node.params.insert(d.key.text(), d.value.value(QStringLiteral("defaultValue")));
    TaskRecord &rec = record(dag->pathOf(name), name);
    rec.inputs = node.params;
    // Conditions read the task's own inputs.
    if (const YamlValue *cond = node.spec.at({"triggerPolicy", "condition"})) {
        const pipelinespec::CelExpression e = pipelinespec::CelExpression::parse(cond->text());
        QHash<QString, YamlValue> values;
        for (auto it = node.params.begin(); it != node.params.end(); ++it)
            values.insert(it.key(), it.value());
        YamlValue result;
        if (!e.evaluate(values, &result, &error)) {
            finishNode(dag, name, TaskState::Failed, tr("the condition '%1' failed: %2").arg(cond->text(), error));
            return;
        }
        if (!result.isBool() || !result.toBool()) {
            finishNode(dag, name, TaskState::Skipped, tr("condition is false"));
            return;
        }
    }
    // The node leaves Pending so the scheduler does not start it twice; the task is reported
    // running when it really starts (a container may wait for a free slot).
    node.state = TaskState::Running;

    const QString compName = node.spec.at({"componentRef", "name"}) ? node.spec.at({"componentRef", "name"})->text() : QString();
    const YamlValue *comp = component(compName);
    if (!comp) {
        finishNode(dag, name, TaskState::Failed, tr("component '%1' is missing").arg(compName));
        return;
    }
    if (comp->contains(QStringLiteral("dag"))) {
        rec.state = TaskState::Running;
        rec.started = QDateTime::currentDateTimeUtc();
        emit taskChanged(rec.path, TaskState::Running);
        if (node.spec.contains(QStringLiteral("parameterIterator")) || node.spec.contains(QStringLiteral("artifactIterator")))
            runLoop(dag, name, compName);
        else
            runSubDag(dag, name, compName);
        return;
    }
    const YamlValue *executors = m_pipeline.spec().at({"deploymentSpec", "executors"});
    const YamlValue *executor = executors ? executors->find(comp->value(QStringLiteral("executorLabel")).text()) : nullptr;
    if (!executor) {
        finishNode(dag, name, TaskState::Failed, tr("executor '%1' is missing").arg(comp->value(QStringLiteral("executorLabel")).text()));
        return;
    }
    if (executor->contains(QStringLiteral("container")))
        runContainer(dag, name, *executor->find(QStringLiteral("container")));
    else if (executor->contains(QStringLiteral("importer")))
        runImporter(dag, name, *executor->find(QStringLiteral("importer")));
    else
        finishNode(dag, name, TaskState::Failed, tr("this kind of executor does not run on a workstation"));
}

void LocalRunner::runSubDag(const std::shared_ptr<Dag> &dag, const QString &task, const QString &component)
{
    Node &node = dag->nodes.at(task);
    const std::weak_ptr<Dag> parent = dag;
    auto child = newDag(component, dag->pathOf(task), component, node.params, node.inputArtifacts, {});
    child->done = [this, parent, task, child = std::weak_ptr<Dag>(child)](TaskState s, const QString &msg) {
        auto p = parent.lock();
        auto c = child.lock();
        if (!p)
            return;
        if (c) {
            p->nodes.at(task).outputs = c->outParams;
            p->nodes.at(task).artifacts = c->outArtifacts;
        }
        finishNode(p, task, s, msg);
    };
    m_children.push_back(child); // alive as long as the run

    schedule(child);
}

void LocalRunner::runLoop(const std::shared_ptr<Dag> &dag, const QString &task, const QString &component)
{
    Node &node = dag->nodes.at(task);
    QList<YamlValue> items;
    QList<QList<RuntimeArtifact>> artifactItems;
    QString itemInput;
    bool artifactLoop = false;
    if (const YamlValue *it = node.spec.find(QStringLiteral("parameterIterator"))) {
        itemInput = it->value(QStringLiteral("itemInput")).text();
        YamlValue list;
        if (const YamlValue *raw = it->at({"items", "raw"})) {
            bool ok = false;
            list = parseJsonValue(raw->text(), &ok);
            if (!ok) {
                finishNode(dag, task, TaskState::Failed, tr("the loop items are not valid JSON: %1").arg(raw->text()));
                return;
            }
        } else if (const YamlValue *in = it->at({"items", "inputParameter"})) {
            list = node.params.value(in->text());
            if (list.isString()) {
                bool ok = false;
                list = parseJsonValue(list.text(), &ok);
            }
        }
        if (!list.isSequence()) {
            finishNode(dag, task, TaskState::Failed, tr("the loop's items are not a list"));
            return;
        }
        for (const YamlValue &v : list.items())
            items << v;
    } else if (const YamlValue *ait = node.spec.find(QStringLiteral("artifactIterator"))) {
        artifactLoop = true;
        itemInput = ait->value(QStringLiteral("itemInput")).text();
        const QString source = ait->at({"items", "inputArtifact"}) ? ait->at({"items", "inputArtifact"})->text() : QString();
        for (const RuntimeArtifact &a : node.inputArtifacts.value(source))
            artifactItems << QList<RuntimeArtifact>{a};
    }
    const int count = artifactLoop ? int(artifactItems.size()) : int(items.size());
    const int limit = node.spec.at({"iteratorPolicy", "parallelismLimit"}) ? int(node.spec.at({"iteratorPolicy", "parallelismLimit"})->toInt())
                                                                          : 0;
    struct LoopState
    {
        int next = 0;
        int running = 0;
        int finished = 0;
        bool failed = false;
        QString failure;
        std::vector<std::shared_ptr<Dag>> iterations;
    };
    auto state = std::make_shared<LoopState>();
    state->iterations.resize(size_t(count));
    const std::weak_ptr<Dag> parent = dag;
    const YamlValue comp = *this->component(component);
    auto finishLoop = [this, parent, task, state, comp, count]() {
        auto p = parent.lock();
        if (!p)
            return;
        Node &n = p->nodes.at(task);
        // Collected outputs: one list entry per iteration, in order.
        if (const YamlValue *outs = comp.at({"outputDefinitions", "parameters"}))
            for (const auto &o : outs->entries()) {
                YamlValue list = YamlValue::sequence();
                for (int i = 0; i < count; ++i)
                    if (state->iterations[size_t(i)] && state->iterations[size_t(i)]->outParams.contains(o.key.text()))
                        list.append(state->iterations[size_t(i)]->outParams.value(o.key.text()));
                n.outputs.insert(o.key.text(), list);
            }
        if (const YamlValue *outs = comp.at({"outputDefinitions", "artifacts"}))
            for (const auto &o : outs->entries()) {
                QList<RuntimeArtifact> list;
                for (int i = 0; i < count; ++i)
                    if (state->iterations[size_t(i)])
                        list << state->iterations[size_t(i)]->outArtifacts.value(o.key.text());
                n.artifacts.insert(o.key.text(), list);
            }
        const TaskState s = m_cancelled ? TaskState::Cancelled : (state->failed ? TaskState::Failed : TaskState::Succeeded);
        const QString message = state->failed ? state->failure : tr("%n iteration(s)", nullptr, count);
        state->iterations.clear(); // the iterations hold callbacks that hold this state
        finishNode(p, task, s, message);
    };
    if (count == 0) {
        finishLoop();
        return;
    }
    auto launchNext = std::make_shared<std::function<void()>>();
    *launchNext = [this, parent, task, state, count, limit, items, artifactItems, itemInput, artifactLoop, component, finishLoop,
                   weakLaunch = std::weak_ptr<std::function<void()>>(launchNext)]() {
        auto p = parent.lock();
        if (!p)
            return;
        while (state->next < count && (limit <= 0 || state->running < limit)) {
            const int i = state->next++;
            ++state->running;
            Node &n = p->nodes.at(task);
            QMap<QString, YamlValue> params = n.params;
            QMap<QString, QList<RuntimeArtifact>> arts = n.inputArtifacts;
            if (artifactLoop)
                arts.insert(itemInput, artifactItems.at(i));
            else
                params.insert(itemInput, items.at(i));
            auto child = newDag(component, p->pathOf(task) + QStringLiteral("[%1]").arg(i), component, params, arts, {});
            state->iterations[size_t(i)] = child;
            child->done = [state, finishLoop, count, weakLaunch](TaskState s, const QString &msg) {
                --state->running;
                ++state->finished;
                if (s == TaskState::Failed || s == TaskState::Cancelled) {
                    state->failed = state->failed || s == TaskState::Failed;
                    if (state->failure.isEmpty())
                        state->failure = msg;
                }
                if (state->finished == count) {
                    finishLoop();
                    return;
                }
                if (auto launch = weakLaunch.lock())
                    (*launch)();
            };
            schedule(child);
        }
    };
    m_loopLaunchers.push_back(launchNext);
    (*launchNext)();
}

bool LocalRunner::applyPlatform(const std::shared_ptr<Dag> &dag, const QString &task,
                                const QString &executorLabel, const QString &taskDir,
                                TaskLaunch *launch, QList<ContainerMount> *mounts, QString *note,
                                QString *error)
{
    if (!m_pipeline.platform())
        return true;
    const YamlValue *executors = m_pipeline.platform()->at({"platforms", "kubernetes", "deploymentSpec", "executors"});
    const YamlValue *cfg = executors ? executors->find(executorLabel) : nullptr;
    if (!cfg)
        return true;
    const Node &node = dag->nodes.at(task);
    // A name given as a constant, a task input or an upstream output.
    const auto nameOf = [&](const YamlValue &entry, const char *plain, const char *param) -> QString {
        if (const YamlValue *spec = entry.find(QString::fromLatin1(param))) {
            if (const YamlValue *c = spec->at({"runtimeValue", "constant"}))
                return c->scalarText();
            if (const YamlValue *p = spec->find(QStringLiteral("componentInputParameter")))
                return node.params.contains(p->text()) ? node.params.value(p->text()).scalarText()
                                                      : dag->params.value(p->text()).scalarText();
            if (const YamlValue *p = spec->find(QStringLiteral("taskOutputParameter"))) {
                auto it = dag->nodes.find(p->value(QStringLiteral("producerTask")).text());
                if (it != dag->nodes.end())
                    return it->second.outputs.value(p->value(QStringLiteral("outputParameterKey")).text()).scalarText();
            }
        }
        const YamlValue *name = entry.find(QString::fromLatin1(plain));
        return name ? name->scalarText() : QString();
    };
    // Readable by the user only, and gone when the task ends.
    const auto writeFiles = [&](const QString &path, const QMap<QString, QString> &values) -> bool {
        if (!QDir().mkpath(path))
            return false;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString file = path + QLatin1Char('/') + it.key();
            QFile::remove(file);
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return false;
            launch->removeAfter << file;
            if (f.write(it.value().toUtf8()) != it.value().toUtf8().size())
                return false;
        }
        return true;
    };
    // What the user can do about a secret or config map the workstation does not have.
    const auto missing = [this](const char *what, const QString &name, const QString &key) {
        if (const QString problem = m_options.standInProblems.value(name); !problem.isEmpty())
            return tr("needs %1 '%2': %3").arg(tr(what), name, problem);
        const QString k = key.isEmpty() ? QStringLiteral("KEY") : key;
        if (qstrcmp(what, "secret") == 0)
            return tr("needs secret '%1', which this workstation does not have; set it with "
                      "kubeflow-workbench local secret set %1 %2 (the value is asked for and kept in the OS keychain)")
                .arg(name, k);
        return tr("needs config map '%1', which this workstation does not have; set it with "
                  "kubeflow-workbench local configmap set %1 %2=VALUE")
            .arg(name, k);
    };
    struct Source
    {
        const char *envKey, *volumeKey, *plainName, *paramName, *keyField, *what;
        const QMap<QString, QMap<QString, QString>> &values;
    };
    const Source sources[] = {
        {"secretAsEnv", "secretAsVolume", "secretName", "secretNameParameter", "secretKey",
         QT_TRANSLATE_NOOP("kfw::local::LocalRunner", "secret"), m_options.secrets},
        {"configMapAsEnv", "configMapAsVolume", "configMapName", "configMapNameParameter", "configMapKey",
         QT_TRANSLATE_NOOP("kfw::local::LocalRunner", "config map"), m_options.configMaps},
    };
    for (const Source &src : sources) {
        if (const YamlValue *list = cfg->find(QString::fromLatin1(src.envKey)))
            for (const YamlValue &entry : list->items()) {
                const QString name = nameOf(entry, src.plainName, src.paramName);
                const bool optional = entry.value(QStringLiteral("optional")).toBool();
                if (const YamlValue *keys = entry.find(QStringLiteral("keyToEnv")))
                    for (const YamlValue &k : keys->items()) {
                        const QString key = k.value(QString::fromLatin1(src.keyField)).text();
                        if (src.values.contains(name) && src.values.value(name).contains(key))
                            launch->env.insert(k.value(QStringLiteral("envVar")).text(), src.values.value(name).value(key));
                        else if (!optional) {
                            *error = missing(src.what, name, key);
                            return false;
                        }
                    }
            }
        if (const YamlValue *list = cfg->find(QString::fromLatin1(src.volumeKey)))
            for (const YamlValue &entry : list->items()) {
                const QString name = nameOf(entry, src.plainName, src.paramName);
                const QString mountPath = entry.value(QStringLiteral("mountPath")).text();
                if (!src.values.contains(name)) {
                    if (entry.value(QStringLiteral("optional")).toBool())
                        continue;
                    *error = missing(src.what, name, {});
                    return false;
                }
                // In a container the files are mounted at mountPath from the task's folder (removed
                // when the task ends); on the host they are written there.
                const QString filesAt =
                    mounts ? taskDir + QStringLiteral("/volumes/%1").arg(mounts->size())
                           : mountPath;
                if (!writeFiles(filesAt, src.values.value(name))) {
                    *error = tr("cannot provide %1 '%2' at %3 on this workstation").arg(tr(src.what), name, mountPath);
                    return false;
                }
                if (mounts)
                    mounts->append({filesAt, mountPath, true});
            }
    }
    if (const YamlValue *list = cfg->find(QStringLiteral("pvcMount")))
        for (const YamlValue &entry : list->items()) {
            const QString name = nameOf(entry, "pvcName", "pvcNameParameter").isEmpty()
                                     ? nameOf(entry, "constant", "taskOutputParameter")
                                     : nameOf(entry, "pvcName", "pvcNameParameter");
            const QString mountPath = entry.value(QStringLiteral("mountPath")).text();
            const QString folder = m_options.volumes.value(name);
            if (folder.isEmpty()) {
                *error = tr("needs the volume claim '%1' mounted at %2: choose a local folder for it with "
                            "kubeflow-workbench local volume set %1 FOLDER")
                             .arg(name, mountPath);
                return false;
            }
            if (mounts) {
                QDir().mkpath(folder);
                mounts->append({QFileInfo(folder).absoluteFilePath(), mountPath, false});
                continue;
            }
            const QFileInfo at(mountPath);
            if (!(at.isSymLink() && at.symLinkTarget() == QFileInfo(folder).absoluteFilePath())) {
                QDir().mkpath(at.absolutePath());
                if (!QFile::link(folder, mountPath)) {
                    *error = tr("cannot make %1 stand for the volume claim '%2' on this workstation").arg(mountPath, name);
                    return false;
                }
            }
        }
    QStringList ignored;
    for (const auto &e : cfg->entries()) {
        const QString key = e.key.text();
        if (key != QLatin1String("secretAsEnv") && key != QLatin1String("secretAsVolume") && key != QLatin1String("configMapAsEnv")
            && key != QLatin1String("configMapAsVolume") && key != QLatin1String("pvcMount")
            && key != QLatin1String("activeDeadlineSeconds"))
            ignored << key;
    }
    if (!ignored.isEmpty())
        *note = tr("Kubernetes options that mean nothing on a workstation are ignored: %1").arg(ignored.join(QStringLiteral(", ")));
    return true;
}

void LocalRunner::runImporter(const std::shared_ptr<Dag> &dag, const QString &task, const YamlValue &importer)
{
    Node &node = dag->nodes.at(task);
    QString uri;
    if (const YamlValue *c = importer.at({"artifactUri", "constant"}))
        uri = c->text();
    else if (const YamlValue *p = importer.at({"artifactUri", "runtimeParameter"}))
        uri = node.params.value(p->text()).text();
    QString path = uri;
    if (uri.startsWith(QLatin1String("file://")))
        path = QUrl(uri).toLocalFile();
    if (!QDir::isAbsolutePath(path)) {
        finishNode(dag, task, TaskState::Failed,
                   tr("the importer needs '%1', which this workstation cannot reach: import a local file (a path or "
                      "file:// URI) or run the pipeline on a cluster")
                       .arg(uri));
        return;
    }
    if (!QFileInfo::exists(path)) {
        finishNode(dag, task, TaskState::Failed, tr("the importer's file %1 does not exist").arg(path));
        return;
    }
    RuntimeArtifact a;
    a.name = QStringLiteral("artifact");
    a.uri = path;
    if (const YamlValue *t = importer.at({"typeSchema", "schemaTitle"}))
        a.schemaTitle = t->text();
    if (const YamlValue *m = importer.find(QStringLiteral("metadata")))
        a.metadata = *m;
    node.artifacts.insert(QStringLiteral("artifact"), {a});
    finishNode(dag, task, TaskState::Succeeded, tr("imported %1").arg(path));
}

void LocalRunner::runContainer(const std::shared_ptr<Dag> &dag, const QString &task, const YamlValue &container)
{
    Node &node = dag->nodes.at(task);
    const QString path = dag->pathOf(task);
    const QString compName = node.spec.at({"componentRef", "name"})->text();
    const YamlValue comp = *component(compName);
    // A task that ran before with the same fingerprint reuses its outputs, if they still exist.
    // With caching off for the run, tasks still run fresh and their results refresh the cache.
    const YamlValue *enableCache = node.spec.at({"cachingOptions", "enableCache"});
    const bool caching = m_options.cache && node.attempts == 0 && enableCache && enableCache->toBool();
    QString fingerprint;
    if (caching) {
        const YamlValue *executors = m_pipeline.spec().at({"deploymentSpec", "executors"});
        const YamlValue executor = executors ? executors->value(comp.value(QStringLiteral("executorLabel")).text()) : YamlValue();
        fingerprint = taskFingerprint(executor, comp, node.params, node.inputArtifacts);
        if (const auto hit = m_options.cacheEnabled ? m_options.cache->findCached(fingerprint) : std::nullopt) {
            bool present = true;
            for (const auto &list : hit->artifacts)
                for (const RuntimeArtifact &a : list)
                    present = present && QFileInfo::exists(a.uri);
            if (present) {
                node.outputs = hit->outputs;
                node.artifacts = hit->artifacts;
                record(path, task).cached = true;
                finishNode(dag, task, TaskState::Succeeded, tr("cached: reused the outputs of %1 from run %2").arg(hit->taskPath, hit->runId));
                return;
            }
        }
    }
    const QString safe = QString(path).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.\\[\\]-]")), QStringLiteral("_"));
    // A fresh folder for each attempt, also when a run is retried in place (its earlier attempts'
    // folders, logs and output files stay as they were).
    int attemptNumber = node.attempts + 1;
    const QString attemptsDir = m_options.runDir + QStringLiteral("/tasks/") + safe;
    while (QFileInfo::exists(attemptsDir + QStringLiteral("/attempt-%1").arg(attemptNumber)))
        ++attemptNumber;
    const QString taskDir = attemptsDir + QStringLiteral("/attempt-%1").arg(attemptNumber);
    QDir().mkpath(taskDir + QStringLiteral("/outputs"));

    ExecutorInput in;
    in.parameters = node.params;
    in.inputArtifacts = node.inputArtifacts;
    QMap<QString, QString> outputTypes;
    if (const YamlValue *outs = comp.at({"outputDefinitions", "parameters"}))
        for (const auto &o : outs->entries()) {
            in.outputParameterFiles.insert(o.key.text(), taskDir + QStringLiteral("/outputs/") + o.key.text());
            outputTypes.insert(o.key.text(), o.value.value(QStringLiteral("parameterType")).text());
        }
    if (const YamlValue *outs = comp.at({"outputDefinitions", "artifacts"}))
        for (const auto &o : outs->entries()) {
            RuntimeArtifact a;
            a.name = o.key.text();
            a.uri = m_options.runDir + QStringLiteral("/artifacts/") + safe + QLatin1Char('/') + o.key.text();
            if (const YamlValue *t = o.value.at({"artifactType", "schemaTitle"}))
                a.schemaTitle = t->text();
            if (const YamlValue *v = o.value.at({"artifactType", "schemaVersion"}))
                a.schemaVersion = v->text();
            QDir().mkpath(QFileInfo(a.uri).absolutePath());
            in.outputArtifacts.insert(o.key.text(), {a});
        }
    in.outputFile = taskDir + QStringLiteral("/executor_output.json");
    const RunContext ctx{m_options.runName, m_options.runId, task, m_options.runId + QLatin1Char('/') + path,
                         QUrl::fromLocalFile(m_options.runDir + QStringLiteral("/artifacts")).toString(),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    resolveSelfReferences(&in, ctx);
    QStringList command;
    for (const char *field : {"command", "args"})
        if (const YamlValue *list = container.find(QString::fromLatin1(field)))
            for (const YamlValue &v : list->items())
                command << v.scalarText();
    const std::optional<ContainerEngine> &engine = m_options.engine;
    const QString image = container.value(QStringLiteral("image")).text();
    const bool hasCommand = container.contains(QStringLiteral("command"));
    if (!hasCommand && !engine) {
        // Without a command the image's own entrypoint runs: only a container engine or a
        // cluster can do that.
        finishNode(dag, task, TaskState::Failed,
                   tr("the task runs the entrypoint of image %1, which needs a container engine or "
                      "a cluster")
                       .arg(image));
        return;
    }
    QStringList argv;
    QString error;
    if (!resolveCommand(command, in, ctx, &argv, &error)) {
        finishNode(dag, task, TaskState::Failed, error);
        return;
    }
    TaskLaunch launch;
    QString note;
    launch.argv = hasCommand ? localizePythonBootstrap(argv, &note) : argv;
    ContainerSpec spec;
    if (!m_options.pythonRuntimeDir.isEmpty()) {
        if (!engine) {
            const QString existing = qEnvironmentVariable("PYTHONPATH");
            launch.env.insert(QStringLiteral("PYTHONPATH"),
                              existing.isEmpty()
                                  ? m_options.pythonRuntimeDir
                                  : m_options.pythonRuntimeDir + QLatin1Char(':') + existing);
        } else if (launch.argv != argv) {
            // The kfp install was dropped, so the runtime stands in for it inside the image. A
            // component whose code is in its image brings its own kfp, which the runtime must
            // not shadow.
            launch.env.insert(QStringLiteral("PYTHONPATH"), m_options.pythonRuntimeDir);
            spec.mounts.append({m_options.pythonRuntimeDir, {}, true});
        }
    }
    if (const YamlValue *env = container.find(QStringLiteral("env")))
        for (const YamlValue &e : env->items())
            launch.env.insert(e.value(QStringLiteral("name")).text(), e.value(QStringLiteral("value")).scalarText());
    {
        QString platformNote;
        const QString label = comp.value(QStringLiteral("executorLabel")).text();
        if (!applyPlatform(dag, task, label, taskDir, &launch, engine ? &spec.mounts : nullptr,
                           &platformNote, &error)) {
            finishNode(dag, task, TaskState::Failed, error);
            return;
        }
        if (!platformNote.isEmpty())
            note = note.isEmpty() ? platformNote : note + QStringLiteral("\n[workbench] ") + platformNote;
    }
    launch.workDir = taskDir + QStringLiteral("/work");
    launch.logFile = taskDir + QStringLiteral("/log.txt");
    // The run's limit, or the task's own (kfp-kubernetes set_timeout: activeDeadlineSeconds) when
    // it is shorter.
    launch.timeoutSeconds = m_options.taskTimeoutSeconds;
    const YamlValue *platformExecutors =
        m_pipeline.platform() ? m_pipeline.platform()->at({"platforms", "kubernetes", "deploymentSpec", "executors"}) : nullptr;
    const YamlValue *platformExecutor =
        platformExecutors ? platformExecutors->find(comp.value(QStringLiteral("executorLabel")).text()) : nullptr;
    if (const YamlValue *deadline = platformExecutor ? platformExecutor->find(QStringLiteral("activeDeadlineSeconds")) : nullptr) {
        const int seconds = int(deadline->scalarText().toLongLong());
        if (seconds > 0 && (launch.timeoutSeconds == 0 || seconds < launch.timeoutSeconds))
            launch.timeoutSeconds = seconds;
    }
    record(path, task).logFile = launch.logFile;
    QMap<QString, QString> containerEnvironment;
    if (engine) {
        spec.image = image;
        spec.name = containerName(m_options.runId, path, node.attempts + 1);
        spec.hasCommand = hasCommand;
        // Everything the executor contract names lives under the run folder, at the same path
        // inside; input artifacts from elsewhere (importers, cached results of other runs) are
        // mounted read-only where they are.
        spec.mounts.prepend({m_options.runDir, {}, false});
        const QString under = m_options.runDir + QLatin1Char('/');
        for (const QList<RuntimeArtifact> &list : std::as_const(in.inputArtifacts))
            for (const RuntimeArtifact &a : list) {
                const ContainerMount m{a.uri, {}, true};
                if (!a.uri.startsWith(under) && QFileInfo::exists(a.uri) &&
                    !spec.mounts.contains(m))
                    spec.mounts.append(m);
            }
        // The container's env goes to a file only the user can read, written when the task
        // starts and removed when it ends: on the engine's command line every user of the
        // workstation could read it (secrets among it). The engine itself runs in the user's
        // environment.
        containerEnvironment = containerEnv(launch, spec);
        if (const QString problem = containerEnvFileProblem(containerEnvironment);
            !problem.isEmpty()) {
            QDir(taskDir + QStringLiteral("/volumes")).removeRecursively();
            finishNode(dag, task, TaskState::Failed, problem);
            return;
        }
        spec.envFile = taskDir + QStringLiteral("/container.env");
        launch.argv = containerRunArgv(*engine, launch, spec);
        launch.cleanupArgv = containerRemoveArgv(*engine, spec.name);
        launch.env.clear();
        const QString via = tr("image %1 via %2").arg(image, engine->name);
        note = note.isEmpty() ? via : via + QStringLiteral("\n[workbench] ") + note;
    }
    if (!engine && !image.isEmpty()) {
        // The image is recorded with the task even though nothing is pulled.
        const QString host = tr("image %1 is not pulled: the command runs on this workstation").arg(image);
        note = note.isEmpty() ? host : host + QStringLiteral("\n[workbench] ") + note;
    }
    if (!note.isEmpty()) {
        QDir().mkpath(QFileInfo(launch.logFile).absolutePath());
        QFile log(launch.logFile);
        if (log.open(QIODevice::WriteOnly | QIODevice::Append))
            log.write("[workbench] " + note.toUtf8() + '\n');
    }

    const std::weak_ptr<Dag> parent = dag;
    const QString engineImage = engine ? image : QString();
    const QString volumesDir = engine ? taskDir + QStringLiteral("/volumes") : QString();
    const QString envFile = spec.envFile; // empty without an engine
    m_queue.push_back([this, parent, task, path, launch, in, outputTypes, fingerprint, engineImage,
                       volumesDir, envFile, containerEnvironment]() {
        auto owner = parent.lock();
        if (!owner)
            return;
        if (m_cancelled) {
            finishNode(owner, task, TaskState::Cancelled, tr("the run was cancelled"));
            return;
        }
        QString envError;
        if (!envFile.isEmpty() &&
            !writeContainerEnvFile(envFile, containerEnvironment, &envError)) {
            QDir(volumesDir).removeRecursively();
            finishNode(owner, task, TaskState::Failed, envError);
            return;
        }
        ++m_running;
        ++owner->nodes.at(task).attempts;
        TaskRecord &running = record(path, task);
        running.state = TaskState::Running;
        running.attempts = owner->nodes.at(task).attempts;
        if (!running.started.isValid())
            running.started = QDateTime::currentDateTimeUtc();
        emit taskChanged(path, TaskState::Running);
        auto *proc = new TaskProcess(launch, this);
        proc->setProperty("logFile", launch.logFile);
        m_processes.append(proc);
        connect(proc, &TaskProcess::output, this, [this, path](const QByteArray &c) { emit taskOutput(path, c); });
        proc->setProperty("engineImage", engineImage);
        // Secret and config map files given to a container do not outlive its task.
        if (!volumesDir.isEmpty())
            connect(proc, &TaskProcess::finished, this,
                    [volumesDir] { QDir(volumesDir).removeRecursively(); });
        // Nor does the env file, even when the runner goes away while the task runs.
        if (!envFile.isEmpty()) {
            connect(proc, &TaskProcess::finished, this, [envFile] { QFile::remove(envFile); });
            connect(proc, &QObject::destroyed, [envFile] { QFile::remove(envFile); });
        }
        connect(proc, &TaskProcess::finished, this, [this, parent, task, proc, in, outputTypes, fingerprint, path](const TaskResult &r) {
            record(path, task).exitCode = r.exitCode;
            --m_running;
            m_processes.removeAll(proc);
            proc->deleteLater();
            auto p = parent.lock();
            if (p) {
                Node &n = p->nodes.at(task);
                TaskState s = r.status == TaskResult::Status::Succeeded   ? TaskState::Succeeded
                              : r.status == TaskResult::Status::Cancelled ? TaskState::Cancelled
                                                                          : TaskState::Failed;
                QString message = r.message;
                if (s == TaskState::Failed) {
                    // A package pip could not get (offline, or a typo) is named.
                    QFile log(proc->property("logFile").toString());
                    if (log.open(QIODevice::ReadOnly)) {
                        if (log.size() > 8192)
                            log.seek(log.size() - 8192);
                        static const QRegularExpression missing(QStringLiteral("No matching distribution found for ([^\\s]+)"));
                        static const QRegularExpression notInstalled(QStringLiteral("ModuleNotFoundError: No module named '([^']+)'"));
                        const QString tail = QString::fromUtf8(log.readAll());
                        const auto m = missing.match(tail);
                        const auto notHere = notInstalled.match(tail);
                        if (m.hasMatch())
                            message = tr("needs the Python package %1, which could not be installed (is the network reachable?)")
                                          .arg(m.captured(1));
                        else if (tail.contains(QLatin1String("No module named pip")))
                            message = tr("needs pip to install the component's Python packages; install python3-pip");
                        else if (notHere.hasMatch())
                            message = tr("needs the Python package %1, which is not installed here").arg(notHere.captured(1));
                        else if (tail.contains(QLatin1String("[workbench-runtime] needs-image")))
                            message = tr("the component's code is inside its container image, which needs a container engine or a cluster");
                        else if (!proc->property("engineImage").toString().isEmpty() &&
                                 r.exitCode == 125)
                            // Engines exit with 125 when they cannot run the container at all
                            // (no such image, the pull failed, a bad mount).
                            message = tr("the container engine could not run image %1 (see the "
                                         "task's log)")
                                          .arg(proc->property("engineImage").toString());
                    }
                }
                if (s == TaskState::Succeeded) {
                    ExecutorOutput out;
                    QString readError;
                    if (readExecutorOutput(in, outputTypes, &out, &readError)) {
                        n.outputs = out.parameters;
                        n.artifacts = out.artifacts;
                        if (!fingerprint.isEmpty())
                            m_options.cache->storeCached(fingerprint, {m_options.runId, p->pathOf(task), n.outputs, n.artifacts});
                    } else {
                        s = TaskState::Failed;
                        message = readError;
                    }
                }
                // Retries, with back-off, as the task's retryPolicy says.
                const YamlValue *retry = n.spec.find(QStringLiteral("retryPolicy"));
                const int maxRetries = retry ? int(retry->value(QStringLiteral("maxRetryCount")).toInt()) : 0;
                if (s == TaskState::Failed && !m_cancelled && n.attempts <= maxRetries) {
                    const double base = retry ? seconds(retry->value(QStringLiteral("backoffDuration")).scalarText()) : 0;
                    const double factor = retry && retry->contains(QStringLiteral("backoffFactor"))
                                              ? retry->value(QStringLiteral("backoffFactor")).toDouble()
                                              : 2.0;
                    const double cap = retry && retry->contains(QStringLiteral("backoffMaxDuration"))
                                           ? seconds(retry->value(QStringLiteral("backoffMaxDuration")).scalarText())
                                           : 3600;
                    // At most a day, so that the milliseconds fit and a typo cannot park a task for years.
                    const double delay = std::clamp(std::min(cap, base * std::pow(factor, n.attempts - 1)), 0.0, 86400.0);
                    record(p->pathOf(task), task).message = tr("attempt %1 failed (%2); retrying").arg(n.attempts).arg(message);
                    const std::weak_ptr<Dag> again = p;
                    // The wait is cancelled with the run: the task ends as cancelled at once.
                    auto *wait = new QTimer(this);
                    wait->setSingleShot(true);
                    wait->setTimerType(Qt::PreciseTimer); // never early
                    m_backoffs.emplace(wait, [this, again, task] {
                        if (auto d = again.lock())
                            finishNode(d, task, TaskState::Cancelled, tr("the run was cancelled"));
                    });
                    connect(wait, &QTimer::timeout, this, [this, wait, again, task] {
                        m_backoffs.erase(wait);
                        wait->deleteLater();
                        auto d = again.lock();
                        if (!d)
                            return;
                        const QString retryComp = d->nodes.at(task).spec.at({"componentRef", "name"})->text();
                        const YamlValue *executors = m_pipeline.spec().at({"deploymentSpec", "executors"});
                        const QString label = component(retryComp)->value(QStringLiteral("executorLabel")).text();
                        runContainer(d, task, *executors->find(label)->find(QStringLiteral("container")));
                    });
                    wait->start(int(delay * 1000));
                } else {
                    finishNode(p, task, s, message);
                }
            }
            pumpQueue();
        });
        proc->start();
    });
    pumpQueue();
}

void LocalRunner::pumpQueue()
{
    while (!m_queue.empty() && (m_running < m_options.parallelism || m_cancelled)) {
        auto launch = std::move(m_queue.front());
        m_queue.pop_front();
        launch();
    }
}

void LocalRunner::finishNode(const std::shared_ptr<Dag> &dag, const QString &task, TaskState state, const QString &message)
{
    Node &node = dag->nodes.at(task);
    node.state = state;
    node.message = message;
    TaskRecord &rec = record(dag->pathOf(task), task);
    rec.state = state;
    rec.message = message;
    rec.attempts = node.attempts;
    rec.inputs = node.params;
    rec.outputs = node.outputs;
    rec.artifacts = node.artifacts;
    rec.finished = QDateTime::currentDateTimeUtc();
    emit taskChanged(rec.path, state);
    // Schedule from the event loop: deep DAGs must not recurse without bound.
    const std::weak_ptr<Dag> weak = dag;
    QMetaObject::invokeMethod(this, [this, weak] {
        if (auto d = weak.lock())
            schedule(d);
    }, Qt::QueuedConnection);
}

void LocalRunner::finishDag(const std::shared_ptr<Dag> &dag)
{
    if (dag->finished)
        return;
    dag->finished = true;
    TaskState state = TaskState::Succeeded;
    QString message;
    for (const auto &[name, node] : dag->nodes) {
        if (node.state == TaskState::Failed && state != TaskState::Cancelled) {
            state = TaskState::Failed;
            if (message.isEmpty())
                message = tr("task '%1' failed: %2").arg(name, node.message);
        } else if (node.state == TaskState::Cancelled) {
            state = TaskState::Cancelled;
            message = tr("cancelled");
        }
    }
    // The DAG's outputs.
    if (const YamlValue *outs = dag->component.at({"dag", "outputs", "parameters"})) {
        for (const auto &o : outs->entries()) {
            const QString key = o.key.text();
            if (const YamlValue *v = o.value.find(QStringLiteral("valueFromParameter"))) {
                auto it = dag->nodes.find(v->value(QStringLiteral("producerSubtask")).text());
                const QString out = v->value(QStringLiteral("outputParameterKey")).text();
                if (it != dag->nodes.end() && it->second.outputs.contains(out))
                    dag->outParams.insert(key, it->second.outputs.value(out));
            } else if (const YamlValue *oneOf = o.value.at({"valueFromOneof", "parameterSelectors"})) {
                for (const YamlValue &sel : oneOf->items()) {
                    auto it = dag->nodes.find(sel.value(QStringLiteral("producerSubtask")).text());
                    const QString out = sel.value(QStringLiteral("outputParameterKey")).text();
                    if (it != dag->nodes.end() && it->second.outputs.contains(out)) {
                        dag->outParams.insert(key, it->second.outputs.value(out));
                        break;
                    }
                }
            }
        }
    }
    if (const YamlValue *outs = dag->component.at({"dag", "outputs", "artifacts"})) {
        for (const auto &o : outs->entries()) {
            QList<RuntimeArtifact> list;
            if (const YamlValue *sels = o.value.find(QStringLiteral("artifactSelectors")))
                for (const YamlValue &sel : sels->items()) {
                    auto it = dag->nodes.find(sel.value(QStringLiteral("producerSubtask")).text());
                    if (it != dag->nodes.end())
                        list << it->second.artifacts.value(sel.value(QStringLiteral("outputArtifactKey")).text());
                }
            if (!list.isEmpty())
                dag->outArtifacts.insert(o.key.text(), list);
        }
    }
    if (dag->done)
        dag->done(state, message);
}

void LocalRunner::finishRun(TaskState state, const QString &message)
{
    if (finishedState(m_state))
        return;
    m_state = state;
    m_message = message;
    QMetaObject::invokeMethod(this, [this, state, message] { emit runFinished(state, message); }, Qt::QueuedConnection);
}

} // namespace kfw::local
