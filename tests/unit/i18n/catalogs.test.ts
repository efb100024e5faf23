// Conventions of the i18n files: every text in Dutch and English, with the same placeholders.
import { describe, expect, it } from "vitest";
import { messageKeys, registerCatalogs, t } from "../../../lib/i18n/t";

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

  it("fills placeholders as a regex replace would, odd ones included", () => {
    const odd: Record<string, string> = {
      t_dollar_end: "kost $",
      t_dollar_zero: "$0 en $1",
      t_double: "$$1$2$",
      t_missing: "$1, $3 en $2",
      t_adjacent: "$1$1$2",
    };
    // Added to the English catalog as it stands (t without values gives a text unchanged).
    const en = Object.fromEntries(messageKeys("en").map((k) => [k, { message: t("en", k) }]));
    for (const [k, message] of Object.entries(odd)) en[k] = { message };
    registerCatalogs({ en });
    const byRegex = (message: string, subs: Array<string | number>) =>
      message.replace(/\$(\d)/g, (m, n: string) => {
        const value = subs[Number(n) - 1];
        return value === undefined ? m : String(value);
      });
    for (const subs of [[], ["a"], ["a", 2], ["$1", "b", "c"]] as Array<Array<string | number>>) {
      for (const [key, message] of Object.entries(odd)) expect(t("en", key, ...subs)).toBe(byRegex(message, subs));
      for (const key of messageKeys("nl")) expect(t("nl", key, ...subs)).toBe(byRegex(t("nl", key), subs));
    }
  });
});
