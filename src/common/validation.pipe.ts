import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InputValidationException } from './input-validation.exception.js';
import type { ValidationDetail } from './validation-detail.js';

/** Global input validation: unknown fields refused, types transformed, every problem named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InputValidationException(flatten(errors, '')),
  });
}

function flatten(errors: ValidationError[], prefix: string): ValidationDetail[] {
  return errors.flatMap((error) => {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: rule === 'whitelistValidation' ? `${field} is not an accepted field` : message.replace(error.property, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
