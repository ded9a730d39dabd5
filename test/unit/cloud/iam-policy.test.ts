import { describe, expect, it } from "vitest";
import { evaluate, principalAllows } from "../../../local/cloud/iam-policy";
import {
  type ContextValue,
  InvalidPolicyError,
  type PolicyDocument,
  type PolicyStatement,
} from "../../../local/cloud/iam-policy-document";

const BUCKET_OBJECT = "arn:aws:s3:::mail-bucket/raw/message-1";

function policy(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: "2012-10-17", Statement: statements };
}

function allowed(
  statements: PolicyStatement | PolicyStatement[],
  request: { action?: string; resource?: string; context?: Record<string, ContextValue> } = {},
): boolean {
  const list = Array.isArray(statements) ? statements : [statements];
  return evaluate([policy(...list)], {
    action: request.action ?? "s3:GetObject",
    resource: request.resource ?? BUCKET_OBJECT,
    context: request.context ?? {},
  }).allowed;
}

/** One Allow of s3:GetObject on everything, guarded by a single condition operator. */
function withCondition(operator: string, key: string, values: string | string[] | boolean | number) {
  return {
    Effect: "Allow",
    Action: "s3:GetObject",
    Resource: "*",
    Condition: { [operator]: { [key]: values } },
  } as const;
}

