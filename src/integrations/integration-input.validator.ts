import { Injectable } from '@nestjs/common';
import { InputValidationException } from '../common/input-validation.exception.js';
import type { ValidationDetail } from '../common/validation-detail.js';
import type { Capability } from '../sync-contract/capability.js';
import type { Connector } from '../connectors/connector.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import { type FieldValue, validateFieldValues } from '../connectors/field-values.validator.js';
import { destinationProblems } from '../connectors/kit/outbound/destination-fields.js';
import { OutboundPolicy } from '../connectors/kit/outbound/outbound-policy.js';
import { CronScheduleService } from '../scheduling/cron-schedule.service.js';

export interface IntegrationInput {
  capabilities: Capability[];
  /** Given when the schedule is set or changed. */
  schedule?: { cronExpression: string; timezone: string };
  credentials?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface ValidIntegrationInput {
  credentials?: Record<string, FieldValue>;
  settings?: Record<string, FieldValue>;
}

/** Checks an integration's input against its service's metadata; every problem in one 400. */
@Injectable()
export class IntegrationInputValidator {
  constructor(
    private readonly registry: ConnectorRegistry,
    private readonly schedule: CronScheduleService,
    private readonly policy: OutboundPolicy,
  ) {}

  connector(externalService: string): Connector {
    const connector = this.registry.find(externalService);
    if (connector === undefined) {
      throw new InputValidationException([
        {
          field: 'externalService',
          rule: 'isSupported',
          message: `externalService must be one of: ${this.registry.keys().join(', ')}`,
        },
      ]);
    }
    return connector;
  }

  validate(connector: Connector, input: IntegrationInput): ValidIntegrationInput {
    const { metadata } = connector;
    const problems: ValidationDetail[] = [];
    const supported = metadata.capabilities.map((c) => c.key);
    for (const capability of input.capabilities.filter((c) => !supported.includes(c))) {
      problems.push({
        field: 'capabilities',
        rule: 'isSupported',
        message: `capabilities: ${metadata.displayName} does not support "${capability}" (supported: ${supported.join(', ')})`,
      });
    }
    if (input.schedule !== undefined) {
      problems.push(...this.schedule.validate(input.schedule.cronExpression, input.schedule.timezone));
    }
    const fieldOptions = { capabilities: input.capabilities };
    const credentials =
      input.credentials === undefined
        ? undefined
        : validateFieldValues(metadata.credentialFields, input.credentials, { ...fieldOptions, path: 'credentials', applyDefaults: false });
    const settings =
      input.settings === undefined
        ? undefined
        : validateFieldValues(metadata.settingFields, input.settings, { ...fieldOptions, path: 'settings', applyDefaults: true });
    problems.push(...(credentials?.problems ?? []), ...(settings?.problems ?? []));
    if (problems.length > 0) throw new InputValidationException(problems);
    return { credentials: credentials?.values, settings: settings?.values };
  }

  /**
   * validate(), then every value that names a host or URL (as the fields' metadata marks
   * them) checked by the outbound policy: a literal or a name resolving to a loopback,
   * private, link-local or metadata address is a 400 naming the field. A name that does not
   * resolve (yet) is accepted here; the connect-time check refuses it.
   */
  async validateWithDestinations(connector: Connector, input: IntegrationInput): Promise<ValidIntegrationInput> {
    const valid = this.validate(connector, input);
    const { metadata } = connector;
    const problems = [
      ...(valid.credentials === undefined ? [] : await destinationProblems(this.policy, metadata.credentialFields, valid.credentials, 'credentials')),
      ...(valid.settings === undefined ? [] : await destinationProblems(this.policy, metadata.settingFields, valid.settings, 'settings')),
    ];
    if (problems.length > 0) throw new InputValidationException(problems);
    return valid;
  }
}
