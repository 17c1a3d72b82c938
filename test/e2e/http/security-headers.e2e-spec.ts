import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

const APP_ORIGIN = 'https://app.tether.example';

/** The Content-Security-Policy's directives by name. */
function cspOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== '')
      .map(([name, ...values]) => [name as string, values]),
  );
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  const csp = cspOf(response);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(response.headers.get('x-powered-by')).toBeNull();
}

const corsHeaders = (response: Response): string[] =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

const preflight = (t: TestApp, origin: string): Promise<Response> =>
  fetch(`${t.baseUrl}/integrations`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
  });

describe('HTTP security headers and CORS', () => {
  describe('by default', () => {
    let t: TestApp;
    const org = newOrganization('headers');
    const auth = { Authorization: `Bearer ${tokenFor(org, 'viewer')}` };
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    it('an authenticated answer: security headers and no-store', async () => {
      const response = await fetch(`${t.baseUrl}/integrations`, { headers: auth });
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('errors too, before and after authentication', async () => {
      const unauthenticated = await fetch(`${t.baseUrl}/integrations`);
      const notFound = await fetch(`${t.baseUrl}/integrations/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11`, { headers: auth });
      const forbidden = await fetch(`${t.baseUrl}/skus`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{}' });
      expect([unauthenticated.status, notFound.status, forbidden.status]).toEqual([401, 404, 403]);
      for (const response of [unauthenticated, notFound, forbidden]) {
        expectSecurityHeaders(response);
        expect(response.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('the docs: the same policy, cacheable, and a page whose scripts are all files the policy allows', async () => {
      const page = await fetch(`${t.baseUrl}/docs`);
      expect(page.status).toBe(200);
      expectSecurityHeaders(page);
      expect(page.headers.get('cache-control')).not.toBe('no-store');
      const html = await page.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      // script-src 'self' runs no inline script: each one is a same-origin file with nothing inline.
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc=["']\.\/docs\//);
        expect(body?.trim()).toBe('');
      }
      for (const asset of ['/docs/swagger-ui-init.js', '/docs/swagger-ui-bundle.js', '/docs/openapi.json']) {
        const response = await fetch(`${t.baseUrl}${asset}`);
        expect({ asset, status: response.status, cacheControl: response.headers.get('cache-control') }).toEqual({
          asset,
          status: 200,
          cacheControl: expect.not.stringContaining('no-store') as unknown,
        });
        expectSecurityHeaders(response);
      }
    });

    it('no CORS: no Access-Control header for any origin, preflight or not', async () => {
      const actual = await fetch(`${t.baseUrl}/integrations`, { headers: { ...auth, Origin: APP_ORIGIN } });
      expect(actual.status).toBe(200);
      expect(corsHeaders(actual)).toEqual([]);
      expect(corsHeaders(await preflight(t, APP_ORIGIN))).toEqual([]);
    });
  });

  describe('with CORS_ORIGINS', () => {
    let t: TestApp;
    const auth = { Authorization: `Bearer ${tokenFor(newOrganization('cors'), 'viewer')}` };
    beforeAll(async () => {
      t = await startTestApp(testConfig({ CORS_ORIGINS: `${APP_ORIGIN}, http://127.0.0.1:5173` }));
    });
    afterAll(async () => {
      await t.close();
    });

    it('a preflight from an allowed origin succeeds, allowing what the API needs', async () => {
      for (const origin of [APP_ORIGIN, 'http://127.0.0.1:5173']) {
        const response = await preflight(t, origin);
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-methods')?.split(',')).toEqual(
          expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
        );
        expect(response.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toEqual(
          expect.arrayContaining(['authorization', 'content-type', 'x-request-id']),
        );
        expect(response.headers.get('vary')).toMatch(/origin/i);
      }
    });

    it('an allowed origin reads the answer and its request id; the answer says it varies by origin', async () => {
      const response = await fetch(`${t.baseUrl}/integrations`, { headers: { ...auth, Origin: APP_ORIGIN } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('access-control-expose-headers')?.toLowerCase().split(',')).toEqual(
        expect.arrayContaining(['x-request-id', 'retry-after']),
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('another origin gets no CORS header at all', async () => {
      for (const origin of ['https://evil.example', `${APP_ORIGIN}.evil.example`, 'https://APP.tether.example', 'null']) {
        const response = await preflight(t, origin);
        expect({ origin, cors: corsHeaders(response) }).toEqual({ origin, cors: [] });
        const actual = await fetch(`${t.baseUrl}/integrations`, { headers: { ...auth, Origin: origin } });
        expect({ origin, cors: corsHeaders(actual) }).toEqual({ origin, cors: [] });
      }
    });
  });
});
