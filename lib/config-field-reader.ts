/** Collects every problem while reading one field at a time. */
export class FieldReader {
  readonly problems: string[] = [];
  constructor(private readonly input: Readonly<Record<string, unknown>>) {}

  has(key: string): boolean {
    return this.input[key] !== undefined && this.input[key] !== null;
  }

  raw(key: string): unknown {
    return this.input[key];
  }

  text(key: string, fallback?: string): string {
    const value = this.input[key] ?? fallback;
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    this.problems.push(
      value === undefined ? `${key} is required` : `${key} must be a non-empty string, not ${show(value)}`,
    );
    return "";
  }

  list(key: string): string[] {
    const value = this.input[key] ?? [];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      return value.map((item) => item.trim().toLowerCase());
    }
    this.problems.push(`${key} must be a list of strings, not ${show(value)}`);
    return [];
  }

  check(ok: boolean, problem: string): void {
    if (!ok) this.problems.push(problem);
  }
}

export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
