import type { NotFoundException } from '@nestjs/common';
import type { DeepPartial, Repository } from 'typeorm';
import type { CatalogQueryDto } from './catalog-query.dto.js';
import { DuplicateCodeException } from './duplicate-code.exception.js';
import { type Page, paginate } from '../../../common/page.js';
import { isUniqueViolation } from './unique-violation.js';

/** An organization's entity named by a code unique in the organization: SKUs and channels. */
export interface CodedEntity {
  id: string;
  organizationId: string;
  code: string;
}

export interface CodedEntitySpec<E, D> {
  /** What it is called in messages: "SKU", "channel". */
  label: string;
  /** The unique index on (organization_id, code). */
  uniqueConstraint: string;
  notFound: (id: string) => NotFoundException;
  toDto: (entity: E) => D;
}

/**
 * Listing, reading and creating coded entities, scoped by organization; another
 * organization's entity is not found. Subclasses add the typed create.
 */
export abstract class CodedEntityService<E extends CodedEntity, D> {
  protected constructor(
    private readonly repository: Repository<E>,
    private readonly spec: CodedEntitySpec<E, D>,
  ) {}

  /** Ordered by code, byte by byte (codes are identifiers, not words). */
  list(organizationId: string, query: CatalogQueryDto): Promise<Page<D>> {
    const builder = this.repository.createQueryBuilder('e').where('e.organization_id = :organizationId', { organizationId });
    if (query.q !== undefined && query.q !== '') {
      builder.andWhere('(starts_with(lower(e.code), lower(:q)) OR starts_with(lower(e.name), lower(:q)))', { q: query.q });
    }
    return paginate(builder.orderBy('e.code COLLATE "C"'), query, this.spec.toDto);
  }

  async get(organizationId: string, id: string): Promise<D> {
    return this.spec.toDto(await this.find(organizationId, id));
  }

  /** For mappings: throws the not-found exception unless the organization has it. */
  async assertExists(organizationId: string, id: string): Promise<void> {
    await this.find(organizationId, id);
  }

  /** Inserts it for the organization; a code already taken there is a 409. */
  protected async insert(organizationId: string, values: DeepPartial<E>): Promise<D> {
    try {
      const { id } = await this.repository.save(this.repository.create({ ...values, organizationId } as DeepPartial<E>));
      return await this.get(organizationId, id);
    } catch (error) {
      if (isUniqueViolation(error, this.spec.uniqueConstraint)) throw new DuplicateCodeException(this.spec.label);
      throw error;
    }
  }

  private async find(organizationId: string, id: string): Promise<E> {
    const entity = await this.repository
      .createQueryBuilder('e')
      .where('e.id = :id AND e.organization_id = :organizationId', { id, organizationId })
      .getOne();
    if (entity === null) throw this.spec.notFound(id);
    return entity;
  }
}
