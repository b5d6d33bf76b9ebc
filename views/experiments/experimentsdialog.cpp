#include "views/experiments/experimentsdialog.h"

#include "views/experiments/experimentlistmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kfw::views {

using backend::ExperimentInfo;
using backend::Result;

ExperimentsDialog::ExperimentsDialog(backend::ExperimentService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new ExperimentListModel(this))
{
    setObjectName(QStringLiteral("experiments-dialog"));
    setWindowTitle(tr("Experiments"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter experiments by name"));
    m_search->setObjectName(QStringLiteral("experiments-search"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_archived = new QCheckBox(tr("Archived"), this);
    m_archived->setToolTip(tr("Show archived experiments instead of active ones"));
    filters->addWidget(m_archived);
    layout->addLayout(filters);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(ExperimentListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
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
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ExperimentsDialog::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &ExperimentsDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const ExperimentInfo *e = m_model->experiment(current.row());
                if (e)
                    m_selected = e->id;
                updateButtons();
            });
    connect(m_model, &ExperimentListModel::loaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_message->setText(error);
        // The experiment chosen stays chosen while it is listed.
        if (const int row = m_model->rowOf(m_selected); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        updateButtons();
        emit listed();
    });
    if (m_service)
        connect(m_service, &backend::ExperimentService::experimentsChanged, m_model,
                &ExperimentListModel::refresh);
    else
        m_message->setText(tr("This backend keeps no experiments."));
    m_model->setService(m_service);
    updateButtons();
}

void ExperimentsDialog::applyFilter()
{
    backend::ExperimentQuery q = m_model->query();
    q.nameContains = m_search->text().trimmed();
    q.archived = m_archived->isChecked();
    m_model->setQuery(q);
}

bool ExperimentsDialog::selectByName(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->experiment(row)->name == name) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

QString ExperimentsDialog::selectedId() const
{
    const ExperimentInfo *e = m_model->experiment(m_table->currentIndex().row());
    return e ? e->id : QString();
}

void ExperimentsDialog::updateButtons()
{
    const ExperimentInfo *e = m_model->experiment(m_table->currentIndex().row());
    m_archive->setEnabled(m_service && e && !e->archived);
    m_restore->setEnabled(m_service && e && e->archived);
    m_delete->setEnabled(m_service && e);
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
    const ExperimentInfo *e = m_model->experiment(m_table->currentIndex().row());
    if (!m_service || !e)
        return;
    const QString id = e->id;
    const QString name = e->name;
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
