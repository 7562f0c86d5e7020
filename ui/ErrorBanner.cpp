#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mb {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_detailsButton(new QPushButton(tr("Details"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x5f, 0x13, 0x0c));
    setPalette(pal);
    setAccessibleName(tr("Error"));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Error details"));
    m_details->hide();

    m_retry->setAccessibleName(tr("Retry"));
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_detailsButton->setCheckable(true);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QLabel::setVisible);

    auto *row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(m_retry);
    row->addWidget(m_detailsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);
    hide();
}

void ErrorBanner::setError(const QString &message, const RestError &error)
{
    m_message->setText(message);
    m_details->setText(describe(error));
    m_message->setAccessibleName(message);
    setVisible(!message.isEmpty());
    if (message.isEmpty())
        m_detailsButton->setChecked(false);
}

QString ErrorBanner::message() const
{
    return m_message->text();
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
