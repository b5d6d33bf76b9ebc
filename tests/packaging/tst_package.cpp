// `cpack -G DEB` builds a package holding the binary, the desktop entry, the icon and the
// AppStream metadata, and those files pass the freedesktop validators.

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT

    static QString run(const QString &program, const QStringList &args, int *exitCode, const QString &cwd = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (!cwd.isEmpty())
            p.setWorkingDirectory(cwd);
        p.start(program, args);
        if (!p.waitForFinished(540000)) {
            p.kill();
            p.waitForFinished();
            *exitCode = -1;
            return QStringLiteral("timed out");
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

private slots:
    void debianPackageContents()
    {
        QTemporaryDir out;
        const QString build = qEnvironmentVariable("KFW_BINARY_DIR");
        int code = 0;
        const QString log = run(qEnvironmentVariable("KFW_CPACK"),
                                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                 build + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), out.path()},
                                &code, build);
        QVERIFY2(code == 0, qPrintable(log));
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = out.filePath(debs.first());

        const QString contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb}, &code);
        QCOMPARE(code, 0);
        for (const char *path : {"./usr/bin/kubeflow-workbench",
                                 "./usr/share/applications/org.kfworkbench.KubeflowWorkbench.desktop",
                                 "./usr/share/icons/hicolor/scalable/apps/org.kfworkbench.KubeflowWorkbench.svg",
                                 "./usr/share/metainfo/org.kfworkbench.KubeflowWorkbench.metainfo.xml",
                                 "./usr/share/doc/kubeflow-workbench/README.md"})
            QVERIFY2(contents.contains(QLatin1String(path)), path);

        const QString info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(info.contains(QStringLiteral("Package: kubeflow-workbench")), qPrintable(info));
        // Shared-library dependencies were computed, so the package installs what it needs.
        QVERIFY2(info.contains(QStringLiteral("libqt6widgets6")), qPrintable(info));
    }

    void desktopEntryAndMetadataAreValid()
    {
        const QString source = qEnvironmentVariable("KFW_SOURCE_DIR") + QStringLiteral("/resources/desktop/");
        int code = 0;
        QString log = run(QStringLiteral("desktop-file-validate"),
                          {source + QStringLiteral("org.kfworkbench.KubeflowWorkbench.desktop")}, &code);
        QVERIFY2(code == 0 && !log.contains(QStringLiteral("error")), qPrintable(log));
        log = run(QStringLiteral("appstreamcli"),
                  {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                   source + QStringLiteral("org.kfworkbench.KubeflowWorkbench.metainfo.xml")},
                  &code);
        QVERIFY2(code == 0, qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
