/**
 * The dispatch table of the inbound flow: one entry per route the classifier returns, each the
 * entry point of one story. Adding a route is adding a line here and a case in classify.ts.
 */
import { catalogueOf, needsDateMessage } from "../../domain/messages";
import type { Deps } from "../deps";
import { sendAnswer } from "../steps/answer";
import type { Route, RouteName } from "./classify";
import type { InboundOutcome, OwnerMail } from "./outcome";

/** The deployment's deps, and the same with the owner's settings applied (see withOwnerPolicy). */
export interface RouteDeps {
  readonly base: Deps;
  readonly owner: Deps;
}

/** A story's outcome, with the milliseconds it spent reading the mail further (a forward's extraction). */
type StoryOutcome = InboundOutcome & { readonly readingMs?: number };

type Handlers = {
  readonly [K in RouteName]: (route: Route<K>, owned: OwnerMail, deps: RouteDeps) => Promise<StoryOutcome>;
};

/**
 * Each story is imported when its route is first taken: a forward never loads the reply, forget or
 * settings stories (nor, in a bundle, initialises them).
 */
const HANDLERS: Handlers = {
  async unreadable(_route, owned, deps) {
    const { language } = deps.owner.config.policy;
    // An owner's mail we cannot parse still gets an answer; the raw mail stays in S3.
    const sent = await sendAnswer(
      { ownerId: owned.ownerId },
      owned.storageKey.replace(/[^\w]/g, ""),
      needsDateMessage(catalogueOf(language).changes.notAnEmail, null, language),
      deps.base,
    );
    return { action: "answered", detail: "unreadable", ...sent };
  },
  async settings(route, owned, deps) {
    const { answerSettings } = await import("../account/settings");
    return answerSettings(route.command, owned, deps.base);
  },
  async "forget-confirm"(route, owned, deps) {
    const { confirmForget } = await import("../account/forget");
    return confirmForget({ ...owned, written: route.written }, deps.owner);
  },
  async "forget-request"(route, owned, deps) {
    const { requestForget } = await import("../account/forget");
    return requestForget(route.target, owned, deps.owner);
  },
  async command(route, owned, deps) {
    const { answerCommand } = await import("../account/commands");
    return answerCommand(route.understood, owned, deps.owner);
  },
  async reply(route, owned, deps) {
    const { applyReply } = await import("../reply/apply-reply");
    const { reopenForNews } = await import("../reply/news-reopens");
    const record =
      route.record && route.understood
        ? await reopenForNews(route.record, route.understood, owned, deps.owner)
        : route.record;
    return applyReply({ ...owned, ...route, record }, deps.owner);
  },
  async "digest-reply"(route, owned, deps) {
    const { answerDigestReply } = await import("../reply/digest-reply");
    return answerDigestReply({ ...owned, ...route }, deps.owner);
  },
  async forward(route, owned, deps) {
    const { applyForward, extractInvite } = await import("../forward/apply-forward");
    const extracting = performance.now();
    const extracted = extractInvite(route.mail, deps.owner);
    const readingMs = performance.now() - extracting;
    return { ...(await applyForward({ ...owned, mail: route.mail, extracted }, deps.owner)), readingMs };
  },
};

/** Runs the story a route names. */
export function dispatch<K extends RouteName>(route: Route<K>, owned: OwnerMail, deps: RouteDeps) {
  const handler: Handlers[K] = HANDLERS[route.name];
  return handler(route, owned, deps);
}
