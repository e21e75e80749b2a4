/** Currencies whose Stripe amounts carry no minor unit (Stripe's zero-decimal list). */
const ZERO_DECIMAL = new Set("bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf".split(" "));
/** Currencies whose Stripe amounts are in thousandths. */
const THREE_DECIMAL = new Set("bhd jod kwd omr tnd".split(" "));

/** How many decimal places Stripe's integer amounts of `currency` hold (ISK and HUF are sent as two). */
export function currencyExponent(currency: string): number {
  const c = currency.toLowerCase();
  if (ZERO_DECIMAL.has(c)) return 0;
  if (THREE_DECIMAL.has(c)) return 3;
  return 2;
}

/** A Stripe amount (minor units) in the currency's major unit: 1999 usd → 19.99, 500 jpy → 500. */
export const toMajorUnits = (amount: number, currency: string): number => amount / 10 ** currencyExponent(currency);
