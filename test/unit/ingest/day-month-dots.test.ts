/**
 * "am Freitag, 8.1., um 10 Uhr": a weekday, then the day and month with their dots, then the
 * clock. The day's number is never the hour, nor "18.12" a clock.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("a day and month with their dots after a weekday", () => {
  it.each([
    ["Herr Keil ruft Sie am Freitag, 8.1., um 10 Uhr auf Ihrem Handy an.", "2027-01-08T10:00:00+01:00"],
    ["Das Gespräch findet am Mittwoch, 13.1. um 9 Uhr statt.", "2027-01-13T09:00:00+01:00"],
    ["Wir rufen Sie am Donnerstag, 14.1., gegen 14:30 Uhr an.", "2027-01-14T14:30:00+01:00"],
    ["Ihr Termin: Montag, 18.1., 16 Uhr, in unserer Filiale.", "2027-01-18T16:00:00+01:00"],
  ])("%s", async (sentence, start) => {
    // Act
    const result = await readGmailForward(
      "Melanie Brandt <m.brandt@rheinwerk-personal.de>",
      "Telefoninterview",
      `Hallo Herr Lee,\n\n${sentence}\n\nViele Grüße\nMelanie Brandt`,
    );
    // Assess
    expect(result.interview?.start).toBe(start);
  });
});
