import type { ContactKind } from "@opsdeck/db";

export type ContactMethodDto = {
  id: string;
  kind: ContactKind;
  address: string;
  /** The last test: when, whether it arrived, and what the receiver answered. */
  test: { at: string; ok: boolean; detail: string } | null;
  /** A webhook's signing secret, shown to its owner and admins only. */
  signingSecret?: string;
};
