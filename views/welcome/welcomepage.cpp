#include "views/welcome/welcomepage.h"

#include "cluster/backend/backendregistry.h"
#include "ui/actionregistry.h"
#include "ui/documentrouter.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/notificationcenter.h"
#include "ui/recentfiles.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kfw::views {
namespace {

QFrame *makeCard(const QString &objectName, const QString &title, const QString &iconName, QWidget *parent,
                 QVBoxLayout **body)
{
    auto *card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    auto *iconLabel = new QLabel(card);
    iconLabel->setPixmap(ui::icon(iconName).pixmap(QSize(18, 18)));
    auto *titleLabel = new QLabel(title, card);
    QFont f = titleLabel->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    titleLabel->setFont(f);
    header->addWidget(iconLabel);
    header->addWidget(titleLabel, 1);
    layout->addLayout(header);
    *body = layout;
    return card;
}

QString linkHtml(const QUrl &url, const QString &text, const QString &detail)
{
    return QStringLiteral("<p style=\"margin:0 0 8px 0\"><a href=\"%1\">%2</a><br/><span>%3</span></p>")
        .arg(url.toString(QUrl::FullyEncoded), text.toHtmlEscaped(), detail.toHtmlEscaped());
}

} // namespace

WelcomePage::WelcomePage(const ui::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *centerRow = new QHBoxLayout(content);
    auto *column = new QWidget(content);
    column->setMaximumWidth(1040);
    centerRow->addStretch(1);
    centerRow->addWidget(column, 100);
    centerRow->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Welcome to Kubeflow Workbench"), column);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.8);
    tf.setBold(true);
    title->setFont(tf);
    auto *subtitle = new QLabel(tr("Author Kubeflow pipelines, run them on this workstation or on a Kubeflow "
                                   "cluster, and compare what they produce."),
                                column);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    // Two columns: what to do (start, recent files) on the left, context (backend, docs, keys)
    // on the right. Cards take their natural height.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->setSpacing(16);
    right->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Start: one button per document type a page can create or open.
    QVBoxLayout *body = nullptr;
    m_startCard = makeCard(QStringLiteral("startCard"), tr("Start"), QStringLiteral("file-new"), column, &body);
    m_startButtons = body;

    // Backend
    QFrame *backendCard = makeCard(QStringLiteral("backendCard"), tr("Active backend"), QStringLiteral("workstation"),
                                   column, &body);
    m_backendName = new QLabel(backendCard);
    m_backendName->setObjectName(QStringLiteral("backendName"));
    QFont bf = m_backendName->font();
    bf.setBold(true);
    m_backendName->setFont(bf);
    m_backendDetails = new QLabel(backendCard);
    m_backendDetails->setObjectName(QStringLiteral("backendDetails"));
    m_backendDetails->setWordWrap(true);
    m_backendDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_backendName);
    body->addWidget(m_backendDetails);

    // Recent files
    QFrame *recentCard = makeCard(QStringLiteral("recentCard"), tr("Recent files"), QStringLiteral("clock"), column, &body);
    m_recent = new QListWidget(recentCard);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setMinimumHeight(160);
    m_recentEmpty = new QLabel(tr("Files you open appear here."), recentCard);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_clearRecent = new QPushButton(tr("Clear list"), recentCard);
    m_clearRecent->setObjectName(QStringLiteral("clearRecent"));
    body->addWidget(m_recent);
    body->addWidget(m_recentEmpty);
    body->addWidget(m_clearRecent, 0, Qt::AlignRight);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        QString error;
        if (!m_context.documents->open(path, &error))
            m_context.notifications->post(ui::NotificationCenter::Severity::Error,
                                          tr("Could not open %1").arg(QFileInfo(path).fileName()), error, tr("Files"));
    });
    connect(m_clearRecent, &QPushButton::clicked, m_context.recentFiles, &ui::RecentFiles::clear);

    // Learn
    QFrame *learnCard = makeCard(QStringLiteral("learnCard"), tr("Learn"), QStringLiteral("book"), column, &body);
    auto *links = new QLabel(learnCard);
    links->setObjectName(QStringLiteral("learnLinks"));
    links->setOpenExternalLinks(true);
    links->setWordWrap(true);
    links->setTextFormat(Qt::RichText);
    links->setText(linkHtml(ui::workbenchDocsUrl(), tr("Workbench documentation"),
                            tr("How the workbench is organised and how to build and test it."))
                   + linkHtml(ui::kubeflowPipelinesDocsUrl(), tr("Kubeflow Pipelines"),
                              tr("Pipelines, components, runs and experiments.")) +
                   linkHtml(ui::kubeflowDocsUrl(), tr("Kubeflow documentation"),
                            tr("Notebooks, Katib, KServe, profiles and the rest of the platform.")));
    body->addWidget(links);

    // Keyboard
    QFrame *keysCard = makeCard(QStringLiteral("keysCard"), tr("Keyboard"), QStringLiteral("keyboard"), column, &body);
    m_shortcuts = new QLabel(keysCard);
    m_shortcuts->setObjectName(QStringLiteral("shortcutList"));
    m_shortcuts->setTextFormat(Qt::RichText);
    body->addWidget(m_shortcuts);

    left->addWidget(m_startCard);
    left->addWidget(recentCard);
    left->addStretch();
    right->addWidget(backendCard);
    right->addWidget(learnCard);
    right->addWidget(keysCard);
    right->addStretch();
    layout->addLayout(columns);
    layout->addStretch();

    connect(m_context.documents, &ui::DocumentRouter::typesChanged, this, &WelcomePage::rebuildStart);
    connect(m_context.recentFiles, &ui::RecentFiles::changed, this, &WelcomePage::rebuildRecent);
    connect(m_context.backends, &backend::BackendRegistry::activeChanged, this, &WelcomePage::rebuildBackend);
    connect(m_context.actions, &QAbstractItemModel::rowsInserted, this, &WelcomePage::rebuildShortcuts);
    rebuildStart();
    rebuildRecent();
    rebuildBackend();
    rebuildShortcuts();
}

