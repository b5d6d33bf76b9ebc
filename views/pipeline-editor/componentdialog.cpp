#include "views/pipeline-editor/componentdialog.h"

#include "views/pipeline-editor/pythonhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kfw::views::editor {

namespace {

const QHash<QString, QString> &parameterTypes()
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("str"), QStringLiteral("STRING")},
        {QStringLiteral("int"), QStringLiteral("NUMBER_INTEGER")},
        {QStringLiteral("float"), QStringLiteral("NUMBER_DOUBLE")},
        {QStringLiteral("bool"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("list"), QStringLiteral("LIST")},
        {QStringLiteral("dict"), QStringLiteral("STRUCT")},
    };
    return types;
}

const QStringList &artifactTypes()
{
    static const QStringList types = {QStringLiteral("Artifact"),
                                      QStringLiteral("Dataset"),
                                      QStringLiteral("Model"),
                                      QStringLiteral("Metrics"),
                                      QStringLiteral("ClassificationMetrics"),
                                      QStringLiteral("SlicedClassificationMetrics"),
                                      QStringLiteral("HTML"),
                                      QStringLiteral("Markdown")};
    return types;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line;
    }
    return out;
}

QPlainTextEdit *smallEditor(QWidget *parent, const QString &placeholder, int rows)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 12);
    return edit;
}

} // namespace

ComponentDialog::ComponentDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("editor.componentDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (kind == Kind::Container) {
        setWindowTitle(tr("New Container Component"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("component.name"));
        m_name->setPlaceholderText(tr("e.g. train"));
        m_image = new QLineEdit(this);
        m_image->setObjectName(QStringLiteral("component.image"));
        m_image->setPlaceholderText(tr("e.g. python:3.11-slim"));
        m_command =
            smallEditor(this, tr("One word per line, e.g.\npython3\n-c\nprint('hello')"), 4);
        m_command->setObjectName(QStringLiteral("component.command"));
        m_args =
            smallEditor(this, tr("One argument per line; {name} stands for an input or output"), 3);
        m_args->setObjectName(QStringLiteral("component.args"));
        m_inputs = smallEditor(
            this,
            tr("One per line: name: type (str, int, float, bool, list, dict, Dataset, Model, …)"),
            3);
        m_inputs->setObjectName(QStringLiteral("component.inputs"));
        m_outputs = smallEditor(this, tr("One per line: name: type"), 3);
        m_outputs->setObjectName(QStringLiteral("component.outputs"));
        form->addRow(tr("Name"), m_name);
        form->addRow(tr("Image"), m_image);
        form->addRow(tr("Command"), m_command);
        form->addRow(tr("Arguments"), m_args);
        form->addRow(tr("Inputs"), m_inputs);
        form->addRow(tr("Outputs"), m_outputs);
        for (QLineEdit *e : {m_name, m_image})
            connect(e, &QLineEdit::textChanged, this, &ComponentDialog::update);
        for (QPlainTextEdit *e : {m_command, m_args, m_inputs, m_outputs})
            connect(e, &QPlainTextEdit::textChanged, this, &ComponentDialog::update);
    } else if (kind == Kind::Importer) {
        setWindowTitle(tr("New Importer"));
        m_name = new QLineEdit(QStringLiteral("importer"), this);
        m_name->setObjectName(QStringLiteral("component.name"));
        m_artifactType = new QComboBox(this);
        m_artifactType->setObjectName(QStringLiteral("component.artifactType"));
        m_artifactType->addItems(artifactTypes());
        m_artifactType->setCurrentText(QStringLiteral("Dataset"));
        m_reimport = new QCheckBox(tr("Import again in every run (no cache)"), this);
        form->addRow(tr("Name"), m_name);
        form->addRow(tr("Artifact type"), m_artifactType);
        form->addRow(QString(), m_reimport);
        auto *hint = new QLabel(
            tr("The task's \"uri\" input says where the artifact is (gs://, s3://, minio://, "
               "https:// or a local path); set it in the task's properties."),
            this);
        hint->setWordWrap(true);
        form->addRow(hint);
        connect(m_name, &QLineEdit::textChanged, this, &ComponentDialog::update);
        connect(m_artifactType, &QComboBox::currentTextChanged, this, &ComponentDialog::update);
        connect(m_reimport, &QCheckBox::toggled, this, &ComponentDialog::update);
    } else {
        setWindowTitle(tr("New Python Function Component"));
        m_source = new QPlainTextEdit(this);
        m_source->setObjectName(QStringLiteral("component.source"));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_source->setFont(mono);
        m_source->setTabStopDistance(m_source->fontMetrics().horizontalAdvance(QLatin1Char(' ')) *
                                     4);
        m_source->setPlainText(
            QStringLiteral("def add(a: float, b: float) -> float:\n    return a + b\n"));
        m_source->setMinimumSize(520, 220);
        new PythonHighlighter(m_source->document());
        m_function = new QLineEdit(this);
        m_function->setObjectName(QStringLiteral("component.function"));
        m_function->setPlaceholderText(tr("the first function of the source"));
        m_image = new QLineEdit(QStringLiteral("python:3.11-slim"), this);
        m_image->setObjectName(QStringLiteral("component.image"));
        m_packages = new QLineEdit(this);
        m_packages->setObjectName(QStringLiteral("component.packages"));
        m_packages->setPlaceholderText(tr("pip packages to install, separated by spaces"));
        layout->insertWidget(0, m_source, 1);
        form->addRow(tr("Function"), m_function);
        form->addRow(tr("Image"), m_image);
        form->addRow(tr("Packages"), m_packages);
        connect(m_source, &QPlainTextEdit::textChanged, this, &ComponentDialog::update);
        for (QLineEdit *e : {m_function, m_image, m_packages})
            connect(e, &QLineEdit::textChanged, this, &ComponentDialog::update);
    }
    m_buttons = addDialogFooter(this, layout, QStringLiteral("component.problem"), &m_status);
    update();
}

