import { buildItemCatalog, type ItemCatalog, type ItemSizes } from './catalog-items.js';
import { buildPlaceCatalog, type PlaceCatalog, type PlaceSizes } from './catalog-places.js';
import { guid, type Random } from './random.js';
import { type UserContext } from './reference-model.js';

/** One tenant's reference data: items, places, price lists, outlets, opening stock and its users. */
export type TenantCatalog = ItemCatalog &
  PlaceCatalog & {
    tenantGroupId: string;
    /** The API user the token belongs to (GetCurrentUserContext); creator of orders from other systems. */
    apiUser: UserContext['user'];
    /** A brewery staff member: creator of BrewMan orders, canceller of cancelled ones. */
    staffUserId: string;
  };

export type CatalogSizes = ItemSizes & PlaceSizes;

export function buildCatalog(random: Random, sizes: CatalogSizes): TenantCatalog {
  const items = buildItemCatalog(random, sizes);
  const places = buildPlaceCatalog(random, sizes, items);
  const tenantGroupId = guid(random);
  const apiUser: UserContext['user'] = {
    calculated: { hasApiSecurityToken: true, hasGipId: false },
    id: guid(random),
    isDisabled: false,
    isHidden: false,
    readOnly: {
      isEmailVerified: true,
      isSupportUser: false,
      isSystemUser: false,
      tenantGroupId,
      invitedAt: null,
      lastLogonAt: null,
      passwordLastChanged: null,
      selectedTenant: null,
    },
    userTenantGroupLevel: 'Member',
    version: 1,
    email: 'api@brewery.example',
    jobTitle: 'API user',
    name: 'Tether API',
  };
  return { ...items, ...places, tenantGroupId, apiUser, staffUserId: guid(random) };
}
