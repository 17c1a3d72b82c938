import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CORRELATION_HEADER } from './correlation-id.middleware.js';
import type { ErrorResponseDto } from './error-response.dto.js';
import { SessionConflictException } from './session-conflict.exception.js';
import { InputValidationException } from './input-validation.exception.js';
import { RateLimitedException } from './rate-limited.exception.js';
import { isParamDecodeError, undecodableParam } from './undecodable-param.js';

/** Errors raised by Express's body parser (http-errors), before any controller runs. */
interface BodyParserError {
  status: number;
  type: string;
  expose: boolean;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as BodyParserError).status === 'number' && typeof (error as BodyParserError).type === 'string';

// Body-parser messages quote the body, which may hold credentials: replace them. A body
// that cannot be read as UTF-8 JSON is a 400 about the body, as every body route documents.
const BODY_PARSER_PROBLEMS: Record<string, { status: number; rule?: string; message: string }> = {
  'entity.parse.failed': { status: 400, rule: 'isJson', message: 'Malformed JSON in request body' },
  'entity.too.large': { status: 413, message: 'Request body is too large' },
  'encoding.unsupported': { status: 400, rule: 'contentEncoding', message: 'body Content-Encoding must be identity, gzip or deflate' },
  'charset.unsupported': { status: 400, rule: 'charset', message: 'body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8)' },
  'request.aborted': { status: 400, message: 'Request aborted' },
};

/** Renders every error as the one envelope; logs the unexpected ones with the correlation id. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = request.header(CORRELATION_HEADER) ?? 'none';
    let statusCode: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let message = 'Internal server error';
    let details: ErrorResponseDto['details'];
    let sessionId: string | undefined;
    let retryAfter: number | undefined;

    // Nest wraps body-parser and path-decoding errors in an HttpException whose cause is the original.
    const cause = exception instanceof HttpException ? exception.cause : exception;
    if (isBodyParserError(cause) && cause.status >= 400 && cause.status < 500) {
      const problem = BODY_PARSER_PROBLEMS[cause.type] ?? { status: cause.status, message: 'Invalid request body' };
      statusCode = problem.status;
      message = problem.message;
      if (problem.rule !== undefined) details = [{ field: 'body', rule: problem.rule, message }];
    } else if (isParamDecodeError(cause)) {
      const param = undecodableParam(request) ?? 'path';
      statusCode = HttpStatus.BAD_REQUEST;
      details = [{ field: param, rule: 'uriEncoding', message: `${param} is not valid percent-encoding (a % must start a %XX escape of UTF-8)` }];
      message = details.map((d) => d.message).join('; ');
    } else if (exception instanceof HttpException) {
      statusCode = exception.getStatus();
      message = messageOf(exception);
      if (exception instanceof InputValidationException) details = exception.details;
      if (exception instanceof SessionConflictException) sessionId = exception.sessionId;
      if (exception instanceof RateLimitedException) {
        retryAfter = exception.retryAfterSeconds;
        response.setHeader('Retry-After', String(retryAfter));
      }
    }
    if (exception instanceof ServiceUnavailableException) {
      // Said on purpose (a readiness probe while the database is down): one line per answer, not a stack per probe.
      this.logger.warn(`${request.method} ${request.path} answered 503 [${correlationId}]: ${message}`);
    } else if (statusCode >= 500) {
      this.logger.error(
        `${request.method} ${request.path} failed [${correlationId}]`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    const body: ErrorResponseDto = {
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Error',
      message,
      ...(details === undefined ? {} : { details }),
      ...(sessionId === undefined ? {} : { sessionId }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
      path: request.path,
      timestamp: new Date().toISOString(),
      correlationId,
    };
    response.status(statusCode).json(body);
  }
}

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
