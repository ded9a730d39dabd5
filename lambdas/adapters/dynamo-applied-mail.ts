import type { AppliedMail, HeldAnswer } from "../ports";

type Answer = NonNullable<AppliedMail["answer"]>;

/** An answer as JSON: binary attachment content as base64. */
export type StoredAnswer = Omit<Answer, "attachments"> & {
  readonly attachments: ReadonlyArray<{
    readonly filename: string;
    readonly contentType: string;
    readonly text?: string;
    readonly base64?: string;
  }>;
};

/** An applied mail as JSON (its answer as StoredAnswer). */
export type StoredApplied = Omit<AppliedMail, "answer"> & { readonly answer: StoredAnswer | null };

/** A held answer as JSON (its answer as StoredAnswer). */
export type StoredHeld = Omit<HeldAnswer, "answer"> & { readonly answer: StoredAnswer };

function encodeAnswer(answer: Answer): StoredAnswer {
  return {
    ...answer,
    attachments: answer.attachments.map(({ content, ...file }) =>
      typeof content === "string"
        ? { ...file, text: content }
        : { ...file, base64: Buffer.from(content).toString("base64") },
    ),
  };
}

function decodeAnswer(stored: StoredAnswer): Answer {
  return {
    ...stored,
    attachments: stored.attachments.map(({ text, base64, ...file }) => ({
      ...file,
      content: base64 === undefined ? (text ?? "") : new Uint8Array(Buffer.from(base64, "base64")),
    })),
  };
}

export function encodeApplied(applied: AppliedMail): StoredApplied {
  return { ...applied, answer: applied.answer ? encodeAnswer(applied.answer) : null };
}

export function decodeApplied(stored: StoredApplied): AppliedMail {
  return { ...stored, answer: stored.answer ? decodeAnswer(stored.answer) : null };
}

export function encodeHeld(held: HeldAnswer): StoredHeld {
  return { ...held, answer: encodeAnswer(held.answer) };
}

export function decodeHeld(stored: StoredHeld): HeldAnswer {
  return { ...stored, answer: decodeAnswer(stored.answer) };
}
