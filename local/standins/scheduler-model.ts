/** The EventBridge Scheduler API's errors and the constraints of its model, as the service checks them. */

import type { IncomingMessage } from "node:http";
import { DateTime } from "luxon";
import {
  type ActiveWindow,
  InvalidExpressionError,
  isCanonicalZone,
  parseExpression,
  type ScheduleTimes,
} from "./schedule-expressions";

/** The body of CreateSchedule and UpdateSchedule once validated, minus GroupName and ClientToken. */
export interface ScheduleRequest {
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone?: string;
  readonly StartDate?: number;
  readonly EndDate?: number;
  readonly State?: "ENABLED" | "DISABLED";
  readonly ActionAfterCompletion?: "NONE" | "DELETE";
  readonly FlexibleTimeWindow: {
    readonly Mode: "OFF" | "FLEXIBLE";
    readonly MaximumWindowInMinutes?: number;
  };
  readonly Target: {
    readonly Arn: string;
    readonly RoleArn: string;
    readonly Input?: string;
    readonly RetryPolicy?: {
      readonly MaximumRetryAttempts?: number;
      readonly MaximumEventAgeInSeconds?: number;
    };
    readonly DeadLetterConfig?: { readonly Arn?: string };
  };
  readonly [member: string]: unknown;
}

/**
 * An error as the service answers it over restJson1: the status code of the model's error shape,
 * the shape's name in `x-amzn-errortype`, and a body with the shape's one member, `Message`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export const validationError = (message: string) => new ApiError(400, "ValidationException", message);
export const notFound = (message: string) => new ApiError(404, "ResourceNotFoundException", message);

/*
 * Constraints of the EventBridge Scheduler API model, written out by hand from
 * botocore/data/scheduler/2021-06-30/service-2.json (the 2025-10-27 model) and the API Reference.
 */
type Rule =
  | {
      readonly kind: "string";
      readonly min?: number;
      readonly max?: number;
      readonly pattern?: RegExp;
      readonly values?: readonly string[];
    }
  | { readonly kind: "integer"; readonly min: number; readonly max: number }
  | { readonly kind: "timestamp" }
  | {
      readonly kind: "structure";
      readonly required?: readonly string[];
      readonly members: Record<string, Rule>;
    };

export const NAME: Rule = { kind: "string", min: 1, max: 64, pattern: /^[0-9a-zA-Z-_.]+$/ };
const STATE: Rule = { kind: "string", values: ["ENABLED", "DISABLED"] };
export const CLIENT_TOKEN: Rule = { kind: "string", min: 1, max: 64, pattern: /^[a-zA-Z0-9-_]+$/ };

export const SCHEDULE_REQUEST: Rule = {
  kind: "structure",
  required: ["FlexibleTimeWindow", "ScheduleExpression", "Target"],
  members: {
    ActionAfterCompletion: { kind: "string", values: ["NONE", "DELETE"] },
    ClientToken: CLIENT_TOKEN,
    Description: { kind: "string", min: 0, max: 512 },
    EndDate: { kind: "timestamp" },
    FlexibleTimeWindow: {
      kind: "structure",
      required: ["Mode"],
      members: {
        Mode: { kind: "string", values: ["OFF", "FLEXIBLE"] },
        MaximumWindowInMinutes: { kind: "integer", min: 1, max: 1440 },
      },
    },
    GroupName: NAME,
    KmsKeyArn: {
      kind: "string",
      min: 1,
      max: 2048,
      pattern: /^arn:aws(-[a-z]+)?:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[0-9a-zA-Z-_]*$/,
    },
    ScheduleExpression: { kind: "string", min: 1, max: 256 },
    ScheduleExpressionTimezone: { kind: "string", min: 1, max: 50 },
    StartDate: { kind: "timestamp" },
    State: STATE,
    Target: {
      kind: "structure",
      required: ["Arn", "RoleArn"],
      members: {
        Arn: { kind: "string", min: 1, max: 1600 },
        RoleArn: {
          kind: "string",
          min: 1,
          max: 1600,
          pattern: /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/,
        },
        // The model gives TargetInput a minimum length of 1 and no maximum; the size limit is below.
        Input: { kind: "string", min: 1 },
        RetryPolicy: {
          kind: "structure",
          members: {
            MaximumEventAgeInSeconds: { kind: "integer", min: 60, max: 86400 },
            MaximumRetryAttempts: { kind: "integer", min: 0, max: 185 },
          },
        },
        DeadLetterConfig: {
          kind: "structure",
          members: {
            Arn: {
              kind: "string",
              min: 1,
              max: 1600,
              pattern: /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9-_]+$/,
            },
          },
        },
      },
    },
  },
};

export const LIST_QUERY: Rule = {
  kind: "structure",
  members: {
    ScheduleGroup: NAME,
    NamePrefix: NAME,
    State: STATE,
    MaxResults: { kind: "integer", min: 1, max: 100 },
    NextToken: { kind: "string", min: 1, max: 2048 },
  },
};

/** Coral's member paths: each segment starts in lower case, e.g. target.retryPolicy. */
const memberPath = (parent: string, member: string) =>
  `${parent ? `${parent}.` : ""}${member.charAt(0).toLowerCase()}${member.slice(1)}`;

