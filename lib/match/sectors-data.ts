// Sectors and their hierarchy, as data. `isA` is "every X is a Y" (a gemeente is overheid), used
// for met; `mayInclude` is "work in X may have been in Y" (a gemeente has a sociaal domein), used
// for unknown instead of unmet. G4/G40 membership as the VNG lists it (G40 changes now and then).

export interface SectorEntry {
  id: string;
  /** Regex sources, matched on normalized text. */
  aliases: string[];
  isA?: string[];
  mayInclude?: string[];
}

export const SECTORS: SectorEntry[] = [
  { id: "publieke sector", aliases: ["publieke sector", "\\(semi-?\\)\\s?overheid\\w*", "publiek domein"] },
  {
    id: "overheid",
    aliases: [
      "overheid",
      "overheids\\w*",
      "politiek(?:e)?[- ]bestuurlijke?(?: omgeving| context)?",
      "openbaar bestuur",
      "publieke organisaties?",
    ],
    isA: ["publieke sector"],
  },
  { id: "semi-overheid", aliases: ["semi-?overheid\\w*", "semi-?publieke?(?: sector)?"], isA: ["publieke sector"] },
  {
    id: "gemeente",
    aliases: ["gemeenten?", "gemeentelijke?", "lokale overheid", "lokaal bestuur"],
    isA: ["overheid"],
    mayInclude: ["sociaal domein"],
  },
  { id: "grote steden", aliases: ["grote (?:steden|stad|gemeenten?)"], isA: ["gemeente"] },
  { id: "G4", aliases: ["g4(?:-gemeenten?)?"], isA: ["grote steden"] },
  { id: "G40", aliases: ["g40(?:-gemeenten?)?", "middelgrote (?:steden|gemeenten)"], isA: ["grote steden"] },
  { id: "provincie", aliases: ["provincies?", "provinciale?"], isA: ["overheid"] },
  { id: "rijksoverheid", aliases: ["rijksoverheid", "het rijk", "ministeries?", "rijksdienst\\w*"], isA: ["overheid"] },
  { id: "waterschap", aliases: ["waterschappen", "waterschap", "hoogheemraadschap\\w*"], isA: ["overheid"] },
  {
    id: "sociaal domein",
    aliases: ["(?:brede )?sociaal domein", "(?:brede )?sociale domein", "3d-?domein"],
    mayInclude: ["zorg"],
  },
  { id: "jeugdzorg", aliases: ["jeugdzorg", "jeugdhulp"], isA: ["sociaal domein", "zorg"] },
  { id: "wmo", aliases: ["wmo"], isA: ["sociaal domein"] },
  { id: "participatie", aliases: ["participatiewet", "werk en inkomen"], isA: ["sociaal domein"] },
  {
    id: "zorg",
    aliases: ["zorg", "gezondheidszorg", "zorgsector", "zorginstelling(?:en)?", "zorg en welzijn"],
    isA: ["semi-overheid"],
    mayInclude: ["sociaal domein"],
  },
  { id: "ggz", aliases: ["ggz", "geestelijke gezondheidszorg"], isA: ["zorg"] },
  { id: "ziekenhuis", aliases: ["ziekenhuis", "ziekenhuizen"], isA: ["zorg"] },
  {
    id: "onderwijs",
    aliases: ["onderwijs", "onderwijsinstelling(?:en)?", "hogescholen", "hogeschool", "universiteiten", "universiteit"],
    isA: ["semi-overheid"],
  },
  { id: "woningcorporatie", aliases: ["woningcorporaties?", "woningbouwcorporaties?"], isA: ["semi-overheid"] },
];

export const G4_CITIES = ["amsterdam", "rotterdam", "den haag", "utrecht"];

export const G40_CITIES = [
  "alkmaar",
  "almelo",
  "almere",
  "alphen aan den rijn",
  "amersfoort",
  "apeldoorn",
  "arnhem",
  "assen",
  "bergen op zoom",
  "breda",
  "capelle aan den ijssel",
  "delft",
  "den helder",
  "deventer",
  "dordrecht",
  "ede",
  "eindhoven",
  "emmen",
  "enschede",
  "gouda",
  "groningen",
  "haarlem",
  "haarlemmermeer",
  "heerlen",
  "helmond",
  "hengelo",
  "'s-hertogenbosch",
  "hilversum",
  "hoorn",
  "leeuwarden",
  "leiden",
  "lelystad",
  "maastricht",
  "nijmegen",
  "oss",
  "purmerend",
  "roosendaal",
  "schiedam",
  "sittard-geleen",
  "tilburg",
  "venlo",
  "vlaardingen",
  "zaanstad",
  "zoetermeer",
  "zwolle",
];
