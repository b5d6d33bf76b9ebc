#include "ui/activityindicator.h"

#include "ui/activitytracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace kfw::ui {

ActivityIndicator::ActivityIndicator(ActivityTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    connect(tracker, &QAbstractItemModel::rowsInserted, this, &ActivityIndicator::refresh);
    connect(tracker, &QAbstractItemModel::rowsRemoved, this, &ActivityIndicator::refresh);
    connect(tracker, &QAbstractItemModel::dataChanged, this, &ActivityIndicator::refresh);
    refresh();
}

QString ActivityIndicator::text() const
{
    return m_label->text();
}

void ActivityIndicator::refresh()
{
    const int count = m_tracker->rowCount();
    setVisible(count > 0);
    if (count == 0) {
        m_label->clear();
        return;
    }
    const QModelIndex first = m_tracker->index(0);
    QString text = first.data().toString();
    if (count > 1)
        text = tr("%1 (+%n more)", nullptr, count - 1).arg(text);
    m_label->setText(text);
    QStringList all;
    for (int i = 0; i < count; ++i)
        all << m_tracker->index(i).data().toString();
    setToolTip(all.join(QLatin1Char('\n')));
    m_bar->setMaximum(first.data(ActivityTracker::MaximumRole).toInt());
    m_bar->setValue(first.data(ActivityTracker::ProgressRole).toInt());
}

} // namespace kfw::ui
