export { type Block, cap, type Draft, escapeHtml, mailtoLink, oneLine, safeUrl } from "./blocks";
export {
  cancelledMessage,
  closedMessage,
  confirmationMessage,
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
} from "./compose";
export {
  closureDraft,
  type DraftContext,
  feedbackRequestDraft,
  followUpDraft,
  greeting,
  thankYouDraft,
} from "./drafts";
