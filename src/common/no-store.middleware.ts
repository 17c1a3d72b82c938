import type { NextFunction, Request, Response } from 'express';

/**
 * `Cache-Control: no-store` on every answer, errors included: they carry an organization's
 * data or say who may call. Only the public API documentation under `docsPath` may be cached.
 */
export function noStoreExcept(docsPath: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.path !== docsPath && !request.path.startsWith(`${docsPath}/`)) response.setHeader('Cache-Control', 'no-store');
    next();
  };
}
