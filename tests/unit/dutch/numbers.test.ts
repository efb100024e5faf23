import { describe, expect, it } from "vitest";
import { countValue, dutchNumber } from "../../../lib/dutch/numbers";

describe("dutchNumber", () => {
  it("reads the Dutch number words", () => {
    expect(dutchNumber("drie")).toBe(3);
    expect(dutchNumber("twintig")).toBe(20);
    expect(dutchNumber("three")).toBeNull();
  });

  it("reads no word of Object.prototype as a number", () => {
    expect(dutchNumber("constructor")).toBeNull();
    expect(dutchNumber("tostring")).toBeNull();
    expect(dutchNumber("__proto__")).toBeNull();
  });
});

describe("countValue", () => {
  it("reads digits and Dutch and English number words, in any case", () => {
    expect(countValue("15")).toBe(15);
    expect(countValue("Twee")).toBe(2);
    expect(countValue("an")).toBe(1);
    expect(countValue("Ten")).toBe(10);
    expect(countValue("constructor")).toBeNull();
    expect(countValue("veel")).toBeNull();
  });
});
