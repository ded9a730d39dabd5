import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CloudAssembly } from "./assembly";
import { resourcesOfType } from "./template";

/** A function of the template as the local runtime runs it. */
export interface LocalFunction {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  readonly roleArn: string;
  readonly bundle: string;
  readonly exportName: string;
  /** Environment.Variables of the template, resolved. */
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  readonly maximumRetryAttempts: number;
  readonly onFailureDestination: string | null;
}

/** The functions of the template that have a bundle we can run (CDK's own providers have none). */
export function localFunctions(options: {
  readonly assembly: CloudAssembly;
  readonly resolve: (value: unknown) => unknown;
}): LocalFunction[] {
  const { assembly, resolve } = options;
  const invokeConfigs = resourcesOfType(assembly.template, "AWS::Lambda::EventInvokeConfig").map(
    ([, resource]) => resolve(resource.Properties) as Record<string, unknown>,
  );
  return resourcesOfType(assembly.template, "AWS::Lambda::Function").flatMap(([logicalId, resource]) => {
    const bundleDir = assembly.bundles.get(logicalId);
    if (!bundleDir) return [];
    const props = resolve(resource.Properties) as Record<string, unknown>;
    const name = String(resolve({ Ref: logicalId }));
    const [file, exportName] = String(props.Handler ?? "index.handler").split(".");
    const bundle = [".mjs", ".js", ".cjs"].map((ext) => join(bundleDir, `${file}${ext}`)).find(existsSync);
    if (!bundle || !exportName) return [];
    const invokeConfig = invokeConfigs.find((config) => config.FunctionName === name);
    const destination = (
      invokeConfig?.DestinationConfig as { OnFailure?: { Destination?: string } } | undefined
    )?.OnFailure?.Destination;
    return [
      {
        logicalId,
        name,
        arn: String(resolve({ "Fn::GetAtt": [logicalId, "Arn"] })),
        roleArn: String(props.Role),
        bundle,
        exportName,
        environment: ((props.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ??
          {}) as Record<string, string>,
        timeoutSeconds: Number(props.Timeout ?? 3),
        memoryMb: Number(props.MemorySize ?? 128),
        // Lambda's defaults without an EventInvokeConfig: two retries, no destination.
        maximumRetryAttempts: Number(invokeConfig?.MaximumRetryAttempts ?? 2),
        onFailureDestination: destination ?? null,
      },
    ];
  });
}
