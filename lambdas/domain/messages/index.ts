export { type Block, cap, type Draft, escapeHtml, mailtoLink, oneLine, safeUrl } from "./blocks";
export {
  cancelledMessage,
  closedMessage,
  confirmationMessage,
  type DigestFacts,
  digestMessage,
  exportMessage,
  formatWhen,
  helpMessage,
  type InterviewSummary,
  kindLabel,
  needsDateMessage,
  notAnInterviewMessage,
  offerMessage,
  promptMessage,
  type RenderedAttachment,
  type RenderedMessage,
  rejectedMessage,
  replyAckMessage,
  statusMessage,
  toneCheckMessage,
} from "./compose";
export {
  closureDraft,
  type DraftContext,
  feedbackRequestDraft,
  followUpDraft,
  greeting,
  thankYouDraft,
} from "./drafts";
export { type ExportRow, interviewsCalendar, interviewsCsv } from "./export";
