import type { ReadMode } from '../connector-metadata.js';
import { cursorCodec, cursorObject } from '../kit/cursor/cursor-codec.js';
import type { WarehouseValue } from './warehouse-session.js';

/** The last row read, one value per order column (updated_at, then the key's). */
export type WarehousePosition = (string | boolean)[];

/** Where a warehouse read resumes: after a position (incremental), or nowhere (after a snapshot). */
export interface WarehouseCursor {
  mode: ReadMode;
  after: WarehousePosition | null;
}

const isValue = (v: unknown): v is Exclude<WarehouseValue, null> => typeof v === 'string' || typeof v === 'boolean';

export const WAREHOUSE_CURSOR = cursorCodec<WarehouseCursor>({
  name: 'warehouse',
  decode: (stored) => {
    const fields = cursorObject(stored);
    if (fields === null || fields.v !== 1) return null;
    if (fields.mode === 'snapshot') return { mode: 'snapshot', after: null };
    if (fields.mode !== 'incremental') return null;
    if (fields.after === null) return { mode: 'incremental', after: null };
    return Array.isArray(fields.after) && fields.after.length > 0 && fields.after.every(isValue) ? { mode: 'incremental', after: fields.after } : null;
  },
  encode: ({ mode, after }) => ({ v: 1, mode, after }),
});
