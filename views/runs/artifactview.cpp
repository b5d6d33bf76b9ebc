#include "views/runs/artifactview.h"

#include "views/runs/runlauncher.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace kfw::views {

using backend::ArtifactInfo;

namespace {

// setHtml() passes the page as a data: URL, which Chromium limits to 2 MB.
constexpr qsizetype kMaxHtml = 1900 * 1024;
constexpr qint64 kMaxRead = 16 * 1024 * 1024;
constexpr int kMaxTableRows = 5000;

// Splits CSV text into rows of fields (quoted fields may hold commas, quotes and newlines).
QList<QStringList> parseCsv(const QString &text, QChar separator, int maxRows)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && rows.size() < maxRows; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// What an artifact's file holds, read on a worker thread.
struct Content
{
    QString file;
    QString kind; // html, markdown, csv, image, text, or empty: no viewer
    QString text;
    QList<QStringList> rows;
    QImage image;
    QString error;
};

Content readContent(const QString &copy, const QString &schemaTitle)
{
    Content c;
    QString file = copy;
    if (QFileInfo(copy).isDir()) {
        // A folder artifact: its index page, or its first file.
        const QDir dir(copy);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            c.error = QCoreApplication::translate("kfw::views::ArtifactView",
                                                  "The artifact is an empty folder.");
            return c;
        }
        file =
            dir.filePath(files.contains(QStringLiteral("index.html")) ? QStringLiteral("index.html")
                                                                      : files.first());
    }
    c.file = file;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        c.error = f.errorString();
        return c;
    }
    const QByteArray bytes = f.read(kMaxRead);
    const QString suffix = QFileInfo(file).suffix().toLower();
    auto decoded = [&bytes] {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        return utf8.hasError() ? QString() : text;
    };
    if (schemaTitle == QLatin1String("system.HTML") || suffix == QLatin1String("html") ||
        suffix == QLatin1String("htm")) {
        c.kind = QStringLiteral("html");
        c.text = QString::fromUtf8(bytes);
    } else if (schemaTitle == QLatin1String("system.Markdown") || suffix == QLatin1String("md")) {
        c.kind = QStringLiteral("markdown");
        QTextDocument document;
        document.setMarkdown(QString::fromUtf8(bytes));
        c.text = document.toHtml();
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        c.kind = QStringLiteral("csv");
        c.rows = parseCsv(QString::fromUtf8(bytes),
                          suffix == QLatin1String("tsv") ? QLatin1Char('\t') : QLatin1Char(','),
                          kMaxTableRows + 1);
    } else if (QImage image = QImage::fromData(bytes); !image.isNull()) {
        c.kind = QStringLiteral("image");
        c.image = image;
    } else if (const QString text = decoded(); !text.isNull()) {
        c.kind = QStringLiteral("text");
        c.text = text;
    }
    return c;
}

QTableWidget *newTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ConfusionMatrix ConfusionMatrix::fromMetadata(const QJsonObject &metadata)
{
    ConfusionMatrix m;
    const QJsonObject matrix = metadata.value(QStringLiteral("confusionMatrix")).toObject();
    for (const QJsonValue &spec : matrix.value(QStringLiteral("annotationSpecs")).toArray())
        m.categories << spec.toObject().value(QStringLiteral("displayName")).toString();
    for (const QJsonValue &row : matrix.value(QStringLiteral("rows")).toArray()) {
        QList<double> values;
        for (const QJsonValue &v : row.toObject().value(QStringLiteral("row")).toArray())
            values << v.toDouble();
        m.rows << values;
    }
    // A matrix that is not square over its categories is not shown.
    if (m.rows.size() != m.categories.size() ||
        std::any_of(m.rows.begin(), m.rows.end(),
                    [&m](const QList<double> &r) { return r.size() != m.categories.size(); }))
        return {};
    return m;
}

RocCurve RocCurve::fromMetadata(const QJsonObject &metadata)
{
    RocCurve curve;
    for (const QJsonValue &v : metadata.value(QStringLiteral("confidenceMetrics")).toArray()) {
        const QJsonObject point = v.toObject();
        if (point.contains(QStringLiteral("falsePositiveRate")) &&
            point.contains(QStringLiteral("recall")))
            curve.points << QPointF(point.value(QStringLiteral("falsePositiveRate")).toDouble(),
                                    point.value(QStringLiteral("recall")).toDouble());
    }
    std::sort(curve.points.begin(), curve.points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    return curve;
}

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusion-matrix"));
}

