/**
 * A local Secrets Manager for the secrets of the template (awsJson1_1: GetSecretValue,
 * DescribeSecret, PutSecretValue), each generated as its GenerateSecretString asks and kept in a
 * file, so reply addresses stay valid across restarts; PutSecretValue stands in for a rotation.
 */
import { randomInt, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readStateFile, writeFileAtomic } from "../standins/state-file";

interface Version {
  readonly id: string;
  readonly value: string;
  readonly created: number;
}

export interface SecretDefinition {
  readonly arn: string;
  readonly name: string;
  readonly generate?: {
    readonly PasswordLength?: number;
    readonly ExcludePunctuation?: boolean;
    readonly ExcludeCharacters?: string;
  };
}

export interface SecretsManagerStandIn {
  readonly endpoint: string;
  close(): Promise<void>;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

function generate(spec: SecretDefinition["generate"] = {}): string {
  const excluded = new Set(spec.ExcludeCharacters ?? "");
  const alphabet = [...LETTERS, ...(spec.ExcludePunctuation ? [] : [...PUNCTUATION])].filter(
    (c) => !excluded.has(c),
  );
  return Array.from({ length: spec.PasswordLength ?? 32 }, () => alphabet[randomInt(alphabet.length)]).join(
    "",
  );
}

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startSecretsManager(options: {
  readonly secrets: readonly SecretDefinition[];
  readonly stateFile: string;
  readonly now: () => number;
}): Promise<SecretsManagerStandIn> {
  const versions = readStateFile<Record<string, Version[]>>(options.stateFile, {});
  const save = () => writeFileAtomic(options.stateFile, JSON.stringify(versions), 0o600);
  const add = (arn: string, value: string) => {
    const version = { id: randomUUID(), value, created: options.now() };
    versions[arn] = [...(versions[arn] ?? []), version];
    save();
    return version;
  };
  for (const secret of options.secrets) if (!versions[secret.arn]) add(secret.arn, generate(secret.generate));

  const find = (secretId: unknown): SecretDefinition => {
    const secret = options.secrets.find(
      (candidate) => candidate.arn === secretId || candidate.name === secretId,
    );
    if (!secret)
      throw new ServiceError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    return secret;
  };
  const operations: Record<string, (input: Record<string, unknown>) => unknown> = {
    GetSecretValue: (input) => {
      const secret = find(input.SecretId);
      const current = versions[secret.arn]?.at(-1) as Version;
      return {
        ARN: secret.arn,
        Name: secret.name,
        VersionId: current.id,
        SecretString: current.value,
        VersionStages: ["AWSCURRENT"],
        CreatedDate: current.created / 1000,
      };
    },
    DescribeSecret: (input) => {
      const secret = find(input.SecretId);
      return { ARN: secret.arn, Name: secret.name };
    },
    PutSecretValue: (input) => {
      const secret = find(input.SecretId);
      const version = add(secret.arn, String(input.SecretString ?? ""));
      return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: ["AWSCURRENT"] };
    },
  };

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const operation = String(request.headers["x-amz-target"] ?? "").replace(/^secretsmanager\./, "");
    try {
      const run = operations[operation];
      if (!run)
        throw new ServiceError("InvalidRequestException", `Operation ${operation} is not supported locally`);
      const output = run(
        JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>,
      );
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" }).end(JSON.stringify(output));
    } catch (error) {
      const type = error instanceof ServiceError ? error.type : "InternalServiceError";
      response
        .writeHead(400, { "content-type": "application/x-amz-json-1.1" })
        .end(JSON.stringify({ __type: type, message: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
