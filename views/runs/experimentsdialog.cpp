#include "views/runs/experimentsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace kfw::views {

using backend::ExperimentInfo;
using backend::Result;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kArchivedRole = Qt::UserRole + 1;
} // namespace

ExperimentsDialog::ExperimentsDialog(backend::ExperimentService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("experiments-dialog"));
    setWindowTitle(tr("Experiments"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Experiment"), tr("State"), tr("Created"), tr("Description")});
    layout->addWidget(m_list, 1);
    auto *actions = new QHBoxLayout;
    m_archive = new QPushButton(tr("Archive"), this);
    m_archive->setToolTip(tr("Move the experiment and its runs to the archive"));
    m_restore = new QPushButton(tr("Restore"), this);
    m_restore->setToolTip(
        tr("Bring the experiment back from the archive (its runs stay archived)"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the experiment; only one without runs can be deleted"));
    actions->addWidget(m_archive);
    actions->addWidget(m_restore);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    layout->addLayout(actions);
    auto *create = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("New experiment's name"));
    m_description = new QLineEdit(this);
    m_description->setPlaceholderText(tr("Description (optional)"));
    m_create = new QPushButton(tr("Create"), this);
    create->addWidget(m_name, 1);
    create->addWidget(m_description, 2);
    create->addWidget(m_create);
    layout->addLayout(create);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("experiments-message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ExperimentsDialog::create);
    connect(m_name, &QLineEdit::returnPressed, this, &ExperimentsDialog::create);
    connect(m_name, &QLineEdit::textChanged, this, &ExperimentsDialog::updateButtons);
    connect(m_archive, &QPushButton::clicked, this, [this] { act(QStringLiteral("archive")); });
    connect(m_restore, &QPushButton::clicked, this, [this] { act(QStringLiteral("restore")); });
    connect(m_delete, &QPushButton::clicked, this, [this] { act(QStringLiteral("delete")); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ExperimentsDialog::updateButtons);
    if (m_service)
        connect(m_service, &backend::ExperimentService::experimentsChanged, this,
                &ExperimentsDialog::reload);
    reload();
}

void ExperimentsDialog::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_service) {
        m_message->setText(tr("This backend keeps no experiments."));
        updateButtons();
        return;
    }
    // Active and archived, both read before the list is filled.
    auto gathered = std::make_shared<QList<ExperimentInfo>>();
    auto pending = std::make_shared<int>(2);
    for (const bool archived : {false, true}) {
        backend::ExperimentQuery query;
        query.page.pageSize = 500;
        query.page.sortBy = QStringLiteral("name");
        query.page.descending = false;
        query.archived = archived;
        backend::whenFinished(
            m_service->list(query), this,
            [this, generation, gathered, pending](const Result<backend::Page<ExperimentInfo>> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok())
                    m_message->setText(r.error);
                else
                    *gathered += r.value.items;
                if (--*pending > 0)
                    return;
                const QString current = m_list->currentItem()
                                            ? m_list->currentItem()->data(0, kIdRole).toString()
                                            : QString();
                m_list->clear();
                for (const ExperimentInfo &e : std::as_const(*gathered)) {
                    auto *item = new QTreeWidgetItem(
                        m_list, {e.name, e.archived ? tr("archived") : tr("active"),
                                 QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat),
                                 e.description});
                    item->setData(0, kIdRole, e.id);
                    item->setData(0, kArchivedRole, e.archived);
                    if (e.id == current)
                        m_list->setCurrentItem(item);
                }
                updateButtons();
                emit listed();
            });
    }
}

void ExperimentsDialog::updateButtons()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const bool archived = item && item->data(0, kArchivedRole).toBool();
    m_archive->setEnabled(m_service && item && !archived);
    m_restore->setEnabled(m_service && item && archived);
    m_delete->setEnabled(m_service && item);
    m_create->setEnabled(m_service && !m_name->text().trimmed().isEmpty());
}

void ExperimentsDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (!m_service || name.isEmpty())
        return;
    backend::whenFinished(m_service->create(name, m_description->text().trimmed()), this,
                          [this](const Result<ExperimentInfo> &r) {
                              m_message->setText(r.ok() ? tr("Created %1.").arg(r.value.name)
                                                        : r.error);
                              // The list follows the service's change signal.
                              if (r.ok()) {
                                  m_name->clear();
                                  m_description->clear();
                              }
                          });
}

void ExperimentsDialog::act(const QString &what)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!m_service || !item)
        return;
    const QString id = item->data(0, kIdRole).toString();
    const QString name = item->text(0);
    QFuture<Result<backend::Done>> future =
        what == QLatin1String("archive")   ? m_service->archive(id)
        : what == QLatin1String("restore") ? m_service->unarchive(id)
                                           : m_service->remove(id);
    backend::whenFinished(future, this, [this, what, name](const Result<backend::Done> &r) {
        if (!r.ok())
            m_message->setText(tr("%1: %2").arg(name, r.error));
        else
            m_message->setText(what == QLatin1String("archive")   ? tr("Archived %1.").arg(name)
                               : what == QLatin1String("restore") ? tr("Restored %1.").arg(name)
                                                                  : tr("Deleted %1.").arg(name));
    });
}

} // namespace kfw::views
