import { describe, expect, it } from "vitest";
import { parseSettingsCommand } from "../../../lambdas/domain/settings";

describe("settings commands", () => {
  it.each([
    ["settings", { kind: "show" }],
    ["Settings?", { kind: "show" }],
    ["timezone Europe/Berlin", { kind: "change", changes: { timeZone: "Europe/Berlin" } }],
    ["tz America/Chicago", { kind: "change", changes: { timeZone: "America/Chicago" } }],
    ["country DE", { kind: "change", changes: { country: "DE", region: null } }],
    ["country de by", { kind: "change", changes: { country: "DE", region: "BY" } }],
    ["send at 8:30", { kind: "change", changes: { sendTime: "08:30" } }],
    ["send at 9am", { kind: "change", changes: { sendTime: "09:00" } }],
    ["quiet 22-7", { kind: "change", changes: { quietStart: "22:00", quietEnd: "07:00" } }],
    ["quiet hours 21:30 to 8", { kind: "change", changes: { quietStart: "21:30", quietEnd: "08:00" } }],
    ["digest off", { kind: "change", changes: { digest: null } }],
    ["digest on", { kind: "change", changes: { digest: { weekday: 7, time: "18:00" } } }],
    ["timezone Mars/Olympus", { kind: "invalid" }],
    ["send at 25:00", { kind: "invalid" }],
    ["quiet 22-99", { kind: "invalid" }],
  ])("%j", (text, expected) => {
    expect(parseSettingsCommand(text)).toMatchObject(expected);
  });

  it.each(["sent", "they said Friday", "offer", "send it tomorrow please"])(
    "%j is not a settings command",
    (text) => {
      expect(parseSettingsCommand(text)?.kind ?? null).not.toBe("change");
    },
  );
});
