#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kfw::views::editor {

// A new control-flow group in a level: a ParallelFor over a list (typed here, a pipeline
// parameter or an upstream output), a condition comparing a value with a constant, or an exit
// handler whose exit task runs whatever happens inside it. Checked as typed against a copy of the
// pipeline; accepting gives the edit to apply.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Loop,
        Condition,
        ExitHandler,
    };
    GroupDialog(Kind kind, const pipelinespec::PipelineEditor &pipeline, const QString &dag,
                QWidget *parent = nullptr);

    // Adds the group to an editor (the document's working copy); returns the new DAG, or empty
    // with *error.
    QString apply(pipelinespec::PipelineEditor &editor, QString *error) const;
    QString problem() const { return m_problem; }
    QString undoText() const;

private:
    void update();
    // Operands: pipeline parameters and the outputs of the level's tasks ("" task = parameter).
    void fillOperands(QComboBox *box, bool listsOnly);
    pipelinespec::PipelineEditor::Operand operand(const QComboBox *box,
                                                  const pipelinespec::PipelineEditor &editor) const;

    Kind m_kind;
    pipelinespec::PipelineEditor m_pipeline; // a copy to try the group on
    QString m_dag;
    QComboBox *m_source = nullptr; // loop items / condition's left side
    QLineEdit *m_value = nullptr;  // loop's constant items / condition's right side
    QComboBox *m_operator = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QComboBox *m_exitComponent = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace kfw::views::editor
