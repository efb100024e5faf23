import { describe, expect, it } from "vitest";
import { fill, markNone, type Draft } from "../../../lib/interpret/draft";
import { interpret, statesNone } from "../../../lib/interpret/fields";
import { cityOfPlaceLine, extractGeneric } from "../../../lib/interpret/generic";
import { parseHoursPerWeek } from "../../../lib/interpret/hours";
import { parseRate } from "../../../lib/interpret/money";
import { clientFromTitleAt } from "../../../lib/interpret/organisation";
import { pageOf } from "../../../lib/interpret/page";
import { readPage } from "../../../lib/read/reader";
import { parseHtml } from "./parse-html";

const now = new Date("2025-11-14T10:00:00+01:00");

function generic(body: string, url = "https://www.example-broker.nl/opdracht/1", head = "") {
  const doc = parseHtml(`<html lang="nl"><head>${head}</head><body>${body}</body></html>`);
  return extractGeneric(pageOf(readPage(doc, url).reading, now)).draft;
}

describe("Draft.none", () => {
  it("keeps structured data and meta out of a field the page states as absent, not visible text", () => {
    const draft: Draft = {};
    markNone(draft, "rate", "Maximum tarief: Geen maximum");
    fill(draft, { rate: { min: 90, max: 90, currency: "EUR", per: "hour" } }, "json-ld", "baseSalary");
    expect(draft.rate).toBeUndefined();
    fill(draft, { rate: { min: null, max: 95, currency: "EUR", per: "hour" } }, "text", "Max. uurtarief € 95");
    expect(draft.rate?.value.max).toBe(95);
  });

  it("'Opdracht tarief: Geen maximum' beats a JSON-LD baseSalary (Opdracht Overheid)", () => {
    const jsonLd = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Implementatieondersteuner",
      baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { value: 90, unitText: "HOUR" } },
    });
    const draft = generic(
      "<h1>Implementatieondersteuner</h1><dl><dt>Opdracht tarief:</dt><dd>Geen maximum</dd></dl>",
      "https://www.example-broker.nl/opdracht/1",
      `<script type="application/ld+json">${jsonLd}</script>`,
    );
    expect(draft.rate).toBeUndefined();
    expect(draft.none?.rate).toContain("Geen maximum");
  });
});

describe("dates that are no dates", () => {
  it.each(["Zo snel mogelijk", "z.s.m.", "Per direct", "Per direct (in overleg)", "In overleg", "ASAP"])(
    "Start: %s → none",
    (text) => {
      expect(interpret("startDate", text, now)).toEqual({});
      expect(statesNone("startDate", text)).toBe(true);
    },
  );

  it("keeps a date after such a phrase", () => {
    expect(interpret("startDate", "Per direct, uiterlijk 1 december 2025", now)).toEqual({ startDate: "2025-12-01" });
    expect(statesNone("startDate", "1 december 2025")).toBe(false);
  });

  it("reads one end of a period", () => {
    expect(interpret("period", "per direct tot en met 31 december 2026", now)).toEqual({ endDate: "2026-12-31" });
    expect(interpret("period", "vanaf 1 maart 2026", now)).toEqual({ startDate: "2026-03-01" });
    expect(interpret("period", "6 maanden, met uitzicht op verlenging", now)).toEqual({});
  });

  it("reads a month-first date when the page writes them so", () => {
    expect(interpret("startDate", "01/12/2026", now, true, "", { dayFirst: false, lang: "en" })).toEqual({
      startDate: "2026-01-12",
    });
  });
});

