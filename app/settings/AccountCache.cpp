#include "AccountCache.h"

#include "OwnerOnlyFile.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtEndian>

namespace mb {

namespace {

// Fixed, so a file written by a newer Qt still reads: the layout is ours, not Qt's default.
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

// One list of rows: their JSON objects as one compact JSON array. Qt's JSON parser builds the
// objects straight into their storage, which measured twice as fast for 100,000 mailboxes as
// typed values put together with QJsonObject::insert (the rows must become QJsonObjects to
// go through fromJson() either way).
template<typename Row> QByteArray sectionOf(const QList<Row> &rows)
{
    QJsonArray array;
    for (const Row &row : rows)
        array.append(row.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Reads what serialize() wrote straight from memory (QDataStream's layout: big-endian, a
// quint32 length before bytes), so a list's JSON is parsed where it lies, never copied; past
// the end it fails and stays failed.
class Cursor
{
public:
    Cursor(const QByteArray &bytes, qsizetype from)
        : m_at(reinterpret_cast<const uchar *>(bytes.constData()) + from)
        , m_end(reinterpret_cast<const uchar *>(bytes.constData()) + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    template<typename T> T number()
    {
        if (!take(sizeof(T)))
            return T{};
        return qFromBigEndian<T>(m_at - sizeof(T));
    }

    // A QByteArray as QDataStream writes it.
    QByteArrayView bytes()
    {
        const quint32 size = number<quint32>();
        if (size == 0xFFFFFFFFu)
            return {};
        if (!take(size))
            return {};
        return QByteArrayView(m_at - size, size);
    }

private:
    bool take(size_t size)
    {
        if (!m_ok || size > size_t(m_end - m_at)) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const uchar *m_at;
    const uchar *m_end;
    bool m_ok = true;
};

// The rows of one section; false when it is not what sectionOf() wrote.
template<typename Row> bool readSection(Cursor &in, QList<Row> *rows)
{
    const QByteArrayView text = in.bytes();
    if (!in.ok())
        return false;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    const QJsonArray array = document.array();
    rows->reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return false;
        rows->append(Row::fromJson(value.toObject()));
    }
    return true;
}

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

} // namespace

QString AccountCache::defaultDirectory()
{
    // Not CacheLocation: that one is per application name, and b24mail must find the GUI's
    // files to remove them with the account.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/MailboxBrowser/accounts");
}

AccountCache::AccountCache(const QString &directory)
    : m_directory(directory)
{}

QString AccountCache::fileName(const QString &accountId) const
{
    // Account ids are UUIDs; anything else could leave the folder ("../x").
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_{}-]{1,128}$"));
    if (m_directory.isEmpty() || !safe.match(accountId).hasMatch())
        return {};
    return m_directory + QLatin1Char('/') + accountId + QStringLiteral(".cache");
}

QByteArray AccountCache::serialize(const QString &accountId, const Contents &contents)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << FormatVersion << accountId.toUtf8()
        << qint64(contents.fetchedAt.isValid() ? contents.fetchedAt.toMSecsSinceEpoch() : -1)
        << quint8(contents.hasSenders) << quint8(contents.hasFields);
    out << sectionOf(contents.mailboxes) << sectionOf(contents.senders)
        << sectionOf(contents.fields);
    out << EndMark;
    return bytes;
}

std::optional<AccountCache::Contents>
AccountCache::deserialize(const QByteArray &bytes, const QString &accountId, QString *why)
{
    Cursor in(bytes, 0);
    const quint32 magic = in.number<quint32>();
    const quint16 version = in.number<quint16>();
    if (!in.ok() || magic != Magic) {
        setWhy(why, QStringLiteral("not a cache file"));
        return std::nullopt;
    }
    if (version != FormatVersion) {
        setWhy(why, QStringLiteral("format version %1").arg(version));
        return std::nullopt;
    }
    const QString owner = QString::fromUtf8(in.bytes());
    const qint64 fetchedMs = in.number<qint64>();
    const bool hasSenders = in.number<quint8>() != 0;
    const bool hasFields = in.number<quint8>() != 0;
    if (!in.ok()) {
        setWhy(why, QStringLiteral("damaged or truncated"));
        return std::nullopt;
    }
    if (owner != accountId) {
        setWhy(why, QStringLiteral("another account's file"));
        return std::nullopt;
    }
    Contents contents;
    if (fetchedMs >= 0)
        contents.fetchedAt = QDateTime::fromMSecsSinceEpoch(fetchedMs);
    contents.hasSenders = hasSenders;
    contents.hasFields = hasFields;
    const bool whole = readSection(in, &contents.mailboxes) && readSection(in, &contents.senders) &&
                       readSection(in, &contents.fields) && in.number<quint32>() == EndMark &&
                       in.ok() && in.atEnd();
    if (!whole) {
        setWhy(why, QStringLiteral("damaged or truncated"));
        return std::nullopt;
    }
    return contents;
}

std::optional<AccountCache::Contents> AccountCache::read(const QString &accountId,
                                                         QString *why) const
{
    const QString name = fileName(accountId);
    if (name.isEmpty()) {
        setWhy(why, QStringLiteral("no file for this id"));
        return std::nullopt;
    }
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly)) {
        setWhy(why, QStringLiteral("no file"));
        return std::nullopt;
    }
    // One read, then parsing from memory: the fastest way through QDataStream.
    const QByteArray bytes = file.readAll();
    file.close();
    auto contents = deserialize(bytes, accountId, why);
    if (!contents)
        QFile::remove(name); // never trusted, never read again
    return contents;
}

bool AccountCache::write(const QString &accountId, const Contents &contents, QString *error) const
{
    const QString name = fileName(accountId);
    if (name.isEmpty()) {
        setWhy(error, QStringLiteral("no file for this id"));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        setWhy(error, QStringLiteral("cannot create %1").arg(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory, OwnerOnlyFile::Permissions | QFileDevice::ExeOwner);
    QString why;
    if (OwnerOnlyFile::write(name, serialize(accountId, contents), &why))
        return true;
    setWhy(error, why);
    return false;
}

bool AccountCache::remove(const QString &accountId) const
{
    const QString name = fileName(accountId);
    return name.isEmpty() || !QFile::exists(name) || QFile::remove(name);
}

} // namespace mb
