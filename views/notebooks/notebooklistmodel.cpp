#include "views/notebooks/notebooklistmodel.h"

#include <QColor>
#include <QLocale>

namespace kfw::views {

using namespace kfw::backend;

NotebookListModel::NotebookListModel(QObject *parent)
    : KeyedTableModel([](const NotebookInfo &n) { return n.name; }, ColumnCount, parent)
{}

QString NotebookListModel::shortImage(const QString &image)
{
    return image.section(u'/', -1);
}

QColor NotebookListModel::phaseColor(NotebookPhase phase)
{
    switch (phase) {
    case NotebookPhase::Ready:
        return QColor(0x2e, 0x7d, 0x32);
    case NotebookPhase::Waiting:
    case NotebookPhase::Uninitialized:
        return QColor(0x15, 0x65, 0xc0);
    case NotebookPhase::Warning:
    case NotebookPhase::Unavailable:
        return QColor(0xe6, 0x51, 0x00);
    case NotebookPhase::Error:
        return QColor(0xc6, 0x28, 0x28);
    case NotebookPhase::Terminating:
    case NotebookPhase::Stopped:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QVariant NotebookListModel::data(const QModelIndex &index, int role) const
{
    const NotebookInfo *n = index.isValid() ? notebook(index.row()) : nullptr;
    if (!n)
        return {};
    if (role == PhaseRole)
        return phaseName(n->status.phase);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return phaseColor(n->status.phase);
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn || index.column() == NameColumn)
            return n->status.message;
        if (index.column() == ImageColumn)
            return n->image;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case StatusColumn:
        return phaseTitle(n->status.phase);
    case NameColumn:
        return n->name;
    case TypeColumn:
        return serverTypeTitle(n->serverType);
    case CreatedColumn:
        return when(n->created);
    case LastActivityColumn:
        return n->lastActivity.isValid() ? when(n->lastActivity) : tr("not reported");
    case ImageColumn:
        return shortImage(n->image);
    case GpusColumn:
        return n->gpus > 0 ? QStringLiteral("%1 × %2").arg(n->gpus).arg(n->gpuVendor)
                           : QStringLiteral("—");
    case CpusColumn:
        return n->cpuLimit.isEmpty() ? n->cpu : tr("%1 (limit %2)").arg(n->cpu, n->cpuLimit);
    case MemoryColumn:
        return n->memoryLimit.isEmpty() ? n->memory
                                        : tr("%1 (limit %2)").arg(n->memory, n->memoryLimit);
    default:
        return {};
    }
}

QVariant NotebookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case CreatedColumn:
        return tr("Created");
    case LastActivityColumn:
        return tr("Last activity");
    case ImageColumn:
        return tr("Image");
    case GpusColumn:
        return tr("GPUs");
    case CpusColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory");
    default:
        return {};
    }
}

} // namespace kfw::views
