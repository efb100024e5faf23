import { countdown, countdownText, urgency } from "../lib/format/countdown";
import type { Lang } from "../lib/i18n/t";
import type { Listing } from "../lib/model/listing";
import { ClockIcon } from "./ClockIcon";

/**
 * A closing date as a countdown; urgency shows in the words and colour together, never colour
 * alone. `status` is the listing's own: a listing the page says is closed reads "gesloten"
 * whatever its date, so the pill and the panel's "Deze opdracht is gesloten" agree.
 */
export function Countdown(props: {
  deadline: string | null;
  status?: Listing["status"];
  now: Date;
  lang: Lang;
  large?: boolean;
}) {
  const c = countdown(props.deadline, props.now, props.status);
  const level = urgency(c);
  return (
    <span class={`or-countdown or-${level}${props.large ? " or-large" : ""}`} data-urgency={level}>
      <ClockIcon /> <span class="or-countdown-text">{countdownText(c, props.lang)}</span>
    </span>
  );
}
