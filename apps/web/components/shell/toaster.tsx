"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

/** Where every change's outcome appears; follows the light or dark theme. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return <Sonner theme={resolvedTheme === "dark" ? "dark" : "light"} position="top-right" richColors closeButton />;
}
