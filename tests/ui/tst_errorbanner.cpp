// ErrorBanner shows the portal's words as the characters they are: a message with markup or
// a link is never rendered as rich text in our window.

#include "ErrorBanner.h"
#include "rest/RestError.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

using namespace mb;

namespace {

// What a reader sees in `label`: select it all and read the selection back. Rich text would
// give the rendered words ("click"), plain text the characters sent.
QString shownText(QLabel *label)
{
    label->setSelection(0, int(label->text().size()));
    return label->selectedText();
}

} // namespace

class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portalMarkupIsShownLiterally()
    {
        const QString markup =
            QStringLiteral("<a href=\"https://evil.example/\">click</a> <b>bold</b>");
        QVERIFY(Qt::mightBeRichText(markup)); // a QLabel on AutoText would render it
        const RestError error(RestError::Category::Other, 400, QStringLiteral("<i>CODE</i>"),
                              markup);
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        banner->setError(error.userMessage(), error);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        banner->detailsButton()->click();
        QVERIFY(banner->detailsShown());

        const QList<QLabel *> labels = banner->findChildren<QLabel *>();
        QVERIFY(labels.size() >= 2);
        bool sawMessage = false;
        bool sawDetails = false;
        for (QLabel *label : labels) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            if (label->text().isEmpty())
                continue;
            const QString shown = shownText(label);
            if (label->text() == banner->message()) {
                QVERIFY2(shown.contains(markup), qPrintable(shown));
                sawMessage = true;
            } else if (label->text() == banner->detailsText()) {
                QVERIFY2(shown.contains(markup), qPrintable(shown));
                QVERIFY2(shown.contains(QStringLiteral("<i>CODE</i>")), qPrintable(shown));
                sawDetails = true;
            }
        }
        QVERIFY(sawMessage);
        QVERIFY(sawDetails);
    }

    void narrowBannersPutTheButtonsUnderTheMessage()
    {
        // A small window or a large scale: the message keeps the whole width rather than
        // being squeezed beside the buttons.
        const RestError error(RestError::Category::Other, 400, QStringLiteral("CODE"),
                              QStringLiteral("The portal refused the request for a reason "
                                             "that takes a whole sentence to say."));
        for (const int width : {1200, 300}) {
            QWidget window;
            auto *banner = new ErrorBanner(&window);
            banner->setError(error.userMessage(), error);
            window.resize(width, 400);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            banner->resize(width, banner->sizeHint().height());
            QCoreApplication::processEvents();
            QLabel *message = nullptr;
            for (QLabel *label : banner->findChildren<QLabel *>()) {
                if (label->text() == banner->message())
                    message = label;
            }
            QVERIFY(message);
            QPushButton *details = banner->detailsButton();
            const bool below = details->geometry().top() >= message->geometry().bottom();
            QCOMPARE(below, width == 300);
            // Either way the message has most of the banner's width.
            if (width == 300)
                QVERIFY(message->width() > width / 2);
        }
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
