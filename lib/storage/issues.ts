// zod issues as readable lines with a path a person can follow: "saved[3].listing.deadline: ...".
import type { z } from "zod";

type PathPart = PropertyKey;

const identifier = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PathPart[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && identifier.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** One line per issue, each path prefixed with where the checked value sits. */
export function formatIssues(error: z.ZodError, prefix: readonly PathPart[] = []): string[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return `${path || "(top)"}: ${issue.message}`;
  });
}

/** A file's JSON text read; when it is no JSON, the one problem in the form of formatIssues. */
export function parseJsonFile(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`(top): not valid JSON (${(error as Error).message})`] };
  }
}
