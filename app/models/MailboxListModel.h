#pragma once

#include "MailboxRows.h"
#include "rest/Mailbox.h"
#include "rest/RestError.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class QTimer;

namespace mb {

class MailboxSearch;
class RestClient;
class RestReply;

// The mailboxes of one account, for the main list: a table of name, address, sender name
// and id. The whole list is held, so sorting, searching, selecting and exporting work on
// every mailbox (the API has no total, no server sort, and filters only by name and email).
//
// Loading: nothing is requested before a view shows the model (its first fetchMore()), or
// load()/fetchAll() is called; from then on the model reads the list to its end by itself.
// The first request carries pages 1 and 2 (the first rows after one round trip), later ones
// a whole batch each (ListJob). Rows are appended as they arrive and kept; rowsLoaded()
// counts them. canFetchMore() says the list has more until it is complete; once the load
// runs, fetchMore() adds nothing to it.
//
// Held rows: at most maxHeldRows() (generous by default). A longer list stops there
// (isCapped()): the rows held stay, and a search also asks the portal's name and email filter
// (MailboxSearch), whose rows are merged by id.
//
// Search: local, over every row held (matches(): a case-insensitive part of the name,
// address, sender name or id), so a MailboxFilterProxyModel over this model shows matches
// that only grow as rows arrive. setSearchText() changes no row of the list; after
// searchDelay() ms the model asks the portal only what the rows held cannot answer:
// - a whole number that is no held row's id: mail.mailbox.get for it, once per number. A
//   mailbox found is one of the account's not loaded yet: it joins the rows at once (the list
//   later brings it without a second row). "Not found" (or access denied) adds nothing;
// - with a capped list, the name/email filter.
// Rows that only a search brought go when the text changes to one they do not match.
// isEmpty() is true only once the list is complete, nothing is pending, and no row matches.
//
// Refresh: the list is read again in the background while the rows stay; once the new list
// is complete it replaces them in place (changed rows change, gone rows go, new rows are
// appended), never with a reset, so a view keeps its selection and scroll position.
//
// Errors: a failure sets `error` (lastError(), errorMessage), keeps every row and stops
// until retry() (which resumes from the page that failed) or refresh().
//
// Everything is asynchronous; no call blocks or spins an event loop.
class MailboxListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool refreshing READ isRefreshing NOTIFY loadingChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY completeChanged)
    Q_PROPERTY(bool capped READ isCapped NOTIFY completeChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY emptyChanged)
    Q_PROPERTY(bool hasError READ hasError NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY fetchedAtChanged)
    Q_PROPERTY(int rowsLoaded READ rowsLoaded NOTIFY rowsLoadedChanged)

