import type { PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { hasNulCharacter } from '../../../common/no-nul-characters.decorator.js';
import { InputValidationException } from '../../../common/input-validation.exception.js';
import { EXTERNAL_ID_MAX_LENGTH } from './catalog-fields.js';

/**
 * The route segment of an external id in a path: a wildcard (path-to-regexp v8), so that the
 * rest of the path is the id, slashes and all. A raw `gid://shopify/Order/1` and its URL-encoded
 * form `gid%3A%2F%2Fshopify%2FOrder%2F1` name the same id; the router hands the segments over
 * decoded one by one, and `//` arrives as an empty segment.
 */
export const EXTERNAL_ID_PATH = '*externalId';

const SHOPIFY_ORDER = 'gid://shopify/Order/1';

/** The wildcard documented as the one path parameter it is, with both forms; `example`: this route's. */
export const ApiExternalIdParam = (example: string): MethodDecorator =>
  ApiParam({
    name: 'externalId',
    type: String,
    description:
      `The source's id, as given (1-${EXTERNAL_ID_MAX_LENGTH} characters), URL-encoded (\`${encodeURIComponent(SHOPIFY_ORDER)}\`) or raw with its ` +
      `slashes (\`${SHOPIFY_ORDER}\`): the rest of the path is the id. A trailing \`/\` is not part of it; \`%\`, \`?\`, \`#\` and spaces must be encoded.`,
    example,
  });

const refuse = (field: string, rule: string, message: string): never => {
  throw new InputValidationException([{ field, rule, message: `${field} ${message}` }]);
};

/**
 * An external id in the path (URL-decoded by the router), held to the same rules as in a
 * body. A wildcard's segments are joined with the slashes between them; an empty last one is
 * the trailing slash a route tolerates, not part of the id (an id ending in `/` is sent as `%2F`).
 */
export const parseExternalId = (name = 'externalId'): PipeTransform<string | readonly string[], string> => ({
  transform: (value: string | readonly string[]): string => {
    const segments = typeof value === 'string' ? [value] : value;
    const id = (segments.length > 1 && segments.at(-1) === '' ? segments.slice(0, -1) : segments).join('/');
    if (id.length === 0) refuse(name, 'isLength', 'must be longer than or equal to 1 characters');
    if (id.length > EXTERNAL_ID_MAX_LENGTH) refuse(name, 'isLength', `must be shorter than or equal to ${EXTERNAL_ID_MAX_LENGTH} characters`);
    if (hasNulCharacter(id)) refuse(name, 'noNulCharacters', 'must not contain NUL characters');
    return id;
  },
});
