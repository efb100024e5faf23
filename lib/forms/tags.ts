// Tag lists (skills, regions, sectors): typed text is split on commas, trimmed, and added once
// (a tag that differs only in capitals counts as already there).

export function splitTagText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

export function addTags(tags: readonly string[], text: string): string[] {
  const out = [...tags];
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase("nl")));
  for (const tag of splitTagText(text)) {
    const key = tag.toLocaleLowerCase("nl");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function removeTag(tags: readonly string[], index: number): string[] {
  return tags.filter((_, i) => i !== index);
}
