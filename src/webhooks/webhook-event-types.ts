/** What an endpoint can subscribe to (README, Failure alerts). */
export const WEBHOOK_EVENT_TYPES = [
  'sync.failed',
  'sync.recovered',
  'integration.auto_disable_warning',
  'integration.auto_disabled',
  'credentials.invalid',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
