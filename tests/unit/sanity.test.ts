import { describe, expect, it } from "vitest";
import { listingSchema } from "../../lib/model/listing";
describe("schema", () => {
  it("rejects a listing without fields", () => {
    expect(listingSchema.safeParse({}).success).toBe(false);
  });
});
