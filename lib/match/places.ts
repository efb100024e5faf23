// Where a listing's city lies, for the region check: the provinces, and the province of the
// cities listings name most (G4, G40, provincial capitals, and some others). A city not in
// this list gives "unknown", never "problem".

export const PROVINCES = [
  "groningen",
  "friesland",
  "drenthe",
  "overijssel",
  "flevoland",
  "gelderland",
  "utrecht",
  "noord-holland",
  "zuid-holland",
  "zeeland",
  "noord-brabant",
  "limburg",
];

const BY_PROVINCE: Record<string, string> = {
  groningen: "groningen, delfzijl, veendam, hoogezand, midden-groningen",
  friesland: "leeuwarden, drachten, smallingerland, sneek, heerenveen, harlingen",
  drenthe: "assen, emmen, hoogeveen, meppel",
  overijssel: "zwolle, enschede, hengelo, almelo, deventer, kampen, oldenzaal",
  flevoland: "almere, lelystad, dronten, zeewolde, emmeloord, noordoostpolder, urk",
  gelderland: "arnhem, nijmegen, apeldoorn, ede, doetinchem, harderwijk, tiel, zutphen, wageningen, barneveld",
  utrecht: "utrecht, amersfoort, nieuwegein, zeist, veenendaal, houten, woerden, de bilt, ijsselstein",
  "noord-holland":
    "amsterdam, haarlem, haarlemmermeer, hoofddorp, zaanstad, zaandam, alkmaar, hilversum, hoorn, purmerend, den helder, amstelveen, heerhugowaard, dijk en waard",
  "zuid-holland":
    "rotterdam, den haag, 's-gravenhage, leiden, dordrecht, zoetermeer, delft, gouda, schiedam, vlaardingen, alphen aan den rijn, capelle aan den ijssel, westland, spijkenisse, nissewaard, leidschendam-voorburg, rijswijk",
  zeeland: "middelburg, vlissingen, goes, terneuzen",
  "noord-brabant":
    "eindhoven, tilburg, breda, 's-hertogenbosch, den bosch, helmond, oss, roosendaal, bergen op zoom, waalwijk, veldhoven",
  limburg: "maastricht, heerlen, venlo, sittard-geleen, sittard, roermond, weert, kerkrade",
};

export const PROVINCE_OF_CITY = new Map<string, string>(
  Object.entries(BY_PROVINCE).flatMap(([province, cities]) => cities.split(", ").map((c) => [c, province] as const)),
);
