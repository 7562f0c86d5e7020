#pragma once

#include "rest/Mailbox.h"
#include "rest/RestError.h"
#include "rest/Sender.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace mb {

class RestClient;
class MailboxListJob;
class SenderListJob;

// Every address the user may send from (mail.mailbox.senders), one row per entry of the
// portal's list. A picker needs the whole list, so every page is fetched, and the rows appear
// as pages arrive. The same address under different names stays as separate rows, as the
// portal lists them (SenderAddressModel merges them for the Senders tab).
//
// The list holds the user's mailboxes (under the mailbox's sender name) and the addresses
// confirmed for the user as senders; it does not say which row is which. The caller says
// which mailboxes there are (addOwnMailboxes, as the main window does from the mailboxes its
// list loaded), or the model reads the mailbox list itself (setLearnsOwnMailboxes, as a
// picker used on its own does). A row is then "one of my mailboxes" when its address is a
// mailbox's, and "confirmed" when it is not just that mailbox's own entry: an address that
// is no mailbox, or a mailbox's address listed under another name than the mailbox's sender
// name (API doc §3.3: one email may repeat under several names).
class SenderModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QStringList ownMailboxEmails READ ownMailboxEmails WRITE setOwnMailboxEmails NOTIFY
                   ownMailboxEmailsChanged)
public:
    enum Role {
        // Qt::DisplayRole: isolatedText(), "Name <email>" with the name in bidi isolates.
        // Qt::ToolTipRole: ReasonRole as a tooltip (plainToolTip).
        EmailRole = Qt::UserRole + 1,
        NameRole,
        DomainRole,       // the part after the last '@', as the portal spells it
        SenderRole,       // the whole mb::Sender
        IsOwnMailboxRole, // bool: the email is one of ownMailboxEmails()
        IsConfirmedRole,  // bool: confirmed as a sender apart from being a mailbox (see above)
        PlainTextRole,    // displayText(): "Name <email>" without bidi controls
        ReasonRole,       // why the address is offered, plain text
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
    // Rows saved earlier (AccountCache), shown while the load of setClient() runs: its rows
    // then replace them in place once it is complete (on a failure the saved rows stay).
    // Only into an empty model; returns whether the rows were taken.
    bool seed(const QList<mb::Sender> &rows);
    // The rows shown are the seeded ones, not yet replaced by an answer of the portal.
    bool isSeeded() const { return m_seeded; }

    // Compared without regard to case. Rows update in place.
    void setOwnMailboxEmails(const QStringList &emails);
    QStringList ownMailboxEmails() const { return m_ownEmails; }
    // Adds the emails of these mailboxes (those not known yet) to ownMailboxEmails(). Costs
    // what these mailboxes cost, not what is known already: a list read page by page is
    // marked in linear time, and only the sender rows of these addresses change.
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
    // "Name <email>", or the email alone when there is no name: plain text for scripts, the
    // clipboard and as the key a choice is remembered by.
    static QString displayText(const Sender &sender);
    // displayText() for the screen: the name between FIRST STRONG ISOLATE (U+2068) and POP
    // DIRECTIONAL ISOLATE (U+2069), so a right-to-left name keeps to its side and
    // "<address>" stays whole after it (without them "דנה כהן <a@b.test>" shows as
    // "<a@b.test> דנה כהן" in a left-to-right line).
    static QString isolatedText(const Sender &sender);
    // `text` without the bidi isolates and embeddings (U+202A-U+202E, U+2066-U+2069).
    static QString withoutBidiControls(const QString &text);
    // IsOwnMailboxRole and IsConfirmedRole of an entry like `sender`.
    bool isOwn(const Sender &sender) const;
    bool isConfirmed(const Sender &sender) const;

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
    void replaceSeeded();
    void stopJob();
    void learnOwnMailboxes();
    void setError(const RestError &error);
    // Emits dataChanged for the flags of the rows listing these case-folded addresses.
    void flagsChanged(const QSet<QString> &keys);

    QPointer<RestClient> m_client;
    QPointer<SenderListJob> m_job;
    QPointer<MailboxListJob> m_mailboxJob;
    bool m_learnsOwnMailboxes = false;
    QList<Sender> m_rows;
    bool m_seeded = false;
    QList<Sender> m_fresh; // while seeded: the rows the running load brought so far
    QStringList m_ownEmails;
    // Case-folded email of a mailbox -> the sender names its mailboxes give it, joined by
    // '\n' (nearly always one name: a string shared with the mailbox, no set per address).
    QHash<QString, QString> m_own;
    // qHash of a row's case-folded email -> its rows, to mark a page's senders without a
    // walk over all of them (a collision only marks a row again).
    QMultiHash<size_t, int> m_rowsOfKey;
    RestError m_error;
};

} // namespace mb
