// The one check that unknown data (storage, an imported file, a message) is a plain object.

/** A non-null object that is not an array: a record whose fields can be read one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
