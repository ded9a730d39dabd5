export { looksAutomatic } from "./auto-reply";
export { type Correction, readCorrection, readInterviewDate } from "./corrections";
export { futureDay, newsDay, pastDay, readInstant, snoozeUntil } from "./dates";
export { stripReply, writtenPart } from "./strip";
export type { ReplyIntent, UnderstandOptions, UnderstoodReply } from "./types";
export { understandReply } from "./understand";
