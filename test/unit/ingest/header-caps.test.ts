/**
 * Every header block is capped before postal-mime decodes it (its encoded-word decoding grows
 * faster than the header): the work is bounded by what is left to decode, counted here, not timed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import PostalMime from "postal-mime";
import { afterEach, describe, expect, it, vi } from "vitest";
import { capHeaders, HEADER_CAPS } from "../../../lambdas/domain/ingest/header-caps";
import { readMail } from "../../../lambdas/domain/ingest/mail";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");
const BAD_WORD = "=?UTF-8?B?////?= ";
const MEGABYTE_OF_WORDS = BAD_WORD.repeat(Math.ceil(1_000_000 / BAD_WORD.length));
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const encodedWords = (value: string) => value.split("=?").length - 1;

/** The header blocks of a capped message: the top one and each part's after a boundary line. */
function headerBlocks(message: string): string[] {
  const [top = "", ...rest] = message.split(/\r?\n\r?\n/);
  const parts = rest.flatMap((chunk) => chunk.split(/(?:^|\r?\n)--[^\r\n]*\r?\n/).slice(1, 2));
  return [top, ...parts];
}

/** A block's fields, folded lines unfolded into their field. */
const fieldsOf = (block: string) => block.split(/\r?\n(?![ \t])/);

const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ["a Subject of 1 MB of encoded words", `From: a@b.c\r\nSubject: ${MEGABYTE_OF_WORDS}\r\n\r\nbody\r\n`],
  [
    "the same Subject folded over 55,000 lines",
    `From: a@b.c\r\nSubject: ${MEGABYTE_OF_WORDS.replaceAll(" ", "\r\n ")}\r\n\r\nbody\r\n`,
  ],
  [
    "600 Subject fields of 100 words each",
    `From: a@b.c\r\n${`Subject: ${BAD_WORD.repeat(100)}\r\n`.repeat(600)}\r\nbody\r\n`,
  ],
  [
    "a part's filename of 1 MB of encoded words",
    `From: a@b.c\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain; name="${MEGABYTE_OF_WORDS}"\r\n\r\nhi\r\n--XX--\r\n`,
  ],
  [
    "200 parts with 400 words in each filename",
    `From: a@b.c\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n${`--XX\r\nContent-Type: text/plain; name="${BAD_WORD.repeat(400)}"\r\n\r\nhi\r\n`.repeat(200)}--XX--\r\n`,
  ],
];

afterEach(() => vi.restoreAllMocks());

describe("header caps", () => {
  it.each(HOSTILE)("bound what is left to decode in %s", (_, message) => {
    const capped = text(capHeaders(bytes(message)).bytes);

    const blocks = headerBlocks(capped);
    expect(encodedWords(blocks.join(""))).toBeLessThanOrEqual(HEADER_CAPS.maxEncodedWords);
    for (const block of blocks) {
      expect(block.length).toBeLessThanOrEqual(HEADER_CAPS.maxBlockBytes);
      for (const field of fieldsOf(block))
        expect(field.length).toBeLessThanOrEqual(HEADER_CAPS.maxFieldBytes);
    }
  });

  it("hands postal-mime the capped message and still reads what the sender meant to say", async () => {
    const parse = vi.spyOn(PostalMime, "parse");

    const mail = await readMail(
      `From: Jordan <jordan@example.com>\r\nSubject: =?UTF-8?Q?Interview_?= ${MEGABYTE_OF_WORDS}\r\n\r\nSee you Friday.\r\n`,
    );

    const given = text(parse.mock.calls[0]?.[0] as Uint8Array);
    expect(given.length).toBeLessThan(HEADER_CAPS.maxFieldBytes + 100);
    expect(encodedWords(given)).toBeLessThanOrEqual(HEADER_CAPS.maxEncodedWords);
    expect(mail.subject).toMatch(/^Interview /);
    expect(mail.from?.address).toBe("jordan@example.com");
    expect(mail.text).toContain("See you Friday.");
  });

  it("leaves every message of the corpus byte for byte as it was", () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".eml"));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) {
      const raw = new Uint8Array(readFileSync(join(FIXTURES, name)));
      expect({ name, capped: capHeaders(raw).fieldsCapped }).toEqual({ name, capped: 0 });
    }
  });

  it("passes any message within the caps through unchanged, and caps any field over them", () => {
    const field = fc
      .tuple(
        fc.constantFrom("Subject", "To", "X-Note", "Content-Type"),
        fc.array(fc.constantFrom("plain ", BAD_WORD, "=?ISO-8859-1?Q?caf=E9?= ", "\r\n "), {
          maxLength: 3000,
          size: "max",
        }),
      )
      .map(([name, pieces]) => `${name}: x${pieces.join("")}\r\n`);
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), (fields) => {
        const message = `${fields.join("")}\r\nbody =?not a header?=\r\n`;
        const within =
          fields.every((one) => one.length <= HEADER_CAPS.maxFieldBytes) &&
          fields.join("").length <= HEADER_CAPS.maxBlockBytes &&
          encodedWords(fields.join("")) <= HEADER_CAPS.maxEncodedWords;
        const input = bytes(message);
        const result = capHeaders(input);

        if (within) expect(result.bytes).toBe(input);
        else expect(result.fieldsCapped).toBeGreaterThan(0);
        const [block = ""] = headerBlocks(text(result.bytes));
        expect(encodedWords(block)).toBeLessThanOrEqual(HEADER_CAPS.maxEncodedWords);
        for (const one of fieldsOf(block)) expect(one.length).toBeLessThanOrEqual(HEADER_CAPS.maxFieldBytes);
        expect(text(result.bytes).endsWith("\r\n\r\nbody =?not a header?=\r\n")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
