/**
 * Reads a reply in plain words, in any of the seven languages. The language's lexicon and the
 * shared grammar read every reply (tables.ts); an English reply is first read by the phrasing
 * families of english.ts, whose reading the grammar then checks: a phrase said of someone else,
 * asked, denied, conditional or taken back is not news, and a closing (offer, rejected,
 * withdrawn) not plainly stated about the user's own application is asked about, never applied.
 */

import { detectLanguage } from "../language/detect";
import type { Cue } from "../language/lexicon";
import { fold } from "../language/phrases";
import { looksAutomatic } from "./auto-reply";
import { type CueHit, isCommand, isNews } from "./cues";
import { namedSnooze } from "./dates";
import { readEnglish } from "./english";
import { writtenPart } from "./strip";
import { CLOSINGS, evidenceOf, readByTables, type TableReading } from "./tables";
import type { Reading, ReplyIntent, UnderstandOptions, UnderstoodReply } from "./types";

export type { ReplyIntent, UnderstandOptions, UnderstoodReply } from "./types";

/** The cue that stands behind each intent the English reader gives, for the grammar to check. */
const CUE_OF: Partial<Record<ReplyIntent, Cue>> = {
  thanked: "thanked",
  "decision-date": "decision",
  "followed-up": "followed-up",
  "heard-back": "heard-back",
  "next-round": "next-round",
  offer: "offer",
  rejected: "rejected",
  withdrawn: "withdrawn",
  snooze: "snooze",
};

/** Commands the English reader recognises by their first words: those stand as read. */
const COMMANDS: ReadonlySet<ReplyIntent> = new Set([
  "check",
  "forget",
  "help",
  "undo",
  "reopen",
  "export",
  "status",
  "correct",
]);

/**
 * A closing the English reader found, checked against the grammar's reading: applied when the
 * tables read the same closing as news, asked about when they do not know the phrase.
 */
function checkedClosing(
  english: Reading,
  news: readonly CueHit[],
  tables: TableReading,
  written: string,
): Reading {
  const hit = news[0];
  const evidence = hit ? evidenceOf(hit, written) : (written.split("\n")[0]?.trim() ?? "");
  const applied = hit !== undefined && tables.plain(hit) && !english.needsConfirmation;
  return { ...english, evidence, ...(applied ? {} : { needsConfirmation: true }) };
}

/** Steps the English reader may read from anywhere in a reply: a question holds none of them. */
const STEPS: ReadonlySet<ReplyIntent> = new Set([
  "thanked",
  "decision-date",
  "followed-up",
  "heard-back",
  "next-round",
]);

/**
 * The English reading, unless it read a step only a question holds ("do you think they'll
 * reject me? it's been 2 weeks"): then what the reply tells, read alone.
 */
function told(english: Reading, tables: TableReading, written: string, options: UnderstandOptions): Reading {
  if (!STEPS.has(english.intent) || tables.told === written) return english;
  const reading = readEnglish(tables.told, tables.told, options);
  return reading.intent === english.intent ? english : reading;
}

function combine(english: Reading, tables: TableReading, written: string): Reading {
  const { hits, asked } = tables;
  if (english.automatic || COMMANDS.has(english.intent)) return english;
  const undoOrReopen = hits.some((hit) => (hit.cue === "undo" || hit.cue === "reopen") && isCommand(hit));
  // Questions are never news: "is it normal for them to take 3 weeks to decide?"
  if (tables.answer || undoOrReopen || (asked && english.intent !== "snooze")) return tables.reply();
  const cue = CUE_OF[english.intent];
  // What the English reader left unread, the tables may read; but a closing only they see is
  // no news here ("No, I didn't get the job... yet"): the English reader knows English better.
  if (!cue) {
    const reply = tables.reply();
    const read = reply.intent !== "unknown" && !CLOSINGS.has(reply.intent);
    // "they said" alone is no decision: the English reader wants a day with it.
    return read && (reply.intent !== "decision-date" || reply.date !== null) ? reply : english;
  }
  const same = hits.filter((hit) => hit.cue === cue);
  const news = same.filter((hit) => isNews(hit.context));
  // Said of someone else, denied, a condition, a slip or taken back: the grammar's reading stands.
  if (same.length > 0 && news.length === 0) return tables.reply();
  if (!CLOSINGS.has(cue)) return english;
  // A closing word the tables do not know, beside something they do read ("they said no decision
  // until the 18th"): the plainer reading wins.
  const reply = tables.reply();
  if (same.length === 0 && reply.intent !== "unknown" && !CLOSINGS.has(reply.intent)) return reply;
  return checkedClosing(english, news, tables, written);
}

/**
 * "snooze une semaine", "snooze 1 Woche": the command word is English, the span is in one of the
 * user's own languages. Only a snooze's date changes: the intent stays the English reader's.
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
  // English is always understood; another language only when the user set it (by default none).
  const read = (lang: typeof language) =>
    readByTables(written, lang, {
      now,
      zone: options.zone,
      sendTime: options.sendTime ?? "09:00",
      foreign: lang !== "en" && !languages.includes(lang),
      company: options.company ?? null,
      toFollowUp: options.replyingTo?.startsWith("follow-up-") ?? false,
    });
  const readEnglishly = (tables: TableReading) =>
    combine(told(readEnglish(written, raw, options), tables, written, options), tables, written);
  if (language === "en")
    return { ...snoozeInOwnWords(readEnglishly(read("en")), written, options), language };
  const tables = read(language);
  if (looksAutomatic(written, options.subject) && tables.reply().intent !== "snooze")
    return { intent: "unknown", date: null, automatic: true, language };
  const reply = tables.reply();
  if (reply.intent !== "unknown" || reply.answer) return { ...reply, language };
  // Everyone may write English: a short English command ("add interviewer Tom Baker") carries no
  // sign of its language, so the user's own was guessed. A closing is never taken from that second
  // reading: it stays unknown, and the answer suggests what to write.
  const english = snoozeInOwnWords(readEnglishly(read("en")), written, options);
  return english.intent === "unknown" || CLOSINGS.has(english.intent)
    ? { ...reply, language }
    : { ...english, language: "en" };
}
