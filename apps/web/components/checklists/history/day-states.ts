import { CheckCircle2, CircleDot, Clock, Minus, XCircle } from "lucide-react";
import type { DayState } from "@/lib/checklists/calendar";

type Look = { text: string; Icon: typeof CheckCircle2; cell: string };

/** Each state has its own icon and word as well as its colour, so none depends on colour alone. */
export const DAY_STATES: Record<Exclude<DayState, "blank">, Look> = {
  signed: {
    text: "Signed off",
    Icon: CheckCircle2,
    cell: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-500/40 dark:bg-emerald-950/50 dark:text-emerald-200",
  },
  late: {
    text: "Signed late",
    Icon: Clock,
    cell: "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-500/40 dark:bg-orange-950/50 dark:text-orange-200",
  },
  missed: {
    text: "Missed",
    Icon: XCircle,
    cell: "border-red-300 bg-red-50 text-red-900 dark:border-red-500/40 dark:bg-red-950/50 dark:text-red-200",
  },
  open: {
    text: "Open",
    Icon: CircleDot,
    cell: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-500/40 dark:bg-sky-950/50 dark:text-sky-200",
  },
  none: {
    text: "No run",
    Icon: Minus,
    cell: "border-dashed border-slate-300 bg-white text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400",
  },
};
