// An adapter's raw texts, parsed with the shared parsers into a draft with tier "adapter".
import type { AdapterReading } from "../model/page-reading";
import { fill, type Draft } from "./draft";
import { interpret } from "./fields";
import type { LabelField } from "../dutch/label-words";
import type { Page } from "./page";
import { readRequirements } from "./requirements";
import type { Requirement } from "../model/listing";
import { squash } from "../dutch/text";

const PARSED: LabelField[] = [
  "deadline",
  "startDate",
  "endDate",
  "period",
  "hoursPerWeek",
  "rate",
  "published",
  "location",
  "client",
];

export function draftFromAdapter({ fields, rateIsMaximum }: AdapterReading, now: Date): Draft {
  const draft: Draft = {};
  if (fields.title) fill(draft, { title: squash(fields.title) }, "adapter", fields.title);
  for (const field of PARSED) {
    const text = fields[field];
    if (!text) continue;
    const values = interpret(field, text, now, true);
    if (values.rate && rateIsMaximum && values.rate.min === values.rate.max)
      values.rate = { ...values.rate, min: null };
    fill(draft, values, "adapter", text);
  }
  return draft;
}

/** The items inside the adapter's eisen/wensen elements, of the kind the adapter gives unless an item says. */
export function adapterRequirements({ sections }: AdapterReading, page: Page): Requirement[] | null {
  if (!sections.length) return null;
  const out: Requirement[] = [];
  for (const section of sections) {
    const blocks = section.blocks.flatMap((i) => page.blocks[i] ?? []);
    // the section's kind, unless an item says otherwise ("W1", "is een pré")
    out.push(...readRequirements(blocks, section.kind));
  }
  return out;
}
