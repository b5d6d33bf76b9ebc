// The Simplified Chinese translation is complete, and the system locale or --lang selects it.

#include "app/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseTranslationIsComplete()
    {
        QFile file(qEnvironmentVariable("KFW_TS_DIR") + QStringLiteral("/kfw_zh_CN.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QDomDocument doc;
        QVERIFY(doc.setContent(&file));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        QVERIFY2(messages.size() >= 100, "the shell has more strings than this");
        QStringList missing;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            const QString type = t.attribute(QStringLiteral("type"));
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            bool empty = t.text().trimmed().isEmpty();
            if (m.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
                const QDomNodeList forms = t.elementsByTagName(QStringLiteral("numerusform"));
                empty = forms.isEmpty() || forms.at(0).toElement().text().trimmed().isEmpty();
            }
            if (type == QLatin1String("unfinished") || empty)
                missing << source;
            // Placeholders survive translation.
            for (int n = 1; n <= 9; ++n) {
                const QString ph = QStringLiteral("%") + QString::number(n);
                if (source.contains(ph) && !t.text().contains(ph))
                    missing << QStringLiteral("%1 (loses %2)").arg(source, ph);
            }
            if (source.contains(QStringLiteral("%n")) && !t.text().contains(QStringLiteral("%n")))
                missing << QStringLiteral("%1 (loses %n)").arg(source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    }

    void systemLocaleSelectsChinese()
    {
        // installTranslations follows the override exactly as it follows the system locale.
        const QString name = kfw::app::installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(name, QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("kfw::ui::MainWindow", "Notifications"), QStringLiteral("通知"));
        QCOMPARE(QCoreApplication::translate("kfw::local::LocalBackend", "Local workstation"),
                 QStringLiteral("本地工作站"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
