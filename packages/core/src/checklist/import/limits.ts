/** Longer input is read only up to the last line break before this many characters. */
export const MAX_MARKDOWN_CHARS = 200_000;
export const MAX_CHECKLISTS = 50;
export const MAX_ITEMS = 200;
export const MAX_TITLE_CHARS = 200;
export const MAX_DETAIL_CHARS = 4000;
/** How deep the walk follows lists and block quotes inside each other. */
export const MAX_NESTING = 16;
