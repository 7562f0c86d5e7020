// AccessTokenCredential
