/**
 * Reads a reply in plain words, in any of the seven languages: the language's lexicon and the
 * shared grammar read every reply (tables.ts). A phrase said of someone else, asked, denied,
 * conditional or taken back is not news, and a closing (offer, rejected, withdrawn) not plainly
 * stated about the user's own application is asked about, never applied.
 */

import { detectLanguage } from "../language/detect";
import type { Lang } from "../language/lang";
import { fold } from "../language/phrases";
import { looksAutomatic } from "./auto-reply";
import { readCorrection } from "./corrections";
import { namedSnooze } from "./dates";
import { writtenPart } from "./strip";
import { CLOSINGS, readByTables } from "./tables";
import type { Reading, UnderstandOptions, UnderstoodReply } from "./types";

export type { ReplyIntent, UnderstandOptions, UnderstoodReply } from "./types";

/** "check: <draft>": the product's command to check a draft, in every language. */
const CHECK = /^\s*check\s*:\s*/i;

/** A reply of question marks only asks for help. */
const ONLY_ASKING = /^[\s?¿]+$/;

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
  const command = productCommand(written, raw, options);
  if (command) return { ...command, language };
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
    });
  const reply = read(language);
  if (looksAutomatic(written, options.subject) && reply.intent !== "snooze")
    return { intent: "unknown", date: null, automatic: true, language };
  if (reply.intent !== "unknown" || reply.answer || language === "en")
    return { ...snoozeInOwnWords(reply, written, options), language };
  // Everyone may write English: a short English command ("add interviewer Tom Baker") carries no
  // sign of its language, so the user's own was guessed. A closing is never taken from that second
  // reading: it stays unknown, and the answer suggests what to write.
  const english = snoozeInOwnWords(read("en"), written, options);
  return english.intent === "unknown" || CLOSINGS.has(english.intent)
    ? { ...reply, language }
    : { ...english, language: "en" };
}
