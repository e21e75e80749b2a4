"use client";

import { useEffect, useRef, useState } from "react";
import { blankItem, type ItemDraft, moveItem } from "./template-values";

/** The DOM id of an item's control ("title", "up", "down"…): it follows the item as it moves. */
export type ItemControlId = (key: string, control: string) => string;

type Options<T> = {
  /** A new entry (a checklist item by default). */
  blank?: (key: string) => T;
  /** What the announcements call an entry. */
  noun?: string;
  /** Start with no entry rather than one blank one when `initial` is empty. */
  allowEmpty?: boolean;
  /** The control focused in an added entry, or in the one that took a removed entry's place. */
  first?: string;
};

/**
 * The editor's items with add, remove, move and edit. Focus follows the item a button moved (or
 * the one that took a removed item's place), and each change is announced, so the list works from
 * the keyboard and a screen reader.
 */
export function useItemList<T extends { key: string } = ItemDraft>(
  initial: T[],
  controlId: ItemControlId,
  addButtonId: string,
  {
    blank = blankItem as unknown as (key: string) => T,
    noun = "Item",
    allowEmpty = false,
    first = "title",
  }: Options<T> = {},
) {
  const nextKey = useRef(0);
  const newKey = () => `new-${nextKey.current++}`;
  const [items, setItems] = useState<T[]>(() => (initial.length || allowEmpty ? initial : [blank(newKey())]));
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const focus = (id: string) => setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));

  return {
    items,
    announcement,
    update(key: string, patch: Partial<T>) {
      setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
    },
    add() {
      const item = blank(newKey());
      setItems([...items, item]);
      setAnnouncement(`${noun} ${items.length + 1} added`);
      focus(controlId(item.key, first));
    },
    remove(index: number) {
      const rest = items.filter((_, i) => i !== index);
      setItems(rest);
      setAnnouncement(`${noun} ${index + 1} removed`);
      const successor = rest[Math.min(index, rest.length - 1)];
      focus(successor ? controlId(successor.key, first) : addButtonId);
    },
    move(index: number, delta: -1 | 1) {
      const item = items[index];
      const to = index + delta;
      if (!item || to < 0 || to >= items.length) return;
      setItems(moveItem(items, index, to));
      setAnnouncement(`${noun} moved to position ${to + 1} of ${items.length}`);
      // At either end the pressed button turns disabled: focus the other one instead.
      const atEnd = to === 0 || to === items.length - 1;
      const pressed = delta < 0 ? "up" : "down";
      focus(controlId(item.key, atEnd ? (pressed === "up" ? "down" : "up") : pressed));
    },
  };
}
