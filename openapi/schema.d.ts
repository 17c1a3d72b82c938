// Generated from openapi.json by `npm run openapi`; do not edit.
export interface paths {
    "/external-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every supported service with its capabilities, credential fields and settings. */
        get: operations["listExternalServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external-services/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service's metadata, e.g. to render its credentials form. */
        get: operations["getExternalService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external-services/{key}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try credentials before saving them (admin): validated as for a create, then tried. */
        post: operations["checkServiceConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The integrations dashboard: filter by service, status and last sync status; ordered by name, last sync or next sync. */
        get: operations["listIntegrations"];
        put?: never;
        /** Create an integration (admin). Credentials are validated against the service's fields and stored encrypted. */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One integration with its schedule, settings and the names of the credential fields set. */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /** Delete the integration and its credentials (admin). */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        /** Edit name, schedule, capabilities, settings, enabled or dry run (admin). */
        patch: operations["updateIntegration"];
        trace?: never;
    };
    "/integrations/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the credentials, e.g. to rotate a token (admin). The old values are discarded. */
        put: operations["replaceCredentials"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try the saved credentials against the service (admin): ok, or a secret-free reason. */
        post: operations["checkIntegrationConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/schedule-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next run times, in UTC and in the integration's time zone (DST included). */
        get: operations["previewSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync now (admin), also when disabled. Queues a session and answers at once; follow it
         *     at `GET /sync-sessions/{id}`. 409 (with `sessionId`) while one is queued or running.
         */
        post: operations["triggerSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync history: sessions, newest first. */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's sync sessions across its integrations, newest first: filter by status, service, integration, trigger, when queued. */
        get: operations["listSyncSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its executions in run order. */
        get: operations["getSyncSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Executions across sessions, newest first, by capability and status. */
        get: operations["listExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync-sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a session (admin): a queued one at once, a running one after the page in flight. 409 once it has ended. */
        post: operations["cancelSyncSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/reset-sync-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget the cursors (admin) so the next sync re-imports everything. 409 while a session is active. */
        post: operations["resetSyncState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's SKUs by code; `q` finds codes or names starting with it. */
        get: operations["listSkus"];
        put?: never;
        /** Create a SKU (admin); its code must be new in the organization. */
        post: operations["createSku"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skus/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SKU. */
        get: operations["getSku"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's sales channels by code; `q` finds codes or names starting with it. */
        get: operations["listChannels"];
        put?: never;
        /** Create a sales channel (admin); its code must be new in the organization. */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sales channel. */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/unmapped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** External ids the integration's syncs could not map (records skipped), most occurrences first; ids mapped since are left out. */
        get: operations["listUnmappedExternalIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sku-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** External SKU ids mapped to SKUs, by integration and external id; filter by integration or SKU. */
        get: operations["listSkuMappings"];
        put?: never;
        /** Map an integration's external SKU id to a SKU (admin); posting the id again maps it to the SKU given. */
        post: operations["mapSku"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sku-mappings/{integrationId}/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a mapping (admin); the external id goes in the path, URL-encoded or raw. */
        delete: operations["unmapSku"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channel-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** External channel ids mapped to channels, by integration and external id; filter by integration or channel. */
        get: operations["listChannelMappings"];
        put?: never;
        /** Map an integration's external channel id to a channel (admin); posting the id again maps it to the channel given. */
        post: operations["mapChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channel-mappings/{integrationId}/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a mapping (admin); the external id goes in the path, URL-encoded or raw. */
        delete: operations["unmapChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{id}/default-channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel the integration's records go to when they name none; 404 when it has none. */
        get: operations["getDefaultChannel"];
        /** Set or replace the integration's default channel (admin). */
        put: operations["setDefaultChannel"];
        post?: never;
        /** Remove the integration's default channel (admin): records that name no channel are skipped again. */
        delete: operations["clearDefaultChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales orders with their lines, newest `orderedAt` first; `skuId` keeps orders having a line of that SKU. */
        get: operations["listSalesOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{integrationId}/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sales order with its lines, by the integration that wrote it and the source's order id. */
        get: operations["getSalesOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales per SKU, channel and period, latest `periodStart` first. */
        get: operations["listSalesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pending-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Order lines not yet paid or fulfilled, newest `orderedAt` first. */
        get: operations["listPendingSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/warehouse-inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock per SKU and location, latest `asOf` first. */
        get: operations["listWarehouseInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pricing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prices per SKU, price list and currency, latest `validFrom` first. */
        get: operations["listPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forecast-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecast versions, newest `sourceCreatedAt` first (those without one last). */
        get: operations["listForecastVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecast quantities per version, SKU, channel and period, latest `periodStart` first. */
        get: operations["listSalesForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail (admin): who changed what and when, newest first; filter by target, actor, action and time. */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's webhook endpoints, oldest first. */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Add a webhook endpoint for failure alerts (admin). The response carries its signing secret, shown only this once. */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (never its secret). */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete the endpoint and its delivery log (admin). */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Edit the URL, description, event types or enabled flag (admin). */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first: attempts, status, last status code, latency and error. */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's settings: when failing integrations are disabled automatically. */
        get: operations["getOrganizationSettings"];
        /** Replace the organization's settings (admin). */
        put: operations["putOrganizationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up and answers HTTP (restart it if not); checks nothing else. */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The replica can take traffic: the database answers, its migrations are current, the
         *     cron jobs are registered and the sync worker runs. A 503 names the failed checks.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness, as `/health/ready` (kept for probes configured before it). */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format). Not the users' JWT: a bearer token of its
         *     own, METRICS_TOKEN; unset, there is no such route (404).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AlertSettingsDto: {
            /**
             * @description Consecutive failed scheduled syncs (an `auth` failure counts double) after which an
             *     integration is disabled; a warning is sent one failure earlier. Default 5.
             * @example 5
             */
            autoDisableAfterFailures: number;
        };
        AuditChangesDto: {
            /**
             * @description Their values after, or the details of the action.
             * @example {
             *       "name": "Main store EU"
             *     }
             */
            after?: {
                [key: string]: unknown;
            };
            /**
             * @description The changed fields' values before (non-secret fields only).
             * @example {
             *       "name": "Main store"
             *     }
             */
            before?: {
                [key: string]: unknown;
            };
        };
        AuditEventDto: {
            /**
             * @example integration.updated
             * @enum {string}
             */
            action: "integration.created" | "integration.updated" | "integration.enabled" | "integration.disabled" | "integration.credentials_replaced" | "integration.deleted" | "sync.triggered" | "sync.cancelled" | "sync_state.reset" | "sku_mapping.created" | "sku_mapping.updated" | "sku_mapping.deleted" | "channel_mapping.created" | "channel_mapping.updated" | "channel_mapping.deleted" | "default_channel.set" | "default_channel.cleared";
            /**
             * @description The admin's token subject.
             * @example auth0|admin-1
             */
            actor: string;
            /** @description Null for actions that change no field (credentials replaced, cancel). */
            changes: components["schemas"]["AuditChangesDto"] | null;
            /**
             * @description The `x-request-id` of the request that made the change.
             * @example 3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10
             */
            correlationId: string;
            /** @example 9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f */
            id: string;
            /** @example 2026-11-27T09:00:00.000Z */
            occurredAt: string;
            /** @example org-acme */
            organizationId: string;
            target: components["schemas"]["AuditTargetDto"];
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        AuditTargetDto: {
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            id: string;
            /**
             * @description Its name when the event happened, so the event reads well after a rename or deletion.
             * @example Main store
             */
            label: string;
            /**
             * @example integration
             * @enum {string}
             */
            type: "integration";
        };
        CapabilityDto: {
            /** @description Warehouse sources (BigQuery, Redshift): the columns the table or view named for this capability must have. */
            columns?: components["schemas"]["ColumnContractDto"];
            /** @example Every order but test orders, with its line items, new and changed since the last sync */
            description: string;
            /** @example Sales Orders */
            displayName: string;
            /** @enum {string} */
            key: "sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast";
        };
        ChannelDto: {
            /**
             * @description Unique in the organization.
             * @example WEB
             */
            code: string;
            /** @example 2026-11-27T09:00:00.000Z */
            createdAt: string;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            id: string;
            /** @description The integration whose sync last wrote it; null when made through the API. */
            integrationId: string | null;
            /** @example Web store */
            name: string;
            /** @example 2026-11-27T09:00:00.000Z */
            updatedAt: string;
        };
        ChannelMappingDto: {
            /** @example 9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60 */
            channelId: string;
            /**
             * @description When it was mapped to its current target.
             * @example 2026-11-27T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Who mapped it: a user's subject, or `integration:<id>` for the integration's own catalog sync.
             * @example auth0|admin-1
             */
            createdBy: string;
            /** @example gid://shopify/ProductVariant/4242 */
            externalId: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            integrationId: string;
        };
        ChannelMappingPageDto: {
            items: components["schemas"]["ChannelMappingDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Items matching, over all pages.
             * @example 1
             */
            total: number;
        };
        ChannelPageDto: {
            items: components["schemas"]["ChannelDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Items matching, over all pages.
             * @example 1
             */
            total: number;
        };
        CheckConnectionDto: {
            /**
             * @description The service's credential fields, as for creating an integration.
             * @example {
             *       "accessToken": "shpat_...",
             *       "storeDomain": "your-store.myshopify.com"
             *     }
             */
            credentials: {
                [key: string]: unknown;
            };
            /**
             * @example {
             *       "apiVersion": "2026-10"
             *     }
             */
            settings?: {
                [key: string]: unknown;
            };
        };
        CheckDto: {
            /**
             * @description Why it is down.
             * @example unreachable
             */
            message?: string;
            /**
             * @description How long the check took, in milliseconds.
             * @example 2
             */
            responseTime?: number;
            /** @example up */
            status: string;
        };
        ColumnContractDto: {
            columns: components["schemas"]["ColumnDefinitionDto"][];
            /**
             * @description incremental: rows changed since the last sync, by `updated_at`; snapshot: the whole table each sync, replacing what was stored (deleted rows go too).
             * @enum {string}
             */
            defaultMode: "incremental" | "snapshot";
            /**
             * @description The natural key: unique per row; with `updated_at`, the order rows are read in.
             * @example [
             *       "order_id",
             *       "line_id"
             *     ]
             */
            key: string[];
        };
        ColumnDefinitionDto: {
            /** @example The products external id */
            description: string;
            /** @example sku_id */
            name: string;
            required: boolean;
            /**
             * @description Each dialect's own type for it: decimal is NUMERIC / DECIMAL (never FLOAT), timestamp an instant.
             * @enum {string}
             */
            type: "string" | "decimal" | "integer" | "boolean" | "date" | "timestamp";
        };
        ConnectionCheckDto: {
            /**
             * @description What the service said about itself.
             * @example {
             *       "currency": "USD",
             *       "shop": "Acme Store",
             *       "timezone": "America/New_York"
             *     }
             */
            details: {
                [key: string]: string;
            };
            /** @description Why not, without secrets: kind auth (token refused), config (unknown shop, bad domain), transient (network). */
            error: components["schemas"]["SyncErrorDto"] | null;
            /** @description Whether the service accepted the credentials. */
            ok: boolean;
            /** @example connected to Acme Store */
            summary: string | null;
        };
        CreateChannelDto: {
            /**
             * @description Channel code, unique in the organization (1-100 characters, trimmed).
             * @example WEB
             */
            code: string;
            /** @example Web store */
            name: string;
        };
        CreateChannelMappingDto: {
            /**
             * Format: uuid
             * @description The organization's channel the external id stands for.
             * @example 9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60
             */
            channelId: string;
            /**
             * @description The id the source uses (taken as given, 1-500 characters).
             * @example gid://shopify/ProductVariant/4242
             */
            externalId: string;
            /**
             * Format: uuid
             * @description The integration whose records carry the external id.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
        };
        CreateIntegrationDto: {
            /**
             * @description Data types to sync: a non-empty subset of the service's capabilities.
             * @example [
             *       "sales_orders",
             *       "products"
             *     ]
             */
            capabilities: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /**
             * @description Values for the service's credential fields (see `credentialFields` in `GET /external-services/{key}`).
             *     Stored encrypted and never returned.
             * @example {
             *       "accessToken": "<admin API access token>",
             *       "storeDomain": "your-store.myshopify.com"
             *     }
             */
            credentials: {
                [key: string]: unknown;
            };
            /**
             * @description 6-field cron, seconds first; at creation defaults to `0 0 0 * * *` (daily at midnight).
             * @example 0 0 2 * * *
             */
            cronExpression?: string;
            /**
             * @description Dry run reads and maps but writes nothing; at creation defaults to false.
             * @example false
             */
            dryRun?: boolean;
            /**
             * @description Scheduled syncs run only while enabled; at creation defaults to true.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Key of a service from `GET /external-services`.
             * @example shopify
             */
            externalService: string;
            /**
             * @description Display name, unique in the organization (ignoring case).
             * @example Shopify Production
             */
            name: string;
            /**
             * @description Values for the service's non-secret setting fields; omitted ones take their defaults.
             * @example {
             *       "apiVersion": "2026-10"
             *     }
             */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description IANA time zone the cron runs in; at creation defaults to `UTC`.
             * @example America/New_York
             */
            timezone?: string;
        };
        CreateSkuDto: {
            /**
             * @description EAN, UPC or the like.
             * @example 5012345678900
             */
            barcode?: string;
            /**
             * @description SKU code, unique in the organization (1-100 characters, trimmed).
             * @example PALE-330
             */
            code: string;
            /** @example Pale Ale 330ml */
            name: string;
        };
        CreateSkuMappingDto: {
            /**
             * @description The id the source uses (taken as given, 1-500 characters).
             * @example gid://shopify/ProductVariant/4242
             */
            externalId: string;
            /**
             * Format: uuid
             * @description The integration whose records carry the external id.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /**
             * Format: uuid
             * @description The organization's SKU the external id stands for.
             * @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f
             */
            skuId: string;
        };
        CreateWebhookEndpointDto: {
            /**
             * @description A note for admins.
             * @example On-call pager
             */
            description?: string;
            /**
             * @description Deliveries are queued only while enabled; at creation defaults to true.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Events to receive; at creation defaults to all of them.
             * @example [
             *       "sync.failed",
             *       "integration.auto_disabled"
             *     ]
             */
            eventTypes?: ("sync.failed" | "sync.recovered" | "integration.auto_disable_warning" | "integration.auto_disabled" | "credentials.invalid")[];
            /**
             * @description Where deliveries are POSTed: https only, to a public address.
             * @example https://alerts.example.com/tether
             */
            url: string;
        };
        CreatedWebhookEndpointDto: {
            /** @example 2026-11-27T09:00:00.000Z */
            createdAt: string;
            /** @example On-call pager */
            description: string;
            /** @example true */
            enabled: boolean;
            /**
             * @example [
             *       "sync.failed",
             *       "integration.auto_disabled"
             *     ]
             */
            eventTypes: ("sync.failed" | "sync.recovered" | "integration.auto_disable_warning" | "integration.auto_disabled" | "credentials.invalid")[];
            /** @example 8c2d4b1e-3f5a-4c6d-9e7f-0a1b2c3d4e5f */
            id: string;
            /**
             * @description The signing secret: shown only in this response, store it now.
             * @example <whsec_ followed by 43 characters>
             */
            secret: string;
            /** @example 2026-11-27T09:00:00.000Z */
            updatedAt: string;
            /** @example https://alerts.example.com/tether */
            url: string;
        };
        ErrorResponseDto: {
            /**
             * @description Quote this id when reporting a problem; it is in the logs too.
             * @example 3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10
             */
            correlationId: string;
            /** @description One entry per invalid field, for input errors. */
            details?: components["schemas"]["ValidationDetailDto"][];
            /** @example Bad Request */
            error: string;
            /**
             * @description What went wrong, naming the field and the rule.
             * @example cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5
             */
            message: string;
            /** @example /integrations */
            path: string;
            /**
             * @description For a 429: seconds until a request is accepted again (also the `Retry-After` header).
             * @example 12
             */
            retryAfter?: number;
            /**
             * @description For a 409 caused by a sync session (one already queued or running): its id.
             * @example 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60
             */
            sessionId?: string;
            /** @example 400 */
            statusCode: number;
            /** @example 2026-11-27T10:00:00.000Z */
            timestamp: string;
        };
        ExecutionProgressDto: {
            /**
             * @description While running with a known total: elapsed × (total − records) / records, in seconds; null otherwise.
             * @example 66
             */
            estimatedSecondsLeft: number | null;
            /**
             * @description Pages written so far.
             * @example 5
             */
            pages: number;
            /**
             * @description Records read so far (across attempts).
             * @example 1250
             */
            records: number;
            /**
             * @description Records the whole read will have, when the source says (a Shopify bulk export's count); null otherwise.
             * @example 4000
             */
            total: number | null;
        };
        ExternalServiceDto: {
            capabilities: components["schemas"]["CapabilityDto"][];
            credentialFields: components["schemas"]["FieldDefinitionDto"][];
            /** @example E-commerce platform for sales orders and products */
            description: string;
            /** @example Shopify */
            displayName: string;
            /** @example shopify */
            key: string;
            settingFields: components["schemas"]["FieldDefinitionDto"][];
        };
        FieldDefinitionDto: {
            /** @description Settings only: the value used when none is given */
            default?: string | number;
            description?: string;
            /**
             * @description The value names where the service's requests go (a host, or a URL): it must be public
             *     (no loopback, private, link-local or metadata address, nor a name resolving to one) and,
             *     for a URL, https without a user name. Checked when saved and at each connection.
             * @enum {string}
             */
            destination?: "host" | "url";
            /** @description Number fields: whole numbers only. */
            integer?: boolean;
            /** @example Store URL */
            label: string;
            maximum?: number;
            minimum?: number;
            /** @example storeDomain */
            name: string;
            /** @description A regular expression the whole value must match. */
            pattern?: string;
            /** @description What the pattern means, for people. */
            patternDescription?: string;
            /** @example your-store.myshopify.com */
            placeholder?: string;
            required: boolean;
            /** @description Required only when the integration syncs one of these capabilities. */
            requiredFor?: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /** @description JSON fields: keys the object must contain. */
            requiredKeys?: string[];
            /** @description Mask the input; every credential is stored encrypted whatever this says. */
            secret: boolean;
            /** @description For tests only (pointing a connector at a local fake): refused unless the service runs under the outbound test policy (`OUTBOUND_ALLOW_LOOPBACK`). */
            testOnly?: boolean;
            /** @enum {string} */
            type: "text" | "number" | "secret" | "json";
            /** @description JSON fields: properties holding URLs the client calls (a service-account key's `token_uri`), checked as `url` destinations. */
            urlProperties?: string[];
        };
        ForecastVersionDto: {
            /**
             * @description The version's id in the source; unique per integration.
             * @example plan-2027
             */
            externalId: string;
            /**
             * @description Filter `GET /sales-forecast` by this.
             * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
             */
            id: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /** @example Plan 2027 */
            name: string;
            /** @example 2026-10-15T09:00:00.000Z */
            sourceCreatedAt: string | null;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        ForecastVersionPageDto: {
            items: components["schemas"]["ForecastVersionDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        IntegrationDto: {
            /**
             * @example [
             *       "sales_orders",
             *       "products"
             *     ]
             */
            capabilities: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /** @example 2026-11-27T09:00:00.000Z */
            createdAt: string;
            /**
             * @description Subject of the token that created it.
             * @example auth0|admin-1
             */
            createdBy: string;
            /**
             * @description Names of the credential fields that are set (never their values).
             * @example [
             *       "accessToken",
             *       "storeDomain"
             *     ]
             */
            credentialFields: string[];
            /** @example 0 0 0 * * * */
            cronExpression: string;
            /**
             * @description When the service disabled it; null unless it did.
             * @example 2026-11-28T00:00:04.000Z
             */
            disabledAt: string | null;
            /**
             * @description Why the service disabled it (consecutive failed scheduled syncs); null unless it did. Re-enabling clears it.
             * @example disabled after 5 consecutive failed scheduled syncs (last: auth: token rejected)
             */
            disabledReason: string | null;
            /** @example false */
            dryRun: boolean;
            /** @example true */
            enabled: boolean;
            /** @example shopify */
            externalService: string;
            /** @example Shopify */
            externalServiceName: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            id: string;
            /** @description The last sync session, once syncs have run. */
            lastSync: components["schemas"]["LastSyncDto"] | null;
            /** @example Shopify Production */
            name: string;
            /**
             * @description Next scheduled run (ISO 8601, UTC); null while disabled.
             * @example 2026-11-28T00:00:00.000Z
             */
            nextSync: string | null;
            /**
             * @example {
             *       "apiVersion": "2026-10"
             *     }
             */
            settings: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @example UTC */
            timezone: string;
            /** @example 2026-11-27T09:30:00.000Z */
            updatedAt: string;
            /** @example auth0|admin-1 */
            updatedBy: string;
        };
        IntegrationPageDto: {
            items: components["schemas"]["IntegrationSummaryDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        IntegrationSummaryDto: {
            /**
             * @example [
             *       "sales_orders",
             *       "products"
             *     ]
             */
            capabilities: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /** @example 0 0 0 * * * */
            cronExpression: string;
            /**
             * @description When the service disabled it; null unless it did.
             * @example 2026-11-28T00:00:04.000Z
             */
            disabledAt: string | null;
            /**
             * @description Why the service disabled it (consecutive failed scheduled syncs); null unless it did. Re-enabling clears it.
             * @example disabled after 5 consecutive failed scheduled syncs (last: auth: token rejected)
             */
            disabledReason: string | null;
            /** @example false */
            dryRun: boolean;
            /** @example true */
            enabled: boolean;
            /** @example shopify */
            externalService: string;
            /** @example Shopify */
            externalServiceName: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            id: string;
            /** @description The last sync session, once syncs have run. */
            lastSync: components["schemas"]["LastSyncDto"] | null;
            /** @example Shopify Production */
            name: string;
            /**
             * @description Next scheduled run (ISO 8601, UTC); null while disabled.
             * @example 2026-11-28T00:00:00.000Z
             */
            nextSync: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** @example UTC */
            timezone: string;
        };
        LastSyncDto: {
            /**
             * @description When it started, or finished once it has.
             * @example 2026-11-27T00:00:03.000Z
             */
            at: string;
            /** @example 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60 */
            sessionId: string;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
        };
        LivenessDto: {
            /** @example ok */
            status: string;
        };
        PendingSaleDto: {
            /** @example 14.9700 */
            amount: string;
            /**
             * @description The channel's code; null if the channel has been deleted since.
             * @example WEB
             */
            channelCode: string | null;
            /** @example 9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5 */
            channelId: string;
            /** @example USD */
            currency: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /** @example gid://shopify/LineItem/1003 */
            lineExternalId: string;
            /** @example gid://shopify/Order/5002 */
            orderExternalId: string;
            /** @example 2026-11-02T08:30:00.000Z */
            orderedAt: string;
            /** @example 3.0000 */
            quantity: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        PendingSalePageDto: {
            items: components["schemas"]["PendingSaleDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        PriceDto: {
            /** @example 4.9900 */
            amount: string;
            channelCode: string | null;
            /** @description Set when the price list is a channel's. */
            channelId: string | null;
            /** @example EUR */
            currency: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /**
             * @description The source's price list; for a channel's prices, the channel's external id.
             * @example retail
             */
            priceList: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description 1970-01-01 when the source gives none.
             * @example 2026-11-01
             */
            validFrom: string;
            validTo: string | null;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        PricePageDto: {
            items: components["schemas"]["PriceDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        ReadinessChecksDto: {
            database: components["schemas"]["CheckDto"];
            migrations: components["schemas"]["CheckDto"];
            scheduler: components["schemas"]["SchedulerCheckDto"];
            worker: components["schemas"]["WorkerCheckDto"];
        };
        ReadinessDto: {
            checks: components["schemas"]["ReadinessChecksDto"];
            /** @example ok */
            status: string;
        };
        RefusedRecordDto: {
            /**
             * @description The record's external id (for records without one of their own, such as sales history, their SKU's).
             * @example gid://shopify/ProductVariant/4243
             */
            externalId: string;
            /**
             * @description Which field, and why (never a value).
             * @example sku is empty
             */
            reason: string;
        };
        ReplaceCredentialsDto: {
            /**
             * @description The complete new credentials, validated against the service's fields.
             * @example {
             *       "accessToken": "<new admin API access token>",
             *       "storeDomain": "your-store.myshopify.com"
             *     }
             */
            credentials: {
                [key: string]: unknown;
            };
        };
        ResetSyncStateDto: {
            /**
             * @description Only these capabilities' cursors. Default: all of them.
             * @example [
             *       "sales_orders"
             *     ]
             */
            capabilities?: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
        };
        ResetSyncStateResultDto: {
            /**
             * @description The capabilities whose cursors were cleared (those never synced have none).
             * @example [
             *       "sales_orders"
             *     ]
             */
            cleared: string[];
        };
        SalesForecastDto: {
            /**
             * @description The channel's code; null if the channel has been deleted since.
             * @example WEB
             */
            channelCode: string | null;
            /** @example 9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5 */
            channelId: string;
            /** @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f */
            forecastVersionId: string;
            /**
             * @description The version's name; null if it has been deleted since.
             * @example Plan 2027
             */
            forecastVersionName: string | null;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /** @example 2027-01-01 */
            periodStart: string;
            /** @example 250.0000 */
            quantity: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        SalesForecastPageDto: {
            items: components["schemas"]["SalesForecastDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        SalesHistoryDto: {
            /**
             * @description The channel's code; null if the channel has been deleted since.
             * @example WEB
             */
            channelCode: string | null;
            /** @example 9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5 */
            channelId: string;
            /** @example USD */
            currency: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /** @enum {string} */
            periodLength: "day" | "week" | "month";
            /** @example 2026-11-01 */
            periodStart: string;
            /** @example 12.0000 */
            quantity: string;
            /** @example 59.8800 */
            revenue: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        SalesHistoryPageDto: {
            items: components["schemas"]["SalesHistoryDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        SalesOrderDto: {
            cancelledAt: string | null;
            /**
             * @description The channel's code; null if the channel has been deleted since.
             * @example WEB
             */
            channelCode: string | null;
            /** @example 9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5 */
            channelId: string;
            /**
             * @description Whether the order counts as a sale: paid or partially refunded, and not cancelled (for Shopify). An order that stops
             *     counting (refunded, voided, cancelled) keeps its row, with its lines at 0 units.
             * @example true
             */
            countsAsSale: boolean;
            /**
             * @description Every amount's currency: for Shopify the shop's currency (`shopMoney`), not the customer's presentment currency.
             * @example USD
             */
            currency: string;
            /**
             * @description The order's id in the source; unique per integration.
             * @example gid://shopify/Order/5001
             */
            externalId: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            lines: components["schemas"]["SalesOrderLineDto"][];
            /** @example #1001 */
            orderNumber: string | null;
            /** @example 2026-11-01T10:00:00.000Z */
            orderedAt: string;
            /**
             * @description What was refunded so far (Shopify's `totalRefundedSet`); null when the source does not say.
             * @example 0.0000
             */
            refundedAmount: string | null;
            /**
             * @description When the source last changed the order, as the source says.
             * @example 2026-11-01T10:05:00.000Z
             */
            sourceUpdatedAt: string | null;
            /**
             * @description The payment state as the source names it, lower case: for Shopify `paid`, `partially_refunded`, `refunded`,
             *     `voided`, `pending`, `authorized`, `partially_paid` or `expired`. A cancellation is `cancelledAt`, not a status.
             * @example paid
             */
            status: string;
            /**
             * @description The order's total now: after discounts, refunds and removals (Shopify's `currentTotalPriceSet`).
             * @example 19.0000
             */
            totalAmount: string;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        SalesOrderLineDto: {
            /**
             * @description The order's currency (for Shopify, the shop's currency, not the customer's presentment currency).
             * @example USD
             */
            currency: string;
            /**
             * @description The line's id in the source.
             * @example gid://shopify/LineItem/1001
             */
            externalId: string;
            /**
             * @description Units as ordered, before refunds and removals (Shopify's `quantity`); null when the source does not tell them apart.
             * @example 3.0000
             */
            orderedQuantity: string | null;
            /**
             * @description Units that count as sold: as ordered, less units refunded or removed since (Shopify's
             *     `currentQuantity`); 0 when the order does not count as a sale. Sales figures add this up.
             * @example 2.0000
             */
            quantity: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description One unit's price after discounts (Shopify's `discountedUnitPriceAfterAllDiscountsSet`, in the shop's currency), so a
             *     line's net amount is `quantity` × `unitPrice`.
             * @example 4.2500
             */
            unitPrice: string;
            /** @example 2026-11-27T02:00:03.120Z */
            writtenAt: string;
        };
        SalesOrderPageDto: {
            items: components["schemas"]["SalesOrderDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        SchedulePreviewDto: {
            /** @example 0 30 2 * * * */
            cronExpression: string;
            runs: components["schemas"]["ScheduledRunDto"][];
            /** @example America/New_York */
            timezone: string;
        };
        ScheduledRunDto: {
            /**
             * @description The same instant in the integration's time zone, with its offset.
             * @example 2027-03-14T03:00:00.000-04:00
             */
            local: string;
            /** @example 2027-03-14T07:00:00.000Z */
            utc: string;
        };
        SchedulerCheckDto: {
            /**
             * @description Why it is down.
             * @example unreachable
             */
            message?: string;
            /**
             * @description How long the check took, in milliseconds.
             * @example 2
             */
            responseTime?: number;
            /**
             * @description Integrations with a cron job on this replica.
             * @example 12
             */
            scheduled: number;
            /** @example up */
            status: string;
        };
        SetDefaultChannelDto: {
            /**
             * Format: uuid
             * @description The organization's channel for the integration's records that name none.
             * @example 9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60
             */
            channelId: string;
        };
        SkuDto: {
            /** @example 5012345678900 */
            barcode: string | null;
            /**
             * @description Unique in the organization.
             * @example PALE-330
             */
            code: string;
            /** @example 2026-11-27T09:00:00.000Z */
            createdAt: string;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            id: string;
            /** @description The integration whose sync last wrote it; null when made through the API. */
            integrationId: string | null;
            /** @example Pale Ale 330ml */
            name: string;
            /** @example 2026-11-27T09:00:00.000Z */
            updatedAt: string;
        };
        SkuMappingDto: {
            /**
             * @description When it was mapped to its current target.
             * @example 2026-11-27T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Who mapped it: a user's subject, or `integration:<id>` for the integration's own catalog sync.
             * @example auth0|admin-1
             */
            createdBy: string;
            /** @example gid://shopify/ProductVariant/4242 */
            externalId: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            integrationId: string;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
        };
        SkuMappingPageDto: {
            items: components["schemas"]["SkuMappingDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Items matching, over all pages.
             * @example 1
             */
            total: number;
        };
        SkuPageDto: {
            items: components["schemas"]["SkuDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Items matching, over all pages.
             * @example 1
             */
            total: number;
        };
        SyncErrorDto: {
            /**
             * @description auth: credentials refused; config: set up wrong; transient: retry may help; data: unusable data.
             * @example auth
             * @enum {string}
             */
            kind: "auth" | "config" | "transient" | "data";
            /** @example Shopify answered 401: the access token was refused */
            message: string;
            /** @description Whether running again, unchanged, may succeed. */
            retryable: boolean;
        };
        SyncExecutionDto: {
            /**
             * @description Reads of the source: more than one after transient errors.
             * @example 1
             */
            attempts: number;
            /**
             * @example sales_orders
             * @enum {string}
             */
            capability: "sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast";
            /** @example 240 */
            created: number;
            dryRun: boolean;
            /** @example 3500 */
            durationMs: number | null;
            error: components["schemas"]["SyncErrorDto"] | null;
            /**
             * @description Records refused as invalid (the first ones are in `refused`).
             * @example 1
             */
            failed: number;
            /** @example 2026-11-27T00:00:04.500Z */
            finishedAt: string | null;
            /** @example 9a0e4c1b-7d2f-4b8e-8c11-2f5e3d6a7b90 */
            id: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            integrationId: string;
            /**
             * @description What the connector wants admins to know about this run.
             * @example [
             *       "Shopify returned no order older than 60 days: reading older orders needs the read_all_orders scope"
             *     ]
             */
            notes: string[];
            progress: components["schemas"]["ExecutionProgressDto"];
            /** @example 250 */
            recordsFetched: number;
            /**
             * @description The first records refused as invalid (at most 20, in the order read; `failed` counts them all), by external id, with the
             *     field and the rule they broke: `sku is empty` (products), `code is empty` (channels), `channelExternalId is empty and
             *     the integration has no default channel` (data mapped to a channel).
             */
            refused: components["schemas"]["RefusedRecordDto"][];
            /** @example 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60 */
            sessionId: string;
            /**
             * @description Records not written because a SKU or channel had no mapping.
             * @example 3
             */
            skipped: number;
            /** @example 2026-11-27T00:00:01.000Z */
            startedAt: string | null;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "failed" | "skipped";
            /** @example 2 */
            unchanged: number;
            /** @description The external ids that could not be mapped, most frequent first. */
            unmapped: components["schemas"]["UnmappedCountDto"][];
            /** @example 5 */
            updated: number;
        };
        SyncExecutionPageDto: {
            items: components["schemas"]["SyncExecutionDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        SyncSessionDetailDto: {
            /** @description An admin asked it to stop; it stops after the page in flight. */
            cancelRequested: boolean;
            /**
             * @example [
             *       "products",
             *       "sales_orders"
             *     ]
             */
            capabilities: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            dryRun: boolean;
            /** @example 4400 */
            durationMs: number | null;
            /** @description Why the session as a whole failed; each execution has its own error. */
            error: components["schemas"]["SyncErrorDto"] | null;
            /** @description In run order. */
            executions: components["schemas"]["SyncExecutionDto"][];
            /** @example 2026-11-27T00:00:04.500Z */
            finishedAt: string | null;
            /** @example 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60 */
            id: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            integrationId: string;
            /** @example 2026-11-27T00:00:00.020Z */
            queuedAt: string;
            /**
             * @description The cron tick it ran for; null for a manual trigger.
             * @example 2026-11-27T00:00:00.000Z
             */
            scheduledFor: string | null;
            /** @example 2026-11-27T00:00:00.100Z */
            startedAt: string | null;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
            /**
             * @example schedule
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /**
             * @description Subject of the admin who triggered it; null for the schedule.
             * @example auth0|admin-1
             */
            triggeredBy: string | null;
        };
        SyncSessionDto: {
            /** @description An admin asked it to stop; it stops after the page in flight. */
            cancelRequested: boolean;
            /**
             * @example [
             *       "products",
             *       "sales_orders"
             *     ]
             */
            capabilities: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            dryRun: boolean;
            /** @example 4400 */
            durationMs: number | null;
            /** @description Why the session as a whole failed; each execution has its own error. */
            error: components["schemas"]["SyncErrorDto"] | null;
            /** @example 2026-11-27T00:00:04.500Z */
            finishedAt: string | null;
            /** @example 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60 */
            id: string;
            /** @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 */
            integrationId: string;
            /** @example 2026-11-27T00:00:00.020Z */
            queuedAt: string;
            /**
             * @description The cron tick it ran for; null for a manual trigger.
             * @example 2026-11-27T00:00:00.000Z
             */
            scheduledFor: string | null;
            /** @example 2026-11-27T00:00:00.100Z */
            startedAt: string | null;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
            /**
             * @example schedule
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /**
             * @description Subject of the admin who triggered it; null for the schedule.
             * @example auth0|admin-1
             */
            triggeredBy: string | null;
        };
        SyncSessionPageDto: {
            items: components["schemas"]["SyncSessionDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        TriggerSyncDto: {
            /**
             * @description Only these capabilities, each one the integration syncs. Default: all of them.
             * @example [
             *       "sales_orders"
             *     ]
             */
            capabilities?: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /** @description Read and map everything, write nothing but the session's report. Default: the integration's dry-run setting. */
            dryRun?: boolean;
        };
        UnmappedCountDto: {
            /**
             * @description Records (or order lines) skipped for it.
             * @example 3
             */
            count: number;
            /** @example gid://shopify/ProductVariant/4242 */
            externalId: string;
            /**
             * @example sku
             * @enum {string}
             */
            kind: "sku" | "channel" | "forecast_version";
        };
        UnmappedExternalIdDto: {
            /**
             * @description The data type that met it last.
             * @enum {string}
             */
            capability: "sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast";
            /** @example gid://shopify/ProductVariant/4242 */
            externalId: string;
            /** @example 2026-11-20T02:00:04.000Z */
            firstSeenAt: string;
            /** @enum {string} */
            kind: "sku" | "channel" | "forecast_version";
            /** @example 2026-11-27T02:00:03.000Z */
            lastSeenAt: string;
            /**
             * @description How many records it has cost, over all syncs.
             * @example 12
             */
            occurrences: number;
        };
        UnmappedExternalIdPageDto: {
            items: components["schemas"]["UnmappedExternalIdDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Items matching, over all pages.
             * @example 1
             */
            total: number;
        };
        UpdateIntegrationDto: {
            /**
             * @description Data types to sync: a non-empty subset of the service's capabilities.
             * @example [
             *       "sales_orders",
             *       "products"
             *     ]
             */
            capabilities?: ("sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast")[];
            /**
             * @description 6-field cron, seconds first; at creation defaults to `0 0 0 * * *` (daily at midnight).
             * @example 0 0 2 * * *
             */
            cronExpression?: string;
            /**
             * @description Dry run reads and maps but writes nothing; at creation defaults to false.
             * @example false
             */
            dryRun?: boolean;
            /**
             * @description Scheduled syncs run only while enabled; at creation defaults to true.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Display name, unique in the organization (ignoring case).
             * @example Shopify Production
             */
            name?: string;
            /**
             * @description Values for the service's non-secret setting fields; omitted ones take their defaults.
             * @example {
             *       "apiVersion": "2026-10"
             *     }
             */
            settings?: {
                [key: string]: unknown;
            };
            /**
             * @description IANA time zone the cron runs in; at creation defaults to `UTC`.
             * @example America/New_York
             */
            timezone?: string;
        };
        UpdateWebhookEndpointDto: {
            /**
             * @description A note for admins.
             * @example On-call pager
             */
            description?: string;
            /**
             * @description Deliveries are queued only while enabled; at creation defaults to true.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description Events to receive; at creation defaults to all of them.
             * @example [
             *       "sync.failed",
             *       "integration.auto_disabled"
             *     ]
             */
            eventTypes?: ("sync.failed" | "sync.recovered" | "integration.auto_disable_warning" | "integration.auto_disabled" | "credentials.invalid")[];
            /**
             * @description Where deliveries are POSTed: https only, to a public address.
             * @example https://alerts.example.com/tether
             */
            url?: string;
        };
        ValidationDetailDto: {
            /**
             * @description Dotted path of the field.
             * @example credentials.storeDomain
             */
            field: string;
            /** @example credentials.storeDomain must be a domain ending in .myshopify.com, e.g. your-store.myshopify.com */
            message: string;
            /**
             * @description The rule it broke.
             * @example pattern
             */
            rule: string;
        };
        WarehouseInventoryDto: {
            /** @example 2026-11-27T01:00:00.000Z */
            asOf: string;
            /** @example 105.0000 */
            available: string;
            /** @example 15.0000 */
            committed: string;
            /**
             * @description The integration whose sync wrote the row.
             * @example 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11
             */
            integrationId: string;
            /** @example Main warehouse */
            location: string;
            /** @example 120.0000 */
            onHand: string;
            /**
             * @description The SKU's code; null if the SKU has been deleted since.
             * @example PALE-ALE-330
             */
            skuCode: string | null;
            /** @example 6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f */
            skuId: string;
            /**
             * @description When a sync last created or changed the row (ISO 8601, UTC).
             * @example 2026-11-27T02:00:03.120Z
             */
            writtenAt: string;
        };
        WarehouseInventoryPageDto: {
            items: components["schemas"]["WarehouseInventoryDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        WebhookDeliveryDto: {
            /** @example 1 */
            attempts: number;
            /** @example 2026-11-28T00:00:04.000Z */
            createdAt: string;
            /** @example 2026-11-28T00:00:05.000Z */
            deliveredAt: string | null;
            /**
             * @description The event's id (the body's `id`), the same for every endpoint.
             * @example 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
             */
            eventId: string;
            /**
             * @example sync.failed
             * @enum {string}
             */
            eventType: "sync.failed" | "sync.recovered" | "integration.auto_disable_warning" | "integration.auto_disabled" | "credentials.invalid";
            /**
             * @description Also sent as `X-Tether-Delivery`.
             * @example 1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b
             */
            id: string;
            /** @example 2026-11-28T00:00:05.000Z */
            lastAttemptAt: string | null;
            /** @description Why the last attempt failed. */
            lastError: string | null;
            /** @example 42 */
            lastLatencyMs: number | null;
            /**
             * @description The receiver's last HTTP status; null if it could not be reached.
             * @example 200
             */
            lastStatusCode: number | null;
            /** @description When the next attempt is due; null once delivered or failed. */
            nextAttemptAt: string | null;
            /**
             * @description The body sent.
             * @example {
             *       "createdAt": "2026-11-28T00:00:04.000Z",
             *       "data": {},
             *       "id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
             *       "type": "sync.failed"
             *     }
             */
            payload: {
                [key: string]: unknown;
            };
            /**
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        WebhookEndpointDto: {
            /** @example 2026-11-27T09:00:00.000Z */
            createdAt: string;
            /** @example On-call pager */
            description: string;
            /** @example true */
            enabled: boolean;
            /**
             * @example [
             *       "sync.failed",
             *       "integration.auto_disabled"
             *     ]
             */
            eventTypes: ("sync.failed" | "sync.recovered" | "integration.auto_disable_warning" | "integration.auto_disabled" | "credentials.invalid")[];
            /** @example 8c2d4b1e-3f5a-4c6d-9e7f-0a1b2c3d4e5f */
            id: string;
            /** @example 2026-11-27T09:00:00.000Z */
            updatedAt: string;
            /** @example https://alerts.example.com/tether */
            url: string;
        };
        WebhookEndpointPageDto: {
            items: components["schemas"]["WebhookEndpointDto"][];
            /** @example 25 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description Rows matching the filters, on all pages
             * @example 1
             */
            total: number;
        };
        WorkerCheckDto: {
            /**
             * @description Sync sessions this replica runs now.
             * @example 1
             */
            active: number;
            /**
             * @description How many it may run at once (SYNC_CONCURRENCY; 0: an API-only replica).
             * @example 4
             */
            concurrency: number;
            /**
             * @description Why it is down.
             * @example unreachable
             */
            message?: string;
            /**
             * @description How long the check took, in milliseconds.
             * @example 2
             */
            responseTime?: number;
            /** @example up */
            status: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listExternalServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalServiceDto"][];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getExternalService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExternalServiceDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    checkServiceConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckConnectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionCheckDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /** @description Only integrations of this service. */
                externalService?: string;
                /** @description Only enabled or only disabled integrations. */
                status?: "enabled" | "disabled";
                /** @description Only integrations whose last sync has this status, e.g. `failed`. */
                lastSyncStatus?: "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
                /** @description The order (ties by name, then id): `name` (default), `lastSync` (most recent first, never synced last), `nextSync` (soonest first; disabled, with no next sync, last). */
                sort?: "name" | "lastSync" | "nextSync";
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "name: an integration with this name already exists in the organization (names are unique ignoring case)",
                     *       "path": "/integrations",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIntegrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "name: an integration with this name already exists in the organization (names are unique ignoring case)",
                     *       "path": "/integrations",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    replaceCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCredentialsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "a sync session is already queued or running for this integration",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11/sync",
                     *       "sessionId": "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    checkIntegrationConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionCheckDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "a sync session is already queued or running for this integration",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11/sync",
                     *       "sessionId": "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    previewSchedule: {
        parameters: {
            query?: {
                /** @description How many runs to show (1-50, default 5). */
                count?: number;
                /** @description Start after this instant (ISO 8601) instead of now, e.g. to look across a DST change. */
                from?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulePreviewDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    triggerSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerSyncDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSessionDetailDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "a sync session is already queued or running for this integration",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11/sync",
                     *       "sessionId": "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                status?: "queued" | "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
                /** @description Only sessions of the schedule, or only manual ones. */
                trigger?: "schedule" | "manual";
                /** @description Only sessions queued at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only sessions queued at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSessionPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSyncSessions: {
        parameters: {
            query?: {
                /** @description Only sessions of this integration (another organization's: none). */
                integrationId?: string;
                /** @description Only sessions of integrations of this service. */
                externalService?: string;
                status?: "queued" | "running" | "succeeded" | "partially_failed" | "failed" | "cancelled";
                /** @description Only sessions of the schedule, or only manual ones. */
                trigger?: "schedule" | "manual";
                /** @description Only sessions queued at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only sessions queued at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSessionPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSyncSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSessionDetailDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listExecutions: {
        parameters: {
            query?: {
                capability?: "sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast";
                status?: "queued" | "running" | "succeeded" | "failed" | "skipped";
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncExecutionPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    cancelSyncSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSessionDetailDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "sync session 5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60 has already ended (succeeded)",
                     *       "path": "/sync-sessions/5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60/cancel",
                     *       "sessionId": "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resetSyncState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetSyncStateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetSyncStateResultDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "a sync session is already queued or running for this integration; reset it once the session ends",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11/reset-sync-state",
                     *       "sessionId": "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSkus: {
        parameters: {
            query?: {
                /** @description Only those whose code or name starts with this (ignoring case). */
                q?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createSku: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSkuDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "code: a SKU with this code already exists in the organization",
                     *       "path": "/skus",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSku: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Only those whose code or name starts with this (ignoring case). */
                q?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Conflict",
                     *       "message": "code: a channel with this code already exists in the organization",
                     *       "path": "/channels",
                     *       "statusCode": 409,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listUnmappedExternalIds: {
        parameters: {
            query?: {
                /** @description Only SKU, channel or forecast version ids. */
                kind?: "sku" | "channel" | "forecast_version";
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmappedExternalIdPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSkuMappings: {
        parameters: {
            query?: {
                /** @description Only this integration's mappings. */
                integrationId?: string;
                /** @description Only the external ids mapped to this SKU. */
                skuId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuMappingPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    mapSku: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSkuMappingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkuMappingDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    unmapSku: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
                /** @description The source's id, as given (1-500 characters), URL-encoded (`gid%3A%2F%2Fshopify%2FOrder%2F1`) or raw with its slashes (`gid://shopify/Order/1`): the rest of the path is the id. A trailing `/` is not part of it; `%`, `?`, `#` and spaces must be encoded. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listChannelMappings: {
        parameters: {
            query?: {
                /** @description Only this integration's mappings. */
                integrationId?: string;
                /** @description Only the external ids mapped to this channel. */
                channelId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelMappingPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    mapChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelMappingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelMappingDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    unmapChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
                /** @description The source's id, as given (1-500 characters), URL-encoded (`gid%3A%2F%2Fshopify%2FOrder%2F1`) or raw with its slashes (`gid://shopify/Order/1`): the rest of the path is the id. A trailing `/` is not part of it; `%`, `?`, `#` and spaces must be encoded. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDefaultChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setDefaultChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDefaultChannelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    clearDefaultChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSalesOrders: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Only rows of this channel. */
                channelId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only rows dated at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesOrderPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSalesOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
                /** @description The source's id, as given (1-500 characters), URL-encoded (`gid%3A%2F%2Fshopify%2FOrder%2F1`) or raw with its slashes (`gid://shopify/Order/1`): the rest of the path is the id. A trailing `/` is not part of it; `%`, `?`, `#` and spaces must be encoded. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesOrderDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSalesHistory: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Only rows of this channel. */
                channelId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated on or after this day (YYYY-MM-DD). */
                from?: string;
                /** @description Only rows dated on or before this day (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesHistoryPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPendingSales: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Only rows of this channel. */
                channelId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only rows dated at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingSalePageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listWarehouseInventory: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only rows dated at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseInventoryPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPricing: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Only rows of this channel. */
                channelId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated on or after this day (YYYY-MM-DD). */
                from?: string;
                /** @description Only rows dated on or before this day (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listForecastVersions: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows dated at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only rows dated at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastVersionPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSalesForecast: {
        parameters: {
            query?: {
                /** @description Only rows written by this integration (another organization's integration: no rows). */
                integrationId?: string;
                /** @description Only rows of this SKU. */
                skuId?: string;
                /** @description Only rows of this channel. */
                channelId?: string;
                /** @description Only this forecast version's quantities (see `GET /forecast-versions`). */
                forecastVersionId?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Only rows dated on or after this day (YYYY-MM-DD). */
                from?: string;
                /** @description Only rows dated on or before this day (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesForecastPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                targetType?: "integration";
                /** @description Only events about this target (also once it is deleted). */
                targetId?: string;
                action?: "integration.created" | "integration.updated" | "integration.enabled" | "integration.disabled" | "integration.credentials_replaced" | "integration.deleted" | "sync.triggered" | "sync.cancelled" | "sync_state.reset" | "sku_mapping.created" | "sku_mapping.updated" | "sku_mapping.deleted" | "channel_mapping.created" | "channel_mapping.updated" | "channel_mapping.deleted" | "default_channel.set" | "default_channel.cleared";
                /** @description Only this admin's events: the token subject. */
                actor?: string;
                /** @description Only events at or after this instant (ISO 8601; a bare date is midnight UTC). */
                from?: string;
                /** @description Only events at or before this instant (ISO 8601; a bare date is midnight UTC). */
                to?: string;
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1-100). */
                limit?: number;
                /** @description Items to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Integration 0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11 not found",
                     *       "path": "/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getOrganizationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertSettingsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    putOrganizationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertSettingsDto"];
                };
            };
            /** @description Invalid input: the message and details name each field and rule */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "details": [
                     *         {
                     *           "field": "cronExpression",
                     *           "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *           "rule": "isCron"
                     *         }
                     *       ],
                     *       "error": "Bad Request",
                     *       "message": "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5",
                     *       "path": "/integrations",
                     *       "statusCode": 400,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: jwt expired",
                     *       "path": "/integrations",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Forbidden",
                     *       "message": "This action requires the admin role",
                     *       "path": "/integrations",
                     *       "statusCode": 403,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large",
                     *       "path": "/integrations",
                     *       "statusCode": 413,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (the database) is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Service Unavailable",
                     *       "message": "database unreachable",
                     *       "path": "/health",
                     *       "statusCode": 503,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A dependency (the database) is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Service Unavailable",
                     *       "message": "database unreachable",
                     *       "path": "/health",
                     *       "statusCode": 503,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every metric, in the Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description Missing or wrong metrics token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Unauthorized",
                     *       "message": "Authentication required: the metrics token (METRICS_TOKEN) as a bearer token",
                     *       "path": "/metrics",
                     *       "statusCode": 401,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Metrics are off (METRICS_TOKEN is not set) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Not Found",
                     *       "message": "Cannot GET /metrics",
                     *       "path": "/metrics",
                     *       "statusCode": 404,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds */
            429: {
                headers: {
                    /** @description Seconds until a request is accepted again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "correlationId": "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10",
                     *       "error": "Too Many Requests",
                     *       "message": "Too many requests: at most 600 a minute per caller; retry after 12 s",
                     *       "path": "/integrations",
                     *       "retryAfter": 12,
                     *       "statusCode": 429,
                     *       "timestamp": "2026-11-27T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
