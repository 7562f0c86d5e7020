// WebhookCredential
