export const SCRAPE_PROBLEM_CODES = [
  "UNREACHABLE",
  "TIMEOUT",
  "HTTP_STATUS",
  "UNAUTHORIZED",
  "TOO_LARGE",
  "MALFORMED",
  "EMPTY",
  "MISSING_REQUESTS",
  "MISSING_STATUS",
  "MISSING_HISTOGRAM",
  "NO_KEY",
] as const;
export type ScrapeProblemCode = (typeof SCRAPE_PROBLEM_CODES)[number];

/** Why a scrape, or one figure of it, has no data: a code to branch on and a sentence to act on. */
export type ScrapeProblem = { code: ScrapeProblemCode; message: string };

export const scrapeProblem = (code: ScrapeProblemCode, message: string): ScrapeProblem => ({ code, message });
