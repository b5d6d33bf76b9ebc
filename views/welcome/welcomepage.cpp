#include "views/welcome/welcomepage.h"

#include "cluster/backend/backendregistry.h"
#include "ui/actionregistry.h"
#include "ui/documentrouter.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/notificationcenter.h"
#include "ui/recentfiles.h"

#include <QAction>

#include <array>
#include <tuple>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
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

QString linkHtml(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
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
    m_backendName->setForegroundRole(QPalette::Link);
    m_backendDetails = new QLabel(backendCard);
    m_backendDetails->setObjectName(QStringLiteral("backendDetails"));
    m_backendLocationLabel = new QLabel(backendCard);
    m_backendLocation = new QLineEdit(backendCard);
    m_backendLocation->setObjectName(QStringLiteral("backendLocation"));
    m_backendLocation->setReadOnly(true);
    m_backendLocation->setFrame(false);
    m_backendLocation->setBackgroundRole(QPalette::Base);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_backendLocationLabel);
    locationRow->addWidget(m_backendLocation, 1);
    body->addWidget(m_backendName);
    body->addWidget(m_backendDetails);
    body->addLayout(locationRow);

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
    // One line each: a link and what it leads to. Plain single-line labels keep the page cheap
    // to lay out, which matters because it is the first thing painted.
    const std::array<std::tuple<QUrl, QString, QString>, 3> links{{
        {ui::workbenchDocsUrl(), tr("Workbench documentation"),
         tr("How the workbench is organised and how to build and test it.")},
        {ui::kubeflowPipelinesDocsUrl(), tr("Kubeflow Pipelines"), tr("Pipelines, components, runs and experiments.")},
        {ui::kubeflowDocsUrl(), tr("Kubeflow documentation"),
         tr("Notebooks, Katib, KServe, profiles and the rest of the platform.")},
    }};
    for (const auto &[url, text, detail] : links) {
        auto *link = new QLabel(linkHtml(url, text), learnCard);
        link->setObjectName(QStringLiteral("learnLink"));
        link->setOpenExternalLinks(true);
        link->setToolTip(url.toString());
        auto *what = new QLabel(detail, learnCard);
        what->setForegroundRole(QPalette::PlaceholderText);
        body->addWidget(link);
        body->addWidget(what);
    }

    // Keyboard
    QFrame *keysCard = makeCard(QStringLiteral("keysCard"), tr("Keyboard"), QStringLiteral("keyboard"), column, &body);
    m_shortcuts = new QGridLayout;
    m_shortcuts->setHorizontalSpacing(16);
    m_shortcuts->setColumnStretch(1, 1);
    body->addLayout(m_shortcuts);

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
        m_backendLocation->clear();
        return;
    }
    m_backendName->setText(b->displayName());
    m_backendLocation->setText(b->location());
    m_backendLocation->setCursorPosition(0);
    m_backendLocation->setToolTip(b->location());
    if (b->kind() == backend::BackendKind::Local) {
        m_backendDetails->setText(tr("Pipelines run as processes on this workstation; no cluster is needed."));
        m_backendLocationLabel->setText(tr("Data folder:"));
    } else {
        m_backendDetails->setText(b->can(backend::Capability::Runs)
                                      ? tr("Pipelines run on a Kubeflow cluster.")
                                      : tr("A Kubernetes cluster from your kubeconfig; pipelines cannot run here yet."));
        m_backendLocationLabel->setText(tr("Server:"));
    }
}

void WelcomePage::rebuildShortcuts()
{
    while (QLayoutItem *item = m_shortcuts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<std::pair<QString, QString>> rows;
    const QStringList names = {QStringLiteral("view.commandPalette"), QStringLiteral("file.open"),
                               QStringLiteral("view.notifications"), QStringLiteral("view.theme.toggle"),
                               QStringLiteral("help.docs")};
    for (const QString &name : names) {
        QAction *a = m_context.actions->find(name);
        if (a && !a->shortcut().isEmpty() && a->isEnabled())
            rows.append({a->shortcut().toString(QKeySequence::NativeText), a->iconText()});
    }
    rows.append({tr("Ctrl+1 … Ctrl+9"), tr("Go to a page")});
    QWidget *card = m_shortcuts->parentWidget();
    for (int i = 0; i < rows.size(); ++i) {
        auto *keys = new QLabel(rows[i].first, card);
        m_shortcuts->addWidget(keys, i, 0);
        m_shortcuts->addWidget(new QLabel(rows[i].second, card), i, 1);
    }
}

} // namespace kfw::views
