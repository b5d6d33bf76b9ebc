#include "views/pipelines/recurringruns.h"

#include "cluster/backend/backend.h"
#include "cluster/backend/schedule.h"
#include "ui/notificationcenter.h"
#include "views/runs/runlistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kfw::views {

using backend::RecurringRunInfo;
using backend::Result;

RecurringRunDialog::RecurringRunDialog(const backend::PipelineVersionInfo &version, QWidget *parent)
    : QDialog(parent)
    , m_version(version)
{
    setObjectName(QStringLiteral("recurring-run-dialog"));
    setWindowTitle(tr("Schedule %1").arg(version.name));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(tr("%1 (scheduled)").arg(version.name), this);
    form->addRow(tr("Name"), m_name);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Every"), QStringLiteral("interval"));
    m_kind->addItem(tr("Cron schedule"), QStringLiteral("cron"));
    form->addRow(tr("Runs"), m_kind);
    auto *every = new QWidget(this);
    auto *everyLayout = new QHBoxLayout(every);
    everyLayout->setContentsMargins(0, 0, 0, 0);
    m_interval = new QSpinBox(every);
    m_interval->setRange(1, 100000);
    m_interval->setValue(1);
    m_unit = new QComboBox(every);
    m_unit->addItem(tr("minutes"), 60);
    m_unit->addItem(tr("hours"), 3600);
    m_unit->addItem(tr("days"), 86400);
    m_unit->setCurrentIndex(1);
    everyLayout->addWidget(m_interval);
    everyLayout->addWidget(m_unit, 1);
    form->addRow(tr("Interval"), every);
    m_cron = new QLineEdit(QStringLiteral("0 0 * * * *"), this);
    m_cron->setToolTip(tr("Six fields with seconds, as Kubeflow Pipelines takes them: second "
                          "minute hour day-of-month month day-of-week"));
    form->addRow(tr("Cron"), m_cron);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 10);
    form->addRow(tr("Runs at once, at most"), m_concurrency);
    m_catchup = new QCheckBox(tr("Catch up on fires missed while nothing ran them"), this);
    m_catchup->setChecked(true);
    form->addRow(QString(), m_catchup);
    m_hasStart = new QCheckBox(tr("Start at"), this);
    m_start = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_start->setCalendarPopup(true);
    form->addRow(m_hasStart, m_start);
    m_hasEnd = new QCheckBox(tr("End at"), this);
    m_end = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
    m_end->setCalendarPopup(true);
    form->addRow(m_hasEnd, m_end);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recurring-run-problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_name, m_cron})
        connect(field, &QLineEdit::textChanged, this, &RecurringRunDialog::check);
    for (QComboBox *box : {m_kind, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, &RecurringRunDialog::check);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurringRunDialog::check);
    for (QCheckBox *box : {m_hasStart, m_hasEnd})
        connect(box, &QCheckBox::toggled, this, &RecurringRunDialog::check);
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RecurringRunDialog::check);
    check();
}

RecurringRunInfo RecurringRunDialog::recurringRun() const
{
    RecurringRunInfo r;
    r.name = m_name->text().trimmed();
    r.pipelineVersionId = m_version.id;
    if (m_kind->currentData().toString() == QLatin1String("cron"))
        r.cron = m_cron->text().trimmed();
    else
        r.intervalSeconds = qint64(m_interval->value()) * m_unit->currentData().toLongLong();
    r.maxConcurrency = m_concurrency->value();
    r.catchup = m_catchup->isChecked();
    if (m_hasStart->isChecked())
        r.startTime = m_start->dateTime().toUTC();
    if (m_hasEnd->isChecked())
        r.endTime = m_end->dateTime().toUTC();
    return r;
}

