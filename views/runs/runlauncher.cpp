#include "views/runs/runlauncher.h"

#include "cluster/pipelinespec/pipelinedocument.h"
#include "cluster/pipelinespec/validator.h"
#include "ui/activitytracker.h"
#include "views/runs/runlistmodel.h"
#include "views/runs/standinsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kfw::views {

using namespace kfw::backend;
using pipelinespec::YamlValue;

RunnablePipeline readRunnablePipeline(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RunnablePipeline p;
        p.path = path;
        p.error = RunLauncher::tr("Cannot read %1: %2").arg(path, file.errorString());
        return p;
    }
    return runnablePipeline(file.readAll(), path);
}

RunnablePipeline runnablePipeline(const QByteArray &bytes, const QString &path)
{
    RunnablePipeline p;
    p.path = path;
    p.bytes = bytes;
    pipelinespec::ReadError readError;
    const auto doc = pipelinespec::PipelineDocument::fromBytes(p.bytes, path, &readError);
    if (!doc) {
        p.error = readError.toString();
        return p;
    }
    p.name = doc->name();
    p.description = doc->description();
    if (doc->kind() != pipelinespec::DocumentKind::PipelineSpec) {
        p.error =
            RunLauncher::tr("%1 is a component, not a pipeline; add it to a pipeline to run it.")
                .arg(QFileInfo(path).fileName());
        return p;
    }
    QStringList errors;
    for (const pipelinespec::Finding &f : pipelinespec::Validator::validate(*doc))
        if (f.severity == pipelinespec::Finding::Severity::Error)
            errors << f.toString();
    if (!errors.isEmpty()) {
        p.error = RunLauncher::tr("The pipeline has errors; fix them before running it:\n%1")
                      .arg(errors.join(QLatin1Char('\n')));
        return p;
    }
    if (const YamlValue *params = doc->spec().at({"root", "inputDefinitions", "parameters"});
        params && params->isMapping())
        for (const auto &e : params->entries()) {
            ParameterField f;
            f.name = e.key.text();
            f.type = e.value.value(QStringLiteral("parameterType")).text();
            if (const YamlValue *d = e.value.find(QStringLiteral("defaultValue")))
                f.defaultValue = d->toJson();
            f.optional =
                e.value.value(QStringLiteral("isOptional")).text() == QLatin1String("true");
            f.description = e.value.value(QStringLiteral("description")).text();
            p.parameters << f;
        }
    return p;
}

bool parseParameter(const ParameterField &field, const QString &text, QJsonValue *value,
                    QString *error)
{
    const QString t = text.trimmed();
    if (field.type == QLatin1String("STRING")) {
        *value = text;
        return true;
    }
    if (t.isEmpty()) {
        *value = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    if (field.type == QLatin1String("NUMBER_INTEGER")) {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        if (!ok) {
            *error = RunLauncher::tr("a whole number, such as 10");
            return false;
        }
        *value = double(n);
        return true;
    }
    if (field.type == QLatin1String("NUMBER_DOUBLE")) {
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (!ok) {
            *error = RunLauncher::tr("a number, such as 0.01");
            return false;
        }
        *value = d;
        return true;
    }
    if (field.type == QLatin1String("BOOLEAN")) {
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            *value = t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            return true;
        }
        *error = RunLauncher::tr("true or false");
        return false;
    }
    // LIST and STRUCT: JSON.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &parseError);
    if (field.type == QLatin1String("LIST")) {
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            *error = RunLauncher::tr("a JSON list, such as [1, 2, 3]");
            return false;
        }
        *value = doc.array();
        return true;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = RunLauncher::tr("a JSON object, such as {\"key\": \"value\"}");
        return false;
    }
    *value = doc.object();
    return true;
}

