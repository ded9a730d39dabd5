/**
 * The invitation part of a language's lexicon (interview and meeting words, forward headers…).
 * Owned by the ingest side; an empty placeholder until it fills it in, so `Lexicon` composes.
 */
export type InviteLexicon = Record<never, never>;
