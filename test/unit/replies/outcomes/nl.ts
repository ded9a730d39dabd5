import type { OutcomeTable } from "./types";

export const NL: OutcomeTable = {
  company: "De Linde",
  closings: [
    // Second batch, written after the build and read once as written.
    ["ze hebben mijn cv afgewezen", "rejected"],
    ["ze hebben een interne kandidaat aangenomen", "rejected"],
    ["het contractvoorstel is binnen", "offer?"],
    ["ik heb hun aanbod afgeslagen", "withdrawn"],
    ["contract binnen van de linde!", "offer?"],
    ["ik kreeg vandaag het aanbod", "offer"],
    ["ik heb me teruggetrokken", "withdrawn"],
    ["de linde heeft me afgewezen", "rejected"],
    ["afwijzing binnen van de linde", "rejected"],
    ["ze hebben voor een ander gekozen", "rejected"],
    ["ze gaan met iemand intern verder", "rejected"],
    ["ik ben het niet geworden", "rejected"],
    ["nee gekregen van de linde", "rejected"],
    ["ik heb het aanbod afgeslagen", "withdrawn"],
    ["heb het gesprek afgezegd, hoef die baan niet meer", "withdrawn"],
    ["helaas, het wordt niks bij de linde", "rejected?"],
  ],
  traps: [
    "mijn collega kreeg de afwijzing",
    "als het contract komt teken ik",
    "ik heb het etentje met het team afgeslagen",
    "mijn maat kreeg een aanbod van hun",
    "ik heb de uitnodiging voor de banenbeurs afgeslagen",
    "nog steeds geen afwijzing, niks",
    "geen besluit voor de 18e",
    "afgewezen voor het huurhuis",
    "de bank heeft de lening afgewezen",
    "mijn baas deed een tegenbod",
    "hebben ze me afgewezen?",
    "als ze me afwijzen solliciteer ik ergens anders",
    "bang dat ze voor een ander kiezen",
    "ik heb nee gezegd tegen het salaris, wacht op hun tegenvoorstel",
    "nog geen contract binnen",
  ],
};

/** Written before the build and held back from it: phrasings no row was made for, read at the end. */
export const NL_PROBE: Pick<OutcomeTable, "closings" | "traps"> = {
  closings: [
    ["de linde heeft mijn sollicitatie afgewezen", "rejected"],
    ["ze hebben iemand anders aangenomen", "rejected"],
    ["afwijzing ontvangen van de linde", "rejected"],
    ["ze hebben me een aanbod gedaan", "offer"],
    ["het contract is binnen", "offer"],
    ["ik heb mijn sollicitatie ingetrokken", "withdrawn"],
    ["ik heb hun aanbod afgewezen", "withdrawn"],
    ["tweede gesprek afgezegd, heb al iets anders", "withdrawn"],
    ["de functie is intern ingevuld", "rejected"],
    ["ze hebben mij niet gekozen", "rejected"],
  ],
  traps: [
    "mijn zus is afgewezen bij de linde",
    "ze hebben mijn declaratie afgewezen",
    "is het een afwijzing als ze niks zeggen?",
    "misschien nemen ze iemand anders",
    "ik heb de lunch met het team afgezegd",
    "het contract is er nog niet",
    "als de afwijzing komt laat ik het weten",
    "mijn vriend heeft hun aanbod afgeslagen",
  ],
};
