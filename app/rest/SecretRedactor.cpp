#include "SecretRedactor.h"

#include <QMutexLocker>
#include <QtGlobal>

namespace mb {

namespace {
// Shorter strings would mask ordinary words; no real secret is this short.
constexpr qsizetype MinSecretLength = 6;
QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretRedactor::instance().redact(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}
} // namespace

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::add(const QByteArray &secret)
{
    if (secret.size() < MinSecretLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

void SecretRedactor::addAll(const QByteArrayList &secrets)
{
    for (const QByteArray &s : secrets)
        add(s);
}

QString SecretRedactor::redact(QString text) const
{
    QMutexLocker lock(&m_mutex);
    for (const QByteArray &s : m_secrets) {
        const QString secret = QString::fromUtf8(s);
        text.replace(secret, mask());
        // Secrets also travel percent-encoded inside URLs.
        const QString encoded = QString::fromLatin1(s.toPercentEncoding());
        if (encoded != secret)
            text.replace(encoded, mask());
    }
    return text;
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