namespace {
QString typeText(const QString &type)
{
    if (type == QLatin1String("NUMBER_INTEGER"))
        return RunLauncher::tr("integer");
    if (type == QLatin1String("NUMBER_DOUBLE"))
        return RunLauncher::tr("number");
    if (type == QLatin1String("BOOLEAN"))
        return RunLauncher::tr("true/false");
    if (type == QLatin1String("LIST"))
        return RunLauncher::tr("JSON list");
    if (type == QLatin1String("STRUCT"))
        return RunLauncher::tr("JSON object");
    return RunLauncher::tr("text");
}

} // namespace

QString jsonValueText(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble()) // the shortest text that reads back as the same number
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

RunLauncher::RunLauncher(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    auto *close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the form (Esc)"));
    connect(close, &QPushButton::clicked, this, &RunLauncher::closeRequested);
    header->addWidget(m_title, 1);
    header->addWidget(close);
    layout->addLayout(header);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    // What the pipeline names that this workstation lacks, with a way to set it up.
    m_standInRow = new QWidget(this);
    auto *standInLayout = new QHBoxLayout(m_standInRow);
    standInLayout->setContentsMargins(0, 0, 0, 0);
    m_standInText = new QLabel(m_standInRow);
    m_standInText->setWordWrap(true);
    auto *setUp = new QPushButton(tr("Set Up..."), m_standInRow);
    setUp->setObjectName(QStringLiteral("set-up-standins"));
    setUp->setToolTip(tr("Give values for the secrets and config maps and folders for the volume "
                         "claims the pipeline names"));
    connect(setUp, &QPushButton::clicked, this, &RunLauncher::setUpStandIns);
    standInLayout->addWidget(m_standInText, 1);
    standInLayout->addWidget(setUp);
    m_standInRow->hide();
    layout->addWidget(m_standInRow);
    m_formHost = new QWidget(this);
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formHost);

    auto *footer = new QHBoxLayout;
    footer->addWidget(new QLabel(tr("Experiment:"), this));
    m_experiment = new QComboBox(this);
    m_experiment->setEditable(true);
    m_experiment->setObjectName(QStringLiteral("run-experiment"));
    m_experiment->setMinimumWidth(180);
    m_experiment->setToolTip(
        tr("The experiment to file the run under; type a new name to start one"));
    footer->addWidget(m_experiment);
    m_labels = new QLineEdit(this);
    m_labels->setObjectName(QStringLiteral("run-labels"));
    m_labels->setPlaceholderText(tr("labels: team=vision"));
    m_labels->setToolTip(tr("Labels to find the run by later (label:team=vision in the runs "
                            "filter), as key=value separated by commas"));
    connect(m_labels, &QLineEdit::textChanged, this, &RunLauncher::validate);
    footer->addWidget(m_labels);
    footer->addWidget(new QLabel(tr("Container tasks:"), this));
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("container-engine"));
    m_engine->addItem(tr("as processes here"), QString());
    m_engine->setToolTip(tr("Run each task's command as a process on this workstation, or in its "
                            "image with podman or docker"));
    footer->addWidget(m_engine);
    m_cache = new QCheckBox(tr("Reuse cached results"), this);
    m_cache->setChecked(true);
    m_cache->setToolTip(tr("Tasks that ran before with the same inputs take their earlier outputs "
                           "instead of running again"));
    footer->addWidget(m_cache);
    footer->addStretch(1);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setDefault(true);
    m_runButton->setToolTip(tr("Start the run (Ctrl+Return)"));
    connect(m_runButton, &QPushButton::clicked, this, &RunLauncher::run);
    footer->addWidget(m_runButton);
    layout->addLayout(footer);
    auto *shortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &RunLauncher::run);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RunLauncher::closeRequested);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    validate();
}

