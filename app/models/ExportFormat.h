#pragma once

#include "SenderAddress.h"
#include "rest/Mailbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mb {

// What the window's export and copy actions write, as plain functions with no widget in
// sight: CSV after RFC 4180 (every field that holds a comma, a quote, a line break or
// leading/trailing blanks is quoted, quotes doubled, lines end in CRLF), in UTF-8 after a
// byte order mark, indented JSON, and tab-separated text for the clipboard.
namespace ExportFormat {

// One CSV field, quoted when it must be. A value that starts with '=', '+', '-', '@', a tab or
// a CR gets a leading "'" so that a spreadsheet shows it instead of running it as a formula.
QString csvField(const QString &text);
// The UTF-8 byte order mark every CSV file starts with: without it Excel reads the file in
// the system's ANSI code page and shows Cyrillic or CJK names as mojibake.
inline constexpr char utf8Bom[] = "\xEF\xBB\xBF";
// The BOM, a header line (skipped when empty) and the rows, each line ending in CRLF.
QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
// Indented UTF-8 JSON.
QByteArray toJson(const QJsonArray &array);
QByteArray toJson(const QJsonObject &object);
// Rows of cells joined by tabs and lines by '\n'; each cell is UntrustedText::plain (tabs and
// line breaks become spaces, control characters and bidi overrides go) so the shape survives
// a paste into a spreadsheet or a terminal.
QString toTabSeparated(const QList<QStringList> &rows);

// The mailbox list: id, name, email, senderName columns; JSON keeps every field received.
QByteArray mailboxesToCsv(const QList<Mailbox> &mailboxes);
QByteArray mailboxesToJson(const QList<Mailbox> &mailboxes);
// The Senders tab's rows (one per address): names (joined by "; "), email, ownMailbox and
// confirmed (true/false) columns; JSON has the names as an array, the two flags as booleans
// and, under "entries", every field of each of the portal's rows for the address.
QByteArray sendersToCsv(const QList<SenderAddress> &senders);
QByteArray sendersToJson(const QList<SenderAddress> &senders);

// Writes `data` to `fileName` through OwnerOnlyFile (all or nothing, 0600). False with a
// translated reason in `error`.
bool writeFile(const QString &fileName, const QByteArray &data, QString *error);

} // namespace ExportFormat
} // namespace mb
