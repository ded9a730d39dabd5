/**
 * People named in prose get their part from the words of their clause (./people-roles.cases,
 * written before the role reader, ./people-roles-more.cases and ./people-roles-third.cases,
 * written after it): who joins,
 * sits in or comes beside someone met is met, the writer too when they join "us" or sign as a
 * manager arranging to meet; who cannot come, answers questions or only arranges is not.
 */
import { describe, it } from "vitest";
import { readsPeopleAsWanted } from "../../support/people-reads";
import type { PeopleCase } from "./people-families.cases";
import { ROLE_CASES } from "./people-roles.cases";
import { MORE_ROLE_CASES } from "./people-roles-more.cases";
import { THIRD_ROLE_CASES } from "./people-roles-third.cases";

const named = (items: readonly PeopleCase[]) =>
  items.map(
    (item) => [`${item.lang} ${item.subject}: ${item.body.split("\n")[2]?.slice(0, 70)}`, item] as const,
  );

describe("the part a named person plays, in seven languages", () => {
  it.each(named([...ROLE_CASES, ...MORE_ROLE_CASES, ...THIRD_ROLE_CASES]))("%s", (_name, item) =>
    readsPeopleAsWanted(item),
  );
});
