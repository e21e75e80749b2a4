import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md p-8 text-center">
      <p className="text-sm font-semibold text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <Link href="/" className="btn-secondary mt-6">
        Back to the overview
      </Link>
    </div>
  );
}
