// MailApi
