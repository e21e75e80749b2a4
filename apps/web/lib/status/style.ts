import { createHash } from "node:crypto";

/**
 * The status page's whole stylesheet, inlined so a visitor needs one request and no script. The page's
 * policy allows exactly this text by its hash (`STATUS_STYLE_HASH`), so the cached HTML needs no nonce.
 * Colours keep 4.5:1 for text in both schemes.
 */
export const STATUS_CSS = `
:root{color-scheme:light dark;--bg:#f8fafc;--card:#fff;--text:#0f172a;--muted:#475569;--line:#e2e8f0;
--ok:#15803d;--warn:#a16207;--part:#c2410c;--bad:#b91c1c;--maint:#1d4ed8;--none:#cbd5e1;--bar-warn:#ca8a04}
@media (prefers-color-scheme:dark){:root{--bg:#0f172a;--card:#1e293b;--text:#e2e8f0;--muted:#a3b1c6;--line:#334155;
--ok:#4ade80;--warn:#facc15;--part:#fb923c;--bad:#f87171;--maint:#93c5fd;--none:#475569;--bar-warn:#facc15}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:52rem;margin:0 auto;padding:2rem 1rem 3rem}
h1{font-size:1.5rem;margin:0}
h2{font-size:1.125rem;margin:2rem 0 .75rem}
h3{font-size:1rem;margin:0}
p{margin:0}
.muted{color:var(--muted);font-size:.875rem}
.banner{margin-top:1.25rem;padding:1rem 1.25rem;border-radius:.5rem;color:#fff;font-weight:600;font-size:1.125rem}
.b-operational{background:#15803d}.b-degraded{background:#a16207}.b-partial_outage{background:#c2410c}
.b-major_outage{background:#b91c1c}.b-maintenance{background:#1d4ed8}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem}
.services{list-style:none;margin:0;padding:0}
.service{padding:1rem 1.25rem;border-top:1px solid var(--line)}
.service:first-child{border-top:0}
.head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;align-items:baseline}
.name{font-weight:600}
.s-operational{color:var(--ok)}.s-degraded{color:var(--warn)}.s-partial_outage{color:var(--part)}
.s-major_outage{color:var(--bad)}.s-maintenance{color:var(--maint)}
.state{font-size:.875rem;font-weight:600}
.bars{display:grid;grid-template-columns:repeat(90,1fr);gap:1px;height:2rem;margin-top:.625rem}
.bars i{border-radius:1px;background:var(--none)}
.bars .f{background:var(--ok)}.bars .m{background:var(--bar-warn)}.bars .p{background:var(--part)}.bars .d{background:var(--bad)}
.legend{display:flex;justify-content:space-between;gap:.5rem;margin-top:.375rem;color:var(--muted);font-size:.75rem}
.incident{padding:1rem 1.25rem;margin-bottom:.75rem}
.incident .meta{margin-top:.25rem}
.updates{list-style:none;margin:.75rem 0 0;padding:0 0 0 .875rem;border-left:2px solid var(--line)}
.updates li{margin-top:.625rem}
.updates li:first-child{margin-top:0}
.updates time{display:block;color:var(--muted);font-size:.8125rem}
.none{padding:1rem 1.25rem;color:var(--muted)}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8125rem}
`.trim();

export const STATUS_STYLE_HASH = `'sha256-${createHash("sha256").update(STATUS_CSS).digest("base64")}'`;
