import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { FailureStreak } from '../common/failure-streak.js';
import { AppConfig } from '../config/app-config.js';

export interface NotificationListener {
  onNotification(payload: string): void;
  /** After the listening connection was lost and re-established: notifications may have been missed. */
  onReconnect?(): void;
}

/**
 * PostgreSQL LISTEN/NOTIFY between replicas. One dedicated connection listens (a pooled
 * one would drop its LISTENs); it reconnects after a failure and tells listeners, who
 * catch up by other means. Notifications are best effort: each user also polls.
 */
@Injectable()
export class PgNotifications implements OnApplicationShutdown {
  // Polling finds the sessions meanwhile: a warning, not an error.
  private readonly failures = new FailureStreak(new Logger(PgNotifications.name), 'listening for notifications (polling meanwhile)', 'warn');
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client | undefined> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private listening: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async listen(channel: string, listener: NotificationListener): Promise<void> {
    const known = this.listeners.has(channel);
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    const client = await this.connection();
    if (!known && client !== undefined) await this.subscribe(client, channel);
  }

  /** Sent at once, to every replica listening (this one included). */
  async notify(channel: string, payload: string): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<pg.Client | undefined> {
    if (this.client !== undefined) return this.client;
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client | undefined> {
    if (this.closed || this.config.databaseUrl === undefined) return undefined;
    const client = new pg.Client({ connectionString: this.config.databaseUrl, application_name: 'tether-integrations-listener' });
    client.on('notification', (message) => {
      for (const listener of this.listeners.get(message.channel) ?? []) listener.onNotification(message.payload ?? '');
    });
    client.on('error', () => {
      this.lost(client);
    });
    client.on('end', () => {
      this.lost(client);
    });
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await this.subscribe(client, channel);
    } catch (error) {
      this.failures.failed(error);
      await client.end().catch(() => undefined);
      this.retryLater();
      return undefined;
    }
    this.failures.succeeded();
    this.client = client;
    return client;
  }

  /** LISTENs go one at a time: pg does not want two queries in flight on one client. */
  private subscribe(client: pg.Client, channel: string): Promise<void> {
    const listen = this.listening.then(async () => {
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    });
    this.listening = listen.catch(() => undefined);
    return listen;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (!this.closed) this.retryLater();
  }

  private retryLater(): void {
    if (this.closed) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      void this.connection().then((client) => {
        if (client === undefined) return;
        for (const set of this.listeners.values()) for (const listener of set) listener.onReconnect?.();
      });
    }, 1_000);
    this.retryTimer.unref();
  }
}
