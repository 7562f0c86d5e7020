#include "SecretRedactor.h"

#include <QMutexLocker>
#include <QtGlobal>

#include <algorithm>

namespace mb {

namespace {
QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::instance().redact(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}

// A character that may continue a webhook code: a short secret next to one of these is
// part of a longer word, not the secret itself.
bool isCodeChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// Masks `secret` in `text` only where it stands alone (see the class comment).
void replaceStandalone(QString &text, const QString &secret)
{
    qsizetype from = 0;
    while ((from = text.indexOf(secret, from)) >= 0) {
        const qsizetype end = from + secret.size();
        const bool alone = (from == 0 || !isCodeChar(text.at(from - 1))) &&
                           (end == text.size() || !isCodeChar(text.at(end)));
        if (alone) {
            text.replace(from, secret.size(), SecretRedactor::mask());
            from += SecretRedactor::mask().size();
        } else {
            from += 1;
        }
    }
}

void replaceSecret(QString &text, const QString &secret)
{
    if (secret.size() >= SecretRedactor::AnywhereLength)
        text.replace(secret, SecretRedactor::mask());
    else
        replaceStandalone(text, secret);
}
} // namespace

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::clear()
{
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

void SecretRedactor::add(const QByteArray &secret)
{
    // Counted in characters, as redact() matches them.
    if (QString::fromUtf8(secret).size() < MinSecretLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_secrets.contains(secret))
        return;
    const auto at = std::find_if(m_secrets.begin(), m_secrets.end(),
                                 [&](const QByteArray &s) { return s.size() < secret.size(); });
    m_secrets.insert(at, secret);
}

void SecretRedactor::addAll(const QByteArrayList &secrets)
{
    for (const QByteArray &s : secrets)
        add(s);
}

QString SecretRedactor::redact(QString text) const
{
    QMutexLocker lock(&m_mutex);
    return redactLocked(std::move(text));
}

QString SecretRedactor::redactLocked(QString text) const
{
    for (const QByteArray &s : m_secrets) {
        const QString secret = QString::fromUtf8(s);
        replaceSecret(text, secret);
        // Secrets also travel percent-encoded inside URLs.
        const QString encoded = QString::fromLatin1(s.toPercentEncoding());
        if (encoded != secret)
            replaceSecret(text, encoded);
    }
    return text;
}

QString SecretRedactor::redactAndShorten(const QString &text, qsizetype maxChars) const
{
    const QString clean = redact(text);
    if (clean.size() <= maxChars)
        return clean;
    return cutAt(clean, std::max<qsizetype>(maxChars, 0));
}

QString SecretRedactor::redactAndShortenUtf8(const QByteArray &utf8, qsizetype maxChars) const
{
    maxChars = std::max<qsizetype>(maxChars, 0);
    QMutexLocker lock(&m_mutex);
    // A secret cut in two by the end of the part converted may escape the mask in its
    // percent-encoded form, 3 characters a byte at most: that many are dropped from the end.
    const qsizetype unsure = m_secrets.isEmpty() ? 0 : 3 * m_secrets.constFirst().size();
    // Enough bytes for maxChars characters and the unsure end (3 bytes a UTF-16 unit at most).
    const qsizetype enough = 3 * (maxChars + unsure + 1);
    if (utf8.size() <= enough) {
        const QString clean = redactLocked(QString::fromUtf8(utf8));
        return clean.size() <= maxChars ? clean : cutAt(clean, maxChars);
    }
    qsizetype end = enough; // the first byte not converted: not inside a character
    while (end > 0 && (quint8(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    QString clean = redactLocked(QString::fromUtf8(utf8.constData(), end));
    clean.chop(unsure);
    return cutAt(clean, std::min(maxChars, clean.size()));
}

QString SecretRedactor::cutAt(const QString &clean, qsizetype cut)
{
    // Back off to the start of a mask the cut would split.
    const qsizetype maskStart = clean.lastIndexOf(mask(), cut);
    if (maskStart >= 0 && maskStart < cut && maskStart + mask().size() > cut)
        cut = maskStart;
    return clean.left(cut) + QStringLiteral("…");
}

QByteArray SecretRedactor::redact(QByteArray text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void SecretRedactor::installMessageFilter()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler = previous;
}

} // namespace mb
