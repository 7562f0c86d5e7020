#include "AccountCache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>
#include <QStandardPaths>

#include <cstring>

namespace mb {

namespace {

// Fixed, so a file written by a newer Qt still reads: the layout is ours, not Qt's default.
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

enum class Tag : quint8 { Null, False, True, Integer, Double, String, Json };

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// One list of JSON objects: the keys once, then each row as (key index, typed value) pairs.
class SectionWriter
{
public:
    explicit SectionWriter(const QList<QJsonObject> &rows)
        : m_rows(rows)
    {
        for (const QJsonObject &row : rows) {
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (!m_index.contains(it.key())) {
                    m_index.insert(it.key(), quint32(m_keys.size()));
                    m_keys.append(it.key());
                }
            }
        }
    }

    void write(QDataStream &out) const
    {
        out << quint32(m_keys.size());
        for (const QString &key : m_keys)
            out << key.toUtf8();
        out << quint32(m_rows.size());
        for (const QJsonObject &row : m_rows) {
            out << quint32(row.size());
            for (auto it = row.begin(); it != row.end(); ++it) {
                out << m_index.value(it.key());
                writeValue(out, it.value());
            }
        }
    }

private:
    static void writeValue(QDataStream &out, const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            out << quint8(value.toBool() ? Tag::True : Tag::False);
            return;
        case QJsonValue::Double: {
            const double number = value.toDouble();
            const qint64 integer = value.toInteger();
            if (QJsonValue(integer) == value) {
                out << quint8(Tag::Integer) << integer;
            } else {
                out << quint8(Tag::Double) << number;
            }
            return;
        }
        case QJsonValue::String:
            out << quint8(Tag::String) << value.toString().toUtf8();
            return;
        case QJsonValue::Array:
            out << quint8(Tag::Json)
                << QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
            return;
        case QJsonValue::Object:
            out << quint8(Tag::Json)
                << QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            return;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        out << quint8(Tag::Null);
    }

    const QList<QJsonObject> &m_rows;
    QStringList m_keys;
    QHash<QString, quint32> m_index;
};

// Reads what SectionWriter wrote straight from memory (QDataStream's layout: big-endian,
// a quint32 length before bytes); any inconsistency fails the whole file. Not QDataStream
// itself: a device call per value made 100,000 rows several times slower.
class Cursor
{
public:
    Cursor(const QByteArray &bytes, qsizetype from)
        : m_at(reinterpret_cast<const uchar *>(bytes.constData()) + from)
        , m_end(reinterpret_cast<const uchar *>(bytes.constData()) + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype left() const { return m_end - m_at; }

    template<typename T> T number()
    {
        if (!take(sizeof(T)))
            return T{};
        T value = qFromBigEndian<T>(m_at - sizeof(T));
        return value;
    }

    double real()
    {
        const quint64 bits = number<quint64>();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    // A QByteArray as QDataStream writes it: the text of a string or of nested JSON.
    QByteArrayView bytes()
    {
        const quint32 size = number<quint32>();
        if (size == 0xFFFFFFFFu)
            return {};
        if (!take(size))
            return {};
        return QByteArrayView(m_at - size, size);
    }

    // A count that the rest of the data can hold at `minBytes` each: a damaged count never
    // makes us reserve gigabytes.
    bool fits(quint32 count, qsizetype minBytes)
    {
        m_ok = m_ok && qint64(count) * minBytes <= left();
        return m_ok;
    }

    void fail() { m_ok = false; }

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

class SectionReader
{
public:
    explicit SectionReader(Cursor &in)
        : m_in(in)
    {}

    template<typename Row> bool read(QList<Row> *rows)
    {
        const quint32 keyCount = m_in.number<quint32>();
        if (!m_in.fits(keyCount, 4))
            return false;
        QStringList keys;
        keys.reserve(keyCount);
        for (quint32 i = 0; i < keyCount && m_in.ok(); ++i)
            keys.append(QString::fromUtf8(m_in.bytes()));
        const quint32 rowCount = m_in.number<quint32>();
        if (!m_in.fits(rowCount, 4))
            return false;
        rows->reserve(rowCount);
        for (quint32 r = 0; r < rowCount && m_in.ok(); ++r) {
            const quint32 pairs = m_in.number<quint32>();
            if (!m_in.fits(pairs, 5))
                return false;
            QJsonObject object;
            for (quint32 p = 0; p < pairs && m_in.ok(); ++p) {
                const quint32 key = m_in.number<quint32>();
                if (key >= quint32(keys.size()))
                    return false;
                object.insert(keys.at(key), readValue());
            }
            rows->append(Row::fromJson(object));
        }
        return m_in.ok();
    }

private:
    QJsonValue readValue()
    {
        switch (Tag(m_in.number<quint8>())) {
        case Tag::Null:
            return QJsonValue(QJsonValue::Null);
        case Tag::False:
            return QJsonValue(false);
        case Tag::True:
            return QJsonValue(true);
        case Tag::Integer:
            return QJsonValue(m_in.number<qint64>());
        case Tag::Double:
            return QJsonValue(m_in.real());
        case Tag::String:
            return QJsonValue(QString::fromUtf8(m_in.bytes()));
        case Tag::Json: {
            QJsonParseError error;
            const QJsonDocument document =
                QJsonDocument::fromJson(m_in.bytes().toByteArray(), &error);
            if (error.error != QJsonParseError::NoError)
                break;
            if (document.isArray())
                return QJsonValue(document.array());
            return QJsonValue(document.object());
        }
        }
        m_in.fail();
        return {};
    }

    Cursor &m_in;
};

template<typename Row> QList<QJsonObject> objectsOf(const QList<Row> &rows)
{
    QList<QJsonObject> objects;
    objects.reserve(rows.size());
    for (const Row &row : rows)
        objects.append(row.toJson());
    return objects;
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
    SectionWriter(objectsOf(contents.mailboxes)).write(out);
    SectionWriter(objectsOf(contents.senders)).write(out);
    SectionWriter(objectsOf(contents.fields)).write(out);
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
    SectionReader reader(in);
    const bool whole = reader.read(&contents.mailboxes) && reader.read(&contents.senders) &&
                       reader.read(&contents.fields) && in.number<quint32>() == EndMark &&
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
    QFile::setPermissions(m_directory, OwnerOnly | QFileDevice::ExeOwner);
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly)) {
        setWhy(error, file.errorString());
        return false;
    }
    // On the temporary file, before it takes the name: never readable by others, even when an
    // older file had wider permissions (QSaveFile would keep those).
    file.setPermissions(OwnerOnly);
    const QByteArray bytes = serialize(accountId, contents);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        setWhy(error, file.errorString());
        return false;
    }
    return true;
}

bool AccountCache::remove(const QString &accountId) const
{
    const QString name = fileName(accountId);
    return name.isEmpty() || !QFile::exists(name) || QFile::remove(name);
}

} // namespace mb
