import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.ts';
import * as translation from './002-translation.ts';
import * as publish from './003-publish.ts';
import * as views from './004-views.ts';
import * as categories from './005-categories.ts';
import * as stories from './006-stories.ts';
import * as search from './007-search.ts';
import * as organizeShown from './008-organize-shown.ts';
import * as upkeep from './009-upkeep.ts';

/** Every migration, in order. Names sort in the order they run; never rename or reorder a landed one. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-translation': translation,
  '003-publish': publish,
  '004-views': views,
  '005-categories': categories,
  '006-stories': stories,
  '007-search': search,
  '008-organize-shown': organizeShown,
  '009-upkeep': upkeep,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
