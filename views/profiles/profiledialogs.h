#pragma once

#include "cluster/backend/profileservice.h"

#include <QDialog>
#include <QMap>
#include <QWidget>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kfw::views {

// The resource quota of a profile as a form: CPU, memory, GPUs, storage and pods (and any other
// resource the quota already has). An empty field sets no limit. Checked as you type.
class QuotaForm : public QWidget
{
    Q_OBJECT
public:
    explicit QuotaForm(const QList<backend::QuotaEntry> &current = {}, QWidget *parent = nullptr);

    // resource → quantity, for the fields filled in.
    QMap<QString, QString> quota() const;
    // Why the form cannot be used; empty when it can.
    QString problem() const;
    QLineEdit *field(const QString &resource) const { return m_fields.value(resource); }

signals:
    void changed();

private:
    void addField(QFormLayout *form, const QString &resource, const QString &label,
                  const QString &hint, const QString &value);
    QMap<QString, QLineEdit *> m_fields;
};

// Creating a profile: its name, owner, quota and (advanced) plugins.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // owner: who the profile is for (the current user by default).
    ProfileDialog(const QString &owner, QWidget *parent = nullptr);

    backend::ProfileRequest request() const;
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QuotaForm *quotaForm() const { return m_quota; }

    // A profile name for a user: "ana@example.com" → "ana".
    static QString suggestedName(const QString &user);

private:
    void check();

    QLineEdit *m_name;
    QLineEdit *m_owner;
    QuotaForm *m_quota;
    QGroupBox *m_advanced;
    QPlainTextEdit *m_plugins;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Changing the quota of a profile.
class QuotaDialog : public QDialog
{
    Q_OBJECT
public:
    QuotaDialog(const backend::ProfileInfo &profile, QWidget *parent = nullptr);
    QMap<QString, QString> quota() const;
    QuotaForm *form() const { return m_form; }

private:
    QuotaForm *m_form;
};

// Deleting a profile: the user types its name to confirm.
class DeleteProfileDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteProfileDialog(const QString &profile, QWidget *parent = nullptr);
    QLineEdit *confirmation() const { return m_confirmation; }

private:
    QLineEdit *m_confirmation;
};

} // namespace kfw::views
