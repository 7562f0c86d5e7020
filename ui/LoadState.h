#pragma once

#include "rest/RestError.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace mb {

class ErrorBanner;

// The state line above a view: a busy indicator with "Loading… N rows" while its model
// loads (shown once the wait passes ShowBusyAfterMs, so quick answers do not flicker), the
// text for an empty result, and the ErrorBanner of a failure. Models differ in
// what they report, so the window sets the state; this widget only shows it.
class LoadState : public QWidget
{
    Q_OBJECT
public:
    explicit LoadState(QWidget *parent = nullptr);

    // `rows` < 0: no count is shown.
    void setLoading(bool loading, int rows = -1);
    // The same with the text beside the busy indicator given ("Loading… 2,000 mailboxes so
    // far").
    void setLoading(bool loading, const QString &text);
    // A line shown whenever the busy indicator is not (a count: "10,000 mailboxes"); empty
    // hides it.
    void setSummary(const QString &text);
    // Empty text hides the empty-state line.
    void setEmptyText(const QString &text);
    void setError(const QString &message, const RestError &error = {});
    // The same failure shows in a banner above this view (FailureCoordinator): this view
    // keeps its error but shows a quiet line instead of a second banner and Retry.
    void setErrorShownAbove(bool above);

    bool isLoadingShown() const;
    QString loadingText() const;
    QString summaryText() const;
    QString emptyText() const;
    ErrorBanner *errorBanner() const { return m_banner; }
    bool isLoading() const { return m_loading; }
    bool hasError() const { return !m_errorMessage.isEmpty(); }
    const RestError &error() const { return m_error; }
    bool isErrorShownAbove() const { return m_errorShownAbove; }
    // The quiet line shown instead of the banner; empty while hidden.
    QString quietErrorText() const;

    static constexpr int ShowBusyAfterMs = 200;

Q_SIGNALS:
    void retryRequested();
    void signInRequested();
    // The user chose to follow the portal to its new address (ErrorBanner::moveAccepted).
    void moveAccepted(const QUrl &portal);
    // After every setError(), changed or not: the loading state may have moved with it.
    void errorUpdated();

private:
    static QString loadingRowsText(int rows);
    // m_loadingRows when the busy text came from the caller.
    static constexpr int CallerText = -2;

    QWidget *m_busy;
    QTimer *m_busyDelay;
    QProgressBar *m_progress;
    QLabel *m_busyLabel;
    QLabel *m_summary;
    QLabel *m_empty;
    ErrorBanner *m_banner;
    QLabel *m_quietError;
    QString m_errorMessage;
    RestError m_error;
    bool m_loading = false;
    // The count behind the busy text, so a language change can word it again (-1: no count).
    int m_loadingRows = CallerText;
    bool m_errorShownAbove = false;
};

} // namespace mb
