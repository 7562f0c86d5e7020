#pragma once

#include "rest/FieldDescriptor.h"
#include "rest/Mailbox.h"
#include "rest/Sender.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mb {

// What was last loaded for one account, kept on disk so the next start shows it at once: the
// mailbox list, the senders and the field metadata, with the time the list was fetched. One
// file per account, <cache dir>/<account id>.cache, owner-only (0600), written whole through
// QSaveFile so a crash never leaves half a file.
//
// Only what the portal answered to the list methods is stored: rows go through the public
// toJson()/fromJson() of their types, never a credential, a token or a webhook address.
//
// The format: QDataStream's layout (big-endian) of a magic, a format version, the account id,
// the fetch time, then each list as one compact JSON array of its rows, and an end mark. Read
// from memory in one pass; Qt's JSON parser builds the rows' objects faster than typed values
// put together one insert at a time. A file that is not ours, of another version or account,
// truncated or damaged is deleted by read(): never trusted, never a crash.
class AccountCache
{
public:
    static constexpr quint32 Magic = 0x4D424143;   // "MBAC"
    static constexpr quint32 EndMark = 0x2E454E44; // ".END"
    static constexpr quint16 FormatVersion = 1;

    struct Contents
    {
        QDateTime fetchedAt; // when the mailbox list was fetched
        QList<Mailbox> mailboxes;
        QList<Sender> senders;
        QList<FieldDescriptor> fields;
        bool hasSenders = false; // the senders were loaded (an empty list is an answer too)
        bool hasFields = false;
    };

    // The cache folder shared by the GUI and b24mail (so `b24mail logout` removes the file as
    // well): <generic cache location>/MailboxBrowser/accounts.
    static QString defaultDirectory();

    explicit AccountCache(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    // Empty for an id that cannot name a file (only letters, digits, '-', '_', '{', '}').
    QString fileName(const QString &accountId) const;

    // The saved contents, or nothing (no file, or one that was discarded; `why` says which,
    // untranslated, for logs and tests).
    std::optional<Contents> read(const QString &accountId, QString *why = nullptr) const;
    bool write(const QString &accountId, const Contents &contents, QString *error = nullptr) const;
    // True when there is no file left (none, or removed).
    bool remove(const QString &accountId) const;

    // The bytes of a file for `accountId`, and their inverse; exposed for tests and the
    // benchmark.
    static QByteArray serialize(const QString &accountId, const Contents &contents);
    static std::optional<Contents> deserialize(const QByteArray &bytes, const QString &accountId,
                                               QString *why = nullptr);

private:
    QString m_directory;
};

} // namespace mb
