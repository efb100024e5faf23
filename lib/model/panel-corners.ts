// The corners of the window the in-page panel can stand in, apart from the settings' schema:
// the content script uses them and must not bundle zod (its budget is 30 KB).

/** In the order "Verplaats" goes round: clockwise from the start, bottom right. */
export const panelCorners = ["bottom-right", "bottom-left", "top-left", "top-right"] as const;
export type PanelCorner = (typeof panelCorners)[number];

/** The corner after `corner` ("Verplaats" pressed). */
export function nextCorner(corner: PanelCorner): PanelCorner {
  return panelCorners[(panelCorners.indexOf(corner) + 1) % panelCorners.length]!;
}
