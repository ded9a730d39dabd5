/** The languages the product reads and answers in. */
export const LANGS = ["en", "de", "fr", "es", "pt", "nl", "it"] as const;

export type Lang = (typeof LANGS)[number];
