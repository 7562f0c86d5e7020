#pragma once

#include "settings/AccountCache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <future>
#include <optional>

class QTimer;

namespace mb {

class FieldCatalog;
class MailboxListModel;
class SenderModel;

// Keeps an account's AccountCache in step with the models that show it: restore() seeds them
// from the file at the start of a session (rows at once, read again in the background), and
// every list load that completes (the mailboxes, the senders, the fields) is written back.
// Writes are coalesced and run on a worker thread, so a long list never stalls the window;
// they are finished before the keeper goes (or the account changes).
class AccountCacheKeeper : public QObject
{
    Q_OBJECT
public:
    AccountCacheKeeper(MailboxListModel *mailboxes, SenderModel *senders, FieldCatalog *fields,
                       QObject *parent = nullptr);
    ~AccountCacheKeeper() override;

    // Tests keep their files apart.
    void setDirectory(const QString &directory);
    QString directory() const { return m_cache.directory(); }

    // The saved account whose rows the models show from now on; empty for a session that is
    // not saved (the demo, a webhook given once): nothing is read or written then.
    void setAccount(const QString &accountId);
    QString account() const { return m_account; }

    // Starts reading the file of `accountId` on a worker thread, so that restore() for that
    // account finds it read: the start calls it while the window is built and the keychain
    // is read.
    void prefetch(const QString &accountId);

    // Seeds the models (after their setClient()) from the account's file. Returns when the
    // saved list was fetched; nothing when there is no usable file.
    std::optional<QDateTime> restore();

    // Writes what is pending now and waits for every write (tests, the end of the app).
    void flush();

    // How long after a load completes the file is written: the other lists of a start come
    // meanwhile, and one write covers them all.
    static constexpr int WriteDelayMs = 500;

Q_SIGNALS:
    // A file was written for `accountId` (from the worker, delivered on this thread).
    void saved(const QString &accountId);

private:
    enum Part { Mailboxes = 1, Senders = 2, Fields = 4 };
    void mark(Part part);
    void writeNow();

    AccountCache m_cache;
    QPointer<MailboxListModel> m_mailboxes;
    QPointer<SenderModel> m_senders;
    QPointer<FieldCatalog> m_fields;
    QString m_account;
    AccountCache::Contents m_contents; // what the file holds, or will once written
    int m_dirty = 0;                   // Parts whose model finished a load since the last write
    bool m_restoring = false;
    QTimer *m_writeTimer;
    QThreadPool m_writer; // one thread: writes of one file never overlap
    QString m_prefetchAccount;
    std::future<std::optional<AccountCache::Contents>> m_prefetch;
};

} // namespace mb
