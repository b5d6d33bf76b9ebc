#include "ui/notificationcenter.h"

#include "ui/icons.h"
#include "ui/logging.h"

#include <QLocale>

namespace kfw::ui {

NotificationCenter::NotificationCenter(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NotificationCenter::post(Severity severity, const QString &title, const QString &message,
                              const QString &source)
{
    Notification n{severity, title, message, source, QDateTime::currentDateTime()};
    qCDebug(lcUi) << "notification" << int(severity) << title;
    beginInsertRows({}, 0, 0);
    m_items.insert(m_items.begin(), n);
    endInsertRows();
    if (int(m_items.size()) > kMaxNotifications) {
        const int first = kMaxNotifications;
        const int last = int(m_items.size()) - 1;
        beginRemoveRows({}, first, last);
        m_items.resize(std::size_t(kMaxNotifications));
        endRemoveRows();
    }
    m_unread = std::min(m_unread + 1, int(m_items.size()));
    emit posted(n);
    emit unreadCountChanged(m_unread);
}

void NotificationCenter::clear()
{
    if (m_items.empty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    markAllRead();
}

void NotificationCenter::markAllRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    emit unreadCountChanged(0);
}

int NotificationCenter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationCenter::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return n.message.isEmpty() ? n.title : QString(n.title + QLatin1Char('\n') + n.message);
    case Qt::ToolTipRole:
        return QString(QLocale().toString(n.time, QLocale::ShortFormat)
                       + (n.source.isEmpty() ? QString() : QString(QStringLiteral(" · ") + n.source)));
    case Qt::DecorationRole:
        switch (n.severity) {
        case Severity::Error:
            return icon(QStringLiteral("error"));
        case Severity::Warning:
            return icon(QStringLiteral("warning"));
        case Severity::Info:
            return icon(QStringLiteral("info"));
        }
        return {};
    case SeverityRole:
        return int(n.severity);
    case TitleRole:
        return n.title;
    case MessageRole:
        return n.message;
    case SourceRole:
        return n.source;
    case TimeRole:
        return n.time;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationCenter::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(TitleRole, "title");
    names.insert(MessageRole, "message");
    names.insert(SourceRole, "source");
    names.insert(TimeRole, "time");
    return names;
}

} // namespace kfw::ui
