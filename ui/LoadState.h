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

    bool isLoadingShown() const;
    QString loadingText() const;
    QString summaryText() const;
    QString emptyText() const;
    ErrorBanner *errorBanner() const { return m_banner; }

    static constexpr int ShowBusyAfterMs = 200;

Q_SIGNALS:
    void retryRequested();
    void signInRequested();

private:
    QWidget *m_busy;
    QTimer *m_busyDelay;
    QProgressBar *m_progress;
    QLabel *m_busyLabel;
    QLabel *m_summary;
    QLabel *m_empty;
    ErrorBanner *m_banner;
};

} // namespace mb
