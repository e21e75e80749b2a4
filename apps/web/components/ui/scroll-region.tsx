import type { ReactNode } from "react";

type Props = { label: string; className?: string; children: ReactNode };

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen: focusable
 * and named, so a keyboard can scroll it and a screen reader says what it holds.
 */
export function ScrollRegion({ label, className = "", children }: Props) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard
      tabIndex={0}
      className={`min-w-0 overflow-x-auto ${className}`}
    >
      {children}
    </section>
  );
}
