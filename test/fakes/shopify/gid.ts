/** Shopify global ids: `gid://shopify/Order/123`. */
export type GidType = 'Order' | 'LineItem' | 'ProductVariant' | 'Product' | 'BulkOperation';

export const gid = (type: GidType, id: number): string => `gid://shopify/${type}/${id}`;

export function parseGid(value: string): { type: string; id: number } | null {
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/.exec(value);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { type: match[1], id: Number(match[2]) };
}
