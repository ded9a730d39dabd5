/**
 * Rules of the shared grammar that English once had as phrasing families of its own, now read from
 * every language's lexicon: "not yet" after a closing, closings only guessed at, slips of the
 * keyboard, an offer turned down, another company beside the interview's, quoted words, what was
 * sent to the thank-you prompt, and "forget everything". The sentences are this file's own.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { type UnderstoodReply, understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

// Wednesday, Mar 3 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

function read(text: string, lang: Lang, replyingTo: ReminderKind | null = null): UnderstoodReply {
  return understandReply(text, { now, zone, languages: [lang], company: "Acme", replyingTo });
}

const CLOSING = new Set(["offer", "rejected", "withdrawn"]);
const applied = (reply: UnderstoodReply) => CLOSING.has(reply.intent) && !reply.needsConfirmation;

describe("a closing followed by “not yet” has not happened", () => {
  it.each<[Lang, string]>([
    ["en", "I haven't been rejected... yet"],
    ["en", "got the job... not yet"],
    ["en", "no offer for now"],
    ["de", "Absage habe ich noch nicht"],
    ["fr", "ils ne m'ont pas refusé... pas encore"],
    ["es", "no me han rechazado todavía"],
    ["pt", "não recebi a proposta ainda"],
    ["nl", "ze hebben me afgewezen? nee, nog niet"],
    ["it", "non ho ricevuto l'offerta ancora"],
  ])("(%s) %j closes nothing", (lang, text) => {
    // Act
    const reply = read(text, lang);
    // Assess
    expect(CLOSING.has(reply.intent)).toBe(false);
  });
});

describe("a phrase that may mean a closing but never says it plainly is asked about", () => {
  it.each<[Lang, string]>([
    ["en", "the req was put on hold"],
    ["en", "they announced a hiring freeze"],
    ["de", "die Stelle wurde auf Eis gelegt"],
    ["fr", "le poste est gelé"],
    ["es", "congelaron la vacante"],
    ["pt", "a vaga foi congelada"],
    ["nl", "de vacature is on hold gezet"],
    ["it", "la posizione è congelata"],
  ])("(%s) %j", (lang, text) => {
    // Act
    const reply = read(text, lang);
    // Assess
    expect(reply).toMatchObject({ intent: "rejected", needsConfirmation: true });
  });
});

describe("a party emoji alone is a guess: asked, while beside plain words it only cheers them", () => {
  it.each<[Lang, string]>([
    ["en", "🎉🎉"],
    ["de", "🎉"],
    ["it", "🎉🎉🎉"],
  ])("(%s) %j is asked about", (lang, text) => {
    expect(read(text, lang)).toMatchObject({ intent: "offer", needsConfirmation: true });
  });

  it.each<[Lang, string]>([
    ["en", "🎉 they offered me the role"],
    ["de", "🎉 Zusage bekommen"],
  ])("(%s) %j is applied", (lang, text) => {
    expect(applied(read(text, lang))).toBe(true);
  });
});

describe("a slip of the keyboard in a cue word is read as the word", () => {
  it.each<[Lang, string, string]>([
    ["en", "thnaked the panel today", "thanked"],
    ["en", "got the ofer!!", "offer"],
    ["en", "snoze 2 days", "snooze"],
    ["en", "folowed up yesterday", "followed-up"],
    ["de", "leider eine Absge", "rejected"],
    ["fr", "j'ai reçu une propositon d'embauche", "offer"],
    ["es", "me dieron un rechzo", "rejected"],
    ["pt", "recebi a propsta hoje", "offer"],
    ["nl", "een afwjzing gekregen", "rejected"],
    ["it", "mi hanno fatto un'offreta", "offer"],
  ])("(%s) %j → %s", (lang, text, intent) => {
    expect(read(text, lang).intent).toBe(intent);
  });

  it("a keyword and one letter more is the word inflected, not a slip", () => {
    // "interviews" is no slip of "interview": "the other interviews" stays someone else's matter.
    expect(applied(read("the other interviews I decided not to", "en"))).toBe(false);
  });
});

describe("an offer, then the user turning it down, is one withdrawal", () => {
  it.each<[Lang, string]>([
    ["en", "got an offer but I turned it down"],
    ["de", "Angebot bekommen, hab abgelehnt"],
    ["fr", "j'ai eu une offre mais je l'ai refusée"],
    ["es", "me hicieron una oferta pero la rechacé"],
    ["pt", "recebi uma proposta mas recusei"],
    ["nl", "ik kreeg een aanbod maar heb het afgeslagen"],
    ["it", "mi hanno fatto un'offerta ma l'ho rifiutata"],
  ])("(%s) %j", (lang, text) => {
    expect(read(text, lang)).toMatchObject({ intent: "withdrawn", declinedOffer: true });
  });
});

describe("beside news of the interview's company, another company's is not this one's", () => {
  it.each<[Lang, string]>([
    ["en", "Initech said no but Acme made me an offer"],
    ["en", "Globex turned me down, but I got an offer from Acme"],
    ["de", "Absage von Globex, aber Acme hat mir ein Angebot gemacht"],
    ["fr", "refus de Globex mais offre de Acme"],
    ["es", "rechazo de Globex pero oferta de Acme"],
  ])("(%s) %j reads the offer", (lang, text) => {
    expect(read(text, lang).intent).toBe("offer");
  });
});

describe("words in quotation marks are someone else's, never the user's plain news", () => {
  it.each<[Lang, string]>([
    ["en", 'the template says "we regret to inform you"'],
    ["de", 'in der Vorlage steht "leider eine Absage"'],
    ["fr", 'le modèle dit "nous avons retenu un autre candidat"'],
    ["es", 'la plantilla dice "lamentamos informarle que no fue seleccionado"'],
  ])("(%s) %j", (lang, text) => {
    expect(applied(read(text, lang))).toBe(false);
  });
});

describe("what a reply to the thank-you prompt says was sent is the thank-you", () => {
  it.each([
    ["sent notes to both interviewers last night", "2027-03-02"],
    ["emailed the whole panel this morning", "2027-03-03"],
  ])("%j → thanked %s", (text, date) => {
    expect(read(text, "en", "thank-you")).toMatchObject({ intent: "thanked", date });
  });

  it("to another prompt, an email sent is a follow-up", () => {
    expect(read("emailed the recruiter this morning", "en", "follow-up-1").intent).toBe("followed-up");
  });
});

describe("“forget” all of one's data, in the user's words", () => {
  it.each<[Lang, string, string]>([
    ["en", "forget all my data", "everything"],
    ["en", "forget me", "everything"],
    ["en", "forget Acme Robotics.", "Acme Robotics"],
    ["de", "vergiss alles", "everything"],
    ["fr", "oublie tout", "everything"],
    ["es", "olvida todo", "everything"],
    ["pt", "esquece tudo", "everything"],
    ["nl", "vergeet alles", "everything"],
    ["it", "dimentica tutto", "everything"],
  ])("(%s) %j → %s", (lang, text, argument) => {
    expect(read(text, lang)).toMatchObject({ intent: "forget", argument });
  });
});

describe("English phrasings now read as table rows", () => {
  it.each([
    ["recruiter says next tues", "decision-date", "2027-03-09"],
    ["they'll let me know 12/3", "decision-date", "2027-03-12"],
    ["Dana mentioned they'd have an answer by next wed", "decision-date", "2027-03-10"],
    ["they decided to move forward with other candidates", "rejected", null],
    ["going with an internal candidate unfortunately", "rejected", null],
    ["the offer was rescinded", "rejected", null],
    ["I turned them down", "withdrawn", null],
    ["meeting their CTO thursday at 3", "next-round", "2027-03-04T15:00:00+01:00"],
    ["moved to the next round!", "next-round", null],
    ["I'm out of town, remind me next week", "snooze", "2027-03-08T09:00:00+01:00"],
    ["?", "help", null],
  ])("%j → %s %s", (text, intent, date) => {
    expect(read(text, "en")).toMatchObject({ intent, date });
  });

  it.each(["the bus stop near their office was closed", "pull out the notes from the interview"])(
    "%j is no withdrawal",
    (text) => {
      expect(read(text, "en").intent).not.toBe("withdrawn");
    },
  );

  it("a condition that runs into the closing phrase governs it", () => {
    expect(applied(read("should you not selected me", "en"))).toBe(false);
  });
});

describe("a closing followed by the future or a condition is asked about, never applied", () => {
  it.each<[Lang, string]>([
    ["en", "offer call tomorrow"],
    ["en", "they said an offer is coming"],
    ["de", "Zusage kommt bald"],
    ["fr", "offre la semaine prochaine"],
    ["es", "la oferta llegará pronto"],
    ["pt", "a proposta vai chegar amanhã"],
    ["nl", "aanbod komt morgen"],
    ["it", "l'offerta arriverà presto"],
    ["de", "ich ziehe zurück, wenn sie zu wenig zahlen"],
    ["fr", "je me retire si le salaire est trop bas"],
    ["es", "me retiro si me ofrecen poco"],
    ["pt", "desisto se a proposta for baixa"],
    ["nl", "ik trek me terug als ze te weinig bieden"],
    ["it", "mi ritiro se mi offrono poco"],
  ])("(%s) %j", (lang, text) => {
    expect(applied(read(text, lang))).toBe(false);
  });
});

describe("English: plans, musings and other matters close nothing", () => {
  it.each([
    "I'd withdraw if they lowball me",
    "thinking about withdrawing",
    "they're preparing an offer",
    "I rejected the idea of relocating",
    "I'm not interested in the other role they mentioned",
  ])("%j", (text) => {
    expect(CLOSING.has(read(text, "en").intent)).toBe(false);
  });

  it("a polite request to withdraw is one", () => {
    expect(read("I'd like to withdraw my application", "en").intent).toBe("withdrawn");
  });

  it("“stop asking” is a snooze, not a withdrawal", () => {
    expect(read("stop asking me about this for a week", "en").intent).toBe("snooze");
  });
});
