#pragma once

#include <QByteArrayList>
#include <QMutex>
#include <QString>

namespace mb {

// A process-wide list of secrets that must never be printed. Every credential registers
// its secrets here; the message handler installed by installMessageFilter() and every
// error text we build pass through redact().
class SecretRedactor
{
public:
    static SecretRedactor &instance();

    void add(const QByteArray &secret);
    void addAll(const QByteArrayList &secrets);
    QString redact(QString text) const;
    QByteArray redact(QByteArray text) const;

    // Installs a Qt message handler that redacts every qDebug/qWarning/... line.
    static void installMessageFilter();
    static QString mask() { return QStringLiteral("••••"); }

private:
    SecretRedactor() = default;
    mutable QMutex m_mutex;
    QByteArrayList m_secrets;
};

} // namespace mb
