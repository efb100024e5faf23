// Every site adapter, in order; the generic one last (it matches everything).
import { bijoranje } from "./bijoranje";
import { generic } from "./generic";
import { kbenp } from "./kbenp";
import type { SiteAdapter } from "./types";
import { youngcapital } from "./youngcapital";
import { zuidprofs } from "./zuidprofs";

export const adapters: readonly SiteAdapter[] = [kbenp, bijoranje, youngcapital, zuidprofs, generic];

export function adapterFor(url: URL): SiteAdapter {
  return adapters.find((a) => a.matches(url)) ?? generic;
}
