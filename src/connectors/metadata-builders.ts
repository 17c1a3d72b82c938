import { CAPABILITY_NAMES, type Capability } from '../sync-contract/capability.js';
import type { CapabilityDefinition, FieldDefinition } from './connector-metadata.js';

/** A capability as a service supports it, with the service's own description. */
export const capability = (key: Capability, description: string): CapabilityDefinition => ({
  key,
  displayName: CAPABILITY_NAMES[key],
  description,
});

type FieldOptions = Omit<FieldDefinition, 'name' | 'label' | 'type' | 'required' | 'secret'> & {
  required?: boolean;
};

export const textField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  name,
  label,
  type: 'text',
  secret: false,
  ...options,
  required: options.required ?? true,
});

export const secretField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  type: 'secret',
  secret: true,
});

/** A whole number (a port, a count of days): `5439.5` is refused. */
export const integerField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  type: 'number',
  integer: true,
});

/**
 * A secret sent as an HTTP header value (an API token): printable ASCII, no spaces, which
 * is all a header may carry. Anything else could never authenticate, and the HTTP client
 * would refuse to send it.
 */
export const tokenField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition =>
  secretField(name, label, { pattern: '^[\\x21-\\x7E]+$', patternDescription: 'printable ASCII characters without spaces', ...options });

/** A host name or IP address the service is reached at (no scheme, port or path): checked by the outbound policy. */
export const hostField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  destination: 'host',
});

/** An https:// URL the service is called at: checked by the outbound policy (https, no user name, public addresses only). */
export const urlField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  destination: 'url',
});

export const secretJsonField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  type: 'json',
  secret: true,
});
