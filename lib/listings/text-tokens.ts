// Words of a title or name, compared across brokers: lower case, accents dropped, punctuation
// as space. "(concern)directie" and "concerndirectie" both read as "concern directie" on one
// broker and "concerndirectie" on another, so brackets split words.
import { normaliseWords } from "../dutch/text";

/** Words that say nothing about which assignment it is (Dutch and English). */
const stopWords = new Set(
  [
    "de het een en of van voor in bij op te met aan naar om tot als per uit over door",
    "the a an and or for at to with",
    // Broker framing and seniority: one broker adds "Senior" or "(32 uur)", another does not.
    "opdracht vacature inhuur interim freelance zzp zzper gezocht tijdelijk",
    "junior medior senior ervaren uur uren week pw hours nl mvx",
  ]
    .join(" ")
    .split(" "),
);

/** Organisation-type words stripped with the client's name ("Gemeente Utrecht" → "utrecht"). */
const organisationWords = new Set("gemeente provincie waterschap ministerie stichting bv nv".split(" "));

/** The words of a text in lib/dutch/text.ts's form for any script ("Zürich" → "zurich"). */
export function words(text: string | null): string[] {
  if (!text) return [];
  return normaliseWords(text).split(" ").filter(Boolean);
}

/** The organisation's name as a comparable string: "Gemeente  Utrecht" = "gemeente utrecht". */
export function normaliseClient(client: string | null): string | null {
  const text = words(client).join(" ");
  return text === "" ? null : text;
}

/** Title words that identify the role: no stop words, numbers, client or place names. */
export function titleTokens(title: string | null, noise: ReadonlyArray<string | null>): Set<string> {
  const drop = new Set(noise.flatMap(words).filter((w) => !organisationWords.has(w)));
  const tokens = words(title).filter(
    (w) => w.length > 1 && !/^\d+$/.test(w) && !stopWords.has(w) && !organisationWords.has(w) && !drop.has(w),
  );
  return new Set(tokens);
}

/** Dice coefficient: 2·|A∩B| / (|A|+|B|); 0 when either side is empty. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const token of a) if (b.has(token)) common += 1;
  return (2 * common) / (a.size + b.size);
}
