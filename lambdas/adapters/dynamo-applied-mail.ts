import type { AppliedMail } from "../ports";

/** An applied mail as JSON: binary attachment content as base64. */
export type StoredApplied = Omit<AppliedMail, "answer"> & {
  readonly answer:
    | (Omit<NonNullable<AppliedMail["answer"]>, "attachments"> & {
        readonly attachments: ReadonlyArray<{
          readonly filename: string;
          readonly contentType: string;
          readonly text?: string;
          readonly base64?: string;
        }>;
      })
    | null;
};

export function encodeApplied(applied: AppliedMail): StoredApplied {
  const { answer } = applied;
  if (!answer) return { ...applied, answer: null };
  return {
    ...applied,
    answer: {
      ...answer,
      attachments: answer.attachments.map(({ content, ...file }) =>
        typeof content === "string"
          ? { ...file, text: content }
          : { ...file, base64: Buffer.from(content).toString("base64") },
      ),
    },
  };
}

export function decodeApplied(stored: StoredApplied): AppliedMail {
  const { answer } = stored;
  if (!answer) return { ...stored, answer: null };
  return {
    ...stored,
    answer: {
      ...answer,
      attachments: answer.attachments.map(({ text, base64, ...file }) => ({
        ...file,
        content: base64 === undefined ? (text ?? "") : new Uint8Array(Buffer.from(base64, "base64")),
      })),
    },
  };
}
