import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { NoNulCharacters } from '../../../common/no-nul-characters.decorator.js';

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** A string input of 1 to max characters (after trimming when asked), documented with its bounds. */
const TextField = (max: number, options: { trim: boolean }): PropertyDecorator =>
  applyDecorators(
    ...(options.trim ? [Transform(trim)] : []),
    IsString(),
    Length(1, max),
    NoNulCharacters(),
    ApiProperty({ minLength: 1, maxLength: max }),
  );

export const CODE_MAX_LENGTH = 100;
export const NAME_MAX_LENGTH = 200;
export const EXTERNAL_ID_MAX_LENGTH = 500;

/** A code (of a SKU, a channel, a barcode): trimmed, 1-100 characters. */
export const CodeField = (): PropertyDecorator => TextField(CODE_MAX_LENGTH, { trim: true });

/** A display name: trimmed, 1-200 characters. */
export const NameField = (): PropertyDecorator => TextField(NAME_MAX_LENGTH, { trim: true });

/** A source's id, taken as given (not trimmed): 1-500 characters. */
export const ExternalIdField = (): PropertyDecorator => TextField(EXTERNAL_ID_MAX_LENGTH, { trim: false });
