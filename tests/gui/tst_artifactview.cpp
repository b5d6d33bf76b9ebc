// HTML and Markdown artifacts are written by pipeline code, which may be anyone's: the view must
// keep them from the network and the user's files. A loopback server records every request a
// hostile page manages to make; there must be none, with JavaScript off and on.

#include "views/runs/artifactview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace kfw;

class TestArtifactView : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QStringList m_requests; // first lines of the requests the server received
    QTemporaryDir m_dir;

    // A page that tries every way out it can: an image, a style sheet and a frame from the
    // loopback server, a frame of a local file, and (when scripts run) fetch() and XHR to both.
    QString hostilePage() const
    {
        const QString server = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
        const QString secret =
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("secret.txt"))).toString();
        return QStringLiteral(
                   "<html><head><title>static</title>"
                   "<link rel=\"stylesheet\" href=\"%1/style.css\"></head><body>"
                   "<img src=\"%1/pixel.png\"><iframe src=\"%1/frame\"></iframe>"
                   "<iframe src=\"%2\"></iframe>"
                   "<script>"
                   "Promise.allSettled([fetch('%1/fetch'), fetch('%2'),"
                   "  new Promise((ok, no) => { const x = new XMLHttpRequest();"
                   "    x.onload = () => ok(x.responseText); x.onerror = () => no('xhr');"
                   "    x.open('GET', '%1/xhr'); x.send(); })])"
                   "  .then(r => { document.title = r.map(x => x.status).join(','); });"
                   "</script></body></html>")
            .arg(server, secret);
    }

    static QString titleOf(views::SandboxedHtmlView *view) { return view->view()->page()->title(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile secret(m_dir.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for pages\n");
        secret.close();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests << QString::fromLatin1(socket->readLine()).trimmed();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                  "Access-Control-Allow-Origin: *\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void scriptsOffAndNothingLeaves()
    {
        views::SandboxedHtmlView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(!view.allowScripts()->isChecked());
        QSignalSpy loaded(&view, &views::SandboxedHtmlView::loaded);
        view.setHtml(hostilePage());
        QVERIFY(loaded.wait(30000));
        QTest::qWait(1000);                                 // time for any late request to arrive
        QCOMPARE(titleOf(&view), QStringLiteral("static")); // the script did not run
        QVERIFY2(m_requests.isEmpty(), qPrintable(m_requests.join(QLatin1Char('\n'))));
        // The guard refused at least the image, the style sheet and the frame from the server
        // (Chromium may refuse the local file's frame before asking it).
        QVERIFY2(view.refusedRequests() >= 3, qPrintable(QString::number(view.refusedRequests())));
    }

    void scriptsAllowedStillReachNothing()
    {
        views::SandboxedHtmlView view;
        view.resize(800, 600);
        view.show();
        QSignalSpy loaded(&view, &views::SandboxedHtmlView::loaded);
        view.setHtml(hostilePage());
        QVERIFY(loaded.wait(30000));
        view.allowScripts()->setChecked(true); // the user trusts this page: it reloads
        QVERIFY(loaded.wait(30000));
        // fetch() of the server and of the file, and the XHR, all failed.
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(&view), QStringLiteral("rejected,rejected,rejected"),
                                  20000);
        QTest::qWait(500);
        QVERIFY2(m_requests.isEmpty(), qPrintable(m_requests.join(QLatin1Char('\n'))));
    }

    void theServerDoesAnswer()
    {
        // The check above means something only if the server records what reaches it.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /probe HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(m_requests, QStringList{QStringLiteral("GET /probe HTTP/1.1")});
        m_requests.clear();
    }
};

int main(int argc, char **argv)
{
    // Chromium's sandbox refuses to run as root (containers, CI).
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    TestArtifactView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_artifactview.moc"
