/**
 * "forget Acme" / "forget everything". Primary course: list what would go → ask for a confirming
 * reply to an address signed for this request → on "yes", delete the interviews, their schedules
 * and every raw mail kept for them (and the two mails of the request itself), each with the mail-log
 * row that noted it.
 */
import { confirmationExpiry, confirms, isLive, YES_WORDS } from "../../domain/interview/confirmation";
import {
  catalogueOf,
  forgetConfirmMessage,
  forgetResultMessage,
  nothingToForgetMessage,
} from "../../domain/messages";
import type { InterviewRecord, OwnerProfile } from "../../ports";
import type { Deps } from "../deps";
import type { InboundOutcome, OwnerMail } from "../inbound/outcome";
import { allWrites } from "../steps/all-writes";
import { sendAnswer } from "../steps/answer";
import { applicationIdFor, companyWords, stableId } from "../steps/records";
import { deleteAllSchedules } from "../steps/sync-schedules";

/** A deletion is confirmed by a yes, or by saying what to do. */
const FORGET_WORDS = [...YES_WORDS, "confirm", "confirmed", "delete", "delete it", "do it", "ok"];

/**
 * The rounds a "forget <name>" is about: the company named, or whose name starts with those words
 * ("Kestrel" is "Kestrel Analytics"; never "Kestrelton"). The confirmation lists exactly these.
 */
function matching(records: readonly InterviewRecord[], target: string): InterviewRecord[] {
  if (target === "everything") return [...records];
  const application = applicationIdFor(target, "");
  const words = companyWords(target);
  return records.filter((record) => {
    const company = record.interview.company ? companyWords(record.interview.company) : "";
    return record.applicationId === application || (words !== "" && `${company} `.startsWith(`${words} `));
  });
}

function profileOf(ownerId: string, profile: OwnerProfile | null): OwnerProfile {
  return profile ?? { ownerId, status: "confirmed", settings: {}, expiresAt: null, revision: 0 };
}

export async function requestForget(target: string, input: OwnerMail, deps: Deps): Promise<InboundOutcome> {
  const records = matching(await deps.interviews.listByOwner(input.ownerId), target);
  if (records.length === 0) {
    const sent = await sendAnswer(
      { ownerId: input.ownerId },
      input.messageKey,
      nothingToForgetMessage(target, deps.config.policy.language),
      deps,
    );
    return { action: "answered", detail: "forget-nothing", ...sent };
  }
  const now = deps.clock.now();
  const id = stableId("forget", input.ownerId, target, input.messageKey);
  const profile = profileOf(input.ownerId, input.profile);
  await deps.interviews.saveProfile({
    ...profile,
    pendingForget: {
      id,
      target,
      expiresAt: confirmationExpiry(now),
      requestKey: input.storageKey,
      interviewIds: records.map((record) => record.interviewId),
    },
    revision: profile.revision + 1,
  });
  const { forget, interview } = catalogueOf(deps.config.policy.language);
  const items = records.map((record) =>
    forget.item(record.interview.company ?? record.interview.title ?? interview, record.round),
  );
  const sent = await sendAnswer(
    { ownerId: input.ownerId, interviewId: id },
    input.messageKey,
    forgetConfirmMessage(target, items, deps.config.policy.language),
    deps,
  );
  return { action: "answered", detail: "forget-requested", ...sent };
}

export async function confirmForget(
  /** `written`: what the user wrote above the quote. */
  input: OwnerMail & { readonly written: string },
  deps: Deps,
): Promise<InboundOutcome> {
  const pending = input.profile?.pendingForget;
  // Each step can be done again; the pending request is cleared last, so a retry finds it.
  if (
    !input.profile ||
    !pending ||
    !confirms(input.written, FORGET_WORDS) ||
    !isLive(pending, deps.clock.now())
  ) {
    const sent = await sendAnswer(
      { ownerId: input.ownerId },
      input.messageKey,
      forgetResultMessage(0, null, deps.config.policy.language),
      deps,
    );
    if (input.profile) await clearPending(input.profile, input.profile.settings, deps);
    return { action: "answered", detail: "forget-declined", ...sent };
  }
  const ids =
    pending.interviewIds ??
    matching(await deps.interviews.listByOwner(input.ownerId), pending.target).map(
      (record) => record.interviewId,
    );
  for (const interviewId of ids) {
    const record = await deps.interviews.get(input.ownerId, interviewId);
    if (!record) continue;
    await deleteAllSchedules(record, deps);
    await allWrites(record.rawMailKeys.map((key) => deleteMail(input.ownerId, key, deps)));
    await deps.interviews.delete(record.ownerId, record.interviewId);
  }
  await dropHeldAbout(input.ownerId, new Set(ids), deps);
  // Every other mail of theirs about it: duplicates, forwards still waiting for a date, drafts and
  // settings (all of them for "everything"). The two mails of this request go last.
  const last = new Set([pending.requestKey, input.storageKey]);
  const logged = (await deps.interviews.listMail(input.ownerId)).filter((key) => !last.has(key));
  for (const key of await mailsAbout(logged, pending.target, deps))
    await deleteMail(input.ownerId, key, deps);
  const sent = await sendAnswer(
    { ownerId: input.ownerId },
    input.messageKey,
    forgetResultMessage(ids.length, pending.target, deps.config.policy.language),
    deps,
  );
  await clearPending(input.profile, pending.target === "everything" ? {} : input.profile.settings, deps);
  // Last: a retry after this finds its own raw mail gone, and stops there.
  for (const key of last) {
    await deps.interviews.forgetMail(input.ownerId, key);
    await deps.rawMail.delete(key);
  }
  return { action: "answered", detail: "forget-done", ...sent };
}

/**
 * Answers a sending limit held back that could name what is forgotten: those of its rounds, and
 * those about no one round (a status, a "which one?"), which may list it. Nothing forgotten goes
 * out later.
 */
async function dropHeldAbout(ownerId: string, ids: ReadonlySet<string>, deps: Pick<Deps, "interviews">) {
  for (const held of await deps.interviews.listHeldAnswers(ownerId))
    if (!held.interviewId || ids.has(held.interviewId))
      await deps.interviews.dropHeldAnswer(ownerId, held.key);
}

/** A raw mail deleted with the row that noted it: nothing of it is left to expire later. */
async function deleteMail(ownerId: string, key: string, deps: Pick<Deps, "rawMail" | "interviews">) {
  await deps.rawMail.delete(key);
  await deps.interviews.forgetMail(ownerId, key);
}

async function clearPending(
  profile: OwnerProfile,
  settings: OwnerProfile["settings"],
  deps: Deps,
): Promise<void> {
  await deps.interviews.saveProfile({
    ...profile,
    pendingForget: null,
    settings,
    revision: profile.revision + 1,
  });
}

/** How much of a raw mail is searched for the name: headers and the start of the body. */
const SEARCHED_BYTES = 256 * 1024;

/** The mails that mention the target (a company), or every one for "everything". */
async function mailsAbout(
  keys: readonly string[],
  target: string,
  deps: Pick<Deps, "rawMail">,
): Promise<string[]> {
  if (target === "everything") return [...keys];
  const name = target.toLowerCase();
  const found: string[] = [];
  for (const key of keys) {
    const raw = await deps.rawMail.get(key);
    if (raw && new TextDecoder().decode(raw.subarray(0, SEARCHED_BYTES)).toLowerCase().includes(name))
      found.push(key);
  }
  return found;
}
