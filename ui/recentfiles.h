#pragma once

#include <QObject>
#include <QStringList>

namespace kfw::ui {

// The files the user opened most recently, newest first, kept in the user's settings.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    static constexpr int kMaxFiles = 12;

signals:
    void changed();

private:
    void store();
    QStringList m_files;
};

} // namespace kfw::ui
