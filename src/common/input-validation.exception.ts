import { BadRequestException } from '@nestjs/common';
import type { ValidationDetail } from './validation-detail.js';

/** A 400 carrying every problem found in the input; the error filter renders the details. */
export class InputValidationException extends BadRequestException {
  constructor(readonly details: ValidationDetail[]) {
    super(details.map((d) => d.message).join('; '));
  }
}
