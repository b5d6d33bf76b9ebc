#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QPointer>
#include <QScrollArea>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace kfw::views::editor {

class EditorDocument;
class PipelineCanvas;

// The properties of the selected task (name, display name, caching, retries, resources, where
// each input's value comes from, environment) or, with no task selected, of the pipeline (name,
// description, pipeline root, parameters). Values are checked as they are typed; each applied
// change is one undo step of the document, and a refused one says why next to its field.
class PropertiesPanel : public QScrollArea
{
    Q_OBJECT
public:
    PropertiesPanel(EditorDocument *document, PipelineCanvas *canvas, QWidget *parent = nullptr);

    // The task shown (empty: the pipeline).
    QString task() const { return m_task; }
    // Parses text typed for a parameter of a KFP type; nullopt with the reason when it does not
    // fit.
    static std::optional<pipelinespec::YamlValue> parseValue(const QString &text,
                                                             const QString &type, QString *error);

private:
    // force: even when the same task of the same level is shown (its values changed).
    void rebuild(bool force);
    void buildTask(QFormLayout *form);
    void buildPipeline(QFormLayout *form);
    // Applies one edit; on refusal shows the reason under the form and rebuilds (the field
    // returns to the model's value).
    bool apply(const QString &text,
               const std::function<QString(pipelinespec::PipelineEditor &)> &change);
    QLineEdit *lineField(QFormLayout *form, const QString &id, const QString &label,
                         const QString &value, const std::function<QString(const QString &)> &check,
                         const std::function<void(const QString &)> &commit);

    EditorDocument *m_document;
    PipelineCanvas *m_canvas;
    QString m_task;
    QString m_dag;
    QLabel *m_error = nullptr;
    QString m_lastError;
};

} // namespace kfw::views::editor
