import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CONFIG_FILE,
  configurationNotes,
  type DeploymentConfig,
  deploymentConfigSource,
  InvalidDeploymentConfigError,
  loadDeploymentConfig,
} from "../../lib/config";

/** The deployment configuration of this clone, read exactly as `cdk synth` reads it, or its problems. */
export type LocalConfig =
  | {
      readonly ok: true;
      readonly config: DeploymentConfig;
      readonly source: string;
      /** What still works but should change (configurationNotes). */
      readonly notes?: readonly string[];
    }
  | { readonly ok: false; readonly source: string; readonly problems: readonly string[] };

/**
 * `followup.config.json` when it exists, else the cdk.json context block, through lib/config's
 * loader: the same rules and the same messages as synth.
 */
export function readLocalConfig(directory: string): LocalConfig {
  const hasFile = existsSync(join(directory, CONFIG_FILE));
  const cdkJson = join(directory, "cdk.json");
  if (!hasFile && !existsSync(cdkJson)) {
    return {
      ok: false,
      source: directory,
      problems: [`neither ${CONFIG_FILE} nor cdk.json is here: run doctor in the directory of your clone`],
    };
  }
  let context: unknown;
  if (!hasFile) {
    try {
      context = (JSON.parse(readFileSync(cdkJson, "utf8")) as { context?: { followup?: unknown } }).context
        ?.followup;
    } catch (error) {
      return { ok: false, source: "cdk.json", problems: [`not valid JSON: ${(error as Error).message}`] };
    }
  }
  try {
    return {
      ok: true,
      config: loadDeploymentConfig(context, directory),
      source: hasFile ? CONFIG_FILE : "cdk.json",
      notes: configurationNotes(deploymentConfigSource(context, directory).raw),
    };
  } catch (error) {
    if (error instanceof InvalidDeploymentConfigError) {
      return { ok: false, source: error.source, problems: error.problems };
    }
    throw error;
  }
}
