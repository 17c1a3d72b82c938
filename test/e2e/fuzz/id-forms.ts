import fc from 'fast-check';
import type { IdForm } from './fuzz-request.js';
import { encodeComponent } from './uri-encoding.js';

/** The spellings of a real id other than its own. */
export const idForms = fc.constantFrom<IdForm>('upper', 'mixed-case', 'percent-encoded', 'percent-broken', 'padded', 'nul-suffix');

/** Whether a spelling still names the same id, in a value (decoded once) or in a path segment (percent-decoded first). */
export const namesSameId = (form: IdForm, where: 'value' | 'path'): boolean =>
  form === 'as-is' || form === 'upper' || form === 'mixed-case' || (where === 'path' && form === 'percent-encoded');

const everyBytePercentEncoded = (text: string): string => Array.from(Buffer.from(text), (byte) => byte).map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** The id as a value spells it (in a body, or a query string before encoding). */
export function spellId(id: string, form: IdForm): string {
  switch (form) {
    case 'as-is':
      return id;
    case 'upper':
      return id.toUpperCase();
    case 'mixed-case':
      return id.replace(/[a-z]/gi, (c: string, offset: number) => (offset % 2 === 0 ? c.toUpperCase() : c.toLowerCase()));
    case 'percent-encoded':
      return everyBytePercentEncoded(id);
    case 'percent-broken':
      return `${id}%`;
    case 'padded':
      return ` ${id} `;
    case 'nul-suffix':
      return `${id}\u0000`;
  }
}

/** The id as a path segment spells it: encoded, except where the form is about encoding. */
export function spellIdInPath(id: string, form: IdForm): string {
  switch (form) {
    case 'percent-encoded':
      return everyBytePercentEncoded(id);
    case 'percent-broken':
      return `${encodeComponent(id)}%`;
    case 'as-is':
    case 'upper':
    case 'mixed-case':
    case 'padded':
    case 'nul-suffix':
      return encodeComponent(spellId(id, form));
  }
}
