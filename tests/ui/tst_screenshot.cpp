// The main window on a real X server (ctest runs this under xvfb-run, platform xcb) with the
// demo's sample data: grabbed from the server once the StartupProbe has seen the rows painted,
// checked not blank against the same window before it had rows, and saved as screenshot.png in
// the build directory (docs/screenshot.png is a copy). Then the app itself: the start-up probe
// the benchmark (tests/bench/bench_startup) reads answers with real figures.

#include "MainWindow.h"
#include "StartupProbe.h"
#include "auth/AccountManager.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "auth/SessionController.h"
#include "demo/SamplePortal.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mb;

namespace {

constexpr int RowsChecked = 12;

// Why `image` does not show a painted list, or "" when it does: many colours over the window,
// and in every strip where a row of the list should be, some text (pixels far from the strip's
// own background).
QString whyBlank(const QImage &image, const QList<QRect> &rowStrips)
{
    if (image.isNull())
        return QStringLiteral("no image");
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            colours.insert(line[x]);
    }
    if (colours.size() < 64)
        return QStringLiteral("only %1 colours").arg(colours.size());
    if (rowStrips.isEmpty())
        return QStringLiteral("no rows to look at");
    for (const QRect &strip : rowStrips) {
        const QRect r = strip & rgb.rect();
        if (r.height() < 4)
            return QStringLiteral("row strip %1 outside the image").arg(strip.y());
        // The background is the colour of most of the strip.
        QHash<QRgb, int> counts;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                ++counts[rgb.pixel(x, y)];
        QRgb background = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        }
        int ink = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QRgb p = rgb.pixel(x, y);
                const int distance = qAbs(qRed(p) - qRed(background)) +
                                     qAbs(qGreen(p) - qGreen(background)) +
                                     qAbs(qBlue(p) - qBlue(background));
                if (distance > 150)
                    ++ink;
            }
        }
        if (ink < 40)
            return QStringLiteral("no text in the row at y=%1 (%2 ink pixels)")
                .arg(strip.y())
                .arg(ink);
    }
    return {};
}

// Where the first rows of `view` are (or would be), in window coordinates.
QList<QRect> rowStrips(const QTableView *view, const QWidget *window)
{
    QList<QRect> strips;
    const QWidget *viewport = view->viewport();
    const int height = view->verticalHeader()->defaultSectionSize();
    for (int row = 0; row < RowsChecked; ++row) {
        const QRect inViewport(0, row * height, viewport->width(), height);
        strips << QRect(viewport->mapTo(window, inViewport.topLeft()), inViewport.size());
    }
    return strips;
}

// What the X server shows of `window`.
QImage grabFromServer(QWidget *window)
{
    window->repaint();
    QCoreApplication::processEvents();
    return window->screen()->grabWindow(window->winId()).toImage();
}

