#include "MailboxSearch.h"

#include "rest/MailApi.h"
#include "rest/RestClient.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace mb {

MailboxSearch::MailboxSearch(RestClient *client, const QString &text, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_text(text)
{
    QList<MailboxFilter> filters;
    if (text.isEmpty())
        filters = {MailboxFilter{}};
    else
        filters = {MailboxFilter{text, {}}, MailboxFilter{{}, text}};
    for (const MailboxFilter &filter : std::as_const(filters))
        m_slots.append(Slot{filter, makeJob(filter)});
}

MailboxSearch::~MailboxSearch()
{
    abort();
}

bool MailboxSearch::canFetchMore() const
{
    if (m_aborted || m_error.isError())
        return false;
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [](const Slot &slot) { return !slot.job->isFinished(); });
}

bool MailboxSearch::isFinished() const
{
    return m_waitingAt == m_waiting.size() &&
           std::all_of(m_slots.cbegin(), m_slots.cend(),
                       [](const Slot &slot) { return slot.job->isFinished(); });
}

void MailboxSearch::setMaxRows(qint64 rows)
{
    m_maxRows = rows;
    for (const Slot &slot : std::as_const(m_slots))
        slot.job->setMaxRows(rows);
}

MailboxListJob *MailboxSearch::makeJob(const MailboxFilter &filter)
{
    MailboxListJob *job = MailApi(m_client).listMailboxes(filter, this);
    job->setMaxRows(m_maxRows);
    connect(job, &MailboxListJob::mailboxesArrived, this, &MailboxSearch::onArrived);
    connect(job, &ListJob::fetchingChanged, this, &MailboxSearch::onJobChanged);
    connect(job, &ListJob::finished, this, &MailboxSearch::onJobChanged);
    return job;
}

void MailboxSearch::fetchAll()
{
    if (!canFetchMore())
        return;
    m_wantAll = true;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (!slot.job->isFinished())
            slot.job->fetchAll(); // adds to the request in flight, if there is one
    }
    updateFetching();
}

bool MailboxSearch::retry()
{
    if (m_aborted || !m_error.isError())
        return false;
    bool replaced = false;
    // Cleared first: a job resumed below reports its state through onJobChanged().
    m_error = {};
    m_finishedSent = false;
    for (Slot &slot : m_slots) {
        MailboxListJob *old = slot.job;
        if (!old->isFinished() || !old->error().isError())
            continue;
        // Most failures (timeouts, resets, a renewed sign-in) let the job go on from the
        // page that failed: nothing read is read again.
        if (old->resume()) {
            if (m_wantAll)
                old->fetchAll();
            replaced = true;
            continue;
        }
        // Otherwise the list is read again from the first page, in as few requests as the
        // batch allows; the rows delivered before are repeats, skipped by id.
        disconnect(old, nullptr, this, nullptr);
        old->deleteLater();
        slot.job = makeJob(slot.filter);
        replaced = true;
        if (m_wantAll)
            slot.job->fetchAll();
    }
    updateFetching();
    return replaced;
}

void MailboxSearch::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_fetching = false;
    m_waiting.clear();
    m_waitingAt = 0;
    for (const Slot &slot : std::as_const(m_slots)) {
        disconnect(slot.job, nullptr, this, nullptr);
        slot.job->abort();
    }
}

