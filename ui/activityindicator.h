#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kfw::ui {

class ActivityTracker;

// Status-bar widget for background work: the current activity, its progress, and how many
// more are running. Hidden when nothing runs.
class ActivityIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityIndicator(ActivityTracker *tracker, QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();

    ActivityTracker *m_tracker;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace kfw::ui
