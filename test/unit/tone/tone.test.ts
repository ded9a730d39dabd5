import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTone } from "../../../lambdas/domain/tone";

const ROOT = join(import.meta.dirname, "../../..");

function followupTone(
  args: string[],
  stdin: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      "node",
      [join(ROOT, "bin/followup.js"), "tone", ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe("tone check", () => {
  it.each([
    ["I've been waiting to hear back about the role.", "pressing"],
    ["I still haven't heard anything.", "pressing"],
    ["You told me I would hear by Friday.", "accusatory"],
    ["As I said in my last email, I am interested.", "accusatory"],
    ["Why haven't you replied?", "accusatory"],
    ["Please reply ASAP.", "urgency"],
    ["This is urgent.", "urgency"],
    ["Let me know immediately.", "urgency"],
    ["I really need this job.", "desperation"],
    ["Please please consider me.", "desperation"],
    ["I AM VERY INTERESTED in this.", "shouting"],
    ["Thanks for your time!!", "exclamations"],
    ["Any news?!?!", "exclamations"],
    ["I need an answer by end of day.", "demanding"],
    ["I need an answer by end of day.", "urgency"],
    ["I expect a decision by Friday.", "demanding"],
    ["I'm checking in for the third time about my application.", "demanding"],
    ["Following up yet again on my interview.", "demanding"],
    ["I must know your decision this week.", "demanding"],
    ["You need to let me know by Monday.", "demanding"],
    ["Please respond by tomorrow.", "demanding"],
    ["Give me an answer by Friday or I'll accept another offer.", "demanding"],
    ["I would appreciate an answer by EOD.", "urgency"],
  ])("%j is flagged as %s", (draft, rule) => {
    expect(checkTone(draft).map((finding) => finding.rule)).toContain(rule);
  });

  it.each([
    "Thank you for your time! I enjoyed learning about the AWS and SQL work.",
    "Is the timeline we discussed still on track?",
    "I remain very interested in the role at IBM.",
    "Hi Priya and Tom,\n\nThank you for the conversation today.",
    "I wanted to check in about the timeline we discussed.",
    "I am checking in once more about the Senior Engineer role.",
    "If there is any update on the timeline, I would appreciate hearing it.",
    "I have another offer to answer by Friday; is there any update on your timeline?",
    "I expect to be available all week for a follow-up conversation.",
  ])("%j reads calm", (draft) => {
    expect(checkTone(draft)).toEqual([]);
  });

  it("suggests a calm phrasing for every finding", () => {
    for (const finding of checkTone("You promised!! I need an answer ASAP, I've been waiting.")) {
      expect(finding.suggestion.length).toBeGreaterThan(10);
    }
  });

  it("CLI: reads stdin, prints JSON, exits 1 when something is flagged", async () => {
    const result = await followupTone(["-", "--json"], "Please answer ASAP");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      findings: [{ rule: "urgency", excerpt: "ASAP" }],
    });
  });

  it("CLI: --lang checks a draft in that language, and names the languages when it is not one", async () => {
    const german = await followupTone(["-", "--json", "--lang", "de"], "Bitte antworten Sie umgehend.");
    expect(german.code).toBe(1);
    expect(JSON.parse(german.stdout)).toMatchObject({ findings: [{ rule: "urgency", excerpt: "umgehend" }] });
    const unknown = await followupTone(["-", "--lang", "xx"], "Hallo");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("en, de, fr, es, pt, nl, it");
  });
});
