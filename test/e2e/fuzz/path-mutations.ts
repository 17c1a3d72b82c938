import fc from 'fast-check';
import { ResourceRef } from './fuzz-request.js';
import { idForms, namesSameId } from './id-forms.js';
import { describeValue, type Mutation } from './mutation.js';
import { LOOK_ALIKES, ODD_STRINGS } from './odd-values.js';
import { encodeComponent } from './uri-encoding.js';
import type { Parameter } from './openapi-operations.js';

/** Replaces one path parameter with what `value` makes from the current one; `refused`: whether that addresses nothing of the caller's. */
const onPath =
  (
    mutation: string,
    value: (current: ResourceRef | string) => fc.Arbitrary<ResourceRef | string>,
    refused: (value: ResourceRef | string) => string | undefined,
  ): Mutation =>
  (parts, { operation }) => {
    const parameters = operation.parameters.filter((p) => p.in === 'path');
    if (parameters.length === 0) return undefined;
    return fc
      .constantFrom(...parameters)
      .chain((parameter: Parameter) => value(parts.path[parameter.name] ?? '').map((v) => ({ parameter, v })))
      .map(({ parameter, v }) => {
        const mustRefuse = refused(v);
        return {
          ...parts,
          path: { ...parts.path, [parameter.name]: v },
          mutation,
          detail: `path.${parameter.name}: ${describeValue(v)}`,
          ...(mustRefuse === undefined ? {} : { mustRefuse: `path.${parameter.name}: ${mustRefuse}` }),
        };
      });
  };

const changed = (current: ResourceRef | string, change: (ref: ResourceRef) => ResourceRef): fc.Arbitrary<ResourceRef | string> =>
  fc.constant(current instanceof ResourceRef ? change(current) : current);

/** The same real id in upper case, mixed case, percent-encoded, broken, padded, with a NUL. */
export const pathIdForm: Mutation = onPath('path-id-form', (current) =>
  idForms.chain((form) => changed(current, (r) => new ResourceRef(r.owner, r.kind, r.property, r.index, form, r.fallback))),
  (v) => (v instanceof ResourceRef && !namesSameId(v.form, 'path') ? `an id spelled ${v.form}` : undefined),
);

/** Another organization's resource (unless it is shared, as the catalog is: see ResourcePool.sharesForeignPath). */
export const pathForeign: Mutation = onPath('path-foreign', (current) =>
  changed(current, (r) => new ResourceRef('foreign', r.kind, r.property, r.index, r.form, r.fallback)),
  () => "another organization's resource",
);

/** A well-formed id of nothing, in several spellings. */
export const pathUnknown: Mutation = onPath('path-unknown', () =>
  fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase(), id.replace(/-/g, ''), encodeComponent(`{${id}}`))),
  () => 'no such resource',
);

/**
 * Not an id at all. The odd strings are encoded except for their `%`, so that broken `%`
 * sequences stay broken (and fetch, which strips a URL's trailing control characters, sends them).
 */
export const pathGarbage: Mutation = onPath('path-garbage', () =>
  fc.oneof(
    fc.constantFrom(...ODD_STRINGS.filter((s) => s.trim() !== '')).map((s) => encodeComponent(s).replace(/%25/g, '%')),
    fc.constantFrom(...LOOK_ALIKES).map(encodeComponent),
    fc.string({ minLength: 1, maxLength: 40 }).map(encodeComponent),
    fc.constantFrom('00000000-0000-0000-0000-000000000000', 'x'.repeat(2_000), '%2F'),
  ),
  () => 'not an id',
);
