// Credential
