#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace kfw::ui {

// A typed, defaulted entry of the user's settings, declared once where it is used.
// Secrets never go here: they belong in the OS keychain.
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;

    T value() const
    {
        const QVariant v = QSettings().value(QString::fromLatin1(key));
        if (!v.isValid() || !v.canConvert<T>())
            return defaultValue;
        return v.value<T>();
    }
    void setValue(const T &v) const { QSettings().setValue(QString::fromLatin1(key), QVariant::fromValue(v)); }
    void reset() const { QSettings().remove(QString::fromLatin1(key)); }
};

} // namespace kfw::ui
