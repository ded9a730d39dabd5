/**
 * The day of the news a closing reply names, in every language: a past weekday, yesterday, this
 * morning, today; none when no day is written, or only a day ahead.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { newsDay } from "../../../lambdas/domain/replies";

// Wednesday, Mar 3 2027, 18:00 in Paris.
const now = DateTime.fromISO("2027-03-03T18:00:00", { zone: "Europe/Paris" });

const CASES: ReadonlyArray<readonly [Lang, string, string | null]> = [
  ["en", "they turned me down on monday", "2027-03-01"],
  ["en", "offer came in this morning!!", "2027-03-03"],
  ["en", "heard no from them yesterday", "2027-03-02"],
  ["de", "am Montag kam die Absage", "2027-03-01"],
  ["de", "gestern das Angebot bekommen", "2027-03-02"],
  ["fr", "ils m'ont dit non lundi", "2027-03-01"],
  ["fr", "offre reçue hier soir", "2027-03-02"],
  ["es", "el lunes me llegó el rechazo", "2027-03-01"],
  ["es", "hoy me ofrecieron el puesto", "2027-03-03"],
  ["pt", "ontem recebi a recusa", "2027-03-02"],
  ["pt", "me fizeram uma proposta na segunda", "2027-03-01"],
  ["nl", "maandag kreeg ik de afwijzing", "2027-03-01"],
  ["nl", "gisteren een aanbod gekregen", "2027-03-02"],
  ["it", "lunedì mi hanno scartato", "2027-03-01"],
  ["it", "oggi mi hanno fatto un'offerta", "2027-03-03"],
  ["en", "got the offer!", null],
  ["de", "leider eine Absage", null],
  ["fr", "offre reçue, je commence le 20 mars", null],
];

describe("the day of a closing's news", () => {
  it.each(CASES)("(%s) %s → %s", (lang, text, expected) => {
    // Prepare: `now` above. Act
    const day = newsDay(text, now, lang);
    // Assess
    expect(day).toBe(expected);
  });
});
