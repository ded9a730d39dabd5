/**
 * A calendar title that names the candidate by initial and surname before the role ("Colloquio
 * M. Ferri – Tecnico di Laboratorio"): the initial and surname are a person, the role is the other part.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("an initial and a surname in a title are no role", () => {
  it.each([
    [
      "it",
      "Colloquio J. Lee – Tecnico di Laboratorio",
      "Gentile Jordan,\n\nil colloquio è spostato a mercoledì 9 dicembre alle ore 10:00.\n\nCordiali saluti,\nSilvia Neri",
      "Tecnico di Laboratorio",
    ],
    [
      "de",
      "Gespräch J. Lee – Leiter/in Einkauf (verschoben)",
      "Guten Tag Herr Lee\n\nwir müssen Ihr Vorstellungsgespräch leider verschieben. Neuer Termin: Mittwoch, 9.12.2026, 10:00 Uhr.\n\nFreundliche Grüsse\nSandra Keller",
      "Leiter/in Einkauf",
    ],
    [
      "fr",
      "Entretien J. Lee – Chargé de clientèle",
      "Bonjour Jordan,\n\nl'entretien est déplacé au mercredi 9 décembre à 10 h.\n\nCordialement,\nClaire Morel",
      "Chargé de clientèle",
    ],
    [
      "es",
      "Entrevista J. Lee – Técnico de Calidad",
      "Hola Jordan:\n\nla entrevista pasa al miércoles 9 de diciembre a las 10:00.\n\nUn saludo,\nLucía Gil",
      "Técnico de Calidad",
    ],
  ])("%s: %s", async (_lang, subject, body, role) => {
    // Act
    const result = await readGmailForward("Recruiting <jobs@westhaven-lab.example>", subject, body);
    // Assess
    expect(result.interview?.role).toBe(role);
  });
});
