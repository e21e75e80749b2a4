import { type Block, parseBlocks, parseInline } from "./markdown-blocks";

function InlineText({ text }: { text: string }) {
  return parseInline(text).map((part) =>
    part.kind === "code" ? (
      <code
        key={part.at}
        className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800 dark:bg-slate-800 dark:text-slate-200"
      >
        {part.text}
      </code>
    ) : part.kind === "strong" ? (
      <strong key={part.at} className="font-semibold text-slate-900 dark:text-white">
        {part.text}
      </strong>
    ) : (
      <span key={part.at}>{part.text}</span>
    ),
  );
}

export function CodeBlock({ text, lang }: { text: string; lang?: string | null }) {
  return (
    <pre
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a long line scrolls sideways, so the keyboard must reach it
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-5 text-slate-800 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200"
      data-lang={lang ?? undefined}
    >
      <code>{text}</code>
    </pre>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "heading":
      return (
        <h3 className="pt-2 font-semibold text-slate-900 dark:text-white">
          <InlineText text={block.text} />
        </h3>
      );
    case "code":
      return <CodeBlock text={block.text} lang={block.lang} />;
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List className={`space-y-1 pl-5 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item) => (
            <li key={item.line}>
              <InlineText text={item.text} />
            </li>
          ))}
        </List>
      );
    }
    default:
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
  }
}

/** Runbook or checklist Markdown as plain React elements (never raw HTML); code scrolls inside its box. */
export function MarkdownText({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div
      className={`min-w-0 space-y-2 text-sm leading-6 wrap-anywhere text-slate-700 dark:text-slate-300 ${className}`}
    >
      {parseBlocks(source).map((block) => (
        <BlockView key={block.line} block={block} />
      ))}
    </div>
  );
}
