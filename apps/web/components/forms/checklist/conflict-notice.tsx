/** Shown when someone else saved first: what was typed stays until the admin chooses to load theirs. */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:col-span-2 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200"
    >
      <p>
        Someone else saved this checklist while you were editing, so nothing of yours was saved. Your changes are still
        in the form: note what you need, then load their version and edit that.
      </p>
      <button type="button" className="btn-secondary mt-2" onClick={onReload}>
        Load the saved version
      </button>
    </div>
  );
}
