import { describe, expect, it } from "vitest";
import {
  ORG_NAME,
  clientFromAbout,
  clientFromProse,
  clientFromTitleSuffix,
  employerOfSite,
  expandAcronym,
  isBroker,
  organisationAfterBij,
  townOfMunicipality,
  wholeOrganisation,
} from "../../../lib/interpret/organisation";

describe("clientFromProse", () => {
  it.each([
    ["Voor onze eindklant, de Gemeente Almere, zoeken wij een ervaren adviseur", "Gemeente Almere"], // HeadFirst
    ["Namens onze opdrachtgever Hoogheemraadschap van Delfland zijn wij op zoek", "Hoogheemraadschap van Delfland"], // Hays
    ["Wij zoeken namens RVO een procesregisseur", "RVO"],
    ["In opdracht van de Provincie Noord-Brabant zoeken wij", "Provincie Noord-Brabant"],
    ["De opdrachtgever is de Gemeente Ede.", "Gemeente Ede"],
    ["Our client, the Port of Rotterdam Authority, is looking for", "Port of Rotterdam Authority"], // Huxley
    ["On behalf of our client ING Bank we are looking", "ING Bank"],
    ["Geplaatst door Hogeschool Utrecht · 19 november 2025", "Hogeschool Utrecht"], // Jellow
  ])("%s", (text, want) => {
    expect(clientFromProse(text)).toBe(want);
  });

  it.each([
    ["Voor onze opdrachtgever zijn wij op zoek naar een adviseur"],
    ["Namens onze klant zoeken wij"],
    ["Wij zoeken een projectleider voor 32 uur per week"],
    ["namens de gemeente zoeken wij"],
  ])("%s → null", (text) => {
    expect(clientFromProse(text)).toBeNull();
  });
});

describe("clientFromTitleSuffix", () => {
  it.each([
    ["Projectleider Wmo – Gemeente Ede", "Gemeente Ede"],
    ["Senior Procesregisseur Digitale Gegevensuitwisseling – RVO", "RVO"],
    ["Data engineer - Alliander N.V.", "Alliander N.V."],
    ["Functioneel beheerder TULP | Dienst Justitiële Inrichtingen | Striive", "Dienst Justitiële Inrichtingen"],
  ])("%s", (title, want) => {
    expect(clientFromTitleSuffix(title)).toBe(want);
  });

  it.each([["Adviseur – Den Haag"], ["Adviseur Informatiebeveiliging (CISO-office) | Almere"], ["Projectleider Wmo"]])(
    "%s → null",
    (title) => {
      expect(clientFromTitleSuffix(title)).toBeNull();
    },
  );
});

describe("clientFromAbout and expandAcronym", () => {
  it("reads the name under an about-the-client heading", () => {
    expect(clientFromAbout("Organisatie en team", "Alliander")).toBe("Alliander"); // Opdracht Overheid
    expect(
      clientFromAbout("Over de organisatie", "De Rijksdienst voor Ondernemend Nederland (RVO) werkt aan een duurzame"),
    ).toBe("Rijksdienst voor Ondernemend Nederland");
    expect(clientFromAbout("Over de opdrachtgever", "Hogeschool Utrecht is met ruim 38.000 studenten")).toBe(
      "Hogeschool Utrecht",
    );
  });

  it("takes no town for the client, and needs the heading", () => {
    expect(
      clientFromAbout("Over de organisatie", "Utrecht is al geruime tijd één van de snelst groeiende steden"),
    ).toBeNull();
    expect(clientFromAbout("Over de opdrachtgever", "Ede is een groene gemeente op de Veluwe")).toBeNull();
    expect(clientFromAbout("Over de opdracht", "Alliander")).toBeNull();
  });

  it("spells out an acronym the text defines", () => {
    const text = "Over de organisatie De Rijksdienst voor Ondernemend Nederland (RVO) werkt aan een samenleving";
    expect(expandAcronym("RVO", text)).toBe("Rijksdienst voor Ondernemend Nederland");
    expect(expandAcronym("UWV", text)).toBe("UWV");
    expect(expandAcronym("Gemeente Ede", text)).toBe("Gemeente Ede");
  });
});

