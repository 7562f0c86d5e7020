// Issue 12: a language chosen in Settings reaches the strings of the main window's widgets at
// once. Each widget is built in English, a catalogue is installed, and every string it shows
// (labels, buttons, placeholders, tooltips, accessible names, its current state) must follow;
// removing the catalogue brings the English back.

#include "ErrorBanner.h"
#include "KeychainBanner.h"
#include "LoadState.h"
#include "MailboxDetailPanel.h"
#include "RateMeter.h"
#include "RequestInspector.h"
#include "SendersPage.h"
#include "StatusSummary.h"
#include "UiFixture.h"
#include "WelcomePanel.h"
#include "models/FieldCatalog.h"
#include "models/MailboxDetailModel.h"
#include "models/RequestLogModel.h"
#include "models/SenderModel.h"
#include "rest/Exchange.h"
#include "rest/RestError.h"

#include <QApplication>
#include <QDebug>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <functional>

using namespace mb;

namespace {

const QString Mark = QStringLiteral("[xx] ");

// A catalogue that "translates" every string by marking it, so no .qm file is needed.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return Mark + QString::fromUtf8(sourceText);
    }
};

using Texts = std::function<QStringList()>;

bool allMarked(const QStringList &texts)
{
    for (const QString &text : texts) {
        if (!text.startsWith(Mark))
            return false;
    }
    return true;
}

} // namespace

class TestLiveRetranslation : public QObject
{
    Q_OBJECT

