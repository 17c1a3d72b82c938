import { ValidateBy, type ValidationOptions } from 'class-validator';

/** U+0000, which PostgreSQL text and jsonb cannot hold. */
export const hasNulCharacter = (value: string): boolean => value.includes('\u0000');

/** Refuses strings with a NUL character, which would otherwise fail in the database as a 500. */
export const NoNulCharacters = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'noNulCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasNulCharacter(value),
        defaultMessage: () => '$property must not contain NUL characters',
      },
    },
    options,
  );
