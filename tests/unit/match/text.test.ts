import { describe, expect, it } from "vitest";
import { normalize } from "../../../lib/match/text";

describe("the matcher's normal form", () => {
  it("makes every run of white space one space, whatever it is made of", () => {
    expect(normalize(" Minimaal\t3  jaar\n\nervaring\u00a0als  \u2003 projectleider ")).toBe(
      "minimaal 3 jaar ervaring als projectleider",
    );
    expect(normalize("één jaar")).toBe("een jaar");
    expect(normalize("proces\u2013 en/of projectleider")).toBe("proces- of projectleider");
  });
});
