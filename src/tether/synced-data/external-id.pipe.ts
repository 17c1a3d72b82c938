import { type PipeTransform } from '@nestjs/common';
import { InputValidationException } from '../../common/input-validation.exception.js';
import { hasNulCharacter } from '../../common/no-nul-characters.decorator.js';

const MAX_LENGTH = 500;

/** A source's id in a path: any text PostgreSQL can hold, of a sane length; otherwise a 400 naming it. */
export const parseExternalId = (name = 'externalId'): PipeTransform<string, string> => ({
  transform(value: string): string {
    if (value.length > MAX_LENGTH || hasNulCharacter(value)) {
      throw new InputValidationException([
        { field: name, rule: 'isExternalId', message: `${name} must be at most ${MAX_LENGTH} characters, without NUL characters` },
      ]);
    }
    return value;
  },
});
