import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { addressKind, kindPhrase } from './address-kind.js';
import { hostFromUrl, isLocalhostName, type NormalHost, normalHost } from './literal-host.js';
import { OutboundRefusal } from './outbound-refusal.js';
import { OUTBOUND_RESOLVER, type ResolvedAddress, type Resolver } from './resolver.js';

/**
 * `create`: a value being saved; a name that does not resolve (yet) is accepted. `connect`:
 * about to be called; it must resolve, to public addresses only.
 */
export type CheckMode = 'create' | 'connect';

/** DNS answers for a name that does not exist (yet), as against a resolver that failed. */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * Which addresses this service may reach, for every connector (and later webhooks): public
 * addresses only, so neither a saved value nor DNS can point the server's requests, with
 * their credentials, at loopback, private, link-local, unique-local, CGNAT or metadata
 * addresses. With OUTBOUND_ALLOW_LOOPBACK (tests, never production) loopback is allowed
 * too, over http as well, so the built service can call loopback fakes; everything else
 * is still refused. Connectors never look at that setting: they ask the policy.
 */
@Injectable()
export class OutboundPolicy {
  readonly allowLoopback: boolean;

  constructor(
    @Inject(AppConfig) config: Pick<AppConfig, 'outboundAllowLoopback'>,
    @Inject(OUTBOUND_RESOLVER) private readonly resolver: Resolver,
  ) {
    this.allowLoopback = config.outboundAllowLoopback;
  }

  /** Why an address may not be reached, or null when it may. */
  refusalOf(address: string): string | null {
    const kind = addressKind(address);
    if (kind === 'public' || (kind === 'loopback' && this.allowLoopback)) return null;
    return kindPhrase(kind);
  }

  /**
   * A URL field's value, statically: it parses, has no user name or password, is https
   * (http only to a loopback host, when loopback is allowed), and its host (as the URL
   * parser normalised it: `https://0x7f.1/` is 127.0.0.1) is not a refused literal.
   * Names are left to resolution (checkUrl, or the lookup at connection time).
   */
  parseUrl(value: string, field: string): URL {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new OutboundRefusal(field, 'must be an https:// URL');
    }
    if (url.username !== '' || url.password !== '') throw new OutboundRefusal(field, 'must not contain a user name or password');
    const host = hostFromUrl(url.hostname);
    if (url.protocol === 'http:') {
      if (!this.allowLoopback || !isLoopbackHost(host)) throw new OutboundRefusal(field, 'must be an https:// URL');
    } else if (url.protocol !== 'https:') throw new OutboundRefusal(field, 'must be an https:// URL');
    if (url.hostname === '') throw new OutboundRefusal(field, 'must be an https:// URL');
    this.refuseLiteral(host, field, 'is');
    return url;
  }

  /** A URL field's value, statically (parseUrl) and resolved: its name may not resolve to a refused address. */
  async checkUrl(value: string, field: string, mode: CheckMode = 'connect'): Promise<URL> {
    const url = this.parseUrl(value, field);
    await this.resolveChecked(hostFromUrl(url.hostname), field, mode);
    return url;
  }

  /**
   * A host field's value (a name or an IP address in any form a client accepts, no port, no
   * user name): not a refused literal, and not a name that resolves to a refused address.
   * Returns the checked addresses (none for a name not found at create).
   */
  async checkHost(value: string, field: string, mode: CheckMode = 'connect'): Promise<ResolvedAddress[]> {
    const host = normalHost(value);
    if (host === null) throw new OutboundRefusal(field, 'must be a host name or IP address (no scheme, port, path or user name)');
    this.refuseLiteral(host, field, 'is');
    return this.resolveChecked(host, field, mode);
  }

  /**
   * For protocols other than HTTP (PostgreSQL's for Redshift): the address to connect to,
   * checked. The connection must use this address, not the name again: a second
   * resolution could answer differently (DNS rebinding).
   */
  async resolvePublic(value: string, field = 'host'): Promise<ResolvedAddress> {
    const [first] = await this.checkHost(value, field, 'connect');
    if (first === undefined) throw new OutboundRefusal(field, 'does not resolve');
    return first;
  }

  /**
   * node's `lookup` option for http, https and net: resolves through the policy's resolver
   * and refuses the connection (code EADDRNOTPUBLIC) when any answer is refused; `all`
   * answered as asked.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const resolved = isLocalhostName(hostname.toLowerCase()) ? Promise.resolve([LOCALHOST]) : this.resolver(hostname);
    resolved.then(
      (answers) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const list = answers.filter((a) => family === undefined || family === 0 || a.family === family);
        const refused = list.length === 0 ? 'resolves to no address' : list.map((a) => this.refusalOf(a.address)).find((r) => r !== null);
        if (refused !== undefined) {
          const error = Object.assign(new Error(`${hostname} ${refused.startsWith('resolves') ? refused : `resolves to ${refused}`}`), { code: 'EADDRNOTPUBLIC' });
          callback(error, '', 4);
        } else if (options.all === true) callback(null, list);
        else callback(null, list[0]?.address ?? '', list[0]?.family ?? 4);
      },
      (error: unknown) => {
        callback(error as NodeJS.ErrnoException, '', 4);
      },
    );
  };

  private refuseLiteral(host: NormalHost, field: string, verb: 'is'): void {
    if (host.kind === 'address') {
      const refused = this.refusalOf(host.address);
      if (refused !== null) throw new OutboundRefusal(field, `${verb} ${refused}`);
    } else if (isLocalhostName(host.name) && !this.allowLoopback) {
      throw new OutboundRefusal(field, `${verb} ${kindPhrase('loopback')}`);
    }
  }

  private async resolveChecked(host: NormalHost, field: string, mode: CheckMode): Promise<ResolvedAddress[]> {
    if (host.kind === 'address') return [{ address: host.address, family: host.address.includes(':') ? 6 : 4 }];
    if (isLocalhostName(host.name)) return [LOCALHOST];
    let answers: ResolvedAddress[];
    try {
      answers = await this.resolver(host.name);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (mode === 'create') return [];
      if (typeof code === 'string' && NOT_FOUND.has(code)) throw new OutboundRefusal(field, 'does not resolve (no such host)');
      throw new ConnectorError('transient', `${field} could not be resolved`, true, { cause: error });
    }
    if (answers.length === 0) {
      if (mode === 'create') return [];
      throw new OutboundRefusal(field, 'does not resolve (no such host)');
    }
    for (const answer of answers) {
      const refused = this.refusalOf(answer.address);
      if (refused !== null) throw new OutboundRefusal(field, `resolves to ${refused}`);
    }
    return answers;
  }
}

/** What `localhost` is, whatever a resolver says (RFC 6761); refused unless loopback is allowed. */
const LOCALHOST: ResolvedAddress = { address: '127.0.0.1', family: 4 };

const isLoopbackHost = (host: NormalHost): boolean =>
  host.kind === 'address' ? addressKind(host.address) === 'loopback' : isLocalhostName(host.name);
