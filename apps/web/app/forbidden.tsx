import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md p-8 text-center">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">Your role does not give access to this page. Ask an admin if you need it.</p>
      <Link href="/" className="btn-secondary mt-6">
        Back to the overview
      </Link>
    </div>
  );
}