void ConfusionMatrixWidget::setMatrix(const ConfusionMatrix &matrix, const QString &title)
{
    m_matrix = matrix;
    m_title = title;
    QStringList tip;
    for (int r = 0; r < m_matrix.rows.size(); ++r)
        for (int c = 0; c < m_matrix.rows[r].size(); ++c)
            tip << tr("true %1, predicted %2: %3")
                       .arg(m_matrix.categories[r], m_matrix.categories[c])
                       .arg(m_matrix.rows[r][c]);
    setToolTip(tip.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QSize ConfusionMatrixWidget::sizeHint() const
{
    const int n = int(m_matrix.categories.size());
    return {120 + n * 56, 60 + n * 40};
}

QSize ConfusionMatrixWidget::minimumSizeHint() const
{
    return {160, 120};
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = int(m_matrix.categories.size());
    if (n == 0)
        return;
    const QFontMetrics fm(font());
    int left = 0;
    for (const QString &c : m_matrix.categories)
        left = std::max(left, fm.horizontalAdvance(c));
    left += 12;
    const int top = (m_title.isEmpty() ? 0 : fm.height() + 4) + fm.height() + 6;
    const double cell =
        std::max(8.0, std::min(double(width() - left - 4) / n, double(height() - top - 4) / n));
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(0, 0, width(), fm.height() + 2), Qt::AlignLeft,
                   QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width()));
        p.setFont(font());
    }
    const QColor hot = palette().color(QPalette::Highlight);
    const QColor cold = palette().color(QPalette::Base);
    for (int c = 0; c < n; ++c)
        p.drawText(QRectF(left + c * cell, top - fm.height() - 4, cell, fm.height()),
                   Qt::AlignCenter,
                   fm.elidedText(m_matrix.categories[c], Qt::ElideRight, int(cell)));
    for (int r = 0; r < n; ++r) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, top + r * cell, left - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                   m_matrix.categories[r]);
        double total = 0;
        for (double v : m_matrix.rows[r])
            total += v;
        for (int c = 0; c < n; ++c) {
            const double share = total > 0 ? m_matrix.rows[r][c] / total : 0;
            const QColor fill =
                QColor::fromRgbF(float(cold.redF() + (hot.redF() - cold.redF()) * share),
                                 float(cold.greenF() + (hot.greenF() - cold.greenF()) * share),
                                 float(cold.blueF() + (hot.blueF() - cold.blueF()) * share));
            const QRectF box(left + c * cell, top + r * cell, cell, cell);
            p.fillRect(box, fill);
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(box);
            p.setPen(share > 0.5 ? palette().color(QPalette::HighlightedText)
                                 : palette().color(QPalette::Text));
            if (cell >= 18)
                p.drawText(box, Qt::AlignCenter, QLocale().toString(m_matrix.rows[r][c]));
        }
    }
}

// Refuses every request the page makes beyond its own content: no network, no files.
class SandboxedHtmlView::Guard : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String("data") || scheme == QLatin1String("about") ||
            scheme == QLatin1String("blob"))
            return;
        info.block(true);
        ++refused;
    }
    std::atomic<int> refused{0};
};

SandboxedHtmlView::SandboxedHtmlView(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_guard(new Guard(this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_guard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_allowScripts = new QCheckBox(tr("Allow JavaScript for this page"), this);
    m_allowScripts->setToolTip(tr("Scripts stay off unless you trust this artifact; even then "
                                  "the page reaches neither the network nor your files"));
    m_note = new QLabel(this);
    bar->addWidget(m_allowScripts);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);
    m_view = new QWebEngineView(this);
    auto *page = new QWebEnginePage(m_profile, m_view);
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    m_view->setPage(page);
    layout->addWidget(m_view, 1);
    connect(page, &QWebEnginePage::loadFinished, this, &SandboxedHtmlView::loaded);
    connect(m_allowScripts, &QCheckBox::toggled, this, [this](bool allow) {
        m_view->page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, allow);
        setHtml(m_html);
    });
}