pipelinespec::ComponentDefinition
ComponentDialog::importer(const QString &name, const QString &artifactType, bool reimport)
{
    using pipelinespec::YamlValue;
    pipelinespec::ComponentDefinition definition;
    definition.name = name;
    definition.addParameter(false, QStringLiteral("uri"), QStringLiteral("STRING"));
    const QString schema = QStringLiteral("system.") + artifactType;
    definition.addArtifact(true, QStringLiteral("artifact"), schema);
    YamlValue typeSchema = YamlValue::mapping();
    typeSchema.insert(QStringLiteral("schemaTitle"), YamlValue::string(schema));
    typeSchema.insert(QStringLiteral("schemaVersion"), YamlValue::string(QStringLiteral("0.0.1")));
    YamlValue uri = YamlValue::mapping();
    uri.insert(QStringLiteral("runtimeParameter"), YamlValue::string(QStringLiteral("uri")));
    YamlValue body = YamlValue::mapping();
    body.insert(QStringLiteral("artifactUri"), uri);
    if (reimport)
        body.insert(QStringLiteral("reimport"), YamlValue::boolean(true));
    body.insert(QStringLiteral("typeSchema"), typeSchema);
    definition.executor = YamlValue::mapping();
    definition.executor.insert(QStringLiteral("importer"), body);
    return definition;
}

