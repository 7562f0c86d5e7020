#pragma once

#include "OwnMailboxSet.h"
#include "SenderRows.h"
#include "TrivialVector.h"
#include "rest/Mailbox.h"
#include "rest/RestError.h"
#include "rest/Sender.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

#include <vector>

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
//
// The rows are held compactly (SenderRows), the marking as two bits per row and a set of
// hashes (OwnMailboxSet): marking a list read page by page costs what each page costs.
class SenderModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int ownMailboxCount READ ownMailboxCount NOTIFY ownMailboxEmailsChanged)
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
    // None (nullptr) also forgets which addresses are mailboxes: every row and mark is let go.
    void setClient(RestClient *client);
    // Drops the rows and asks again (a request in flight is aborted).
    void reload();
    // Rows saved earlier (AccountCache), shown while the load of setClient() runs: its rows
    // then replace them in place once it is complete (on a failure the saved rows stay).
    // Only into an empty model; returns whether the rows were taken.
    bool seed(const QList<mb::Sender> &rows);
    // The rows shown are the seeded ones, not yet replaced by an answer of the portal.
    bool isSeeded() const { return m_seeded; }

    // The addresses of the user's mailboxes, compared without regard to case, replacing those
    // known (and the names learnt for them). Rows update in place.
    void setOwnMailboxEmails(const QStringList &emails);
    // How many addresses are known as mailboxes, and whether `email` is one of them.
    int ownMailboxCount() const { return int(m_own.count()); }
    bool isOwnMailboxEmail(const QString &email) const;
    // Adds these mailboxes (addresses and sender names not known yet). Costs what these
    // mailboxes cost, not what is known already: a list read page by page is marked in
    // linear time, and only the sender rows whose marks change are signalled.
    void addOwnMailboxes(const QList<mb::Mailbox> &mailboxes);
    // With a client, also reads every mailbox (mail.mailbox.list) and marks the senders that
    // are mailboxes. A failure there only leaves senders unmarked.
    void setLearnsOwnMailboxes(bool learn);

    bool isLoading() const { return !m_job.isNull(); }
    // Translated; empty when the last load did not fail. Rows that arrived before a failure
    // stay.
    QString errorMessage() const;
    const RestError &lastError() const { return m_error; }

    Sender senderAt(int row) const { return m_rows.at(row); }
    // The rows as held, grouped by address (SenderAddressModel reads them).
    const SenderRows &rows() const { return m_rows; }
    // Whether `row` is the first one with its displayText(): a later row with the same text
    // is the same choice for a picker.
    bool isFirstOfKey(int row) const;
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
    void appendRow(const Sender &sender);
    quint8 marksOf(const QString &key, const QString &name) const;
    // Marks the rows of these addresses again; dataChanged for the rows whose marks changed.
    void remark(std::vector<int> addresses);
    void remarkAll();
    // Marks one address's rows again; the rows whose marks changed go into `changed`.
    void remarkAddress(int address, std::vector<int> *changed);
    void clearRows();
    // Gives back what growing left spare (once a list is complete).
    void squeezeRows();

    QPointer<RestClient> m_client;
    QPointer<SenderListJob> m_job;
    QPointer<MailboxListJob> m_mailboxJob;
    bool m_learnsOwnMailboxes = false;
    SenderRows m_rows; // the flags of a row: its Mark bits
    bool m_seeded = false;
    QList<Sender> m_fresh; // while seeded: the rows the running load brought so far
    OwnMailboxSet m_own;
    // A bit per row: not the first with its displayText() (see isFirstOfKey()).
    // Found through an open-addressing table of the first row of each text (-1: none), with
    // each row's hash of its text: growing the table and passing a slot of another text
    // make no text.
    TrivialVector<int> m_keySlots;
    TrivialVector<quint32> m_keyHashes; // per row
    int m_keyCount = 0;
    RestError m_error;
};

} // namespace mb
