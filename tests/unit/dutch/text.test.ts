import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clip, foldAccents, foldCompatible, normalize, normaliseWords, squash } from "../../../lib/dutch/text";
import { normalize as matchNormalize } from "../../../lib/match/text";
import { words } from "../../../lib/listings/text-tokens";
import { requirementId } from "../../../lib/model/requirement-id";

// The normal forms as they stood in their own modules before they moved onto lib/dutch/text.ts
// (lib/dutch/text.ts, lib/listings/text-tokens.ts, lib/match/text.ts): each must read the same.
const before = {
  extract: (text: string): string =>
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  listings: (text: string): string =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  match: (text: string): string =>
    (/[\u00c0-\u024f]/.test(text) ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text)
      .toLowerCase()
      .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
      .replace(/[\u2013\u2014]/g, "-")
      .replace(/\ben\/of\b/g, "of")
      .replace(/\s+/g, " ")
      .trim(),
};

/** Every code point of the Basic Multilingual Plane but the surrogates, between two letters. */
const bmp = Array.from({ length: 0x10000 }, (_, c) => c)
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => `a${String.fromCharCode(c)}b`);

const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: fc.constantFrom(..."Ééèëïóöüçñß ø-/.,'’“”–—\u00a0\u200bﬁ²Ａ\u0301\u20dden/ofENhबि") }),
);

describe("foldAccents and foldCompatible", () => {
  it("take the accents off Latin letters", () => {
    expect(foldAccents("één café Curaçao")).toBe("een cafe Curacao");
    expect(foldCompatible("één café Curaçao")).toBe("een cafe Curacao");
  });

  it("differ on compatibility forms: foldAccents leaves them, foldCompatible unfolds them", () => {
    expect(foldAccents("proﬁel m² Ａ")).toBe("proﬁel m² Ａ");
    expect(foldCompatible("proﬁel m² Ａ")).toBe("profiel m2 A");
  });
});

describe("normalize", () => {
  it("keeps a–z and 0–9, punctuation as one space", () => {
    expect(normalize("  Sluitings-datum: één (1) week! ")).toBe("sluitings datum een 1 week");
    expect(normalize("Proﬁel Zürich Øresund")).toBe("profiel zurich resund");
  });

  it("reads every character as the extractor's normalize did", () => {
    expect(bmp.filter((s) => normalize(s) !== before.extract(s))).toEqual([]);
    fc.assert(fc.property(text, (s) => normalize(s) === before.extract(s)));
  });

  it("gives requirement ids the same words: the frozen copy in lib/model/requirement-id.ts agrees", () => {
    fc.assert(fc.property(text, (s) => requirementId("must", s) === requirementId("must", normalize(s))));
    // Ids are stored (the user's overrides are keyed by them): these must never change.
    expect(requirementId("must", "Minimaal 3 jaar ervaring als projectleider")).toBe(
      requirementId("must", "minimaal 3 jaar ervaring als projectleider"),
    );
    expect(requirementId("must", "HBO werk- en denkniveau")).toBe("must-8wa5ok");
    expect(requirementId("nice", "Ervaring met één of meer gemeenten")).toBe("nice-1a24h3x");
  });
});

describe("normaliseWords", () => {
  it("keeps the letters of any script and drops every combining mark", () => {
    expect(normaliseWords("(Concern)directie Zürich Øresund Straße")).toBe("concern directie zurich øresund straße");
    expect(normaliseWords("हिंदी")).toBe("हद");
  });

  it("reads every character as lib/listings/text-tokens.ts did", () => {
    expect(bmp.filter((s) => normaliseWords(s) !== before.listings(s))).toEqual([]);
    fc.assert(fc.property(text, (s) => normaliseWords(s) === before.listings(s)));
    fc.assert(fc.property(text, (s) => words(s).join(" ") === before.listings(s)));
  });
});

describe("the matcher's normal form on top of foldAccents", () => {
  it("reads every character as it did", () => {
    expect(bmp.filter((s) => matchNormalize(s) !== before.match(s))).toEqual([]);
    fc.assert(fc.property(text, (s) => matchNormalize(s) === before.match(s)));
  });

  it("keeps punctuation, unlike normalize", () => {
    expect(matchNormalize("Proces- en/of projectmanagement in ’s-Hertogenbosch – één")).toBe(
      "proces- of projectmanagement in 's-hertogenbosch - een",
    );
  });
});

describe("squash and clip", () => {
  it("collapse whitespace, non-breaking and zero-width spaces included", () => {
    expect(squash(" a \u00a0 b\u200b\n c ")).toBe("a b c");
  });

  it("clip to at most max characters, with an ellipsis when cut", () => {
    expect(clip("kort")).toBe("kort");
    expect(clip("een  twee drie vier", 10)).toBe("een twee…");
    expect(clip("x".repeat(300))).toHaveLength(200);
    fc.assert(fc.property(text, fc.integer({ min: 2, max: 50 }), (s, max) => clip(s, max).length <= max));
  });
});
