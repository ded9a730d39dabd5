export {
  type DigestFacts,
  digestMessage,
  exportMessage,
  forgetConfirmMessage,
  forgetResultMessage,
  nothingToForgetMessage,
  settingsMessage,
  statusMessage,
  toneCheckMessage,
  welcomeConfirmedMessage,
  welcomeMessage,
} from "./account";
export {
  alreadyClosedMessage,
  closedMessage,
  helpMessage,
  nextRoundMessage,
  nothingToUndoMessage,
  offerMessage,
  rejectedMessage,
  replyAckMessage,
  snoozedMessage,
  undoneMessage,
  unknownInterviewMessage,
} from "./answers";
export { type Block, cap, type Draft, escapeHtml, mailtoLink, oneLine, safeUrl } from "./blocks";
export { CATALOGUES, type Catalogue, catalogueOf } from "./catalogue";
export {
  cancelledMessage,
  confirmationMessage,
  correctedMessage,
  needsDateMessage,
  notAnInterviewMessage,
  stillNeedsDateMessage,
} from "./confirmation";
export { type ExportRow, interviewsCalendar, interviewsCsv } from "./export";
export { formatDay, formatWhen, localeOf, type RelativeDay, relativeDay, zoneLabel } from "./format-when";
export {
  closureDraft,
  type DraftContext,
  feedbackRequestDraft,
  followUpDraft,
  greeting,
  LETTERS,
  type Letters,
  thankYouDraft,
} from "./letters";
export { promptKindOfSubject, promptMessage } from "./prompts";
export {
  employerLanguage,
  type InterviewSummary,
  kindLabel,
  loggedFacts,
  type RenderedAttachment,
  type RenderedMessage,
  whenDay,
  whenInterview,
  whenPrompt,
} from "./summary";
