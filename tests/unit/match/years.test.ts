import { describe, expect, it } from "vitest";
import { profileWith, verdictOf } from "./helpers";

const pb = profileWith({
  roles: [
    { title: "Procesbegeleider", years: 12, sectors: ["gemeente"], lastYear: 2025 },
    { title: "adviseur", years: 4, sectors: ["zorg"], lastYear: 2015 },
  ],
});

describe("minimum years per role", () => {
  it.each([
    ["Minimaal 12 jaar ervaring als procesbegeleider", "met"],
    ["Minimaal 13 jaar ervaring als procesbegeleider", "unmet"],
    ["Ten minste twaalf jaar werkervaring als facilitator", "met"],
    ["Meer dan 12 jaar ervaring als procesbegeleider", "unmet"],
    ["10+ jaar ervaring als procesbegeleiders", "met"],
  ])("%s → %s", (text, want) => expect(verdictOf(text, pb)).toBe(want));

  it("reads 'in de afgelopen N jaar' against lastYear and now", () => {
    expect(verdictOf("Minimaal 3 jaar ervaring als adviseur in de afgelopen 5 jaar", pb)).toBe("unmet");
    expect(verdictOf("Minimaal 3 jaar ervaring als adviseur in de afgelopen 5 jaar", pb, 2017)).toBe("met");
    expect(verdictOf("Minimaal 5 jaar ervaring als procesbegeleider in de laatste 4 jaar", pb)).toBe("unmet");
  });

  it("is unknown for a window when the role has no last year", () => {
    const p = profileWith({ roles: [{ title: "procesbegeleider", years: 9, sectors: [], lastYear: null }] });
    expect(verdictOf("Minimaal 3 jaar ervaring als procesbegeleider in de afgelopen 5 jaar", p)).toBe("unknown");
  });

  it("asks the profile to say 'senior' before calling it met", () => {
    expect(verdictOf("Minimaal 3 jaar ervaring als senior procesbegeleider", pb)).toBe("unknown");
    expect(verdictOf("Minimaal 20 jaar ervaring als senior procesbegeleider", pb)).toBe("unmet");
    const senior = profileWith({
      roles: [{ title: "Senior procesbegeleider", years: 5, sectors: [], lastYear: 2025 }],
    });
    expect(verdictOf("Minimaal 3 jaar ervaring als senior procesbegeleider", senior)).toBe("met");
  });

  it("is unmet for a known role never held, unknown for a role the vocabulary does not know", () => {
    expect(verdictOf("Ervaring als projectleider", pb)).toBe("unmet");
    expect(verdictOf("Ervaring als opgaveleider", pb)).toBe("unknown");
    const op = profileWith({ roles: [{ title: "opgaveleider", years: 3, sectors: [], lastYear: 2025 }] });
    expect(verdictOf("Ervaring als opgaveleider", op)).toBe("met");
  });

  it("joins roles by 'of' and 'en'", () => {
    expect(verdictOf("Ervaring als projectleider of procesbegeleider", pb)).toBe("met");
    expect(verdictOf("Ervaring als projectleider en als procesbegeleider", pb)).toBe("unmet");
  });

  it("counts a teamleider as leidinggevende but not the other way round", () => {
    const tl = profileWith({ roles: [{ title: "teamleider", years: 6, sectors: [], lastYear: 2025 }] });
    const lg = profileWith({ roles: [{ title: "leidinggevende", years: 6, sectors: [], lastYear: 2025 }] });
    expect(verdictOf("Minimaal 5 jaar leidinggevende ervaring", tl)).toBe("met");
    expect(verdictOf("Ervaring als teamleider", lg)).toBe("unmet");
  });

  it("never calls vague 'ruime ervaring' unmet on years alone", () => {
    const short = profileWith({ roles: [{ title: "procesbegeleider", years: 2, sectors: [], lastYear: 2025 }] });
    expect(verdictOf("Ruime ervaring als procesbegeleider", short)).toBe("unknown");
    expect(verdictOf("Ruime ervaring als procesbegeleider", pb)).toBe("met");
  });

  it("is unknown with no roles at all", () => {
    expect(verdictOf("Minimaal 2 jaar ervaring als procesbegeleider", profileWith({}))).toBe("unknown");
  });
});
