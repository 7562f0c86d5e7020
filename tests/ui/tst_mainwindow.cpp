// The main window against the local portal, offscreen: the list fills, search narrows it,
// the detail panel follows the selection; the senders and field tabs follow the
// session; loading, empty and error states show and Retry recovers; refresh, copy and the
// exports work from their shortcuts and actions; the request inspector and the rate meter
// watch the session's client; and every control has a name.

#include "ErrorBanner.h"
#include "FakePortal.h"
#include "LoadState.h"
#include "MailboxDetailPanel.h"
#include "MainWindow.h"
#include "RateMeter.h"
#include "RequestInspector.h"
#include "SendersPage.h"
#include "UiFixture.h"
#include "auth/AccountManager.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "auth/SessionController.h"
#include "models/FieldCatalog.h"
#include "models/FieldModel.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"
#include "models/RequestLogModel.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/RestError.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mb;

namespace {
// The Senders tab's rows: the portal's senders merged by address (ignoring case).
int senderAddresses(const fake::FakePortal &portal)
{
    QSet<QString> emails;
    for (const QJsonValue &sender : portal.sendersOf(1))
        emails.insert(sender.toObject().value(QStringLiteral("email")).toString().toCaseFolded());
    return int(emails.size());
}

// The window's count of mailboxes, with the plural forms of the language installed (none
// here: the source text's).
QString mailboxCount(int n)
{
    return QCoreApplication::translate("mb::MainWindow", "%Ln mailbox(es)", nullptr, n);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<uitest::UiFixture> m_f;

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        m_f = std::make_unique<uitest::UiFixture>(config);
        QVERIFY(m_f->started);
    }

    void cleanup() { m_f.reset(); }

    void listSearchAndDetail()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Mailbox Browser")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));

