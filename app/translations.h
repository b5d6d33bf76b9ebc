#pragma once

#include <QString>

namespace kfw::app {

// Selects the interface language: the override (e.g. "zh_CN") when given, else the system
// locale. Installs the workbench's and Qt's own translations for it. Returns the name of the
// locale in use.
QString installTranslations(const QString &languageOverride);

} // namespace kfw::app
