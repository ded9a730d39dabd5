import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  readReplyAddress,
  signDigestReplyAddress,
  signReplyAddress,
  verifyReplyAddress,
} from "../../../lambdas/domain/reply-token";

const secret = "s3cret-signing-key";
const owner = "Jordan.Lee@gmail.com";
const interviewId = "0123456789abcdef01234567";
const inbound = "followup@followup.example.com";
const signed = signReplyAddress({ secret, ownerId: owner, interviewId, inbound });

describe("signed reply addresses", () => {
  it("round-trips for the owner it was signed for, within the 64-character local part", () => {
    expect(signed).toMatch(/^followup\+[0-9a-f]{24}-[a-z2-7]{16}@followup\.example\.com$/);
    expect(signed.split("@")[0]?.length).toBeLessThanOrEqual(64);
    expect(verifyReplyAddress(signed, secret, "jordan.lee@gmail.com")).toEqual({ interviewId });
  });

  it("survives mail servers that change the case of the local part", () => {
    expect(verifyReplyAddress(signed.toUpperCase(), secret, owner)).toEqual({ interviewId });
  });

  it("rejects another sender, another secret, and a plain address", () => {
    expect(verifyReplyAddress(signed, secret, "someone@else.com")).toBeNull();
    expect(verifyReplyAddress(signed, "other-secret", owner)).toBeNull();
    expect(verifyReplyAddress(inbound, secret, owner)).toBeNull();
  });

  it("rejects any single-character change of the token", () => {
    const [local = "", domain] = signed.split("@");
    const tokenStart = local.indexOf("+") + 1;
    fc.assert(
      fc.property(
        fc.integer({ min: tokenStart, max: local.length - 1 }),
        fc.constantFrom(..."0123456789abcdefghijklmnopqrstuvwxyz-"),
        (index, char) => {
          fc.pre(local[index] !== char);
          const tampered = `${local.slice(0, index)}${char}${local.slice(index + 1)}@${domain}`;
          expect(verifyReplyAddress(tampered, secret, owner)).toBeNull();
        },
      ),
    );
  });

  it("the digest's address is the owner's own kind: never an interview, never another owner's", () => {
    const digest = signDigestReplyAddress({ secret, ownerId: owner, inbound });
    expect(digest).toMatch(/^followup\+digest-[a-z2-7]{16}@followup\.example\.com$/);
    expect(readReplyAddress(digest, secret, "jordan.lee@gmail.com")).toEqual({ kind: "digest" });
    expect(verifyReplyAddress(digest, secret, owner)).toBeNull();
    expect(readReplyAddress(digest, secret, "someone@else.com")).toEqual({ kind: "unverified" });
  });

  it.each([
    ["an interview's address after the secret was rotated", signed, "rotated", { kind: "unverified" }],
    ["the interview's address", signed, secret, { kind: "interview", interviewId }],
    ["the plain inbound address", inbound, secret, null],
    ["a plus-address that is not a token", "followup+news@followup.example.com", secret, null],
  ] as const)("%s reads as %j", (_case, address, key, expected) => {
    expect(readReplyAddress(address, key, owner)).toEqual(expected);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (address, sender) => {
        expect(verifyReplyAddress(address, secret, sender)).toBeNull();
      }),
    );
  });
});
