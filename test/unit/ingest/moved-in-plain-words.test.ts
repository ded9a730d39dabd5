/**
 * A meeting moved in plain words, with no interview word ("we need to move Wednesday … would
 * Thursday at 10 work instead?"): read as the interview at its new time, marked a reschedule.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Lena Hart <lena@kontor.example>";

const ROWS = [
  [
    "en",
    "Change of plans",
    "Hi Jordan, sorry, Sam is travelling, so we need to move Tuesday. Would Thursday 26 November at 10:00 work instead? Same room.",
  ],
  [
    "de",
    "Planänderung",
    "Hallo Jordan, Sam ist leider krank. Können wir auf Donnerstag, 26.11., um 10 Uhr schieben? Gleicher Raum.",
  ],
  [
    "nl",
    "Wijziging",
    "Hoi Jordan, Sam is ziek. Kunnen we het verzetten naar donderdag 26 november om 10:00? Zelfde ruimte.",
  ],
  [
    "pt",
    "Mudança de planos",
    "Oi Jordan, o Sam ficou doente. Podemos remarcar para quinta-feira, 26/11, às 10h? Mesmo local.",
  ],
] as const;

describe("a meeting moved in plain words", () => {
  it.each(ROWS)("%s: the new time is read as a reschedule", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);

    expect(result.status).toBe("ok");
    expect(result.interview.start?.slice(0, 16)).toBe("2026-11-26T10:00");
    expect(result.status === "ok" ? result.change : null).toBe("reschedule");
  });
});
