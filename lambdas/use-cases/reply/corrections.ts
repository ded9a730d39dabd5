/**
 * Corrections of what a forward was read as: "date is Nov 24 10:30am PT", "company Lumen Freight",
 * "role …", "add interviewer …", "remove …". Primary course: the corrected interview (guesses the
 * correction makes moot dropped) → one undoable change → re-plan at once → "Corrected: …". A forward
 * still awaiting its date keeps waiting, and the answer asks for the date again.
 */
import { DateTime } from "luxon";
import { MAX_INTERVIEWERS } from "../../domain/interview/bounds";
import { type InterviewRecord, isAwaitingDate } from "../../domain/interview/record";
import { correct as correctRound } from "../../domain/interview/transitions";
import {
  catalogueOf,
  correctedMessage,
  helpMessage,
  needsDateMessage,
  stillNeedsDateMessage,
  whenInterview,
} from "../../domain/messages";
import { listOf } from "../../domain/messages/catalogue/intl";
import type { Correction } from "../../domain/replies";
import type { Interviewer, ParsedInterview } from "../../domain/types";
import type { InboundOutcome } from "../inbound/outcome";
import { applicationIdFor, zoneOf } from "../steps/records";
import { guessesOf, summaryOf } from "../steps/summaries";
import { answer, applyChange, type Context } from "./context";

/** A guess about the date or time, which a date correction makes moot. */
const DATE_GUESS = /\b(?:date|time|\d{1,2}:\d{2}|am|pm|mon|tue|wed|thu|fri|sat|sun)/i;

function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();
}

/** Guesses that the corrected field makes moot. */
function keepGuesses(
  interview: ParsedInterview,
  stale: (guess: string) => boolean,
): Partial<ParsedInterview> {
  const guesses = guessesOf(interview);
  return guesses.length > 0
    ? ({ guesses: guesses.filter((guess) => !stale(guess)) } as Partial<ParsedInterview>)
    : {};
}

/** The new start of a date correction, or null when it cannot be read. */
function correctedStart(
  correction: Extract<Correction, { field: "date" }>,
  interview: ParsedInterview,
  zone: string,
): { start: string; timeZone: string | null } | null {
  const current = interview.start
    ? instantIn(interview.start, correction.zone ?? interview.timeZone ?? zone)
    : null;
  if (correction.start && correction.start.length > 10)
    return { start: correction.start, timeZone: correction.zone ?? interview.timeZone };
  if (!current) return null;
  if (correction.start) {
    // A day alone keeps the time of day.
    const [year, month, day] = correction.start.split("-").map(Number);
    const moved = current.set({ year, month, day });
    return moved.isValid
      ? { start: moved.toISO({ suppressMilliseconds: true }) ?? "", timeZone: interview.timeZone }
      : null;
  }
  if (correction.time) {
    // A time alone keeps the day.
    const [hour, minute] = correction.time.split(":").map(Number);
    const moved = current.set({ hour, minute });
    return moved.isValid
      ? {
          start: moved.toISO({ suppressMilliseconds: true }) ?? "",
          timeZone: correction.zone ?? interview.timeZone,
        }
      : null;
  }
  return null;
}

