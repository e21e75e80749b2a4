"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { incidentKey } from "@/components/incidents/incident-actions";
import type { FormState } from "@/lib/form-state";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/**
 * A form that adds to an incident: on success the incident reads again and the form starts blank
 * (`round` is its key); a refused submission keeps what was typed.
 */
export function useIncidentForm(action: Action, number: number) {
  const qc = useQueryClient();
  const [round, setRound] = useState(0);
  const form = useFormAction(action, async () => {
    setRound((r) => r + 1);
    await qc.invalidateQueries({ queryKey: incidentKey(number), exact: true });
  });
  return { ...form, round };
}
