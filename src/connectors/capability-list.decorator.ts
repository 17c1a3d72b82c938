import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { CAPABILITIES } from '../sync-contract/capability.js';

/** A body field holding a non-empty list of distinct capability keys. */
export const CapabilityList = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ enum: CAPABILITIES, isArray: true, minItems: 1, uniqueItems: true }),
    IsArray(),
    ArrayNotEmpty(),
    ArrayUnique(),
    IsIn(CAPABILITIES, { each: true }),
  );
