/**
 * A reply nothing could be read from: nothing changes, and the answer offers the likeliest
 * commands. When the reply is written in a language the user has not set, it says instead which
 * languages their replies are read in, and how to add theirs (issue 20 part 3).
 */
import type { Lang } from "../../domain/language/lang";
import { catalogueOf, helpMessage, oneLine, type RenderedMessage } from "../../domain/messages";
import { languageName, listOf } from "../../domain/messages/catalogue/intl";
import { message } from "../../domain/messages/summary";
import type { UnderstoodReply } from "../../domain/replies";
import { replyLanguages } from "../steps/language";

export function notUnderstoodMessage(
  written: string,
  understood: Pick<UnderstoodReply, "language" | "suggestions">,
  language: Lang,
): RenderedMessage {
  const read = replyLanguages(language);
  const foreign = understood.language && !read.includes(understood.language) ? understood.language : null;
  if (!foreign || !written.trim()) return helpMessage(written, understood.suggestions ?? [], language);
  const { help, replyCommands, settings } = catalogueOf(language);
  const name = languageName(foreign, language);
  const names = read.map((each) => languageName(each, language));
  return message(language, help.notUnderstoodSubject, [
    { kind: "paragraph", text: help.notUnderstood(oneLine(written, 120), null) },
    {
      kind: "paragraph",
      text: help.languages(
        name,
        listOf(language, names, "conjunction"),
        `${settings.languageKeyword} ${name}`,
      ),
    },
    { kind: "paragraph", text: help.intro },
    { kind: "list", items: replyCommands },
  ]);
}
