import { type FuzzRequest, ResourceRef } from './fuzz-request.js';

/** A resource as the API returned it (an integration, a SKU mapping...). */
export type Resource = Record<string, unknown>;

/**
 * The real resources requests address, by owner and kind (a path's first segment): the
 * test organization's and another organization's. Each round of the fuzz adds fresh ones,
 * and requests pick among the newest, so that earlier deletions leave later requests
 * something to find.
 */
export class ResourcePool {
  private readonly resources = { own: new Map<string, Resource[]>(), foreign: new Map<string, Resource[]>() };

  /** Replaces the resources of a kind (the items of a fresh round). */
  set(owner: ResourceRef['owner'], kind: string, items: readonly Resource[]): void {
    this.resources[owner].set(kind, [...items]);
  }

  /** The value a reference stands for; resources of the request's service first. */
  resolve(ref: ResourceRef, service: string | undefined): string {
    const value = this.pick(ref, service)?.[ref.property];
    return typeof value === 'string' ? value : ref.fallback;
  }

  /**
   * Forgets the resource a successful DELETE of it removed (`/integrations/{id}`, not
   * `/integrations/{id}/default-channel`); returns whether none of its kind is left.
   */
  forgetDeleted(request: FuzzRequest): boolean {
    const [, kind = '', ...rest] = request.operation.path.split('/');
    const ref = Object.values(request.path).find((v): v is ResourceRef => v instanceof ResourceRef && v.owner === 'own');
    if (request.operation.method !== 'DELETE' || ref === undefined || !rest.every((segment) => segment.startsWith('{'))) return false;
    const items = this.resources.own.get(kind) ?? [];
    const deleted = this.pick(ref, request.service);
    this.resources.own.set(kind, items.filter((item) => item !== deleted));
    return items.length <= 1;
  }

  private pick(ref: ResourceRef, service: string | undefined): Resource | undefined {
    const items = this.resources[ref.owner].get(ref.kind) ?? [];
    const ofService = items.filter((item) => service !== undefined && (item.externalService === service || item.key === service));
    const candidates = ofService.length > 0 ? ofService : items;
    return candidates[ref.index % Math.max(candidates.length, 1)];
  }

  /** Whether every other organization's resource the path names is the caller's too (shared, as the catalog is). */
  sharesForeignPath(request: FuzzRequest): boolean {
    const foreign = Object.values(request.path).filter((v): v is ResourceRef => v instanceof ResourceRef && v.owner === 'foreign');
    return (
      foreign.length > 0 &&
      foreign.every((ref) => {
        const value = this.resolve(ref, request.service);
        return (this.resources.own.get(ref.kind) ?? []).some((item) => item[ref.property] === value);
      })
    );
  }
}
