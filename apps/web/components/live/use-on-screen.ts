"use client";

import { type RefObject, useEffect, useState } from "react";

/** Some room beyond the viewport, so a tile scrolled into view is usually watched already. */
const MARGIN = "200px 0px";

let observer: IntersectionObserver | null = null;
const callbacks = new WeakMap<Element, (on: boolean) => void>();

/** One observer for every tile on the page: two hundred observers cost more than one with two hundred targets. */
function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) callbacks.get(e.target)?.(e.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  return observer;
}

/**
 * Whether the element is on screen (or near it). Without IntersectionObserver it counts as on screen,
 * so nothing that relies on it stops updating.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      setOn(true);
      return;
    }
    const io = shared();
    callbacks.set(el, setOn);
    io.observe(el);
    return () => {
      io.unobserve(el);
      callbacks.delete(el);
    };
  }, [ref]);
  return on;
}
