/**
 * The environment contract between the CDK stack (lib/) and the Lambda handlers, in one place.
 * Each handler reads only the variables of the dependencies it builds; a missing one fails its
 * cold start loudly, and the tests run every function with the environment the template gives it.
 */
export const ENV = {
  tableName: "TABLE_NAME",
  rawMailBucket: "RAW_MAIL_BUCKET",
  /** Where the receipt rule's S3 action stores raw mail: the object key is this plus the SES message id. */
  rawMailPrefix: "RAW_MAIL_PREFIX",
  scheduleGroup: "SCHEDULE_GROUP",
  schedulerRoleArn: "SCHEDULER_ROLE_ARN",
  reminderFunctionArn: "REMINDER_FUNCTION_ARN",
  schedulerDeadLetterArn: "SCHEDULER_DLQ_ARN",
  /** Address our emails come from; the inbound address, whose plus-addresses carry reply tokens. */
  inboundAddress: "INBOUND_ADDRESS",
  /** Comma-separated owner addresses. */
  owners: "OWNERS",
  /** Comma-separated domains whose addresses may onboard themselves. */
  allowedDomains: "ALLOWED_DOMAINS",
  signingSecretArn: "SIGNING_SECRET_ARN",
  /** SES configuration set every send names, so bounces and complaints reach the operator. */
  configurationSet: "SES_CONFIGURATION_SET",
  /** JSON of Partial<PolicyConfig>: the deployment's policy defaults. */
  policy: "FOLLOWUP_POLICY",
  /** Powertools: the `service` of every log line and the dimension of every metric (the stack's name). */
  serviceName: "POWERTOOLS_SERVICE_NAME",
  /** Powertools: the CloudWatch namespace of the EMF metrics the dashboard and alarms read. */
  metricsNamespace: "POWERTOOLS_METRICS_NAMESPACE",
  /** Powertools: the lowest level logged (INFO; DEBUG while investigating). */
  logLevel: "POWERTOOLS_LOG_LEVEL",
} as const;

export class MissingEnvironmentError extends Error {
  constructor(readonly variable: string) {
    super(`Environment variable ${variable} is not set`);
    this.name = "MissingEnvironmentError";
  }
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value === "") throw new MissingEnvironmentError(name);
  return value;
}
