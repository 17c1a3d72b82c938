import { CAPABILITY_NAMES, type Capability } from './capability.js';
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

export const secretJsonField = (name: string, label: string, options: FieldOptions = {}): FieldDefinition => ({
  ...textField(name, label, options),
  type: 'json',
  secret: true,
});
