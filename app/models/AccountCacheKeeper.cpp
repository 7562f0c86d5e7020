#include "AccountCacheKeeper.h"

#include "FieldCatalog.h"
#include "MailboxListModel.h"
#include "SenderModel.h"

#include <QTimer>

#include <utility>

namespace mb {

AccountCacheKeeper::AccountCacheKeeper(MailboxListModel *mailboxes, SenderModel *senders,
                                       FieldCatalog *fields, QObject *parent)
    : QObject(parent)
    , m_mailboxes(mailboxes)
    , m_senders(senders)
    , m_fields(fields)
    , m_writeTimer(new QTimer(this))
{
    m_writer.setMaxThreadCount(1);
    m_writeTimer->setSingleShot(true);
    m_writeTimer->setInterval(WriteDelayMs);
    connect(m_writeTimer, &QTimer::timeout, this, &AccountCacheKeeper::writeNow);
    // Only a mark here: whether a load really completed (not stopped, not failed, not the
    // saved rows themselves) is judged when writing, when the models have settled.
    connect(mailboxes, &MailboxListModel::fetchedAtChanged, this, [this] { mark(Mailboxes); });
    connect(mailboxes, &MailboxListModel::completeChanged, this, [this] { mark(Mailboxes); });
    connect(senders, &SenderModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            mark(Senders);
    });
    connect(fields, &FieldCatalog::loaded, this, [this] { mark(Fields); });
}

AccountCacheKeeper::~AccountCacheKeeper()
{
    flush();
    if (m_prefetch.valid())
        m_prefetch.wait();
}

void AccountCacheKeeper::setDirectory(const QString &directory)
{
    flush();
    if (m_prefetch.valid())
        m_prefetch.wait(); // read from the old folder: dropped
    m_prefetch = {};
    m_cache = AccountCache(directory);
}

void AccountCacheKeeper::prefetch(const QString &accountId)
{
    if (accountId.isEmpty() || m_prefetch.valid())
        return;
    m_prefetchAccount = accountId;
    m_prefetch = std::async(std::launch::async,
                            [cache = m_cache, accountId] { return cache.read(accountId); });
}

void AccountCacheKeeper::setAccount(const QString &accountId)
{
    if (accountId == m_account)
        return;
    flush(); // the models still show the previous account
    m_account = accountId;
    m_contents = {};
    m_dirty = 0;
}

std::optional<QDateTime> AccountCacheKeeper::restore()
{
    if (m_account.isEmpty())
        return std::nullopt;
    std::optional<AccountCache::Contents> contents;
    bool read = false;
    if (m_prefetch.valid()) {
        // Waits for the rest of the read at most; another account's is dropped.
        auto prefetched = m_prefetch.get();
        read = m_prefetchAccount == m_account;
        if (read)
            contents = std::move(prefetched);
    }
    if (!read)
        contents = m_cache.read(m_account);
    if (!contents)
        return std::nullopt;
    m_contents = *contents;
    // Seeding signals "loaded": nothing of it is new, nothing to write back.
    m_restoring = true;
    if (m_fields && m_contents.hasFields)
        m_fields->seed(m_contents.fields);
    if (m_senders && m_contents.hasSenders)
        m_senders->seed(m_contents.senders);
    if (m_mailboxes)
        m_mailboxes->seed(m_contents.mailboxes, m_contents.fetchedAt);
    m_restoring = false;
    m_dirty = 0;
    m_writeTimer->stop();
    return m_contents.fetchedAt;
}

void AccountCacheKeeper::mark(Part part)
{
    if (m_account.isEmpty() || m_restoring)
        return;
    m_dirty |= part;
    m_writeTimer->start();
}

void AccountCacheKeeper::flush()
{
    if (m_writeTimer->isActive())
        writeNow();
    m_writer.waitForDone();
}

void AccountCacheKeeper::writeNow()
{
    m_writeTimer->stop();
    const int dirty = std::exchange(m_dirty, 0);
    if (m_account.isEmpty())
        return;
    bool changed = false;
    if ((dirty & Mailboxes) && m_mailboxes && m_mailboxes->isComplete() &&
        !m_mailboxes->isRefreshing() && m_mailboxes->fetchedAt().isValid() &&
        m_mailboxes->fetchedAt() != m_contents.fetchedAt) {
        QList<Mailbox> rows;
        rows.reserve(m_mailboxes->rowCount());
        for (int row = 0; row < m_mailboxes->rowCount(); ++row)
            rows.append(m_mailboxes->mailbox(row));
        m_contents.mailboxes = std::move(rows);
        m_contents.fetchedAt = m_mailboxes->fetchedAt();
        changed = true;
    }
    // A load that was stopped (another account, F5) is loading again by now, or empty.
    if ((dirty & Senders) && m_senders && !m_senders->isLoading() &&
        !m_senders->lastError().isError() && !m_senders->isSeeded() && m_senders->client()) {
        QList<Sender> rows;
        rows.reserve(m_senders->rowCount());
        for (int row = 0; row < m_senders->rowCount(); ++row)
            rows.append(m_senders->senderAt(row));
        m_contents.senders = std::move(rows);
        m_contents.hasSenders = true;
        changed = true;
    }
    if ((dirty & Fields) && m_fields && m_fields->isLoaded() && !m_fields->isLoading()) {
        m_contents.fields = m_fields->fields();
        m_contents.hasFields = true;
        changed = true;
    }
    // Without a list there is nothing to start from: senders and fields alone wait for it.
    if (!changed || m_contents.mailboxes.isEmpty())
        return;
    const AccountCache cache = m_cache;
    const QString account = m_account;
    const AccountCache::Contents contents = m_contents;
    AccountCacheKeeper *keeper = this; // waits for its writes before it goes
    m_writer.start([cache, account, contents, keeper] {
        QString error;
        if (!cache.write(account, contents, &error)) {
            qWarning("Could not save the account's cache: %s", qPrintable(error));
            return;
        }
        // Delivered on the keeper's thread; dropped if the keeper is gone by then.
        QMetaObject::invokeMethod(
            keeper, [keeper, account] { Q_EMIT keeper->saved(account); }, Qt::QueuedConnection);
    });
}

} // namespace mb
