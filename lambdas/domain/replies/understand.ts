/**
 * Reads a reply in plain words, in any of the seven languages: the language's lexicon and the
 * shared grammar read every reply (tables.ts). A phrase said of someone else, asked, denied,
 * conditional or taken back is not news, and a closing (offer, rejected, withdrawn) not plainly
 * stated about the user's own application is asked about, never applied.
 */

import { detectLanguage } from "../language/detect";
import type { Lang } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { fold, table } from "../language/phrases";
import { looksAutomatic } from "./auto-reply";
import { companyVerdict } from "./company-verdict";
import { readCorrection } from "./corrections";
import { CLOSINGS } from "./cues";
import { namedSnooze } from "./dates";
import { removalToForget } from "./removal";
import { requestedCommand } from "./requests";
import { writtenPart } from "./strip";
import { readByTables } from "./tables";
import type { Reading, UnderstandOptions, UnderstoodReply } from "./types";

export type { ReplyIntent, UnderstandOptions, UnderstoodReply } from "./types";

/** "check: <draft>": the product's command to check a draft, in every language. */
const CHECK = /^\s*check\s*:\s*/i;

/** A reply of question marks only asks for help. */
const ONLY_ASKING = /^[\s?¿]+$/;

/**
 * "remove Acme", "delete acme from the list": the interview's own company is no interviewer to
 * remove; the user asks to forget it.
 */
function removesTheCompany(reading: Reading, company: string | null | undefined): boolean {
  const value = reading.correction?.field === "remove" ? fold(reading.correction.value) : "";
  const name = fold(company ?? "").trim();
  return name !== "" && (value === name || value.startsWith(`${name} `));
}

/**
 * "delete globex, never applied there, spam": a removal whose value goes on to say the interview
 * is none of the user's names a company to forget, not an interviewer.
 */
function forgetsBogus(reading: Reading, language: Lang): string | null {
  if (reading.correction?.field !== "remove") return null;
  const [name, ...rest] = reading.correction.value.split(/[,;]/);
  const bogus = rest.length > 0 && table(LEXICONS[language].notAnApplication).test(fold(rest.join(",")));
  return bogus && name?.trim() ? name.trim() : null;
}

/**
 * Commands written in the product's own words whatever the language: "check: <draft>" and the
 * corrections of a forward's reading ("date is Nov 24 10:30am", "add interviewer Lena Fischer").
 */
function productCommand(written: string, raw: string, options: UnderstandOptions): Reading | null {
  if (CHECK.test(written))
    return { intent: "check", date: null, argument: writtenPart(raw).replace(CHECK, "") };
  if (ONLY_ASKING.test(written)) return { intent: "help", date: null };
  const now = options.now.setZone(options.zone);
  const correction = readCorrection(written.split("\n")[0] ?? "", now, options.zone);
  return correction ? { intent: "correct", date: null, correction } : null;
}

/**
 * "snooze une semaine", "snooze 1 Woche": the command word is English, the span is in one of the
 * user's own languages. Only a snooze's date changes.
 */
function snoozeInOwnWords(reading: Reading, written: string, options: UnderstandOptions): Reading {
  if (reading.intent !== "snooze") return reading;
  const now = options.now.setZone(options.zone);
  const sendTime = options.sendTime ?? "09:00";
  if (namedSnooze(written, now, sendTime, "en")) return reading;
  for (const lang of options.languages ?? []) {
    const until = lang === "en" ? null : namedSnooze(written, now, sendTime, lang);
    if (until) return { ...reading, date: until.toISO({ suppressMilliseconds: true }) ?? reading.date };
  }
  return reading;
}

/**
 * "delete this one, it was just the auto reply": one short line asking to forget names an
 * automatic message; no out-of-office notice asks that.
 */
function forgetsAnAutoReply(reading: Reading, written: string): boolean {
  return reading.intent === "forget" && !written.includes("\n") && written.length <= 80;
}

export function understandReply(raw: string, options: UnderstandOptions): UnderstoodReply {
  const now = options.now.setZone(options.zone);
  const written = writtenPart(raw)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, 8)
    .join("\n")
    .slice(0, 2_000)
    .normalize("NFC");
  const languages = options.languages ?? ["en"];
  const language = detectLanguage(fold(written), languages);
  if (!written.trim()) return { intent: "unknown", date: null, language };
  // English is always understood; another language only when the user set it (by default none).
  const read = (lang: Lang) =>
    readByTables(written, lang, {
      now,
      zone: options.zone,
      sendTime: options.sendTime ?? "09:00",
      foreign: lang !== "en" && !languages.includes(lang),
      company: options.company ?? null,
      toFollowUp: options.replyingTo?.startsWith("follow-up-") ?? false,
      toThankYou: options.replyingTo === "thank-you",
      toRemind: options.replyingTo?.startsWith("follow-up-") === true || options.replyingTo === "move-on",
      toPrompt: Boolean(options.replyingTo),
      toMoveOn: options.replyingTo === "move-on",
      toPrep: options.replyingTo === "prep",
      afterInterview: options.replyingTo !== "prep" && Boolean(options.replyingTo),
    });
  // "delete acme, applied by accident", "bórrala", "apaga essa": a removal of this one asks to forget it.
  const company = options.company ?? null;
  const removed =
    removalToForget(written, LEXICONS[language], company) ??
    (language === "en" ? null : removalToForget(written, LEXICONS.en, company));
  if (removed !== null) return { intent: "forget", date: null, argument: removed, language };
  const reply = read(language);
  const command = productCommand(written, raw, options);
  if (command && removesTheCompany(command, options.company))
    return { intent: "forget", date: null, argument: options.company ?? "", language };
  const bogus = command ? forgetsBogus(command, language) : null;
  if (bogus) return { intent: "forget", date: null, argument: bogus, language };
  // "remove everything about Lumen" asks to forget, not to remove a field named so.
  if (command && !(command.intent === "correct" && reply.intent === "forget"))
    return { ...command, language };
  if (
    looksAutomatic(written, options.subject) &&
    reply.intent !== "snooze" &&
    !forgetsAnAutoReply(reply, written)
  )
    return { intent: "unknown", date: null, automatic: true, language };
  // "fammi vedere tutte le candidature", "manda-me uma folha de cálculo": a request by its shape,
  // before what a word of it says alone ("déjame ver" a pause, "fatto" a step); never over a closing.
  const requested = CLOSINGS.has(reply.intent) ? null : requestedCommand(written, LEXICONS[language]);
  if (requested) return { intent: requested, date: null, language };
  if (reply.intent !== "unknown" || reply.answer)
    return { ...snoozeInOwnWords(reply, written, options), language };
  const verdict = companyVerdict(written, options.company, LEXICONS[language]);
  if (verdict) return { ...verdict, language };
  // A short reply carries little sign of its language: an English command ("add interviewer Tom
  // Baker") may be taken for the user's own, a Dutch "over een week" for English. It is read in
  // English and the user's other languages too; a closing is never taken from such a second
  // reading: it stays unknown, and the answer suggests what to write.
  const others = (["en", ...languages] as const).filter(
    (other, at, all) => other !== language && all.indexOf(other) === at,
  );
  for (const other of others) {
    const second = snoozeInOwnWords(read(other), written, options);
    if (second.intent !== "unknown" && !CLOSINGS.has(second.intent)) return { ...second, language: other };
  }
  return { ...reply, language };
}