describe("free text", () => {
  it("reads the work's start and end from a sentence, not a deadline or an availability", () => {
    const draft = generic(
      "<h1>Business Analist</h1><p>Uren: 36 uur per week</p>" +
        "<p>De opdracht start op 5 januari 2026 en loopt tot en met 30 juni 2026, met optie op verlenging. " +
        "Sluitingsdatum voor reacties is woensdag 26 november.</p><ul><li>je bent per 1 januari 2026 beschikbaar</li></ul>",
    );
    expect(draft.startDate?.value).toBe("2026-01-05");
    expect(draft.endDate?.value).toBe("2026-06-30");
  });

  it("reads a bare '€85 - €93' as hourly on a page with hours per week", () => {
    const draft = generic("<h1>Procesregisseur</h1><p>36 uur per week</p><p>€85 - €93</p>");
    expect(draft.rate?.value).toEqual({ min: 85, max: 93, currency: "EUR", per: "hour" });
  });

  it("reads a yearly range in a paragraph about salary (Netflix)", () => {
    const text =
      "Our compensation structure consists solely of an annual salary; we do not have bonuses. To determine your " +
      "personal top of market compensation, we rely on market indicators. The range for this role is $100,000 - $720,000.";
    expect(parseRate(text)?.rate).toEqual({ min: 100_000, max: 720_000, currency: "USD", per: "year" });
    expect(parseRate("Het projectbudget is € 50.000 - € 80.000.")).toBeNull();
  });

  it("reads hours per week in German and in brackets", () => {
    expect(parseHoursPerWeek("Vollzeit, 39 Std./Woche")?.hours).toEqual({ min: 39, max: 39 });
    expect(parseHoursPerWeek("Je werkt 4 dagen (32 uur) per week")?.hours).toEqual({ min: 32, max: 32 });
  });
});

describe("client, title and place", () => {
  it("takes the client from the h1's suffix and strips it from the title", () => {
    const draft = generic("<h1>Projectleider Wmo – Gemeente Ede</h1><p>Start: 1 december 2025</p>");
    expect(draft.client?.value).toBe("Gemeente Ede");
    expect(draft.title?.value).toBe("Projectleider Wmo");
  });

  it("spells out an acronym the page gives in full", () => {
    const draft = generic(
      "<h1>Senior Procesregisseur – RVO</h1><p>De Rijksdienst voor Ondernemend Nederland (RVO) werkt aan een duurzaam land.</p>",
    );
    expect(draft.client?.value).toBe("Rijksdienst voor Ondernemend Nederland");
  });

  it("keeps a JSON-LD hiringOrganization only when it is no broker", () => {
    const jsonLd = JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Adviseur",
      hiringOrganization: { "@type": "Organization", name: "HeadFirst Group" },
    });
    const draft = generic(
      "<h1>Adviseur</h1><p>Voor onze eindklant, de Gemeente Almere, zoeken wij een ervaren adviseur.</p>",
      "https://www.headfirst.nl/opdracht/1",
      `<script type="application/ld+json">${jsonLd}</script>`,
    );
    expect(draft.client?.value).toBe("Gemeente Almere");
  });

  it("reads the town after an organisation under the title", () => {
    const draft = generic("<h1>Functioneel beheerder</h1><p>Dienst Justitiële Inrichtingen · Den Haag</p>");
    expect(draft.client?.value).toBe("Dienst Justitiële Inrichtingen");
    expect(draft.location?.value).toBe("Den Haag");
  });

  it.each([
    ["San Mateo, CA, United States Engineering ID: 5156", "San Mateo"],
    ["San Francisco, CA", "San Francisco"],
    ["Berlin, Germany", "Berlin"],
    ["Deloitte Berlin, Berlin, Germany", "Berlin"],
    ["Amstelveen, North Holland, Netherlands", "Amstelveen"],
  ])("cityOfPlaceLine(%s) = %s", (text, city) => {
    expect(cityOfPlaceLine(text)).toBe(city);
  });

  it.each([["Wij zoeken een adviseur, CA"], ["Utrecht"], ["Eisen, wensen en competenties"]])(
    "cityOfPlaceLine(%s) = null",
    (text) => {
      expect(cityOfPlaceLine(text)).toBeNull();
    },
  );

  it("reads 'at Company' in a page title", () => {
    expect(clientFromTitleAt("Entry-Level Automation Engineer | 2026 Graduate at Atos — Amstelveen | LinkedIn")).toBe(
      "Atos",
    );
    expect(clientFromTitleAt("Job Application for Engineering Manager, UI Platform at Anthropic")).toBe("Anthropic");
    expect(clientFromTitleAt("Adviseur informatiebeveiliging | Almere")).toBeNull();
  });
});
