#pragma once

#include "rest/RestError.h"

#include <QFrame>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace mb {

// A failure, in plain words, above the view it concerns: the model's translated message, a
// "Retry" button and "Details" that unfold the portal's code, the HTTP status and our own
// detail for support. When the sign-in is what failed, retrying alone cannot help: the
// button offers "Sign In Again…" instead. A portal that moved to another domain is a question:
// "Follow" or "Don't Follow" (where the owner can follow, setCanFollowMoves). Hidden while
// there is no error. Its colours follow
// the palette, light or dark.
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
    // What the user can do about it (RestError::advice()), shown under the message.
    QString advice() const;
    // The text "Details" shows: category, code, HTTP status, detail.
    QString detailsText() const;
    bool detailsShown() const;

    // Whether the button asks for a new sign-in rather than a retry.
    bool offersSignIn() const { return m_offerSignIn; }
    // Whether a PortalMoved error shows as the question to follow the portal. Off by default:
    // only a view whose owner handles moveAccepted() asks it.
    void setCanFollowMoves(bool can);
    // Whether the banner asks now whether to follow the portal to its new address.
    bool offersMove() const { return m_offerMove; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *detailsButton() const { return m_detailsButton; }

    // Code, HTTP status and detail of `error` in translated lines.
    static QString describe(const RestError &error);

Q_SIGNALS:
    void retryRequested();
    void signInRequested();
    // The user chose to follow the portal to `portal` (RestError::movedTo()).
    void moveAccepted(const QUrl &portal);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyColours();
    // Sets every string this banner words itself; runs again on a language change.
    void retranslate();

    void placeButtons();

    QBoxLayout *m_row = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_message;
    QLabel *m_advice;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QPushButton *m_decline;
    RestError m_error;
    bool m_offerSignIn = false;
    bool m_canFollowMoves = false;
    bool m_offerMove = false;
    bool m_applyingColours = false;
};

} // namespace mb
