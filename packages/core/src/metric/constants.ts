/** Raw points serve ranges up to a day or two; rollups serve the rest (as the check rollups do). */
export const METRIC_RAW_RETENTION_DAYS = 3;
export const METRIC_ROLLUP_RETENTION_DAYS = { HOUR: 90, DAY: 730 } as const;
export const MAX_METRIC_POINTS = 2_000;
export const MAX_METRIC_SERIES = 50;
export const HOUR_S = 3_600;
export const DAY_S = 86_400;

/** The most series one page of the series list holds. */
export const MAX_LISTED_SERIES = 500;
