import { joinById, type Reference } from './listing.js';

export const SKU: Reference<'skuId' | 'skuCode'> = {
  join: joinById('skus', 'sku', 'sku_id'),
  columns: { skuId: 'r.sku_id', skuCode: 'sku.code' },
  filter: { field: 'skuId', column: 'r.sku_id' },
};

export const CHANNEL: Reference<'channelId' | 'channelCode'> = {
  join: joinById('channels', 'channel', 'channel_id'),
  columns: { channelId: 'r.channel_id', channelCode: 'channel.code' },
  filter: { field: 'channelId', column: 'r.channel_id' },
};

export const FORECAST_VERSION: Reference<'forecastVersionId' | 'forecastVersionName'> = {
  join: joinById('forecast_versions', 'version', 'forecast_version_id'),
  columns: { forecastVersionId: 'r.forecast_version_id', forecastVersionName: 'version.name' },
  filter: { field: 'forecastVersionId', column: 'r.forecast_version_id' },
};
