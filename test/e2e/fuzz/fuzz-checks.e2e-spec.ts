import { describe, expect, it } from '@jest/globals';
import { acceptsText, acceptsValue, isDateTime } from './document-rules.js';
import type { FuzzRequest } from './fuzz-request.js';
import { readApiDocument } from './openapi-operations.js';
import { type Answer, ResponseChecks } from './response-checks.js';

/** The fuzz passes once the API is right: these show its checks still catch what they must. */
describe('the fuzz checks', () => {
  const document = readApiDocument();
  const checks = new ResponseChecks(document.errorEnvelope);
  const operation = (id: string) => {
    const found = document.operations.find((op) => op.id === id);
    if (found === undefined) throw new Error(`no operation ${id}`);
    return found;
  };
  const request = (id: string, overrides: Partial<FuzzRequest> = {}): FuzzRequest => ({
    operation: operation(id),
    path: {},
    query: [],
    token: 'admin',
    mutation: 'valid',
    detail: '',
    ...overrides,
  });
  const envelope = (status: number, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({
      statusCode: status,
      error: status === 400 ? 'Bad Request' : 'Internal Server Error',
      message: 'limit must not be greater than 100',
      path: '/skus',
      timestamp: '2026-12-01T10:00:00.000Z',
      correlationId: 'fuzz-1',
      ...extra,
    });
  const answer = (status: number, text: string): Answer => ({ status, requestId: 'fuzz-1', contentType: 'application/json; charset=utf-8', text, ms: 5 });
  const sent = { path: '/skus', requestId: 'fuzz-1', mustRefuse: undefined };
  const rules = (req: FuzzRequest, a: Answer, s: { path: string; requestId: string; mustRefuse: string | undefined } = sent) =>
    checks.check(req, s, a).map((v) => v.rule);

  it('passes a 400 in the envelope that names its field', () => {
    expect(rules(request('listSkus'), answer(400, envelope(400)))).toEqual([]);
  });

  it('fails a 5xx, a field outside the envelope, a 400 naming nothing, a slow answer', () => {
    expect(rules(request('listSkus'), answer(500, envelope(500)))).toEqual(['5xx', 'undocumented status']);
    expect(rules(request('listSkus'), answer(400, envelope(400, { stack: 'at x' })))).toEqual(['not the envelope']);
    expect(rules(request('listSkus'), answer(400, envelope(400, { message: 'Bad input' })))).toEqual(['400 names no field']);
    expect(rules(request('listSkus'), { ...answer(200, '{}'), ms: 15_000 })).toEqual(['slow answer']);
  });

  it('fails a refused token that gets through, and a 2xx to what the document refuses', () => {
    expect(rules(request('listSkus', { token: 'org-nul' }), answer(200, '{}'))).toEqual(['refused token let through']);
    expect(rules(request('listSkus'), answer(200, '{}'), { ...sent, mustRefuse: 'query.offset breaks its schema' })).toEqual([
      'accepted what the document refuses',
    ]);
  });

  it("reads the document's rules strictly", () => {
    const limit = operation('listSkus').parameters.find((p) => p.name === 'limit')?.schema ?? {};
    expect(['0x10', '0b11', '+1', ' 1', '1e3', '101', 'NaN'].map((text) => acceptsText(limit, text))).toEqual([false, false, false, false, false, false, false]);
    expect(acceptsText(limit, '25')).toBe(true);
    expect(['2026-02-30T00:00:00Z', '2026-11-01T25:00:00Z', '2026-11-01T00:00:00+25:00', '2026-11-01'].map(isDateTime)).toEqual([false, false, false, false]);
    expect(isDateTime('2026-11-01T00:00:00.000Z')).toBe(true);
    expect(acceptsValue({ type: 'string', format: 'uuid' }, 'not-a-uuid')).toBe(false);
  });
});
