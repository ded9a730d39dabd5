import { expect } from "vitest";
import type { PeopleCase } from "../unit/ingest/people-families.cases";
import { readGmailForward } from "./gmail-forward";

/** As the held-out scorer compares names: case, accents kept, punctuation and spacing ignored. */
const bare = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

/** A whole forward's people: everyone in `meet` read, no one in `not`. */
export async function readsPeopleAsWanted(item: PeopleCase): Promise<void> {
  // Act
  const result = await readGmailForward(item.from, item.subject, item.body);
  // Assess
  const read = result.interview.interviewers.map((person) => bare(person.name ?? person.email ?? ""));
  for (const name of item.meet)
    expect(
      read.some((one) => one.includes(bare(name))),
      name,
    ).toBe(true);
  for (const name of item.not)
    expect(
      read.some((one) => one.includes(bare(name)) || bare(name).includes(one)),
      name,
    ).toBe(false);
}
