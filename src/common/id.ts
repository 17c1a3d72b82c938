import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';

/**
 * Ids are UUIDs, which PostgreSQL compares case-insensitively but everything keyed by the
 * text (credential associated data, cron job names, caches) does not: every id is
 * lower-cased where it enters, so one integration has one spelling.
 */
export const canonicalId = (value: string): string => value.toLowerCase();

const toCanonicalId = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? canonicalId(value) : value);

/** A body or query field holding an id (a UUID, in any case; stored lower-cased). */
export const IdField = (): PropertyDecorator => applyDecorators(ApiProperty({ format: 'uuid' }), Transform(toCanonicalId), IsUUID());

/** An optional id field (absent or null: no filter). */
export const OptionalIdField = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ format: 'uuid' }), IsOptional(), Transform(toCanonicalId), IsUUID());
