/** Words of job titles, shared by the company, role and people readers. */

import { isAscii } from "../language/phrases";

export const ROLE_WORD_LIST =
  "engineer|engineering manager|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|associate|intern|internship|administrator|coordinator|officer|head of|product|marketing|sales|writer|editor|strategist|researcher|recruiter|accountant|nurse|teacher|technician|assistant|executive|representative|sre|devops|qa|programmer|counsel|attorney|paralegal|advisor|adviser|planner|buyer|controller|economist|statistician|pharmacist|physician|therapist|physiotherapist|operator|agent|principal|vp|vice president|chief|fellow|apprentice|graduate|trainee|owner|partner|supervisor|foreman|clerk|cashier|driver|mechanic|electrician|plumber|carpenter|welder|chef|cook|barista|bartender|receptionist|secretary|auditor|bookkeeper|teller|underwriter|actuary|dentist|hygienist|surgeon|veterinarian|paramedic|caregiver|librarian|lecturer|professor|tutor|instructor|trainer|translator|interpreter|journalist|reporter|photographer|animator|illustrator|copywriter|dispatcher|estimator|inspector|surveyor|chemist|biologist|lawyer|solicitor|clinician|midwife|optometrist|radiographer|technologist|machinist|installer|generalist|steward|concierge|housekeeper|custodian|banker|trader|broker|producer|curator|counselor|counsellor|ux|ui|sdet|dba|sysadmin|adjuster|examiner|assessor|investigator|tester|negotiator|merchandiser|baker|waiter|waitress|sommelier|courier";
export const ROLE_WORDS = new RegExp(`\\b(?:${ROLE_WORD_LIST})s?\\b`, "i");

/** What letters() drops: a module constant, as the bundle rebuilds a `\p{…}` literal on each call. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]|\p{M}/gu;

/** NOT_LETTER_OR_DIGIT for lower-case ASCII text, which has no accents to take apart. */
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]/g;

/** Letters and digits only, lower case, without accents: how names are compared ("Vértice" is vertice.com.br). */
export const letters = (text: string) =>
  isAscii(text)
    ? text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, "")
    : text.normalize("NFD").toLowerCase().replace(NOT_LETTER_OR_DIGIT, "");

/**
 * A marker of who may apply ("(m/w/d)", "(h/f)", "(M/F)", "(f/m/x)", "m/v/x", "(all genders)"),
 * at the end of a title or before a separator: it goes. Inside a title ("Frontend-Entwickler
 * (m/w/d) React") the title is written around it and it stays.
 */
export const GENDER_MARKER_AT_END =
  /\s*(?:\((?:[mfwdxhv](?:\s*\/\s*[mfwdxhv*]){1,3}|all genders?)\)|(?<![\p{L}/])[mfwdxhv](?:\/[mfwdxhv*]){1,3}(?![\p{L}/]))(?=\s*(?:$|[-–—|,:;(\n]))/giu;
