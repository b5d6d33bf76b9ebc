#pragma once

#include <QIcon>
#include <QString>

namespace kfw::ui {

// Returns the icon resources/icons/<name>.svg. Icons are drawn from SVG at the requested size
// and device pixel ratio (crisp on HiDPI) and take their colour from the current palette, so they
// follow the light or dark theme. An unknown name gives a null icon.
QIcon icon(const QString &name);

} // namespace kfw::ui
