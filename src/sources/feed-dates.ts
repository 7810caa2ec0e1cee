/**
 * Dates as feeds write them (RFC 822 in RSS, ISO 8601 / W3C-DTF elsewhere, and the variants publishers
 * invent) → ISO 8601 with the stated offset kept, so the article's own calendar day survives.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const RFC822 =
  /^(?:[^\s,]+,?\s+)?(\d{1,2})[\s-]+([^\s\d.-]+)\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Z]{1,5})?$/i;

/** English month names, and the other languages' abbreviations that turn up in feeds from our regions. */
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, gen: 1, janv: 1, jän: 1,
  feb: 2, fev: 2, fév: 2, févr: 2,
  mar: 3, mär: 3, mrz: 3, mars: 3,
  apr: 4, abr: 4, avr: 4, avril: 4,
  may: 5, mai: 5, mag: 5, mayo: 5, maio: 5,
  jun: 6, juin: 6, giu: 6,
  jul: 7, juil: 7, lug: 7,
  aug: 8, ago: 8, août: 8,
  sep: 9, set: 9, sept: 9,
  oct: 10, okt: 10, out: 10, ott: 10,
  nov: 11,
  dec: 12, dic: 12, dez: 12, déc: 12,
};

const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  bst: '+01:00', ist: '+01:00', cet: '+01:00', cest: '+02:00', met: '+01:00', mest: '+02:00', eet: '+02:00', eest: '+03:00',
  wet: 'Z', west: '+01:00', msk: '+03:00',
};

export function isoDate(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  // An impossible day in a well-formed date is an error, not something for Date to roll into next month.
  if (ISO.test(text)) return fromIso(text);
  return fromRfc822(text) ?? fromAnything(text);
}

function fromIso(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (!validDay(+y!, +mo!, +d!)) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset(zone)}`;
}

function fromRfc822(text: string): string | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const [, d, monthName, y, h, mi, s, zone] = m;
  const month = MONTHS[monthName!.toLowerCase()] ?? MONTHS[monthName!.toLowerCase().slice(0, 3)];
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  if (!month || !validDay(year, month, Number(d))) return undefined;
  const zoneText = zone === undefined ? '' : (ZONES[zone.toLowerCase()] ?? (/^[+-]/.test(zone) ? offset(zone) : undefined));
  if (zoneText === undefined) return undefined;
  return `${year}-${pad(month)}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${s ?? '00'}${zoneText}`;
}

/** Last resort: whatever Date understands, stated in UTC since the original offset cannot be recovered. */
function fromAnything(text: string): string | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
}

function offset(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
