// WXT's fakeBrowser implements neither `scripting` nor `permissions`: a small fake of each,
// holding what the browser would hold (the registered content scripts, the granted origins) and
// failing where the browser fails (a duplicate or unknown script id).
import { vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

export type FakeScript = {
  id: string;
  matches: string[];
  js: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
};

export function fakeScriptingAndPermissions(): { registered: Map<string, FakeScript>; granted: Set<string> } {
  const registered = new Map<string, FakeScript>();
  const granted = new Set<string>();
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async () => [...registered.values()]);
  scripting.registerContentScripts = vi.fn(async (scripts: FakeScript[]) => {
    for (const s of scripts) {
      if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.set(s.id, s);
    }
  });
  scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
  });
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  });
  return { registered, granted };
}
