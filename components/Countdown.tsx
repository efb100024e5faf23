import { countdown, countdownText, urgency } from "../lib/format/countdown";
import type { Lang } from "../lib/i18n/t";
import { ClockIcon } from "./ClockIcon";

/** A deadline as a countdown; urgency shows in the words and colour together, never colour alone. */
export function Countdown(props: { deadline: string | null; now: Date; lang: Lang; large?: boolean }) {
  const c = countdown(props.deadline, props.now);
  const level = urgency(c);
  return (
    <span class={`or-countdown or-${level}${props.large ? " or-large" : ""}`} data-urgency={level}>
      <ClockIcon /> <span class="or-countdown-text">{countdownText(c, props.lang)}</span>
    </span>
  );
}
