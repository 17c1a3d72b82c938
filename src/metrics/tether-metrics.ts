import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Seconds: from a quick page to a long backfill. */
const DURATION_BUCKETS = [0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];
/** Seconds an HTTP request to this service takes. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every metric the service exposes, on one registry per app (several apps share a jest
 * process: nothing goes on prom-client's global registry). Labels are bounded sets (service
 * keys, capabilities, statuses, route patterns), never ids.
 */
export class TetherMetrics {
  readonly sessionsStarted: Counter<'service' | 'trigger'>;
  readonly sessionsFinished: Counter<'service' | 'status'>;
  readonly executionDuration: Histogram<'capability' | 'status'>;
  readonly executionRetries: Counter<'capability'>;
  readonly records: Counter<'capability' | 'outcome' | 'dry_run'>;
  readonly queueDepth: Gauge;
  readonly queueOldestAge: Gauge;
  readonly schedulerLag: Histogram;
  readonly reaped: Counter<'service'>;
  readonly connectorRequests: Counter<'service' | 'status_class'>;
  readonly connectorRetries: Counter<'service'>;
  readonly bucketAvailable: Gauge<'service'>;
  readonly bucketMaximum: Gauge<'service'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.sessionsStarted = new Counter({ name: 'tether_sync_sessions_started_total', help: 'Sync sessions a worker started', labelNames: ['service', 'trigger'], registers });
    this.sessionsFinished = new Counter({ name: 'tether_sync_sessions_finished_total', help: 'Sync sessions ended, by final status', labelNames: ['service', 'status'], registers });
    this.executionDuration = new Histogram({
      name: 'tether_sync_execution_duration_seconds',
      help: 'How long an execution (one capability of a session) took, retries included',
      labelNames: ['capability', 'status'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.executionRetries = new Counter({ name: 'tether_sync_execution_retries_total', help: "Executions' attempts beyond the first (the runner's own retries)", labelNames: ['capability'], registers });
    this.records = new Counter({
      name: 'tether_sync_records_total',
      help: 'Records per capability: fetched from the source, then created, updated, unchanged, skipped or failed by the sink (dry runs: what would have been)',
      labelNames: ['capability', 'outcome', 'dry_run'],
      registers,
    });
    this.queueDepth = new Gauge({ name: 'tether_sync_queue_depth', help: 'Sync sessions queued, waiting for a worker (every replica)', registers });
    this.queueOldestAge = new Gauge({ name: 'tether_sync_queue_oldest_age_seconds', help: 'How long the oldest queued session has waited; 0 when none', registers });
    this.schedulerLag = new Histogram({ name: 'tether_scheduler_lag_seconds', help: 'From a scheduled tick to its session starting', buckets: DURATION_BUCKETS, registers });
    this.reaped = new Counter({ name: 'tether_reaper_sessions_failed_total', help: 'Sessions the reaper failed because their worker stopped beating', labelNames: ['service'], registers });
    this.connectorRequests = new Counter({
      name: 'tether_connector_http_requests_total',
      help: 'HTTP requests connectors sent, by status class of the reply (network_error: none)',
      labelNames: ['service', 'status_class'],
      registers,
    });
    this.connectorRetries = new Counter({ name: 'tether_connector_retries_total', help: "Connectors' failed tries that another try followed (5xx, 429, throttling, network)", labelNames: ['service'], registers });
    this.bucketAvailable = new Gauge({ name: 'tether_connector_rate_bucket_available', help: "A service's rate-limit bucket: what its last reply said is available (Shopify: cost points)", labelNames: ['service'], registers });
    this.bucketMaximum = new Gauge({ name: 'tether_connector_rate_bucket_maximum', help: "A service's rate-limit bucket size as its last reply said", labelNames: ['service'], registers });
    this.httpDuration = new Histogram({
      name: 'tether_http_request_duration_seconds',
      help: 'Requests to this service, by route pattern (unmatched: no route) and status',
      labelNames: ['method', 'route', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
  }
}