describe("wholeOrganisation, organisationAfterBij, townOfMunicipality", () => {
  it("reads organisation lines", () => {
    expect(wholeOrganisation("Gemeente Zoetermeer")).toBe("Gemeente Zoetermeer");
    expect(wholeOrganisation("Gemeente Arnhem · Arnhem")).toBe("Gemeente Arnhem"); // Flextender
    expect(wholeOrganisation("Dienst Justitiële Inrichtingen · Den Haag")).toBe("Dienst Justitiële Inrichtingen");
    expect(wholeOrganisation("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")).toBe(
      "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    );
    expect(wholeOrganisation("Gemeente Zoetermeer zoekt een projectleider")).toBeNull();
    expect(organisationAfterBij("Opdracht bij Gemeente Utrecht: procesbegeleider")).toBe("Gemeente Utrecht");
  });

  it("names the town of a municipality", () => {
    expect(townOfMunicipality("Gemeente Zoetermeer")).toBe("Zoetermeer");
    expect(townOfMunicipality("Gemeente 's-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(townOfMunicipality("Gemeente Noord-Beveland")).toBe("Noord-Beveland");
    expect(townOfMunicipality("Gemeente Bergen op Zoom")).toBeNull(); // lower-case word: not by this rule
    expect(townOfMunicipality("Provincie Utrecht")).toBeNull();
  });
});

describe("brokers and employers", () => {
  const site = (host: string, siteName: string | null = null, path = "/", title: string | null = null) => ({
    host,
    siteName,
    path,
    title,
  });

  it("knows brokers by name, by the site's name and by its host", () => {
    for (const name of [
      "Hays",
      "Hays Nederland",
      "Yacht B.V.",
      "Randstad",
      "Brunel",
      "Harvey Nash",
      "HeadFirst Group",
      "Circle8",
      "Striive",
      "Myler",
      "Need Staffing",
      "Needstaffing",
      "YoungCapital",
      "KB&P",
      "Bij Oranje",
      "ZuidProfs",
      "Flextender",
    ])
      expect(isBroker(name, site("example.nl")), name).toBe(true);
    expect(isBroker("Huxley Banking", site("www.huxley.com", "Huxley"))).toBe(true);
    expect(isBroker("Acme Interim", site("www.acme-interim.nl"))).toBe(true); // the host's brand
    expect(isBroker("Gemeente Utrecht", site("www.kbenp.nl", "KB&P"))).toBe(false);
    expect(isBroker("Rijksdienst voor Ondernemend Nederland", site("www.needstaffing.nl"))).toBe(false);
    expect(isBroker("", site("x.nl"))).toBe(true);
  });

  it("accepts a Page as context", () => {
    const page = {
      meta: { siteName: "Flextender", title: null },
      url: new URL("https://www.flextender.nl/opdracht/1"),
    };
    expect(isBroker("Flextender", page)).toBe(true);
    expect(isBroker("Gemeente Arnhem", page)).toBe(false);
  });

  it("takes the employer on its own careers site, never a broker's", () => {
    expect(
      employerOfSite(
        site(
          "job-boards.greenhouse.io",
          null,
          "/anthropic/jobs/4941204008",
          "Job Application for Staff+ Software Engineer at Anthropic",
        ),
      ),
    ).toBe("Anthropic");
    expect(
      employerOfSite(
        site("careers.roblox.com", "Roblox Corporate", "/jobs/7054468", "Senior Security Software Engineer | Roblox"),
      ),
    ).toBe("Roblox");
    expect(employerOfSite(site("explore.jobs.netflix.net", "Careers at Netflix"))).toBe("Netflix");
    expect(employerOfSite(site("www.zeeland.nl", "Provincie Zeeland"))).toBe("Provincie Zeeland");
    expect(employerOfSite(site("www.flextender.nl", "Flextender"))).toBeNull();
    expect(employerOfSite(site("www.werkenvoornederland.nl", "Werken voor Nederland"))).toBeNull();
    expect(employerOfSite(site("www.hays.nl", null))).toBeNull();
    // the site is the client there, so it is no broker
    expect(isBroker("Provincie Zeeland", site("www.zeeland.nl", "Provincie Zeeland"))).toBe(false);
    expect(isBroker("Roblox", site("careers.roblox.com", "Roblox"))).toBe(false);
  });
});

describe("hostile text: linear time", () => {
  const adversarial = [
    "Gemeente " + "A-".repeat(28) + "!",
    "Gemeente " + "A-".repeat(25_000) + "!",
    "Gemeente " + "Aa ".repeat(16_000) + "!",
    "Gemeente " + "A".repeat(50_000) + "!",
    "Gemeente " + "Ab van ".repeat(7_000) + "!",
    "voor onze klant " + "A-".repeat(25_000),
    "namens " + "Ab ".repeat(16_000) + "(RVO)",
    "Our client, " + "A-B ".repeat(12_500),
    "Gemeente 's-".repeat(4_000) + "!",
    " - ".repeat(16_000) + "Gemeente",
  ];

  it.each(adversarial.map((s) => [s.slice(0, 30), s]))("%s… under 50 ms", (_, text) => {
    const t0 = performance.now();
    wholeOrganisation(text);
    townOfMunicipality(text);
    clientFromProse(text);
    organisationAfterBij(text);
    clientFromTitleSuffix(text);
    clientFromAbout("Over de organisatie", text);
    expandAcronym("RVO", text);
    ORG_NAME.exec(text);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
