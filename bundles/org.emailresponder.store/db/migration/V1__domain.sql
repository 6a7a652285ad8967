-- Email Responder schema, version 1: the whole domain of the mission.
-- Tokens in ${...} are replaced per database platform by SchemaMigrator (see DialectTokens):
--   ${str}  VARCHAR / VARCHAR / NVARCHAR        ${text} CLOB / TEXT / NVARCHAR(MAX)
--   ${blob} BLOB / BYTEA / VARBINARY(MAX)        ${bool} BOOLEAN / BOOLEAN / BIT
--   ${ts}   TIMESTAMP / TIMESTAMP / DATETIME2
-- Ids come from sequences that start at and advance by 50 (EclipseLink preallocation, see docs/STORE.md).

CREATE SEQUENCE er_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_conversation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_reply_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_product_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_blocked_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_ruleset_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_notification_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_audit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_fact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE er_suggestion_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE er_user (
  id BIGINT NOT NULL PRIMARY KEY,
  login ${str}(100) NOT NULL,
  display_name ${str}(200) NOT NULL,
  email ${str}(320),
  role ${str}(20) NOT NULL,
  password_hash ${str}(200) NOT NULL,
  enabled ${bool} NOT NULL,
  signature ${text},
  created_at ${ts} NOT NULL,
  last_login_at ${ts},
  version BIGINT NOT NULL,
  CONSTRAINT uq_user_login UNIQUE (login)
);

CREATE TABLE er_group (
  id BIGINT NOT NULL PRIMARY KEY,
  name ${str}(100) NOT NULL,
  description ${str}(1000),
  assignment_mode ${str}(20) NOT NULL,
  last_assigned_user_id BIGINT,
  enabled ${bool} NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_group_name UNIQUE (name)
);

CREATE TABLE er_group_member (
  group_id BIGINT NOT NULL REFERENCES er_group(id),
  user_id BIGINT NOT NULL REFERENCES er_user(id),
  PRIMARY KEY (group_id, user_id)
);

CREATE TABLE er_mail_account (
  id BIGINT NOT NULL PRIMARY KEY,
  name ${str}(100) NOT NULL,
  incoming_url ${str}(1000) NOT NULL,
  outgoing_url ${str}(1000),
  incoming_secret ${str}(1000),
  outgoing_secret ${str}(1000),
  from_address ${str}(320),
  starttls ${bool} NOT NULL,
  poll_interval_seconds INTEGER NOT NULL,
  delete_after_download ${bool} NOT NULL,
  enabled ${bool} NOT NULL,
  default_group_id BIGINT REFERENCES er_group(id),
  status ${str}(20) NOT NULL,
  last_error ${str}(2000),
  failure_count INTEGER NOT NULL,
  last_poll_at ${ts},
  next_poll_at ${ts},
  lease_owner ${str}(200),
  lease_until ${ts},
  version BIGINT NOT NULL,
  CONSTRAINT uq_account_name UNIQUE (name)
);

-- IMAP: UIDVALIDITY and the highest UID stored, per folder
CREATE TABLE er_folder_state (
  account_id BIGINT NOT NULL REFERENCES er_mail_account(id),
  folder ${str}(300) NOT NULL,
  uid_validity BIGINT NOT NULL,
  last_uid BIGINT NOT NULL,
  PRIMARY KEY (account_id, folder)
);

-- POP3: every UIDL stored (and IMAP UIDs above last_uid that were committed out of order)
CREATE TABLE er_seen_uid (
  account_id BIGINT NOT NULL REFERENCES er_mail_account(id),
  folder ${str}(300) NOT NULL,
  uid ${str}(200) NOT NULL,
  message_id BIGINT,
  seen_at ${ts} NOT NULL,
  PRIMARY KEY (account_id, folder, uid)
);

