/** A fake TrackStar WMS API (inventory and connections) for connector tests; see fake-trackstar.ts and README.md. */
export { DEFAULT_API_KEY, type FakeConnectionInfo, type FakeConnectionOptions, type FakeTrackStar, type FakeTrackStarOptions, startFakeTrackStar } from './fake-trackstar.js';
export { type ConnectionWire, WMS_FUNCTIONS, type WmsFunction } from './connections.js';
export { type ErrorBody, INVALID_ACCESS_TOKEN, INVALID_API_KEY } from './errors.js';
export { type FaultKind, type FaultRoute } from './faults.js';
export { MAX_LIMIT, MAX_LIST_VALUES, MESSAGES } from './filters.js';
export { type LoggedRequest } from './http-routes.js';
export { formatDate, type InventoryItem, type Location, type Lot, type Measurements, type StockLevels } from './model.js';
export { type HeaderSpelling, type RateLimits } from './rate-limiter.js';
export { type FakeTrackStarStats, type RouteName } from './stats.js';
export { type NewItemOptions } from './store.js';
