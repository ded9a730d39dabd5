/**
 * A forwarded thread as real clients write it, in the seven languages: the newest message on top,
 * the earlier ones quoted below it, Gmail style ("On … wrote:" over "> " lines) or Outlook style
 * (a header block per earlier message, "-----Original Message-----" or a rule), optionally sent as
 * windows-1252 quoted-printable the way Outlook does.
 */
import { DateTime } from "luxon";
import { expect } from "vitest";
import { ingest } from "../../lambdas/domain/ingest";
import type { Lang } from "../../lambdas/domain/language/lang";

export interface ThreadMessage {
  readonly from: string;
  /** "2027-04-09T16:20" in the thread's zone. */
  readonly at: string;
  readonly body: string;
}

export interface Thread {
  readonly lang: Lang;
  readonly zone: string;
  /** Newest first. */
  readonly messages: readonly ThreadMessage[];
  readonly style: "gmail" | "outlook" | "original";
  readonly subject?: string;
  /** The user's own note above the forward. */
  readonly note?: string;
  readonly qp1252?: boolean;
}

const USER = "Jordan Lee <jordan.lee@gmail.com>";

const WORDS: Record<
  Lang,
  {
    forwarded: string;
    original: string;
    from: string;
    sent: string;
    to: string;
    subject: string;
    wrote: (when: DateTime, who: string) => string;
    locale: string;
  }
> = {
  en: {
    forwarded: "Forwarded message",
    original: "Original Message",
    from: "From",
    sent: "Sent",
    to: "To",
    subject: "Subject",
    wrote: (when, who) => `On ${when.toFormat("ccc, LLL d, yyyy 'at' h:mm a")} ${who} wrote:`,
    locale: "en",
  },
  de: {
    forwarded: "Weitergeleitete Nachricht",
    original: "Ursprüngliche Nachricht",
    from: "Von",
    sent: "Gesendet",
    to: "An",
    subject: "Betreff",
    wrote: (when, who) => `Am ${when.toFormat("ccc., d. LLL yyyy 'um' HH:mm 'Uhr'")} schrieb ${who}:`,
    locale: "de",
  },
  fr: {
    forwarded: "Message transféré",
    original: "Message d'origine",
    from: "De",
    sent: "Envoyé",
    to: "À",
    subject: "Objet",
    wrote: (when, who) => `Le ${when.toFormat("ccc d LLL yyyy 'à' HH:mm")}, ${who} a écrit :`,
    locale: "fr",
  },
  es: {
    forwarded: "Mensaje reenviado",
    original: "Mensaje original",
    from: "De",
    sent: "Enviado el",
    to: "Para",
    subject: "Asunto",
    wrote: (when, who) => `El ${when.toFormat("ccc, d LLL yyyy 'a las' H:mm")}, ${who} escribió:`,
    locale: "es",
  },
  pt: {
    forwarded: "Mensagem encaminhada",
    original: "Mensagem original",
    from: "De",
    sent: "Enviado",
    to: "Para",
    subject: "Assunto",
    wrote: (when, who) => `Em ${when.toFormat("ccc., d 'de' LLL 'de' yyyy 'às' HH:mm")}, ${who} escreveu:`,
    locale: "pt",
  },
  nl: {
    forwarded: "Doorgestuurd bericht",
    original: "Oorspronkelijk bericht",
    from: "Van",
    sent: "Verzonden",
    to: "Aan",
    subject: "Onderwerp",
    wrote: (when, who) => `Op ${when.toFormat("ccc d LLL yyyy 'om' HH:mm")} schreef ${who}:`,
    locale: "nl",
  },
  it: {
    forwarded: "Messaggio inoltrato",
    original: "Messaggio originale",
    from: "Da",
    sent: "Inviato",
    to: "A",
    subject: "Oggetto",
    wrote: (when, who) => `Il giorno ${when.toFormat("ccc d LLL yyyy 'alle ore' HH:mm")} ${who} ha scritto:`,
    locale: "it",
  },
};

function sentLine(when: DateTime, locale: string): string {
  return when.setLocale(locale).toFormat("cccc d LLLL yyyy HH:mm");
}

function quote(text: string, depth: number): string {
  const marks = "> ".repeat(depth);
  return text
    .split("\n")
    .map((line) => (line ? `${marks}${line}` : marks.trimEnd()))
    .join("\n");
}

