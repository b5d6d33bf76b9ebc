#pragma once

#include "cluster/backend/notebookservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTabWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace kfw::views {

class NotebookRequestInterceptor;

// Notebook servers' web UIs (JupyterLab, VS Code, RStudio) in the app: one tab per notebook in a
// window of their own, in an off-the-record web profile that sends each server's credentials
// (the gateway's session cookie or bearer token) to that server's host only.
class NotebookBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookBrowser(QWidget *parent = nullptr);
    ~NotebookBrowser() override;

    // Opens (or shows again) the tab of a notebook.
    QWebEngineView *open(const QString &title, const backend::NotebookConnection &connection);
    QTabWidget *tabs() const { return m_tabs; }
    QWebEngineView *view(const QString &title) const;
    // Closes the tab of a notebook (its server stopped).
    void closeView(const QString &title);
    // A tab for a page a notebook's page opens (a notebook, a terminal), titled by that page.
    QWebEngineView *addOpenedView(QWebEngineProfile *profile);
    void retitle(QWebEngineView *view, const QString &title);

private:
    void closeTab(int index);

    QWebEngineProfile *m_profile;
    NotebookRequestInterceptor *m_interceptor;
    QTabWidget *m_tabs;
    QLabel *m_address = nullptr;
};

} // namespace kfw::views
