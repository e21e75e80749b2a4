import { Search } from "lucide-react";

/** A plain GET form: the query lives in the URL (?q=), so a search can be shared or bookmarked. */
export function ServiceSearchForm({ q, sort }: { q: string; sort?: string }) {
  return (
    <search className="mb-4 block">
      <form method="get" aria-label="Search services" className="flex min-w-0 gap-2">
        {sort && sort !== "tier" && <input type="hidden" name="sort" value={sort} />}
        <label className="min-w-0 flex-1">
          <span className="sr-only">Name, slug or team</span>
          <input name="q" type="search" defaultValue={q} maxLength={100} placeholder="Search by name, slug or team" className="input" />
        </label>
        <button type="submit" className="btn-secondary shrink-0">
          <Search className="size-4" aria-hidden />
          Search
        </button>
        {q && (
          <a href="/services" className="btn-secondary shrink-0">
            Clear
          </a>
        )}
      </form>
    </search>
  );
}