/** The forwarded part: newest message, then the earlier ones as the style quotes them. */
function threadText(thread: Thread): string {
  const words = WORDS[thread.lang];
  const subject = thread.subject ?? "Interview";
  const [newest, ...earlier] = thread.messages;
  if (!newest) return "";
  const at = (message: ThreadMessage) => DateTime.fromISO(message.at, { zone: thread.zone });
  const lines: string[] = [];
  if (thread.style === "gmail") {
    lines.push(`---------- ${words.forwarded} ---------`);
    lines.push(`${words.from}: ${newest.from}`, `Date: ${sentLine(at(newest), words.locale)}`);
    lines.push(`${words.subject}: Re: ${subject}`, `${words.to}: ${USER}`, "", newest.body, "");
    // Gmail quotes the first earlier message once, each older one once more, its "wrote" line too.
    earlier.forEach((message, index) => {
      lines.push(quote(words.wrote(at(message).setLocale(words.locale), message.from), index), "");
      lines.push(quote(`${message.body}\n`, index + 1));
    });
    return lines.join("\n");
  }
  const block = (message: ThreadMessage, reply: boolean) => [
    `${words.from}: ${message.from}`,
    `${words.sent}: ${sentLine(at(message), words.locale)}`,
    `${words.to}: ${USER}`,
    `${words.subject}: ${reply ? "RE: " : ""}${subject}`,
    "",
    message.body,
    "",
  ];
  lines.push("________________________________", ...block(newest, true));
  earlier.forEach((message, index) => {
    lines.push(
      thread.style === "original" ? `-----${words.original}-----` : "________________________________",
      ...block(message, index < earlier.length - 1),
    );
  });
  return lines.join("\n");
}

/** windows-1252 quoted-printable, soft-wrapped at 76 columns, as Outlook sends it. */
function quotedPrintable1252(text: string): string {
  const encodeChar = (char: string): string => {
    const code = char.codePointAt(0) ?? 0;
    const map: Record<string, number> = { "€": 0x80, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
    const byte = map[char] ?? (code < 256 ? code : 0x3f);
    if (byte === 0x3d || byte > 126) return `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    return char;
  };
  return text
    .split("\n")
    .map((line) => {
      const encoded = [...line].map(encodeChar).join("");
      const out: string[] = [];
      let rest = encoded;
      while (rest.length > 75) {
        let cut = 75;
        const escaped = rest.lastIndexOf("=", cut);
        if (escaped > cut - 3) cut = escaped;
        out.push(`${rest.slice(0, cut)}=`);
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join("\r\n");
    })
    .join("\r\n");
}

/** The whole mail the user forwards, with their own note above the thread. */
export function threadMail(thread: Thread): string {
  const [newest] = thread.messages;
  const forwardedAt = DateTime.fromISO(newest?.at ?? "2027-04-12T10:00", { zone: thread.zone }).plus({
    minutes: 40,
  });
  const body = `${thread.note ?? ""}\n\n${threadText(thread)}`;
  return [
    `From: ${USER}`,
    "To: f@followup.example.com",
    `Subject: Fwd: RE: ${thread.subject ?? "Interview"}`,
    `Date: ${forwardedAt.toRFC2822()}`,
    "MIME-Version: 1.0",
    thread.qp1252
      ? "Content-Type: text/plain; charset=windows-1252"
      : "Content-Type: text/plain; charset=utf-8",
    thread.qp1252 ? "Content-Transfer-Encoding: quoted-printable" : "Content-Transfer-Encoding: 8bit",
    "",
    thread.qp1252 ? quotedPrintable1252(body) : body,
    "",
  ].join(thread.qp1252 ? "\r\n" : "\n");
}

/** Ingest of the thread forwarded by the user, 40 minutes after its newest message. */
export function readThread(thread: Thread) {
  const [newest] = thread.messages;
  return ingest(threadMail(thread), {
    now: DateTime.fromISO(newest?.at ?? "2027-04-12T10:00", { zone: thread.zone }).plus({ minutes: 40 }),
    ownerAddresses: ["jordan.lee@gmail.com"],
    defaultZone: thread.zone,
  });
}

/** The slot the thread settles on ("YYYY-MM-DDTHH:mm"), or null when it must stay open (needs-date). */
export async function expectSettled(thread: Thread, start: string | null): Promise<void> {
  const result = await readThread(thread);
  if (start === null) expect(result.status).toBe("needs-date");
  else expect([result.status, result.interview.start?.slice(0, 16)]).toEqual(["ok", start]);
}