QDialogButtonBox *addDialogFooter(QDialog *dialog, QBoxLayout *layout, const QString &statusName,
                                  QLabel **status)
{
    *status = new QLabel(dialog);
    (*status)->setObjectName(statusName);
    (*status)->setWordWrap(true);
    layout->addWidget(*status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(ComponentDialog::tr("Add"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool ComponentDialog::parsePorts(const QString &text, bool output,
                                 pipelinespec::ComponentDefinition *definition, QString *error)
{
    static const QRegularExpression line(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*([A-Za-z_]+)\\s*$"));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (raw.trimmed().isEmpty())
            continue;
        const auto m = line.match(raw);
        if (!m.hasMatch()) {
            *error = tr("\"%1\" is not \"name: type\"").arg(raw.trimmed());
            return false;
        }
        const QString name = m.captured(1);
        const QString type = m.captured(2);
        if (const auto p = parameterTypes().constFind(type); p != parameterTypes().constEnd()) {
            definition->addParameter(output, name, *p);
        } else if (artifactTypes().contains(type)) {
            definition->addArtifact(output, name, QStringLiteral("system.") + type);
        } else {
            *error = tr("%1 has the type %2; use str, int, float, bool, list, dict or one of %3")
                         .arg(name, type, artifactTypes().join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

QString ComponentDialog::expandPlaceholders(QString text,
                                            const pipelinespec::ComponentDefinition &definition)
{
    auto replace = [&](const pipelinespec::YamlValue &ports, const char *kind,
                       const QString &pattern) {
        if (const auto *group = ports.find(QString::fromLatin1(kind))) {
            for (const auto &e : group->entries()) {
                const QString name = e.key.scalarText();
                text.replace(QLatin1Char('{') + name + QLatin1Char('}'), pattern.arg(name));
            }
        }
    };
    replace(definition.inputs, "parameters", QStringLiteral("{{$.inputs.parameters['%1']}}"));
    replace(definition.inputs, "artifacts", QStringLiteral("{{$.inputs.artifacts['%1'].path}}"));
    replace(definition.outputs, "parameters",
            QStringLiteral("{{$.outputs.parameters['%1'].output_file}}"));
    replace(definition.outputs, "artifacts", QStringLiteral("{{$.outputs.artifacts['%1'].path}}"));
    return text;
}

void ComponentDialog::update()
{
    m_definition.reset();
    m_problem.clear();
    if (m_kind == Kind::Container) {
        const QString name = m_name->text().trimmed();
        const QString image = m_image->text().trimmed();
        pipelinespec::ComponentDefinition ports;
        if (name.isEmpty())
            m_problem = tr("Give the component a name.");
        else if (image.isEmpty() || image.contains(QLatin1Char(' ')))
            m_problem = tr("Give the container image, such as python:3.11-slim.");
        else if (lines(m_command).isEmpty())
            m_problem = tr("Give the command the container runs, one word per line.");
        else if (!parsePorts(m_inputs->toPlainText(), false, &ports, &m_problem) ||
                 !parsePorts(m_outputs->toPlainText(), true, &ports, &m_problem))
            m_problem = tr("Inputs and outputs: %1.").arg(m_problem);
        if (m_problem.isEmpty()) {
            QStringList command, args;
            for (const QString &c : lines(m_command))
                command << expandPlaceholders(c, ports);
            for (const QString &a : lines(m_args))
                args << expandPlaceholders(a, ports);
            auto definition =
                pipelinespec::ComponentDefinition::container(name, image, command, args);
            definition.inputs = ports.inputs;
            definition.outputs = ports.outputs;
            m_definition = definition;
        }
    } else if (m_kind == Kind::Importer) {
        if (m_name->text().trimmed().isEmpty())
            m_problem = tr("Give the importer a name.");
        else
            m_definition = importer(m_name->text().trimmed(), m_artifactType->currentText(),
                                    m_reimport->isChecked());
    } else {
        const QString source = m_source->toPlainText();
        QString function = m_function->text().trimmed();
        if (function.isEmpty()) {
            static const QRegularExpression def(
                QStringLiteral("(?m)^def\\s+([A-Za-z_][A-Za-z0-9_]*)"));
            function = def.match(source).captured(1);
        }
        if (function.isEmpty()) {
            m_problem = tr("Write a function: def name(arguments) -> type:");
        } else {
            const QStringList packages =
                m_packages->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            m_definition = pipelinespec::ComponentDefinition::fromPythonFunction(
                source, function, m_image->text().trimmed(), packages, &m_problem);
        }
    }
    m_status->setText(m_problem.isEmpty() ? tr("Ready to add.") : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_definition.has_value());
}

} // namespace kfw::views::editor
