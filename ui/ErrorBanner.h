#pragma once

#include "rest/RestError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace mb {

// A failure, in plain words, above the view it concerns: the model's translated message, a
// "Retry" button and "Details" that unfold the portal's code, the HTTP status and our own
// detail for support. Hidden while there is no error.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message` (the model's errorMessage) with the details of `error`; an empty
    // message hides the banner.
    void setError(const QString &message, const RestError &error = {});
    void clear() { setError({}); }

    QString message() const;
    // The text "Details" shows: category, code, HTTP status, detail.
    QString detailsText() const;
    bool detailsShown() const;

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *detailsButton() const { return m_detailsButton; }

    // Code, HTTP status and detail of `error` in translated lines.
    static QString describe(const RestError &error);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
};

} // namespace mb
