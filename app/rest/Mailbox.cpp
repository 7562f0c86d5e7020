// Mailbox
