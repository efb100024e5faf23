import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDayInput, parseDayInput } from "../../../lib/forms/date-input";
import { fieldId, firstErrorPath, fieldError } from "../../../lib/forms/field-error";
import { formatNumberInput, parseNumberInput, readNumber } from "../../../lib/forms/number-input";
import { addTags, removeTag, splitTagText } from "../../../lib/forms/tags";

describe("number fields", () => {
  it.each([
    ["12", 12],
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["€85", 85],
    ["1.250,50", 1250.5],
    [" 40 ", 40],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumberInput(text)).toEqual({ kind: "number", value });
  });

  it.each(["abc", "-3", "1,2,3", "12 uur", "1e3"])("calls %j invalid", (text) => {
    expect(parseNumberInput(text).kind).toBe("invalid");
  });

  it("tells an empty field apart, and applies range and whole-number rules", () => {
    expect(readNumber("", { min: 0, max: 5 })).toEqual({ value: null });
    expect(readNumber("", { min: 0, max: 5, required: true })).toEqual({ error: fieldError("options_err_required") });
    expect(readNumber("6", { min: 0, max: 5 })).toEqual({ error: fieldError("options_err_range", 0, 5) });
    expect(readNumber("2,5", { min: 0, max: 5, whole: true })).toEqual({
      error: fieldError("options_err_whole_number"),
    });
  });

  it("reads back every amount it shows (up to cents)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
        (value) => {
          expect(parseNumberInput(formatNumberInput(value))).toEqual({ kind: "number", value });
        },
      ),
    );
  });
});

describe("date field", () => {
  it("reads dd-mm-jjjj and ISO, and checks the day exists", () => {
    expect(parseDayInput("5-1-2026")).toBe("2026-01-05");
    expect(parseDayInput("15/11/2025")).toBe("2025-11-15");
    expect(parseDayInput("2025-11-15")).toBe("2025-11-15");
    expect(parseDayInput("29-02-2028")).toBe("2028-02-29");
    expect(parseDayInput("29-02-2027")).toBe("invalid");
    expect(parseDayInput("")).toBeNull();
  });

  it("reads back every day it shows", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDayInput(formatDayInput(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe("tags", () => {
  it("splits on commas, trims, and skips what is there in other capitals", () => {
    expect(splitTagText(" Agile,  Scrum ,, ")).toEqual(["Agile", "Scrum"]);
    expect(addTags(["Agile"], "agile, Prince2, prince2")).toEqual(["Agile", "Prince2"]);
  });

  it("removes by position", () => {
    expect(removeTag(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });
});

describe("field ids", () => {
  it("makes element ids from paths and finds the first error in page order", () => {
    expect(fieldId("roles.0.years")).toBe("field-roles-0-years");
    const errors = { availableFrom: fieldError("x"), "roles.1.title": fieldError("y") };
    expect(firstErrorPath(errors, ["roles.1.title", "availableFrom"])).toBe("roles.1.title");
  });
});
