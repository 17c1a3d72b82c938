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
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability; needs no token. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
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
        /** The integrations dashboard: filter by service and status, ordered by name. */
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CapabilityDto: {
            /** @example Paid and partially refunded orders with their line items, new and updated since the last sync */
            description: string;
            /** @example Sales Orders */
            displayName: string;
            /** @enum {string} */
            key: "sales_orders" | "sales_history" | "pending_sales" | "warehouse_inventory" | "products" | "channels" | "pricing" | "forecast_versions" | "sales_forecast";
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
            /** @description Dry run reads and maps but writes nothing; at creation defaults to false. */
            dryRun?: boolean;
            /** @description Scheduled syncs run only while enabled; at creation defaults to true. */
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
            /** @example 400 */
            statusCode: number;
            /** @example 2026-11-27T10:00:00.000Z */
            timestamp: string;
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
            /** @enum {string} */
            type: "text" | "number" | "secret" | "json";
        };
        HealthDto: {
            /** @example up */
            database: string;
            /** @example ok */
            status: string;
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
            dryRun: boolean;
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
            dryRun: boolean;
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
            /** @example 2026-11-27T00:00:03.000Z */
            at: string;
            /** @example succeeded */
            status: string;
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
            /** @description Dry run reads and maps but writes nothing; at creation defaults to false. */
            dryRun?: boolean;
            /** @description Scheduled syncs run only while enabled; at creation defaults to true. */
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The caller lacks the required role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not found in the caller’s organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
