#include "ui/kfpaccessdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kfw::ui {

using kubeflow::KfpAccess;

KfpAccessDialog::KfpAccessDialog(const QString &contextName, const KfpAccess &access,
                                 QWidget *parent)
    : QDialog(parent)
    , m_modes(new QButtonGroup(this))
    , m_proxy(new QRadioButton(tr("Through the Kubernetes API server (service proxy)"), this))
    , m_gateway(new QRadioButton(tr("Through the Kubeflow gateway"), this))
    , m_direct(new QRadioButton(tr("Direct URL (port-forward, development)"), this))
    , m_url(new QLineEdit(access.url, this))
    , m_browserLogin(new QRadioButton(tr("Log in with the browser window"), this))
    , m_useToken(new QRadioButton(tr("Bearer token"), this))
    , m_token(new QLineEdit(this))
    , m_sendUserId(new QCheckBox(tr("Send the kubeflow-userid header"), this))
    , m_userId(new QLineEdit(access.userId, this))
    , m_unsafe(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("kfpAccess"));
    setWindowTitle(tr("Pipelines connection of %1").arg(contextName));
    // Room for a URL and a token without scrolling them.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_proxy->setObjectName(QStringLiteral("serviceProxy"));
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_direct->setObjectName(QStringLiteral("direct"));
    m_url->setObjectName(QStringLiteral("url"));
    m_token->setObjectName(QStringLiteral("token"));
    m_browserLogin->setObjectName(QStringLiteral("browserLogin"));
    m_useToken->setObjectName(QStringLiteral("useToken"));
    m_sendUserId->setObjectName(QStringLiteral("sendUserId"));
    m_userId->setObjectName(QStringLiteral("userId"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_modes->addButton(m_proxy, int(KfpAccess::Mode::ServiceProxy));
    m_modes->addButton(m_gateway, int(KfpAccess::Mode::Gateway));
    m_modes->addButton(m_direct, int(KfpAccess::Mode::Direct));
    m_modes->button(int(access.mode))->setChecked(true);
    auto *auth = new QButtonGroup(this);
    auth->addButton(m_browserLogin);
    auth->addButton(m_useToken);
    (access.gatewayAuth == KfpAccess::GatewayAuth::Token ? m_useToken : m_browserLogin)
        ->setChecked(true);
    m_url->setPlaceholderText(tr("https://kubeflow.example.com"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("OIDC id token or ServiceAccount token"));
    m_token->setToolTip(tr("Kept in the system keychain, never in a file."));
    m_sendUserId->setChecked(access.sendUserId);
    m_userId->setPlaceholderText(tr("user@example.com"));
    m_unsafe->setWordWrap(true);
    m_unsafe->setText(tr("Unsafe outside development: KFP trusts this header as the user's "
                         "identity, so anyone who reaches the URL can act as anyone."));
    m_problem->setWordWrap(true);

    auto *proxyHelp = new QLabel(tr("No setup: the kubeconfig's credentials, for users who may "
                                    "use the kubeflow namespace's service proxy."),
                                 this);
    proxyHelp->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("URL:"), m_url);
    auto *gatewayBox = new QGroupBox(tr("Gateway login"), this);
    auto *gatewayLayout = new QFormLayout(gatewayBox);
    gatewayLayout->addRow(m_browserLogin);
    gatewayLayout->addRow(m_useToken, m_token);
    auto *directBox = new QGroupBox(tr("Direct URL identity"), this);
    auto *directLayout = new QFormLayout(directBox);
    directLayout->addRow(m_sendUserId, m_userId);
    directLayout->addRow(m_unsafe);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_proxy);
    layout->addWidget(proxyHelp);
    layout->addWidget(m_gateway);
    layout->addWidget(m_direct);
    layout->addLayout(form);
    layout->addWidget(gatewayBox);
    layout->addWidget(directBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_modes, &QButtonGroup::idToggled, this, &KfpAccessDialog::update);
    connect(auth, &QButtonGroup::idToggled, this, &KfpAccessDialog::update);
    connect(m_sendUserId, &QCheckBox::toggled, this, &KfpAccessDialog::update);
    for (QLineEdit *edit : {m_url, m_token, m_userId})
        connect(edit, &QLineEdit::textChanged, this, &KfpAccessDialog::update);
    update();
}

KfpAccess KfpAccessDialog::access() const
{
    KfpAccess a;
    a.mode = KfpAccess::Mode(m_modes->checkedId());
    a.url = m_url->text().trimmed();
    a.gatewayAuth = m_useToken->isChecked() ? KfpAccess::GatewayAuth::Token
                                            : KfpAccess::GatewayAuth::BrowserLogin;
    a.sendUserId = a.mode == KfpAccess::Mode::Direct && m_sendUserId->isChecked();
    a.userId = m_userId->text().trimmed();
    return a;
}

QString KfpAccessDialog::token() const
{
    return m_token->text().trimmed();
}

void KfpAccessDialog::update()
{
    const KfpAccess a = access();
    const bool gateway = a.mode == KfpAccess::Mode::Gateway;
    const bool direct = a.mode == KfpAccess::Mode::Direct;
    m_url->setEnabled(gateway || direct);
    m_browserLogin->setEnabled(gateway);
    m_useToken->setEnabled(gateway);
    m_token->setEnabled(gateway && m_useToken->isChecked());
    m_sendUserId->setEnabled(direct);
    m_userId->setEnabled(direct && m_sendUserId->isChecked());
    m_unsafe->setVisible(direct && m_sendUserId->isChecked());
    const QString problem = a.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace kfw::ui
