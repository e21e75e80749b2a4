/** One written section; line breaks are kept as the author typed them. */
export function PostmortemSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section className="card min-w-0 p-4" aria-labelledby={id}>
      <h2 id={id} className="mb-2 font-semibold">
        {title}
      </h2>
      {text.trim() ? (
        <p className="text-sm leading-6 whitespace-pre-wrap wrap-anywhere text-slate-700 dark:text-slate-300">{text}</p>
      ) : (
        <p className="text-sm text-slate-500 italic dark:text-slate-400">Not written yet.</p>
      )}
    </section>
  );
}
