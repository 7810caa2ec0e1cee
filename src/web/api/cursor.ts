/** Where the last page ended: the (date, id) of its last article, the keyset the next page starts after. */
export interface Cursor {
  date: string;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.date, c.id])).toString('base64url');
}

/**
 * One page of `rows` fetched with one row more than `limit`: that extra row says whether a next page exists, and
 * the next cursor is the keyset of the page's last item.
 */
export function cursorPage<T>(rows: T[], limit: number, keyOf: (last: T) => Cursor): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** The cursor `encodeCursor` wrote, or null for anything else (a client must not build cursors). */
export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [date, id] = parsed as unknown[];
  if (typeof date !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
  return { date, id };
}