void WelcomePage::rebuildStart()
{
    while (QLayoutItem *item = m_startButtons->takeAt(1)) {
        delete item->widget();
        delete item;
    }
    int buttons = 0;
    for (const ui::DocumentType &type : m_context.documents->types()) {
        if (type.createNew) {
            auto *b = new QPushButton(ui::icon(QStringLiteral("file-new")), tr("New %1").arg(type.title()), m_startCard);
            b->setObjectName(QStringLiteral("new.") + type.id);
            connect(b, &QPushButton::clicked, this, [create = type.createNew] { create(); });
            m_startButtons->addWidget(b);
            ++buttons;
        }
    }
    if (!m_context.documents->types().empty()) {
        auto *open = new QPushButton(ui::icon(QStringLiteral("folder-open")), tr("Open…"), m_startCard);
        open->setObjectName(QStringLiteral("openFile"));
        connect(open, &QPushButton::clicked, this, [this] {
            if (QAction *a = m_context.actions->find(QStringLiteral("file.open")))
                a->trigger();
        });
        m_startButtons->addWidget(open);
        ++buttons;
    }
    m_startButtons->addStretch();
    // Only what a page of this build can really do is offered.
    m_startCard->setVisible(buttons > 0);
}

void WelcomePage::rebuildRecent()
{
    m_recent->clear();
    const QStringList files = m_context.recentFiles->files();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recent->setVisible(!files.isEmpty());
    m_recentEmpty->setVisible(files.isEmpty());
    m_clearRecent->setVisible(!files.isEmpty());
}

void WelcomePage::rebuildBackend()
{
    backend::Backend *b = m_context.backends->active();
    if (!b) {
        m_backendName->setText(tr("No backend"));
        m_backendDetails->clear();
        return;
    }
    m_backendName->setText(b->displayName());
    if (b->kind() == backend::BackendKind::Local) {
        m_backendDetails->setText(tr("Pipelines run as processes on this workstation; no cluster is needed. "
                                     "History and artifacts are kept in %1.")
                                      .arg(b->location()));
    } else {
        m_backendDetails->setText(tr("Pipelines run on the Kubeflow cluster at %1.").arg(b->location()));
    }
}

void WelcomePage::rebuildShortcuts()
{
    QString rows;
    const QStringList names = {QStringLiteral("view.commandPalette"), QStringLiteral("file.open"),
                               QStringLiteral("view.notifications"), QStringLiteral("view.theme.toggle"),
                               QStringLiteral("help.docs")};
    for (const QString &name : names) {
        QAction *a = m_context.actions->find(name);
        if (!a || a->shortcut().isEmpty() || !a->isEnabled())
            continue;
        rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         a->iconText().toHtmlEscaped());
    }
    rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Ctrl+1 … Ctrl+9").toHtmlEscaped(), tr("Go to a page").toHtmlEscaped());
    m_shortcuts->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));
}

} // namespace kfw::views
