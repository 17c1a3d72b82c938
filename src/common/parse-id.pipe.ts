import { ParseUUIDPipe } from '@nestjs/common';
import { InputValidationException } from './input-validation.exception.js';

/** Route ids are UUIDs; anything else is a 400 that names the parameter. */
export const parseId = (name = 'id'): ParseUUIDPipe =>
  new ParseUUIDPipe({
    exceptionFactory: () => new InputValidationException([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]),
  });
