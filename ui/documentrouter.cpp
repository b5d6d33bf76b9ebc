#include "ui/documentrouter.h"

#include <QFileInfo>

namespace kfw::ui {

DocumentRouter::DocumentRouter(QObject *parent)
    : QObject(parent)
{
}

void DocumentRouter::registerType(DocumentType type)
{
    m_types.push_back(std::move(type));
    emit typesChanged();
}

const DocumentType *DocumentRouter::typeForFile(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const DocumentType &t : m_types) {
        if (t.suffixes.contains(suffix))
            return &t;
    }
    return nullptr;
}

QString DocumentRouter::fileDialogFilter() const
{
    QStringList filters;
    for (const DocumentType &t : m_types) {
        QStringList globs;
        for (const QString &s : t.suffixes)
            globs << QStringLiteral("*.") + s;
        filters << QStringLiteral("%1 (%2)").arg(t.title(), globs.join(QLatin1Char(' ')));
    }
    filters << tr("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

bool DocumentRouter::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The file %1 does not exist. Check the path and try again.").arg(path);
        return false;
    }
    const DocumentType *type = typeForFile(path);
    if (!type) {
        QStringList known;
        for (const DocumentType &t : m_types)
            known << t.suffixes;
        *error = known.isEmpty()
                     ? tr("No page of this build opens files like %1.").arg(info.fileName())
                     : tr("%1 is not a file the workbench opens. Open one of: %2.")
                           .arg(info.fileName(), known.join(QStringLiteral(", ")));
        return false;
    }
    if (!type->open(info.absoluteFilePath(), error))
        return false;
    emit opened(info.absoluteFilePath(), type->pageId);
    return true;
}

} // namespace kfw::ui