// The app's one JSON line on stderr, from a run with MB_STARTUP_PROBE=`probe`.
QJsonObject runApp(const QString &probe, int mailboxes, QString *problem)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MB_STARTUP_PROBE"), probe);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(
        QStringLiteral(MB_BROWSER_EXE),
        {QStringLiteral("--demo"), QStringLiteral("--demo-mailboxes"), QString::number(mailboxes)});
    if (!app.waitForFinished(60'000)) {
        app.kill();
        app.waitForFinished();
        *problem = QStringLiteral("the app did not quit");
        return {};
    }
    const QByteArray err = app.readAllStandardError();
    if (app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0)
        *problem =
            QStringLiteral("exit code %1: %2").arg(app.exitCode()).arg(QString::fromUtf8(err));
    const QList<QByteArray> lines = err.trimmed().split('\n');
    const QJsonObject figures = QJsonDocument::fromJson(lines.last()).object();
    if (figures.isEmpty() && problem->isEmpty())
        *problem = QStringLiteral("no figures in: %1").arg(QString::fromUtf8(err));
    return figures;
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<AppSettings> m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        // Taken on a real X server, or not at all.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        qputenv("MB_SAMPLE_PORTAL", FAKE_PORTAL_PATH);
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("MailboxBrowserTest"));
        m_secrets->setMode(SecretStore::Mode::SessionOnly);
        const QString ini = m_dir.filePath(QStringLiteral("mb.ini"));
        m_store = std::make_unique<AccountStore>(
            std::make_unique<QSettings>(ini, QSettings::IniFormat), m_secrets.get());
        m_accounts = std::make_unique<AccountManager>(m_store.get(), m_secrets.get());
        m_settings =
            std::make_unique<AppSettings>(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    }

    void cleanupTestCase()
    {
        m_settings.reset();
        m_accounts.reset();
        m_store.reset();
        m_secrets.reset();
    }

    void checkRejectsBlankImages()
    {
        const QList<QRect> strips{{10, 100, 600, 24}, {10, 124, 600, 24}};
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(!whyBlank(image, strips).isEmpty());
        QVERIFY(!whyBlank(QImage(), strips).isEmpty());

        // Colourful enough, but text in one row only.
        QPainter painter(&image);
        for (int i = 0; i < 200; ++i)
            painter.fillRect(700, i * 3, 100, 3, QColor::fromHsv(i, 200, 200));
        painter.setPen(Qt::black);
        painter.drawText(QRect(10, 100, 600, 24), Qt::AlignVCenter, QStringLiteral("Sales team"));
        QVERIFY(!whyBlank(image, strips).isEmpty());
        QVERIFY(!whyBlank(image, {}).isEmpty());
        // ... and in both: painted.
        painter.drawText(QRect(10, 124, 600, 24), Qt::AlignVCenter,
                         QStringLiteral("support@example.com"));
        painter.end();
        QCOMPARE(whyBlank(image, strips), QString());
    }

    void mainWindowWithSampleData()
    {
        Translations::install(); // as the app does: English plurals read "40 mailboxes"
        SessionController sessions(m_accounts.get());
        MainWindow window(m_accounts.get(), &sessions, m_settings.get());
        QElapsedTimer clock;
        clock.start();
        StartupProbe probe(window.mailboxView(), StartupProbe::Goal::FirstRows, clock);
        QSignalSpy painted(&probe, &StartupProbe::firstRowsPainted);
        window.move(0, 0);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // No account yet: the window is up, the list empty. The check must say so.
        const QImage before = grabFromServer(&window);
        QCOMPARE(before.size(), window.size() * window.devicePixelRatio());
        const QString emptyVerdict = whyBlank(before, rowStrips(window.mailboxView(), &window));
        QVERIFY2(emptyVerdict.contains(QStringLiteral("no text")), qPrintable(emptyVerdict));
        QCOMPARE(painted.count(), 0);

        // The demo's sample portal, as `mailbox-browser --demo` starts it.
        SamplePortal portal;
        QSignalSpy ready(&portal, &SamplePortal::ready);
        portal.start({QStringLiteral("--mailboxes"), QStringLiteral("40")});
        QVERIFY(ready.wait(SamplePortal::StartTimeoutMs));
        sessions.openUnsavedWebhook(portal.webhookUrl());
        QVERIFY(painted.wait(20'000));
        QCOMPARE(painted.count(), 1);
        QVERIFY(painted.at(0).at(1).toInt() > 0);
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->isComplete(); }, 10'000));
        QCOMPARE(window.mailboxModel()->rowCount(), 40);

        // A selected mailbox, so its details fill the right-hand panel, and the columns as wide
        // as their text (a double click on each header divider).
        QTableView *view = window.mailboxView();
        for (int column : {MailboxListModel::NameColumn, MailboxListModel::EmailColumn,
                           MailboxListModel::SenderNameColumn})
            view->resizeColumnToContents(column);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.detailModel()->isLoading() && window.detailModel()->rowCount() >= 4;
            },
            10'000));
        window.detailView()->resizeColumnToContents(1);

        const QImage shot = grabFromServer(&window);
        QCOMPARE(shot.size(), before.size());
        const QString verdict = whyBlank(shot, rowStrips(view, &window));
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QVERIFY(shot != before);
        QVERIFY(shot.save(QStringLiteral(MB_SCREENSHOT_OUT)));
        qInfo("screenshot: %s", MB_SCREENSHOT_OUT);
        QCOMPARE(painted.count(), 1); // once only
    }

    void appReportsFirstRows()
    {
        QString problem;
        const QJsonObject figures = runApp(QStringLiteral("first-rows"), 12, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(figures.value(u"rows").toInt(), 12);
        QVERIFY(figures.value(u"first_rows_ms").toInteger(-1) > 0);
    }

    void appScrollsToTheEndAndReportsMemory()
    {
        // More rows than the first request brings (2 pages of 50): the view has to ask again.
        QString problem;
        const QJsonObject figures = runApp(QStringLiteral("all-rows"), 260, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(figures.value(u"rows").toInt(), 260);
        QVERIFY(figures.value(u"all_rows_ms").toInteger(-1) > 0);
        const qint64 rss = figures.value(u"vm_rss_kb").toInteger(-1);
        QVERIFY(rss > 1000);
        QVERIFY(figures.value(u"vm_hwm_kb").toInteger(-1) >= rss);
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
