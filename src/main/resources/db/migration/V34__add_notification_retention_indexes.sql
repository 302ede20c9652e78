-- Indexes for the daily notification housekeeping (NoticeHousekeeping), which deletes notices and
-- e-mail rows past their retention in batches; without them each batch would scan the whole table.
-- The check for a pending mail uses uk_mail_outbox_notification, as does the cascade from a notice.
create index ix_notification_read on notification (read_at) where read_at is not null;
create index ix_notification_created on notification (created_at);
create index ix_mail_outbox_sent on mail_outbox (sent_at) where status = 'SENT';
create index ix_mail_outbox_failed on mail_outbox (next_attempt_at) where status = 'FAILED';
