"use client";

import type { PostmortemConflict, PostmortemDto } from "@opsdeck/core";
import type { PostmortemField } from "@opsdeck/core/postmortem/fields";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { savePostmortemAction } from "@/app/(dashboard)/postmortems/actions";
import { readDraft, writeDraft } from "./draft-store";
import { toInput, toWire, type Values, valuesOf } from "./wire";

export const SAVE_DELAY_MS = 1000;
export const postmortemKey = (id: string) => ["postmortem", id] as const;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string };

type Field = PostmortemField;
type Dirty = Partial<Record<Field, number>>;

/**
 * The editor's text: what the server has, with what was typed on top. Typing marks a field dirty
 * (remembering the version it was based on), keeps it in localStorage and saves it a second later;
 * a save based on an old version that someone else changed comes back as a conflict to settle
 * field by field. Fields nobody is typing in follow the server.
 */
export function useAutosave(pm: PostmortemDto) {
  const qc = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(pm));
  const [dirty, setDirty] = useState<Dirty>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflict, setConflict] = useState<PostmortemConflict | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const ref = useRef({ values, dirty, conflict, saving: false, again: false });
  ref.current.values = values;
  ref.current.dirty = dirty;
  ref.current.conflict = conflict;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const remember = useCallback(
    (v: Values, d: Dirty) => {
      const draft = { values: {} as Partial<Values>, base: d };
      for (const f of Object.keys(d) as Field[]) draft.values[f] = v[f];
      writeDraft(pm.id, draft);
    },
    [pm.id],
  );

  const save = useCallback(async () => {
    const r = ref.current;
    if (r.saving) {
      r.again = true;
      return;
    }
    const fields = (Object.keys(r.dirty) as Field[]).filter((f) => !r.conflict?.fields[f]);
    if (fields.length === 0) return;
    const form = new FormData();
    form.set("id", pm.id);
    form.set("expectedVersion", String(Math.min(...fields.map((f) => r.dirty[f] ?? 0))));
    const sent = Object.fromEntries(fields.map((f) => [f, r.values[f]])) as Partial<Values>;
    for (const f of fields) form.set(f, toWire(f, sent[f] ?? ""));
    r.saving = true;
    setStatus({ kind: "saving" });
    try {
      const res = await savePostmortemAction({ ok: false }, form);
      if (res.ok && res.version) {
        const version = res.version;
        // Fields typed in during the save stay dirty, now based on the version this save wrote.
        const next = { ...ref.current.dirty };
        for (const f of fields)
          if (ref.current.values[f] === sent[f]) delete next[f];
          else next[f] = version;
        ref.current.dirty = next;
        setDirty(next);
        remember(ref.current.values, next);
        setFieldErrors({});
        setStatus({ kind: "saved", at: res.savedAt ?? new Date().toISOString() });
        void qc.invalidateQueries({ queryKey: postmortemKey(pm.id), exact: true });
        r.again = r.again || fields.some((f) => next[f] !== undefined);
      } else if (res.conflict) {
        const merged = { version: res.conflict.version, fields: { ...r.conflict?.fields, ...res.conflict.fields } };
        r.conflict = merged;
        setConflict(merged);
        setStatus({ kind: "error", message: res.message ?? "Someone else changed this" });
        // The rest of what was sent was not written either: send it again without the conflicting fields.
        r.again = fields.some((f) => !merged.fields[f]);
      } else {
        setFieldErrors(res.fieldErrors ?? {});
        setStatus({ kind: "error", message: res.message ?? "That did not work" });
      }
    } catch {
      setStatus({ kind: "error", message: "No connection to the server; your text is kept in this browser" });
    } finally {
      r.saving = false;
      if (r.again) {
        r.again = false;
        void save();
      }
    }
  }, [pm.id, qc, remember]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    setStatus((s) => (s.kind === "saving" ? s : { kind: "pending" }));
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [save]);

  const change = useCallback(
    (field: Field, value: string) => {
      const values = { ...ref.current.values, [field]: value };
      const dirty = { ...ref.current.dirty, [field]: ref.current.dirty[field] ?? pm.version };
      ref.current.values = values;
      ref.current.dirty = dirty;
      setValues(values);
      setDirty(dirty);
      remember(values, dirty);
      schedule();
    },
    [pm.version, remember, schedule],
  );

  /** Settle one conflicting field: keep what you typed (saved over theirs) or take theirs. */
  const settle = useCallback(
    (field: Field, keep: "mine" | "theirs") => {
      const c = ref.current.conflict;
      const entry = c?.fields[field];
      if (!c || !entry) return;
      const { [field]: _, ...rest } = c.fields;
      setConflict(Object.keys(rest).length ? { ...c, fields: rest } : null);
      ref.current.conflict = Object.keys(rest).length ? { ...c, fields: rest } : null;
      if (keep === "mine") {
        const dirty = { ...ref.current.dirty, [field]: c.version };
        ref.current.dirty = dirty;
        setDirty(dirty);
        remember(ref.current.values, dirty);
        schedule();
        return;
      }
      const { [field]: _d, ...dirty } = ref.current.dirty;
      const values = { ...ref.current.values, [field]: toInput(field, entry.theirs) };
      ref.current.values = values;
      ref.current.dirty = dirty;
      setValues(values);
      setDirty(dirty);
      remember(values, dirty);
      if (Object.keys(rest).length === 0) setStatus({ kind: "idle" });
    },
    [remember, schedule],
  );

  // A newer version from the server (someone's edit, a status change): follow it where nothing is typed.
  const serverValues = valuesOf(pm);
  const serverKey = `${pm.version}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per server version
  useEffect(() => {
    setValues((v) => {
      const next = { ...v };
      for (const f of Object.keys(serverValues) as Field[])
        if (ref.current.dirty[f] === undefined) next[f] = serverValues[f];
      ref.current.values = next;
      return next;
    });
  }, [serverKey]);

  // A draft left by an earlier visit (a reload before it was saved): put it back and save it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per postmortem
  useEffect(() => {
    const draft = readDraft(pm.id);
    if (!draft) return;
    const fields = (Object.keys(draft.values) as Field[]).filter((f) => draft.values[f] !== serverValues[f]);
    if (fields.length === 0) return writeDraft(pm.id, { values: {}, base: {} });
    const values = { ...ref.current.values };
    const dirty: Dirty = {};
    for (const f of fields) {
      values[f] = draft.values[f] ?? "";
      dirty[f] = draft.base[f] ?? pm.version;
    }
    ref.current.values = values;
    ref.current.dirty = dirty;
    setValues(values);
    setDirty(dirty);
    schedule();
  }, [pm.id]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { values, dirty, status, conflict, fieldErrors, change, settle, unsaved: Object.keys(dirty).length > 0 };
}
