// A listing's countdown pill, as components/Countdown draws it, but from the listing's closing
// date and its status together: a listing the page marks closed says "gesloten", never "geen
// sluitingsdatum bekend" above "Deze opdracht is gesloten". (components/Countdown takes only the
// date; once it takes the status too, the popup can use it again.)
import { ClockIcon } from "../../components/ClockIcon";
import { countdownText, listingCountdown, urgency } from "../../lib/format/countdown";
import type { Lang } from "../../lib/i18n/t";
import type { ListingHead } from "../../lib/storage/saved-head";

export function ListingCountdown(props: {
  listing: Pick<ListingHead, "deadline" | "status">;
  now: Date;
  lang: Lang;
  large?: boolean;
}) {
  const c = listingCountdown(props.listing, props.now);
  const level = urgency(c);
  return (
    <span class={`or-countdown or-${level}${props.large ? " or-large" : ""}`} data-urgency={level}>
      <ClockIcon /> <span class="or-countdown-text">{countdownText(c, props.lang)}</span>
    </span>
  );
}
