// Decodes a saved page by the charset it declares, the way a browser does (HTML's encoding
// sniffing, simplified): a byte-order mark, else an HTTP Content-Type charset when known, else
// <meta charset> / <meta http-equiv="Content-Type" content="...; charset=..."> in the first
// bytes, else UTF-8. A page saved as ISO-8859-1 (one of ../shared/real-pages) otherwise turns
// every "é" and "€" into U+FFFD.

/** How far into the page a charset declaration is looked for (the HTML standard says 1024 bytes). */
const SNIFF_BYTES = 4096;

/** The charset named in a Content-Type value ("text/html; charset=ISO-8859-1"), if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a page declares in a <meta> near its start, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Declarations are ASCII; latin1 maps every byte to one character, so positions stay put.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1]!.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const charset = charsetOfContentType(content?.[2] ?? content?.[3] ?? content?.[4]);
      if (charset) return charset;
    }
  }
  return null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  // A page that says UTF-16 in an ASCII-compatible <meta> is not UTF-16 (HTML standard).
  const name = /^utf-?16/i.test(label) ? "utf-8" : label;
  try {
    return new TextDecoder(name);
  } catch {
    return null; // an unknown label: fall through to the next rule
  }
}

/** The page's text, decoded by its byte-order mark, the server's charset, or its own declaration. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const decoder =
    decoderFor(charsetOfContentType(contentType)) ?? decoderFor(declaredCharset(bytes)) ?? new TextDecoder("utf-8");
  return decoder.decode(bytes);
}
