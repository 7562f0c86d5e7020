#include "ErrorBanner.h"

#include "Retranslator.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mb {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_detailsButton(new QPushButton(this))
    , m_decline(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();

    // The message and details carry the portal's words: never read them as rich text, where a
    // hostile portal could show links or markup of its own in our banner.
    for (QLabel *label : {m_message, m_advice, m_details})
        label->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->hide();
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->hide();

    m_detailsButton->setCheckable(true);
    m_decline->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_offerMove)
            Q_EMIT moveAccepted(m_error.movedTo());
        else if (m_offerSignIn)
            Q_EMIT signInRequested();
        else
            Q_EMIT retryRequested();
    });
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QLabel::setVisible);
    // Not following: the refusal stays, with Retry, which asks the same question again.
    connect(m_decline, &QPushButton::clicked, this, [this] {
        m_offerMove = false;
        retranslate();
    });

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_advice);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_retry);
    m_buttons->addWidget(m_decline);
    m_buttons->addWidget(m_detailsButton);
    m_row = new QBoxLayout(QBoxLayout::LeftToRight);
    m_row->addLayout(text, 1);
    m_row->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(m_row);
    layout->addWidget(m_details);
    hide();
    Retranslator::bind(this, [this] { retranslate(); });
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeButtons();
}

void ErrorBanner::placeButtons()
{
    // Narrow (a small window, a large scale, long German labels): the buttons go under the
    // message, which would otherwise be squeezed to a few unreadable letters per line.
    if (!m_row)
        return; // retranslate() from the constructor, before the layout exists
    const bool narrow = width() < 2 * m_buttons->sizeHint().width();
    m_row->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void ErrorBanner::retranslate()
{
    setAccessibleName(tr("Error"));
    m_details->setAccessibleName(tr("Error details"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show error details"));
    // The message is the caller's, already in the language of the moment; what this banner
    // words itself follows the remembered error.
    m_details->setText(describe(m_error));
    const QString advice = m_message->text().isEmpty() ? QString() : m_error.advice();
    m_advice->setText(advice);
    m_advice->setAccessibleName(advice);
    m_advice->setVisible(!advice.isEmpty());
    if (m_offerMove) {
        m_retry->setText(tr("Follow"));
        m_retry->setAccessibleName(tr("Follow the portal to its new address"));
    } else {
        m_retry->setText(m_offerSignIn ? tr("Sign In Again…") : tr("Retry"));
        m_retry->setAccessibleName(m_offerSignIn ? tr("Sign in again") : tr("Retry"));
    }
    m_decline->setText(tr("Don't Follow"));
    m_decline->setAccessibleName(tr("Stay on the portal's old address"));
    m_decline->setVisible(m_offerMove);
    placeButtons(); // the labels' widths changed
}

void ErrorBanner::setCanFollowMoves(bool can)
{
    m_canFollowMoves = can;
}

void ErrorBanner::setError(const QString &message, const RestError &error)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_error = error;
    m_offerSignIn = error.isAuthProblem();
    m_offerMove = m_canFollowMoves && error.category() == RestError::Category::PortalMoved &&
                  !error.movedTo().isEmpty();
    retranslate();
    setVisible(!message.isEmpty());
    if (message.isEmpty())
        m_detailsButton->setChecked(false);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
}

void ErrorBanner::applyColours()
{
    // A tint of red that reads on the palette in use: pale with dark text on a light
    // palette, deep with light text on a dark one.
    m_applyingColours = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5a, 0x1e, 0x1a) : QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xfb, 0xdc, 0xd8) : QColor(0x5f, 0x13, 0x0c));
    setPalette(pal);
    m_applyingColours = false;
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::advice() const
{
    return m_advice->text();
}

QString ErrorBanner::detailsText() const
{
    return m_details->text();
}

bool ErrorBanner::detailsShown() const
{
    return m_detailsButton->isChecked();
}

QString ErrorBanner::describe(const RestError &error)
{
    if (!error.isError())
        return {};
    QStringList lines;
    lines << tr("Kind: %1").arg(RestError::categoryName(error.category()));
    if (!error.code().isEmpty())
        lines << tr("Error code: %1").arg(error.code());
    if (error.httpStatus() != 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    if (!error.serverMessage().isEmpty())
        lines << tr("Portal says: %1").arg(error.serverMessage());
    if (!error.detail().isEmpty())
        lines << tr("Detail: %1").arg(error.detail());
    return lines.join(u'\n');
}

} // namespace mb
