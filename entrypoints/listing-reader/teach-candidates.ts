// What the keyboard steps through in the pointing mode: the reading's own text blocks (not the
// site's menus), in page order; for an eisen/wensen section, the lists those blocks stand in.
import type { PageReading } from "../../lib/model/page-reading";

export function teachCandidates(reading: PageReading, elements: readonly Element[], section: boolean): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  elements.forEach((el, i) => {
    const block = reading.blocks[i];
    if (!block || block.chrome || !el.isConnected) return;
    const candidate = section ? (el.closest("ul, ol, table, dl") ?? el) : el;
    if (seen.has(candidate)) return;
    seen.add(candidate);
    out.push(candidate);
  });
  return out;
}