void RunLauncher::setServices(RunService *runs, ExperimentService *experiments,
                              WorkstationService *workstation)
{
    m_runs = runs;
    m_experiments = experiments;
    m_workstation = workstation;
    loadExperiments();
    while (m_engine->count() > 1)
        m_engine->removeItem(1);
    m_engine->setEnabled(false);
    if (m_workstation) {
        connect(m_workstation, &WorkstationService::standInsChanged, this,
                &RunLauncher::checkStandIns, Qt::UniqueConnection);
        backend::whenFinished(
            m_workstation->containerEngines(), this, [this](const Result<QStringList> &r) {
                for (const QString &engine : r.value)
                    m_engine->addItem(tr("in their images with %1").arg(engine), engine);
                m_engine->setEnabled(m_engine->count() > 1);
                if (m_engine->count() == 1)
                    m_engine->setToolTip(
                        tr("Install podman or docker to run tasks in their container images"));
            });
    }
    validate();
}

void RunLauncher::checkStandIns()
{
    if (!m_workstation || m_pipeline.bytes.isEmpty() || !m_pipeline.error.isEmpty()) {
        m_standInRow->hide();
        return;
    }
    const quint64 generation = m_generation;
    backend::whenFinished(m_workstation->missingFor(m_pipeline.bytes), this,
                          [this, generation](const Result<MissingStandIns> &r) {
                              if (generation != m_generation)
                                  return;
                              m_missing = r.ok() ? r.value : MissingStandIns{};
                              QStringList names;
                              for (const QString &n : m_missing.secrets.keys())
                                  names << tr("secret %1").arg(n);
                              for (const QString &n : m_missing.configMaps.keys())
                                  names << tr("config map %1").arg(n);
                              for (const QString &n : m_missing.volumes)
                                  names << tr("volume claim %1").arg(n);
                              m_standInText->setText(
                                  tr("This pipeline needs %1, which this workstation does not "
                                     "have yet; tasks that use them will fail.")
                                      .arg(names.join(QStringLiteral(", "))));
                              m_standInRow->setVisible(!names.isEmpty());
                          });
}

