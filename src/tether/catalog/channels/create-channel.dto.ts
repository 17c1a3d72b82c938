import { CodeField, NameField } from '../shared/catalog-fields.js';

export class CreateChannelDto {
  /** Channel code, unique in the organization (1-100 characters, trimmed). @example "WEB" */
  @CodeField()
  code!: string;

  /** @example "Web store" */
  @NameField()
  name!: string;
}
