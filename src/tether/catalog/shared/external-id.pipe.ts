import type { PipeTransform } from '@nestjs/common';
import { hasNulCharacter } from '../../../common/no-nul-characters.decorator.js';
import { InputValidationException } from '../../../common/input-validation.exception.js';
import { EXTERNAL_ID_MAX_LENGTH } from './catalog-fields.js';

/** An external id in the path (URL-decoded by the router), held to the same rules as in a body. */
export const parseExternalId = (name = 'externalId'): PipeTransform<string, string> => ({
  transform: (value: string): string => {
    if (value.length > EXTERNAL_ID_MAX_LENGTH) {
      throw new InputValidationException([
        { field: name, rule: 'isLength', message: `${name} must be shorter than or equal to ${EXTERNAL_ID_MAX_LENGTH} characters` },
      ]);
    }
    if (hasNulCharacter(value)) {
      throw new InputValidationException([{ field: name, rule: 'noNulCharacters', message: `${name} must not contain NUL characters` }]);
    }
    return value;
  },
});
