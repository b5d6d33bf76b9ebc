#pragma once

#include "cluster/kubeflow/kfpaccess.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kfw::ui {

// How the workbench reaches Kubeflow Pipelines for one kubeconfig context: the API server's
// service proxy, the Kubeflow gateway (browser login or a token) or a direct URL with the
// optional kubeflow-userid header. Checked as the user types; OK stays off while it is unusable.
class KfpAccessDialog : public QDialog
{
    Q_OBJECT

public:
    KfpAccessDialog(const QString &contextName, const kubeflow::KfpAccess &access,
                    QWidget *parent = nullptr);

    kubeflow::KfpAccess access() const;
    // A token typed for the gateway (empty: keep the stored one).
    QString token() const;

private:
    void update();

    QButtonGroup *m_modes;
    QRadioButton *m_proxy;
    QRadioButton *m_gateway;
    QRadioButton *m_direct;
    QLineEdit *m_url;
    QRadioButton *m_browserLogin;
    QRadioButton *m_useToken;
    QLineEdit *m_token;
    QCheckBox *m_sendUserId;
    QLineEdit *m_userId;
    QLabel *m_unsafe;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace kfw::ui
