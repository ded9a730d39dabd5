/**
 * A second batch of invitations for the role reader, written after it and worded differently from
 * ./people-roles.cases: other tenses and persons of joining, other "also" and "us" words, people
 * beside someone met, and traps (a joiner who cannot come, a contact for questions).
 */
import type { PeopleCase } from "./people-families.cases";

export const MORE_ROLE_CASES: readonly PeopleCase[] = [
  {
    lang: "en",
    from: "Megan Fox <megan.fox@tidalworks.co.uk>",
    subject: "Your interview on Monday",
    body: "Hi Jordan,\n\nYou're booked in for Monday 30 November at 2pm at our Cardiff office. Ian Pritchard, our Engineering Manager, is joining us, and Bethan Lloyd will be sitting in too.\n\nBest wishes,\nMegan Fox\nHead of Operations",
    meet: ["Ian Pritchard", "Bethan Lloyd", "Megan Fox"],
    not: [],
  },
  {
    lang: "en",
    from: "Olivia Grant <olivia.grant@peaksearch.com>",
    subject: "Interview confirmed",
    body: "Hi Jordan,\n\nAll confirmed for Tuesday 1 December at 11am. You'll meet Daniel Shaw, accompanied by Fiona Hale from HR. Unfortunately Tom Reid can't join this time.\n\nThanks,\nOlivia Grant\nRecruitment Consultant",
    meet: ["Daniel Shaw", "Fiona Hale"],
    not: ["Tom Reid"],
  },
  {
    lang: "de",
    from: "Sabine Roth <s.roth@roth-elektro.de>",
    subject: "Gesprächstermin",
    body: "Hallo Herr Lee,\n\nich freue mich auf unser Gespräch am Dienstag, 1. Dezember, um 11 Uhr. Mein Kollege Andreas Pohl (Vertriebsleiter) ist auch mit dabei.\n\nViele Grüße\nSabine Roth\nInhaberin",
    meet: ["Andreas Pohl", "Sabine Roth"],
    not: [],
  },
  {
    lang: "de",
    from: "Personalabteilung <jobs@kronwerk.de>",
    subject: "Einladung",
    body: "Sehr geehrter Herr Lee,\n\nwir laden Sie am Mittwoch, 2. Dezember, um 13 Uhr zu einem Gespräch ein. Herr Martin Scholz wird ebenfalls teilnehmen. Frau Ines Kraft kann leider nicht dabei sein.\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
    meet: ["Martin Scholz"],
    not: ["Ines Kraft"],
  },
  {
    lang: "es",
    from: "Diego Herrera <dherrera@cafeteraandina.co>",
    subject: "Entrevista",
    body: "Hola Jordan,\n\nNos vemos el jueves 3 de diciembre a las 10 a.m. en la finca. Se nos unirá también Valentina Castro, jefa de calidad.\n\nUn abrazo,\nDiego Herrera\nGerente",
    meet: ["Valentina Castro", "Diego Herrera"],
    not: [],
  },
  {
    lang: "fr",
    from: "Nicolas Faure <n.faure@vignobles-faure.fr>",
    subject: "Entretien",
    body: "Bonjour Jordan,\n\nJe vous propose de nous rencontrer le lundi 30 novembre à 15h au domaine. Mon associée Camille Brun sera également présente.\n\nCordialement,\nNicolas Faure\nGérant",
    meet: ["Camille Brun", "Nicolas Faure"],
    not: [],
  },
  {
    lang: "it",
    from: "Risorse Umane <hr@cartierasesia.it>",
    subject: "Colloquio",
    body: "Gentile Jordan,\n\nLa attendiamo martedì 1 dicembre alle 10. Parteciperanno al colloquio l'ing. Franco Ruggeri e la dott.ssa Elisa Bonetti. Il sig. Paolo Greco purtroppo non potrà esserci.\n\nCordiali saluti,\nUfficio Risorse Umane",
    meet: ["Franco Ruggeri", "Elisa Bonetti"],
    not: ["Paolo Greco"],
  },
  {
    lang: "nl",
    from: "Ruben Smit <ruben@smitinstallatie.nl>",
    subject: "Gesprek",
    body: "Hoi Jordan,\n\nZullen we woensdag 2 december om 9.30 uur afspreken bij ons op de zaak? Mijn compagnon Thijs Bakker sluit ook aan.\n\nGroeten,\nRuben Smit\nEigenaar",
    meet: ["Thijs Bakker", "Ruben Smit"],
    not: [],
  },
  {
    lang: "pt",
    from: "Helena Costa <helena.costa@azulejaria.pt>",
    subject: "Entrevista",
    body: "Olá Jordan,\n\nA entrevista fica marcada para sexta-feira, 4 de dezembro, às 15h, nas nossas instalações do Porto. Juntar-se-á a nós o Eng. Paulo Moreira, diretor de produção.\n\nCom os melhores cumprimentos,\nHelena Costa\nDiretora-Geral",
    meet: ["Paulo Moreira", "Helena Costa"],
    not: [],
  },
  {
    lang: "pt",
    from: "Gabriel Souza <gabriel@fintechsul.com.br>",
    subject: "Bate-papo",
    body: "Oi Jordan!\n\nTa marcado: quinta, 3/12, às 16h, no Meet. A Paula Mendes, nossa head de produto, também vai participar. Se tiver qualquer dúvida, chama a Júlia Rocha no WhatsApp.\n\nAbs,\nGabriel Souza\nCTO",
    meet: ["Paula Mendes", "Gabriel Souza"],
    not: ["Júlia Rocha"],
  },
];
