import { createHash } from 'node:crypto';

/**
 * A service's rate-limit state per host and credential (Shopify's bucket per store and app
 * token, TrackStar's per access token), kept between reads in this process: every read with
 * the same credential shares it. Keyed by the token's digest, never the token itself.
 */
export class BucketsByCredential<B> {
  private readonly buckets = new Map<string, B>();

  constructor(private readonly create: () => B) {}

  of(host: string, token: string): B {
    const key = `${host} ${createHash('sha256').update(token).digest('base64url')}`;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = this.create();
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
