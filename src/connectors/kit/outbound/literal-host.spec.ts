import { describe, expect, it } from '@jest/globals';
import { normalHost } from './literal-host.js';

describe('normalHost', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0177.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['169.254.43518', '169.254.169.254'],
    ['0xa9fea9fe', '169.254.169.254'],
    ['167772165', '10.0.0.5'],
    ['[::1]', '::1'],
    ['::1', '::1'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
    ['0:0:0:0:0:0:0:1', '::1'],
  ])('reads %s as the address %s', (input, address) => {
    expect(normalHost(input)).toEqual({ kind: 'address', address });
  });

  it.each([
    ['Cluster.Example.COM', 'cluster.example.com'],
    ['my-cluster.abc123.us-east-1.redshift.amazonaws.com', 'my-cluster.abc123.us-east-1.redshift.amazonaws.com'],
    ['localhost', 'localhost'],
  ])('reads %s as the name %s', (input, name) => {
    expect(normalHost(input)).toEqual({ kind: 'name', name });
  });

  it.each(['', 'a@b', 'user@10.0.0.5', 'host:5439', 'https://host', 'host/path', ' host', '999.1.1.1', '[::1', '[host]', 'a b'])('refuses %j', (input) => {
    expect(normalHost(input)).toBeNull();
  });
});
