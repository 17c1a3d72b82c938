import type { HelmetOptions } from 'helmet';

/**
 * helmet's headers (nosniff, HSTS, no referrer...) with one Content-Security-Policy for
 * the JSON API and Swagger UI alike: the UI's scripts are files of this origin, its page
 * has inline <style> blocks and a style attribute, and "Try it out" calls this origin.
 * Nothing may frame the service.
 */
export const SECURITY_HEADERS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
};
