import type { List, Nodes, Paragraph, RootContent } from "mdast";
import { cadenceOfHeading, namesChecklist } from "./cadence.ts";
import { stepsInCode } from "./code-steps.ts";
import { addItems, type Collector, openCollector } from "./collector.ts";
import { detailOf, fencedCode, sourceOf } from "./detail.ts";
import { boldLabel } from "./label.ts";
import { MAX_NESTING } from "./limits.ts";
import { itemOfListItem } from "./list-item.ts";
import { inlineText, titleOf } from "./text.ts";

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
const startsChecklist = (label: string) => cadenceOfHeading(label) !== null || namesChecklist(label);

/**
 * Walks the blocks of a Markdown tree, gathering items into the checklist of the nearest
 * cadence (or "checklist") heading or bold label above them.
 */
export class ChecklistWalk {
  readonly collectors: Collector[] = [];

  constructor(private readonly markdown: string) {}

  /** A run of sibling blocks; `inherited` is the checklist of the container they sit in. */
  flow(nodes: RootContent[], inherited: Collector | null, nesting: number): void {
    if (nesting > MAX_NESTING) return;
    // Open headings, outermost first; a heading closes those of its own level and deeper.
    const scopes: { depth: number; collector: Collector | null }[] = [];
    const active = () => scopes.findLast((s) => s.collector !== null)?.collector ?? inherited;
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      if (node?.type === "heading") {
        while ((scopes.at(-1)?.depth ?? 0) >= node.depth) scopes.pop();
        scopes.push({ depth: node.depth, collector: this.open("heading", inlineText(node), node) });
      } else if (node?.type === "paragraph") {
        const label = boldLabel(node);
        if (label !== null) i += this.label(label, node, nodes, i + 1, active(), nesting);
      } else if (node?.type === "list") {
        this.list(node, active(), nesting);
      } else if (node?.type === "code") {
        const target = active();
        if (target) addItems(target, stepsInCode(node));
      } else if (node?.type === "blockquote") {
        this.flow(node.children, active(), nesting + 1);
      }
    }
  }

  private open(kind: Collector["kind"], text: string, node: Nodes): Collector | null {
    const collector = openCollector(kind, text, lineOf(node));
    if (collector) this.collectors.push(collector);
    return collector;
  }

  /**
   * A bold label either starts its own checklist from the list or code block after it, or, inside
   * a checklist, is an item whose detail is the code and paragraphs after it. Returns how many of
   * the following blocks (from `nodes[next]` on) it took.
   */
  private label(
    label: string,
    node: Paragraph,
    nodes: RootContent[],
    next: number,
    target: Collector | null,
    nesting: number,
  ): number {
    const after = nodes[next];
    if (startsChecklist(label)) {
      const own = this.open("label", label, node);
      if (own && after?.type === "list") this.list(after, own, nesting);
      else if (own && after?.type === "code") addItems(own, stepsInCode(after));
      else return 0;
      return 1;
    }
    // A label over a list only groups that list's items.
    if (target === null || after?.type === "list") return 0;
    let end = next;
    while (end < nodes.length && isDetailBlock(nodes[end])) end += 1;
    const text = nodes
      .slice(next, end)
      .map((d) => (d.type === "code" ? fencedCode(d) : sourceOf([d], this.markdown)))
      .join("\n\n");
    addItems(target, [{ title: titleOf(label), detail: detailOf(text) }]);
    return end - next;
  }

  private list(list: List, target: Collector | null, nesting: number): void {
    for (const listItem of list.children) {
      const first = listItem.children[0];
      const label = first?.type === "paragraph" ? boldLabel(first) : null;
      if (target === null || (label !== null && startsChecklist(label))) {
        this.flow(listItem.children, target, nesting + 1);
        continue;
      }
      const item = itemOfListItem(listItem, this.markdown);
      if (item) addItems(target, [item]);
    }
  }
}

function isDetailBlock(node: RootContent | undefined): boolean {
  if (node?.type === "paragraph") return boldLabel(node) === null;
  return node?.type === "code" || node?.type === "blockquote" || node?.type === "table";
}
