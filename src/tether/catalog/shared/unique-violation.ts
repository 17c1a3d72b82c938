import { QueryFailedError } from 'typeorm';

/** Whether the error is PostgreSQL refusing a row for this unique constraint (or index). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