void RecurringRunDialog::check()
{
    const bool cron = m_kind->currentData().toString() == QLatin1String("cron");
    m_cron->setEnabled(cron);
    m_interval->setEnabled(!cron);
    m_unit->setEnabled(!cron);
    m_start->setEnabled(m_hasStart->isChecked());
    m_end->setEnabled(m_hasEnd->isChecked());
    const RecurringRunInfo r = recurringRun();
    QString problem;
    if (r.name.isEmpty())
        problem = tr("Give the recurring run a name.");
    else
        problem = backend::checkTrigger(r);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

RecurringRunsPanel::RecurringRunsPanel(const ui::ShellContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recurring-runs"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Recurring run"), tr("Schedule"), tr("At once"), tr("Last fired")});
    m_list->setToolTip(tr("Tick or untick a recurring run to turn it on or off"));
    layout->addWidget(m_list, 1);
    m_delete = new QAction(tr("Delete Recurring Run"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_delete, &QAction::triggered, this, &RecurringRunsPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (column != 0 || !m_service || i < 0 || i >= m_runs.size())
            return;
        const bool enabled = item->checkState(0) == Qt::Checked;
        if (enabled == m_runs[i].enabled)
            return;
        backend::whenFinished(m_service->setEnabled(m_runs[i].id, enabled), this,
                              [this](const Result<backend::Done> &r) {
                                  if (!r.ok())
                                      report(tr("Could not turn the recurring run on or off"),
                                             r.error);
                                  reload();
                              });
    });
}

void RecurringRunsPanel::bindBackend(backend::Backend *backend)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = backend ? backend->recurringRuns() : nullptr;
    m_note->setVisible(!m_service);
    m_note->setText(tr("This backend runs no recurring runs."));
    if (m_service)
        connect(m_service, &backend::RecurringRunService::recurringRunsChanged, this,
                &RecurringRunsPanel::reload);
    reload();
}

void RecurringRunsPanel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_service) {
        m_list->clear();
        m_runs.clear();
        return;
    }
    backend::PageRequest page;
    page.pageSize = 200;
    backend::whenFinished(
        m_service->list(page), this,
        [this, generation](const Result<backend::Page<RecurringRunInfo>> &listed) {
            if (generation != m_generation)
                return;
            if (!listed.ok())
                return report(tr("Could not list the recurring runs"), listed.error);
            QSignalBlocker block(m_list);
            const QString selected =
                m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
            m_list->clear();
            m_runs = listed.value.items;
            for (int i = 0; i < m_runs.size(); ++i) {
                const RecurringRunInfo &r = m_runs[i];
                const QString schedule =
                    r.cron.isEmpty()
                        ? tr("every %1").arg(RunListModel::durationText(r.intervalSeconds))
                        : tr("cron %1").arg(r.cron);
                auto *item = new QTreeWidgetItem(
                    m_list, {r.name, schedule, QString::number(r.maxConcurrency),
                             r.lastFire.isValid() ? QLocale().toString(r.lastFire.toLocalTime(),
                                                                       QLocale::ShortFormat)
                                                  : tr("not yet")});
                item->setData(0, Qt::UserRole, i);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, r.enabled ? Qt::Checked : Qt::Unchecked);
                if (r.name == selected)
                    m_list->setCurrentItem(item);
            }
            emit changed();
        });
}

void RecurringRunsPanel::schedule(const backend::PipelineVersionInfo &version)
{
    if (!m_service)
        return report(tr("Cannot schedule"), tr("This backend runs no recurring runs."));
    auto *dialog = new RecurringRunDialog(version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_service)
            return;
        backend::whenFinished(m_service->create(dialog->recurringRun()), this,
                              [this](const Result<RecurringRunInfo> &r) {
                                  if (!r.ok())
                                      report(tr("Could not schedule the runs"), r.error);
                                  reload();
                              });
    });
    dialog->open();
}

void RecurringRunsPanel::removeSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (!m_service || i < 0 || i >= m_runs.size())
        return;
    const RecurringRunInfo run = m_runs[i];
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete Recurring Run"),
        tr("Delete the recurring run %1? The runs it started are kept.").arg(run.name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("recurring-run-delete"));
    auto *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, run](QAbstractButton *b) {
        if (b != confirm || !m_service)
            return;
        backend::whenFinished(m_service->remove(run.id), this,
                              [this](const Result<backend::Done> &r) {
                                  if (!r.ok())
                                      report(tr("Could not delete the recurring run"), r.error);
                                  reload();
                              });
    });
    box->open();
}

void RecurringRunsPanel::report(const QString &title, const QString &error)
{
    if (m_context.notifications)
        m_context.notifications->post(ui::NotificationCenter::Severity::Error, title, error,
                                      tr("Pipelines"));
}

} // namespace kfw::views
