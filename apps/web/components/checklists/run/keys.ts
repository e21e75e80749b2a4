/** The current run of a checklist, as the page's live query holds it. */
export const runKey = (slug: string) => ["checklist-run", slug] as const;

/** Answers on their way for one run: the page shows them before the server confirms. */
export const answerKey = (runId: string) => ["checklist-answer", runId] as const;
