#include "ExportFormat.h"

#include "settings/OwnerOnlyFile.h"

#include "rest/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mb::ExportFormat {

namespace {
QString cannotWrite(const QString &fileName, const QString &why)
{
    return QCoreApplication::translate("mb::ExportFormat", "Cannot write %1: %2")
        .arg(fileName, why);
}

// A spreadsheet reads a cell that starts with one of these as a formula (or, for tab and CR,
// skips them and reads what follows as one), so a name from the portal could run one.
bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}
} // namespace

QString csvField(const QString &text)
{
    const QString value = looksLikeFormula(text) ? u'\'' + text : text;
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted << csvField(cell);
        out += quoted.join(u',');
        out += QStringLiteral("\r\n");
    };
    if (!header.isEmpty())
        line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArray(utf8Bom) + out.toUtf8();
}

QByteArray toJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString toTabSeparated(const QList<QStringList> &rows)
{
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << UntrustedText::plain(cell);
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

QByteArray mailboxesToCsv(const QList<Mailbox> &mailboxes)
{
    QList<QStringList> rows;
    rows.reserve(mailboxes.size());
    for (const Mailbox &m : mailboxes)
        rows << QStringList{QString::number(m.id), m.name, m.email, m.senderName};
    return toCsv({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                  QStringLiteral("senderName")},
                 rows);
}

QByteArray mailboxesToJson(const QList<Mailbox> &mailboxes)
{
    QJsonArray array;
    for (const Mailbox &m : mailboxes)
        array.append(m.toJson());
    return toJson(array);
}

QByteArray sendersToCsv(const QList<SenderAddress> &senders)
{
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    QList<QStringList> rows;
    rows.reserve(senders.size());
    for (const SenderAddress &s : senders)
        rows << QStringList{s.joinedNames(), s.email, flag(s.ownMailbox), flag(s.confirmed)};
    return toCsv({QStringLiteral("names"), QStringLiteral("email"), QStringLiteral("ownMailbox"),
                  QStringLiteral("confirmed")},
                 rows);
}

QByteArray sendersToJson(const QList<SenderAddress> &senders)
{
    QJsonArray array;
    for (const SenderAddress &s : senders) {
        QJsonArray entries;
        for (const Sender &entry : s.entries)
            entries.append(entry.toJson());
        array.append(QJsonObject{{QStringLiteral("email"), s.email},
                                 {QStringLiteral("names"), QJsonArray::fromStringList(s.names)},
                                 {QStringLiteral("ownMailbox"), s.ownMailbox},
                                 {QStringLiteral("confirmed"), s.confirmed},
                                 {QStringLiteral("entries"), entries}});
    }
    return toJson(array);
}

bool writeFile(const QString &fileName, const QByteArray &data, QString *error)
{
    QString why;
    if (OwnerOnlyFile::write(fileName, data, &why))
        return true;
    if (error)
        *error = cannotWrite(fileName, why);
    return false;
}

} // namespace mb::ExportFormat
