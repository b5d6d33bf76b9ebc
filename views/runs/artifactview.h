#pragma once

#include "cluster/backend/services.h"

#include <QJsonObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTemporaryDir;
class QWebEngineProfile;
class QWebEngineView;

namespace kfw::views {

// A confusion matrix as KFP's ClassificationMetrics logs it ("confusionMatrix": annotation specs
// and rows of counts).
struct ConfusionMatrix
{
    QStringList categories;
    QList<QList<double>> rows;
    bool isEmpty() const { return categories.isEmpty() || rows.isEmpty(); }
    static ConfusionMatrix fromMetadata(const QJsonObject &metadata);
};

// A ROC curve as ClassificationMetrics logs it ("confidenceMetrics"): one point per threshold,
// x the false positive rate, y the recall, ordered by x.
struct RocCurve
{
    QList<QPointF> points;
    bool isEmpty() const { return points.isEmpty(); }
    static RocCurve fromMetadata(const QJsonObject &metadata);
};

// Paints a confusion matrix as a heat map: true classes down, predicted classes across, each cell
// with its count, shaded by its share of the row.
class ConfusionMatrixWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrixWidget(QWidget *parent = nullptr);
    void setMatrix(const ConfusionMatrix &matrix, const QString &title = {});
    const ConfusionMatrix &matrix() const { return m_matrix; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ConfusionMatrix m_matrix;
    QString m_title;
};

// HTML that reaches nothing: an off-the-record profile whose every request other than the page's
// own content is refused (no network, no local files), JavaScript off unless the user allows it
// for this one page.
class SandboxedHtmlView : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxedHtmlView(QWidget *parent = nullptr);
    ~SandboxedHtmlView() override;
    void setHtml(const QString &html);
    QWebEngineView *view() const { return m_view; }
    QCheckBox *allowScripts() const { return m_allowScripts; }
    // Requests refused since the page was set (for the user's information, and tests).
    int refusedRequests() const;

signals:
    void loaded(bool ok);

private:
    class Guard;
    QWebEngineProfile *m_profile;
    Guard *m_guard;
    QWebEngineView *m_view;
    QCheckBox *m_allowScripts;
    QLabel *m_note;
    QString m_html;
};

// Shows an output artifact of a run by its type: scalar metrics as a table, classification
// metrics as a confusion matrix and a ROC curve, HTML and Markdown in the sandboxed view, CSV as a
// table, images, text. Contents are fetched through the run service (a copy in a temporary
// folder) and read off the GUI thread.
class ArtifactView : public QWidget
{
    Q_OBJECT
public:
    explicit ArtifactView(QWidget *parent = nullptr);
    ~ArtifactView() override;
    void show(const backend::ArtifactInfo &artifact, backend::RunService *runs);
    void clear();
    // What is shown: "metrics", "classification", "html", "markdown", "csv", "image", "text",
    // "message".
    QString shownKind() const { return m_kind; }
    // The view of HTML and Markdown artifacts (none before the first one is shown).
    SandboxedHtmlView *html() const { return m_html; }
    ConfusionMatrixWidget *confusionMatrix() const { return m_matrix; }
    QWidget *current() const;

signals:
    // The artifact is shown (its content read, when it needed reading).
    void shown();

private:
    void showMessage(const QString &text);
    SandboxedHtmlView *ensureHtml();
    void showContent(const backend::ArtifactInfo &artifact, const QString &file,
                     const QByteArray &bytes);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_metrics;
    QWidget *m_classification;
    ConfusionMatrixWidget *m_matrix;
    QWidget *m_roc;
    SandboxedHtmlView *m_html = nullptr;
    QWidget *m_table;
    QLabel *m_image;
    QWidget *m_imageArea;
    QWidget *m_text;
    QString m_kind;
    quint64 m_generation = 0;
    std::unique_ptr<QTemporaryDir> m_downloads;
};

} // namespace kfw::views
