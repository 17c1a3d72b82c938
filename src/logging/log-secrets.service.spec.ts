import { describe, expect, it } from '@jest/globals';
import { redactSecrets } from '../sync-contract/redact-secrets.js';
import { LogSecrets } from './log-secrets.service.js';

describe('LogSecrets', () => {
  it('cuts every value of every integration, as written and as escaped in JSON', () => {
    const secrets = new LogSecrets();
    secrets.remember('a', ['shpat_alpha', '-----BEGIN KEY-----\nabcd\n-----END KEY-----']);
    secrets.remember('b', ['token-bravo']);
    const line = JSON.stringify({ msg: 'sent shpat_alpha then token-bravo', key: '-----BEGIN KEY-----\nabcd\n-----END KEY-----' });
    expect(secrets.redact(line)).toBe(JSON.stringify({ msg: 'sent [redacted] then [redacted]', key: '[redacted]' }));
    expect(secrets.redact('token-bravo token-bravo at the end token-bravo')).toBe('[redacted] [redacted] at the end [redacted]');
  });

  it('cuts the longer of two values sharing a start whole, leaves values under 4 characters', () => {
    const secrets = new LogSecrets();
    secrets.remember('a', ['abcd', 'abcdefgh', 'xyz']);
    expect(secrets.redact('abcdefgh, abcd, abc, xyz')).toBe('[redacted], [redacted], abc, xyz');
  });

  it('replaces an integration’s values when it remembers new ones', () => {
    const secrets = new LogSecrets();
    secrets.remember('a', ['old-secret']);
    secrets.remember('a', ['new-secret']);
    expect(secrets.redact('old-secret new-secret')).toBe('old-secret [redacted]');
  });

  it('keeps a value two integrations share while either still holds it', () => {
    const secrets = new LogSecrets();
    secrets.remember('a', ['shared-value']);
    secrets.remember('b', ['shared-value']);
    secrets.remember('a', ['a-only-now']);
    expect(secrets.redact('shared-value a-only-now')).toBe('[redacted] [redacted]');
    secrets.remember('b', ['b-only-now']);
    expect(secrets.redact('shared-value')).toBe('shared-value');
  });

  it('keeps values given for a while only while the work runs, even when it fails', async () => {
    const secrets = new LogSecrets();
    secrets.remember('a', ['saved-value']);
    const during = await secrets.during(['typed-value'], () => Promise.resolve(secrets.redact('typed-value saved-value')));
    expect(during).toBe('[redacted] [redacted]');
    await expect(secrets.during(['typed-other'], () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(secrets.redact('typed-value typed-other saved-value')).toBe('typed-value typed-other [redacted]');
  });

  it('cuts what the connectors’ redaction cuts, over many integrations', () => {
    const secrets = new LogSecrets();
    const values = Array.from({ length: 500 }, (_, i) => [`tok-${i}-${'x'.repeat(i % 7)}`, `pw${i}`]);
    values.forEach((pair, i) => {
      secrets.remember(`i${i}`, pair);
    });
    const line = `a line quoting ${values.filter((_, i) => i % 37 === 0).flat().join(' and ')}, and tok-5 alone`;
    expect(secrets.redact(line)).toBe(redactSecrets(line, values.flat()));
  });
});
