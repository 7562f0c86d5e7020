#pragma once

#include <QByteArrayList>
#include <QMutex>
#include <QString>

namespace mb {

// A process-wide list of secrets that must never be printed. Every credential registers
// its secrets here; the message handler installed by installMessageFilter() and every
// error text we build pass through redact().
//
// Which strings count, and where they are masked:
// - Shorter than MinSecretLength: ignored. No credential we accept is that short (a webhook
//   code has at least 4 characters, WebhookCredential::parse), and masking "ok" or "1"
//   would wreck every message.
// - From MinSecretLength to below AnywhereLength (a short webhook code): masked only where
//   it stands alone, i.e. not next to a letter, digit, '_' or '-' (the characters of a
//   code). That catches it as a URL path segment, a query value or a word of its own, but
//   leaves the longer words that merely contain it intact. A code that is itself an
//   ordinary word still masks that word where it stands alone: a garbled message is the
//   price of never printing the secret.
// - AnywhereLength or longer (tokens, client secrets, normal webhook codes): masked
//   wherever they occur, even inside other text.
// Longer secrets are masked first, so a secret that contains another is never half-masked.
class SecretRedactor
{
public:
    static constexpr qsizetype MinSecretLength = 4;
    static constexpr qsizetype AnywhereLength = 8;

    static SecretRedactor &instance();

    void add(const QByteArray &secret);
    void addAll(const QByteArrayList &secrets);
    QString redact(QString text) const;
    QByteArray redact(QByteArray text) const;
    // Forgets every secret: for tools that parse untrusted token answers by the million
    // (the fuzzers), never for the app, whose secrets stay masked for its whole life.
    void clear();
    // Server text shortened for a message: redacted on the whole text first, then cut to at
    // most `maxChars` (plus "…"), never inside a mask. Cutting first could split a secret
    // so that neither half matches and the visible half escapes.
    QString redactAndShorten(const QString &text, qsizetype maxChars) const;
    // The same for UTF-8 bytes (an answer's body), converting only the part that can show:
    // megabytes made text to keep 64 K characters of it would cost more than reading them.
    QString redactAndShortenUtf8(const QByteArray &utf8, qsizetype maxChars) const;

    // Installs a Qt message handler that redacts every qDebug/qWarning/... line.
    static void installMessageFilter();
    static QString mask() { return QStringLiteral("••••"); }

private:
    SecretRedactor() = default;
    QString redactLocked(QString text) const;
    // `clean` cut to `cut` characters and marked as cut, never inside a mask.
    static QString cutAt(const QString &clean, qsizetype cut);
    mutable QMutex m_mutex;
    QByteArrayList m_secrets; // longest first
};

} // namespace mb
