/**
 * Conversations in the user's language (issue 22): their setting over the deployment's, every
 * email and answer in it, drafts to the employer in the invite's language; and a reply in a
 * language the user has not set is answered with the languages that are read (issue 20 part 3).
 */
import { describe, expect, it } from "vitest";
import type { MailMessage } from "../../../lambdas/domain/ingest";
import { CATALOGUES, LETTERS, promptKindOfSubject } from "../../../lambdas/domain/messages";
import type { OutgoingEmail } from "../../../lambdas/ports";
import { MAX_EMAILS_PER_OWNER_PER_HOUR } from "../../../lambdas/use-cases/steps/outgoing";
import { createWorld, mail, OWNER, type World } from "./world";

/** Tue 2026-11-17, 10:00 in Paris; the user lives in Chicago (world.ts). */
const FRENCH_ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Helio//Agenda//FR",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:entretien-42@helio-energie.fr",
  "SEQUENCE:0",
  "DTSTAMP:20261116T150000Z",
  "DTSTART;TZID=Europe/Paris:20261117T100000",
  "DTEND;TZID=Europe/Paris:20261117T110000",
  "SUMMARY:Entretien – Data Scientist – Helio Énergie",
  "ORGANIZER;CN=Camille Laurent:mailto:camille.laurent@helio-energie.fr",
  "ATTENDEE;CN=Antoine Moreau;ROLE=REQ-PARTICIPANT:mailto:antoine.moreau@helio-energie.fr",
  "ATTENDEE;CN=Jordan Lee;ROLE=REQ-PARTICIPANT:mailto:jordan.lee@gmail.com",
  "LOCATION:8 rue de la Paix, 75002 Paris",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

const FRENCH_TEXT = `---------- Message transféré ---------
De : Camille Laurent <camille.laurent@helio-energie.fr>
Objet : Entretien – Data Scientist – Helio Énergie

Bonjour Jordan,

Suite à notre échange, je vous confirme votre entretien pour le poste de Data Scientist le mardi
17 novembre à 10 h, dans nos locaux. Vous rencontrerez Antoine Moreau, notre responsable des
données. Merci de nous prévenir si vous avez un empêchement.

Cordialement,
Camille Laurent
Chargée de recrutement`;

function frenchInvite(uid = "entretien-42@helio-energie.fr"): MailMessage {
  return {
    ...mail(FRENCH_TEXT, "TR: Entretien – Data Scientist – Helio Énergie"),
    calendars: [{ method: "REQUEST", text: FRENCH_ICS.replace("entretien-42@helio-energie.fr", uid) }],
  };
}

let stored = 0;

/** Mail to the plain address (a forward or a command), as the inbound flow routes it. */
function toPlainAddress(world: World, message: MailMessage): Promise<OutgoingEmail | undefined> {
  stored++;
  return world.deliver(null, message, `raw/plain-${stored}`);
}

async function onlyRound(world: World) {
  const [record] = await world.store.listByOwner(OWNER);
  if (!record) throw new Error("no interview stored");
  return record;
}

describe("a German user with a French invite", () => {
  it("gets German prompts and answers, and French drafts addressed to the recruiter first", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00", { language: "de" });
    const de = CATALOGUES.de;

    const confirmation = await toPlainAddress(world, frenchInvite());
    const record = await onlyRound(world);
    expect(record.interview.language).toBe("fr");
    expect(record.interview.recruiter?.email).toBe("camille.laurent@helio-energie.fr");
    expect(confirmation?.subject).toBe(
      de.confirmation.subject(record.interview.company, record.interview.role),
    );

    const prompts = await world.advanceTo("2026-11-17T12:00:00-06:00");
    const thankYou = prompts.find((email) => promptKindOfSubject(email.subject) === "thank-you");
    expect(thankYou?.subject).toBe(de.prompts.thankYouSubject(record.interview.company));
    expect(thankYou?.text).toContain(LETTERS.fr.greeting(record.interview.interviewers));
    expect(thankYou?.text).not.toContain(LETTERS.de.greeting(record.interview.interviewers));
    expect(thankYou?.text.indexOf("camille.laurent@helio-energie.fr")).toBeLessThan(
      thankYou?.text.indexOf("antoine.moreau@helio-energie.fr") ?? -1,
    );

    const noted = await world.reply(record.interviewId, "Dankesmail gesendet", thankYou?.subject);
    expect((await world.record(record.interviewId)).log.thankedAt).toBeTruthy();
    expect(noted?.text).toContain(de.changes.thankYouSent);
  });
});

