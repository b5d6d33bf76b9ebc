#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>

#include <vector>

namespace kfw::ui {

// The messages the app has for the user (errors, warnings, finished work), newest first.
// The notifications panel shows this model; the top bar shows the unread count.
class NotificationCenter : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Severity
    {
        Info,
        Warning,
        Error,
    };
    Q_ENUM(Severity)

    enum Roles
    {
        SeverityRole = Qt::UserRole + 1,
        TitleRole,
        MessageRole,
        SourceRole,
        TimeRole,
    };

    struct Notification
    {
        Severity severity = Severity::Info;
        QString title;
        QString message;
        QString source;
        QDateTime time;
    };

    explicit NotificationCenter(QObject *parent = nullptr);

    // Adds a notification at the top. Older ones beyond the limit are dropped.
    void post(Severity severity, const QString &title, const QString &message = {},
              const QString &source = {});
    void clear();
    void markAllRead();
    int unreadCount() const { return m_unread; }
    const Notification &at(int row) const { return m_items.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kMaxNotifications = 500;

signals:
    void posted(const kfw::ui::NotificationCenter::Notification &notification);
    void unreadCountChanged(int count);

private:
    std::vector<Notification> m_items;
    int m_unread = 0;
};

} // namespace kfw::ui
