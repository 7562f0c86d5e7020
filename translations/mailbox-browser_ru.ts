<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Account</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>AccountLookup</name>
    <message>
        <source>&apos;%1 accounts&apos; lists them.</source>
        <translation>Их список выводит «%1 accounts».</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>&apos;%1&apos; is not an authorization server address such as https://oauth.bitrix.info/.</source>
        <translation>«%1» — не адрес сервера авторизации вида https://oauth.bitrix.info/.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Не удаётся прочитать файл CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Файл CA %1 не содержит ни одного сертификата PEM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy such as http://proxy.example.com:3128, socks5://127.0.0.1:1080, none or system.</source>
        <translation>«%1» — не прокси вида http://proxy.example.com:3128, socks5://127.0.0.1:1080, none или system.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Incoming webhook URL (default: $B24_WEBHOOK_URL).</source>
        <translation>URL входящего вебхука (по умолчанию: $B24_WEBHOOK_URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Также доверять сертификатам CA из этого PEM-файла.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Выводить JSON вместо таблицы.</translation>
    </message>
    <message>
        <source>Give up on a request after N milliseconds.</source>
        <translation>Прерывать запрос через N миллисекунд.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Retry a failed read at most N times (default 3).</source>
        <translation>Повторять неудавшееся чтение не более N раз (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Log every HTTP exchange to stderr, secrets masked.</source>
        <translation>Выводить в stderr каждый HTTP-запрос и ответ, скрывая секреты.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Only mailboxes whose name contains TEXT.</source>
        <translation>Только почтовые ящики, в имени которых есть ТЕКСТ.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>Only mailboxes whose address contains TEXT.</source>
        <translation>Только почтовые ящики, в адресе которых есть ТЕКСТ.</translation>
    </message>
    <message>
        <source>Fetch at most N items.</source>
        <translation>Получить не более N записей.</translation>
    </message>
    <message>
        <source>Only these fields, comma-separated (e.g. id,email).</source>
        <translation>Только эти поля, через запятую (например, id,email).</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>ПОЛЯ</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Параметры команды можно узнать с помощью «%1 &lt;команда&gt; --help».</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Переменные окружения:</translation>
    </message>
    <message>
        <source>  B24_WEBHOOK_URL   webhook URL, used when --webhook is not given</source>
        <translation>  B24_WEBHOOK_URL   URL вебхука, если не задан --webhook</translation>
    </message>
    <message>
        <source>  B24_ACCESS_TOKEN  OAuth access token for --portal</source>
        <translation>  B24_ACCESS_TOKEN  токен доступа OAuth для --portal</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>Lists and inspects the mailboxes of a Bitrix24 portal.</source>
        <translation>Показывает почтовые ящики портала Битрикс24 и сведения о них.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Одна из команд, перечисленных ниже.</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;команда&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an argument: %2.</source>
        <translation>Команде «%1» нужен аргумент: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mailbox id.</source>
        <translation>«%1» — не идентификатор почтового ящика.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a non-empty %2.</source>
        <translation>Команде «%1» нужно непустое значение %2.</translation>
    </message>
    <message>
        <source>--webhook and --portal cannot be used together.</source>
        <translation>--webhook и --portal нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>--timeout-ms needs a positive number of milliseconds, not &apos;%1&apos;.</source>
        <translation>Для --timeout-ms нужно положительное число миллисекунд, а не «%1».</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to %1, not &apos;%2&apos;.</source>
        <translation>Для --retries нужно число от 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;.</source>
        <translation>Для --limit нужно положительное число, а не «%1».</translation>
    </message>
    <message>
        <source>--select needs at least one field name.</source>
        <translation>Для --select нужно указать хотя бы одно имя поля.</translation>
    </message>
    <message>
        <source>Portal address; the OAuth access token is read from $B24_ACCESS_TOKEN. For &apos;login&apos;: the portal to sign in to.</source>
        <translation>Адрес портала; токен доступа OAuth берётся из $B24_ACCESS_TOKEN. Для «login»: портал, на который нужно войти.</translation>
    </message>
    <message>
        <source>Use this saved account (its name or id; default: the current account).</source>
        <translation>Использовать эту сохранённую учётную запись (её имя или идентификатор; по умолчанию: текущая учётная запись).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>OAuth authorization server for sign-in and token refresh (default https://oauth.bitrix.info/).</source>
        <translation>Сервер авторизации OAuth для входа и обновления токенов (по умолчанию https://oauth.bitrix.info/).</translation>
    </message>
    <message>
        <source>Call the account NAME (default: the portal&apos;s host name).</source>
        <translation>Назвать учётную запись ИМЯ (по умолчанию: имя хоста портала).</translation>
    </message>
    <message>
        <source>Call each mail method once per account and report what works.</source>
        <translation>Вызвать каждый почтовый метод по одному разу для каждой учётной записи и сообщить, что работает.</translation>
    </message>
    <message>
        <source>The application&apos;s client_id (default: that of the saved account of the portal).</source>
        <translation>Код приложения (client_id); по умолчанию — из сохранённой учётной записи этого портала.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (default $B24_CLIENT_SECRET, else the keychain, else standard input).</source>
        <translation>Читать ключ приложения (client_secret) из этой переменной окружения (по умолчанию $B24_CLIENT_SECRET, иначе из хранилища паролей, иначе со стандартного ввода).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>ПЕРЕМЕННАЯ</translation>
    </message>
    <message>
        <source>Do not listen for a redirect: read the code the portal shows (or the address the browser ended on) from standard input.</source>
        <translation>Не ожидать перенаправления: прочитать со стандартного ввода код, который показывает портал (или адрес, на котором оказался браузер).</translation>
    </message>
    <message>
        <source>Do not start a browser; only print the sign-in address.</source>
        <translation>Не запускать браузер, только вывести адрес для входа.</translation>
    </message>
    <message>
        <source>  B24_CLIENT_SECRET the application&apos;s client secret for &apos;login&apos;</source>
        <translation>  B24_CLIENT_SECRET ключ приложения (client_secret) для «login»</translation>
    </message>
    <message>
        <source>Without --webhook, --portal or --account (and without $B24_WEBHOOK_URL) the current account is used: the last one added, signed in or chosen.</source>
        <translation>Без --webhook, --portal или --account (и без $B24_WEBHOOK_URL) используется текущая учётная запись: последняя добавленная, использованная для входа или выбранная.</translation>
    </message>
    <message>
        <source>--account cannot be used together with --webhook or --portal.</source>
        <translation>--account нельзя использовать вместе с --webhook или --portal.</translation>
    </message>
    <message>
        <source>--account needs an account name or id.</source>
        <translation>Для --account нужно имя или идентификатор учётной записи.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take %2.</source>
        <translation>Команда «%1» не принимает %2.</translation>
    </message>
    <message>
        <source>&apos;login&apos; needs --portal URL, or --account NAME to sign in again.</source>
        <translation>Команде «login» нужен --portal URL или, для повторного входа, --account ИМЯ.</translation>
    </message>
    <message>
        <source>--name needs a non-empty name.</source>
        <translation>Для --name нужно непустое имя.</translation>
    </message>
    <message>
        <source>--client-id needs the application&apos;s client_id.</source>
        <translation>Для --client-id нужен код приложения (client_id).</translation>
    </message>
    <message>
        <source>--client-secret-env needs the name of an environment variable.</source>
        <translation>Для --client-secret-env нужно имя переменной окружения.</translation>
    </message>
    <message>
        <source>--redirect-port needs a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>Для --redirect-port нужен номер порта от 0 до 65535, а не «%1».</translation>
    </message>
    <message>
        <source>Listen for the portal&apos;s redirect on this port (default: any free port). Use the port of the handler address on the application&apos;s card.</source>
        <translation>Ждать перенаправления портала на этом порту (по умолчанию — любой свободный порт). Укажите порт адреса обработчика из карточки приложения.</translation>
    </message>
    <message>
        <source>The host of the handler address on the application&apos;s card: 127.0.0.1 (default) or localhost, e.g. for http://localhost:7000/.</source>
        <translation>Хост адреса обработчика из карточки приложения: 127.0.0.1 (по умолчанию) или localhost, например для http://localhost:7000/.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ХОСТ</translation>
    </message>
    <message>
        <source>Warning: a webhook URL given as a command-line argument can be read by other users of this computer in the process list, and it stays in the shell history. Set $B24_WEBHOOK_URL instead, or save the webhook once with &apos;%1 add-webhook -&apos;, which reads the URL from standard input.</source>
        <translation>Внимание: адрес вебхука, переданный аргументом командной строки, могут прочитать другие пользователи этого компьютера в списке процессов, и он остаётся в истории оболочки. Лучше задайте $B24_WEBHOOK_URL или один раз сохраните вебхук командой «%1 add-webhook -», которая читает адрес со стандартного ввода.</translation>
    </message>
    <message>
        <source>--redirect-host needs 127.0.0.1 or localhost, not &apos;%1&apos;.</source>
        <translation>--redirect-host принимает 127.0.0.1 или localhost, а не «%1».</translation>
    </message>
    <message>
        <source>--paste-code cannot be used together with %1.</source>
        <translation>--paste-code нельзя использовать вместе с %1.</translation>
    </message>
    <message>
        <source>Reach the portal through this proxy: http://HOST:PORT, socks5://HOST:PORT, &apos;none&apos; or &apos;system&apos; (default: the system&apos;s, from http_proxy, https_proxy and no_proxy). Addresses on this computer never go through a proxy.</source>
        <translation>Подключаться к порталу через этот прокси: http://ХОСТ:ПОРТ, socks5://ХОСТ:ПОРТ, «none» или «system» (по умолчанию — системный, из http_proxy, https_proxy и no_proxy). Обращения к адресам на этом компьютере никогда не идут через прокси.</translation>
    </message>
    <message>
        <source>When the portal pauses a method for a while, wait at most SECONDS in all for it (default 60); longer pauses end the command with exit status 5.</source>
        <translation>Если портал приостанавливает метод на время, ждать его в сумме не более СЕКУНДЫ (по умолчанию 60); более долгие паузы завершают команду с кодом выхода 5.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>Show the TLS backend in use (schannel on Windows) and exit.</source>
        <translation>Показать используемый TLS-бэкенд (schannel в Windows) и выйти.</translation>
    </message>
    <message>
        <source>--max-wait needs a number of seconds from 0 to %1, not &apos;%2&apos;.</source>
        <translation>Для --max-wait нужно число секунд от 0 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>Follow the portal when it redirects to another domain (it moved, or changed hands); saved accounts keep the new address. Without it such a move ends the command with exit status 6 and sends nothing there.</source>
        <translation>Следовать за порталом, когда он перенаправляет на другой домен (переехал или сменил владельца); сохранённые учётные записи запоминают новый адрес. Без этого параметра такой переезд завершает команду с кодом 6, и туда ничего не отправляется.</translation>
    </message>
    <message>
        <source>  0 success, 2 usage error, 3 authentication, permission or keychain problem,
  4 other portal error, 5 network or TLS failure, or a method paused by the
  portal for longer than --max-wait (the message says when to retry),
  6 unexpected answer, or a portal that moved to another domain (see
  --allow-move)</source>
        <translation>  0 успех, 2 ошибка в параметрах, 3 проблема аутентификации, прав доступа или хранилища паролей,
  4 прочая ошибка портала, 5 сбой сети или TLS либо метод, приостановленный порталом
  дольше, чем на --max-wait (в сообщении сказано, когда повторить),
  6 неожиданный ответ или портал, переехавший на другой домен (см.
  --allow-move)</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>--portal needs an access token in %1.</source>
        <translation>Для --portal нужен токен доступа в %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a portal address such as https://example.bitrix24.com/.</source>
        <translation>«%1» — не адрес портала вида https://example.bitrix24.com/.</translation>
    </message>
    <message>
        <source>The webhook URL is not usable: %1</source>
        <translation>URL вебхука не подходит: %1</translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1: HTTP %2 за %3 мс</translation>
    </message>
    <message>
        <source>%1: no HTTP answer after %2 ms</source>
        <translation>%1: нет HTTP-ответа за %2 мс</translation>
    </message>
    <message>
        <source>No portal to talk to: pass --webhook URL, set %1, use --portal with %2, or save an account with &apos;%3 login&apos; or &apos;%3 add-webhook&apos;.</source>
        <translation>Не указан портал: передайте --webhook URL, задайте %1, используйте --portal вместе с %2 или сохраните учётную запись с помощью «%3 login» или «%3 add-webhook».</translation>
    </message>
    <message>
        <source>Warning: the renewed sign-in could not be saved in the keychain and will be lost when this run ends: %1</source>
        <translation>Предупреждение: обновлённые данные входа не удалось сохранить в хранилище паролей, и они будут потеряны после завершения этого запуска: %1</translation>
    </message>
    <message>
        <source>Warning: the account&apos;s settings could not be saved: %1</source>
        <translation>Предупреждение: не удалось сохранить настройки учётной записи: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1 add-webhook -&apos; and paste the webhook&apos;s current address.</source>
        <translation>Выполните «%1 add-webhook -» и вставьте текущий адрес вебхука.</translation>
    </message>
    <message>
        <source>Run &apos;%1 login --portal %2&apos; to sign in again.</source>
        <translation>Чтобы войти снова, выполните «%1 login --portal %2».</translation>
    </message>
    <message>
        <source>The sign-in of “%1” has expired or was revoked on the portal. %2</source>
        <translation>Авторизация для «%1» истекла или была отозвана на портале. %2</translation>
    </message>
    <message>
        <source>Warning: the renewed access token could not be saved in the keychain: %1</source>
        <translation>Предупреждение: не удалось сохранить обновлённый токен доступа в хранилище паролей: %1</translation>
    </message>
    <message>
        <source>Warning: the portal&apos;s new address could not be saved in the keychain; the account keeps the old one: %1</source>
        <translation>Предупреждение: новый адрес портала не удалось сохранить в хранилище паролей; учётная запись сохраняет старый: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to the new address. If you expect this move, run the command again with --allow-move; a saved account then keeps the new address.</source>
        <translation>%1 На новый адрес ничего не отправлено. Если вы ожидаете этот переезд, запустите команду снова с --allow-move; сохранённая учётная запись тогда запомнит новый адрес.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Дополнительную информацию можно получить с помощью «%1 --help».</translation>
    </message>
</context>
<context>
    <name>MailApi</name>
    <message>
        <source>an answer without “item”</source>
        <translation>ответ без «item»</translation>
    </message>
</context>
<context>
    <name>MethodPermission</name>
    <message>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>missing “mail” scope</source>
        <translation>нет области доступа (scope) «mail»</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>требуется вход</translation>
    </message>
    <message>
        <source>not available on this portal</source>
        <translation>не поддерживается на этом портале</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>не удалось проверить</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>This is not a usable portal address. Use the https:// address of your Bitrix24, e.g. https://example.bitrix24.com/</source>
        <translation>Этот адрес портала не подходит. Укажите адрес вашего Битрикс24, начинающийся с https://, например https://example.bitrix24.com/</translation>
    </message>
    <message>
        <source>The authorization server address is not usable (https:// is required).</source>
        <translation>Адрес сервера авторизации не подходит (требуется https://).</translation>
    </message>
    <message>
        <source>The application&apos;s client ID and client secret are needed to sign in. Copy them from the application&apos;s card on the portal.</source>
        <translation>Для входа нужны код приложения (client_id) и ключ приложения (client_secret). Скопируйте их из карточки приложения на портале.</translation>
    </message>
    <message>
        <source>Mailbox Browser could not listen for the portal&apos;s answer on this computer. Another program may use the port registered as the redirect address; close it or choose another port.</source>
        <translation>Mailbox Browser не может ожидать ответа портала на этом компьютере. Возможно, порт, зарегистрированный в адресе перенаправления, занят другой программой; закройте её или выберите другой порт.</translation>
    </message>
    <message>
        <source>The web browser could not be opened. Open the sign-in address yourself, or paste the code the portal shows.</source>
        <translation>Не удалось открыть веб-браузер. Откройте адрес для входа самостоятельно или вставьте код, который показывает портал.</translation>
    </message>
    <message>
        <source>The portal did not send the browser back to Mailbox Browser in time. If the portal showed its own error page (access denied, application not installed or redirect address not registered), fix that on the portal and sign in again, or paste the code the portal shows.</source>
        <translation>Портал не вернул браузер в Mailbox Browser вовремя. Если портал показал собственную страницу ошибки (доступ запрещён, приложение не установлено или адрес перенаправления не зарегистрирован), устраните проблему на портале и войдите снова или вставьте код, который показывает портал.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not belong to this sign-in (it may come from an older browser tab), so it was ignored. Sign in again.</source>
        <translation>Ответ портала не относится к этому входу (возможно, он пришёл из старой вкладки браузера), поэтому он был проигнорирован. Войдите снова.</translation>
    </message>
    <message>
        <source>Access was not granted on the portal. Sign in again and allow access.</source>
        <translation>Доступ на портале не был предоставлен. Войдите снова и разрешите доступ.</translation>
    </message>
    <message>
        <source>No authorization code was found. Paste the code the portal shows, or the whole address the browser was sent to.</source>
        <translation>Код авторизации не найден. Вставьте код, который показывает портал, или полный адрес, на который был перенаправлен браузер.</translation>
    </message>
    <message>
        <source>The portal refused the authorization code: a code works only once and only for 30 seconds. Sign in again.</source>
        <translation>Портал отклонил код авторизации: код действует только один раз и только 30 секунд. Войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked on the portal. Sign in again.</source>
        <translation>Авторизация истекла или была отозвана на портале. Войдите снова.</translation>
    </message>
    <message>
        <source>The authorization server refused the application&apos;s client ID or client secret, or the application is not installed on this portal. Check both values in the application&apos;s card.</source>
        <translation>Сервер авторизации отклонил код приложения (client_id) или ключ приложения (client_secret), либо приложение не установлено на этом портале. Проверьте оба значения в карточке приложения.</translation>
    </message>
    <message>
        <source>The application asked for permissions its card on the portal does not allow.</source>
        <translation>Приложение запросило права доступа, которые не разрешены в его карточке на портале.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan or trial period has ended; the application cannot be used until it is renewed.</source>
        <translation>Тариф или пробный период портала закончился; приложением нельзя пользоваться, пока он не будет продлён.</translation>
    </message>
    <message>
        <source>The authorization server refused the request as malformed.</source>
        <translation>Сервер авторизации отклонил запрос как некорректный.</translation>
    </message>
    <message>
        <source>The authorization server reported an error.</source>
        <translation>Сервер авторизации сообщил об ошибке.</translation>
    </message>
    <message>
        <source>The authorization server could not be reached. Check the network and try again.</source>
        <translation>Не удалось связаться с сервером авторизации. Проверьте подключение к сети и повторите попытку.</translation>
    </message>
    <message>
        <source>The authorization server sent an answer Mailbox Browser does not understand.</source>
        <translation>Сервер авторизации прислал ответ, который Mailbox Browser не понимает.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <source>the answer holds no token pair</source>
        <translation>в ответе нет пары токенов</translation>
    </message>
</context>
<context>
    <name>RedirectPage</name>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>Mailbox Browser received the portal&apos;s answer. You may close this window.</source>
        <translation>Mailbox Browser получил ответ портала. Это окно можно закрыть.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Не удалось войти</translation>
    </message>
    <message>
        <source>Mailbox Browser could not use this answer. Return to Mailbox Browser to see why. You may close this window.</source>
        <translation>Mailbox Browser не смог использовать этот ответ. Вернитесь в Mailbox Browser, чтобы узнать причину. Это окно можно закрыть.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Здесь ничего нет</translation>
    </message>
    <message>
        <source>This address only receives the portal&apos;s answer during sign-in.</source>
        <translation>Этот адрес только принимает ответ портала во время входа.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the page</comment>
        <translation>ru</translation>
    </message>
</context>
<context>
    <name>RestError</name>
    <message>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>Портал не ответил вовремя</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The portal answered with an HTTP error</source>
        <translation>Портал ответил ошибкой HTTP</translation>
    </message>
    <message>
        <source>The portal&apos;s answer could not be understood</source>
        <translation>Не удалось разобрать ответ портала</translation>
    </message>
    <message>
        <source>Wrong authorization data</source>
        <translation>Неверные данные авторизации</translation>
    </message>
    <message>
        <source>The access token has expired</source>
        <translation>Срок действия токена доступа истёк</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>The application or webhook lacks the “mail” permission</source>
        <translation>У приложения или вебхука нет области доступа (scope) «mail»</translation>
    </message>
    <message>
        <source>The administrator has not approved this method</source>
        <translation>Администратор не подтвердил использование этого метода</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The request was rejected as invalid</source>
        <translation>Запрос отклонён как недопустимый</translation>
    </message>
    <message>
        <source>Invalid page parameters</source>
        <translation>Недопустимые параметры постраничной навигации</translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation>Неизвестное поле</translation>
    </message>
    <message>
        <source>The portal does not offer this method (REST 3.0 needed)</source>
        <translation>Портал не поддерживает этот метод (нужен REST 3.0)</translation>
    </message>
    <message>
        <source>Too many requests; the portal asks to slow down</source>
        <translation>Слишком много запросов; портал просит снизить частоту</translation>
    </message>
    <message>
        <source>This method used up its time budget; retry later</source>
        <translation>Этот метод исчерпал лимит времени выполнения; повторите позже</translation>
    </message>
    <message>
        <source>REST access to the portal is blocked; contact Bitrix24 support</source>
        <translation>REST-доступ к порталу заблокирован; обратитесь в техподдержку Битрикс24</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>Портал требует HTTPS</translation>
    </message>
    <message>
        <source>The portal reported an internal error</source>
        <translation>Портал сообщил о внутренней ошибке</translation>
    </message>
    <message>
        <source>The portal reported an error</source>
        <translation>Портал сообщил об ошибке</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Поля: %1.</translation>
    </message>
    <message>
        <source>Check the internet connection and the proxy in Settings, then retry.</source>
        <translation>Проверьте подключение к интернету и прокси в настройках, затем повторите.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, check the proxy in Settings or try later.</source>
        <translation>Повторите. Если это повторяется, проверьте прокси в настройках или попробуйте позже.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted here. If your company uses its own certificate authority, add its certificate in Settings; otherwise ask your IT administrator.</source>
        <translation>Сертификату портала здесь не доверяют. Если в вашей компании свой удостоверяющий центр, добавьте его сертификат в настройках; иначе обратитесь к ИТ-администратору.</translation>
    </message>
    <message>
        <source>The portal, or a proxy on the way, sent an error page. Retry later; if it persists, ask your portal administrator.</source>
        <translation>Портал или прокси по пути вернул страницу ошибки. Повторите позже; если ошибка остаётся, обратитесь к администратору портала.</translation>
    </message>
    <message>
        <source>Retry. If it persists, save the diagnostics (View &gt; Request Inspector) and send them to support.</source>
        <translation>Повторите. Если ошибка остаётся, сохраните диагностику (Вид &gt; Инспектор запросов) и отправьте её в поддержку.</translation>
    </message>
    <message>
        <source>The webhook address or the sign-in is no longer valid: sign in again, or ask your portal administrator for a new webhook.</source>
        <translation>Адрес вебхука или вход больше не действительны: войдите снова или попросите у администратора портала новый вебхук.</translation>
    </message>
    <message>
        <source>Sign in again; the app carries on where you were.</source>
        <translation>Войдите снова; приложение продолжит с того же места.</translation>
    </message>
    <message>
        <source>Your Bitrix24 user may not do this. Ask your portal administrator for access.</source>
        <translation>Вашему пользователю Битрикс24 это не разрешено. Попросите доступ у администратора портала.</translation>
    </message>
    <message>
        <source>A portal administrator must approve this application&apos;s access to the method in Bitrix24.</source>
        <translation>Администратор портала должен одобрить доступ этого приложения к методу в Битрикс24.</translation>
    </message>
    <message>
        <source>It may have been removed or is no longer shared with you. Refresh the list.</source>
        <translation>Возможно, его удалили или он больше не доступен вам. Обновите список.</translation>
    </message>
    <message>
        <source>The portal did not accept the request. Save the diagnostics (View &gt; Request Inspector) and send them to support.</source>
        <translation>Портал не принял запрос. Сохраните диагностику (Вид &gt; Инспектор запросов) и отправьте её в поддержку.</translation>
    </message>
    <message>
        <source>This portal does not offer REST 3.0 yet. Ask your portal administrator about updating Bitrix24.</source>
        <translation>Этот портал пока не поддерживает REST 3.0. Спросите администратора портала об обновлении Битрикс24.</translation>
    </message>
    <message>
        <source>The app waits and retries by itself. An Enterprise plan allows more: turn its limits on in Settings.</source>
        <translation>Приложение ждёт и повторяет само. Тариф Enterprise позволяет больше: включите его лимиты в настройках.</translation>
    </message>
    <message>
        <source>The portal lets this method work again shortly; retry in a minute.</source>
        <translation>Портал скоро снова разрешит этот метод; повторите через минуту.</translation>
    </message>
    <message>
        <source>Ask your portal administrator to contact Bitrix24 support to lift the block.</source>
        <translation>Попросите администратора портала обратиться в поддержку Битрикс24, чтобы снять блокировку.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s https:// address.</source>
        <translation>Используйте адрес портала с https://.</translation>
    </message>
    <message>
        <source>Retry later. If it persists, ask your portal administrator or Bitrix24 support, with the diagnostics (View &gt; Request Inspector).</source>
        <translation>Повторите позже. Если ошибка остаётся, обратитесь к администратору портала или в поддержку Битрикс24, приложив диагностику (Вид &gt; Инспектор запросов).</translation>
    </message>
    <message>
        <source>This account may not read mailboxes: the portal has not granted the “mail” permission. Ask your portal administrator to add it.</source>
        <translation>Этой учётной записи не разрешено читать почтовые ящики: портал не предоставил область доступа (scope) «mail». Попросите администратора портала добавить её.</translation>
    </message>
    <message>
        <source>Your Bitrix24 user may not read these mailboxes.</source>
        <translation>Вашему пользователю Битрикс24 не разрешено читать эти почтовые ящики.</translation>
    </message>
    <message>
        <source>Retry then; other methods keep working meanwhile.</source>
        <translation>Повторите тогда; остальные методы тем временем работают.</translation>
    </message>
    <message>
        <source>%1 is available again at %2.</source>
        <translation>%1 снова будет доступен в %2.</translation>
    </message>
    <message>
        <source>The portal moved to another domain</source>
        <translation>Портал переехал на другой домен</translation>
    </message>
    <message>
        <source>Follow it only if you expect this move: from then on the new address receives the account&apos;s sign-in.</source>
        <translation>Следуйте, только если вы ожидаете этот переезд: с этого момента новый адрес будет получать данные входа учётной записи.</translation>
    </message>
    <message>
        <source>The portal at %1 now redirects to %2, another domain.</source>
        <translation>Портал по адресу %1 теперь перенаправляет на %2, другой домен.</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available to store passwords securely. Install and start a keychain such as GNOME Keyring or KWallet, or keep the sign-in for this session only.</source>
        <translation>Нет хранилища паролей для их безопасного хранения. Установите и запустите хранилище паролей, например GNOME Keyring или KWallet, или сохраните вход только на время этого сеанса.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Доступ к хранилищу паролей запрещён.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it and try again.</source>
        <translation>Хранилище паролей заблокировано. Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>No saved credentials for this account were found in the keychain.</source>
        <translation>В хранилище паролей не найдены сохранённые учётные данные для этой учётной записи.</translation>
    </message>
    <message>
        <source>The secret is too large to be stored in the keychain; nothing was saved.</source>
        <translation>Секрет слишком велик для хранилища паролей; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The saved credentials could not be removed from the keychain.</source>
        <translation>Не удалось удалить сохранённые учётные данные из хранилища паролей.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Хранилище паролей сообщило об ошибке.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for you to unlock it in another window, or its service may have stopped responding; try again.</source>
        <translation>Связка ключей не ответила вовремя. Возможно, она ждёт разблокировки в другом окне или её служба перестала отвечать; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>SecretServiceProbe</name>
    <message>
        <source>No D-Bus session bus: %1</source>
        <translation>Нет сеансовой шины D-Bus: %1</translation>
    </message>
    <message>
        <source>Nothing provides %1 on the session bus</source>
        <translation>На сеансовой шине нет службы %1</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>List the mailboxes you can see (every page unless --limit is given).</source>
        <translation>Показать список доступных вам почтовых ящиков (все страницы, если не задан --limit).</translation>
    </message>
    <message>
        <source>Show one mailbox.</source>
        <translation>Показать один почтовый ящик.</translation>
    </message>
    <message>
        <source>The mailbox id, as shown by &apos;list&apos;.</source>
        <translation>Идентификатор почтового ящика, как его показывает «list».</translation>
    </message>
    <message>
        <source>List the addresses you may send from.</source>
        <translation>Показать список адресов, с которых вы можете отправлять письма.</translation>
    </message>
    <message>
        <source>Describe the fields of a mailbox.</source>
        <translation>Описать поля почтового ящика.</translation>
    </message>
    <message>
        <source>Describe one mailbox field.</source>
        <translation>Описать одно поле почтового ящика.</translation>
    </message>
    <message>
        <source>The field name, as shown by &apos;fields&apos;.</source>
        <translation>Имя поля, как его показывает «fields».</translation>
    </message>
    <message>
        <source>List the saved accounts; --check tests what each may do.</source>
        <translation>Показать список сохранённых учётных записей; --check проверяет, что разрешено каждой из них.</translation>
    </message>
    <message>
        <source>Sign in to --portal with OAuth in the browser and save the account.</source>
        <translation>Войти на --portal через OAuth в браузере и сохранить учётную запись.</translation>
    </message>
    <message>
        <source>Check an incoming webhook and save it as an account.</source>
        <translation>Проверить входящий вебхук и сохранить его как учётную запись.</translation>
    </message>
    <message>
        <source>The webhook URL, or - to read it from standard input.</source>
        <translation>URL вебхука или -, чтобы прочитать его со стандартного ввода.</translation>
    </message>
    <message>
        <source>Remove a saved account and its keychain entries.</source>
        <translation>Удалить сохранённую учётную запись и её данные в хранилище паролей.</translation>
    </message>
    <message>
        <source>The account&apos;s name or id, as shown by &apos;accounts&apos;.</source>
        <translation>Имя или идентификатор учётной записи, как их показывает «accounts».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse the mailboxes of a Bitrix24 portal.</source>
        <translation>Просмотр почтовых ящиков портала Битрикс24.</translation>
    </message>
    <message>
        <source>Start with the bundled sample portal.</source>
        <translation>Запустить с прилагаемым демонстрационным порталом.</translation>
    </message>
    <message>
        <source>The saved account to use with --pick-sender.</source>
        <translation>Сохранённая учётная запись для --pick-sender.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Sample portal</source>
        <translation>Демонстрационный портал</translation>
    </message>
    <message>
        <source>Give --help or --version as options of their own.</source>
        <translation>Укажите --help или --version отдельными параметрами.</translation>
    </message>
    <message>
        <source>Only choose a sender and print &quot;Name &lt;email&gt;&quot; (plain text, one line). Exit status: 0 a sender was chosen, 1 cancelled, 2 usage (a wrong option, no such account), 3 the portal or the network failed.</source>
        <translation>Только выбрать отправителя и вывести «Имя &lt;адрес&gt;» (обычный текст, одна строка). Коды завершения: 0 — отправитель выбран, 1 — отменено, 2 — ошибка в параметрах (неверный параметр, нет такой учётной записи), 3 — сбой портала или сети.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>the sample portal</source>
        <translation>демонстрационный портал</translation>
    </message>
</context>
<context>
    <name>mb::AccountDialog</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Открыть выбранную учётную запись</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти заново</translation>
    </message>
    <message>
        <source>Sign in again to the selected account</source>
        <translation>Заново войти в выбранную учётную запись</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Удалить выбранную учётную запись</translation>
    </message>
    <message>
        <source>Add with OAuth…</source>
        <translation>Добавить через OAuth…</translation>
    </message>
    <message>
        <source>Add an account with OAuth</source>
        <translation>Добавить учётную запись через OAuth</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Добавить вебхук…</translation>
    </message>
    <message>
        <source>Add an account with a webhook</source>
        <translation>Добавить учётную запись по вебхуку</translation>
    </message>
    <message>
        <source>Try the sample portal</source>
        <translation>Попробовать демонстрационный портал</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>Добавить вебхук</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Адрес вебхука</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Проверить и добавить</translation>
    </message>
    <message>
        <source>Check and add the webhook</source>
        <translation>Проверить и добавить вебхук</translation>
    </message>
    <message>
        <source>Add with OAuth</source>
        <translation>Добавить через OAuth</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Идентификатор приложения (client_id)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Секретный ключ приложения</translation>
    </message>
    <message>
        <source>Use the fixed handler address</source>
        <translation>Использовать постоянный адрес обработчика</translation>
    </message>
    <message>
        <source>Paste the code the portal shows</source>
        <translation>Вставить код, который показывает портал</translation>
    </message>
    <message>
        <source>Code from the portal</source>
        <translation>Код с портала</translation>
    </message>
    <message>
        <source>Use the code</source>
        <translation>Использовать код</translation>
    </message>
    <message>
        <source>Use the pasted code</source>
        <translation>Использовать вставленный код</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Войти в браузере</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secrets from this computer?</source>
        <translation>Удалить учётную запись «%1» и её секреты с этого компьютера?</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Сохранённые учётные записи</translation>
    </message>
    <message>
        <source>Handler port</source>
        <translation>Порт обработчика</translation>
    </message>
    <message>
        <source>There is no code in the pasted text.</source>
        <translation>Во вставленном тексте нет кода.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Адрес портала:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>client_id:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What the open account may do:</source>
        <translation>Что разрешено открытой учётной записи:</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>Register this handler address on the application&apos;s card: %1</source>
        <translation>Укажите этот адрес обработчика в карточке приложения: %1</translation>
    </message>
    <message>
        <source>Leave the handler address empty on the application&apos;s card; paste the code the portal shows.</source>
        <translation>Оставьте адрес обработчика в карточке приложения пустым и вставьте код, который покажет портал.</translation>
    </message>
    <message>
        <source>Checking the webhook…</source>
        <translation>Проверка вебхука…</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s address, e.g. https://portal.bitrix24.com/.</source>
        <translation>Введите адрес портала, например https://portal.bitrix24.com/.</translation>
    </message>
    <message>
        <source>Enter the client ID from the application&apos;s card.</source>
        <translation>Введите client_id из карточки приложения.</translation>
    </message>
    <message>
        <source>The application was not granted the “mail” scope; the account is kept, but mailboxes cannot be read until the scope is added.</source>
        <translation>Приложению не выдано право «mail»; учётная запись сохранена, но почтовые ящики нельзя прочитать, пока право не добавлено.</translation>
    </message>
    <message>
        <source>Approve the access in the browser. If it did not open, visit: %1</source>
        <translation>Подтвердите доступ в браузере. Если он не открылся, перейдите по адресу: %1</translation>
    </message>
    <message>
        <source>Signed in; saving the account…</source>
        <translation>Вход выполнен; учётная запись сохраняется…</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>Учётная запись добавлена.</translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation>Учётная запись «%1» удалена.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its keychain entries may remain: %2</source>
        <translation>Учётная запись «%1» удалена, но её записи в хранилище ключей могли остаться: %2</translation>
    </message>
    <message>
        <source>The account “%1” was kept: %2</source>
        <translation>Учётная запись «%1» сохранена: %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Enter the client secret and sign in; the account is continued.</source>
        <translation>Введите секретный ключ и войдите; учётная запись будет продолжена.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL again; the account is updated.</source>
        <translation>Вставьте адрес вебхука ещё раз; учётная запись будет обновлена.</translation>
    </message>
    <message>
        <source>Opened.</source>
        <translation>Открыто.</translation>
    </message>
    <message>
        <source>Signed in again, but the keychain did not store the new sign-in: %1</source>
        <translation>Вход выполнен повторно, но связка ключей не сохранила новый вход: %1</translation>
    </message>
    <message>
        <source>Signed in again; the account carries on.</source>
        <translation>Вход выполнен повторно; работа с учётной записью продолжается.</translation>
    </message>
    <message>
        <source>Signed in; storing the new sign-in…</source>
        <translation>Вход выполнен; новый вход сохраняется…</translation>
    </message>
    <message>
        <source>Sign in again in the browser; the stored client secret is used unless you enter another.</source>
        <translation>Войдите снова в браузере; используется сохранённый секрет клиента, если вы не введёте другой.</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Сервер авторизации</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Хранить только в этом сеансе</translation>
    </message>
    <message>
        <source>Keep sign-ins for this session only</source>
        <translation>Хранить данные входа только в этом сеансе</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Show advanced sign-in settings</source>
        <translation>Показать дополнительные настройки входа</translation>
    </message>
    <message>
        <source>Where tokens are issued and renewed: %1 for Bitrix24 cloud portals; an on-premise portal may have its own.</source>
        <translation>Где выдаются и обновляются токены: %1 для облачных порталов Битрикс24; у коробочного портала может быть свой сервер.</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Сервер авторизации:</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · this session only</source>
        <translation>%1 · только этот сеанс</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The authorization server must be an https address such as %1 (plain http only on this computer).</source>
        <translation>Адрес сервера авторизации должен начинаться с https, например %1 (обычный http — только на этом компьютере).</translation>
    </message>
</context>
<context>
    <name>mb::AccountManager</name>
    <message>
        <source>There is no saved account called “%1”.</source>
        <translation>Сохранённой учётной записи «%1» нет.</translation>
    </message>
    <message>
        <source>%1 saved accounts are called “%2”; use the account&apos;s id instead.</source>
        <translation>Сохранённых учётных записей с именем «%2»: %1; укажите вместо имени идентификатор учётной записи.</translation>
    </message>
</context>
<context>
    <name>mb::AccountSession</name>
    <message>
        <source>The keychain holds no sign-in for “%1”. Sign in again.</source>
        <translation>В хранилище паролей нет данных входа для «%1». Войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be read from the keychain: %2</source>
        <translation>Не удалось прочитать данные входа для «%1» из хранилища паролей: %2</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translation>Не удалось сохранить данные входа в хранилище паролей: %1</translation>
    </message>
    <message>
        <source>not an OAuth account</source>
        <translation>не учётная запись OAuth</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>the stored webhook address is damaged</source>
        <translation>сохранённый адрес вебхука повреждён</translation>
    </message>
    <message>
        <source>This account was made by a newer version.</source>
        <translation>Эта учётная запись создана более новой версией программы.</translation>
    </message>
    <message>
        <source>There is nowhere to store the account.</source>
        <translation>Учётную запись негде сохранить.</translation>
    </message>
</context>
<context>
    <name>mb::AccountStore</name>
    <message>
        <source>&quot;%1&quot; is not a portal address.</source>
        <translation>«%1» — не адрес портала.</translation>
    </message>
    <message>
        <source>The portal address must be the portal itself, such as https://example.bitrix24.com/, without a REST path or credentials.</source>
        <translation>Адрес портала должен указывать на сам портал, например https://example.bitrix24.com/, без пути REST и учётных данных.</translation>
    </message>
    <message>
        <source>The authorization server address is not valid.</source>
        <translation>Недопустимый адрес сервера авторизации.</translation>
    </message>
    <message>
        <source>The sign-in method of the account is unknown.</source>
        <translation>Неизвестный способ входа для учётной записи.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Не удалось сохранить настройки в %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id.</source>
        <translation>«%1» — недопустимый идентификатор учётной записи.</translation>
    </message>
    <message>
        <source>An account with the id %1 exists already.</source>
        <translation>Учётная запись с идентификатором %1 уже существует.</translation>
    </message>
    <message>
        <source>There is no account with the id %1.</source>
        <translation>Учётной записи с идентификатором %1 нет.</translation>
    </message>
</context>
<context>
    <name>mb::AppSettings</name>
    <message>
        <source>The proxy has no host or port; the system&apos;s proxy settings are used.</source>
        <translation>У прокси не указан хост или порт; используются системные настройки прокси.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no readable PEM certificate; it is not used.</source>
        <translation>В файле сертификатов %1 нет читаемого сертификата PEM; он не используется.</translation>
    </message>
</context>
<context>
    <name>mb::Credential</name>
    <message>
        <source>This credential cannot be renewed</source>
        <translation>Эти учётные данные нельзя обновить</translation>
    </message>
    <message>
        <source>“%1” is not a valid portal address.</source>
        <translation>«%1» — недопустимый адрес портала.</translation>
    </message>
    <message>
        <source>Only https:// portal addresses are accepted (plain http only on this computer).</source>
        <translation>Принимаются только адреса порталов с https:// (обычный http — только на этом компьютере).</translation>
    </message>
</context>
<context>
    <name>mb::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Показать подробности ошибки</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Вид: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-статус: %1</translation>
    </message>
    <message>
        <source>Portal says: %1</source>
        <translation>Сообщение портала: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Подробно: %1</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Следовать</translation>
    </message>
    <message>
        <source>Follow the portal to its new address</source>
        <translation>Перейти за порталом на его новый адрес</translation>
    </message>
    <message>
        <source>Don&apos;t Follow</source>
        <translation>Не следовать</translation>
    </message>
    <message>
        <source>Stay on the portal&apos;s old address</source>
        <translation>Остаться на старом адресе портала</translation>
    </message>
</context>
<context>
    <name>mb::ExportFormat</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>mb::FieldModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Attributes the documentation does not describe:</source>
        <translation>Атрибуты, не описанные в документации:</translation>
    </message>
    <message>
        <source>The portal did not send “%1” for this field.</source>
        <translation>Портал не передал «%1» для этого поля.</translation>
    </message>
    <message>
        <source>Attributes the portal sends beyond the documented ones</source>
        <translation>Атрибуты, которые портал передаёт сверх документированных</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Filterable</source>
        <translation>Фильтруемое</translation>
    </message>
    <message>
        <source>Sortable</source>
        <translation>Сортируемое</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Изменяемое</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>Множественное</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>Тип элемента</translation>
    </message>
    <message>
        <source>Validation rules</source>
        <translation>Правила проверки</translation>
    </message>
    <message>
        <source>Required groups</source>
        <translation>Группы обязательности</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>mb::KeychainBanner</name>
    <message>
        <source>Keep for this session only</source>
        <translation>Хранить только в этом сеансе</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Хранилище паролей</translation>
    </message>
    <message>
        <source>Keep sign-ins for this session only</source>
        <translation>Хранить данные входа только в этом сеансе</translation>
    </message>
    <message>
        <source>You can keep them for this session only: they are forgotten when you quit.</source>
        <translation>Их можно хранить только в этом сеансе: после выхода из программы они будут забыты.</translation>
    </message>
    <message>
        <source>No keychain is available, so Mailbox Browser cannot remember sign-ins. %1</source>
        <translation>Хранилище паролей недоступно, поэтому Mailbox Browser не может запомнить данные входа. %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used now, so Mailbox Browser cannot remember sign-ins (%1). %2</source>
        <translation>Хранилищем паролей сейчас нельзя воспользоваться, поэтому Mailbox Browser не может запомнить данные входа (%1). %2</translation>
    </message>
    <message>
        <source>Sign-ins are kept for this session only and forgotten when you quit.</source>
        <translation>Данные входа хранятся только в этом сеансе и будут забыты после выхода из программы.</translation>
    </message>
</context>
<context>
    <name>mb::ListJob</name>
    <message>
        <source>the batch answer does not hold one result per command</source>
        <translation>ответ batch не содержит по одному результату на каждую команду</translation>
    </message>
    <message>
        <source>a list answer without “items”</source>
        <translation>ответ со списком без «items»</translation>
    </message>
    <message>
        <source>a list row that is not an object</source>
        <translation>строка списка, которая не является объектом</translation>
    </message>
    <message>
        <source>the portal sent more rows than were asked for</source>
        <translation>портал прислал больше строк, чем было запрошено</translation>
    </message>
    <message>
        <source>the portal sent page %1 again as page %2</source>
        <translation>портал снова прислал страницу %1 под номером %2</translation>
    </message>
    <message numerus="yes">
        <source>the portal sent more than %Ln row(s)</source>
        <translation>
            <numerusform>портал прислал больше %Ln строки</numerusform>
            <numerusform>портал прислал больше %Ln строк</numerusform>
            <numerusform>портал прислал больше %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>the portal sent page %1 with only rows it had sent before</source>
        <translation>портал прислал страницу %1 только со строками, которые уже присылал раньше</translation>
    </message>
    <message>
        <source>an answer without “result”</source>
        <translation>ответ без «result»</translation>
    </message>
</context>
<context>
    <name>mb::LoadState</name>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n row(s)</source>
        <translation>
            <numerusform>Загрузка… %n строка</numerusform>
            <numerusform>Загрузка… %n строки</numerusform>
            <numerusform>Загрузка… %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded — see the message above.</source>
        <translation>Не загружено — см. сообщение выше.</translation>
    </message>
</context>
<context>
    <name>mb::LoopbackRedirectListener</name>
    <message>
        <source>No free port on %1: %2</source>
        <translation>Нет свободного порта на %1: %2</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program.</source>
        <translation>Порт %1 на %2 уже занят другой программой.</translation>
    </message>
    <message>
        <source>Port %1 on %2 cannot be used: %3</source>
        <translation>Порт %1 на %2 нельзя использовать: %3</translation>
    </message>
</context>
<context>
    <name>mb::MailboxDetailModel</name>
    <message>
        <source>No account is open.</source>
        <translation>Ни одна учётная запись не открыта.</translation>
    </message>
    <message>
        <source>Not in the portal&apos;s field list</source>
        <translation>Нет в списке полей портала</translation>
    </message>
    <message>
        <source>“%1” is not in the portal&apos;s field list: a field this program does not know yet.</source>
        <translation>«%1» нет в списке полей портала: это поле программе пока не известно.</translation>
    </message>
    <message>
        <source>%1 (field “%2”)</source>
        <translation>%1 (поле «%2»)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>mb::MailboxDetailPanel</name>
    <message>
        <source>Mailbox details</source>
        <translation>Сведения о почтовом ящике</translation>
    </message>
    <message>
        <source>Full value of the selected field</source>
        <translation>Полное значение выбранного поля</translation>
    </message>
    <message>
        <source>Select a field to see its full value.</source>
        <translation>Выберите поле, чтобы увидеть его полное значение.</translation>
    </message>
    <message>
        <source>Whether this mailbox&apos;s address is one of the addresses you may send from (the Senders tab).</source>
        <translation>Входит ли адрес этого почтового ящика в число адресов, с которых вы можете отправлять письма (вкладка «Отправители»).</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
    <message>
        <source>Show or hide the mailbox exactly as the portal sent it</source>
        <translation>Показать или скрыть почтовый ящик точно в том виде, в каком его прислал портал</translation>
    </message>
    <message>
        <source>Raw JSON of the mailbox</source>
        <translation>Исходный JSON почтового ящика</translation>
    </message>
    <message>
        <source>Full value:</source>
        <translation>Полное значение:</translation>
    </message>
    <message>
        <source>Full value of “%1”:</source>
        <translation>Полное значение «%1»:</translation>
    </message>
    <message>
        <source>Also a sender: not known yet (the sender list is not loaded)</source>
        <translation>Также отправитель: пока неизвестно (список отправителей не загружен)</translation>
    </message>
    <message>
        <source>Also a sender: yes</source>
        <translation>Также отправитель: да</translation>
    </message>
    <message>
        <source>Also a sender: no</source>
        <translation>Также отправитель: нет</translation>
    </message>
</context>
<context>
    <name>mb::MailboxListModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>mailbox tooltip: name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Имя отправителя: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>mb::MainWindow</name>
    <message>
        <source>Mailbox Browser</source>
        <translation>Mailbox Browser</translation>
    </message>
    <message>
        <source>Search mailboxes</source>
        <translation>Поиск почтовых ящиков</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>Почтовые &amp;ящики</translation>
    </message>
    <message>
        <source>&amp;Senders</source>
        <translation>&amp;Отправители</translation>
    </message>
    <message>
        <source>Bitrix24 lists only your own mailboxes and the mailboxes shared with you. Other users&apos; mailboxes do not appear here, so a short list is expected.</source>
        <translation>Bitrix24 показывает только ваши собственные почтовые ящики и ящики, к которым вам открыт доступ. Ящики других пользователей здесь не появляются, поэтому короткий список — это нормально.</translation>
    </message>
    <message>
        <source>About this list</source>
        <translation>Об этом списке</translation>
    </message>
    <message>
        <source>The mailboxes could not all be loaded: %1</source>
        <translation>Не удалось загрузить все почтовые ящики: %1</translation>
    </message>
    <message>
        <source>The fields a mailbox has, as the portal describes them.</source>
        <translation>Поля почтового ящика в том виде, как их описывает портал.</translation>
    </message>
    <message>
        <source>Field reference</source>
        <translation>Справочник полей</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the mailboxes and senders again (F5)</source>
        <translation>Загрузить почтовые ящики и отправителей заново (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>Скопировать выбранные строки как текст с табуляциями (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export Mailboxes as &amp;CSV…</source>
        <translation>Экспорт почтовых ящиков в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Mailboxes as &amp;JSON…</source>
        <translation>Экспорт почтовых ящиков в &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Senders as CSV…</source>
        <translation>Экспорт &amp;отправителей в CSV…</translation>
    </message>
    <message>
        <source>Export S&amp;enders as JSON…</source>
        <translation>Экспорт отправ&amp;ителей в JSON…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Request &amp;Inspector</source>
        <translation>&amp;Инспектор запросов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>The account changed before the export finished.</source>
        <translation>Учётная запись сменилась до завершения экспорта.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s: portal rate limit (%1)</source>
        <translation>
            <numerusform>Ожидание %n с: лимит запросов портала (%1)</numerusform>
            <numerusform>Ожидание %n с: лимит запросов портала (%1)</numerusform>
            <numerusform>Ожидание %n с: лимит запросов портала (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s before trying %1 again: %2</source>
        <translation>
            <numerusform>Ожидание %n с перед повтором %1: %2</numerusform>
            <numerusform>Ожидание %n с перед повтором %1: %2</numerusform>
            <numerusform>Ожидание %n с перед повтором %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation>Учётная запись открывается…</translation>
    </message>
    <message>
        <source>This account has no mailboxes you can see.</source>
        <translation>В этой учётной записи нет доступных вам почтовых ящиков.</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Нет почтовых ящиков, соответствующих «%1».</translation>
    </message>
    <message>
        <source>The portal describes no mailbox fields.</source>
        <translation>Портал не описывает ни одного поля почтового ящика.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export mailboxes</source>
        <translation>Экспорт почтовых ящиков</translation>
    </message>
    <message>
        <source>Loading every mailbox for the export…</source>
        <translation>Для экспорта загружаются все почтовые ящики…</translation>
    </message>
    <message>
        <source>Export senders</source>
        <translation>Экспорт отправителей</translation>
    </message>
    <message>
        <source>Loading every sender for the export…</source>
        <translation>Для экспорта загружаются все отправители…</translation>
    </message>
    <message>
        <source>The senders could not all be loaded: %1</source>
        <translation>Не удалось загрузить всех отправителей: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n отправитель</numerusform>
            <numerusform>%n отправителя</numerusform>
            <numerusform>%n отправителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Экспортировано (%1) в %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>По&amp;ля</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again to carry on where you were.</source>
        <translation>Срок входа истёк. Войдите снова, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Вход выполнен повторно.</translation>
    </message>
    <message>
        <source>&amp;About Mailbox Browser</source>
        <translation>&amp;О программе Mailbox Browser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About Mailbox Browser</source>
        <translation>О программе Mailbox Browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailbox Browser %1&lt;/h3&gt;&lt;p&gt;Browse the mailboxes of a Bitrix24 portal, read every field of each, and choose the address to send from.&lt;/p&gt;&lt;p&gt;Built with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailbox Browser %1&lt;/h3&gt;&lt;p&gt;Просматривайте почтовые ящики портала Битрикс24, читайте все их поля и выбирайте адрес отправителя.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2; работает на Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a mailbox to see every field it has.</source>
        <translation>Выберите почтовый ящик, чтобы увидеть все его поля.</translation>
    </message>
    <message>
        <source>Search by name, address, sender name or ID (Ctrl+F)</source>
        <translation>Поиск по названию, адресу, имени отправителя или ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export Selected Mailboxes as CS&amp;V…</source>
        <translation>Экспорт выбранных почтовых ящиков в CS&amp;V…</translation>
    </message>
    <message>
        <source>Export Selected &amp;Mailboxes as JSON…</source>
        <translation>Экспорт &amp;выбранных почтовых ящиков в JSON…</translation>
    </message>
    <message>
        <source>Export Mailboxes as CSV…</source>
        <translation>Экспорт почтовых ящиков в CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln mailbox(es)…</source>
        <translation>
            <numerusform>Обновление %Ln почтового ящика…</numerusform>
            <numerusform>Обновление %Ln почтовых ящиков…</numerusform>
            <numerusform>Обновление %Ln почтовых ящиков…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %1 of %Ln mailbox(es) so far match</source>
        <translation>
            <numerusform>Загрузка… пока совпадений: %1 из %Ln почтового ящика</numerusform>
            <numerusform>Загрузка… пока совпадений: %1 из %Ln почтовых ящиков</numerusform>
            <numerusform>Загрузка… пока совпадений: %1 из %Ln почтовых ящиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln mailbox(es) so far</source>
        <translation>
            <numerusform>Загрузка… пока загружен %Ln почтовый ящик</numerusform>
            <numerusform>Загрузка… пока загружено %Ln почтовых ящика</numerusform>
            <numerusform>Загрузка… пока загружено %Ln почтовых ящиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln mailbox(es) match</source>
        <translation>
            <numerusform>Совпадений: %1 из %Ln почтового ящика</numerusform>
            <numerusform>Совпадений: %1 из %Ln почтовых ящиков</numerusform>
            <numerusform>Совпадений: %1 из %Ln почтовых ящиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln mailbox(es); a search also asks the portal</source>
        <translation>
            <numerusform>Первый %Ln почтовый ящик; поиск также обращается к порталу</numerusform>
            <numerusform>Первые %Ln почтовых ящика; поиск также обращается к порталу</numerusform>
            <numerusform>Первые %Ln почтовых ящиков; поиск также обращается к порталу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mailbox(es)</source>
        <translation>
            <numerusform>%Ln почтовый ящик</numerusform>
            <numerusform>%Ln почтовых ящика</numerusform>
            <numerusform>%Ln почтовых ящиков</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <source>No account is open. Add your Bitrix24 account, or try the sample portal to see what Mailbox Browser shows.</source>
        <translation>Ни одна учётная запись не открыта. Добавьте свою учётную запись Битрикс24 или попробуйте демонстрационный портал, чтобы увидеть, что показывает Mailbox Browser.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Senders as CSV…</source>
        <translation>Экспорт отправителей в CSV…</translation>
    </message>
    <message>
        <source>Export the senders as CSV once every one has loaded</source>
        <translation>Экспортировать отправителей в CSV, когда загрузятся все</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n sender(s) shown, in the table&apos;s order, as CSV</source>
        <translation>
            <numerusform>Экспортировать в CSV показанного отправителя (%n) в порядке таблицы</numerusform>
            <numerusform>Экспортировать в CSV показанных отправителей (%n) в порядке таблицы</numerusform>
            <numerusform>Экспортировать в CSV показанных отправителей (%n) в порядке таблицы</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every mailbox of the list as CSV</source>
        <translation>Экспортировать в CSV все почтовые ящики списка</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>This tab has nothing to export</source>
        <translation>На этой вкладке нечего экспортировать</translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation>%1 по фильтру</translation>
    </message>
    <message>
        <source>Export selected mailboxes</source>
        <translation>Экспорт выбранных почтовых ящиков</translation>
    </message>
    <message>
        <source>Mailbox Browser is free software under the MIT licence.</source>
        <translation>Mailbox Browser — свободное программное обеспечение под лицензией MIT.</translation>
    </message>
</context>
<context>
    <name>mb::PermissionMatrix</name>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Open an account to see what it may do.</source>
        <translation>Откройте учётную запись, чтобы увидеть, что ей разрешено.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Permissions of the account</source>
        <translation>Права учётной записи</translation>
    </message>
    <message>
        <source>Check the permissions again</source>
        <translation>Проверить права снова</translation>
    </message>
    <message>
        <source>Checking what the account may do…</source>
        <translation>Проверка прав учётной записи…</translation>
    </message>
    <message>
        <source>The user lacks the rights: ask the portal&apos;s administrator.</source>
        <translation>У пользователя нет прав: обратитесь к администратору портала.</translation>
    </message>
    <message>
        <source>The portal refused the credential: sign in again.</source>
        <translation>Портал отклонил учётные данные: войдите заново.</translation>
    </message>
    <message>
        <source>The portal has no such method (no REST 3.0).</source>
        <translation>На портале нет такого метода (нет REST 3.0).</translation>
    </message>
    <message>
        <source>Every mail method works.</source>
        <translation>Все почтовые методы работают.</translation>
    </message>
    <message>
        <source>The “mail” scope is missing.</source>
        <translation>Нет права «mail».</translation>
    </message>
    <message>
        <source>The user lacks rights for some methods.</source>
        <translation>У пользователя нет прав на некоторые методы.</translation>
    </message>
    <message>
        <source>Some methods do not work; see the reasons.</source>
        <translation>Некоторые методы не работают; см. причины.</translation>
    </message>
    <message>
        <source>The “mail” scope is not granted.</source>
        <translation>Область «mail» не предоставлена.</translation>
    </message>
</context>
<context>
    <name>mb::PickSenderDialog</name>
    <message>
        <source>Choose a sender</source>
        <translation>Выбор отправителя</translation>
    </message>
    <message>
        <source>Use this sender</source>
        <translation>Использовать этого отправителя</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Loading the senders…</source>
        <translation>Загрузка отправителей…</translation>
    </message>
    <message>
        <source>Type to find a sender; Enter picks it.</source>
        <translation>Начните вводить, чтобы найти отправителя; Enter выбирает его.</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again in Mailbox Browser (File &gt; Accounts…) or with b24mail login, then choose Retry.</source>
        <translation>Срок входа истёк. Войдите снова в Mailbox Browser (Файл &gt; Учётные записи…) или командой b24mail login, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The senders could not be loaded.</source>
        <translation>Не удалось загрузить отправителей.</translation>
    </message>
</context>
<context>
    <name>mb::PickSenderMode</name>
    <message>
        <source>No account is saved. Add one in Mailbox Browser (Accounts…) or with b24mail login, or name one with --account.</source>
        <translation>Нет сохранённых учётных записей. Добавьте её в Mailbox Browser (Учётные записи…) или командой b24mail login либо укажите с помощью --account.</translation>
    </message>
    <message>
        <source>Choose a sender — %1</source>
        <translation>Выбор отправителя — %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
</context>
<context>
    <name>mb::RateMeter</name>
    <message>
        <source>Requests available</source>
        <translation>Доступные запросы</translation>
    </message>
    <message>
        <source>The portal adds up the seconds each method runs over the last 10 minutes. Past its limit (set by the portal; 480 seconds in the Bitrix24 documentation&apos;s example) it pauses that method until the oldest minute drops out, while other methods keep working.</source>
        <translation>Портал суммирует время работы каждого метода за последние 10 минут. При превышении лимита (его задаёт портал; в примере из документации Битрикс24 — 480 секунд) он приостанавливает этот метод, пока самая старая минута не выйдет из учёта; остальные методы продолжают работать.</translation>
    </message>
    <message>
        <source>%1 of %2 requests available</source>
        <translation>Доступно запросов: %1 из %2</translation>
    </message>
    <message>
        <source>The portal lets an application send %1 requests in a burst and gives back %2 every second. When none are left, the portal refuses requests for a moment; the app then waits and sends them a little later, by itself.</source>
        <translation>Запас запросов приложения на портале — %1, и каждую секунду он пополняется на %2. Когда запас исчерпан, портал ненадолго отклоняет запросы; тогда приложение само ждёт и отправляет их чуть позже.</translation>
    </message>
    <message>
        <source>The portal refused a request while %1 should have been available, so the app now counts on %2: other applications on this computer&apos;s network address may be using the same allowance.</source>
        <translation>Портал отклонил запрос, хотя запас должен был составлять %1, поэтому приложение теперь рассчитывает на %2: другие приложения с тем же сетевым адресом, что и у этого компьютера, могут расходовать тот же лимит.</translation>
    </message>
    <message>
        <source>An Enterprise plan allows more; turn its limits on in Settings.</source>
        <translation>Тариф Enterprise позволяет больше: включите его лимиты в настройках.</translation>
    </message>
    <message numerus="yes">
        <source>%1 used %n s of the portal&apos;s execution time in the last 10 minutes</source>
        <translation>
            <numerusform>%1: за последние 10 минут использовано %n с времени выполнения на портале</numerusform>
            <numerusform>%1: за последние 10 минут использовано %n с времени выполнения на портале</numerusform>
            <numerusform>%1: за последние 10 минут использовано %n с времени выполнения на портале</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>Инспектор запросов</translation>
    </message>
    <message>
        <source>Save diagnostics…</source>
        <translation>Сохранить диагностику…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Exchange parts</source>
        <translation>Части обмена</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL запроса</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Тело запроса</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Тело ответа</translation>
    </message>
    <message>
        <source>Portal time</source>
        <translation>Время портала</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Сохранить диагностику</translation>
    </message>
    <message>
        <source>Save every exchange shown, with secrets masked, for support</source>
        <translation>Сохранить все показанные обмены со скрытыми секретами для поддержки</translation>
    </message>
    <message>
        <source>The portal sent no time for this exchange.</source>
        <translation>Портал не прислал время для этого обмена.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>Copy as curl with secret…</source>
        <translation>Копировать как curl с секретом…</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command, secret masked</source>
        <translation>Скопировать выбранный запрос как команду curl со скрытым секретом</translation>
    </message>
    <message>
        <source>Copy as curl with secret</source>
        <translation>Копировать как curl с секретом</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command that works on its own: it contains the account&apos;s secret</source>
        <translation>Скопировать выбранный запрос как самостоятельную команду curl: она содержит секрет учётной записи</translation>
    </message>
    <message>
        <source>Copied as curl, secret masked.</source>
        <translation>Скопировано как curl, секрет скрыт.</translation>
    </message>
    <message>
        <source>Copy with the secret?</source>
        <translation>Скопировать с секретом?</translation>
    </message>
    <message>
        <source>The command will contain this account&apos;s webhook code or access token. Anyone who has it can read the account&apos;s mailboxes until the secret is changed on the portal.</source>
        <translation>Команда будет содержать код вебхука или токен доступа этой учётной записи. Любой, у кого она окажется, сможет читать почтовые ящики учётной записи, пока секрет не будет изменён на портале.</translation>
    </message>
    <message>
        <source>Paste it only where you would type a password, and never into a ticket or a chat.</source>
        <translation>Вставляйте её только туда, куда вы ввели бы пароль, и никогда — в обращение в поддержку или в чат.</translation>
    </message>
    <message>
        <source>Copy with Secret</source>
        <translation>Скопировать с секретом</translation>
    </message>
    <message>
        <source>Copied as curl with the secret: keep it safe.</source>
        <translation>Скопировано как curl с секретом: обращайтесь с командой осторожно.</translation>
    </message>
</context>
<context>
    <name>mb::RequestLogModel</name>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (попытка %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Operating time</source>
        <translation>Время выполнения</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved to %1: %2</source>
        <translation>Не удалось сохранить диагностику в %1: %2</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
</context>
<context>
    <name>mb::ResponseEnvelope</name>
    <message>
        <source>the answer was empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>ответ не является корректным JSON (%1, байт %2)</translation>
    </message>
    <message>
        <source>the answer carries no Bitrix24 error</source>
        <translation>ответ не содержит ошибки Битрикс24</translation>
    </message>
    <message>
        <source>the answer has neither “result” nor “error”</source>
        <translation>в ответе нет ни «result», ни «error»</translation>
    </message>
</context>
<context>
    <name>mb::RestCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>нет полного ответа за %1 с</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>ответ больше %1 МБ</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>соединение закрылось после %1 из %2 байт</translation>
    </message>
</context>
<context>
    <name>mb::RestClient</name>
    <message>
        <source>a redirect without a target</source>
        <translation>перенаправление без адреса назначения</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>слишком много перенаправлений</translation>
    </message>
    <message>
        <source>The account was closed</source>
        <translation>Учётная запись закрыта</translation>
    </message>
    <message>
        <source>the portal redirected from https to an insecure address (%1)</source>
        <translation>портал перенаправил с https на незащищённый адрес (%1)</translation>
    </message>
    <message>
        <source>the portal redirected to an address that is not https (%1)</source>
        <translation>портал перенаправил на адрес без https (%1)</translation>
    </message>
    <message>
        <source>the portal redirected to %1, which is not this method on a renamed portal; nothing was sent there</source>
        <translation>портал перенаправил на %1 — это не тот же метод на переименованном портале; туда ничего не отправлено</translation>
    </message>
    <message>
        <source>the portal redirects in a loop (%1)</source>
        <translation>портал перенаправляет по кругу (%1)</translation>
    </message>
</context>
<context>
    <name>mb::SamplePortal</name>
    <message>
        <source>The sample portal did not start within %1 seconds.</source>
        <translation>Демонстрационный портал не запустился за %1 с.</translation>
    </message>
    <message>
        <source>The sample portal (%1) is not installed with this copy of the app.</source>
        <translation>Демонстрационный портал (%1) не установлен вместе с этой копией приложения.</translation>
    </message>
    <message>
        <source>The sample portal could not be started: %1</source>
        <translation>Не удалось запустить демонстрационный портал: %1</translation>
    </message>
    <message>
        <source>The sample portal stopped before it was ready.</source>
        <translation>Демонстрационный портал остановился, не успев запуститься.</translation>
    </message>
    <message>
        <source>The sample portal gave no usable address.</source>
        <translation>Демонстрационный портал не сообщил пригодного адреса.</translation>
    </message>
    <message>
        <source>The sample portal stopped unexpectedly; restart it from File &gt; Accounts… or with --demo.</source>
        <translation>Демонстрационный портал неожиданно остановился; перезапустите его через Файл &gt; Учётные записи… или с параметром --demo.</translation>
    </message>
</context>
<context>
    <name>mb::SavedDataNotice</name>
    <message>
        <source>Saved data</source>
        <translation>Сохранённые данные</translation>
    </message>
    <message>
        <source>Showing saved data from %1 — the portal cannot be reached</source>
        <translation>Показаны сохранённые данные от %1 — портал недоступен</translation>
    </message>
    <message>
        <source>Showing saved data from %1</source>
        <translation>Показаны сохранённые данные от %1</translation>
    </message>
</context>
<context>
    <name>mb::ScopeAdvice</name>
    <message>
        <source>Edit the webhook on the portal and tick “mail”; its address stays the same, so retry afterwards.</source>
        <translation>Измените вебхук на портале и отметьте «mail»; его адрес не изменится, поэтому затем просто повторите попытку.</translation>
    </message>
    <message>
        <source>Add “mail” to the application&apos;s permissions on the portal, then sign in again.</source>
        <translation>Добавьте «mail» в разрешения приложения на портале, затем войдите снова.</translation>
    </message>
    <message>
        <source>Ask your portal administrator to add “mail”: a webhook keeps its address, so retry afterwards; an application must be signed in again.</source>
        <translation>Попросите администратора портала добавить «mail»: вебхук сохраняет свой адрес, поэтому затем повторите попытку; приложению нужно войти заново.</translation>
    </message>
</context>
<context>
    <name>mb::SecretStore</name>
    <message>
        <source>Invalid account id &quot;%1&quot;</source>
        <translation>Недопустимый идентификатор учётной записи «%1»</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation>Пустой секрет сохранить нельзя.</translation>
    </message>
    <message>
        <source>%1 bytes, at most %2</source>
        <translation>%1 байт, максимум %2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>нет ответа в течение %n секунды</numerusform>
            <numerusform>нет ответа в течение %n секунд</numerusform>
            <numerusform>нет ответа в течение %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SenderAddressModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>%1 is one of your mailboxes.</source>
        <translation>%1 — один из ваших почтовых ящиков.</translation>
    </message>
    <message>
        <source>%1 is confirmed as a sender address.</source>
        <translation>%1 подтверждён как адрес отправителя.</translation>
    </message>
    <message numerus="yes">
        <source>Listed under %n name(s): %1</source>
        <translation>
            <numerusform>Указан под %n именем: %1</numerusform>
            <numerusform>Указан под %n именами: %1</numerusform>
            <numerusform>Указан под %n именами: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>One of my mailboxes</source>
        <translation>Мой почтовый ящик</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
</context>
<context>
    <name>mb::SenderFilterProxyModel</name>
    <message>
        <source>Pinned to the top of the list.</source>
        <translation>Закреплён вверху списка.</translation>
    </message>
    <message>
        <source>Chosen recently.</source>
        <translation>Выбран недавно.</translation>
    </message>
</context>
<context>
    <name>mb::SenderModel</name>
    <message>
        <source>%1 is one of your mailboxes.</source>
        <translation>%1 — один из ваших почтовых ящиков.</translation>
    </message>
    <message>
        <source>%1 is a confirmed sender address.</source>
        <translation>%1 — подтверждённый адрес отправителя.</translation>
    </message>
    <message>
        <source>%1 is one of your mailboxes, confirmed as a sender under this name as well.</source>
        <translation>%1 — один из ваших почтовых ящиков; под этим именем он также подтверждён как отправитель.</translation>
    </message>
</context>
<context>
    <name>mb::SenderPicker</name>
    <message>
        <source>Type a name, address or domain</source>
        <translation>Введите имя, адрес или домен</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Copy sender</source>
        <translation>Копировать отправителя</translation>
    </message>
    <message>
        <source>Copy &quot;Name &lt;email&gt;&quot; of the chosen sender</source>
        <translation>Скопировать «Имя &lt;адрес&gt;» выбранного отправителя</translation>
    </message>
    <message>
        <source>Matching senders</source>
        <translation>Подходящие отправители</translation>
    </message>
    <message>
        <source>Pin or unpin the highlighted sender</source>
        <translation>Закрепить или открепить выделенного отправителя</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закрепить вверху</translation>
    </message>
    <message>
        <source>Choose a sender</source>
        <translation>Выбор отправителя</translation>
    </message>
    <message>
        <source>Type a name, address or domain to filter the senders. Down opens the list, Enter picks the highlighted sender or the top match, Escape puts the chosen one back, Ctrl+P pins the highlighted sender.</source>
        <translation>Введите имя, адрес или домен, чтобы отфильтровать отправителей. Стрелка вниз открывает список, Enter выбирает выделенного отправителя или первое совпадение, Esc возвращает выбранного, Ctrl+P закрепляет выделенного отправителя.</translation>
    </message>
    <message>
        <source>Why this input is not a sender</source>
        <translation>Почему введённое значение не является отправителем</translation>
    </message>
    <message>
        <source>Senders could not be loaded</source>
        <translation>Не удалось загрузить отправителей</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) match: pick one with the arrow keys and Enter (Enter alone takes the top one).</source>
        <translation>
            <numerusform>Подходит %n отправитель: выберите нужного стрелками и Enter (просто Enter выбирает верхнего).</numerusform>
            <numerusform>Подходят %n отправителя: выберите нужного стрелками и Enter (просто Enter выбирает верхнего).</numerusform>
            <numerusform>Подходит %n отправителей: выберите нужного стрелками и Enter (просто Enter выбирает верхнего).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sender matches “%1” yet: the senders are still loading.</source>
        <translation>Пока нет отправителей, соответствующих «%1»: отправители ещё загружаются.</translation>
    </message>
    <message>
        <source>“%1” is not an address you may send from. Only your mailboxes and the addresses confirmed for you on the portal can be chosen.</source>
        <translation>«%1» — не адрес, с которого вы можете отправлять письма. Выбрать можно только ваши почтовые ящики и адреса, подтверждённые для вас на портале.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Нет отправителей, соответствующих «%1».</translation>
    </message>
</context>
<context>
    <name>mb::SendersPage</name>
    <message>
        <source>The addresses you may send from: your mailboxes and other addresses confirmed for you.</source>
        <translation>Адреса, с которых вы можете отправлять письма: ваши почтовые ящики и другие подтверждённые для вас адреса.</translation>
    </message>
    <message>
        <source>Search by name, address or domain (Ctrl+F)</source>
        <translation>Поиск по имени, адресу или домену (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search senders</source>
        <translation>Поиск отправителей</translation>
    </message>
    <message>
        <source>Number of senders</source>
        <translation>Количество отправителей</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <source>There are no addresses you may send from.</source>
        <translation>Нет адресов, с которых вы можете отправлять письма.</translation>
    </message>
    <message>
        <source>No sender matches “%1”.</source>
        <translation>Нет отправителей, соответствующих «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s)</source>
        <translation>
            <numerusform>%n отправитель</numerusform>
            <numerusform>%n отправителя</numerusform>
            <numerusform>%n отправителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sender(s) match</source>
        <translation>
            <numerusform>Совпадений: %1 из %n отправителя</numerusform>
            <numerusform>Совпадений: %1 из %n отправителей</numerusform>
            <numerusform>Совпадений: %1 из %n отправителей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SessionController</name>
    <message>
        <source>This is not a webhook address.</source>
        <translation>Это не адрес вебхука.</translation>
    </message>
    <message>
        <source>Sample portal</source>
        <translation>Демонстрационный портал</translation>
    </message>
</context>
<context>
    <name>mb::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Enterprise plan (250 requests at 5 per second)</source>
        <translation>Тариф «Энтерпрайз» (250 запросов, 5 в секунду)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-прокси</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Хост прокси</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Файл дополнительных центров сертификации</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Нет: только системные центры сертификации</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>Выбрать файл центров сертификации</translation>
    </message>
    <message>
        <source>Enterprise rate limits</source>
        <translation>Лимиты запросов «Энтерпрайз»</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>Proxy host:</source>
        <translation>Хост прокси:</translation>
    </message>
    <message>
        <source>Extra certificate authorities:</source>
        <translation>Дополнительные центры сертификации:</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Лимиты запросов:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Extra certificate authorities</source>
        <translation>Дополнительные центры сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>mb::StatusSummary</name>
    <message>
        <source>Sample data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>These mailboxes come from the sample portal bundled with the app, not from a real Bitrix24 portal.</source>
        <translation>Эти почтовые ящики взяты с демонстрационного портала, который входит в состав приложения, а не с настоящего портала Битрикс24.</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Показано строк</translation>
    </message>
    <message>
        <source>When the rows were fetched</source>
        <translation>Когда получены строки</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message numerus="yes">
        <source>fetched %n min ago</source>
        <translation>
            <numerusform>получено %n мин назад</numerusform>
            <numerusform>получено %n мин назад</numerusform>
            <numerusform>получено %n мин назад</numerusform>
        </translation>
    </message>
    <message>
        <source>fetched at %1</source>
        <translation>получено в %1</translation>
    </message>
</context>
<context>
    <name>mb::TokenEndpoint</name>
    <message>
        <source>the authorization server answered with a redirect (HTTP %1), which is not followed</source>
        <translation>сервер авторизации ответил перенаправлением (HTTP %1), по которому переход не выполняется</translation>
    </message>
    <message>
        <source>HTTP %1 without a token answer</source>
        <translation>HTTP %1 без ответа с токенами</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n seconds</source>
        <translation>
            <numerusform>нет полного ответа за %n секунду</numerusform>
            <numerusform>нет полного ответа за %n секунды</numerusform>
            <numerusform>нет полного ответа за %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::WebhookCredential</name>
    <message>
        <source>This is not an incoming webhook address. It looks like https://your-portal/rest/1/abc123def456/.</source>
        <translation>Это не адрес входящего вебхука. Он выглядит так: https://your-portal/rest/1/abc123def456/.</translation>
    </message>
</context>
<context>
    <name>mb::WebhookSetup</name>
    <message>
        <source>This is not an incoming webhook address.</source>
        <translation>Это не адрес входящего вебхука.</translation>
    </message>
    <message>
        <source>The webhook works and can read mailboxes.</source>
        <translation>Вебхук работает и может читать почтовые ящики.</translation>
    </message>
    <message>
        <source>The webhook&apos;s user has no access to mailboxes. Ask the portal&apos;s administrator.</source>
        <translation>У пользователя вебхука нет доступа к почтовым ящикам. Обратитесь к администратору портала.</translation>
    </message>
    <message>
        <source>The portal did not accept this webhook: its code is wrong, or the webhook was deleted, changed or has expired.</source>
        <translation>Портал не принял этот вебхук: его код неверен, либо вебхук был удалён, изменён или истёк срок его действия.</translation>
    </message>
    <message>
        <source>This portal has no REST 3.0, which Mailbox Browser needs.</source>
        <translation>На этом портале нет REST 3.0, необходимого для Mailbox Browser.</translation>
    </message>
    <message>
        <source>The webhook could not be checked.</source>
        <translation>Не удалось проверить вебхук.</translation>
    </message>
    <message>
        <source>The webhook lacks the “mail” scope.</source>
        <translation>У вебхука нет области «mail».</translation>
    </message>
</context>
<context>
    <name>mb::WelcomePanel</name>
    <message>
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Try the sample portal</source>
        <translation>Попробовать демонстрационный портал</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить учётную запись</translation>
    </message>
</context>
<context>
    <name>mb::cli::AccountsCommand</name>
    <message>
        <source>Not every account can use every mail method; see above.</source>
        <translation>Не каждая учётная запись может использовать все почтовые методы; см. выше.</translation>
    </message>
</context>
<context>
    <name>mb::cli::AddWebhookCommand</name>
    <message>
        <source>Webhook URL: </source>
        <translation>URL вебхука: </translation>
    </message>
    <message>
        <source>No webhook URL on standard input.</source>
        <translation>На стандартном вводе нет URL вебхука.</translation>
    </message>
    <message>
        <source>The webhook URL is not usable: %1</source>
        <translation>URL вебхука не подходит: %1</translation>
    </message>
    <message>
        <source>Another saved account is already called “%1”.</source>
        <translation>Другая сохранённая учётная запись уже называется «%1».</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) as the current account. %3</source>
        <translation>Учётная запись «%1» (%2) сохранена и выбрана текущей. %3</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to the new address and nothing was saved. If you expect this move, run the command again with --allow-move; the account is then saved with the new address.</source>
        <translation>%1 На новый адрес ничего не отправлено, ничего не сохранено. Если этот переезд ожидаем, запустите команду снова с --allow-move: учётная запись будет сохранена с новым адресом.</translation>
    </message>
</context>
<context>
    <name>mb::cli::CommandRunner</name>
    <message numerus="yes">
        <source>%1 is paused by the portal; waiting %n second(s) for it.</source>
        <translation>
            <numerusform>%1 приостановлен порталом; ожидание %n секунду.</numerusform>
            <numerusform>%1 приостановлен порталом; ожидание %n секунды.</numerusform>
            <numerusform>%1 приостановлен порталом; ожидание %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::cli::LoginCommand</name>
    <message>
        <source>“%1” is a webhook account; &apos;add-webhook&apos; replaces its address.</source>
        <translation>«%1» — учётная запись вебхука; её адрес заменяется командой «add-webhook».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a portal address such as https://example.bitrix24.com/. %2</source>
        <translation>«%1» — не адрес портала вида https://example.bitrix24.com/. %2</translation>
    </message>
    <message>
        <source>&apos;login&apos; needs the application&apos;s client_id: pass --client-id (it is on the application&apos;s card on the portal).</source>
        <translation>Команде «login» нужен код приложения (client_id): укажите --client-id (он есть в карточке приложения на портале).</translation>
    </message>
    <message>
        <source>Another saved account is already called “%1”.</source>
        <translation>Другая сохранённая учётная запись уже называется «%1».</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no client secret.</source>
        <translation>Переменная окружения %1 не содержит ключа приложения (client_secret).</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Ключ приложения (client_secret) для %1: </translation>
    </message>
    <message>
        <source>No client secret: set %1, name a variable with --client-secret-env, or type it when asked.</source>
        <translation>Нет ключа приложения (client_secret): задайте %1, укажите переменную через --client-secret-env или введите ключ, когда он будет запрошен.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in, then paste the code the portal shows (or the whole address the browser ended on): %1</source>
        <translation>Откройте этот адрес в браузере и войдите, затем вставьте код, который показывает портал (или полный адрес, на котором оказался браузер): %1</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Чтобы войти, откройте этот адрес в браузере: %1</translation>
    </message>
    <message>
        <source>No web browser could be started; open the address above yourself.</source>
        <translation>Не удалось запустить веб-браузер; откройте адрес выше самостоятельно.</translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Код: </translation>
    </message>
    <message>
        <source>That holds no code. Paste the code the portal shows, or the whole address the browser ended on.</source>
        <translation>Здесь нет кода. Вставьте код, который показывает портал, или полный адрес, на котором оказался браузер.</translation>
    </message>
    <message>
        <source>Signed in to %1 as “%2”; it is now the current account.</source>
        <translation>Выполнен вход на %1 как «%2»; теперь это текущая учётная запись.</translation>
    </message>
    <message>
        <source>The account was saved, but it cannot read mailboxes without the “mail” scope.</source>
        <translation>Учётная запись сохранена, но без области доступа (scope) «mail» она не может читать почтовые ящики.</translation>
    </message>
    <message>
        <source>Register this handler address on the application&apos;s card on the portal: %1</source>
        <translation>Укажите этот адрес обработчика в карточке приложения на портале: %1</translation>
    </message>
    <message>
        <source>Warning: the portal did not grant the “%1” scope (granted: %2). Mailbox commands will fail until it does.</source>
        <translation>Внимание: портал не предоставил область «%1» (предоставлены: %2). Команды для почтовых ящиков не будут работать, пока она не будет предоставлена.</translation>
    </message>
</context>
<context>
    <name>mb::cli::LogoutCommand</name>
    <message>
        <source>“%1” was removed, but its keychain entries could not be deleted: %2</source>
        <translation>Учётная запись «%1» удалена, но её данные в хранилище паролей удалить не удалось: %2</translation>
    </message>
    <message>
        <source>“%1” was kept because its keychain entries could not be deleted: %2 Run logout again once the keychain works.</source>
        <translation>Учётная запись «%1» не удалена, так как её данные в хранилище паролей удалить не удалось: %2 Выполните «logout» ещё раз, когда хранилище паролей заработает.</translation>
    </message>
    <message>
        <source>Removed “%1” and its keychain entries.</source>
        <translation>Учётная запись «%1» и её данные в хранилище паролей удалены.</translation>
    </message>
</context>
</TS>
