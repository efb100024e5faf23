// The content script comes in two stages that share the extension's isolated world in a frame:
// the first stage (this entrypoint), which runs on every page of the sites and stays small, and
// the reader (entrypoints/listing-reader), which the worker injects once the first stage lets the
// page through. They find each other through symbols on that world's global object, which no
// page script can see or set.
import type { StageContext } from "./stage-context";
import type { Listing } from "../../lib/model/listing";
import type { ContentReply } from "../../lib/protocol";

export interface FirstStage {
  ctx: StageContext;
  /** Forgets the DOM changes seen so far: the reader calls it after drawing, so its own marks do not count as the page changing. */
  forgetOwnChanges(): void;
  /** The listing for the popup; `analyse` ("Analyseer deze pagina") reads the page even if this stage would not. */
  listingFor(analyse: boolean): Promise<ContentReply>;
}

export interface ReaderStage {
  /** Reads the page again; the worker is asked only when the reading changed (then true). */
  refresh(): Promise<boolean>;
  /** The listing shown, once the reading under way is done; null when the page is not one. */
  listing(): Promise<Listing | null>;
  /** The part of the page the listing stands in (its blocks' common ancestor), or null. */
  region(): Node | null;
  /** How long the last reading took, in ms: re-reading on DOM changes is spaced by it. */
  lastReadMs(): number;
}

/** The first stage's key in the world's symbol registry; the popup finds it there too (entrypoints/popup/tab.ts). */
export const FIRST_STAGE_KEY = "opdrachtradar.first-stage";
const FIRST = Symbol.for(FIRST_STAGE_KEY);
const READER = Symbol.for("opdrachtradar.reader");
const RULE_HOST = Symbol.for("opdrachtradar.rule-host");
type Scope = { [FIRST]?: FirstStage; [READER]?: ReaderStage; [RULE_HOST]?: true };
const scope = globalThis as Scope;

export const firstStage = (): FirstStage | null => scope[FIRST] ?? null;
export const readerStage = (): ReaderStage | null => scope[READER] ?? null;

export function setFirstStage(stage: FirstStage | null): void {
  if (stage) scope[FIRST] = stage;
  else delete scope[FIRST];
}

export function setReaderStage(stage: ReaderStage | null): void {
  if (stage) scope[READER] = stage;
  else delete scope[READER];
}

/** Set by entrypoints/rule-host on the hosts the user taught rules on. */
export const isRuleHost = (): boolean => scope[RULE_HOST] === true;

export function markRuleHost(): void {
  scope[RULE_HOST] = true;
}
