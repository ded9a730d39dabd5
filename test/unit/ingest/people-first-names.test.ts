/**
 * A first name alone after a verb of calling ("Priyanka will call you", "Lucía te llamará") is the
 * whole name the mail writes elsewhere; a scheduling tool's notice greets its host by whole name
 * ("Hi Priyanka Shah,"), and a whole name that shares no word with the forwarder's is someone else
 * than the user. With no whole name written, a first name alone stays unread.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const NOTICE = "Scheduling <notifications@calendly.com>";

async function namesRead(from: string, body: string): Promise<string[]> {
  const result = await readGmailForward(from, "New Event: Jordan Lee - Phone Screen", body);
  return result.interview.interviewers.map((person) => person.name ?? "");
}

describe("a host's notice forwarded to the candidate", () => {
  it.each([
    [
      "en",
      "Hi Priyanka Shah,\n\nA new event has been scheduled.\n\nInvitee:\nJordan Lee\n\nEvent Date/Time:\n03:00pm - 03:30pm on Thursday, December 3, 2026\n\nLocation:\nPriyanka will call you at +1 917 555 0148",
      "Priyanka Shah",
    ],
    [
      "es",
      "Hola Lucía Prieto:\n\nSe ha programado un nuevo evento.\n\nInvitado:\nJordan Lee\n\nFecha: jueves 3 de diciembre de 2026, 15:00 - 15:30\n\nUbicación:\nLucía te llamará al +34 600 123 456",
      "Lucía Prieto",
    ],
    [
      "fr",
      "Bonjour Julien Marchand,\n\nUn nouvel événement a été planifié.\n\nInvité :\nJordan Lee\n\nDate : jeudi 3 décembre 2026, 15h00 - 15h30\n\nLieu :\nJulien vous appellera au +33 6 12 34 56 78",
      "Julien Marchand",
    ],
  ])("%s: the greeted host is met", async (_lang, body, host) => {
    // Act
    const read = await namesRead(NOTICE, body);
    // Assess
    expect(read).toEqual([host]);
  });

  it("does not list a first name alone that no whole name in the mail spells out", async () => {
    // Act
    const read = await namesRead(
      NOTICE,
      "Hi Jordan,\n\nYour phone screen is booked for Thursday, December 3, 2026 at 3:00pm.\n\nPriyanka will call you at the number you gave us.",
    );
    // Assess
    expect(read).toEqual([]);
  });

  it("keeps the candidate greeted by their whole name out", async () => {
    // Act
    const read = await namesRead(
      "Sam Ortiz <sam@northwind.io>",
      "Hi Jordan Lee,\n\nThanks for booking. Sam will call you on Thursday, December 3, 2026 at 3pm.\n\nSam Ortiz\nRecruiting Coordinator",
    );
    // Assess
    expect(read).not.toContain("Jordan Lee");
  });
});