describe("the language setting", () => {
  it("“Sprache Deutsch” switches every later email to German, and “settings” shows it", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });

    const changed = await toPlainAddress(world, mail("Sprache Deutsch", "Sprache"));
    expect((await world.store.getProfile(OWNER))?.settings.language).toBe("de");
    expect(changed?.subject).toBe(
      CATALOGUES.de.settings.changedSubject(CATALOGUES.de.settings.summaries.language("Deutsch")),
    );

    const shown = await toPlainAddress(world, mail("settings", "settings"));
    expect(shown?.subject).toBe(CATALOGUES.de.settings.subject);
    expect(shown?.text).toContain(CATALOGUES.de.settings.lines.language("Deutsch"));

    const [prep] = await world.advanceTo("2026-11-18T12:00:00-06:00");
    expect(prep?.subject).toBe(CATALOGUES.de.prompts.prepSubject("Acme Robotics"));
    const answer = await world.reply(interviewId, "Dankesmail gesendet");
    expect(answer?.text).toContain(CATALOGUES.de.changes.thankYouSent);
  });

  it("a first forward in French offers to switch to French, without switching; later ones do not ask", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const offer = CATALOGUES.en.confirmation.proposeLanguage("French", "langue français");

    const first = await toPlainAddress(world, frenchInvite());
    const { company, role } = (await onlyRound(world)).interview;
    expect(first?.subject).toBe(CATALOGUES.en.confirmation.subject(company, role));
    expect(first?.text).toContain(offer);
    expect((await world.store.getProfile(OWNER))?.settings.language).toBeUndefined();

    const second = await toPlainAddress(world, frenchInvite("entretien-43@helio-energie.fr"));
    expect(second?.subject).toBe(CATALOGUES.en.confirmation.subject(company, role));
    expect(second?.text).not.toContain(offer);
  });
});

describe("a reply in a language the user has not set", () => {
  it("is answered, in the user's language, with the languages replies are read in", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    const languages = CATALOGUES.en.help.languages("Spanish", "English", "language Spanish");

    const spanish = await world.reply(
      interviewId,
      "No sé qué hacer con esto, la verdad es que estoy perdido",
    );
    expect(spanish?.subject).toBe(CATALOGUES.en.help.notUnderstoodSubject);
    expect(spanish?.text).toContain(languages);

    const english = await world.reply(interviewId, "purple elephants dance quietly");
    expect(english?.subject).toBe(CATALOGUES.en.help.notUnderstoodSubject);
    expect(english?.text).not.toContain("I read replies in");
  });

  it("names both of a German user's languages, in German", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00", { language: "de" });
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    const answer = await world.reply(interviewId, "No sé qué hacer con esto, la verdad es que estoy perdido");
    expect(answer?.text).toContain(
      CATALOGUES.de.help.languages("Spanisch", "Deutsch und Englisch", "Sprache Spanisch"),
    );
  });
});

describe("answers once written in English only, in a German user's language", () => {
  it("a second forward of the same invite is “Schon geplant”", async () => {
    // Prepare
    const world = createWorld("2026-11-16T10:00:00-06:00", { language: "de" });
    await toPlainAddress(world, frenchInvite());
    const { company, role } = (await onlyRound(world)).interview;
    // Act
    const again = await toPlainAddress(world, frenchInvite());
    // Assess
    expect(again?.subject).toBe(CATALOGUES.de.confirmation.alreadySubject(company, role));
  });

  it("answers the hourly cap held back come together under a German subject", async () => {
    // Prepare: German is the user's own setting, not the deployment's; the forward is stored
    // directly, so the setting's answer and the replies are what count against the cap
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    await toPlainAddress(world, mail("Sprache Deutsch", "Sprache"));
    for (let index = 0; index < MAX_EMAILS_PER_OWNER_PER_HOUR + 1; index++)
      await world.reply(interviewId, `die Stelle ist Engineer ${index}`);
    // Act
    const later = await world.advanceTo("2026-11-16T11:05:00-06:00");
    // Assess
    expect(later.map((email) => email.subject)).toEqual([CATALOGUES.de.heldAnswers.subject(2)]);
  });

  it("undoing the move-on prompt names what it takes back in German", async () => {
    // Prepare: the whole timeline run, the move-on prompt sent on Wed Dec 9
    const world = createWorld("2026-11-16T10:00:00-06:00", { language: "de" });
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    await world.advanceTo("2026-12-10T10:00:00-06:00");
    // Act
    const answer = await world.reply(interviewId, "rückgängig");
    // Assess
    expect((await world.record(interviewId)).status).toBe("active");
    expect(answer?.subject).toContain(CATALOGUES.de.changes.movedOn);
  });
});
