/**
 * The clause shapes guess nothing, in every language: composed from the lexicons' own tables (a
 * weekday, the `shapes` fillers and appointments, the grammar's conditions and third persons), so
 * a new row is covered. A time and filler is a snooze only to a prompt that can be put off, and
 * never a closing; a meeting said as a condition, asked or of someone else is no next round.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import type { Lexicon } from "../../../lambdas/domain/language/lexicon";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold, table } from "../../../lambdas/domain/language/phrases";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

// Wednesday, March 10 2027, 10:00 in Paris.
const zone = "Europe/Paris";
const now = DateTime.fromISO("2027-03-10T10:00:00", { zone });
const CLOSING = new Set(["offer", "rejected", "withdrawn"]);

const read = (text: string, lang: Lang, replyingTo: ReminderKind) =>
  understandReply(text, { now, zone, languages: [lang], company: "Acme", replyingTo });

/** A phrase as a person would type it: a stem written out, a gap left empty. */
const typed = (phrase: string) => phrase.replace(/\*$/, "en").replace(/\s*…\s*/g, " ");

/** Every cue row of the lexicon, compiled once per language. */
const CUE_ROWS = new Map(LANGS.map((lang) => [lang, Object.values(LEXICONS[lang].cues).flat()] as const));
const holdsACue = (text: string, lang: Lang) => table(CUE_ROWS.get(lang) ?? []).test(fold(text));

/** Monday's first name in the lexicon: a day to come from a Wednesday. */
const monday = (lexicon: Lexicon) => lexicon.weekdays[0]?.[0] ?? "";

describe.each(LANGS)("the clause shapes guess nothing (%s)", (lang) => {
  const lexicon = LEXICONS[lang];
  const filler = fc.constantFrom(...lexicon.shapes.fillers);

  it("a weekday and filler is a snooze to a follow-up or move-on prompt, never a closing", () => {
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom<ReminderKind>("follow-up-1", "follow-up-2", "move-on"),
        (word, kind) => {
          const text = `${monday(lexicon)} ${word}`;
          // A filler that is a cue of its own ("ahora no" is a snooze already) is read by its cue.
          fc.pre(!holdsACue(text, lang));
          const reading = read(text, lang, kind);
          expect(reading.intent).toBe("snooze");
          expect(Date.parse(reading.date ?? "")).toBeGreaterThan(now.toMillis());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("the same words to the thank-you or prep prompt are no snooze", () => {
    fc.assert(
      fc.property(filler, fc.constantFrom<ReminderKind>("thank-you", "prep"), (word, kind) => {
        const text = `${monday(lexicon)} ${word}`;
        fc.pre(!holdsACue(text, lang));
        expect(read(text, lang, kind).intent).not.toBe("snooze");
      }),
      { numRuns: 40 },
    );
  });

  const meeting = fc.constantFrom(...lexicon.shapes.appointments.map(typed));
  const at = `${monday(lexicon)} ${lexicon.at[0] ?? ""} 11`;

  it("a meeting as a condition is no next round and no closing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon.conditional), meeting, (condition, named) => {
        const reading = read(`${condition} ${named} ${at}`, lang, "thank-you");
        expect(reading.intent).not.toBe("next-round");
        expect(CLOSING.has(reading.intent) && !reading.needsConfirmation).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it("a meeting asked about is no next round", () => {
    fc.assert(
      fc.property(meeting, fc.constantFrom("?", " ?", "??"), (named, mark) => {
        expect(read(`${named} ${at}${mark}`, lang, "thank-you").intent).not.toBe("next-round");
      }),
      { numRuns: 40 },
    );
  });

  it("a meeting of someone else's is no next round", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon.subjects.others), meeting, (other, named) => {
        const reading = read(`${other} ${named} ${at}`, lang, "thank-you");
        // A few words may read as another language ("mon pote présentation" as English): not this one's grammar.
        fc.pre(reading.language === lang);
        expect(reading.intent).not.toBe("next-round");
      }),
      { numRuns: 60 },
    );
  });
});
