#include "views/pipeline-editor/groupdialog.h"

#include "views/pipeline-editor/componentdialog.h"
#include "views/pipeline-editor/daglevel.h"
#include "views/pipeline-editor/propertiespanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kfw::views::editor {

using pipelinespec::PipelineEditor;
using pipelinespec::YamlValue;

GroupDialog::GroupDialog(Kind kind, const PipelineEditor &pipeline, const QString &dag,
                         QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_pipeline(pipeline)
    , m_dag(dag)
{
    setObjectName(QStringLiteral("editor.groupDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (kind == Kind::Loop) {
        setWindowTitle(tr("New ParallelFor Loop"));
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("group.source"));
        m_source->addItem(tr("These items:"), QStringList());
        fillOperands(m_source, true);
        m_value = new QLineEdit(QStringLiteral("[1, 2, 3]"), this);
        m_value->setObjectName(QStringLiteral("group.value"));
        m_value->setToolTip(tr("A JSON list; each task inside the loop runs once per item"));
        m_parallelism = new QSpinBox(this);
        m_parallelism->setObjectName(QStringLiteral("group.parallelism"));
        m_parallelism->setRange(0, 10000);
        m_parallelism->setSpecialValueText(tr("no limit"));
        form->addRow(tr("Loop over"), m_source);
        form->addRow(tr("Items"), m_value);
        form->addRow(tr("At most at once"), m_parallelism);
        connect(m_source, &QComboBox::currentIndexChanged, this, &GroupDialog::update);
        connect(m_value, &QLineEdit::textChanged, this, &GroupDialog::update);
        connect(m_parallelism, &QSpinBox::valueChanged, this, &GroupDialog::update);
    } else if (kind == Kind::Condition) {
        setWindowTitle(tr("New Condition"));
        m_source = new QComboBox(this);
        m_source->setObjectName(QStringLiteral("group.source"));
        fillOperands(m_source, false);
        m_operator = new QComboBox(this);
        m_operator->setObjectName(QStringLiteral("group.operator"));
        m_operator->addItems({QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                              QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")});
        m_value = new QLineEdit(this);
        m_value->setObjectName(QStringLiteral("group.value"));
        form->addRow(tr("If"), m_source);
        form->addRow(tr("Is"), m_operator);
        form->addRow(tr("Value"), m_value);
        connect(m_source, &QComboBox::currentIndexChanged, this, &GroupDialog::update);
        connect(m_operator, &QComboBox::currentIndexChanged, this, &GroupDialog::update);
        connect(m_value, &QLineEdit::textChanged, this, &GroupDialog::update);
    } else {
        setWindowTitle(tr("New Exit Handler"));
        m_exitComponent = new QComboBox(this);
        m_exitComponent->setObjectName(QStringLiteral("group.exitComponent"));
        if (const YamlValue *components =
                m_pipeline.document().spec().find(QStringLiteral("components"))) {
            for (const auto &c : components->entries()) {
                if (!c.value.contains(QStringLiteral("dag")))
                    m_exitComponent->addItem(c.key.scalarText().mid(5), c.key.scalarText());
            }
        }
        form->addRow(tr("Exit task runs"), m_exitComponent);
        auto *hint = new QLabel(
            tr("The exit task runs when the tasks inside the handler have finished, whether they "
               "succeeded or failed; add the component it runs to the pipeline first."),
            this);
        hint->setWordWrap(true);
        form->addRow(hint);
        connect(m_exitComponent, &QComboBox::currentIndexChanged, this, &GroupDialog::update);
    }
    m_buttons = addDialogFooter(this, layout, QStringLiteral("group.problem"), &m_status);
    update();
}

void GroupDialog::fillOperands(QComboBox *box, bool listsOnly)
{
    const YamlValue &spec = m_pipeline.document().spec();
    if (const YamlValue *params = spec.at({"root", "inputDefinitions", "parameters"})) {
        for (const auto &p : params->entries()) {
            const QString type = p.value.value(QStringLiteral("parameterType")).text();
            if (!listsOnly || type == QLatin1String("LIST"))
                box->addItem(tr("pipeline parameter %1").arg(p.key.scalarText()),
                             QStringList{QString(), p.key.scalarText(), type});
        }
    }
    for (const NodeInfo &node : DagLevel::read(m_pipeline.document(), m_dag).nodes) {
        for (const PortInfo &out : node.outputs) {
            if (!out.artifact && (!listsOnly || out.type == QLatin1String("LIST")))
                box->addItem(tr("%1 of %2").arg(out.name, node.name),
                             QStringList{node.name, out.name, out.type});
        }
    }
}

PipelineEditor::Operand GroupDialog::operand(const QComboBox *box,
                                             const PipelineEditor &editor) const
{
    const QStringList choice = box->currentData().toStringList();
    PipelineEditor::Operand o;
    if (choice.size() < 2)
        return o;
    if (!choice[0].isEmpty())
        o.task = editor.find(m_dag, choice[0]);
    o.output = choice[1];
    return o;
}

QString GroupDialog::undoText() const
{
    switch (m_kind) {
    case Kind::Loop:
        return tr("Add a ParallelFor loop");
    case Kind::Condition:
        return tr("Add a condition");
    case Kind::ExitHandler:
        break;
    }
    return tr("Add an exit handler");
}

QString GroupDialog::apply(PipelineEditor &editor, QString *error) const
{
    std::optional<QString> dag;
    if (m_kind == Kind::Loop) {
        if (m_source->currentIndex() == 0) {
            QJsonParseError parseError;
            const QJsonDocument json =
                QJsonDocument::fromJson(m_value->text().toUtf8(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !json.isArray()) {
                *error = tr("Write the items as a JSON list, such as [1, 2, 3] or [\"a\", \"b\"].");
                return {};
            }
            dag = editor.addParallelFor(m_dag, YamlValue::fromJson(json.array()),
                                        m_parallelism->value(), error);
        } else {
            dag = editor.addParallelFor(m_dag, operand(m_source, editor), m_parallelism->value(),
                                        error);
        }
    } else if (m_kind == Kind::Condition) {
        if (m_source->count() == 0) {
            *error =
                tr("A condition compares a pipeline parameter or a task's output; add one first.");
            return {};
        }
        const QString type = m_source->currentData().toStringList().value(2);
        const auto right = PropertiesPanel::parseValue(m_value->text(), type, error);
        if (!right)
            return {};
        dag = editor.addCondition(m_dag, operand(m_source, editor), m_operator->currentText(),
                                  *right, error);
    } else {
        if (m_exitComponent->count() == 0) {
            *error = tr("Add the component the exit task runs to the pipeline first.");
            return {};
        }
        std::optional<pipelinespec::TaskId> exitTask;
        dag = editor.addExitHandler(m_dag, m_exitComponent->currentData().toString(), &exitTask,
                                    error);
    }
    return dag.value_or(QString());
}

void GroupDialog::update()
{
    if (m_value && m_source && m_kind == Kind::Loop)
        m_value->setEnabled(m_source->currentIndex() == 0);
    PipelineEditor trial = m_pipeline;
    m_problem.clear();
    const QString dag = apply(trial, &m_problem);
    if (dag.isEmpty() && m_problem.isEmpty())
        m_problem = tr("This group cannot be added here.");
    m_status->setText(m_problem.isEmpty() ? tr("Ready to add.") : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace kfw::views::editor
