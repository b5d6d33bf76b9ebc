// `kubeflow-workbench --screenshot FILE --size WxH` writes a PNG of the shell with no display, in
// English and in Chinese.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int runApp(const QStringList &args, const QString &lang, QString *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app must pick offscreen by itself
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-") + lang));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KFW_APP_BINARY"), args);
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    static double differingFraction(const QImage &a, const QImage &b)
    {
        qint64 diff = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                diff += a.pixel(x, y) != b.pixel(x, y);
        return double(diff) / (double(a.width()) * a.height());
    }

private slots:
    void englishAndChinese()
    {
        const QString en = m_dir.filePath(QStringLiteral("shell-en.png"));
        const QString zh = m_dir.filePath(QStringLiteral("shell-zh.png"));
        QString err;
        QCOMPARE(runApp({QStringLiteral("--screenshot"), en, QStringLiteral("--size"), QStringLiteral("1280x800")},
                        QStringLiteral("en_US.UTF-8"), &err),
                 0);
        QVERIFY2(err.isEmpty() || !err.contains(QStringLiteral("kubeflow-workbench:")), qPrintable(err));
        QCOMPARE(runApp({QStringLiteral("--screenshot"), zh, QStringLiteral("--size"), QStringLiteral("1280x800")},
                        QStringLiteral("zh_CN.UTF-8"), &err),
                 0);

        const QImage a(en);
        const QImage b(zh);
        QCOMPARE(a.size(), QSize(1280, 800));
        QCOMPARE(b.size(), QSize(1280, 800));
        // The window was really drawn: many colours, not a blank frame.
        QSet<QRgb> colours;
        for (int y = 0; y < a.height(); y += 4)
            for (int x = 0; x < a.width(); x += 4)
                colours.insert(a.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        // The same layout in another language: the text differs, the frame does not all differ.
        const double d = differingFraction(a, b);
        QVERIFY2(d > 0.005 && d < 0.6, qPrintable(QString::number(d)));
    }

    void darkThemeScreenshot()
    {
        const QString light = m_dir.filePath(QStringLiteral("light.png"));
        const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
        QString err;
        QCOMPARE(runApp({QStringLiteral("--screenshot"), light, QStringLiteral("--theme"), QStringLiteral("light")},
                        QStringLiteral("en_US.UTF-8"), &err),
                 0);
        QCOMPARE(runApp({QStringLiteral("--screenshot"), dark, QStringLiteral("--theme"), QStringLiteral("dark")},
                        QStringLiteral("en_US.UTF-8"), &err),
                 0);
        auto meanLightness = [](const QImage &img) {
            qint64 sum = 0;
            qint64 n = 0;
            for (int y = 0; y < img.height(); y += 3)
                for (int x = 0; x < img.width(); x += 3, ++n)
                    sum += QColor(img.pixel(x, y)).lightness();
            return double(sum) / double(n);
        };
        const double l = meanLightness(QImage(light));
        const double d = meanLightness(QImage(dark));
        QVERIFY2(l > 180 && d < 90, qPrintable(QStringLiteral("light %1, dark %2").arg(l).arg(d)));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
