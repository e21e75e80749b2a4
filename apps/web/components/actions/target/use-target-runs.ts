"use client";

import type { ActionRunDto } from "@opsdeck/core";
import { useQueryClient } from "@tanstack/react-query";
import { runsKey } from "../runs/runs-live";

/** The target's runs as its page's run list last read them (for linking the live one after a refusal). */
export function useTargetRuns(targetId: string): ActionRunDto[] {
  const qc = useQueryClient();
  return qc.getQueryData<ActionRunDto[]>(runsKey({ targetId })) ?? [];
}