/** Every constraint the value breaks, worded as AWS words them ("Value … at '…' failed to satisfy …"). */
export function violations(value: unknown, rule: Rule, path: string): string[] {
  const broken = (constraint: string) => [
    `Value ${typeof value === "object" ? "" : `'${String(value)}' `}at '${path}' failed to satisfy constraint: ${constraint}`,
  ];
  switch (rule.kind) {
    case "string":
      if (typeof value !== "string") return broken("Member must be a string");
      if (rule.min !== undefined && value.length < rule.min)
        return broken(`Member must have length greater than or equal to ${rule.min}`);
      if (rule.max !== undefined && value.length > rule.max)
        return broken(`Member must have length less than or equal to ${rule.max}`);
      if (rule.pattern && !rule.pattern.test(value))
        return broken(`Member must satisfy regular expression pattern: ${rule.pattern.source}`);
      if (rule.values && !rule.values.includes(value))
        return broken(`Member must satisfy enum value set: [${rule.values.join(", ")}]`);
      return [];
    case "integer":
      if (!Number.isInteger(value)) return broken("Member must be an integer");
      if ((value as number) < rule.min)
        return broken(`Member must have value greater than or equal to ${rule.min}`);
      if ((value as number) > rule.max)
        return broken(`Member must have value less than or equal to ${rule.max}`);
      return [];
    case "timestamp":
      // restJson1 sends body timestamps as epoch seconds.
      return typeof value === "number" && Number.isFinite(value) ? [] : broken("Member must be a timestamp");
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return broken("Member must be a structure");
      const members = value as Record<string, unknown>;
      return [
        ...(rule.required ?? [])
          .filter((member) => members[member] === undefined || members[member] === null)
          .map(
            (member) =>
              `Value null at '${memberPath(path, member)}' failed to satisfy constraint: Member must not be null`,
          ),
        ...Object.entries(rule.members).flatMap(([member, memberRule]) =>
          members[member] === undefined || members[member] === null
            ? []
            : violations(members[member], memberRule, memberPath(path, member)),
        ),
      ];
    }
  }
}

export function assertValid(messages: readonly string[]): void {
  if (messages.length === 0) return;
  const count = messages.length === 1 ? "1 validation error" : `${messages.length} validation errors`;
  throw validationError(`${count} detected: ${messages.join("; ")}`);
}

/**
 * Scheduler invokes the target with the templated API it names, so the ARN must name a service
 * (universal targets such as arn:aws:scheduler:::aws-sdk:sqs:sendMessage have no region or account).
 * The model itself only bounds the length.
 */
const TARGET_ARN = /^arn:aws(-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+$/;
/**
 * 8 KB: the limit our issue tracker states for a schedule's Input. The model bounds only the
 * minimum; a stand-in stricter than AWS costs nothing (our Input is about 150 bytes), a laxer one
 * could hide a bug.
 */
const MAX_INPUT_BYTES = 8 * 1024;
const DEFAULT_ZONE = "UTC";

/** The window StartDate and EndDate give a recurring schedule. */
function activeWindow(request: ScheduleRequest): ActiveWindow {
  const instant = (seconds: number | undefined) =>
    seconds === undefined ? null : DateTime.fromMillis(seconds * 1000, { zone: "UTC" });
  return { start: instant(request.StartDate), end: instant(request.EndDate) };
}

/** When a schedule fires, from its expression, zone and window. */
export function timesOf(request: ScheduleRequest): ScheduleTimes {
  return parseExpression(
    request.ScheduleExpression,
    request.ScheduleExpressionTimezone ?? DEFAULT_ZONE,
    activeWindow(request),
  );
}

/** Checks a CreateSchedule or UpdateSchedule body against the model and the service's own rules. */
export function validatedRequest(name: string, body: Record<string, unknown>): ScheduleRequest {
  assertValid([...violations(name, NAME, "name"), ...violations(body, SCHEDULE_REQUEST, "")]);
  const { GroupName: _group, ClientToken: _token, ...request } = body as unknown as ScheduleRequest;
  if (!TARGET_ARN.test(request.Target.Arn))
    throw validationError(`Invalid target ARN ${request.Target.Arn}: it must name the service to invoke.`);
  if (request.Target.Input !== undefined && Buffer.byteLength(request.Target.Input) > MAX_INPUT_BYTES)
    throw validationError(`Target Input is larger than ${MAX_INPUT_BYTES} bytes.`);
  const zone = request.ScheduleExpressionTimezone;
  if (zone !== undefined && !isCanonicalZone(zone))
    throw validationError(`Invalid timezone ${zone}: use a canonical IANA time zone name, spelled exactly.`);
  // "If you do set the value to FLEXIBLE, you must then specify a maximum window" (User Guide,
  // "Configuring flexible time windows"); a window with OFF is a contradiction the brief rejects.
  const window = request.FlexibleTimeWindow;
  if (window.Mode === "FLEXIBLE" && window.MaximumWindowInMinutes === undefined)
    throw validationError("MaximumWindowInMinutes is required when FlexibleTimeWindow Mode is FLEXIBLE.");
  if (window.Mode === "OFF" && window.MaximumWindowInMinutes !== undefined)
    throw validationError("MaximumWindowInMinutes is not allowed when FlexibleTimeWindow Mode is OFF.");
  if (
    request.StartDate !== undefined &&
    request.EndDate !== undefined &&
    request.EndDate <= request.StartDate
  )
    throw validationError("The EndDate must be after the StartDate.");
  try {
    timesOf(request);
  } catch (error) {
    if (error instanceof InvalidExpressionError) throw validationError(error.message);
    throw error;
  }
  return request;
}

/** A request body: a JSON object, or nothing. */
export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // Answered below, like a body that is JSON but not an object.
  }
  throw validationError("The request body is not a JSON object.");
}
