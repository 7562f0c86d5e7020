// SecretRedactor
