// Adapters that read "label → value" lists (dl, title attributes) map labels with the shared
// vocabulary, so a renamed label on the site still lands in the right field.
import { fieldOfLabel } from "../dutch/label-words";
import { normalize } from "../dutch/text";
import type { AdapterFields } from "./types";

export function putLabelled(fields: AdapterFields, label: string, value: string): void {
  const field = fieldOfLabel(normalize(label));
  if (!field || !value || fields[field] !== undefined) return;
  fields[field] = value;
}
