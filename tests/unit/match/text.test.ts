import { describe, expect, it } from "vitest";
import { leadingLiteral, normalize, splitSentences } from "../../../lib/match/text";

describe("the matcher's normal form", () => {
  it("makes every run of white space one space, whatever it is made of", () => {
    expect(normalize(" Minimaal\t3  jaar\n\nervaring\u00a0als  \u2003 projectleider ")).toBe(
      "minimaal 3 jaar ervaring als projectleider",
    );
    expect(normalize("één jaar")).toBe("een jaar");
    expect(normalize("proces\u2013 en/of projectleider")).toBe("proces- of projectleider");
  });
});

describe("splitSentences", () => {
  it("cuts as the regex split it stands in for does", () => {
    const samples = [
      "",
      ".",
      "a.",
      "a. b",
      "max.5 pagina's. plan van aanpak; cv!",
      "een.twee. drie?  vier!\u00a0vijf;\tzes.\n",
      "1.5 jaar. ja",
      "a.\u2003\u3000b..c. . d",
      "geen punt",
      "eind met spatie. ",
    ];
    for (const text of samples) expect(splitSentences(text)).toEqual(text.split(/[.;!?](?:\s+|$)/));
  });
});

describe("leadingLiteral", () => {
  it("gives the letters every match starts with, none when unsure", () => {
    expect(leadingLiteral("change ?management")).toBe("change");
    expect(leadingLiteral("verander(?:opgave|traject)s?")).toBe("verander");
    expect(leadingLiteral("veranderkundige?")).toBe("veranderkundig");
    expect(leadingLiteral("prince ?2")).toBe("prince");
    expect(leadingLiteral("(?:proces)?facilitators?")).toBe("");
    expect(leadingLiteral("abc|def")).toBe("");
    expect(leadingLiteral("ab[|]c")).toBe("ab");
    expect(leadingLiteral("ab*")).toBe("a");
  });
});
