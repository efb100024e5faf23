/** A small clock drawn in the text colour (emoji fonts are not everywhere). */
export function ClockIcon() {
  return (
    <svg class="or-icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
