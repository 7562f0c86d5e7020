#pragma once

#include "rest/Mailbox.h"
#include "rest/MailboxListJob.h"
#include "rest/RestError.h"

#include <QElapsedTimer>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <algorithm>

namespace mb {

class RestClient;

// One server-side read of the mailbox list, behind MailboxListModel: the whole list (an empty
// text), or the portal's name/email filter where the list is too long to hold.
//
// An empty text lists every mailbox with one MailboxListJob. A fragment may be part of the
// name or of the address, but mail.mailbox.list ANDs `name` and `email` (docs §3.1), so a
// fragment runs two jobs, one with `name` and one with `email`, and their rows are merged by
// id: a mailbox both jobs find comes out once, from whichever job delivered it first. Rows
// come out in the order they arrive; the client sends one request at a time, so within one
// fetch that is the name job's pages, then the email job's.
//
// Nothing is requested before fetchAll(), which reads every job to its end. The first
// failure stops fetching (error()); the other job's request in flight may still deliver.
// retry() resumes the failed job from the page that failed (ListJob::resume()); a job that
// cannot resume (it failed on what the portal sent) is replaced by one that reads from the
// first page again, and the rows delivered before are skipped by id.
//
// A big answer (thousands of rows) is handed out over several event-loop turns of about
// DeliverBudgetMs each, in parts sized by the rate the receivers took rows in so far: the
// rows a receiver sorts and marks in at once stay small enough for a GUI thread to keep
// painting. finished() follows the last of them;
// a failure hands out what is waiting first.
//
// abort() (and the destructor) stops every job quietly: no signal follows.
class MailboxSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DeliverBudgetMs = 8;

    // `text` is used as given; the caller trims it.
    MailboxSearch(RestClient *client, const QString &text, QObject *parent = nullptr);
    ~MailboxSearch() override;

    QString text() const { return m_text; }

    // Some job has more rows and nothing failed.
    bool canFetchMore() const;
    // A request of some job is in flight.
    bool isFetching() const { return m_fetching; }
    // Every job ended (the end of its list, or a failure) and every row was handed out.
    bool isFinished() const;
    // The first failure since the start or the last retry().
    const RestError &error() const { return m_error; }
    // Rows handed out, each mailbox once.
    qsizetype rowsDelivered() const { return m_seen.size() - (m_waiting.size() - m_waitingAt); }
    // Each job stops after this many rows (ListJob::setMaxRows); < 0: every row. Set before
    // the first fetch.
    void setMaxRows(qint64 rows);
    // How long a turn may spend handing rows out (DeliverBudgetMs); each turn hands out one
    // part at least.
    void setDeliverBudget(int ms) { m_budgetMs = std::max(0, ms); }

    // Reads every job to its end.
    void fetchAll();
    // After a failure: resumes (or replaces) each failed job and carries on. False when
    // nothing failed.
    bool retry();
    void abort();

Q_SIGNALS:
    // One page arrived; `fresh` holds its rows not delivered before (possibly none).
    void mailboxesArrived(const QList<mb::Mailbox> &fresh);
    void fetchingChanged(bool fetching);
    // The first failure of a job (never the Aborted of abort()).
    void failed(const mb::RestError &error);
    // Every job ended without a failure.
    void finished();

private:
    struct Slot
    {
        MailboxFilter filter;
        MailboxListJob *job = nullptr;
    };
    MailboxListJob *makeJob(const MailboxFilter &filter);
    void onArrived(const QList<Mailbox> &mailboxes);
    void onJobChanged();
    void updateFetching();
    void queueDelivery();
    void deliverSome();
    void deliverAll();

    QPointer<RestClient> m_client;
    QString m_text;
    QList<Slot> m_slots;
    QSet<qint64> m_seen;
    QList<Mailbox> m_waiting; // arrived, from m_waitingAt on not handed out yet
    qsizetype m_waitingAt = 0;
    // Rows the receivers take in per nanosecond, measured on the parts handed out: a part is
    // the time left in the turn times this (MinPart at least).
    double m_rowsPerNs = 500.0 / 8e6;
    static constexpr qsizetype MinPart = 20;
    bool m_deliveryQueued = false;
    QElapsedTimer m_turn;         // since this delivery turn began (queueDelivery())
    bool m_turnDelivered = false; // a part went out this turn
    int m_budgetMs = DeliverBudgetMs;
    RestError m_error;
    qint64 m_maxRows = -1;
    bool m_wantAll = false; // fetchAll() was called
    bool m_fetching = false;
    bool m_finishedSent = false;
    bool m_aborted = false;
};

} // namespace mb
