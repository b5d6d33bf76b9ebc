#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QDialog>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kfw::views::editor {

// The foot of the editor's "new ..." dialogs: the line that says what is missing (objectName
// statusName) and Add / Cancel buttons wired to the dialog. Returns the buttons.
QDialogButtonBox *addDialogFooter(QDialog *dialog, QBoxLayout *layout, const QString &statusName,
                                  QLabel **status);

// A new component written in the editor: a container (image, command, arguments, typed inputs
// and outputs) or a Python function (source, checked as you type). Accept gives definition().
class ComponentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Container,
        Python,
        Importer, // brings an existing artifact (by URI) into the pipeline
    };
    // An importer of an artifact type (Dataset, Model, ...), its URI given as the "uri" input.
    static pipelinespec::ComponentDefinition importer(const QString &name,
                                                      const QString &artifactType, bool reimport);
    explicit ComponentDialog(Kind kind, QWidget *parent = nullptr);

    const std::optional<pipelinespec::ComponentDefinition> &definition() const
    {
        return m_definition;
    }
    QString problem() const { return m_problem; }

    // Parses "name: type" lines (types: str, int, float, bool, list, dict, or an artifact type such
    // as Dataset, Model, Metrics); returns false with the reason.
    static bool parsePorts(const QString &text, bool output,
                           pipelinespec::ComponentDefinition *definition, QString *error);
    // "{name}" in a command or argument becomes the placeholder of that input or output.
    static QString expandPlaceholders(QString text,
                                      const pipelinespec::ComponentDefinition &definition);

private:
    void update();

    Kind m_kind;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_image = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPlainTextEdit *m_args = nullptr;
    QPlainTextEdit *m_inputs = nullptr;
    QPlainTextEdit *m_outputs = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QLineEdit *m_function = nullptr;
    QLineEdit *m_packages = nullptr;
    QComboBox *m_artifactType = nullptr;
    QCheckBox *m_reimport = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    std::optional<pipelinespec::ComponentDefinition> m_definition;
    QString m_problem;
};

} // namespace kfw::views::editor
