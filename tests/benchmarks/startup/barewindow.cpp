// Reference program for the start-up benchmark: a bare QMainWindow with a menu bar, a label and
// a status bar, reporting its first painted frame the same way the workbench does.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                std::fputs("first-frame\n", stdout);
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    FirstPaint reporter;
    window.installEventFilter(&reporter);
    window.show();
    return QApplication::exec();
}
