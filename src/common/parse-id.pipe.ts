import { type ArgumentMetadata, ParseUUIDPipe } from '@nestjs/common';
import { canonicalId } from './id.js';
import { InputValidationException } from './input-validation.exception.js';

/** Route ids are UUIDs (any case, lower-cased here); anything else is a 400 that names the parameter. */
class ParseIdPipe extends ParseUUIDPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<string> {
    // A route parameter is always present: a UUID, or the exception factory's 400.
    return canonicalId((await super.transform(value, metadata)) ?? '');
  }
}

export const parseId = (name = 'id'): ParseUUIDPipe =>
  new ParseIdPipe({
    exceptionFactory: () => new InputValidationException([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]),
  });
