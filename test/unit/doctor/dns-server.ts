import { createSocket } from "node:dgram";
import type { AddressInfo } from "node:net";

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP), answering MX, CNAME and TXT from a table,
 * so doctor's lookups go through node's real resolver (c-ares) and the real wire format. A name
 * absent from the table is NXDOMAIN; a name present without the asked type answers no data; a
 * CNAME is returned (and followed once) for other types, as a real server does.
 */
export type DnsRecord =
  | { readonly type: "MX"; readonly priority: number; readonly exchange: string }
  | { readonly type: "CNAME"; readonly target: string }
  | { readonly type: "TXT"; readonly text: string }
  /** The server fails for this name (RCODE 2), like a broken authoritative server. */
  | { readonly type: "SERVFAIL" };

export type DnsTable = Readonly<Record<string, readonly DnsRecord[]>>;

export interface DnsServer {
  /** "127.0.0.1:<port>", for Resolver.setServers. */
  readonly address: string;
  /** Replaces the answers. */
  setTable(table: DnsTable): void;
  /** Every question asked, as "TYPE name". */
  readonly questions: string[];
  close(): Promise<void>;
}

const TYPE_CODES = { CNAME: 5, MX: 15, TXT: 16 } as const;
const TYPE_NAMES = new Map<number, string>(Object.entries(TYPE_CODES).map(([name, code]) => [code, name]));
const RCODE = { noError: 0, serverFailure: 2, nameError: 3 } as const;

function encodeName(name: string): Buffer {
  const labels = name.replace(/\.$/, "").split(".").filter(Boolean);
  return Buffer.concat([
    ...labels.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, "ascii")])),
    Buffer.from([0]),
  ]);
}

function readQuestion(message: Buffer): { name: string; type: number; end: number } {
  const labels: string[] = [];
  let offset = 12;
  for (let length = message.readUInt8(offset); length > 0; length = message.readUInt8(offset)) {
    labels.push(message.toString("ascii", offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  return { name: labels.join("."), type: message.readUInt16BE(offset + 1), end: offset + 5 };
}

function resourceRecord(owner: string, record: Exclude<DnsRecord, { type: "SERVFAIL" }>): Buffer {
  let data: Buffer;
  if (record.type === "MX") {
    const preference = Buffer.alloc(2);
    preference.writeUInt16BE(record.priority);
    data = Buffer.concat([preference, encodeName(record.exchange)]);
  } else if (record.type === "CNAME") {
    data = encodeName(record.target);
  } else {
    const text = Buffer.from(record.text, "utf8");
    data = Buffer.concat([Buffer.from([text.length]), text]);
  }
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(TYPE_CODES[record.type], 0);
  fixed.writeUInt16BE(1, 2); // class IN
  fixed.writeUInt32BE(60, 4); // TTL
  fixed.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(owner), fixed, data]);
}

function answer(query: Buffer, table: DnsTable): { response: Buffer; question: string } {
  const { name, type, end } = readQuestion(query);
  const key = name.toLowerCase();
  const entries = table[key];
  const answers: Buffer[] = [];
  let rcode: number = RCODE.noError;
  if (entries === undefined) {
    rcode = RCODE.nameError;
  } else if (entries.some((entry) => entry.type === "SERVFAIL")) {
    rcode = RCODE.serverFailure;
  } else {
    const wanted = TYPE_NAMES.get(type);
    const own = entries.filter((entry) => entry.type === wanted);
    const alias = entries.find((entry) => entry.type === "CNAME");
    if (own.length > 0) {
      for (const entry of own)
        answers.push(resourceRecord(key, entry as Exclude<DnsRecord, { type: "SERVFAIL" }>));
    } else if (alias?.type === "CNAME") {
      answers.push(resourceRecord(key, alias));
      for (const entry of table[alias.target.toLowerCase()] ?? []) {
        if (entry.type !== "SERVFAIL" && entry.type === wanted)
          answers.push(resourceRecord(alias.target, entry));
      }
    }
  }
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0); // id
  const recursionDesired = query.readUInt16BE(2) & 0x0100;
  header.writeUInt16BE(0x8000 | 0x0400 | recursionDesired | 0x0080 | rcode, 2); // QR, AA, RD, RA, RCODE
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  return {
    response: Buffer.concat([header, query.subarray(12, end), ...answers]),
    question: `${TYPE_NAMES.get(type) ?? type} ${key}`,
  };
}

export async function startDnsServer(initial: DnsTable = {}): Promise<DnsServer> {
  const socket = createSocket("udp4");
  let table = initial;
  const questions: string[] = [];
  socket.on("message", (query, peer) => {
    const { response, question } = answer(query, table);
    questions.push(question);
    socket.send(response, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const { port } = socket.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    setTable: (next) => {
      table = next;
    },
    questions,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
