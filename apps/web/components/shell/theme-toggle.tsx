"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useEffect, useState } from "react";

const CHOICES = [
  { value: "system", label: "System", Icon: Monitor },
  { value: "light", label: "Light", Icon: Sun },
  { value: "dark", label: "Dark", Icon: Moon },
] as const;

/** System, light or dark: the stored choice is only known in the browser, so it renders once mounted. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const current = CHOICES.find((c) => c.value === (mounted ? theme : undefined)) ?? CHOICES[0];
  return (
    <label className="btn-secondary relative gap-1 px-2" title="Theme: system, light or dark">
      <current.Icon className="size-4" aria-hidden />
      <span className="sr-only">Theme</span>
      <select
        value={current.value}
        onChange={(e) => setTheme(e.target.value)}
        disabled={!mounted}
        className="cursor-pointer appearance-none bg-transparent text-sm outline-none"
        data-testid="theme-toggle"
      >
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