        // Nothing chosen yet: the detail panel says what it is for.
        QVERIFY(!window.detailState()->emptyText().isEmpty());
        // Select the fourth mailbox: the detail panel shows it.
        const QString email =
            view->model()->index(3, MailboxListModel::EmailColumn).data().toString();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(3, 0));
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() >= 4; }, 10000));
        QVERIFY(window.detailModel()->toJson().value(QStringLiteral("email")).toString() == email);
        QVERIFY(window.detailState()->emptyText().isEmpty());

        // Ctrl+F goes to the search field; typing narrows the list.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.searchField()->hasFocus());
        QTest::keyClicks(window.searchField(), email.section(u'@', 0, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxModel()->isLoading() &&
                       window.mailboxModel()->searchText() == email.section(u'@', 0, 0) &&
                       view->model()->rowCount() >= 1 && view->model()->rowCount() < 40;
            },
            10000));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            QVERIFY(index.data(MailboxListModel::EmailRole)
                        .toString()
                        .contains(email.section(u'@', 0, 0), Qt::CaseInsensitive) ||
                    index.data(MailboxListModel::NameRole)
                        .toString()
                        .contains(email.section(u'@', 0, 0), Qt::CaseInsensitive));
        }
    }

    void theMailboxListGoesFirst()
    {
        // Nothing waits in front of the first rows: field metadata and senders are asked
        // after the first list request, not before it.
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxView()->model()->rowCount() == 40 &&
                       !window.senderModel()->isLoading() && window.senderModel()->rowCount() > 0 &&
                       !window.fieldModel()->isLoading() && window.fieldModel()->rowCount() > 0;
            },
            10000));
        QStringList methods = m_f->portal->stats().methodOrder;
        methods.removeAll(QStringLiteral("batch"));
        QVERIFY2(!methods.isEmpty(), "the portal saw no method");
        QCOMPARE(methods.first(), QStringLiteral("mail.mailbox.list"));
        QVERIFY2(methods.contains(QStringLiteral("mail.mailbox.field.list")),
                 qPrintable(methods.join(u' ')));
        QVERIFY2(methods.contains(QStringLiteral("mail.mailbox.senders")),
                 qPrintable(methods.join(u' ')));
    }

    void everyControlHasAName()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Open, with a failure, so the error banners and their buttons are shown too.
        SessionSettings settings;
        settings.client.maxRetries = 0;
        sessions.setSessionSettings(settings);
        m_f->portal->setFault(fake::Fault::InternalError, -1);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor(
            [&] { return window.mailboxState()->errorBanner()->isVisibleTo(&window); }, 10000));
        window.inspectorAction()->trigger();
        QVERIFY(window.requestInspector()->isVisible());

        QStringList unnamed;
        auto walk = [&] {
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool interactive =
                    qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                    qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                    qobject_cast<QTabBar *>(w);
                // Views' own viewports and line edits inside spin boxes are parts, not controls.
                if (interactive && w->isVisibleTo(&window) && w->focusPolicy() != Qt::NoFocus &&
                    w->accessibleName().isEmpty() && w->toolTip().isEmpty())
                    unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' +
                                   w->objectName();
            }
        };
        // Every tab in turn: the controls of the others are hidden.
        int walked = 0;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            walk();
            ++walked;
        }
        QCOMPARE(walked, 3);
        QVERIFY(window.fieldView()->isVisibleTo(&window));
        QVERIFY(!window.senderView()->isVisibleTo(&window));
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void tabsFollowTheSession()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->count(), 3);
        QVERIFY(QFile::exists(QStringLiteral(":/icons/mailbox-browser.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/refresh.svg")));
        QVERIFY(!window.windowIcon().isNull());

        // The notice explains why the list may be short.
        QVERIFY(window.scopeNotice()->isVisibleTo(&window));
        QVERIFY(window.scopeNotice()->wordWrap());
        QVERIFY(!window.scopeNotice()->text().isEmpty());

        // No account: the empty state says so, and the account actions are the way out.
        QVERIFY(!window.mailboxState()->emptyText().isEmpty());
        QVERIFY(!window.refreshAction()->isEnabled());

        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        const int senders = senderAddresses(*m_f->portal);
        QVERIFY(senders > 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.senderView()->model()->rowCount() == senders &&
                       window.fieldView()->model()->rowCount() > 0 &&
                       window.mailboxView()->model()->rowCount() == 40;
            },
            10000));
        QCOMPARE(window.senderView(), window.sendersPage()->view());
        QVERIFY(window.fieldView()->model() == window.fieldModel());
        QVERIFY(window.refreshAction()->isEnabled());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxState()->isLoadingShown() &&
                       !window.senderState()->isLoadingShown() &&
                       !window.fieldState()->isLoadingShown();
            },
            10000));
        QVERIFY(window.mailboxState()->emptyText().isEmpty());
        QVERIFY(window.senderState()->emptyText().isEmpty());

        // A search that finds nothing: the empty state names it.
        window.searchField()->setText(QStringLiteral("no-such-mailbox-zzz"));
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->isEmpty(); }, 10000));
        QVERIFY(window.mailboxState()->emptyText().contains(QStringLiteral("no-such-mailbox-zzz")));

        sessions.close();
        QCOMPARE(window.senderModel()->rowCount(), 0);
        QCOMPARE(window.mailboxModel()->rowCount(), 0);
        QVERIFY(!window.refreshAction()->isEnabled());
    }

    void errorBannerAndRetry()
    {
        SessionController sessions(m_f->accounts.get());
        SessionSettings settings;
        settings.client.maxRetries = 0;
        sessions.setSessionSettings(settings);
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        m_f->portal->setFault(fake::Fault::InternalError, -1);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        ErrorBanner *banner = window.mailboxState()->errorBanner();
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
        QVERIFY(!banner->message().isEmpty());
        QCOMPARE(banner->message(), window.mailboxModel()->errorMessage());
        QCOMPARE(banner->advice(), window.mailboxModel()->lastError().advice());
        QVERIFY(!banner->advice().isEmpty());
        QVERIFY(!window.mailboxState()->isLoadingShown());

        // Details: the portal's code and the HTTP status, for support.
        QVERIFY(!banner->detailsShown());
        QTest::mouseClick(banner->detailsButton(), Qt::LeftButton);
        QVERIFY(banner->detailsShown());
        QVERIFY2(banner->detailsText().contains(QStringLiteral("500")),
                 qPrintable(banner->detailsText()));
        QVERIFY(banner->detailsText().contains(QStringLiteral("INTERNAL_SERVER_ERROR")));

        // The senders tab has its own banner.
        QVERIFY(QTest::qWaitFor(
            [&] { return !window.senderState()->errorBanner()->message().isEmpty(); }, 10000));

        // The portal recovers; one Retry loads the list and the senders, which failed too.
        m_f->portal->setFault(fake::Fault::None);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.mailboxView()->model()->rowCount() == 40 && banner->isHidden(); },
            10000));
        QVERIFY(!window.mailboxModel()->hasError());

        window.tabs()->setCurrentIndex(MainWindow::SendersTab);
        ErrorBanner *senderBanner = window.senderState()->errorBanner();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.senderModel()->rowCount() == int(m_f->portal->sendersOf(1).size()) &&
                       senderBanner->isHidden();
            },
            10000));
    }

    void aMissingScopeSaysWhomToAsk()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A webhook made without the "mail" permission.
        const QString code = m_f->portal->addWebhook(1, {QStringLiteral("user")});
        sessions.openUnsavedWebhook(
            m_f->portal->baseUrl().resolved(QUrl(QStringLiteral("rest/api/1/%1/").arg(code))));
        ErrorBanner *banner = window.mailboxState()->errorBanner();
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
        QCOMPARE(window.mailboxModel()->lastError().category(),
                 RestError::Category::InsufficientScope);
        QVERIFY2(banner->message().contains(QStringLiteral("“mail”")),
                 qPrintable(banner->message()));
        QVERIFY2(banner->advice().contains(QStringLiteral("administrator")),
                 qPrintable(banner->advice()));
        QVERIFY(!banner->offersSignIn()); // a new sign-in would not add the permission
        QVERIFY(!banner->detailsText().contains(code)); // the webhook's secret stays out
    }

    void detailErrorAndRetry()
    {
        SessionController sessions(m_f->accounts.get());
        SessionSettings settings;
        settings.client.maxRetries = 0;
        sessions.setSessionSettings(settings);
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));

        m_f->portal->setFault(fake::Fault::InternalError, -1, QStringLiteral("mail.mailbox.get"));
        view->setCurrentIndex(view->model()->index(0, 0));
        ErrorBanner *banner = window.detailState()->errorBanner();
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
        QCOMPARE(banner->message(), window.detailModel()->errorMessage());
        // The error alone: no empty value box or sender line under it.
        QVERIFY(!window.detailPanel()->valueView()->isVisible());
        QVERIFY(!window.detailPanel()->senderLabel()->isVisible());
        // The selected row is still there to export, from the list.
        QVERIFY(window.exportMailboxAction()->isEnabled());

        m_f->portal->setFault(fake::Fault::None);
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.detailModel()->rowCount() >= 4 && banner->isHidden(); }, 10000));
        QVERIFY(window.detailPanel()->valueView()->isVisible());
        QVERIFY(window.exportMailboxAction()->isEnabled());
    }

    void refreshCopyAndRequests()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy accounts(&window, &MainWindow::accountsRequested);
        QSignalSpy settings(&window, &MainWindow::settingsRequested);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(accounts.count(), 1);
        window.settingsAction()->trigger();
        QCOMPARE(settings.count(), 1);

        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return view->model()->rowCount() == 40 && !window.senderModel()->isLoading() &&
                       window.senderModel()->rowCount() > 0;
            },
            10000));

        // F5 reloads the mailboxes and the senders.
        QSignalSpy senderLoading(window.senderModel(), &SenderModel::loadingChanged);
        QSignalSpy listLoading(window.mailboxModel(), &MailboxListModel::loadingChanged);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F5);
        QVERIFY(!senderLoading.isEmpty());
        QCOMPARE(senderLoading.first().first().toBool(), true);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !listLoading.isEmpty() && !window.mailboxModel()->isLoading() &&
                       !window.senderModel()->isLoading() && view->model()->rowCount() == 40;
            },
            10000));

        // Ctrl+C copies the selected rows, tab-separated.
        view->selectRow(1);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(u'\t').size(), view->model()->columnCount());
        QVERIFY(lines.at(0).contains(
            view->model()->index(1, MailboxListModel::EmailColumn).data().toString()));
        QVERIFY(lines.at(1).contains(
            view->model()->index(2, MailboxListModel::EmailColumn).data().toString()));

        // In the detail panel: the selected fields' values.
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() >= 4; }, 10000));
        QTableView *detail = window.detailView();
        int emailRow = -1;
        for (int row = 0; row < detail->model()->rowCount(); ++row) {
            if (detail->model()->index(row, 0).data(MailboxDetailModel::FieldNameRole) ==
                QStringLiteral("email"))
                emailRow = row;
        }
        QVERIFY(emailRow >= 0);
        detail->setFocus();
        detail->selectRow(emailRow);
        QTest::keyClick(detail, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 view->model()->index(1, MailboxListModel::EmailColumn).data().toString());

        // The request inspector, hidden at first, shows the exchanges of this session.
        RequestInspector *inspector = window.requestInspector();
        QVERIFY(!inspector->isVisible());
        QTest::keyClick(&window, Qt::Key_F12);
        QVERIFY(inspector->isVisible());
        QVERIFY(inspector->model()->rowCount() > 0);
        inspector->table()->setCurrentIndex(inspector->model()->index(0, 0));
        QVERIFY(!inspector->urlView()->toPlainText().isEmpty());
        QVERIFY(inspector->urlView()->isReadOnly());
        QVERIFY(!inspector->responseView()->toPlainText().isEmpty());
        QVERIFY(!inspector->timeView()->toPlainText().isEmpty());
        QVERIFY(!inspector->urlView()->toPlainText().contains(
            m_f->portal->webhookUrl().path().section(u'/', -2, -2)));

        const QString diagnostics = m_f->dir.filePath(QStringLiteral("diag.json"));
        window.setSaveFileNameProvider([&](QWidget *, const QString &, const QString &,
                                           const QString &) { return diagnostics; });
        QSignalSpy saved(inspector, &RequestInspector::diagnosticsSaved);
        QTest::mouseClick(inspector->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).toString(), QString());
        QVERIFY(QFile::exists(diagnostics));

        // The rate meter polls the session's bucket and shows the last `time.operating`.
        RateMeter *meter = window.rateMeter();
        QVERIFY(meter->isPolling());
        meter->poll();
        QVERIFY(meter->burst() > 0);
        QVERIFY(meter->level() >= 0);
        QVERIFY(!meter->operatingText().isEmpty());

        // A transient failure that is retried: the status bar says how long it waits.
        QSignalSpy backingOff(sessions.client(), &RestClient::backingOff);
        m_f->portal->setFault(fake::Fault::InternalError, 1);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return !backingOff.isEmpty(); }, 10000));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Waiting")),
                 qPrintable(window.statusBar()->currentMessage()));

        sessions.close();
        QVERIFY(!meter->isPolling());
    }

    void exports()
    {
        // More mailboxes than the first answer brings, and slow answers, so the export starts
        // while the list loads and waits for the rest.
        fake::PortalConfig config;
        config.mailboxes = 230;
        config.latencyMs = 300;
        m_f->portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_f->portal->start());

        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString target;
        window.setSaveFileNameProvider(
            [&](QWidget *, const QString &, const QString &, const QString &) { return target; });
        QSignalSpy finished(&window, &MainWindow::exportFinished);

        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->rowCount() > 0; }, 10000));
        QVERIFY(!window.mailboxModel()->isComplete());

        // The list as CSV: asynchronous, every row, one header line.
        target = m_f->dir.filePath(QStringLiteral("list.csv"));
        window.exportListCsvAction()->trigger();
        QCOMPARE(finished.count(), 0); // not written from inside the call
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
        QCOMPARE(finished.at(0).at(0).toString(), target);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("\xef\xbb\xbf"
                                           "id,name,email,senderName\r")); // BOM first
        QCOMPARE(lines.size(), 230 + 2); // header, rows, and the empty piece after the last CRLF
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Exported %1 to ").arg(mailboxCount(230))),
                 qPrintable(window.statusBar()->currentMessage()));

        // ... as JSON.
        target = m_f->dir.filePath(QStringLiteral("list.json"));
        window.exportListJsonAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 10000));
        QFile json(target);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 230);

        // The senders as JSON.
        target = m_f->dir.filePath(QStringLiteral("senders.json"));
        window.exportSendersJsonAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 3; }, 10000));
        QCOMPARE(finished.at(2).at(1).toString(), QString());
        QFile senders(target);
        QVERIFY(senders.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(senders.readAll()).array().size(),
                 senderAddresses(*m_f->portal)); // one per address

        // One mailbox, every field of the detail panel, as received.
        QTableView *view = window.mailboxView();
        view->setCurrentIndex(view->model()->index(5, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.exportMailboxAction()->isEnabled() &&
                       window.detailModel()->mailbox().has_value();
            },
            10000));
        target = m_f->dir.filePath(QStringLiteral("one.json"));
        window.exportMailboxAction()->trigger();
        QCOMPARE(finished.count(), 4);
        QFile one(target);
        QVERIFY(one.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(one.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("email")),
                 view->model()->index(5, MailboxListModel::EmailColumn).data().toString());
        QCOMPARE(written, window.detailModel()->toJson());

        // A cancelled dialog writes nothing.
        target.clear();
        window.exportSendersCsvAction()->trigger();
        QCOMPARE(finished.count(), 4);

        // A file that cannot be written: the failure is reported.
        target = m_f->dir.filePath(QStringLiteral("no/such/dir/senders.csv"));
        window.exportSendersCsvAction()->trigger();
        QCOMPARE(finished.count(), 5);
        QVERIFY(!finished.at(4).at(1).toString().isEmpty());
    }

    // The screenshot: at 800×500 the detail panel cut addresses off while an empty
    // Description column took the width.
    void theDetailPanelShowsWholeValuesInASmallWindow()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return view->model()->rowCount() == 40 && !window.senderModel()->isLoading() &&
                       window.senderModel()->rowCount() > 0;
            },
            10000));

        // The mailbox with the longest address.
        int longest = 0;
        for (int row = 1; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(MailboxListModel::EmailRole).toString().size() >
                view->model()
                    ->index(longest, 0)
                    .data(MailboxListModel::EmailRole)
                    .toString()
                    .size())
                longest = row;
        }
        const QString email =
            view->model()->index(longest, 0).data(MailboxListModel::EmailRole).toString();
        const qint64 id =
            view->model()->index(longest, 0).data(MailboxListModel::IdRole).toLongLong();
        view->setCurrentIndex(view->model()->index(longest, 0));
        MailboxDetailModel *detail = window.detailModel();
        QVERIFY(QTest::qWaitFor([&] { return detail->mailbox().has_value(); }, 10000));

        MailboxDetailPanel *panel = window.detailPanel();
        QTableView *table = window.detailView();
        QCOMPARE(table, panel->table());
        QVERIFY(table->isColumnHidden(MailboxDetailModel::DescriptionColumn));
        QVERIFY2(table->columnWidth(MailboxDetailModel::ValueColumn) >
                     table->fontMetrics().horizontalAdvance(email) + 8,
                 qPrintable(QStringLiteral("%1 px for %2")
                                .arg(table->columnWidth(MailboxDetailModel::ValueColumn))
                                .arg(email)));

        // What the table does not say: a sender too (every own mailbox is one on this portal),
        // and the JSON the portal sent.
        QCOMPARE(panel->isSender(), std::optional<bool>(true));
        QVERIFY(panel->senderLabel()->isVisible());
        QJsonObject sent;
        for (const QJsonValue &mailbox : m_f->portal->mailboxesOf(1)) {
            if (mailbox.toObject().value(QStringLiteral("id")).toInteger() == id)
                sent = mailbox.toObject();
        }
        QVERIFY(!sent.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(panel->rawJsonView()->toPlainText().toUtf8()).object(),
                 sent);

        // Ctrl+C on the email row copies the whole address.
        int emailRow = -1;
        for (int row = 0; row < detail->rowCount(); ++row) {
            if (detail->index(row, 0).data(MailboxDetailModel::FieldNameRole).toString() ==
                u"email")
                emailRow = row;
        }
        table->setFocus();
        table->setCurrentIndex(detail->index(emailRow, 0));
        QCOMPARE(panel->valueView()->toPlainText(), email);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), email);
        // ... and so does the toolbar's Copy from the value box below the table.
        QGuiApplication::clipboard()->clear();
        panel->valueView()->setFocus();
        window.copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), email);
    }

    // What the list shows is what the export writes: its search, its order.
    void exportsFollowTheView()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString target;
        window.setSaveFileNameProvider(
            [&](QWidget *, const QString &, const QString &, const QString &) { return target; });
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));

        view->sortByColumn(MailboxListModel::NameColumn, Qt::DescendingOrder);
        window.searchField()->setText(QStringLiteral("sales"));
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxModel()->isComplete() && !window.mailboxModel()->isLoading();
            },
            10000));
        const int shown = view->model()->rowCount();
        QVERIFY2(shown > 1 && shown < 40, qPrintable(QString::number(shown)));
        QList<qint64> expected;
        for (int row = 0; row < shown; ++row)
            expected << view->model()->index(row, 0).data(MailboxListModel::IdRole).toLongLong();
        QList<qint64> byId = expected;
        std::sort(byId.begin(), byId.end());
        QVERIFY(expected != byId); // sorted by name, not in the server's order

        target = m_f->dir.filePath(QStringLiteral("view.csv"));
        window.exportListCsvAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Exported %1 (filtered) to ").arg(mailboxCount(shown))),
                 qPrintable(window.statusBar()->currentMessage()));
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xef\xbb\xbfid,"));
        lines.removeFirst();
        QCOMPARE(lines.takeLast(), QByteArray());
        QList<qint64> written;
        for (const QByteArray &line : std::as_const(lines))
            written << line.left(line.indexOf(',')).toLongLong();
        QCOMPARE(written, expected);

        target = m_f->dir.filePath(QStringLiteral("view.json"));
        window.exportListJsonAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 10000));
        QFile json(target);
        QVERIFY(json.open(QIODevice::ReadOnly));
        written.clear();
        for (const QJsonValue &item : QJsonDocument::fromJson(json.readAll()).array())
            written << item.toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(written, expected);
    }

    void exportSelectedWritesEverySelectedRow()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString target;
        QString suggested;
        window.setSaveFileNameProvider(
            [&](QWidget *, const QString &, const QString &name, const QString &) {
                suggested = name;
                return target;
            });
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));
        QVERIFY(!window.exportSelectedCsvAction()->isEnabled()); // nothing selected
        QVERIFY(!window.exportMailboxAction()->isEnabled());

        // Three rows of a list sorted by address, chosen out of order.
        view->sortByColumn(MailboxListModel::EmailColumn, Qt::AscendingOrder);
        QItemSelectionModel *selection = view->selectionModel();
        const auto pick = [&](int row, QItemSelectionModel::SelectionFlags how) {
            selection->select(view->model()->index(row, 0), how | QItemSelectionModel::Rows);
        };
        pick(7, QItemSelectionModel::ClearAndSelect);
        pick(2, QItemSelectionModel::Select);
        pick(11, QItemSelectionModel::Select);
        QList<qint64> expected;
        for (int row : {2, 7, 11})
            expected << view->model()->index(row, 0).data(MailboxListModel::IdRole).toLongLong();
        QVERIFY(window.exportSelectedCsvAction()->isEnabled());
        QVERIFY(window.exportMailboxAction()->text().contains(u"Selected"));

        target = m_f->dir.filePath(QStringLiteral("selected.csv"));
        window.exportSelectedCsvAction()->trigger();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(suggested, QStringLiteral("mailboxes-selected.csv"));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Exported %1 to ").arg(mailboxCount(3))),
                 qPrintable(window.statusBar()->currentMessage()));
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xef\xbb\xbfid,name,email,senderName"));
        QCOMPARE(lines.size(), 3 + 2);
        QList<qint64> written;
        for (int line = 1; line <= 3; ++line)
            written << lines.at(line).left(lines.at(line).indexOf(',')).toLongLong();
        QCOMPARE(written, expected);

        target = m_f->dir.filePath(QStringLiteral("selected.json"));
        window.exportMailboxAction()->trigger();
        QCOMPARE(finished.count(), 2);
        QFile json(target);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        written.clear();
        for (const QJsonValue &item : array)
            written << item.toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(written, expected);
        QCOMPARE(array.at(0).toObject(), view->model()
                                             ->index(2, 0)
                                             .data(MailboxListModel::MailboxRole)
                                             .value<Mailbox>()
                                             .toJson());

        // Nothing selected: nothing to export.
        selection->clearSelection();
        QVERIFY(!window.exportSelectedCsvAction()->isEnabled());
        QVERIFY(!window.exportMailboxAction()->isEnabled());
    }

    void theSaveDialogStartsInTheLastFolder()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString target;
        QStringList suggestions;
        const SaveFileNameProvider provider = [&](QWidget *, const QString &, const QString &name,
                                                  const QString &) {
            suggestions << name;
            return target;
        };
        window.setSaveFileNameProvider(provider);
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->rowCount() == 40; }, 10000));

        const QDir dir(m_f->dir.path());
        QVERIFY(dir.mkpath(QStringLiteral("first")) && dir.mkpath(QStringLiteral("second")));
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));

        // Nothing exported yet: the bare name (the dialog opens in the home folder).
        target = QDir(first).filePath(QStringLiteral("all.csv"));
        window.exportListCsvAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        QCOMPARE(suggestions.last(), QStringLiteral("mailboxes.csv"));

        // Then the folder of the last export, with the name suggested for this one.
        target = QDir(second).filePath(QStringLiteral("senders.json"));
        window.exportSendersJsonAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 10000));
        QCOMPARE(suggestions.last(), QDir(first).filePath(QStringLiteral("senders.json")));

        // A write that fails does not move it.
        target = dir.filePath(QStringLiteral("no/such/dir/x.json"));
        window.exportListJsonAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 3; }, 10000));
        QVERIFY(!finished.last().at(1).toString().isEmpty());
        QCOMPARE(suggestions.last(), QDir(second).filePath(QStringLiteral("mailboxes.json")));

        // Remembered in the settings: the next window (the next start) begins there too.
        QCOMPARE(m_f->settings->lastExportFolder(), second);
        MainWindow next(m_f->accounts.get(), &sessions, m_f->settings.get());
        next.setSaveFileNameProvider(provider);
        target.clear(); // cancelled
        next.exportListCsvAction()->trigger();
        QCOMPARE(suggestions.last(), QDir(second).filePath(QStringLiteral("mailboxes.csv")));

        // A folder that is gone: back to the bare name.
        QVERIFY(QDir(second).removeRecursively());
        next.exportListCsvAction()->trigger();
        QCOMPARE(suggestions.last(), QStringLiteral("mailboxes.csv"));
    }

    void theListKeepsItsPlace()
    {
        fake::PortalConfig config;
        config.mailboxes = 160;
        m_f->portal = std::make_unique<fake::FakePortal>(config);
        QVERIFY(m_f->portal->start());
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() >= 100; }, 10000));

        // Server order at first (ids rising), no sort indicator; the id column is not the one
        // stretched over the free width.
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), -1);
        for (int row = 1; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row, 0).data(MailboxListModel::IdRole).toLongLong() >
                    view->model()->index(row - 1, 0).data(MailboxListModel::IdRole).toLongLong());
        QVERIFY(!view->horizontalHeader()->stretchLastSection());
        QVERIFY(view->columnWidth(MailboxListModel::IdColumn) <
                view->columnWidth(MailboxListModel::EmailColumn));

        // Refresh changes the rows in place once the new list is in: the selection and the
        // scroll position stay.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(60, 1));
        view->scrollTo(view->model()->index(50, 0), QAbstractItemView::PositionAtTop);
        const auto idAt = [&](const QModelIndex &index) {
            return index.data(MailboxListModel::IdRole).toLongLong();
        };
        const qint64 selected = idAt(view->currentIndex());
        const qint64 top = idAt(view->indexAt(QPoint(1, 1)));
        QVERIFY(top != idAt(view->model()->index(0, 0)));
        QSignalSpy resets(window.mailboxModel(), &QAbstractItemModel::modelReset);
        QSignalSpy loading(window.mailboxModel(), &MailboxListModel::loadingChanged);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(QTest::qWaitFor(
            [&] { return loading.size() >= 2 && !window.mailboxModel()->isLoading(); }, 10000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(idAt(view->currentIndex()), selected);
        QCOMPARE(view->currentIndex().column(), 1);
        QCOMPARE(idAt(view->indexAt(QPoint(1, 1))), top);

        // Another account: nothing of the old place is restored.
        sessions.close();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 0; }, 10000));
        const auto hook = m_f->portal->webhookUrl();
        sessions.openUnsavedWebhook(hook);
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() >= 100; }, 10000));
        QVERIFY(!view->currentIndex().isValid());
    }

    void sendersKnowTheMailboxes()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        SenderModel *senders = window.senderModel();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxView()->model()->rowCount() == 40 &&
                       senders->rowCount() == int(m_f->portal->sendersOf(1).size()) &&
                       !senders->isLoading();
            },
            10000));
        // The senders that are mailboxes of the list say so; the extra addresses do not.
        int own = 0;
        int extra = 0;
        for (int row = 0; row < senders->rowCount(); ++row) {
            const QModelIndex index = senders->index(row, 0);
            const QString email = index.data(SenderModel::EmailRole).toString();
            bool listed = false;
            for (int m = 0; m < window.mailboxModel()->rowCount(); ++m)
                listed = listed || window.mailboxModel()->mailbox(m).email == email;
            QCOMPARE(index.data(SenderModel::IsOwnMailboxRole).toBool(), listed);
            ++(listed ? own : extra);
        }
        QVERIFY(own > 0);
        QVERIFY(extra > 0);
    }

    void theRequestLogStartsAfreshForAnotherSession()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        RequestLogModel *log = window.requestInspector()->model();
        QVERIFY(QTest::qWaitFor([&] { return log->rowCount() > 0; }, 10000));
        sessions.close();
        QVERIFY(log->rowCount() > 0); // kept to be saved until another session starts
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QCOMPARE(log->rowCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return log->rowCount() > 0; }, 10000));
    }

    void keyboardOnly()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));

        // Ctrl+F, then Tab into the list, Down picks the first mailbox, Tab to its details.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.searchField()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(view->currentIndex().isValid());
        const qint64 id = view->currentIndex().data(MailboxListModel::IdRole).toLongLong();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.detailModel()->mailboxId() == id &&
                       !window.detailModel()->isLoading();
            },
            10000));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.detailView());

        // The tabs answer their mnemonics; Shift+Tab walks back.
        QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::SendersTab));
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::MailboxesTab));
        window.detailView()->setFocus();
        QTest::keyClick(window.detailView(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), view);
    }

    // The language chosen in Settings reaches menus, tabs, toolbar, search field and the
    // views' state texts at once, and English comes back the same way.
    void theLanguageChangesEveryVisibleString()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->isComplete(); }, 10000));

        const auto texts = [&] {
            QStringList all;
            for (QAction *menu : window.menuBar()->actions())
                all << menu->text();
            for (int tab = 0; tab < window.tabs()->count(); ++tab)
                all << window.tabs()->tabText(tab);
            all << window.refreshAction()->text() << window.copyAction()->text()
                << window.exportTabCsvAction()->text() << window.searchField()->placeholderText()
                << window.scopeNotice()->text() << window.mailboxState()->summaryText();
            return all;
        };
        const QStringList english = texts();
        QVERIFY(english.contains(QStringLiteral("&File")));
        QVERIFY(english.contains(QStringLiteral("&Mailboxes")));

        QVERIFY(Translations::install(QStringLiteral("de")));
        QTRY_VERIFY(texts().contains(QStringLiteral("&Datei")));
        const QStringList german = texts();
        QCOMPARE(german.size(), english.size());
        for (int i = 0; i < german.size(); ++i)
            QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
        QVERIFY(german.contains(QStringLiteral("&Postfächer")));

        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(texts(), english);
    }

    void aboutShowsTheVersion()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.aboutAction()->trigger();
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral(MB_VERSION)), qPrintable(box->text()));
        // The licence: named, and its whole text (LICENSE) behind "Show Details...".
        QVERIFY2(box->informativeText().contains(QStringLiteral("MIT licence")),
                 qPrintable(box->informativeText()));
        QVERIFY2(box->detailedText().startsWith(QStringLiteral("MIT License\n")),
                 qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(
            QStringLiteral("Copyright (c) 2026 The Mailbox Browser authors")));
        QVERIFY(box->detailedText().contains(QStringLiteral("THE SOFTWARE IS PROVIDED \"AS IS\"")));
        box->close();
        QVERIFY(QTest::qWaitFor([&] { return !window.findChild<QMessageBox *>(); }, 5000));
    }

    void progressShowsOnlyForLongerWaits()
    {
        LoadState state;
        state.resize(400, 80);
        state.show();
        QVERIFY(QTest::qWaitForWindowExposed(&state));
        // A quick answer: no busy indicator flickers.
        state.setLoading(true, 0);
        QVERIFY(!state.isLoadingShown());
        state.setLoading(false);
        // Nothing is left pending that could show it later: its only timer is stopped.
        const QList<QTimer *> timers = state.findChildren<QTimer *>();
        QVERIFY(!timers.isEmpty());
        for (const QTimer *timer : timers)
            QVERIFY(!timer->isActive());
        QVERIFY(!state.isLoadingShown());
        // A longer wait: it shows, with the rows loaded so far, and goes when it ends.
        state.setLoading(true, 0);
        QVERIFY(QTest::qWaitFor([&] { return state.isLoadingShown(); }, 5000));
        state.setLoading(true, 120);
        QVERIFY(state.isLoadingShown());
        QVERIFY(state.loadingText().contains(QStringLiteral("120")));
        state.setLoading(false);
        QVERIFY(!state.isLoadingShown());
    }

    void theErrorBannerFollowsThePalette()
    {
        const QPalette original = QApplication::palette();
        for (const bool dark : {false, true}) {
            QPalette palette = original;
            palette.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x24) : Qt::white);
            palette.setColor(QPalette::WindowText, dark ? QColor(0xee, 0xee, 0xee) : Qt::black);
            QApplication::setPalette(palette);
            LoadState state;
            state.setError(QStringLiteral("failed"), RestError(RestError::Category::Internal, 500));
            state.show();
            QVERIFY(QTest::qWaitForWindowExposed(&state));
            const QPalette shown = state.errorBanner()->palette();
            const int background = shown.color(QPalette::Window).lightness();
            const int text = shown.color(QPalette::WindowText).lightness();
            QVERIFY2(dark ? background < 128 : background > 128, dark ? "dark" : "light");
            QVERIFY(std::abs(background - text) > 100); // readable
            QCOMPARE(state.errorBanner()->retryButton()->text(), ErrorBanner::tr("Retry"));
            QVERIFY(!state.errorBanner()->offersSignIn());
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
