// RFC 5545 §3.1: content lines longer than 75 octets are folded. The ics package counts
// characters, so a line with "€" or "ë" (2-3 octets in UTF-8) could run past 75 octets, which
// strict readers reject. We unfold its output and fold again by octets, never inside a character.

const encoder = new TextEncoder();
const LIMIT = 75;

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a tab, which counts towards their 75 octets.
    if (octets + size > LIMIT) {
      parts.push(current);
      current = "";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n\t");
}

export function refoldByOctets(ics: string): string {
  const unfolded = ics.replace(/\r\n[\t ]/g, "");
  const lines = unfolded.split("\r\n");
  return lines.map((line) => (line === "" ? line : foldLine(line))).join("\r\n");
}