    // Every string of `texts` is non-empty English now, marked once the catalogue is in, and
    // the same English again once it is gone.
    void followsTheLanguage(const Texts &texts)
    {
        const QStringList english = texts();
        QVERIFY(!english.isEmpty());
        for (const QString &text : english) {
            QVERIFY2(!text.isEmpty(), "a string to check is empty before the change");
            QVERIFY2(!text.startsWith(Mark), qPrintable(text));
        }

        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const bool marked = QTest::qWaitFor([&] { return allMarked(texts()); }, 5000);
        const QStringList translated = texts();
        if (!marked)
            qWarning() << translated;
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        for (const QString &text : translated)
            QVERIFY2(text.startsWith(Mark),
                     qPrintable(QStringLiteral("not retranslated: ") + text));
        QVERIFY(marked);

        QTRY_COMPARE_WITH_TIMEOUT(texts(), english, 5000);
    }

private Q_SLOTS:
    void errorBanner()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        // The message is the model's, worded by it; the rest is the banner's own.
        banner->setError(
            QStringLiteral("[xx] The mailboxes could not be loaded."),
            RestError(RestError::Category::Authentication, 401, QStringLiteral("NO_AUTH_FOUND")));
        QVERIFY(banner->offersSignIn());
        followsTheLanguage([banner] {
            return QStringList{banner->accessibleName(),
                               banner->retryButton()->text(),
                               banner->retryButton()->accessibleName(),
                               banner->detailsButton()->text(),
                               banner->detailsButton()->accessibleName(),
                               banner->advice(),
                               banner->detailsText()};
        });
    }

    void loadState()
    {
        QWidget window;
        auto *state = new LoadState(&window);
        state->setLoading(true, 1234);
        state->setErrorShownAbove(true);
        state->setError(QStringLiteral("[xx] Not loaded"), RestError(RestError::Category::Network));
        QTRY_VERIFY(state->isLoadingShown());
        auto *progress = state->findChild<QProgressBar *>();
        QVERIFY(progress);
        followsTheLanguage([state, progress] {
            return QStringList{state->loadingText(), state->quietErrorText(),
                               progress->accessibleName()};
        });
        QVERIFY(state->loadingText().contains(QLocale().toString(1234)) ||
                state->loadingText().contains(QStringLiteral("1234")));
    }

    void loadStateKeepsTheCallersText()
    {
        QWidget window;
        auto *state = new LoadState(&window);
        const QString given = QStringLiteral("Loading… 2,000 mailboxes so far");
        state->setLoading(true, given);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_VERIFY(state->findChild<QProgressBar *>()->accessibleName().startsWith(Mark));
        QCOMPARE(state->loadingText(), given);
        QVERIFY(QCoreApplication::removeTranslator(&translator));
    }

    void rateMeter()
    {
        QWidget window;
        auto *meter = new RateMeter(&window);
        Exchange exchange;
        exchange.method = QStringLiteral("mail.mailbox.list");
        exchange.time.operating = 2.2;
        meter->recordExchange(exchange);
        auto *bar = meter->findChild<QProgressBar *>();
        auto *operating = meter->findChild<QLabel *>();
        QVERIFY(bar && operating);
        followsTheLanguage([meter, bar, operating] {
            return QStringList{meter->operatingText(), operating->toolTip(), bar->accessibleName()};
        });
        QVERIFY(meter->operatingText().contains(QStringLiteral("mail.mailbox.list")));
    }

    void requestInspector()
    {
        QWidget window;
        auto *inspector = new RequestInspector(&window);
        Exchange exchange;
        exchange.method = QStringLiteral("mail.mailbox.list");
        exchange.url = QStringLiteral("https://portal.example/rest/mail.mailbox.list");
        inspector->model()->record(exchange);
        inspector->table()->setCurrentIndex(inspector->model()->index(0, 0));
        inspector->copyAsCurl();
        QVERIFY(!inspector->statusText().isEmpty());
        auto *tabs = inspector->findChild<QTabWidget *>();
        QVERIFY(tabs);
        followsTheLanguage([inspector, tabs] {
            QStringList texts{inspector->windowTitle(),
                              inspector->toggleViewAction()->text(),
                              inspector->table()->accessibleName(),
                              inspector->urlView()->accessibleName(),
                              inspector->timeView()->accessibleName(),
                              inspector->timeView()->toPlainText(),
                              inspector->statusText()};
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
            for (QPushButton *button : {inspector->saveButton(), inspector->copyCurlButton(),
                                        inspector->copyCurlWithSecretButton()})
                texts << button->text() << button->toolTip() << button->accessibleName();
            return texts;
        });
    }

    void statusSummary()
    {
        QWidget window;
        auto *summary = new StatusSummary(&window);
        summary->setSample(true);
        summary->beginRefresh();
        auto *sample = summary->findChild<QLabel *>();
        QVERIFY(sample);
        followsTheLanguage([summary, sample] {
            return QStringList{summary->sampleText(), sample->toolTip(), summary->fetchedText()};
        });
    }

    void sendersPage()
    {
        QWidget window;
        SenderModel senders;
        auto *page = new SendersPage(&senders, &window);
        page->updateState(true); // an open account without senders: the empty text shows
        QVERIFY(!page->loadState()->emptyText().isEmpty());
        followsTheLanguage([page] {
            QStringList texts{page->searchField()->placeholderText(),
                              page->searchField()->accessibleName(),
                              page->countLabel()->accessibleName(), page->view()->accessibleName(),
                              page->loadState()->emptyText()};
            for (QLabel *label : page->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
                if (label->wordWrap() && !label->text().isEmpty())
                    texts << label->text(); // the introduction
            }
            return texts;
        });
    }

    void mailboxDetailPanel()
    {
        QWidget window;
        FieldCatalog catalog;
        MailboxDetailModel model(&catalog);
        auto *panel = new MailboxDetailPanel(&model, &window);
        followsTheLanguage([panel] {
            return QStringList{
                panel->table()->accessibleName(),      panel->valueLabel()->text(),
                panel->valueView()->placeholderText(), panel->valueView()->accessibleName(),
                panel->senderLabel()->toolTip(),       panel->rawJsonButton()->text(),
                panel->rawJsonButton()->toolTip(),     panel->rawJsonView()->accessibleName()};
        });
    }

    void welcomePanel()
    {
        QWidget window;
        auto *welcome = new WelcomePanel(&window);
        followsTheLanguage([welcome] {
            return QStringList{welcome->accessibleName(), welcome->addAccountButton()->text(),
                               welcome->addAccountButton()->accessibleName(),
                               welcome->samplePortalButton()->text(),
                               welcome->samplePortalButton()->accessibleName()};
        });
    }

    void keychainBanner()
    {
        uitest::UiFixture fixture;
        QWidget window;
        fixture.accounts->keepForSessionOnly(); // the banner says sign-ins are forgotten
        auto *banner = new KeychainBanner(fixture.accounts.get(), &window);
        QVERIFY(!banner->text().isEmpty());
        followsTheLanguage([banner] {
            return QStringList{banner->accessibleName(), banner->text(),
                               banner->sessionOnlyButton()->text(),
                               banner->sessionOnlyButton()->accessibleName()};
        });
    }
};

QTEST_MAIN(TestLiveRetranslation)
#include "tst_liveretranslation.moc"
