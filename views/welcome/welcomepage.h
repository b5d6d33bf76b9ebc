#pragma once

#include "ui/shellcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QFrame;
class QGridLayout;

namespace kfw::views {

// The first page: start a pipeline, reopen a recent file, see which backend is active, and find
// the documentation and the keyboard shortcuts.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(const ui::ShellContext &context, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }

private:
    void rebuildStart();
    void rebuildRecent();
    void rebuildBackend();
    void rebuildShortcuts();

    ui::ShellContext m_context;
    QFrame *m_startCard = nullptr;
    QVBoxLayout *m_startButtons = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QPushButton *m_clearRecent = nullptr;
    QLabel *m_backendName = nullptr;
    QLabel *m_backendDetails = nullptr;
    QLabel *m_backendLocationLabel = nullptr;
    QLineEdit *m_backendLocation = nullptr;
    QGridLayout *m_shortcuts = nullptr;
};

} // namespace kfw::views
