#pragma once

// A stand-in for MailboxListModel in proxy tests that need no portal: a table of named
// mailboxes (name, address, sender name, id) answering MailboxListModel's roles, whose rows
// are appended, removed or renamed in one batch each, or cleared (a reset).

#include "models/MailboxListModel.h"

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace modeltest {

class NamedRowsModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QString name;
        qint64 id = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : mb::MailboxListModel::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid())
            return {};
        const Row &row = m_rows.at(index.row());
        const QString email = row.name.toLower().replace(u' ', u'.') + QLatin1String("@x.test");
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case mb::MailboxListModel::NameColumn:
                return row.name;
            case mb::MailboxListModel::EmailColumn:
                return email;
            case mb::MailboxListModel::SenderNameColumn:
                return QString();
            default:
                return QString::number(row.id);
            }
        case mb::MailboxListModel::IdRole:
            return row.id;
        case mb::MailboxListModel::NameRole:
            return row.name;
        case mb::MailboxListModel::EmailRole:
            return email;
        case mb::MailboxListModel::SenderNameRole:
            return QString();
        default:
            return {};
        }
    }

    void append(const QList<Row> &rows)
    {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    void remove(int first, int count)
    {
        beginRemoveRows({}, first, first + count - 1);
        m_rows.remove(first, count);
        endRemoveRows();
    }
    void rename(int row, const QString &name)
    {
        m_rows[row].name = name;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    const Row &at(int row) const { return m_rows.at(row); }

private:
    QList<Row> m_rows;
};

// `count` rows with ids from `firstId`, named from a few words so that names repeat (ties
// broken by id) and the search finds some of them; `seed` varies the names.
inline QList<NamedRowsModel::Row> namedRows(int count, qint64 firstId, int seed = 0)
{
    static const char *const words[] = {"Sales", "support", "Éclair", "billing", "Zeta",   "alpha",
                                        "Ärger", "office",  "sale",   "Beta",    "events", "hr"};
    constexpr int Words = int(sizeof(words) / sizeof(words[0]));
    QList<NamedRowsModel::Row> rows;
    for (int i = 0; i < count; ++i) {
        const int n = i * 7 + seed * 3;
        rows.append({QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(words[n % Words]),
                              QString::fromUtf8(words[(n / Words + seed) % Words]))
                         .arg((n * 31) % 97),
                     firstId + i});
    }
    return rows;
}

} // namespace modeltest