SandboxedHtmlView::~SandboxedHtmlView()
{
    // The page goes before its profile.
    delete m_view;
}

void SandboxedHtmlView::setHtml(const QString &html)
{
    m_html = html;
    m_guard->refused = 0;
    if (html.toUtf8().size() > kMaxHtml) {
        m_note->setText(tr("The page is too large to show here; save the artifact to open it."));
        m_view->setHtml(QString(), QUrl(QStringLiteral("about:blank")));
        return;
    }
    m_note->setText(tr("Shown without network or file access."));
    m_view->setHtml(html, QUrl(QStringLiteral("about:blank")));
}

int SandboxedHtmlView::refusedRequests() const
{
    return m_guard->refused;
}

ArtifactView::ArtifactView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_message = new QLabel(tr("Select an artifact to see it."), m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
    m_metrics = newTable(m_stack);
    m_metrics->setObjectName(QStringLiteral("artifact-metrics"));
    m_stack->addWidget(m_metrics);
    auto *classification = new QSplitter(Qt::Horizontal, m_stack);
    m_classification = classification;
    m_matrix = new ConfusionMatrixWidget(classification);
    auto *roc = new QChartView(new QChart, classification);
    roc->setObjectName(QStringLiteral("artifact-roc"));
    roc->setRenderHint(QPainter::Antialiasing);
    roc->setMinimumWidth(320);
    m_roc = roc;
    classification->setStretchFactor(0, 1);
    classification->setStretchFactor(1, 2);
    m_stack->addWidget(classification);
    m_table = newTable(m_stack);
    m_table->setObjectName(QStringLiteral("artifact-table"));
    m_stack->addWidget(m_table);
    auto *scroll = new QScrollArea(m_stack);
    m_image = new QLabel(scroll);
    m_image->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    m_imageArea = scroll;
    m_stack->addWidget(scroll);
    auto *text = new QPlainTextEdit(m_stack);
    text->setReadOnly(true);
    m_text = text;
    m_stack->addWidget(text);
}

SandboxedHtmlView *ArtifactView::ensureHtml()
{
    // The web engine starts on the first page shown, not with the Runs page.
    if (!m_html) {
        m_html = new SandboxedHtmlView(m_stack);
        m_stack->addWidget(m_html);
        connect(m_html, &SandboxedHtmlView::loaded, this, &ArtifactView::shown);
    }
    return m_html;
}

ArtifactView::~ArtifactView() = default;

QWidget *ArtifactView::current() const
{
    return m_stack->currentWidget();
}

void ArtifactView::clear()
{
    ++m_generation;
    m_kind.clear();
    m_message->setText(tr("Select an artifact to see it."));
    m_stack->setCurrentWidget(m_message);
}

void ArtifactView::showMessage(const QString &text)
{
    m_kind = QStringLiteral("message");
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    emit shown();
}

