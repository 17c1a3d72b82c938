import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { InputValidationException } from './input-validation.exception.js';
import { inputShapeProblem, withoutNulls } from './input-shape.js';
import type { ValidationDetail } from './validation-detail.js';

/**
 * Global input validation: unknown fields refused, types transformed, every problem named.
 * Bodies and queries are first checked for shape (depth, reserved keys) so that the
 * transform never walks a hostile structure, and their null fields mean "absent".
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A wildcard's segments (`*externalId`): joined by the route's own pipe, not stringified with commas.
    if (metadata.type === 'param' && Array.isArray(value)) return value;
    if (metadata.type !== 'body' && metadata.type !== 'query') return super.transform(value, metadata);
    if (metadata.type === 'body' && Array.isArray(value)) {
      throw new InputValidationException([{ field: 'body', rule: 'isObject', message: 'body must be a JSON object, not an array' }]);
    }
    const problem = inputShapeProblem(value);
    if (problem !== null) throw new InputValidationException([problem]);
    return super.transform(withoutNulls(value), metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
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
