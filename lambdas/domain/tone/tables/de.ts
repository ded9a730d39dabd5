/** Deutsch: was drängt, fordert, vorwirft, hetzt oder fleht — mit ruhigeren Worten. */
import type { ToneTable } from "../table";

export const DE_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "ich warte immer noch",
        "ich warte noch immer",
        "ich warte seit",
        "warte schon seit",
        "immer noch keine Antwort",
        "noch immer keine Antwort",
        "immer noch nichts gehört",
        "noch immer nichts gehört",
        "habe noch nichts von Ihnen gehört",
        "wie in meiner letzten E-Mail",
        "wie in meiner letzten Mail",
        "wie bereits in meiner letzten",
        "es ist schon eine Woche",
        "es sind schon zwei Wochen",
        "seit Wochen",
        /ich (?:hake|frage) (?:schon wieder|erneut) nach/,
      ],
      suggestion: "Frag stattdessen: „Gilt der besprochene Zeitplan noch?“",
    },
    {
      rule: "demanding",
      phrases: [
        /ich (?:erwarte|brauche|verlange|benötige) (?:eine|Ihre|die|eine endgültige) (?:Antwort|Entscheidung|Rückmeldung|Zusage)/,
        "ich muss wissen",
        "ich muss es wissen",
        /Sie (?:müssen|sollten) (?:mir )?(?:antworten|Bescheid geben|sich melden|entscheiden)/,
        "ich bestehe auf",
        "zum wiederholten Mal",
        "zum dritten Mal",
        "zum vierten Mal",
        "schon wieder",
        "andernfalls",
        /sonst (?:nehme|akzeptiere|ziehe) ich/,
      ],
      suggestion:
        "Frag, statt zu fordern: „Können Sie mir sagen, wann Sie mit einer Entscheidung rechnen?“ Hast du wirklich eine Frist, nenn sie einmal und freundlich: „Ich muss bis Freitag auf ein anderes Angebot antworten; gibt es schon etwas Neues zu Ihrem Zeitplan?“",
    },
    {
      rule: "accusatory",
      phrases: [
        "Sie haben mir gesagt",
        "Sie hatten mir gesagt",
        /Sie (?:haben|hatten) (?:mir |uns )?(?:versprochen|zugesagt)/,
        "wie ich bereits sagte",
        "wie bereits gesagt",
        "wie bereits erwähnt",
        /warum (?:haben Sie|melden Sie sich) (?:sich )?nicht/,
        /Sie haben (?:sich )?(?:nie|nicht) (?:gemeldet|geantwortet)/,
        "Sie hätten sich melden sollen",
      ],
      suggestion:
        "Beziehe dich auf den Plan, nicht auf ihre Worte: „Im Gespräch war von einer Entscheidung um Freitag die Rede; ist das noch der Plan?“",
    },
    {
      rule: "urgency",
      phrases: [
        "dringend",
        "asap",
        "umgehend",
        "sofort",
        "unverzüglich",
        "so schnell wie möglich",
        "schnellstmöglich",
        "schnellstens",
        "bis heute Abend",
        "bis Ende des Tages",
        "bis Feierabend",
        "bis spätestens",
        "spätestens bis",
      ],
      suggestion:
        "Lass die Eile weg; hast du eine echte Frist (ein anderes Angebot), nenn sie schlicht und freundlich.",
    },
    {
      rule: "desperation",
      phrases: [
        "ich brauche diesen Job",
        "ich brauche diese Stelle",
        "ich brauche die Stelle unbedingt",
        "verzweifelt",
        "ich flehe",
        "ich bitte Sie inständig",
        "bitte, bitte",
        "bitte bitte",
        "meine letzte Chance",
        "ich tue alles",
        "ich würde alles tun",
      ],
      suggestion:
        "Sag lieber, was du mitbringst: „Ich bin weiterhin sehr an der Stelle interessiert und würde Ihr Team gern unterstützen.“",
    },
  ],
  shouting: "Schreib normal; Großbuchstaben wirken wie Schreien.",
  exclamations: "Höchstens ein Ausrufezeichen; ein ruhiger Punkt wirkt souverän.",
};
