/**
 * Emails about the account rather than one interview: status, the tone check, export, the weekly
 * digest, welcome, settings and forgetting.
 */
import type { Lang } from "../language/lang";
import { type Block, oneLine } from "./blocks";
import { catalogueOf } from "./catalogue";
import {
  type InterviewSummary,
  kindLabel,
  message,
  planList,
  planZoneHint,
  type RenderedAttachment,
  type RenderedMessage,
  whenInterview,
  whenPrompt,
} from "./summary";

export function statusMessage(
  summaries: readonly InterviewSummary[],
  language: Lang = "en",
): RenderedMessage {
  const { status, interview } = catalogueOf(language);
  if (summaries.length === 0) {
    return message(language, status.nothingSubject, [{ kind: "paragraph", text: status.nothing }]);
  }
  const blocks: Block[] = [{ kind: "heading", text: status.heading(summaries.length) }];
  for (const summary of summaries) {
    blocks.push({
      kind: "paragraph",
      text: status.line(
        summary.company ?? summary.title ?? interview,
        summary.role,
        summary.round,
        summary.start ? whenInterview(summary, language) : null,
      ),
    });
    blocks.push(planList(summary, language));
  }
  const first = summaries.find((summary) => summary.planned.length > 0);
  if (first) blocks.push(...planZoneHint(first, language));
  return message(language, status.subject, blocks);
}

export function toneCheckMessage(
  findings: ReadonlyArray<{ rule: string; excerpt: string; suggestion: string }>,
  language: Lang = "en",
): RenderedMessage {
  const { tone } = catalogueOf(language);
  if (findings.length === 0) {
    return message(language, tone.calmSubject, [{ kind: "paragraph", text: tone.calm }]);
  }
  const rules: Readonly<Record<string, string>> = tone.rules;
  return message(language, tone.subject(findings.length), [
    { kind: "paragraph", text: tone.intro },
    {
      kind: "list",
      items: findings.map((finding) =>
        tone.finding(
          finding.excerpt,
          Object.hasOwn(rules, finding.rule) ? (rules[finding.rule] ?? finding.rule) : finding.rule,
          finding.suggestion,
        ),
      ),
    },
  ]);
}

export function exportMessage(
  count: number,
  attachments: readonly RenderedAttachment[],
  language: Lang = "en",
): RenderedMessage {
  const { export: words } = catalogueOf(language);
  return message(language, words.subject, [{ kind: "paragraph", text: words.text(count) }], attachments);
}

export interface DigestFacts {
  readonly open: readonly InterviewSummary[];
  /** Rounds whose interview took place in the last seven days. */
  readonly interviewedThisWeek: number;
  /** Applications with an interview already held that got any answer (heard back, offer, rejection). */
  readonly answered: number;
  /** Applications with an interview already held. */
  readonly applications: number;
  /** Median days from an interview to the answer, when any answer is known. */
  readonly medianDaysToAnswer: number | null;
}

/** Sunday's digest: what is open, what happened, and the nudge to keep applying [000, 003 §7, 004]. */
export function digestMessage(facts: DigestFacts, language: Lang = "en"): RenderedMessage {
  const { digest, interview, notKnownYet, plan } = catalogueOf(language);
  const rate = facts.applications > 0 ? Math.round((facts.answered / facts.applications) * 100) : 0;
  return message(language, digest.subject(facts.open.length), [
    { kind: "heading", text: digest.heading },
    {
      kind: "table",
      rows: [
        [digest.interviewsThisWeek, String(facts.interviewedThisWeek)],
        [
          digest.answers,
          facts.applications > 0
            ? digest.answerRate(rate, facts.answered, facts.applications)
            : digest.noneHeld,
        ],
        [
          digest.medianDays,
          facts.medianDaysToAnswer === null ? notKnownYet : String(facts.medianDaysToAnswer),
        ],
      ],
    },
    { kind: "paragraph", text: digest.openIntro },
    {
      kind: "list",
      items: facts.open.map((summary) => {
        const next = summary.planned[0];
        const name = digest.name(summary.company ?? summary.title ?? interview, summary.round);
        return next
          ? digest.next(
              name,
              plan.item(kindLabel(next.kind, language), whenPrompt(next.at, summary, language)),
            )
          : digest.waiting(name);
      }),
    },
    { kind: "paragraph", text: digest.keepApplying },
  ]);
}

/** First mail from a new address of an allowed domain: explain, and ask for a reply to confirm. */
export function welcomeMessage(language: Lang = "en"): RenderedMessage {
  const { welcome } = catalogueOf(language);
  return message(language, welcome.subject, [
    { kind: "heading", text: welcome.heading },
    { kind: "paragraph", text: welcome.what },
    { kind: "paragraph", text: welcome.confirm },
    { kind: "hint", text: welcome.expires },
  ]);
}

export function welcomeConfirmedMessage(language: Lang = "en"): RenderedMessage {
  const { welcome } = catalogueOf(language);
  return message(language, welcome.confirmedSubject, [
    { kind: "paragraph", text: welcome.confirmed },
    { kind: "hint", text: welcome.settingsHint },
  ]);
}

export function settingsMessage(
  lines: readonly string[],
  change: string | null,
  problem: string | null,
  language: Lang = "en",
): RenderedMessage {
  const { settings } = catalogueOf(language);
  const subject = problem
    ? settings.unchangedSubject
    : change
      ? settings.changedSubject(change)
      : settings.subject;
  return message(language, subject, [
    ...(problem ? ([{ kind: "paragraph", text: settings.problem(problem) }] as Block[]) : []),
    ...(change ? ([{ kind: "paragraph", text: settings.changed(change) }] as Block[]) : []),
    { kind: "list", items: lines },
    { kind: "hint", text: settings.hint },
  ]);
}

/** `target` is a company as the user wrote it, or "everything". */
function targetOf(target: string): string | null {
  return target === "everything" ? null : target;
}

export function forgetConfirmMessage(
  target: string,
  items: readonly string[],
  language: Lang = "en",
): RenderedMessage {
  const { forget } = catalogueOf(language);
  return message(language, forget.subject(targetOf(target)), [
    { kind: "paragraph", text: forget.intro(items.length) },
    { kind: "list", items },
    { kind: "paragraph", text: forget.ask },
  ]);
}

export function forgetResultMessage(
  deleted: number,
  target: string | null,
  language: Lang = "en",
): RenderedMessage {
  const { forget } = catalogueOf(language);
  if (target === null)
    return message(language, forget.nothingSubject, [{ kind: "paragraph", text: forget.nothing }]);
  return message(language, forget.deletedSubject(deleted), [
    { kind: "paragraph", text: forget.deleted(targetOf(target), deleted) },
  ]);
}

export function nothingToForgetMessage(target: string, language: Lang = "en"): RenderedMessage {
  const { forget } = catalogueOf(language);
  const written = oneLine(target, 60);
  return message(language, forget.noMatchSubject(written), [
    { kind: "paragraph", text: forget.noMatch(written) },
  ]);
}