CREATE TABLE er_contact (
  id BIGINT NOT NULL PRIMARY KEY,
  first_name ${str}(200),
  last_name ${str}(200),
  company ${str}(300),
  phone ${str}(100),
  language ${str}(20),
  notes ${text},
  custom_fields ${text},
  proposed ${bool} NOT NULL,
  created_at ${ts} NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE er_contact_address (
  contact_id BIGINT NOT NULL REFERENCES er_contact(id),
  email ${str}(320) NOT NULL,
  PRIMARY KEY (contact_id, email),
  CONSTRAINT uq_contact_email UNIQUE (email)
);

CREATE TABLE er_product (
  id BIGINT NOT NULL PRIMARY KEY,
  name ${str}(300) NOT NULL,
  code ${str}(100) NOT NULL,
  aliases ${str}(2000),
  description ${text},
  links ${str}(2000),
  custom_fields ${text},
  version BIGINT NOT NULL,
  CONSTRAINT uq_product_code UNIQUE (code)
);

CREATE TABLE er_conversation (
  id BIGINT NOT NULL PRIMARY KEY,
  subject ${str}(1000),
  customer_address ${str}(320),
  contact_id BIGINT REFERENCES er_contact(id),
  group_id BIGINT REFERENCES er_group(id),
  status ${str}(20) NOT NULL,
  created_at ${ts} NOT NULL,
  updated_at ${ts} NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE er_message (
  id BIGINT NOT NULL PRIMARY KEY,
  account_id BIGINT REFERENCES er_mail_account(id),
  conversation_id BIGINT REFERENCES er_conversation(id),
  dedup_key ${str}(64) NOT NULL,
  message_id_header ${str}(1000),
  in_reply_to ${str}(1000),
  references_header ${text},
  from_address ${str}(320),
  from_name ${str}(300),
  to_addresses ${text},
  cc_addresses ${text},
  reply_to ${str}(1000),
  subject ${str}(1000),
  sent_at ${ts},
  received_at ${ts} NOT NULL,
  size_bytes BIGINT NOT NULL,
  text_body ${text},
  html_body ${text},
  headers ${text},
  state ${str}(20) NOT NULL,
  state_reason ${str}(2000),
  auto_kind ${str}(20),
  related_message_id BIGINT,
  group_id BIGINT REFERENCES er_group(id),
  assignee_id BIGINT REFERENCES er_user(id),
  claimed_at ${ts},
  claim_expires_at ${ts},
  priority INTEGER NOT NULL,
  category ${str}(200),
  language ${str}(20),
  contact_id BIGINT REFERENCES er_contact(id),
  routing_explanation ${text},
  tags ${str}(1000),
  version BIGINT NOT NULL,
  CONSTRAINT uq_message_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_message_state_group ON er_message (state, group_id);
CREATE INDEX ix_message_conversation ON er_message (conversation_id);
CREATE INDEX ix_message_msgid ON er_message (message_id_header);
CREATE INDEX ix_message_from ON er_message (from_address, received_at);
CREATE INDEX ix_message_assignee ON er_message (assignee_id);

-- raw RFC 822 bytes, exactly as downloaded; kept apart so lists never load them
CREATE TABLE er_message_raw (
  message_id BIGINT NOT NULL PRIMARY KEY REFERENCES er_message(id),
  raw ${blob} NOT NULL
);

CREATE TABLE er_attachment (
  id BIGINT NOT NULL PRIMARY KEY,
  message_id BIGINT NOT NULL REFERENCES er_message(id),
  file_name ${str}(500),
  content_type ${str}(300),
  content_id ${str}(500),
  size_bytes BIGINT NOT NULL,
  inline_part ${bool} NOT NULL,
  tnef ${bool} NOT NULL,
  data ${blob}
);
CREATE INDEX ix_attachment_message ON er_attachment (message_id);

CREATE TABLE er_template (
  id BIGINT NOT NULL PRIMARY KEY,
  folder ${str}(300),
  name ${str}(300) NOT NULL,
  language ${str}(20),
  subject ${str}(1000),
  body_text ${text},
  body_html ${text},
  usage_count BIGINT NOT NULL,
  enabled ${bool} NOT NULL,
  updated_by ${str}(100),
  updated_at ${ts} NOT NULL,
  version BIGINT NOT NULL
);

-- a template visible to no group is visible to all groups
CREATE TABLE er_template_group (
  template_id BIGINT NOT NULL REFERENCES er_template(id),
  group_id BIGINT NOT NULL REFERENCES er_group(id),
  PRIMARY KEY (template_id, group_id)
);

CREATE TABLE er_template_attachment (
  id BIGINT NOT NULL PRIMARY KEY,
  template_id BIGINT NOT NULL REFERENCES er_template(id),
  file_name ${str}(500) NOT NULL,
  content_type ${str}(300),
  data ${blob} NOT NULL
);

CREATE TABLE er_reply (
  id BIGINT NOT NULL PRIMARY KEY,
  message_id BIGINT REFERENCES er_message(id),
  conversation_id BIGINT REFERENCES er_conversation(id),
  account_id BIGINT REFERENCES er_mail_account(id),
  author_id BIGINT REFERENCES er_user(id),
  template_id BIGINT REFERENCES er_template(id),
  message_id_header ${str}(1000) NOT NULL,
  in_reply_to ${str}(1000),
  references_header ${text},
  from_address ${str}(320),
  to_addresses ${text} NOT NULL,
  cc_addresses ${text},
  bcc_addresses ${text},
  subject ${str}(1000),
  text_body ${text},
  html_body ${text},
  automatic ${bool} NOT NULL,
  state ${str}(20) NOT NULL,
  attempts INTEGER NOT NULL,
  last_error ${str}(2000),
  queued_at ${ts} NOT NULL,
  next_attempt_at ${ts},
  sending_since ${ts},
  sending_owner ${str}(200),
  sent_at ${ts},
  version BIGINT NOT NULL,
  CONSTRAINT uq_reply_msgid UNIQUE (message_id_header)
);
CREATE INDEX ix_reply_state ON er_reply (state, next_attempt_at);

CREATE TABLE er_blocked_sender (
  id BIGINT NOT NULL PRIMARY KEY,
  kind ${str}(20) NOT NULL,
  pattern ${str}(500) NOT NULL,
  reason ${str}(1000),
  created_by ${str}(100),
  created_at ${ts} NOT NULL,
  CONSTRAINT uq_blocked UNIQUE (kind, pattern)
);

CREATE TABLE er_rule_set (
  id BIGINT NOT NULL PRIMARY KEY,
  name ${str}(200) NOT NULL,
  revision INTEGER NOT NULL,
  xmi ${text} NOT NULL,
  active ${bool} NOT NULL,
  comment_text ${str}(2000),
  created_by ${str}(100),
  created_at ${ts} NOT NULL,
  CONSTRAINT uq_rule_set_revision UNIQUE (name, revision)
);

CREATE TABLE er_notification (
  id BIGINT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES er_user(id),
  message_id BIGINT REFERENCES er_message(id),
  kind ${str}(30) NOT NULL,
  text_value ${str}(1000),
  created_at ${ts} NOT NULL,
  read_at ${ts}
);
CREATE INDEX ix_notification_user ON er_notification (user_id, id);

CREATE TABLE er_audit_event (
  id BIGINT NOT NULL PRIMARY KEY,
  at_time ${ts} NOT NULL,
  actor ${str}(100) NOT NULL,
  action ${str}(100) NOT NULL,
  entity_type ${str}(50),
  entity_id BIGINT,
  details ${str}(4000)
);
CREATE INDEX ix_audit_entity ON er_audit_event (entity_type, entity_id);

CREATE TABLE er_message_fact (
  id BIGINT NOT NULL PRIMARY KEY,
  message_id BIGINT NOT NULL REFERENCES er_message(id),
  analyzer ${str}(200) NOT NULL,
  fact_key ${str}(100) NOT NULL,
  fact_value ${str}(1000),
  confidence DOUBLE PRECISION NOT NULL,
  start_offset INTEGER,
  end_offset INTEGER
);
CREATE INDEX ix_fact_message ON er_message_fact (message_id);

CREATE TABLE er_template_suggestion (
  id BIGINT NOT NULL PRIMARY KEY,
  message_id BIGINT NOT NULL REFERENCES er_message(id),
  template_id BIGINT NOT NULL REFERENCES er_template(id),
  rank_no INTEGER NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  chosen ${bool} NOT NULL
);
CREATE INDEX ix_suggestion_message ON er_template_suggestion (message_id);

-- generic named leases (one Manager at a time per account, per job)
CREATE TABLE er_lease (
  name ${str}(200) NOT NULL PRIMARY KEY,
  owner ${str}(200),
  until_time ${ts}
);
