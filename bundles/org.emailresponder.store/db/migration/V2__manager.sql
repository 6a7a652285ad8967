-- Email Responder schema, version 2: indexes for the Manager's hot paths (ingest threading, outbox, polling).
CREATE INDEX ix_message_related ON er_message (related_message_id);
CREATE INDEX ix_message_in_reply_to ON er_message (in_reply_to);
CREATE INDEX ix_reply_conversation ON er_reply (conversation_id);
CREATE INDEX ix_account_next_poll ON er_mail_account (enabled, next_poll_at);
CREATE INDEX ix_seen_uid_message ON er_seen_uid (message_id);
