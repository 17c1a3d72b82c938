import { IsOptional } from 'class-validator';
import { CodeField, NameField } from '../shared/catalog-fields.js';

export class CreateSkuDto {
  /** SKU code, unique in the organization (1-100 characters, trimmed). @example "PALE-330" */
  @CodeField()
  code!: string;

  /** @example "Pale Ale 330ml" */
  @NameField()
  name!: string;

  /** EAN, UPC or the like. @example "5012345678900" */
  @IsOptional()
  @CodeField()
  barcode?: string;
}