void MailboxSearch::onArrived(const QList<Mailbox> &mailboxes)
{
    if (m_aborted)
        return;
    const qsizetype before = m_waiting.size() - m_waitingAt;
    // An answer brings its pages one call each: growing to the exact size every time would
    // copy the whole queue per page (a stall of seconds once rows wait by the ten thousand).
    if (m_waitingAt > 0 && m_waitingAt * 2 >= m_waiting.size()) {
        m_waiting.remove(0, m_waitingAt); // the rows delivered go, not only at the end
        m_waitingAt = 0;
    }
    const qsizetype needed = m_waiting.size() + mailboxes.size();
    if (needed > m_waiting.capacity())
        m_waiting.reserve(std::max(needed, 2 * m_waiting.capacity()));
    for (const Mailbox &mailbox : mailboxes) {
        if (m_seen.contains(mailbox.id))
            continue;
        m_seen.insert(mailbox.id);
        m_waiting.append(mailbox);
    }
    if (m_deliveryQueued)
        return; // after the rows that wait already, in a later turn
    if (before == 0 && m_waitingAt == m_waiting.size()) {
        Q_EMIT mailboxesArrived({}); // nothing new, but the page arrived
        return;
    }
    // In a turn of their own: the turn that brought them has read and checked the answer.
    queueDelivery();
}

void MailboxSearch::queueDelivery()
{
    if (m_deliveryQueued)
        return;
    m_deliveryQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_deliveryQueued = false;
        m_turnDelivered = false;
        m_turn.start();
        deliverSome();
    });
}

void MailboxSearch::deliverSome()
{
    QPointer<MailboxSearch> alive(this);
    while (m_waitingAt < m_waiting.size()) {
        // A part sized to the time left in this turn at the rate the receivers took rows
        // so far: the turn ends near its budget, not a part's worth past it.
        const qint64 leftNs = qint64(m_budgetMs) * 1'000'000 - m_turn.nsecsElapsed();
        if (m_turnDelivered && leftNs <= 0) {
            queueDelivery();
            return;
        }
        const qsizetype fits = qsizetype(std::max<double>(0, double(leftNs)) * m_rowsPerNs);
        const qsizetype count = std::min(std::max(fits, MinPart), m_waiting.size() - m_waitingAt);
        QElapsedTimer took;
        took.start();
        const QList<Mailbox> part = m_waiting.mid(m_waitingAt, count);
        m_waitingAt += count;
        if (m_waitingAt == m_waiting.size()) {
            m_waiting.clear();
            m_waitingAt = 0;
        }
        m_turnDelivered = true;
        Q_EMIT mailboxesArrived(part);
        if (!alive || m_aborted)
            return; // the receiver dropped this read
        // The rate moves towards the last part's, which weighs as much as its rows: a
        // receiver slows down as the rows it holds grow (a sorted insert).
        const double rate = double(count) / double(std::max<qint64>(took.nsecsElapsed(), 1000));
        const double weight = std::min(1.0, double(count) / 500.0);
        m_rowsPerNs += (rate - m_rowsPerNs) * weight;
    }
    onJobChanged(); // the jobs may have finished meanwhile
}

void MailboxSearch::deliverAll()
{
    if (m_waitingAt == m_waiting.size())
        return;
    const QList<Mailbox> rest = m_waiting.mid(m_waitingAt);
    m_waiting.clear();
    m_waitingAt = 0;
    Q_EMIT mailboxesArrived(rest);
}

void MailboxSearch::onJobChanged()
{
    if (m_aborted)
        return;
    bool newFailure = false;
    if (!m_error.isError()) {
        for (const Slot &slot : std::as_const(m_slots)) {
            if (slot.job->isFinished() && slot.job->error().isError()) {
                m_error = slot.job->error();
                newFailure = true;
                break;
            }
        }
    }
    updateFetching();
    if (newFailure) {
        QPointer<MailboxSearch> alive(this);
        deliverAll();
        if (!alive || m_aborted)
            return;
        Q_EMIT failed(m_error);
        return;
    }
    if (m_error.isError())
        return;
    if (isFinished() && !m_finishedSent) {
        m_finishedSent = true;
        Q_EMIT finished();
    }
}

void MailboxSearch::updateFetching()
{
    if (m_aborted)
        return;
    const bool fetching = std::any_of(m_slots.cbegin(), m_slots.cend(),
                                      [](const Slot &slot) { return slot.job->isFetching(); });
    if (fetching == m_fetching)
        return;
    m_fetching = fetching;
    Q_EMIT fetchingChanged(fetching);
}

} // namespace mb
