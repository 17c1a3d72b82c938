import { ConflictException } from '@nestjs/common';

export class DuplicateNameException extends ConflictException {
  constructor() {
    super('name: an integration with this name already exists in the organization (names are unique ignoring case)');
  }
}
