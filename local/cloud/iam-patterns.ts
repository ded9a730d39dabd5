/** IAM patterns: globs in actions and resources, `${…}` policy variables, ARNs part by part. */
import type { Lookup } from "./iam-policy-document";

const regExpCache = new Map<string, RegExp>();

/** A whole-string glob: `*` any run, `?` one character; nothing else is special. */
export function globRegExp(pattern: string, flags: "" | "i"): RegExp {
  const key = `${flags}\u0000${pattern}`;
  let compiled = regExpCache.get(key);
  if (!compiled) {
    const body = [...pattern].map((c) => (c === "*" ? ".*" : c === "?" ? "." : escapeRegExp(c))).join("");
    compiled = new RegExp(`^${body}$`, `s${flags}`);
    regExpCache.set(key, compiled);
  }
  return compiled;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

export type Token = { readonly literal: string } | { readonly wildcard: "*" | "?" };

/**
 * Splits a policy string into literals and wildcards, resolving `${…}` policy variables (version
 * 2012-10-17 only). Undefined when a variable names a key the request lacks and has no default:
 * that value can then match nothing.
 */
export function tokenize(pattern: string, context: Lookup, version: string | undefined): Token[] | undefined {
  const tokens: Token[] = [];
  const variables = version === "2012-10-17";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (variables && c === "$" && pattern.charAt(i + 1) === "{") {
      const end = pattern.indexOf("}", i + 2);
      if (end > 0) {
        const resolved = resolveVariable(pattern.slice(i + 2, end), context);
        if (resolved === undefined) return undefined;
        tokens.push({ literal: resolved });
        i = end;
        continue;
      }
    }
    tokens.push(c === "*" || c === "?" ? { wildcard: c } : { literal: c });
  }
  return tokens;
}

function resolveVariable(inner: string, context: Lookup): string | undefined {
  const body = inner.trim();
  if (body === "*" || body === "?" || body === "$") return body;
  const withDefault = /^([^,]+),\s*'([^']*)'$/.exec(body);
  const name = (withDefault?.[1] ?? body).trim().toLowerCase();
  const value = context.get(name);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return withDefault?.[2];
}

/**
 * A Resource element pattern. `*` stays within its colon-delimited segment unless it ends one, in
 * which case it may run on past colons (so `function:name*` covers `function:name:alias`).
 */
export function compileResource(
  pattern: string,
  context: Lookup,
  version: string | undefined,
): RegExp | undefined {
  const tokens = tokenize(pattern, context, version);
  if (!tokens) return undefined;
  const body = tokens
    .map((token, i) => {
      if ("literal" in token) return escapeRegExp(token.literal);
      if (token.wildcard === "?") return "[^:]";
      const next = tokens[i + 1];
      const endsSegment = next === undefined || ("literal" in next && next.literal === ":");
      return endsSegment ? ".*" : "[^:]*";
    })
    .join("");
  return new RegExp(`^${body}$`, "s");
}

export function tokensRegExp(tokens: readonly Token[], flags: "" | "i"): RegExp {
  const body = tokens
    .map((token) => ("literal" in token ? escapeRegExp(token.literal) : token.wildcard === "*" ? ".*" : "."))
    .join("");
  return new RegExp(`^${body}$`, `s${flags}`);
}

/** ArnEquals/ArnLike: the six colon-delimited parts are compared one by one, each a glob. */
export function arnMatches(pattern: string, arn: string): boolean {
  const patternParts = arnParts(pattern);
  const arnPartsOfValue = arnParts(arn);
  if (!patternParts || !arnPartsOfValue) return false;
  return patternParts.every((part, i) => globRegExp(part, "").test(arnPartsOfValue[i] ?? ""));
}

export function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(":");
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}

// ---------------------------------------------------------------------------------------------
// Conditions
