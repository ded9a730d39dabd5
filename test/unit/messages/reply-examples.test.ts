/**
 * The reply commands each language's help lists are read back by reply understanding in that
 * language: an example the product cannot read would teach the user a dead end.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import { CATALOGUES } from "../../../lambdas/domain/messages";
import { type ReplyIntent, understandReply } from "../../../lambdas/domain/replies";

const now = DateTime.fromISO("2026-12-08T09:00:00", { zone: "Europe/Berlin" });

/** What each line of the list means, in order; a line with several examples names each. */
const LINE_INTENTS: ReadonlyArray<readonly ReplyIntent[]> = [
  ["thanked"],
  ["decision-date"],
  ["followed-up"],
  ["heard-back"],
  ["next-round"],
  ["offer", "rejected", "withdrawn"],
  ["undo", "reopen"],
  ["snooze", "snooze"],
  ["correct"],
  ["status", "export", "help"],
];

/** The examples of one line: "a / b — what it does", "undo (or reopen) — …", "x — …; y — …". */
function examples(line: string, index: number): string[] {
  if (index === 9) return line.split("; ").map((part) => part.split(" — ")[0]?.trim() ?? "");
  const command = line.split(" — ")[0]?.trim() ?? "";
  if (index === 2) return [command.replace(/\s*\(.*\)$/, "")];
  if (index === 6) {
    const match = /^(.*?)\s*\(\S+\s+(.*)\)$/.exec(command);
    return match ? [match[1] ?? "", match[2] ?? ""] : [command];
  }
  if (index === 8) return [command.split(" / ")[0] ?? ""];
  return command.split(" / ");
}

const CASES = LANGS.flatMap((language) =>
  CATALOGUES[language].replyCommands.flatMap((line, index) =>
    examples(line, index).map(
      (example, position) => [language, example, LINE_INTENTS[index]?.[position]] as const,
    ),
  ),
);

describe("the reply examples of every language are understood", () => {
  it.each(CASES)("%s: %j reads as %s", (language: Lang, example, intent) => {
    const understood = understandReply(example, { now, zone: "Europe/Berlin", languages: [language] });
    expect(understood.intent).toBe(intent);
  });
});
