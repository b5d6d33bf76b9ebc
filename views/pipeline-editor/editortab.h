#pragma once

#include "cluster/pipelinespec/validator.h"

#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace kfw::views::editor {

class EditorDocument;
class PipelineCanvas;
class PropertiesPanel;

// One open pipeline: a breadcrumb of the groups entered, the canvas, and the issues found in
// the pipeline (checked off the GUI thread after each change), whose rows select the task.
class EditorTab : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of the document.
    explicit EditorTab(EditorDocument *document, QWidget *parent = nullptr);

    EditorDocument *document() const { return m_document; }
    PipelineCanvas *canvas() const { return m_canvas; }
    PropertiesPanel *properties() const { return m_properties; }
    QTreeWidget *issues() const { return m_issues; }
    const QList<pipelinespec::Finding> &findings() const { return m_findings; }
    bool hasErrors() const { return pipelinespec::Validator::hasErrors(m_findings); }
    // True while a check of the pipeline is due or under way (findings may be stale).
    bool isChecking() const { return m_checking || m_checkSoon.isActive(); }
    // Opens the group that holds the DAG's parent (Backspace / Alt+Up).
    void goUp();
    // Shows the find field (Ctrl+F): any task of any level by name; Enter shows and selects it.
    void showFind();
    QLineEdit *findField() const { return m_find; }
    // Shows the task at a finding's path ("root/tasks/train", "comp-for-loop-2/tasks/x").
    bool revealPath(const QString &path);

signals:
    void checked();

private:
    void check();
    void showFindings();
    void updateBreadcrumb();
    void applyBadges();

    EditorDocument *m_document;
    PipelineCanvas *m_canvas;
    PropertiesPanel *m_properties;
    QWidget *m_breadcrumb;
    QHBoxLayout *m_breadcrumbLayout;
    QTreeWidget *m_issues;
    QLineEdit *m_find;
    QLabel *m_summary;
    QList<pipelinespec::Finding> m_findings;
    QTimer m_checkSoon;
    quint64 m_checkGeneration = 0;
    bool m_checking = true;
};

} // namespace kfw::views::editor
