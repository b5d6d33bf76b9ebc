#pragma once

#include "ui/notificationcenter.h"

#include <QStringList>

namespace kfw::test {

// What the workbench told the user, one "title: message" per line (for failure messages).
inline QString notificationText(const ui::NotificationCenter &center)
{
    QStringList out;
    for (int i = 0; i < center.rowCount(); ++i)
        out << center.at(i).title + QStringLiteral(": ") + center.at(i).message;
    return out.join(QLatin1Char('\n'));
}

} // namespace kfw::test
