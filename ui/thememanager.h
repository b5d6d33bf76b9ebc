#pragma once

#include <QObject>
#include <QPalette>

class QDBusVariant;

namespace kfw::ui {

enum class ThemeMode
{
    System,
    Light,
    Dark,
};

QString themeModeKey(ThemeMode mode);
ThemeMode themeModeFromKey(const QString &key, ThemeMode fallback = ThemeMode::System);

// Applies the light or dark look to the whole application. In System mode it follows the
// desktop's colour-scheme preference (the freedesktop appearance portal, read asynchronously,
// and the platform palette as a fallback) and changes along with it.
class ThemeManager : public QObject
{
    Q_OBJECT
public:
    explicit ThemeManager(QObject *parent = nullptr);

    ThemeMode mode() const { return m_mode; }
    void setMode(ThemeMode mode);
    // True when the dark palette is applied.
    bool isDark() const { return m_dark; }

    // Called when the desktop reports its preference (also used by tests).
    void setSystemPrefersDark(bool dark);
    bool systemPrefersDark() const { return m_systemDark; }

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void modeChanged(kfw::ui::ThemeMode mode);
    void themeChanged(bool dark);

private:
    void apply();
    void queryPortal();

private slots:
    void onPortalSettingChanged(const QString &ns, const QString &key, const QDBusVariant &value);

private:
    ThemeMode m_mode = ThemeMode::System;
    bool m_systemDark = false;
    bool m_dark = false;
    bool m_applied = false;
};

} // namespace kfw::ui
