// What to hand in (lib/response/checklist.ts), read from the requirements.
import { describe, expect, it } from "vitest";
import { responseChecklist, type ChecklistItem } from "../../../lib/response/checklist";
import { checklistItemText } from "../../../lib/response/response-words";

const reqs = (...texts: string[]) => texts.map((text, i) => ({ id: `must-${i}`, text }));
const item = (items: ChecklistItem[], id: string) => items.find((i) => i.id === id);

describe("response checklist", () => {
  it("always lists a cv and the rate, marked as asked only where the text asks", () => {
    const items = responseChecklist(reqs("Minimaal 5 jaar ervaring als adviseur"));
    expect(items.map((i) => i.id)).toEqual(["cv", "rate"]);
    expect(items.every((i) => !i.asked)).toBe(true);
    const asked = responseChecklist(reqs("Stuur je CV mee", "Vermeld je uurtarief"));
    expect(asked.map((i) => [i.id, i.asked, i.from])).toEqual([
      ["cv", true, ["must-0"]],
      ["rate", true, ["must-1"]],
    ]);
  });

  it("reads a plan van aanpak with its page limit, in figures or words, A4 or pages", () => {
    const cases: Array<[string, ChecklistItem["pages"]]> = [
      ["Plan van aanpak (max. 5 pagina's): Lever een plan van aanpak als bijlage", { count: 5, unit: "pages" }],
      ["Een plan van aanpak van maximaal 2 A4", { count: 2, unit: "a4" }],
      ["Beschrijf je aanpak in maximaal twee kantjes", { count: 2, unit: "pages" }],
      ["Een plan van aanpak (max 3 x A4)", { count: 3, unit: "a4" }],
      ["Lever een plan van aanpak aan", null],
    ];
    for (const [text, pages] of cases) expect(item(responseChecklist(reqs(text)), "plan")?.pages, text).toEqual(pages);
    expect(checklistItemText(item(responseChecklist(reqs(cases[1]![0])), "plan")!, "nl")).toBe(
      "Plan van aanpak (max. 2 A4)",
    );
    expect(checklistItemText(item(responseChecklist(reqs(cases[0]![0])), "plan")!, "en")).toBe(
      "Plan of approach (max. 5 pages)",
    );
  });

  it("reads references and how many, a motivation, a VOG, copies of diplomas and availability", () => {
    const items = responseChecklist(
      reqs(
        "Twee concrete opdrachten uit de afgelopen vijf jaar die vergelijkbaar zijn met deze opdracht.",
        "Een korte motivatie (max. 1 A4).",
        "In het bezit van een VOG of bereid deze aan te vragen.",
        "Voeg een kopie van je diploma toe als bijlage.",
        "Je bent beschikbaar voor 24 uur per week.",
      ),
    );
    expect(items.map((i) => i.id)).toEqual([
      "cv",
      "references",
      "motivation",
      "rate",
      "availability",
      "vog",
      "diplomas",
    ]);
    expect(item(items, "references")).toMatchObject({ count: 2, from: ["must-0"] });
    expect(checklistItemText(item(items, "references")!, "nl")).toBe("Referenties (2 gevraagd)");
    expect(item(items, "vog")?.from).toEqual(["must-2"]);
  });

  it("does not take a diploma the listing only asks to hold for one to hand in", () => {
    const items = responseChecklist(reqs("Afgeronde hbo-opleiding, diploma in de richting bestuurskunde"));
    expect(item(items, "diplomas")).toBeUndefined();
  });

  it("reads a 50,000-character text in linear time", () => {
    const long = `${"max. ".repeat(5000)}${"drie concrete relevante ".repeat(1500)}${"kopie ".repeat(2000)}`;
    const start = performance.now();
    responseChecklist(reqs(long, long.replace(/ /g, "  ")));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
