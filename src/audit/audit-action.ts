/** Every action the audit trail records (`<target>.<verb>`). */
export const AUDIT_ACTIONS = [
  'integration.created',
  'integration.updated',
  'integration.enabled',
  'integration.disabled',
  'integration.credentials_replaced',
  'integration.deleted',
  'sync.triggered',
  'sync.cancelled',
  'sync_state.reset',
  'sku_mapping.created',
  'sku_mapping.updated',
  'sku_mapping.deleted',
  'channel_mapping.created',
  'channel_mapping.updated',
  'channel_mapping.deleted',
  'default_channel.set',
  'default_channel.cleared',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event is about; every action so far is about one integration (its label: the name at the time). */
export const AUDIT_TARGET_TYPES = ['integration'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
