#pragma once

#include "ui/pageregistry.h"
#include "ui/shellcontext.h"

#include <QObject>

#include <memory>

namespace kfw::ui {
class MainWindow;
}

namespace kfw::app {

struct GuiOptions;

// The composition root of the GUI: creates the shared services and the backends, registers
// the pages of this build and opens the main window.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    // Applies the options and shows the window. Returns a process exit code on a usage error,
    // or -1 to continue into the event loop.
    int start(const GuiOptions &options);

    ui::MainWindow *window() const { return m_window.get(); }
    const ui::ShellContext &context() const { return m_context; }
    const ui::PageRegistry &pages() const { return m_pages; }

private:
    void takeScreenshot(const QString &file, int attempt);

    ui::ShellContext m_context;
    ui::PageRegistry m_pages;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace kfw::app
