#pragma once

#include "rest/Mailbox.h"
#include "rest/RestError.h"
#include "rest/Sender.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace mb {

class RestClient;
class MailboxListJob;
class SenderListJob;

// The sender picker: every address the user may send from (mail.mailbox.senders). A picker
// needs the whole list, so every page is fetched, and the rows appear as pages arrive. The
// same address under different names stays as separate rows, as the portal lists them.
//
// Whether an address is one of the user's own mailboxes or another confirmed address is not
// in the senders list: the caller says which emails are mailboxes (setOwnMailboxEmails), as
// the main window does from the mailboxes its list loaded, or the model reads the mailbox
// list itself (setLearnsOwnMailboxes), as a picker used on its own does.
class SenderModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QStringList ownMailboxEmails READ ownMailboxEmails WRITE setOwnMailboxEmails NOTIFY
                   ownMailboxEmailsChanged)
public:
    enum Role {
        // Qt::DisplayRole: "Name <email>" (the portal's `sender`, or built the same way; just
        // the email when there is no name). Qt::ToolTipRole: why the address is offered.
        EmailRole = Qt::UserRole + 1,
        NameRole,
        DomainRole,       // the part after the last '@', as the portal spells it
        SenderRole,       // the whole mb::Sender
        IsOwnMailboxRole, // bool: the email is one of ownMailboxEmails()
    };
    Q_ENUM(Role)

    explicit SenderModel(QObject *parent = nullptr);
    ~SenderModel() override;

    RestClient *client() const;
    // Not owned. Empties the model and, with a client, loads its senders. The same client
    // again changes nothing while its senders are loaded or loading (reload() asks again).
    void setClient(RestClient *client);
    // Drops the rows and asks again (a request in flight is aborted).
    void reload();

    // Compared without regard to case. Rows update in place.
    void setOwnMailboxEmails(const QStringList &emails);
    QStringList ownMailboxEmails() const { return m_ownEmails; }
    // Adds the emails of these mailboxes (those not known yet) to ownMailboxEmails().
    void addOwnMailboxes(const QList<mb::Mailbox> &mailboxes);
    // With a client, also reads every mailbox (mail.mailbox.list) and marks the senders that
    // are mailboxes. A failure there only leaves senders unmarked.
    void setLearnsOwnMailboxes(bool learn);

    bool isLoading() const { return !m_job.isNull(); }
    // Translated; empty when the last load did not fail. Rows that arrived before a failure
    // stay.
    QString errorMessage() const;
    const RestError &lastError() const { return m_error; }

    const Sender &senderAt(int row) const { return m_rows.at(row); }
    // "Name <email>", or the email alone when there is no name.
    static QString displayText(const Sender &sender);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorMessageChanged(const QString &message);
    void ownMailboxEmailsChanged();

private:
    void onArrived(const QList<Sender> &senders);
    void onFinished(SenderListJob *job);
    void stopJob();
    void learnOwnMailboxes();
    void setError(const RestError &error);
    bool isOwn(const Sender &sender) const;

    QPointer<RestClient> m_client;
    QPointer<SenderListJob> m_job;
    QPointer<MailboxListJob> m_mailboxJob;
    bool m_learnsOwnMailboxes = false;
    QList<Sender> m_rows;
    QStringList m_ownEmails;
    QSet<QString> m_ownKeys; // case-folded
    RestError m_error;
};

} // namespace mb