void ArtifactView::show(const ArtifactInfo &artifact, backend::RunService *runs)
{
    const quint64 generation = ++m_generation;
    if (artifact.schemaTitle == QLatin1String("system.Metrics")) {
        auto *table = static_cast<QTableWidget *>(m_metrics);
        table->clear();
        table->setColumnCount(2);
        table->setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
        table->setRowCount(0);
        for (auto it = artifact.metadata.begin(); it != artifact.metadata.end(); ++it) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(it.key()));
            table->setItem(row, 1, new QTableWidgetItem(jsonValueText(it.value())));
        }
        m_kind = QStringLiteral("metrics");
        m_stack->setCurrentWidget(m_metrics);
        emit shown();
        return;
    }
    if (artifact.schemaTitle == QLatin1String("system.ClassificationMetrics") ||
        artifact.schemaTitle == QLatin1String("system.SlicedClassificationMetrics")) {
        m_matrix->setMatrix(ConfusionMatrix::fromMetadata(artifact.metadata), artifact.name);
        m_matrix->setVisible(!m_matrix->matrix().isEmpty());
        // One ROC curve, or one per slice.
        QList<std::pair<QString, RocCurve>> curves;
        if (const RocCurve curve = RocCurve::fromMetadata(artifact.metadata); !curve.isEmpty())
            curves.append({tr("ROC"), curve});
        for (const QJsonValue &slice :
             artifact.metadata.value(QStringLiteral("evaluationSlices")).toArray()) {
            const QJsonObject s = slice.toObject();
            if (const RocCurve curve = RocCurve::fromMetadata(s); !curve.isEmpty())
                curves.append({s.value(QStringLiteral("slice")).toString(), curve});
        }
        QChart *chart = static_cast<QChartView *>(m_roc)->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *x = new QValueAxis;
        x->setRange(0, 1);
        x->setTitleText(tr("False positive rate"));
        auto *y = new QValueAxis;
        y->setRange(0, 1);
        y->setTitleText(tr("True positive rate (recall)"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (const auto &[name, curve] : curves) {
            auto *series = new QLineSeries;
            series->setName(name);
            series->append(curve.points);
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        chart->setTitle(tr("ROC curve"));
        chart->legend()->setVisible(curves.size() > 1); // slices are told apart by the legend
        m_roc->setVisible(!curves.isEmpty());
        if (m_matrix->matrix().isEmpty() && curves.isEmpty())
            return showMessage(
                tr("%1 holds no confusion matrix and no ROC curve.").arg(artifact.name));
        m_kind = QStringLiteral("classification");
        m_stack->setCurrentWidget(m_classification);
        emit shown();
        return;
    }
    if (!runs)
        return showMessage(tr("The backend is gone; select the run again."));
    // Everything else is read from a copy of the artifact.
    if (!m_downloads || !m_downloads->isValid())
        m_downloads = std::make_unique<QTemporaryDir>();
    const QString folder =
        m_downloads->filePath(QString::number(generation)); // one folder per artifact shown
    QDir().mkpath(folder);
    m_message->setText(tr("Fetching %1…").arg(artifact.name));
    m_stack->setCurrentWidget(m_message);
    m_kind.clear();
    backend::whenFinished(
        runs->downloadArtifact(artifact, folder), this,
        [this, generation, artifact](const backend::Result<QString> &copy) {
            if (generation != m_generation)
                return;
            if (!copy.ok())
                return showMessage(tr("Could not fetch %1: %2").arg(artifact.name, copy.error));
            auto read = QtConcurrent::run(readContent, copy.value, artifact.schemaTitle);
            backend::whenFinished(read, this, [this, generation, artifact](const Content &c) {
                if (generation != m_generation)
                    return;
                if (!c.error.isEmpty())
                    return showMessage(tr("Could not read %1: %2").arg(artifact.name, c.error));
                if (c.kind == QLatin1String("html") || c.kind == QLatin1String("markdown")) {
                    m_kind = c.kind;
                    m_stack->setCurrentWidget(ensureHtml());
                    m_html->setHtml(c.text); // shown() follows when the page has loaded
                } else if (c.kind == QLatin1String("csv")) {
                    auto *table = static_cast<QTableWidget *>(m_table);
                    table->clear();
                    const QStringList header = c.rows.value(0);
                    const qsizetype rows = std::min<qsizetype>(c.rows.size() - 1, kMaxTableRows);
                    table->setColumnCount(int(header.size()));
                    table->setHorizontalHeaderLabels(header);
                    table->setRowCount(int(std::max<qsizetype>(rows, 0)));
                    for (qsizetype r = 0; r < rows; ++r)
                        for (qsizetype col = 0; col < c.rows[r + 1].size() && col < header.size();
                             ++col)
                            table->setItem(int(r), int(col),
                                           new QTableWidgetItem(c.rows[r + 1][col]));
                    m_kind = c.kind;
                    m_stack->setCurrentWidget(m_table);
                    emit shown();
                } else if (c.kind == QLatin1String("image")) {
                    m_image->setPixmap(QPixmap::fromImage(c.image));
                    m_kind = c.kind;
                    m_stack->setCurrentWidget(m_imageArea);
                    emit shown();
                } else if (c.kind == QLatin1String("text")) {
                    static_cast<QPlainTextEdit *>(m_text)->setPlainText(c.text);
                    m_kind = c.kind;
                    m_stack->setCurrentWidget(m_text);
                    emit shown();
                } else {
                    showMessage(tr("There is no viewer for %1 (%2); save the artifact to open it "
                                   "with another program.")
                                    .arg(artifact.name, artifact.schemaTitle));
                }
            });
        });
}

} // namespace kfw::views
