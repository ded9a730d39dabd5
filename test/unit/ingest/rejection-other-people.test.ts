/**
 * A rejection that names the others chosen as people, in the plural or the inclusive form
 * ("outras pessoas candidatas", "otras personas", "d'autres personnes"): read as the rejection it
 * states; the same words under a condition or in a question state none.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Talentos <talentos@cafezal-digital.example>";

describe("the others chosen named as people", () => {
  it.each([
    [
      "pt",
      "Retorno da vaga",
      "Oi Jordan!\n\nValeu por participar. Infelizmente decidimos avançar com outras pessoas nesta etapa.\n\nAbraço,\nTime de Talentos",
    ],
    [
      "pt",
      "Processo seletivo",
      "Olá Jordan,\n\nAgradecemos o seu tempo. Optámos por prosseguir com outras pessoas candidatas cujo perfil se ajusta melhor.\n\nCumprimentos,\nRecursos Humanos",
    ],
    [
      "es",
      "Resultado",
      "Hola Jordan:\n\nGracias por tu tiempo. Finalmente decidimos seguir con otras personas para el puesto.\n\nSaludos,\nEquipo de Personas",
    ],
    [
      "es",
      "Tu postulación",
      "Hola Jordan, te cuento que optamos por avanzar con otras personas candidatas en esta búsqueda.\n\nSaludos,\nRRHH",
    ],
    [
      "fr",
      "Votre candidature",
      "Bonjour Jordan,\n\nMerci pour nos échanges. Nous avons choisi de poursuivre avec d'autres personnes pour ce poste.\n\nBien à vous,\nRH",
    ],
    [
      "it",
      "Esito selezione",
      "Ciao Jordan,\n\ngrazie del tempo. Abbiamo deciso di proseguire con altre persone per questa posizione.\n\nUn saluto,\nHR",
    ],
  ])("%s: %s is a rejection", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.outcome).toBe("rejected");
  });

  it.each([
    [
      "pt",
      "Candidatura recebida",
      "Olá Jordan,\n\nRecebemos sua candidatura. Caso a gente decida seguir com outras pessoas, avisaremos por e-mail.\n\nAbraço,\nTalentos",
    ],
    [
      "es",
      "Postulación recibida",
      "Hola Jordan:\n\nRecibimos tu postulación. Si decidimos seguir con otras personas, te avisaremos igual.\n\nSaludos,\nRRHH",
    ],
  ])("%s: %s states none", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.outcome ?? null).toBeNull();
  });
});
