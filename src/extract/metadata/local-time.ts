/**
 * A UTC timestamp ("…T23:00:00Z") names the wrong calendar day for a page published just after midnight local
 * time. When the page itself shows the local day (visible date line, URL), the same instant is restated with the
 * offset of a time zone that the page's country or language suggests and that gives that day.
 */

const BY_TLD: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', it: 'Europe/Rome', fr: 'Europe/Paris',
  es: 'Europe/Madrid', pl: 'Europe/Warsaw', nl: 'Europe/Amsterdam', be: 'Europe/Brussels', lu: 'Europe/Luxembourg',
  dk: 'Europe/Copenhagen', se: 'Europe/Stockholm', no: 'Europe/Oslo', cz: 'Europe/Prague', sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest', hr: 'Europe/Zagreb', si: 'Europe/Ljubljana', rs: 'Europe/Belgrade', pt: 'Europe/Lisbon',
  uk: 'Europe/London', ie: 'Europe/Dublin', fi: 'Europe/Helsinki', ro: 'Europe/Bucharest', gr: 'Europe/Athens',
  ua: 'Europe/Kyiv', ru: 'Europe/Moscow', tr: 'Europe/Istanbul', br: 'America/Sao_Paulo',
  ar: 'America/Argentina/Buenos_Aires', mx: 'America/Mexico_City', co: 'America/Bogota', pe: 'America/Lima',
  cl: 'America/Santiago', bo: 'America/La_Paz', uy: 'America/Montevideo', ve: 'America/Caracas', ec: 'America/Guayaquil',
  jp: 'Asia/Tokyo', cn: 'Asia/Shanghai', kr: 'Asia/Seoul', in: 'Asia/Kolkata', au: 'Australia/Sydney',
};
const BY_LANGUAGE: Record<string, string[]> = {
  de: ['Europe/Berlin'], fr: ['Europe/Paris', 'America/Montreal'], it: ['Europe/Rome'], pl: ['Europe/Warsaw'],
  nl: ['Europe/Amsterdam'], es: ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota', 'America/Argentina/Buenos_Aires'],
  pt: ['America/Sao_Paulo', 'Europe/Lisbon'], en: ['America/New_York', 'Europe/London', 'America/Los_Angeles'],
  ru: ['Europe/Moscow'], uk: ['Europe/Kyiv'], ja: ['Asia/Tokyo'], zh: ['Asia/Shanghai'],
};

const UTC_STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|\+00:00)$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch {
      return null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The instant restated in a zone's local time with its offset ("2022-11-07T00:00:00+01:00"). */
export function inZone(instant: number, zone: string): string | null {
  const f = formatter(zone);
  if (!f) return null;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = part.value;
  const local = `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${p['second']}`;
  const offsetMin = Math.round((Date.parse(`${local}Z`) - instant) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function zonesFor(url: string, language: string | null): string[] {
  const zones: string[] = [];
  try {
    const tld = new URL(url).hostname.split('.').pop() ?? '';
    const z = BY_TLD[tld];
    if (z) zones.push(z);
  } catch {
    // An unparsable URL only means no country hint.
  }
  const lang = (language ?? '').split('-')[0] ?? '';
  const region = (language ?? '').split('-')[1]?.toLowerCase();
  if (region && BY_TLD[region]) zones.push(BY_TLD[region]!);
  zones.push(...(BY_LANGUAGE[lang] ?? []));
  return zones;
}

/**
 * `stamp` unchanged unless it is UTC, a day the page shows differs from its UTC day by one, and a zone the page
 * suggests puts the instant on that day.
 */
export function localise(stamp: string, shownDays: (string | null)[], url: string, language: string | null): string {
  const m = UTC_STAMP.exec(stamp);
  if (!m) return stamp;
  const instant = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  const utcDay = m[1]!;
  for (const day of shownDays) {
    if (!day || day === utcDay) continue;
    if (Math.abs(Date.parse(day) - Date.parse(utcDay)) !== 86_400_000) continue;
    for (const zone of zonesFor(url, language)) {
      const local = inZone(instant, zone);
      if (local?.startsWith(day)) return local;
    }
  }
  return stamp;
}