describe("evaluate: effect precedence", () => {
  it("lets an explicit Deny win over any Allow, and names the denying statement", () => {
    const decision = evaluate(
      [
        policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
        policy({
          Sid: "NoDeletes",
          Effect: "Deny",
          Action: "s3:DeleteObject",
          Resource: "arn:aws:s3:::mail-bucket/*",
        }),
      ],
      { action: "s3:DeleteObject", resource: BUCKET_OBJECT, context: {} },
    );
    expect(decision).toEqual({
      allowed: false,
      reason: "explicit-deny",
      detail: expect.stringContaining('"NoDeletes"'),
    });
  });

  it("allows when an Allow applies and no Deny does, naming the allowing statement", () => {
    const decision = evaluate(
      [
        policy(
          {
            Sid: "Read",
            Effect: "Allow",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::mail-bucket/raw/*",
          },
          { Sid: "NoDeletes", Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" },
        ),
      ],
      { action: "s3:GetObject", resource: BUCKET_OBJECT, context: {} },
    );
    expect(decision).toEqual({ allowed: true, statement: '"Read"' });
  });

  it("denies implicitly when no statement applies", () => {
    const decision = evaluate([policy({ Effect: "Allow", Action: "s3:PutObject", Resource: "*" })], {
      action: "s3:GetObject",
      resource: BUCKET_OBJECT,
      context: {},
    });
    expect(decision).toEqual({
      allowed: false,
      reason: "implicit-deny",
      detail: `no statement allows s3:GetObject on ${BUCKET_OBJECT}`,
    });
  });

  it("denies implicitly with no policies at all", () => {
    expect(evaluate([], { action: "s3:GetObject", resource: BUCKET_OBJECT, context: {} }).allowed).toBe(
      false,
    );
  });

  it("reads a single Statement object as well as a list", () => {
    const single: PolicyDocument = { Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } };
    expect(evaluate([single], { action: "s3:GetObject", resource: BUCKET_OBJECT, context: {} }).allowed).toBe(
      true,
    );
  });
});

describe("evaluate: Action and NotAction", () => {
  it.each([
    ["s3:GetObject", "s3:GetObject", true],
    ["S3:GETOBJECT", "s3:GetObject", true],
    ["s3:Get*", "s3:GetObject", true],
    ["s3:Get*", "s3:PutObject", false],
    ["s3:?etObject", "s3:GetObject", true],
    ["s3:?etObject", "s3:GGetObject", false],
    ["*", "ses:SendEmail", true],
    ["s3:GetObject", "s3:GetObjectVersion", false],
    ["dynamodb:Query", "s3:Query", false],
  ])("pattern %s against %s → %s", (pattern, action, expected) => {
    expect(allowed({ Effect: "Allow", Action: pattern, Resource: "*" }, { action })).toBe(expected);
  });

  it("matches any pattern of a list", () => {
    const statement: PolicyStatement = {
      Effect: "Allow",
      Action: ["s3:PutObject", "s3:GetObject"],
      Resource: "*",
    };
    expect(allowed(statement, { action: "s3:GetObject" })).toBe(true);
    expect(allowed(statement, { action: "s3:DeleteObject" })).toBe(false);
  });

  it("NotAction applies to every action it does not list", () => {
    const statement: PolicyStatement = { Effect: "Allow", NotAction: ["iam:*", "s3:Delete*"], Resource: "*" };
    expect(allowed(statement, { action: "s3:GetObject" })).toBe(true);
    expect(allowed(statement, { action: "iam:PassRole" })).toBe(false);
    expect(allowed(statement, { action: "s3:DeleteObject" })).toBe(false);
  });

  it("a Deny with NotAction denies everything else", () => {
    const statements: PolicyStatement[] = [
      { Effect: "Allow", Action: "*", Resource: "*" },
      { Effect: "Deny", NotAction: "s3:GetObject", Resource: "*" },
    ];
    expect(allowed(statements, { action: "s3:GetObject" })).toBe(true);
    expect(allowed(statements, { action: "s3:PutObject" })).toBe(false);
  });
});

describe("evaluate: Resource and NotResource", () => {
  it.each([
    ["*", BUCKET_OBJECT, true],
    ["arn:aws:s3:::mail-bucket/raw/*", "arn:aws:s3:::mail-bucket/raw/a/b/c", true],
    ["arn:aws:s3:::mail-bucket/raw/*", "arn:aws:s3:::mail-bucket/other/a", false],
    // Case-sensitive, unlike actions.
    ["arn:aws:s3:::mail-bucket/raw/*", "arn:aws:s3:::mail-bucket/RAW/a", false],
    ["arn:aws:s3:::Mail-Bucket/*", BUCKET_OBJECT, false],
    ["arn:aws:s3:::mail-bucket/raw/message-?", BUCKET_OBJECT, true],
    ["arn:aws:s3:::mail-bucket/raw/message-?", "arn:aws:s3:::mail-bucket/raw/message-10", false],
    // A `*` that ends a segment runs past colons (CDK's `${functionArn}:*`)…
    [
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder*",
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder:live",
      true,
    ],
    [
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder:*",
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder:7",
      true,
    ],
    [
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder:*",
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder",
      false,
    ],
    // …but one inside a segment stays inside it.
    [
      "arn:aws:lambda:eu-west-1:123456789012:function:re*er",
      "arn:aws:lambda:eu-west-1:123456789012:function:re:x:er",
      false,
    ],
    [
      "arn:aws:lambda:eu-west-1:123456789012:function:re*er",
      "arn:aws:lambda:eu-west-1:123456789012:function:reminder",
      true,
    ],
    [
      "arn:aws:dynamodb:*:123456789012:table/interviews",
      "arn:aws:dynamodb:eu-west-1:123456789012:table/interviews",
      true,
    ],
    [
      "arn:aws:dynamodb:eu-west-1:123456789012:table/interviews",
      "arn:aws:dynamodb:eu-west-1:123456789012:table/interviews/index/byOwner",
      false,
    ],
  ])("%s against %s → %s", (pattern, resource, expected) => {
    expect(allowed({ Effect: "Allow", Action: "*", Resource: pattern }, { resource })).toBe(expected);
  });

  it("NotResource applies to every resource it does not list", () => {
    const statement = {
      Effect: "Allow",
      Action: "s3:GetObject",
      NotResource: "arn:aws:s3:::secret-bucket/*",
    } as const;
    expect(allowed(statement)).toBe(true);
    expect(allowed(statement, { resource: "arn:aws:s3:::secret-bucket/key" })).toBe(false);
  });

  it("resolves policy variables in resources (version 2012-10-17 only)", () => {
    const statement = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::mail-bucket/\${aws:userid}/*`,
    } as const;
    const context = { "aws:userid": "AROAEXAMPLE:inbound" };
    expect(allowed(statement, { resource: "arn:aws:s3:::mail-bucket/AROAEXAMPLE:inbound/x", context })).toBe(
      true,
    );
    expect(allowed(statement, { resource: "arn:aws:s3:::mail-bucket/other/x", context })).toBe(false);
    // An unresolvable variable matches nothing.
    expect(allowed(statement, { resource: "arn:aws:s3:::mail-bucket/AROAEXAMPLE:inbound/x" })).toBe(false);
    // In the 2008 language a variable is literal text.
    const old = evaluate([{ Version: "2008-10-17", Statement: [statement] }], {
      action: "s3:GetObject",
      resource: `arn:aws:s3:::mail-bucket/\${aws:userid}/x`,
      context,
    });
    expect(old.allowed).toBe(true);
  });

  it(`keeps an escaped \${*} literal instead of a wildcard`, () => {
    const statement = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::mail-bucket/\${*}`,
    } as const;
    expect(allowed(statement, { resource: "arn:aws:s3:::mail-bucket/*" })).toBe(true);
    expect(allowed(statement, { resource: "arn:aws:s3:::mail-bucket/anything" })).toBe(false);
  });
});

describe("evaluate: condition operators", () => {
  type Row = [
    operator: string,
    contextValue: ContextValue | undefined,
    policyValues: string | string[] | boolean | number,
    expected: boolean,
  ];
  const cases: Row[] = [
    ["StringEquals", "owner@example.com", "owner@example.com", true],
    ["StringEquals", "Owner@example.com", "owner@example.com", false],
    ["StringEquals", "b", ["a", "b"], true],
    ["StringEquals", undefined, "a", false],
    ["StringNotEquals", "c", ["a", "b"], true],
    ["StringNotEquals", "b", ["a", "b"], false],
    ["StringNotEquals", undefined, "a", true],
    ["StringEqualsIgnoreCase", "Owner@Example.com", "owner@example.com", true],
    ["StringEqualsIgnoreCase", undefined, "a", false],
    ["StringNotEqualsIgnoreCase", "OWNER", "owner", false],
    ["StringNotEqualsIgnoreCase", "other", "owner", true],
    ["StringLike", "raw/2024/message", "raw/*", true],
    ["StringLike", "RAW/2024/message", "raw/*", false],
    ["StringLike", "ab", "a?", true],
    ["StringLike", "abc", "a?", false],
    ["StringLike", "line\nbreak", "line*", true],
    ["StringLike", undefined, "*", false],
    ["StringNotLike", "raw/x", ["raw/*", "tmp/*"], false],
    ["StringNotLike", "keep/x", ["raw/*", "tmp/*"], true],
    ["StringNotLike", undefined, "raw/*", true],
    [
      "ArnEquals",
      "arn:aws:sns:eu-west-1:123456789012:topic",
      "arn:aws:sns:eu-west-1:123456789012:topic",
      true,
    ],
    ["ArnEquals", "arn:aws:sns:eu-west-1:123456789012:topic", "arn:aws:sns:*:123456789012:topic", true],
    [
      "ArnLike",
      "arn:aws:lambda:eu-west-1:123456789012:function:f:live",
      "arn:aws:lambda:*:123456789012:function:*",
      true,
    ],
    [
      "ArnLike",
      "arn:aws:lambda:eu-west-1:999999999999:function:f",
      "arn:aws:lambda:*:123456789012:function:*",
      false,
    ],
    // Each of the six parts on its own: the region `*` cannot swallow the account.
    ["ArnLike", "arn:aws:lambda:eu-west-1:123456789012:function:f", "arn:aws:lambda:*:function:*", false],
    ["ArnLike", "not-an-arn", "*", false],
    ["ArnLike", undefined, "arn:*", false],
    [
      "ArnNotLike",
      "arn:aws:lambda:eu-west-1:123456789012:function:f",
      "arn:aws:lambda:*:999999999999:*",
      true,
    ],
    [
      "ArnNotLike",
      "arn:aws:lambda:eu-west-1:123456789012:function:f",
      "arn:aws:lambda:*:123456789012:*",
      false,
    ],
    ["ArnNotLike", undefined, "arn:*", true],
    ["ArnNotEquals", "arn:aws:sqs:eu-west-1:1:q", "arn:aws:sqs:eu-west-1:1:q", false],
    ["Bool", true, "true", true],
    ["Bool", false, "true", false],
    ["Bool", "true", true, true],
    ["Bool", true, "TRUE", true],
    ["Bool", undefined, "false", false],
    ["NumericEquals", 10, "10", true],
    ["NumericEquals", "10", 10, true],
    ["NumericNotEquals", 10, "11", true],
    ["NumericLessThan", 9, "10", true],
    ["NumericLessThan", 10, "10", false],
    ["NumericLessThanEquals", 10, "10", true],
    ["NumericGreaterThan", 11, "10", true],
    ["NumericGreaterThan", 10, "10", false],
    ["NumericGreaterThanEquals", 10, "10", true],
    ["NumericLessThan", "not a number", "10", false],
    ["NumericLessThan", undefined, "10", false],
    ["DateLessThan", "2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z", true],
    ["DateLessThan", "2026-07-01T00:00:00Z", "2026-06-01T00:00:00Z", false],
    ["DateGreaterThan", "2026-07-01T00:00:00Z", "2026-06-01T00:00:00Z", true],
    ["DateGreaterThan", 1_800_000_000, "2026-06-01T00:00:00Z", true],
    ["DateLessThanEquals", "2026-06-01T00:00:00Z", "1780272000", true],
    ["DateGreaterThanEquals", "2026-05-31T23:59:59Z", "2026-06-01T00:00:00Z", false],
    ["DateEquals", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00.000Z", true],
    ["DateNotEquals", "2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z", true],
    ["DateLessThan", undefined, "2026-06-01T00:00:00Z", false],
    ["IpAddress", "203.0.113.7", "203.0.113.0/24", true],
    ["IpAddress", "198.51.100.7", "203.0.113.0/24", false],
    ["IpAddress", "2001:db8::1", "2001:db8::/32", true],
    ["NotIpAddress", "198.51.100.7", "203.0.113.0/24", true],
    ["NotIpAddress", undefined, "203.0.113.0/24", true],
    ["BinaryEquals", "QmluYXJ5", "QmluYXJ5", true],
  ];

  it.each(cases)("%s: request %j vs policy %j → %s", (operator, contextValue, policyValues, expected) => {
    const context: Record<string, ContextValue> =
      contextValue === undefined ? {} : { "test:Key": contextValue };
    expect(allowed(withCondition(operator, "test:Key", policyValues), { context })).toBe(expected);
  });

  it.each([
    ["StringEqualsIfExists", undefined, true],
    ["StringEqualsIfExists", "a", true],
    ["StringEqualsIfExists", "b", false],
    ["StringNotEqualsIfExists", "a", false],
    ["ArnLikeIfExists", undefined, true],
    ["BoolIfExists", undefined, true],
    ["NumericLessThanIfExists", undefined, true],
    ["NumericLessThanIfExists", "100", false],
  ])("%s with request %j → %s", (operator, contextValue, expected) => {
    const context: Record<string, ContextValue> =
      contextValue === undefined ? {} : { "test:Key": contextValue };
    const value = operator.startsWith("Numeric") ? "10" : operator.startsWith("Bool") ? "true" : "a";
    expect(allowed(withCondition(operator, "test:Key", value), { context })).toBe(expected);
  });

  it.each([
    ["true", undefined, true],
    ["true", "x", false],
    ["false", "x", true],
    ["false", undefined, false],
    // An empty set counts as null: this is what closes the ForAllValues pitfall.
    ["true", [], true],
    ["false", [], false],
    ["false", ["a"], true],
  ] as const)("Null %s with request %j → %s", (policyValue, contextValue, expected) => {
    const context: Record<string, ContextValue> =
      contextValue === undefined ? {} : { "test:Key": contextValue };
    expect(allowed(withCondition("Null", "test:Key", policyValue), { context })).toBe(expected);
  });

  it("compares condition key names case-insensitively, values case-sensitively", () => {
    const statement = withCondition("StringEquals", "SES:FROMADDRESS", "inbound@example.com");
    expect(allowed(statement, { context: { "ses:FromAddress": "inbound@example.com" } })).toBe(true);
    expect(allowed(statement, { context: { "ses:FromAddress": "INBOUND@example.com" } })).toBe(false);
  });

  it("ANDs operators and keys, ORs the values of one key", () => {
    const statement: PolicyStatement = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: {
        StringEquals: { "k:a": ["1", "2"], "k:b": "x" },
        Bool: { "k:c": "true" },
      },
    };
    expect(allowed(statement, { context: { "k:a": "2", "k:b": "x", "k:c": true } })).toBe(true);
    expect(allowed(statement, { context: { "k:a": "3", "k:b": "x", "k:c": true } })).toBe(false);
    expect(allowed(statement, { context: { "k:a": "1", "k:b": "y", "k:c": true } })).toBe(false);
    expect(allowed(statement, { context: { "k:a": "1", "k:b": "x", "k:c": false } })).toBe(false);
    expect(allowed(statement, { context: { "k:a": "1", "k:b": "x" } })).toBe(false);
  });

  it("resolves policy variables in string condition values", () => {
    const statement = withCondition("StringEquals", "s3:prefix", `home/\${aws:userid}/`);
    expect(allowed(statement, { context: { "aws:userid": "AROA1:fn", "s3:prefix": "home/AROA1:fn/" } })).toBe(
      true,
    );
    expect(allowed(statement, { context: { "aws:userid": "AROA1:fn", "s3:prefix": "home/other/" } })).toBe(
      false,
    );
    const like = withCondition("StringLike", "s3:prefix", `home/\${aws:userid}/*`);
    // A resolved value's own `*` is literal, the pattern's `*` is a wildcard.
    expect(allowed(like, { context: { "aws:userid": "a*", "s3:prefix": "home/a*/x" } })).toBe(true);
    expect(allowed(like, { context: { "aws:userid": "a*", "s3:prefix": "home/abc/x" } })).toBe(false);
    const withDefault = withCondition("StringEquals", "k:v", `\${k:missing, 'fallback'}`);
    expect(allowed(withDefault, { context: { "k:v": "fallback" } })).toBe(true);
  });

  it("throws on an operator AWS would reject", () => {
    expect(() => allowed(withCondition("StringEqualz", "k:v", "a"), { context: { "k:v": "a" } })).toThrow(
      InvalidPolicyError,
    );
    expect(() => allowed(withCondition("ForSomeValues:StringEquals", "k:v", "a"))).toThrow(
      InvalidPolicyError,
    );
    expect(() => allowed(withCondition("NullIfExists", "k:v", "true"))).toThrow(InvalidPolicyError);
  });

  it("throws on a statement with neither Action nor NotAction, or a bad Effect", () => {
    expect(() => allowed({ Effect: "Allow", Resource: "*" })).toThrow(InvalidPolicyError);
    expect(() => allowed({ Effect: "allow" as "Allow", Action: "*", Resource: "*" })).toThrow(
      InvalidPolicyError,
    );
    expect(() => allowed({ Effect: "Allow", Action: "*" })).toThrow(InvalidPolicyError);
  });
});

describe("evaluate: set operators on multivalued keys", () => {
  const recipients = ["owner@example.com", "*@partner.example"];
  type Row = [operator: string, request: ContextValue | undefined, expected: boolean];
  const cases: Row[] = [
    ["ForAllValues:StringLike", ["owner@example.com"], true],
    ["ForAllValues:StringLike", ["owner@example.com", "a@partner.example"], true],
    ["ForAllValues:StringLike", ["owner@example.com", "stranger@elsewhere.example"], false],
    // The documented pitfall: vacuously true for an absent key or an empty set.
    ["ForAllValues:StringLike", undefined, true],
    ["ForAllValues:StringLike", [], true],
    // A scalar is a set of one.
    ["ForAllValues:StringLike", "a@partner.example", true],
    ["ForAnyValue:StringLike", ["stranger@elsewhere.example", "owner@example.com"], true],
    ["ForAnyValue:StringLike", ["stranger@elsewhere.example"], false],
    ["ForAnyValue:StringLike", undefined, false],
    ["ForAnyValue:StringLike", [], false],
    ["ForAnyValue:StringLikeIfExists", undefined, true],
    // Negated: every value matches none of the policy values / some value matches none.
    ["ForAllValues:StringNotLike", ["stranger@elsewhere.example", "x@y.example"], true],
    ["ForAllValues:StringNotLike", ["stranger@elsewhere.example", "owner@example.com"], false],
    ["ForAllValues:StringNotLike", undefined, true],
    ["ForAnyValue:StringNotLike", ["owner@example.com", "stranger@elsewhere.example"], true],
    ["ForAnyValue:StringNotLike", ["owner@example.com"], false],
    ["ForAnyValue:StringNotLike", undefined, false],
    // Without a qualifier a list needs one match (positive) or none (negated).
    ["StringLike", ["stranger@elsewhere.example", "owner@example.com"], true],
    ["StringNotLike", ["stranger@elsewhere.example", "owner@example.com"], false],
    ["StringLike", [], false],
  ];

  it.each(cases)("%s with %j → %s", (operator, request, expected) => {
    const context: Record<string, ContextValue> = request === undefined ? {} : { "ses:Recipients": request };
    expect(allowed(withCondition(operator, "ses:Recipients", recipients), { context })).toBe(expected);
  });

  it("a Null guard closes the empty-set pitfall", () => {
    const guarded: PolicyStatement = {
      Effect: "Allow",
      Action: "ses:SendEmail",
      Resource: "*",
      Condition: {
        "ForAllValues:StringLike": { "ses:Recipients": recipients },
        Null: { "ses:Recipients": "false" },
      },
    };
    const send = (value?: ContextValue) =>
      allowed(guarded, {
        action: "ses:SendEmail",
        context: value === undefined ? {} : { "ses:Recipients": value },
      });
    expect(send(["owner@example.com"])).toBe(true);
    expect(send([])).toBe(false);
    expect(send()).toBe(false);
  });

  it("ForAnyValue in a Deny does not fire when the key is absent (the other documented pitfall)", () => {
    const statements: PolicyStatement[] = [
      { Effect: "Allow", Action: "*", Resource: "*" },
      {
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { "ForAnyValue:StringEquals": { "aws:TagKeys": "secret" } },
      },
    ];
    expect(allowed(statements, { context: { "aws:TagKeys": ["public", "secret"] } })).toBe(false);
    expect(allowed(statements, { context: {} })).toBe(true);
  });
});

describe("principalAllows", () => {
  const trust: PolicyDocument = {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: ["lambda.amazonaws.com", "scheduler.amazonaws.com"] },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
      },
    ],
  };

  it("admits a listed service principal whose conditions hold", () => {
    expect(principalAllows(trust, "scheduler.amazonaws.com", { "aws:SourceAccount": "123456789012" })).toBe(
      true,
    );
  });

  it("refuses another account, a missing condition key, or an unlisted service", () => {
    expect(principalAllows(trust, "scheduler.amazonaws.com", { "aws:SourceAccount": "999999999999" })).toBe(
      false,
    );
    expect(principalAllows(trust, "scheduler.amazonaws.com", {})).toBe(false);
    expect(principalAllows(trust, "events.amazonaws.com", { "aws:SourceAccount": "123456789012" })).toBe(
      false,
    );
  });

  it("reads a single Service string and honours ArnLike on aws:SourceArn and a Deny", () => {
    const scoped: PolicyDocument = {
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "scheduler.amazonaws.com" },
          Action: ["sts:AssumeRole"],
          Condition: {
            ArnLike: { "aws:SourceArn": "arn:aws:scheduler:eu-west-1:123456789012:schedule-group/followup" },
          },
        },
        {
          Effect: "Deny",
          Principal: { Service: "scheduler.amazonaws.com" },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "aws:SourceAccount": "666666666666" } },
        },
      ],
    };
    const group = "arn:aws:scheduler:eu-west-1:123456789012:schedule-group/followup";
    expect(principalAllows(scoped, "scheduler.amazonaws.com", { "aws:SourceArn": group })).toBe(true);
    expect(principalAllows(scoped, "scheduler.amazonaws.com", { "aws:SourceArn": `${group}-other` })).toBe(
      false,
    );
    expect(
      principalAllows(scoped, "scheduler.amazonaws.com", {
        "aws:SourceArn": group,
        "aws:SourceAccount": "666666666666",
      }),
    ).toBe(false);
  });

  it("does not admit a statement for another action", () => {
    const tagOnly: PolicyDocument = {
      Statement: {
        Effect: "Allow",
        Principal: { Service: "lambda.amazonaws.com" },
        Action: "sts:TagSession",
      },
    };
    expect(principalAllows(tagOnly, "lambda.amazonaws.com", {})).toBe(false);
  });
});
