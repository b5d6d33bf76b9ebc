#include "views/runs/standinsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

StandInsDialog::StandInsDialog(WorkstationService *workstation, const MissingStandIns &missing,
                               QWidget *parent)
    : QDialog(parent)
    , m_workstation(workstation)
{
    setWindowTitle(tr("Set Up for Local Runs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The pipeline names these cluster objects. Give what stands in for "
                                "them on this workstation; "
                                "secret values are kept in the OS keychain, never in files."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const auto addKeyed = [&](Field::Kind kind, const QMap<QString, QStringList> &names,
                              const QString &label) {
        for (auto it = names.begin(); it != names.end(); ++it) {
            // A secret mounted as files names no keys: one value under the key "value".
            const QStringList keys =
                it.value().isEmpty() ? QStringList{QStringLiteral("value")} : it.value();
            for (const QString &key : keys) {
                auto *edit = new QLineEdit(this);
                edit->setObjectName(QStringLiteral("standin-%1-%2").arg(it.key(), key));
                if (kind == Field::Kind::Secret)
                    edit->setEchoMode(QLineEdit::Password);
                connect(edit, &QLineEdit::textChanged, this, &StandInsDialog::check);
                form->addRow(label.arg(it.key(), key), edit);
                m_fields << Field{kind, it.key(), key, edit};
            }
        }
    };
    addKeyed(Field::Kind::Secret, missing.secrets, tr("Secret %1, key %2:"));
    addKeyed(Field::Kind::ConfigMap, missing.configMaps, tr("Config map %1, key %2:"));
    for (const QString &volume : missing.volumes) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(QStringLiteral("standin-%1").arg(volume));
        edit->setPlaceholderText(tr("a folder on this workstation"));
        connect(edit, &QLineEdit::textChanged, this, &StandInsDialog::check);
        auto *browse = new QToolButton(row);
        browse->setText(tr("Browse..."));
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            auto *dialog = new QFileDialog(this, tr("Folder for the Volume Claim"), edit->text());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setFileMode(QFileDialog::Directory);
            dialog->setOption(QFileDialog::ShowDirsOnly);
            connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
            dialog->open();
        });
        rowLayout->addWidget(edit, 1);
        rowLayout->addWidget(browse);
        form->addRow(tr("Volume claim %1:").arg(volume), row);
        m_fields << Field{Field::Kind::Volume, volume, QString(), edit};
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &StandInsDialog::save);
    layout->addWidget(buttons);
    check();
}

void StandInsDialog::check()
{
    bool complete = m_workstation && m_pending == 0;
    for (const Field &f : m_fields)
        complete = complete && !f.edit->text().isEmpty();
    m_save->setEnabled(complete);
}

void StandInsDialog::save()
{
    if (!m_workstation)
        return;
    QMap<QString, QMap<QString, QString>> secrets, configMaps;
    QMap<QString, QString> volumes;
    for (const Field &f : m_fields) {
        if (f.kind == Field::Kind::Secret)
            secrets[f.name].insert(f.key, f.edit->text());
        else if (f.kind == Field::Kind::ConfigMap)
            configMaps[f.name].insert(f.key, f.edit->text());
        else
            volumes.insert(f.name, QDir::fromNativeSeparators(f.edit->text().trimmed()));
    }
    m_failures.clear();
    m_error->hide();
    const auto track = [this](QFuture<Result<Done>> future) {
        ++m_pending;
        backend::whenFinished(future, this, [this](const Result<Done> &r) {
            if (!r.ok())
                m_failures << r.error;
            if (--m_pending > 0)
                return;
            check();
            if (m_failures.isEmpty()) {
                emit saved();
                accept();
            } else {
                m_error->setText(m_failures.join(QLatin1Char('\n')));
                m_error->show();
            }
        });
    };
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        track(m_workstation->setSecret(it.key(), it.value()));
    for (auto it = configMaps.begin(); it != configMaps.end(); ++it)
        track(m_workstation->setConfigMap(it.key(), it.value()));
    for (auto it = volumes.begin(); it != volumes.end(); ++it)
        track(m_workstation->setVolume(it.key(), it.value()));
    check();
}

} // namespace kfw::views
