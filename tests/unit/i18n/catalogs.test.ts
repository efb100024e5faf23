// Conventions of the i18n files: every text in Dutch and English, with the same placeholders.
import { describe, expect, it } from "vitest";
import { messageKeys, t } from "../../../lib/i18n/t";

const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

describe("i18n catalogs", () => {
  const nl = messageKeys("nl");
  const en = messageKeys("en");

  it("have the same keys in Dutch and English", () => {
    expect(nl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !nl.includes(k))).toEqual([]);
  });

  it("use keys Chrome accepts", () => {
    expect(nl.filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it("have a text and the same $1..$9 placeholders in both languages", () => {
    const mismatched = nl.filter((k) => {
      const a = t("nl", k);
      const b = t("en", k);
      return !a || !b || placeholders(a).join() !== placeholders(b).join();
    });
    expect(mismatched).toEqual([]);
  });

  it("substitutes and falls back visibly", () => {
    expect(t("nl", "countdown_days", 11)).toBe("nog 11 dagen");
    expect(t("en", "countdown_days", 11)).toBe("11 days left");
    expect(t("nl", "no_such_key")).toBe("no_such_key");
  });
});
