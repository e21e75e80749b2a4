"use client";

import { describeDueRule, DUE_TIME } from "@opsdeck/core/checklist/due-rule";
import type { ChecklistCadence } from "@opsdeck/db";
import { useState } from "react";
import { CADENCE_LABEL } from "@/components/badges/status-badges";
import { Field } from "@/components/ui/field";
import { ZoneOptions } from "./zone-options";
import { dueDayHint, hasDueDay, LAST_DUE_DAY } from "./template-values";

export type ScheduleDefaults = {
  cadence: ChecklistCadence;
  timeZone: string;
  dueTime: string;
  dueDay: number;
  graceMinutes: number;
};

type Props = {
  defaults: ScheduleDefaults;
  zones: string[];
  fe: Record<string, string[]>;
  id: (name: string) => string;
};

const CADENCES = Object.keys(CADENCE_LABEL) as ChecklistCadence[];

function ruleText(cadence: ChecklistCadence, dueTime: string, dueDay: string, grace: string): string {
  if (cadence === "PRE_DEPLOY") return "Started by hand before each deploy: no due time.";
  if (!DUE_TIME.test(dueTime)) return "Enter the due time as HH:MM.";
  const graceMinutes = Number(grace);
  if (grace.trim() === "" || !Number.isInteger(graceMinutes) || graceMinutes < 0)
    return "Enter the grace as whole minutes.";
  return describeDueRule(cadence, { dueTime, dueDay: Number(dueDay) || 1, graceMinutes });
}

/**
 * Cadence, zone and deadline, described live as the checklist page will put it. Fields a cadence
 * does not use stay in the form, hidden, so switching back does not lose them.
 */
export function ScheduleFields({ defaults, zones, fe, id }: Props) {
  const [cadence, setCadence] = useState(defaults.cadence);
  const [dueTime, setDueTime] = useState(defaults.dueTime);
  const [dueDay, setDueDay] = useState(String(defaults.dueDay));
  const [grace, setGrace] = useState(String(defaults.graceMinutes));
  const timed = cadence !== "PRE_DEPLOY";
  return (
    <>
      <Field label="Cadence" name="cadence" id={id("cadence")} errors={fe.cadence}>
        <select
          id={id("cadence")}
          name="cadence"
          className="input"
          value={cadence}
          onChange={(e) => setCadence(e.target.value as ChecklistCadence)}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {CADENCE_LABEL[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Time zone"
        name="timeZone"
        id={id("timeZone")}
        errors={fe.timeZone}
        hint="Its wall clock decides when a period begins and when a run is due."
      >
        <select id={id("timeZone")} name="timeZone" className="input" defaultValue={defaults.timeZone}>
          <ZoneOptions zones={zones} current={defaults.timeZone} />
        </select>
      </Field>
      <div className={timed ? "" : "hidden"}>
        <Field label="Due time" name="dueTime" id={id("dueTime")} errors={fe.dueTime}>
          <input
            id={id("dueTime")}
            name="dueTime"
            type="time"
            className="input"
            value={dueTime}
            onChange={(e) => setDueTime(e.target.value)}
          />
        </Field>
      </div>
      {hasDueDay(cadence) ? (
        <Field label="Due day" name="dueDay" id={id("dueDay")} errors={fe.dueDay} hint={dueDayHint(cadence, dueDay)}>
          <input
            id={id("dueDay")}
            name="dueDay"
            type="number"
            inputMode="numeric"
            min={1}
            max={LAST_DUE_DAY[cadence]}
            className="input"
            value={dueDay}
            onChange={(e) => setDueDay(e.target.value)}
          />
        </Field>
      ) : (
        <input type="hidden" name="dueDay" value="1" />
      )}
      <div className={timed ? "" : "hidden"}>
        <Field
          label="Grace (minutes)"
          name="graceMinutes"
          id={id("graceMinutes")}
          errors={fe.graceMinutes}
          hint="How long a run may stay overdue before it counts as missed."
        >
          <input
            id={id("graceMinutes")}
            name="graceMinutes"
            type="number"
            inputMode="numeric"
            min={0}
            step={15}
            className="input"
            value={grace}
            onChange={(e) => setGrace(e.target.value)}
          />
        </Field>
      </div>
      {fe.dueDay && !hasDueDay(cadence) && (
        <p role="alert" className="text-xs text-red-600 sm:col-span-2 dark:text-red-400">
          {fe.dueDay.join(" ")}
        </p>
      )}
      <p className="text-sm text-slate-700 sm:col-span-2 dark:text-slate-300" aria-live="polite" data-testid="due-rule">
        {ruleText(cadence, dueTime, dueDay, grace)}
      </p>
    </>
  );
}
