#pragma once

#include "rest/Mailbox.h"
#include "rest/RestError.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>

class QTimer;

namespace mb {

class MailboxSearch;
class RestClient;

// The mailboxes of one account, for the main list: a table of name, address, sender name
// and id, loaded page by page as the view scrolls, and searched on the server as the user
// types.
//
// Loading: nothing is requested before the view asks (canFetchMore()/fetchMore()); the first
// fetchMore() asks for pagesPerFetch() pages (the first request of a list carries pages 1
// and 2, so the first rows arrive after one round trip), each later one for twice as many as
// the one before, up to MaxPagesPerFetch, since a view that keeps asking is being scrolled
// deep; rows are inserted as pages arrive. canFetchMore() stays true while a request runs (the list
// has more), and fetchMore() then asks nothing more of the job that is busy; the view asks again
// when the rows it waits for are in. fetchAll() loads the rest (export).
//
// Search: setSearchText() waits searchDelay() ms for the next keystroke, then starts the
// server-side search (MailboxSearch: a fragment runs one job with `name` and one with
// `email`, merged by id; rows keep the order they arrived in). The jobs of a superseded
// search are aborted, and none of their rows appear. The rows loaded before stay until the
// first rows of the new search arrive, so a MailboxFilterProxyModel over this model shows
// the local matches meanwhile instead of an empty list. The text is trimmed; an empty text
// lists every mailbox.
//
// Errors: a failure sets `error` (lastError(), errorMessage), keeps the rows loaded and stops
// fetching until retry() or refresh(). Aborting a superseded search is not an error.
//
// Everything is asynchronous; no call blocks or spins an event loop.
class MailboxListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY completeChanged)
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
    static constexpr int DefaultPagesPerFetch = 2;
    // The most one fetchMore() asks for: ClientOptions::batchPages' default.
    static constexpr int MaxPagesPerFetch = 10;

    explicit MailboxListModel(QObject *parent = nullptr);
    ~MailboxListModel() override;

    // Not owned; null empties the model. Another client (another account's session) resets
    // the model and aborts the old one's jobs; the search text stays. Nothing is requested
    // until the view asks. A client that is destroyed empties the model as well.
    void setClient(RestClient *client);
    RestClient *client() const;

    int searchDelay() const;
    void setSearchDelay(int ms);
    int pagesPerFetch() const { return m_pagesPerFetch; }
    void setPagesPerFetch(int pages);

    QString searchText() const { return m_searchText; }
    bool isLoading() const;
    // Every row of the current list (or search) is loaded and nothing failed.
    bool isComplete() const;
    // Complete, and nothing was found.
    bool isEmpty() const { return isComplete() && m_rows.isEmpty(); }
    bool hasError() const { return m_error.isError(); }
    RestError lastError() const { return m_error; }
    // lastError().userMessage(), translated; empty without an error.
    QString errorMessage() const;
    // When the last page arrived; invalid before the first.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    int rowsLoaded() const { return int(m_rows.size()); }

    // The mailbox of `row`; an empty one out of range.
    Mailbox mailbox(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void setSearchText(const QString &text);
    // Starts the pending search now instead of after the delay (the Return key).
    void searchNow();
    // Loads every remaining row of the current list.
    void fetchAll();
    // Reloads the list from the first page with the current search text; the rows shown stay
    // until the first new ones arrive.
    void refresh();
    // After a failure: carries on with the failed part of the list (its pages already read are
    // read again and their rows skipped, see MailboxSearch), or refreshes when there is nothing
    // to carry on with. Does nothing without a failure.
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
    // Replaces the search with one for the current text. `keepRows`: the rows shown stay
    // until the first new ones arrive; otherwise the model is reset now.
    void restart(const QString &text, bool keepRows, bool fetch);
    void createSearch(const QString &text);
    void fetchStep();
    void startSearch();
    void dropSearch();
    void onArrived(const QList<Mailbox> &fresh);
    void onFailed(const RestError &error);
    void onFinished();
    void onClientDestroyed();
    void setError(const RestError &error);
    void dropRows(); // resets the model if it holds rows
    // Emits the NOTIFY signals of what changed since the last call.
    void updateState();

    QPointer<RestClient> m_client;
    MailboxSearch *m_search = nullptr;
    QTimer *m_searchTimer;
    QString m_searchText;   // as typed
    QString m_searchedText; // trimmed, what m_search searches for
    int m_pagesPerFetch = DefaultPagesPerFetch;
    int m_nextFetchPages = DefaultPagesPerFetch; // grows while the view keeps asking
    QList<Mailbox> m_rows;
    // The rows are those of the search before m_search, shown until its first rows arrive.
    bool m_stale = false;
    QString m_staleText; // ... and the text that search had
    RestError m_error;
    QDateTime m_fetchedAt;

    // Last values signalled.
    bool m_loading = false;
    bool m_complete = false;
    bool m_empty = false;
    int m_rowsLoaded = 0;
};

} // namespace mb
