import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config.js';
import { correlationId } from '../common/correlation-id.middleware.js';
import { HttpErrorFilter } from '../common/http-error.filter.js';
import { noStoreExcept } from '../common/no-store.middleware.js';
import { createValidationPipe } from '../common/validation.pipe.js';
import { corsPolicy } from './cors-policy.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { SECURITY_HEADERS } from './security-headers.js';

const DOCS = 'docs';

/** Everything the HTTP app needs besides its modules; shared by main and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // The client address the rate limiter counts by: behind N proxies, from X-Forwarded-For.
  if (config.http.trustProxyHops > 0) app.set('trust proxy', config.http.trustProxyHops);
  app.use(correlationId);
  app.use(helmet(SECURITY_HEADERS));
  app.use(noStoreExcept(`/${DOCS}`));
  if (config.http.corsOrigins.length > 0) app.enableCors(corsPolicy(config.http.corsOrigins));
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  SwaggerModule.setup(DOCS, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${DOCS}/openapi.json`,
    yamlDocumentUrl: `${DOCS}/openapi.yaml`,
    swaggerOptions: { persistAuthorization: true },
  });
}
