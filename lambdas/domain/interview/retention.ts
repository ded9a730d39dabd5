/**
 * How long a mail can come back: raw mail is kept up to the longest retention the deployment
 * config allows (lib/config.ts reads `rawMailRetentionDays` within these bounds) and a failed
 * event waits in a dead-letter queue up to 14 days (lib/dead-letters.ts), after which
 * `followup redrive` processes it again. What a mail did is remembered at least that long.
 */
export const MAX_RAW_MAIL_RETENTION_DAYS = 3650;
export const DEAD_LETTER_RETENTION_DAYS = 14;
export const APPLIED_KEEP_DAYS = MAX_RAW_MAIL_RETENTION_DAYS + DEAD_LETTER_RETENTION_DAYS;
