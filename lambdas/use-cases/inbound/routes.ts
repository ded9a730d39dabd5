/**
 * The dispatch table of the inbound flow: one entry per route the classifier returns, each the
 * entry point of one story. Adding a route is adding a line here and a case in classify.ts.
 */
import { needsDateMessage } from "../../domain/messages";
import type { OwnerProfile } from "../../ports";
import { answerCommand } from "../account/commands";
import { confirmForget, requestForget } from "../account/forget";
import { answerSettings } from "../account/settings";
import type { Deps } from "../deps";
import { applyForward, extractInvite } from "../forward/apply-forward";
import { applyReply } from "../reply/apply-reply";
import { answerOnce } from "../steps/answer-once";
import type { Route, RouteName } from "./classify";
import type { InboundOutcome } from "./outcome";

/** Who sent a mail and how it is known, as every story receives it (the route carries the rest). */
export interface OwnerMail {
  readonly ownerId: string;
  readonly profile: OwnerProfile | null;
  readonly messageKey: string;
  readonly storageKey: string;
}

/** The deployment's deps, and the same with the owner's settings applied (see withOwnerPolicy). */
export interface InboundDeps {
  readonly base: Deps;
  readonly owner: Deps;
}

/** A story's outcome, with the milliseconds it spent reading the mail further (a forward's extraction). */
export type StoryOutcome = InboundOutcome & { readonly readingMs?: number };

type Handlers = {
  readonly [K in RouteName]: (route: Route<K>, owned: OwnerMail, deps: InboundDeps) => Promise<StoryOutcome>;
};

const HANDLERS: Handlers = {
  async unreadable(_route, owned, deps) {
    // An owner's mail we cannot parse still gets an answer; the raw mail stays in S3.
    await answerOnce(
      { ownerId: owned.ownerId },
      owned.storageKey.replace(/[^\w]/g, ""),
      needsDateMessage("the message could not be read as an email; forward the invitation again", null),
      deps.base,
    );
    return { action: "answered", detail: "unreadable" };
  },
  settings: (route, owned, deps) => answerSettings(route.command, owned, deps.base),
  "forget-confirm": (route, owned, deps) => confirmForget({ ...owned, written: route.written }, deps.owner),
  "forget-request": (route, owned, deps) => requestForget(route.target, owned, deps.owner),
  command: (route, owned, deps) => answerCommand(route.understood, owned, deps.owner),
  reply: (route, owned, deps) => applyReply({ ...owned, ...route }, deps.owner),
  async forward(route, owned, deps) {
    const extracting = performance.now();
    const extracted = extractInvite(route.mail, deps.owner);
    const readingMs = performance.now() - extracting;
    return { ...(await applyForward({ ...owned, mail: route.mail, extracted }, deps.owner)), readingMs };
  },
};

/** Runs the story a route names. */
export function dispatch<K extends RouteName>(route: Route<K>, owned: OwnerMail, deps: InboundDeps) {
  const handler: Handlers[K] = HANDLERS[route.name];
  return handler(route, owned, deps);
}
