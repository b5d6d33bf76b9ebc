#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace kfw::ui {

// A kind of document a page can create or open, such as a pipeline for the editor.
struct DocumentType
{
    QString id;                         // e.g. "pipeline"
    std::function<QString()> title;     // translated, e.g. "Pipeline"
    QStringList suffixes;               // file suffixes without the dot, e.g. {"yaml", "yml"}
    QString pageId;                     // the page that shows documents of this type
    std::function<void()> createNew;    // empty when this type cannot be created from scratch
    // Opens the file; returns false and sets the message when it cannot.
    std::function<bool(const QString &path, QString *error)> open;
};

// Routes "new" and "open" requests (menu, Welcome page, --open, recent files) to the page that
// handles the document type. Only types a working page registered are offered.
class DocumentRouter : public QObject
{
    Q_OBJECT
public:
    explicit DocumentRouter(QObject *parent = nullptr);

    void registerType(DocumentType type);
    const std::vector<DocumentType> &types() const { return m_types; }
    const DocumentType *typeForFile(const QString &path) const;
    // Filter for a file dialog over every registered type, e.g. "Pipeline (*.yaml *.yml)".
    QString fileDialogFilter() const;

    // Opens the file with the page of its type. On success the file becomes a recent file.
    bool open(const QString &path, QString *error);
    // Brings a page to the front, for a page that hands a document to another (the editor's
    // "Run" hands the pipeline to the Runs page).
    void showPage(const QString &pageId) { emit pageRequested(pageId); }

signals:
    void typesChanged();
    void opened(const QString &path, const QString &pageId);
    void pageRequested(const QString &pageId);

private:
    std::vector<DocumentType> m_types;
};

} // namespace kfw::ui
