// Registered by the worker on the hosts the user taught rules on (lib/browser/rule-hosts.ts):
// marks the page in the extension's isolated world, so that the first stage
// (entrypoints/listing) asks for the host's rules before it turns the page away.
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { markRuleHost } from "../listing/stages";

export default defineUnlistedScript(() => {
  markRuleHost();
});
