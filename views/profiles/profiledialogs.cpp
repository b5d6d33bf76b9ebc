#include "views/profiles/profiledialogs.h"

#include "cluster/kube/quantity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kfw::views {

using namespace kfw::backend;

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #d32f2f"));
    return label;
}

} // namespace

QuotaForm::QuotaForm(const QList<QuotaEntry> &current, QWidget *parent)
    : QWidget(parent)
{
    QMap<QString, QString> values;
    for (const QuotaEntry &e : current)
        values.insert(e.resource, e.hard);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addField(form, QStringLiteral("cpu"), tr("CPU"), tr("cores, e.g. 8 or 500m"),
             values.take(QStringLiteral("cpu")));
    addField(form, QStringLiteral("memory"), tr("Memory"), tr("bytes, e.g. 32Gi"),
             values.take(QStringLiteral("memory")));
    addField(form, QStringLiteral("requests.nvidia.com/gpu"), tr("NVIDIA GPUs"), tr("e.g. 2"),
             values.take(QStringLiteral("requests.nvidia.com/gpu")));
    addField(form, QStringLiteral("requests.storage"), tr("Storage"),
             tr("all volume claims together, e.g. 500Gi"),
             values.take(QStringLiteral("requests.storage")));
    addField(form, QStringLiteral("pods"), tr("Pods"), tr("e.g. 50"),
             values.take(QStringLiteral("pods")));
    // What else the quota has stays editable under its own name.
    for (auto it = values.begin(); it != values.end(); ++it)
        addField(form, it.key(), it.key(), QString(), it.value());
}

void QuotaForm::addField(QFormLayout *form, const QString &resource, const QString &label,
                         const QString &hint, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(QStringLiteral("quota:") + resource);
    edit->setPlaceholderText(hint.isEmpty() ? tr("no limit") : tr("no limit — %1").arg(hint));
    edit->setToolTip(tr("Quota resource %1. Leave empty for no limit.").arg(resource));
    form->addRow(label + u':', edit);
    m_fields.insert(resource, edit);
    connect(edit, &QLineEdit::textChanged, this, &QuotaForm::changed);
}

QMap<QString, QString> QuotaForm::quota() const
{
    QMap<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (!text.isEmpty())
            out.insert(it.key(), text);
    }
    return out;
}

QString QuotaForm::problem() const
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (const QString problem = kube::quantityProblem(text); !problem.isEmpty())
            return tr("%1: %2").arg(it.key(), problem);
    }
    return {};
}

ProfileDialog::ProfileDialog(const QString &owner, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggestedName(owner), this))
    , m_owner(new QLineEdit(owner, this))
    , m_quota(new QuotaForm({}, this))
    , m_advanced(new QGroupBox(tr("Plugins (advanced)"), this))
    , m_plugins(new QPlainTextEdit(m_advanced))
    , m_problem(problemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New profile"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_owner->setObjectName(QStringLiteral("profileOwner"));
    m_name->setToolTip(tr("Also the name of the profile's namespace."));
    m_owner->setToolTip(tr("The user who owns the profile (their email behind the gateway)."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Owner:"), m_owner);
    layout->addLayout(form);
    auto *quotaBox = new QGroupBox(tr("Resource quota"), this);
    (new QVBoxLayout(quotaBox))->addWidget(m_quota);
    layout->addWidget(quotaBox);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_plugins->setObjectName(QStringLiteral("plugins"));
    m_plugins->setPlaceholderText(
        tr("The Profile's spec.plugins as a JSON list, e.g.\n"
           "[{\"kind\": \"WorkloadIdentity\", \"spec\": {\"gcpServiceAccount\": "
           "\"me@project.iam.gserviceaccount.com\"}}]"));
    m_plugins->setVisible(false);
    (new QVBoxLayout(m_advanced))->addWidget(m_plugins);
    connect(m_advanced, &QGroupBox::toggled, m_plugins, &QWidget::setVisible);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::check);
    connect(m_owner, &QLineEdit::textChanged, this, &ProfileDialog::check);
    connect(m_quota, &QuotaForm::changed, this, &ProfileDialog::check);
    connect(m_plugins, &QPlainTextEdit::textChanged, this, &ProfileDialog::check);
    connect(m_advanced, &QGroupBox::toggled, this, &ProfileDialog::check);
    resize(520, sizeHint().height());
    check();
}

QString ProfileDialog::suggestedName(const QString &user)
{
    QString name = user.section(u'@', 0, 0).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    name.remove(edges);
    return name.left(63);
}

QString ProfileDialog::problem() const
{
    if (const QString p = kube::namespaceNameProblem(m_name->text().trimmed()); !p.isEmpty())
        return tr("Name: %1").arg(p);
    if (m_owner->text().trimmed().isEmpty())
        return tr("Owner: enter the user who owns the profile.");
    if (const QString p = m_quota->problem(); !p.isEmpty())
        return p;
    if (m_advanced->isChecked() && !m_plugins->toPlainText().trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(m_plugins->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return tr("Plugins: not valid JSON (%1 at character %2).")
                .arg(error.errorString())
                .arg(error.offset);
        if (!doc.isArray())
            return tr("Plugins: write a JSON list of plugins, [ ... ].");
    }
    return {};
}

void ProfileDialog::check()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

ProfileRequest ProfileDialog::request() const
{
    ProfileRequest r;
    r.name = m_name->text().trimmed();
    r.owner = m_owner->text().trimmed();
    r.quota = m_quota->quota();
    if (m_advanced->isChecked())
        r.plugins = QJsonDocument::fromJson(m_plugins->toPlainText().toUtf8()).array();
    return r;
}

QuotaDialog::QuotaDialog(const ProfileInfo &profile, QWidget *parent)
    : QDialog(parent)
    , m_form(new QuotaForm(profile.quota, this))
{
    setWindowTitle(tr("Quota of %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What the namespace %1 may use in all. Leave a field empty for "
                                "no limit.")
                                 .arg(profile.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    auto *problem = problemLabel(this);
    problem->setVisible(false);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &QuotaForm::changed, this, [this, problem, buttons] {
        const QString p = m_form->problem();
        problem->setText(p);
        problem->setVisible(!p.isEmpty());
        buttons->button(QDialogButtonBox::Save)->setEnabled(p.isEmpty());
    });
    resize(440, sizeHint().height());
}

QMap<QString, QString> QuotaDialog::quota() const
{
    return m_form->quota();
}

DeleteProfileDialog::DeleteProfileDialog(const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_confirmation(new QLineEdit(this))
{
    setWindowTitle(tr("Delete profile %1").arg(profile));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Deleting the profile <b>%1</b> deletes its namespace and "
                               "everything in it: notebooks, volumes, secrets, pipeline runs' "
                               "pods and the contributors' access. This cannot be undone.<br><br>"
                               "Type <b>%1</b> to confirm.")
                                .arg(profile.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setPlaceholderText(profile);
    layout->addWidget(m_confirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("delete"));
    remove->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_confirmation, &QLineEdit::textChanged, remove,
            [remove, profile](const QString &typed) { remove->setEnabled(typed == profile); });
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

} // namespace kfw::views
