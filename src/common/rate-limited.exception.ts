import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429; the error envelope carries `retryAfter`, and the filter sends the same seconds as `Retry-After`. */
export class RateLimitedException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