export async function correct(context: Context): Promise<InboundOutcome> {
  const { record, planning, input } = context;
  const { policy } = planning;
  const { language } = policy;
  const { changes } = catalogueOf(language);
  const correction = context.understood.correction;
  if (!correction) return answer(context, record, helpMessage(input.written, [], language), "not-understood");
  const interview = record.interview;
  let mutate: (current: InterviewRecord) => InterviewRecord;
  let change: string;
  switch (correction.field) {
    case "date": {
      const moved = movedTo(correction, record, context);
      if (!moved)
        return answer(
          context,
          record,
          stillNeedsDateMessage(null, correction.written, language),
          "correct-unreadable",
        );
      ({ change, mutate } = moved);
      break;
    }
    case "company":
      change = changes.companyIs(correction.value);
      mutate = (current) =>
        correctRound(current, {
          interview: {
            ...current.interview,
            company: correction.value,
            ...keepGuesses(
              current.interview,
              (guess) =>
                Boolean(current.interview.company) && guess.includes(current.interview.company ?? ""),
            ),
          },
          applicationId: applicationIdFor(correction.value, current.interviewId),
        });
      break;
    case "role":
      change = changes.roleIs(correction.value);
      mutate = (current) =>
        correctRound(current, {
          interview: {
            ...current.interview,
            role: correction.value,
            ...keepGuesses(
              current.interview,
              (guess) => Boolean(current.interview.role) && guess.includes(current.interview.role ?? ""),
            ),
          },
        });
      break;
    case "add-interviewer": {
      const known = interview.interviewers;
      const added = correction.people.filter(
        (person) =>
          !known.some(
            (existing) =>
              (person.name && sameText(existing.name, person.name)) ||
              (person.email && sameText(existing.email, person.email)),
          ),
      );
      if (known.length + added.length > MAX_INTERVIEWERS) {
        return answer(
          context,
          record,
          correctedMessage(
            summaryOf(record, policy),
            changes.tooManyInterviewers(MAX_INTERVIEWERS),
            language,
          ),
          "correct-nothing",
        );
      }
      change = changes.interviewersAdded(
        added.length > 0
          ? listOf(
              language,
              added.map((person) => person.name ?? person.email ?? ""),
              "conjunction",
            )
          : null,
        added.length,
      );
      mutate = (current) =>
        correctRound(current, {
          interview: { ...current.interview, interviewers: [...current.interview.interviewers, ...added] },
        });
      break;
    }
    case "remove": {
      const needle = correction.value.toLowerCase();
      const matches = (person: Interviewer) =>
        (person.name ?? "").toLowerCase().includes(needle) ||
        (person.email ?? "").toLowerCase().includes(needle);
      const removedPeople = interview.interviewers.filter(matches);
      const removeCompany = sameText(interview.company, correction.value);
      const removeRole = sameText(interview.role, correction.value);
      if (removedPeople.length === 0 && !removeCompany && !removeRole) {
        return answer(
          context,
          record,
          correctedMessage(summaryOf(record, policy), changes.nothingCalled(correction.value), language),
          "correct-nothing",
        );
      }
      const what = [
        ...removedPeople.map((person) => person.name ?? person.email ?? ""),
        ...(removeCompany ? [changes.theCompany(interview.company ?? "")] : []),
        ...(removeRole ? [changes.theRole(interview.role ?? "")] : []),
      ];
      change = changes.removed(listOf(language, what, "conjunction"));
      mutate = (current) =>
        correctRound(current, {
          interview: {
            ...current.interview,
            interviewers: current.interview.interviewers.filter((person) => !matches(person)),
            company: removeCompany ? null : current.interview.company,
            role: removeRole ? null : current.interview.role,
            ...keepGuesses(current.interview, (guess) => guess.toLowerCase().includes(needle)),
          },
          applicationId: removeCompany ? applicationIdFor(null, current.interviewId) : current.applicationId,
        });
      break;
    }
  }
  // "l'azienda si chiama X, e il colloquio è martedì 13": the day said beside the name moves it too.
  const day = context.understood.date;
  const alsoMoved =
    (correction.field === "company" || correction.field === "role") && day
      ? movedTo({ field: "date", start: day, time: null, zone: null, written: day }, record, context)
      : null;
  if (alsoMoved) {
    const named = mutate;
    change = listOf(language, [change, alsoMoved.change], "conjunction");
    mutate = (current) => alsoMoved.mutate(named(current));
  }
  const after = await applyChange(context, change, mutate);
  if (isAwaitingDate(after)) {
    // Still waiting for its date: say what is kept, and ask for the date again.
    return answer(
      context,
      after,
      needsDateMessage(changes.replyWithDate(change), after.interview.title, language),
      "correct",
    );
  }
  return answer(context, after, correctedMessage(summaryOf(after, policy), change, language), "correct");
}

/** A date correction as a change: what to say, and the interview moved to it keeping its length. */
function movedTo(
  correction: Extract<Correction, { field: "date" }>,
  record: InterviewRecord,
  context: Context,
): { change: string; mutate: (current: InterviewRecord) => InterviewRecord } | null {
  const { policy } = context.planning;
  const interview = record.interview;
  const moved = correctedStart(correction, interview, zoneOf(record, policy));
  if (!moved) return null;
  const duration =
    interview.start && interview.end ? Date.parse(interview.end) - Date.parse(interview.start) : null;
  const end =
    duration !== null && duration > 0
      ? (instantIn(moved.start, moved.timeZone ?? zoneOf(record, policy))
          ?.plus({ milliseconds: duration })
          .toISO({ suppressMilliseconds: true }) ?? null)
      : null;
  const change = catalogueOf(policy.language).changes.interviewIs(
    whenInterview(
      { ...summaryOf(record, policy), start: moved.start, interviewZone: moved.timeZone },
      policy.language,
    ),
  );
  // The interview moved: its prompts go out again for the new time.
  const mutate = (current: InterviewRecord) =>
    correctRound(current, {
      interview: {
        ...current.interview,
        start: moved.start,
        end,
        timeZone: moved.timeZone,
        ...keepGuesses(current.interview, (guess) => DATE_GUESS.test(guess)),
      },
      moved: true,
    });
  return { change, mutate };
}

/** An ISO instant placed in a zone, or null when it is not one. */
function instantIn(iso: string, zone: string): DateTime | null {
  const value = DateTime.fromISO(iso, { setZone: true });
  return value.isValid ? value.setZone(zone) : null;
}
