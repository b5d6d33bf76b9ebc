#include "app/translations.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kfw::app {

QString installTranslations(const QString &languageOverride)
{
    const QLocale locale = languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
    QLocale::setDefault(locale);

    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("kfw"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        qCDebug(lcApp) << "translation loaded for" << locale.name();
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name();
}

} // namespace kfw::app
