import type { TestApp } from '../../support/test-app.js';
import type { Outcome } from './fuzz-report.js';
import type { FuzzRequest } from './fuzz-request.js';
import { renderRequest } from './render-request.js';
import type { ResourcePool } from './resource-pool.js';
import type { ResponseChecks } from './response-checks.js';
import { sendRequest } from './send-request.js';

/** Sends generated requests to the app as the test organization and checks each answer. */
export class FuzzRunner {
  constructor(
    private readonly app: TestApp,
    private readonly pool: ResourcePool,
    private readonly checks: ResponseChecks,
    private readonly organizationId: string,
  ) {}

  async run(request: FuzzRequest, index: number, requestId = `fuzz-${index}`): Promise<Outcome> {
    const sent = renderRequest(request, this.pool, this.organizationId, requestId);
    const logsBefore = this.app.logger.lines.length;
    const { answer, path, error } = await sendRequest(this.app.baseUrl, sent);
    // The error filter logs a 5xx with the request id, its stack on the next line.
    const logs = this.app.logger.lines.slice(logsBefore);
    const logged = logs.findIndex((line) => line.includes(`[${requestId}]`));
    const mustRefuse = this.pool.sharesForeignPath(request) ? undefined : request.mustRefuse;
    return {
      index,
      request,
      sent,
      status: answer?.status ?? 0,
      text: answer?.text ?? error ?? '',
      violations: answer === undefined ? [{ rule: 'no answer', message: error ?? '' }] : this.checks.check(request, { path, requestId, mustRefuse }, answer),
      ...(logged === -1 ? {} : { serverLog: logs.slice(logged, logged + 2).join('\n') }),
    };
  }
}
