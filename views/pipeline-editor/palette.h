#pragma once

#include "cluster/pipelinespec/pipelineeditor.h"

#include <QHash>
#include <QStringList>
#include <QTreeWidget>
#include <QWidget>

#include <optional>

class QLineEdit;
class QMimeData;

namespace kfw::views::editor {

// What a palette entry adds to a pipeline.
struct PaletteItem
{
    enum class Kind
    {
        Container, // a new container component, described in a dialog
        Python,    // a new Python function component, written in a dialog
        Importer,  // an importer of an existing artifact
        Library,   // a component file (KFP v1 component.yaml or a compiled component)
        Existing,  // a component the open pipeline already has
        Pipeline,  // another open pipeline, used as a component (a nested pipeline)
        Stored,    // a pipeline the active backend keeps (its latest version), nested
        Loop,      // a ParallelFor group
        Condition, // an If group
        ExitHandler,
    };
    Kind kind = Kind::Library;
    // The file of a Library entry, the component name of an Existing one, the pipeline id of a
    // Stored one.
    QString key;
};

// A component file read for the palette.
struct LibraryComponent
{
    QString file;
    std::optional<pipelinespec::ComponentDefinition> definition;
    QString error; // why the file is not usable
};

// Reads every *.yaml / *.yml / *.json in the folders, then the single files (run off the GUI
// thread).
QList<LibraryComponent> readComponentFolders(const QStringList &folders,
                                             const QStringList &files = {});
// The folder of the components that ship with the workbench.
QString builtInComponentFolder();

// The component palette: built-in components (container, Python function), the component
// library (files shipped with the workbench and the user's folders, read off the GUI thread),
// and the components of the open pipeline. Searchable; entries are dragged onto the canvas or
// added with a double-click or Enter.
class Palette : public QWidget
{
    Q_OBJECT
public:
    static const QString kMimeType;

    explicit Palette(QWidget *parent = nullptr);

    // Reads the library folders again (the shipped one and the user's).
    void reload();
    QStringList userFolders() const;
    void addUserFolder(const QString &folder);
    // The components of the pipeline in the current tab (component name -> title).
    void setPipelineComponents(const QList<std::pair<QString, QString>> &components);
    // Other open pipelines (key -> title), offered as nested pipelines.
    void setOpenPipelines(const QList<std::pair<QString, QString>> &pipelines);
    // The pipelines the active backend keeps (id -> name), offered as nested pipelines; backend
    // names it in the section's title.
    void setStoredPipelines(const QString &backend,
                            const QList<std::pair<QString, QString>> &pipelines);
    // The definition of a library entry, once read.
    std::optional<pipelinespec::ComponentDefinition> libraryDefinition(const QString &file) const;
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }
    static std::optional<PaletteItem> itemFromMime(const QMimeData *mime);
    bool isLoading() const { return m_loading; }

signals:
    // Double-click or Enter on an entry.
    void activated(const PaletteItem &item);
    void loaded();

private:
    void rebuildLibrary(const QList<LibraryComponent> &components);
    void applyFilter();
    QTreeWidgetItem *section(const QString &title);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_builtIn;
    QTreeWidgetItem *m_library;
    QTreeWidgetItem *m_pipeline;
    QTreeWidgetItem *m_openPipelines;
    QTreeWidgetItem *m_storedPipelines;
    QHash<QString, pipelinespec::ComponentDefinition> m_definitions;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace kfw::views::editor
