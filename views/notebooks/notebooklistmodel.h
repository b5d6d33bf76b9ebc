#pragma once

#include "cluster/backend/notebookservice.h"
#include "ui/keyedtablemodel.h"

namespace kfw::views {

// Notebook servers as the Jupyter web app lists them: status, name, type, created, last
// activity, image, GPUs, CPUs, memory. Updates keep the rows of notebooks that stay.
class NotebookListModel : public ui::KeyedTableModel<backend::NotebookInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        NameColumn,
        TypeColumn,
        CreatedColumn,
        LastActivityColumn,
        ImageColumn,
        GpusColumn,
        CpusColumn,
        MemoryColumn,
        ColumnCount
    };
    enum Roles
    {
        PhaseRole = Qt::UserRole + 1, // the phase's name ("ready", "stopped", ...)
    };

    explicit NotebookListModel(QObject *parent = nullptr);

    const backend::NotebookInfo *notebook(int row) const { return item(row); }

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "jupyter-scipy:v1.10.0": an image without its registry and repository path.
    static QString shortImage(const QString &image);
    // The colour of a phase (green ready, amber waiting and warning, red error, grey stopped).
    static QColor phaseColor(backend::NotebookPhase phase);
};

} // namespace kfw::views
