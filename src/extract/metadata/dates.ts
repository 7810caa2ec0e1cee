/**
 * Dates as pages state them. Machine dates keep the page's own offset (never shifted to UTC); visible dates in
 * many languages become a bare calendar day.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string][] = [
  [1, 'january jan januar jänner jän janvier janv enero ene gennaio genn gen janeiro jan stycznia styczeń styczen sty januari tammikuuta ianuarie ocak января січня gener'],
  [2, 'february feb februar feber februari février fevrier févr fevr febrero febbraio fevereiro fev lutego luty lut helmikuuta februarie şubat февраля лютого febrer'],
  [3, 'march mar märz maerz mär mrz mars marzo março marco marca marzec maart maaliskuuta martie mart марта березня març'],
  [4, 'april apr avril avr abril aprile kwietnia kwiecień kwiecien kwi huhtikuuta aprilie nisan апреля квітня'],
  [5, 'may mai mayo maggio maio maja maj mei toukokuuta mayıs мая травня maig'],
  [6, 'june jun juni juin junio giugno junho czerwca czerwiec cze kesäkuuta iunie haziran июня червня juny'],
  [7, 'july jul juli juillet juil julio luglio julho lipca lipiec lip heinäkuuta iulie temmuz июля липня juliol'],
  [8, 'august aug août aout agosto sierpnia sierpień sierpien sie augustus augusti elokuuta ağustos августа серпня agost'],
  [9, 'september sep sept septembre septiembre setiembre settembre setembro set września wrzesień wrzesien wrz syyskuuta septembrie eylül сентября вересня setembre'],
  [10, 'october oct oktober okt octobre octubre ottobre outubro out października październik pazdziernika paź paz lokakuuta octombrie ekim октября жовтня octubre'],
  [11, 'november nov novembre noviembre novembro listopada listopad lis marraskuuta noiembrie kasım ноября листопада'],
  [12, 'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień grudzien gru desember joulukuuta decembrie aralık декабря грудня desembre'],
];
for (const [n, names] of MONTH_NAMES) for (const name of names.split(' ')) MONTHS[name] = n;

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const L = '[\\p{L}\\p{N}]';
const DAY_MONTH_YEAR = new RegExp(`(?<!${L})(\\d{1,2})(?:\\.|º|er)?\\s*(?:de\\s+|-)?(${MONTH_ALT})(?!${L})\\.?,?\\s*(?:de\\s+|del\\s+|-)?((?:19|20)\\d{2})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<!${L})(${MONTH_ALT})(?!${L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');
const YMD = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const DMY_DOTS = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2}|\d{2})(?![\d])/;
const DMY_SLASH = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?!\d)/;
const CJK = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

const EARLIEST = Date.UTC(1995, 0, 1);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** True when the day a date names lies between 1995 and tomorrow. */
export function plausible(iso: string, now = Date.now()): boolean {
  const t = Date.parse(iso.slice(0, 10));
  return Number.isFinite(t) && t >= EARLIEST && t <= now + 86_400_000;
}

const ISO = /^((?:19|20)\d{2})-?(\d{1,2})-?(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i;
const RFC = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{4}|UTC|GMT)?)?/i;

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** A machine-readable date (ISO 8601 variants, RFC 2822, Unix seconds) as ISO 8601 with its offset kept. */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = ISO.exec(v);
  if (iso) {
    const d = day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!d) return null;
    if (iso[4] === undefined) return d;
    const h = Number(iso[4]);
    if (h > 23) return d;
    const zone = offsetOf(iso[7]);
    return `${d}T${pad(h)}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const rfc = RFC.exec(v);
  if (rfc) {
    const m = MONTHS[rfc[2]!.toLowerCase()];
    const d = m ? day(Number(rfc[3]), m, Number(rfc[1])) : null;
    if (!d) return null;
    if (rfc[4] === undefined) return d;
    return `${d}T${pad(Number(rfc[4]))}:${rfc[5]}:${rfc[6] ?? '00'}${offsetOf(rfc[7])}`;
  }
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString().replace('.000Z', 'Z');
  return parseHumanDate(v);
}

/**
 * The first calendar day written in free text ("6. November 2022", "26 de marzo de 2021", "06.11.2022",
 * "November 6, 2022", "2022年11月6日"). `monthFirst` reads ambiguous "11/06/2022" as US style.
 */
export function parseHumanDate(text: string, monthFirst = false): string | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return day(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return day(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
  m = YMD.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_DOTS.exec(text);
  if (m) {
    const y = Number(m[3]);
    return day(y < 100 ? 2000 + y : y, Number(m[2]), Number(m[1]));
  }
  m = DMY_SLASH.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const usStyle = b > 12 || (monthFirst && a <= 12);
    return usStyle ? day(Number(m[3]), a, b) : day(Number(m[3]), b, a);
  }
  m = CJK.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

const URL_YMD = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** A calendar day in the URL path ("/2022/11/06/", "-20221106-"). */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_YMD.exec(path) ?? URL_COMPACT.exec(path);
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