void RunLauncher::setUpStandIns()
{
    if (!m_workstation || m_missing.isEmpty())
        return;
    auto *dialog = new StandInsDialog(m_workstation, m_missing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RunLauncher::loadExperiments()
{
    if (!m_experiments)
        return;
    ExperimentQuery q;
    q.page.pageSize = 500;
    q.page.sortBy = QStringLiteral("name");
    q.page.descending = false;
    backend::whenFinished(
        m_experiments->list(q), this, [this](const Result<Page<ExperimentInfo>> &r) {
            if (!r.ok())
                return;
            const QString current = m_experiment->currentText();
            m_experiment->clear();
            for (const ExperimentInfo &e : r.value.items)
                m_experiment->addItem(e.name, e.id);
            m_experiment->setCurrentText(current.isEmpty() ? QStringLiteral("Default") : current);
        });
}

void RunLauncher::cloneRun(const RunDetail &detail, const QString &experimentName)
{
    const quint64 generation = ++m_generation;
    m_pipeline = {};
    m_versionId = detail.run.pipelineVersionId;
    m_runName = tr("Clone of %1").arg(detail.run.name);
    m_title->setText(m_runName);
    m_standInRow->hide();
    m_status->setText(tr("Reading the pipeline of %1 ...").arg(detail.run.name));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    validate();
    auto future = QtConcurrent::run(runnablePipeline, detail.pipelineSpec, detail.run.name);
    const QJsonObject values = detail.run.parameters;
    const QString labels = labelsText(detail.run.labels);
    backend::whenFinished(
        future, this,
        [this, generation, values, experimentName, labels](const RunnablePipeline &p) {
            if (generation != m_generation)
                return;
            showPipeline(p);
            // The earlier run's values, to edit before running again.
            for (const Editor &e : std::as_const(m_editors)) {
                if (!values.contains(e.field.name))
                    continue;
                if (auto *box = qobject_cast<QCheckBox *>(e.widget))
                    box->setChecked(values.value(e.field.name).toBool());
                else
                    static_cast<QLineEdit *>(e.widget)->setText(
                        jsonValueText(values.value(e.field.name)));
            }
            if (!experimentName.isEmpty())
                m_experiment->setCurrentText(experimentName);
            m_labels->setText(labels);
            m_title->setText(m_runName);
            validate();
        });
}

void RunLauncher::openPipeline(const QString &path, const QString &versionId,
                               const QString &versionName)
{
    const quint64 generation = ++m_generation;
    m_runName.clear();
    m_pipeline = {};
    m_pipeline.path = path;
    m_versionId = versionId;
    m_title->setText(
        versionId.isEmpty()
            ? tr("Run %1").arg(QFileInfo(path).fileName())
            : tr("Run %1, uploaded as version %2").arg(QFileInfo(path).fileName(), versionName));
    m_standInRow->hide();
    m_status->setText(tr("Reading %1 ...").arg(path));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    validate();
    auto future = QtConcurrent::run(readRunnablePipeline, path);
    if (m_activity)
        m_activity->track(future, tr("Reading %1").arg(QFileInfo(path).fileName()));
    backend::whenFinished(future, this, [this, generation](const RunnablePipeline &p) {
        if (generation == m_generation)
            showPipeline(p);
    });
}

void RunLauncher::showPipeline(const RunnablePipeline &p)
{
    m_pipeline = p;
    if (!p.error.isEmpty()) {
        m_status->setText(p.error);
        validate();
        return;
    }
    m_title->setText(tr("Run pipeline %1").arg(p.name));
    m_status->setText(p.description.isEmpty() ? QDir::toNativeSeparators(p.path) : p.description);
    for (const ParameterField &field : p.parameters) {
        QWidget *widget = nullptr;
        if (field.type == QLatin1String("BOOLEAN")) {
            auto *box = new QCheckBox(m_formHost);
            box->setChecked(field.defaultValue.toBool());
            connect(box, &QCheckBox::toggled, this, &RunLauncher::validate);
            widget = box;
        } else {
            auto *edit = new QLineEdit(m_formHost);
            edit->setText(jsonValueText(field.defaultValue));
            edit->setPlaceholderText(field.optional || !field.defaultValue.isUndefined()
                                         ? tr("optional")
                                         : tr("required"));
            connect(edit, &QLineEdit::textChanged, this, &RunLauncher::validate);
            widget = edit;
        }
        widget->setObjectName(QStringLiteral("param-") + field.name);
        widget->setToolTip(field.description);
        auto *error = new QLabel(m_formHost);
        error->setStyleSheet(QStringLiteral("color: #d32f2f"));
        error->hide();
        auto *cell = new QWidget(m_formHost);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(widget);
        cellLayout->addWidget(error);
        m_form->addRow(QStringLiteral("%1 (%2)").arg(field.name, typeText(field.type)), cell);
        m_editors << Editor{field, widget, error};
    }
    if (p.parameters.isEmpty())
        m_form->addRow(new QLabel(tr("This pipeline takes no parameters."), m_formHost));
    checkStandIns();
    validate();
    if (!m_editors.isEmpty())
        m_editors.first().widget->setFocus();
    else
        m_runButton->setFocus();
}

bool RunLauncher::isReady() const
{
    return m_runButton->isEnabled();
}

void RunLauncher::validate()
{
    bool ok = m_runs && !m_starting && !m_pipeline.bytes.isEmpty() && m_pipeline.error.isEmpty();
    for (Editor &e : m_editors) {
        if (qobject_cast<QCheckBox *>(e.widget))
            continue;
        const QString text = static_cast<QLineEdit *>(e.widget)->text();
        QJsonValue value;
        QString error;
        bool fieldOk = parseParameter(e.field, text, &value, &error);
        if (fieldOk && value.isUndefined() && !e.field.optional &&
            e.field.defaultValue.isUndefined()) {
            fieldOk = false;
            error = tr("required");
        }
        e.error->setText(fieldOk ? QString() : tr("Expected %1").arg(error));
        e.error->setVisible(!fieldOk);
        ok = ok && fieldOk;
    }
    QMap<QString, QString> labels;
    QString labelError;
    const bool labelsOk = parseLabels(m_labels->text(), &labels, &labelError);
    m_labels->setStyleSheet(labelsOk ? QString()
                                     : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_labels->setToolTip(labelsOk ? tr("Labels to find the run by later (label:team=vision in "
                                       "the runs filter), as key=value separated by commas")
                                  : labelError);
    ok = ok && labelsOk;
    if (m_runButton->isEnabled() != ok) {
        m_runButton->setEnabled(ok);
        emit readyChanged(ok);
    }
}

void RunLauncher::run()
{
    validate();
    if (!isReady())
        return;
    RunRequest request;
    // A run of an uploaded version names it, so the backend lists the run under its pipeline.
    if (m_versionId.isEmpty())
        request.pipelineSpec = m_pipeline.bytes;
    else
        request.pipelineVersionId = m_versionId;
    request.name = m_runName;
    QString labelError;
    parseLabels(m_labels->text(), &request.labels, &labelError);
    request.cacheEnabled = m_cache->isChecked();
    request.containerEngine = m_engine->currentData().toString();
    for (const Editor &e : m_editors) {
        QJsonValue value;
        QString error;
        if (auto *box = qobject_cast<QCheckBox *>(e.widget))
            value = box->isChecked();
        else
            parseParameter(e.field, static_cast<QLineEdit *>(e.widget)->text(), &value, &error);
        if (!value.isUndefined())
            request.parameters.insert(e.field.name, value);
    }
    // An experiment listed goes by its id (a cluster's is a UUID); a new name is created first.
    const QString experiment = m_experiment->currentText().trimmed();
    const int listed = m_experiment->findText(experiment);
    if (listed >= 0) {
        request.experimentId = m_experiment->itemData(listed).toString();
    } else if (!experiment.isEmpty() && m_experiments) {
        // Not listed (yet): looked up by name, and created when there is none.
        m_starting = true;
        validate();
        m_status->setText(tr("Finding the experiment %1 ...").arg(experiment));
        const auto startIn = [this, request](const Result<ExperimentInfo> &r) {
            if (!r.ok()) {
                m_starting = false;
                m_status->setText(r.error);
                validate();
                emit failed(r.error);
                return;
            }
            RunRequest filed = request;
            filed.experimentId = r.value.id;
            start(filed);
        };
        ExperimentQuery byName;
        byName.nameContains = experiment;
        byName.page.pageSize = 200;
        backend::whenFinished(m_experiments->list(byName), this,
                              [this, experiment, startIn](const Result<Page<ExperimentInfo>> &r) {
                                  for (const ExperimentInfo &e : r.value.items)
                                      if (e.name == experiment)
                                          return startIn(Result<ExperimentInfo>{e, {}});
                                  if (!m_experiments)
                                      return startIn(Result<ExperimentInfo>::failure(
                                          tr("The backend went away before the run started.")));
                                  backend::whenFinished(m_experiments->create(experiment, {}), this,
                                                        startIn);
                              });
        return;
    } else {
        request.experimentId = experiment;
    }
    start(request);
}

void RunLauncher::start(const RunRequest &request)
{
    if (!m_runs)
        return;
    m_starting = true;
    validate();
    m_status->setText(tr("Starting the run ..."));
    auto future = m_runs->create(request);
    if (m_activity)
        m_activity->track(future, tr("Starting the run"));
    backend::whenFinished(future, this, [this](const Result<RunInfo> &r) {
        m_starting = false;
        if (!r.ok()) {
            m_status->setText(r.error);
            validate();
            emit failed(r.error);
            return;
        }
        m_status->setText(tr("Started run %1.").arg(r.value.name));
        validate();
        loadExperiments();
        emit started(r.value);
    });
}

} // namespace kfw::views