public:
    enum Column : int { NameColumn, EmailColumn, SenderNameColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role : int {
        MailboxRole = Qt::UserRole + 1, // the whole mb::Mailbox
        IdRole,                         // qint64
        EmailRole,
        NameRole,
        SenderNameRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultSearchDelayMs = 250;
    static constexpr int DefaultMaxHeldRows = 200000;

    explicit MailboxListModel(QObject *parent = nullptr);
    ~MailboxListModel() override;

    // Not owned; null empties the model. Another client (another account's session) resets
    // the model and aborts the old one's requests; the search text stays. Nothing is
    // requested until the view asks. A client that is destroyed empties the model as well.
    void setClient(RestClient *client);
    RestClient *client() const;

    int searchDelay() const;
    void setSearchDelay(int ms);
    // How long the rows of one answer may take to go in per event-loop turn (the next
    // read's; MailboxSearch::setDeliverBudget). 0: one part per turn.
    void setDeliverBudget(int ms) { m_deliverBudgetMs = ms; }
    int maxHeldRows() const { return m_maxHeldRows; }
    // For the next load (set it before the client or refresh()).
    void setMaxHeldRows(int rows);

    QString searchText() const { return m_searchText; }
    // The list, a refresh, or a search of the portal is being read.
    bool isLoading() const;
    // A refresh is reading the list again while the rows shown stay.
    bool isRefreshing() const { return m_refresh != nullptr && !m_refreshFailed; }
    // Every row of the list is held and nothing failed.
    bool isComplete() const;
    // The list is longer than maxHeldRows(): the first of them are held.
    bool isCapped() const { return m_capped; }
    // Complete, nothing asked of the portal pending, and no row matches the search text.
    bool isEmpty() const;
    bool hasError() const { return m_error.isError(); }
    RestError lastError() const { return m_error; }
    // lastError().userMessage(), translated; empty without an error.
    QString errorMessage() const;
    // When the last page arrived; invalid before the first.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // Rows of the list held (rows a search alone brought are not counted).
    int rowsLoaded() const { return m_listRows; }

    // Rows saved earlier (AccountCache), shown at once as the list fetched at `fetchedAt`;
    // with a client, the list is read again at once (refresh(): they change in place once it
    // is complete, so a selection made meanwhile stays). Only into an empty model (after
    // setClient()); returns whether the rows were taken.
    bool seed(const QList<mb::Mailbox> &rows, const QDateTime &fetchedAt);

    // The mailbox of `row`; an empty one out of range.
    Mailbox mailbox(int row) const;
    // The mailbox of `row` (made from the compact rows: a copy); `row` must be in range.
    Mailbox mailboxAt(int row) const { return m_rows.at(row); }
    // The id of the mailbox of `row` without making the value; `row` must be in range.
    qint64 idAt(int row) const { return m_rows.id(row); }
    // The name, address or sender name of `row` (a text Column) without making the value.
    QString textAt(int row, int column) const;
    // The row of the mailbox `id`; -1 when it is not held.
    int rowOf(qint64 id) const { return m_rows.rowOf(id); }
    // The search: `needle` (trimmed, non-empty) is a case-insensitive part of the name,
    // address, sender name or decimal id. An empty needle matches every mailbox.
    static bool matches(const Mailbox &mailbox, const QString &needle);
    bool rowMatches(int row, const QString &needle) const;
    // The same search for many rows: `folded` is foldNeedle(needle), and each row's text is
    // folded once and kept (in UTF-8, so a keystroke is one byte search per row).
    static QByteArray foldNeedle(const QString &needle);
    bool rowMatchesFolded(int row, QByteArrayView folded) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Without the base class's virtual rowCount()/columnCount() calls: a sorting proxy asks
    // for two indexes per comparison, millions per sort of a long list.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void setSearchText(const QString &text);
    // Asks the portal what the search needs now instead of after the delay (the Return key).
    void searchNow();
    // Starts loading the whole list (what a view's first fetchMore() does).
    void load();
    // The same as load(): the whole list is always read.
    void fetchAll();
    // Reads the list again; the rows stay until the new list is complete, then change in
    // place. Rows a search brought are asked for again.
    void refresh();
    // After a failure: carries on from the page that failed (MailboxSearch::retry()), or
    // starts again when there is nothing to carry on with. Does nothing without a failure.
    void retry();

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void loadingChanged(bool loading);
    void completeChanged(bool complete);
    void emptyChanged(bool empty);
    void errorChanged();
    void fetchedAtChanged(const QDateTime &fetchedAt);
    void rowsLoadedChanged(int rows);

private:
    MailboxSearch *newListRead();
    void startServerSearch();
    void dropServerSearch();
    void startLookup();
    void dropLookup();
    void onListArrived(const QList<Mailbox> &fresh);
    void onRefreshArrived(const QList<Mailbox> &fresh);
    void onRefreshFinished();
    void onServerSearchArrived(const QList<Mailbox> &fresh);
    void onLookupFinished();
    void onFailed(const RestError &error);
    void onClientDestroyed();
    void clearAll(RestClient *client); // resets the model: no rows, no requests
    // Appends rows of the list; a row a search brought before becomes a row of the list.
    void appendListRows(QList<Mailbox> rows);
    void appendSearchRows(const QList<Mailbox> &rows);
    // Removes the rows at `rows` (ascending), as few removals as ranges.
    void removeRowsAt(const QList<int> &rows);
    void dropSearchRowsNotMatching(const QString &needle);
    bool needsPortal(const QString &needle) const;
    void touchFetchedAt();
    void setError(const RestError &error);
    // Emits the NOTIFY signals of what changed since the last call.
    void updateState();

    QPointer<RestClient> m_client;
    MailboxSearch *m_list = nullptr;         // the list being loaded
    bool m_listDone = false;                 // m_list reached the end (or the cap)
    MailboxSearch *m_refresh = nullptr;      // the list read again, not shown until complete
    QList<Mailbox> m_refreshRows;            // what m_refresh has read so far
    bool m_refreshFailed = false;            // m_refresh failed: retry() resumes it
    bool m_refreshCapped = false;            // m_refresh reached the cap
    MailboxSearch *m_serverSearch = nullptr; // a capped list's name/email filter
    QPointer<RestReply> m_lookup;            // mail.mailbox.get for a number typed
    qint64 m_lookupId = 0;
    QSet<qint64> m_lookedUp; // ids asked for (and answered) for the current rows
    QTimer *m_searchTimer;
    QString m_searchText; // as typed
    QString m_needle;     // trimmed
    int m_maxHeldRows = DefaultMaxHeldRows;
    int m_deliverBudgetMs = -1; // < 0: MailboxSearch's
    // Compact, with the row of each id and the folded search text (MailboxRows).
    MailboxRows m_rows;
    QByteArray m_foldedNeedle; // foldNeedle(m_needle)
    QSet<qint64> m_searchOnly; // ids of rows a search brought that the list did not (yet)
    int m_listRows = 0;
    bool m_capped = false;
    RestError m_error;
    QDateTime m_fetchedAt;

    // Last values signalled.
    bool m_loading = false;
    bool m_complete = false;
    bool m_empty = false;
    int m_rowsLoaded = 0;
};

} // namespace mb
