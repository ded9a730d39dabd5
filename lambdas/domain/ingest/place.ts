/** Where and how to join: the meeting link (unwrapped from safe-link redirects) and the location line. */

/** The alternatives of MEETING_URL, one per line. */
const MEETING_URL_ALTERNATIVES: readonly string[] = [
  "https:\\/\\/(?:[\\w-]+\\.)*(?:zoom\\.us|zoomgov\\.com)\\/(?:j|my|w|s)\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/meet\\.google\\.com\\/[a-z0-9-]+(?:\\?[^\\s<>\"')\\]]*)?",
  "https:\\/\\/teams\\.microsoft\\.com\\/l\\/meetup-join\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/teams\\.live\\.com\\/meet\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/[\\w-]+\\.webex\\.com\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/(?:[\\w-]+\\.)?whereby\\.com\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/(?:app\\.)?chime\\.aws\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/[\\w-]+\\.(?:bluejeans\\.com|gotomeeting\\.com|goto\\.com)\\/[^\\s<>\"')\\]]+",
  "https:\\/\\/[\\w.-]+\\/[^\\s<>\"')\\]]*(?:meeting|join)[^\\s<>\"')\\]]*",
];

const MEETING_URL = new RegExp(String.raw`${MEETING_URL_ALTERNATIVES.join("|")}`, "i");

/** Outlook Safe Links and Google redirects wrap the real address: unwrap them. */
function unwrapRedirects(text: string): string {
  return text.replace(
    /https:\/\/(?:[\w-]+\.safelinks\.protection\.outlook\.com\/\?url=|www\.google\.com\/url\?(?:[^\s<>"]*?&)?q=)([^&\s<>"]+)[^\s<>"]*/gi,
    (_match, encoded: string) => {
      try {
        return decodeURIComponent(encoded);
      } catch {
        return encoded;
      }
    },
  );
}

export function findMeetingUrl(texts: readonly (string | null)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const url = MEETING_URL.exec(
      text.includes("safelinks") || text.includes("google.com/url") ? unwrapRedirects(text) : text,
    )?.[0];
    if (url) return url.replace(/[.,;>]+$/, "");
  }
  return null;
}

export function findLocation(text: string): string | null {
  const line = /^\s*(?:Location|Where|Address|Venue|Place)\s*:\s*(.{3,200})$/im
    .exec(text)?.[1]
    // The sentence after the address is advice, not the place: "… WA 98104. Please check in …".
    ?.replace(/\.\s+[A-Z][a-z].*$/, "")
    .trim();
  return line && !/^https?:\/\//i.test(line) ? line : null;
}
