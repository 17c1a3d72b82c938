import { lookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * A DNS lookup for outgoing requests that refuses addresses inside this network
 * (loopback, private, link-local, unique-local, unspecified...): a store domain that
 * resolves there is refused at connection time, so DNS cannot point the server's
 * requests, with their tokens, at internal services.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '', 4);
      return;
    }
    const list = addresses;
    const refused = list.find((a) => ipaddr.process(a.address).range() !== 'unicast');
    if (refused !== undefined || list.length === 0) {
      const blocked = Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'EADDRNOTPUBLIC' });
      callback(blocked, '', 4);
      return;
    }
    if (options.all === true) callback(null, list);
    else {
      const first = list[0];
      callback(null, first?.address ?? '', first?.family ?? 4);
    }
  });
};
