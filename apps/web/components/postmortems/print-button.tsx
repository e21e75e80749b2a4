"use client";

import { Printer } from "lucide-react";

export function PrintButton() {
  return (
    <button type="button" className="btn-primary px-2.5 py-1" onClick={() => window.print()}>
      <Printer className="size-4" aria-hidden /> Print
    </button>
  );
}
