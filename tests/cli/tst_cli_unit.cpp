// The pieces of b24mail that need no portal: display width, table layout, result
// formatting, the command-line parser and the exit-status mapping.

#include "ClientSettings.h"
#include "CommandLine.h"
#include "DisplayWidth.h"
#include "ExitCode.h"
#include "ResultFormatter.h"
#include "Subcommand.h"
#include "SystemBrowser.h"
#include "TableFormatter.h"
#include "auth/OAuthError.h"
#include "auth/SecretError.h"
#include "rest/RestError.h"
#include "rest/TlsBackend.h"
#include "rest/UntrustedText.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mb::cli;
using mb::RestError;
using Category = RestError::Category;
using Action = CommandLine::Result::Action;

namespace {

QStringList argv(std::initializer_list<const char *> args)
{
    QStringList result{QStringLiteral("b24mail")};
    for (const char *arg : args)
        result.append(QString::fromUtf8(arg));
    return result;
}

// Where each column starts, in display columns, given the text that starts it.
int columnOf(const QString &line, const QString &cellStart)
{
    const qsizetype at = line.indexOf(cellStart);
    return at < 0 ? -1 : DisplayWidth::of(QStringView(line).left(at));
}

} // namespace

class TestCliUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("b24mail"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("Sales inbox") << 11;
        QTest::newRow("cyrillic") << QStringLiteral("Продажи") << 7;
        QTest::newRow("cjk") << QStringLiteral("销售部") << 6;
        QTest::newRow("hangul") << QStringLiteral("영업") << 4;
        QTest::newRow("fullwidth") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("emoji (surrogate pair)") << QStringLiteral("📧 mail") << 7;
        QTest::newRow("emoji with skin tone") << QStringLiteral("👍🏽") << 2;
        QTest::newRow("zwj family") << QStringLiteral("👩‍👩‍👧") << 2;
        QTest::newRow("emoji presentation") << QStringLiteral("\u2709\uFE0F") << 2;
        QTest::newRow("text presentation") << QStringLiteral("\u2709") << 1;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("hebrew") << QStringLiteral("מכירות") << 6;
        QTest::newRow("arabic") << QStringLiteral("المبيعات") << 8;
        QTest::newRow("bidi isolates") << QStringLiteral("\u2068ab\u2069") << 2;
        QTest::newRow("flag") << QStringLiteral("🇩🇪") << 2;
        QTest::newRow("ascii after emoji") << QStringLiteral("📧ab") << 4;
        QTest::newRow("ascii control") << QStringLiteral("a\x7f\tb") << 2;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(DisplayWidth::of(text), width);
    }

    void tableAlignsOnDisplayWidth()
    {
        TableFormatter table(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")});
        table.setRightAligned(0);
        table.addRow({QStringLiteral("1"), QStringLiteral("Sales"), QStringLiteral("a@x.test")});
        table.addRow(
            {QStringLiteral("12"), QStringLiteral("销售部 📧"), QStringLiteral("b@x.test")});
        table.addRow(
            {QStringLiteral("123"), QStringLiteral("المبيعات"), QStringLiteral("c@x.test")});
        const QStringList lines = table.toString().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[1], QStringLiteral("---  ---------  --------"));
        const int emailColumn = columnOf(lines[0], QStringLiteral("email"));
        QCOMPARE(emailColumn, 16);
        QCOMPARE(columnOf(lines[2], QStringLiteral("a@")), emailColumn);
        QCOMPARE(columnOf(lines[3], QStringLiteral("b@")), emailColumn);
        QCOMPARE(columnOf(lines[4], QStringLiteral("c@")), emailColumn);
        // Numbers right-aligned; the right-to-left name isolated from its neighbours.
        QVERIFY(lines[2].startsWith(QStringLiteral("  1  Sales")));
        QVERIFY(lines[4].contains(QStringLiteral("\u2068المبيعات\u2069")));
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    }

    void tableRowsOfAnyLength()
    {
        // A short row is padded with empty cells, a long one adds a column, and no line
        // ends in blanks.
        TableFormatter table({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        table.addRow({QStringLiteral("1")});
        table.addRow({QStringLiteral("22"), QStringLiteral("x"), QStringLiteral("y"),
                      QStringLiteral("extra")});
        QCOMPARE(table.toString(), QStringLiteral("a   b  c\n"
                                                  "--  -  -  -----\n"
                                                  "1\n"
                                                  "22  x  y  extra\n"));
    }

    void tableCellsStayOnOneLine()
    {
        TableFormatter table;
        table.addRow({QStringLiteral("a\nb\tc"), QStringLiteral("")});
        QCOMPARE(table.toString(), QStringLiteral("a b c\n"));
    }

    void portalTextCannotRewriteTheTable()
    {
        // A name (and a field name) from the portal with CR/LF, an escape sequence and bidi
        // overrides: one row each, nothing that rewrites or reorders the terminal's line.
        const QString hostile = QStringLiteral("Eve\r\nroot:x:0:0\x1b[2J") + QChar(0x202e) +
                                QStringLiteral("fdp.exe") + QChar(0x2066);
        const QJsonArray items{
            QJsonObject{{QStringLiteral("name"), hostile}, {QStringLiteral("id"), 1}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("B")},
                        {QStringLiteral("id"), 2},
                        {QStringLiteral("x") + QChar(0x202d), QStringLiteral("y")}}};
        const QStringList known{QStringLiteral("id"), QStringLiteral("name")};
        const ResultFormatter table(ResultFormatter::Format::Table);
        for (const QString &text :
             {table.list(items, known), table.item(items[0].toObject(), known)}) {
            for (const QChar c : text) {
                QVERIFY2(c == u'\n' || c.category() != QChar::Other_Control, qPrintable(text));
                QVERIFY2(!mb::UntrustedText::isBidiControl(c) || c == QChar(0x2068) ||
                             c == QChar(0x2069),
                         qPrintable(text));
            }
        }
        const QStringList lines = table.list(items, known).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[2].contains(QStringLiteral("Eve root:x:0:0[2Jfdp.exe")),
                 qPrintable(lines[2]));
        QVERIFY(!lines[2].contains(QChar(0x2066)));
    }

    void formatterKeepsEveryField()
    {
        const QJsonArray items{
            QJsonObject{{QStringLiteral("email"), QStringLiteral("a@x.test")},
                        {QStringLiteral("id"), 7},
                        {QStringLiteral("zeta"), true}},
            QJsonObject{{QStringLiteral("id"), 8},
                        {QStringLiteral("alpha"), QJsonArray{1, 2}},
                        {QStringLiteral("name"), QStringLiteral("B")}},
        };
        const QStringList known{QStringLiteral("id"), QStringLiteral("name"),
                                QStringLiteral("email"), QStringLiteral("senderName")};
        QCOMPARE(ResultFormatter::columns(items, known),
                 QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                              QStringLiteral("alpha"), QStringLiteral("zeta")}));
        QCOMPARE(ResultFormatter::columns({}, known), known);

        const QString table = ResultFormatter(ResultFormatter::Format::Table).list(items, known);
        QVERIFY(table.contains(QStringLiteral("[1,2]")));
        QVERIFY(table.contains(QStringLiteral("true")));

        const QString json = ResultFormatter(ResultFormatter::Format::Json).list(items, known);
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array(), items);
        const QString one =
            ResultFormatter(ResultFormatter::Format::Json).item(items[0].toObject(), known);
        QCOMPARE(QJsonDocument::fromJson(one.toUtf8()).object(), items[0].toObject());
    }

    void formatterCells()
    {
        QCOMPARE(ResultFormatter::cellText(QJsonValue(12.0)), QStringLiteral("12"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(0.5)), QStringLiteral("0.5"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(0.1)), QStringLiteral("0.1"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(9007199254740992.0)),
                 QStringLiteral("9007199254740992"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(1e16)), QStringLiteral("1e+16"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(-3.0)), QStringLiteral("-3"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue(false)), QStringLiteral("false"));
        QCOMPARE(ResultFormatter::cellText(QJsonValue()), QString());
        QCOMPARE(ResultFormatter::cellText(QJsonObject{{QStringLiteral("a"), 1}}),
                 QStringLiteral("{\"a\":1}"));
    }

    void itemTableListsFieldThenValue()
    {
        const QJsonObject item{{QStringLiteral("senderName"), QStringLiteral("ACME")},
                               {QStringLiteral("id"), 12},
                               {QStringLiteral("extra"), QStringLiteral("x")}};
        const QString text = ResultFormatter(ResultFormatter::Format::Table)
                                 .item(item, {QStringLiteral("id"), QStringLiteral("senderName")});
        QCOMPARE(text, QStringLiteral("id          12\nsenderName  ACME\nextra       x\n"));
    }

    void parsesCommands()
    {
        auto r = CommandLine::parse(
            argv({"--webhook", "https://x.test/rest/api/1/abc/", "list", "--name", "Sales",
                  "--email", "acme", "--limit", "7", "--json"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.command->id, Subcommand::Id::List);
        QCOMPARE(r.options.webhookUrl, QStringLiteral("https://x.test/rest/api/1/abc/"));
        QCOMPARE(r.options.nameFilter, QStringLiteral("Sales"));
        QCOMPARE(r.options.emailFilter, QStringLiteral("acme"));
        QCOMPARE(r.options.limit, 7);
        QVERIFY(r.options.json);

        r = CommandLine::parse(argv(
            {"get", "42", "--select", "id, email,,", "--timeout-ms", "1500", "--retries", "0"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.id, 42);
        QCOMPARE(r.options.select, QStringList({QStringLiteral("id"), QStringLiteral("email")}));
        QCOMPARE(r.options.timeoutMs, 1500);
        QCOMPARE(r.options.retries, 0);
        QCOMPARE(r.options.limit, -1);
        QCOMPARE(r.options.maxWaitSecs, 60); // the default

        r = CommandLine::parse(argv({"--max-wait", "0", "list"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.maxWaitSecs, 0);
        r = CommandLine::parse(argv({"list", "--max-wait", "600"}));
        QCOMPARE(r.options.maxWaitSecs, 600);

        r = CommandLine::parse(argv({"field", "senderName"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.argument, QStringLiteral("senderName"));

        r = CommandLine::parse(argv({"--portal", "https://p.test/", "senders", "--limit", "2"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.portalUrl, QStringLiteral("https://p.test/"));
        QCOMPARE(r.options.limit, 2);
    }

    void parsesAccountCommands()
    {
        auto r = CommandLine::parse(argv({"--account", "shop", "list", "--name", "Sales"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.accountName, QStringLiteral("shop"));
        QCOMPARE(r.options.nameFilter, QStringLiteral("Sales"));

        r = CommandLine::parse(argv({"accounts", "--check", "--account", "shop", "--json"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.command->id, Subcommand::Id::Accounts);
        QVERIFY(r.options.check);
        QVERIFY(r.options.json);

        r = CommandLine::parse(
            argv({"login", "--portal", "https://p.test/", "--client-id", "local.1",
                  "--client-secret-env", "MY_SECRET", "--redirect-port", "8765", "--name", "Work",
                  "--auth-server", "https://auth.test/", "--no-browser"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.command->id, Subcommand::Id::Login);
        QCOMPARE(r.options.portalUrl, QStringLiteral("https://p.test/"));
        QCOMPARE(r.options.clientId, QStringLiteral("local.1"));
        QCOMPARE(r.options.clientSecretEnv, QStringLiteral("MY_SECRET"));
        QCOMPARE(r.options.redirectPort, quint16(8765));
        QCOMPARE(r.options.displayName, QStringLiteral("Work")); // not a mailbox filter
        QVERIFY(r.options.nameFilter.isEmpty());
        QCOMPARE(r.options.authServer, QStringLiteral("https://auth.test/"));
        QVERIFY(r.options.noBrowser);
        QVERIFY(!r.options.pasteCode);

        r = CommandLine::parse(argv({"login", "--account", "Work", "--paste-code"}));
        QCOMPARE(r.action, Action::Run);
        QVERIFY(r.options.pasteCode);

        r = CommandLine::parse(argv({"add-webhook", "-", "--name", "Shop"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.argument, QStringLiteral("-"));
        QCOMPARE(r.options.displayName, QStringLiteral("Shop"));

        r = CommandLine::parse(argv({"logout", "Shop"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.command->id, Subcommand::Id::Logout);
        QCOMPARE(r.options.argument, QStringLiteral("Shop"));

        r = CommandLine::parse(argv({"login", "--help"}));
        QCOMPARE(r.action, Action::ShowHelp);
        QVERIFY(r.text.contains(QStringLiteral("--paste-code")));
        QVERIFY(r.text.contains(QStringLiteral("Call the account NAME")));
        // No option takes the client secret itself: it would show in `ps`.
        QVERIFY(!r.text.contains(QStringLiteral("--client-secret ")));
    }

    // --proxy beside --ca-file: one factory for the whole run, with what they say.
    void proxyOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("proxy"); // NetworkSettings::Proxy
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        using P = mb::NetworkSettings::Proxy;
        QTest::newRow("http") << QStringLiteral("http://proxy.corp:3128") << true << int(P::Http)
                              << QStringLiteral("proxy.corp") << 3128;
        QTest::newRow("socks5") << QStringLiteral("socks5://127.0.0.1:1080") << true
                                << int(P::Socks5) << QStringLiteral("127.0.0.1") << 1080;
        QTest::newRow("none") << QStringLiteral("none") << true << int(P::None) << QString() << 0;
        QTest::newRow("system") << QStringLiteral("system") << true << int(P::System) << QString()
                                << 0;
        QTest::newRow("ftp") << QStringLiteral("ftp://proxy:21") << false << 0 << QString() << 0;
        QTest::newRow("credentials")
            << QStringLiteral("http://user:pw@proxy:3128") << false << 0 << QString() << 0;
    }
    void proxyOption()
    {
        QFETCH(QString, value);
        QFETCH(bool, usable);
        QFETCH(int, proxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        const QByteArray text = value.toUtf8();
        const auto r = CommandLine::parse(argv({"--proxy", text.constData(), "fields"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.proxy, value);
        mb::cli::ClientSettings settings;
        QString error;
        QCOMPARE(settings.load(r.options, &error), usable);
        if (!usable) {
            QVERIFY(error.contains(value));
            return;
        }
        const mb::NetworkSettings network = settings.networkAccess()->settings();
        QCOMPARE(int(network.proxy), proxy);
        QCOMPARE(network.proxyHost, host);
        QCOMPARE(int(network.proxyPort), port);
        QCOMPARE(settings.sessionSettings().networkAccess, settings.networkAccess());
    }

    void helpAndVersion()
    {
        auto r = CommandLine::parse(argv({"--help"}));
        QCOMPARE(r.action, Action::ShowHelp);
        for (const Subcommand &command : Subcommand::all())
            QVERIFY2(r.text.contains(command.name), qPrintable(command.name));
        QVERIFY(r.text.contains(QStringLiteral("--proxy <URL>")));
        QVERIFY(r.text.contains(QStringLiteral("--ca-file <PEM>")));
        r = CommandLine::parse(argv({"list", "--help"}));
        QCOMPARE(r.action, Action::ShowHelp);
        QVERIFY(r.text.contains(QStringLiteral("--limit")));
        QVERIFY(!r.text.contains(QStringLiteral("--select")));
        r = CommandLine::parse(argv({"--version"}));
        QCOMPARE(r.action, Action::ShowVersion);
        QCOMPARE(r.text, QStringLiteral("b24mail 9.8.7\n"));
        r = CommandLine::parse(argv({"fields", "--version"}));
        QCOMPARE(r.action, Action::ShowVersion);
    }

    void redirectHost()
    {
        auto r = CommandLine::parse(argv({"login", "--portal", "https://p.test/", "--redirect-port",
                                          "7000", "--redirect-host", "LocalHost"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.redirectHost, QStringLiteral("localhost"));
        QCOMPARE(r.options.redirectPort, quint16(7000));
        r = CommandLine::parse(
            argv({"login", "--portal", "https://p.test/", "--redirect-host", "127.0.0.1"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.options.redirectHost, QStringLiteral("127.0.0.1"));
        r = CommandLine::parse(argv({"login", "--portal", "https://p.test/"}));
        QVERIFY(r.options.redirectHost.isEmpty());
        r = CommandLine::parse(argv({"login", "--help"}));
        QVERIFY(r.text.contains(QStringLiteral("--redirect-host")));
    }

    void webhookArgumentWarns()
    {
        const QString url = QStringLiteral("https://x.test/rest/api/1/abcSecretCode9/");
        auto r = CommandLine::parse(argv({"--webhook", url.toUtf8().constData(), "list"}));
        QCOMPARE(r.action, Action::Run);
        QCOMPARE(r.warnings.size(), 1);
        const QString warning = r.warnings.constFirst();
        QCOMPARE(warning, CommandLine::webhookArgumentWarning());
        QVERIFY(warning.contains(QStringLiteral("process list")));
        QVERIFY(warning.contains(QStringLiteral("$B24_WEBHOOK_URL")));
        QVERIFY(warning.contains(QStringLiteral("add-webhook -")));
        QVERIFY(!warning.contains(QStringLiteral("abcSecretCode9")));
        QVERIFY(!warning.contains(QStringLiteral("x.test")));
        // Nothing to warn about: the environment, a saved account, the command's own stdin.
        QVERIFY(CommandLine::parse(argv({"list"})).warnings.isEmpty());
        QVERIFY(CommandLine::parse(argv({"--account", "a", "list"})).warnings.isEmpty());
        QVERIFY(CommandLine::parse(argv({"add-webhook", "-"})).warnings.isEmpty());
        // add-webhook URL tells it itself, once (AddWebhookCommand; see tst_cli_accounts).
        QVERIFY(
            CommandLine::parse(argv({"add-webhook", url.toUtf8().constData()})).warnings.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << argv({});
        QTest::newRow("unknown command") << argv({"frobnicate"});
        QTest::newRow("unknown option") << argv({"list", "--bogus"});
        QTest::newRow("option of another command") << argv({"get", "1", "--name", "x"});
        QTest::newRow("command option before command") << argv({"--limit", "3", "list"});
        QTest::newRow("get without id") << argv({"get"});
        QTest::newRow("get with text id") << argv({"get", "abc"});
        QTest::newRow("get with zero id") << argv({"get", "0"});
        QTest::newRow("get with two ids") << argv({"get", "1", "2"});
        QTest::newRow("field without name") << argv({"field"});
        QTest::newRow("list with argument") << argv({"list", "extra"});
        QTest::newRow("limit zero") << argv({"list", "--limit", "0"});
        QTest::newRow("limit negative") << argv({"list", "--limit", "-5"});
        QTest::newRow("limit text") << argv({"senders", "--limit", "ten"});
        QTest::newRow("empty select") << argv({"fields", "--select", ","});
        QTest::newRow("timeout zero") << argv({"--timeout-ms", "0", "list"});
        QTest::newRow("retries too many") << argv({"list", "--retries", "99"});
        QTest::newRow("max-wait negative") << argv({"list", "--max-wait", "-1"});
        QTest::newRow("max-wait text") << argv({"list", "--max-wait", "soon"});
        QTest::newRow("max-wait beyond a day") << argv({"list", "--max-wait", "90000"});
        QTest::newRow("webhook and portal") << argv(
            {"--webhook", "https://x.test/rest/api/1/abc/", "--portal", "https://x.test/", "list"});
        QTest::newRow("missing option value") << argv({"list", "--name"});
        QTest::newRow("account and webhook")
            << argv({"--account", "a", "--webhook", "https://x.test/rest/api/1/abc/", "list"});
        QTest::newRow("account and portal")
            << argv({"--account", "a", "--portal", "https://x.test/", "list"});
        QTest::newRow("empty account") << argv({"--account", " ", "list"});
        QTest::newRow("check on list") << argv({"list", "--check"});
        QTest::newRow("accounts with webhook")
            << argv({"--webhook", "https://x.test/rest/api/1/abc/", "accounts"});
        QTest::newRow("login without portal") << argv({"login", "--client-id", "x"});
        QTest::newRow("login with webhook")
            << argv({"login", "--webhook", "https://x.test/rest/api/1/abc/"});
        QTest::newRow("login client secret as argument")
            << argv({"login", "--portal", "https://p.test/", "--client-secret", "s3cr3t"});
        QTest::newRow("login port text")
            << argv({"login", "--portal", "https://p.test/", "--redirect-port", "http"});
        QTest::newRow("login port too big")
            << argv({"login", "--portal", "https://p.test/", "--redirect-port", "70000"});
        QTest::newRow("login paste and port") << argv(
            {"login", "--portal", "https://p.test/", "--paste-code", "--redirect-port", "1"});
        QTest::newRow("login paste and host")
            << argv({"login", "--portal", "https://p.test/", "--paste-code", "--redirect-host",
                     "localhost"});
        QTest::newRow("login other host")
            << argv({"login", "--portal", "https://p.test/", "--redirect-host", "0.0.0.0"});
        QTest::newRow("redirect host on add-webhook")
            << argv({"add-webhook", "-", "--redirect-host", "localhost"});
        QTest::newRow("login empty name")
            << argv({"login", "--portal", "https://p.test/", "--name", " "});
        QTest::newRow("add-webhook without url") << argv({"add-webhook"});
        QTest::newRow("add-webhook with account")
            << argv({"--account", "a", "add-webhook", "https://x.test/rest/api/1/abc/"});
        QTest::newRow("logout without name") << argv({"logout"});
        QTest::newRow("logout with check") << argv({"logout", "a", "--check"});
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const auto r = CommandLine::parse(arguments);
        QCOMPARE(r.action, Action::UsageError);
        QVERIFY(!r.text.isEmpty());
        QVERIFY2(!r.text.contains(u'\n'), qPrintable(r.text));
    }

    void translationsWhereMainLooksForThem()
    {
        // main() loads mailbox-browser_<lang>.qm from here; mbcore embeds them.
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/mailbox-browser_de.qm")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<RestError>("error");
        QTest::addColumn<int>("exitCode");
        const auto row = [](const char *name, const RestError &e, ExitCode code) {
            QTest::newRow(name) << e << toInt(code);
        };
        row("none", RestError(), ExitCode::Success);
        row("auth", RestError(Category::Authentication, 401, QStringLiteral("NO_AUTH_FOUND")),
            ExitCode::Auth);
        row("expired", RestError(Category::TokenExpired, 401), ExitCode::Auth);
        row("sign in", RestError(Category::SignInNeeded), ExitCode::Auth);
        row("denied", RestError(Category::AccessDenied, 403), ExitCode::Auth);
        row("scope", RestError(Category::InsufficientScope, 403), ExitCode::Auth);
        row("not found", RestError(Category::NotFound, 400), ExitCode::Api);
        row("validation", RestError(Category::Validation, 400), ExitCode::Api);
        row("rate", RestError(Category::RateLimited, 503), ExitCode::Api);
        row("internal", RestError(Category::Internal, 500), ExitCode::Api);
        row("network", RestError(Category::Network), ExitCode::Network);
        row("timeout", RestError(Category::Timeout), ExitCode::Network);
        row("tls", RestError(Category::Tls), ExitCode::Network);
        // Paused for longer than --max-wait: try again later, like a network failure.
        row("paused", RestError(Category::OperationTimeLimit, 429), ExitCode::Network);
        row("protocol", RestError(Category::Protocol, 200), ExitCode::Protocol);
        row("portal moved", RestError(Category::PortalMoved, 302), ExitCode::Protocol);
        row("http status", RestError(Category::HttpStatus, 502), ExitCode::Protocol);
    }

    void exitCodesOfSignInAndKeychain()
    {
        using mb::OAuthError;
        using mb::SecretError;
        QCOMPARE(exitCodeFor(OAuthError()), ExitCode::Success);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::RefreshRejected)), ExitCode::Auth);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::InvalidClient)), ExitCode::Auth);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::NoRedirect)), ExitCode::Auth);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::Network)), ExitCode::Network);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::Protocol)), ExitCode::Protocol);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::InvalidPortal)), ExitCode::Usage);
        QCOMPARE(exitCodeFor(OAuthError(OAuthError::Code::PaymentRequired)), ExitCode::Api);
        // A keychain that cannot be used is a credentials problem: 3, whatever the reason.
        for (auto code : {SecretError::Code::NoBackend, SecretError::Code::Locked,
                          SecretError::Code::AccessDenied, SecretError::Code::CouldNotDelete})
            QCOMPARE(exitCodeFor(SecretError(code)), ExitCode::Auth);
        QCOMPARE(exitCodeFor(SecretError()), ExitCode::Success);
    }
    void exitCodes()
    {
        QFETCH(RestError, error);
        QFETCH(int, exitCode);
        QCOMPARE(toInt(exitCodeFor(error)), exitCode);
    }

    void browserStartsByItsFullPath()
    {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // A stand-in xdg-open that writes down the address it was given.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("xdg-open"));
        const QString record = dir.filePath(QStringLiteral("address"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/address\"\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        const auto restore = qScopeGuard([&] { qputenv("PATH", path); });
        qputenv("PATH", dir.path().toLocal8Bit() + ':' + path);

        const QString opener = SystemBrowser::opener();
        QVERIFY(QFileInfo(opener).isAbsolute());
        QCOMPARE(QFileInfo(opener).canonicalFilePath(), QFileInfo(script).canonicalFilePath());
        const QUrl url(QStringLiteral("http://127.0.0.1:9/oauth/authorize/?client_id=a&state=b c"));
        QVERIFY(SystemBrowser::open(url));
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                QFile written(record);
                return written.open(QIODevice::ReadOnly) ? QString::fromUtf8(written.readAll())
                                                         : QString();
            }(),
            url.toString(QUrl::FullyEncoded), 10000);
#else
        QVERIFY(QFileInfo(SystemBrowser::opener()).isAbsolute());
#endif
    }

    void tlsBackendIsTheSystemOne()
    {
        QVERIFY(mb::TlsBackend::useSystemBackend());
        const QString active = mb::TlsBackend::active();
        QVERIFY(QSslSocket::availableBackends().contains(active));
#if defined(Q_OS_WIN)
        QCOMPARE(active, QStringLiteral("schannel"));
#endif
        QCOMPARE(CommandLine::parse(argv({"--tls-backend"})).action, Action::ShowTlsBackend);
    }
};

QTEST_GUILESS_MAIN(TestCliUnit)
#include "tst_cli_unit.moc"
