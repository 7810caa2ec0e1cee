/**
 * The desk's two-level taxonomy as readers see it ("News/Politics", "Sport/Football"), each node mapped to an IPTC
 * Media Topic (https://iptc.org/standards/media-topics/). Top-level nodes and leaves are both valid categories: an
 * article the classifier is unsure of gets the top level only. Which codes were checked and how: docs/categories.md.
 */

export interface TaxonomyNode {
  /** "News/Politics"; a top-level node's path is its name. */
  path: string;
  name: string;
  /** "medtop:11000000"; null only for "News", which no single Media Topic covers. */
  iptc: string | null;
  parent: string | null;
  /** English words a feed or page may use for this node ("soccer" for Football), matched case-insensitively. */
  aliases: string[];
}

type Leaf = [name: string, code: string, aliases?: string[]];
type Branch = [name: string, code: string | null, aliases: string[], leaves: Leaf[]];

const TREE: Branch[] = [
  ['News', null, ['latest', 'national', 'general'], [
    ['Politics', '11000000', ['government', 'parliament']],
    ['Elections', '20000574', ['election', 'vote', 'midterms']],
    ['World', '20000638', ['international', 'foreign', 'world news', 'diplomacy']],
    ['Crime & Justice', '02000000', ['crime', 'justice', 'courts', 'law']],
    ['Disasters & Accidents', '03000000', ['disaster', 'disasters', 'accidents']],
    ['Conflict & War', '16000000', ['conflict', 'war', 'defence', 'defense']],
    ['Weather', '17000000', []],
    ['Religion', '12000000', ['faith', 'religion and belief']],
  ]],
  ['Business', '04000000', ['economy and business', 'finance', 'money'], [
    ['Economy', '20000344', ['economics']],
    ['Markets', '20000385', ['stock markets', 'stocks']],
    ['Companies', '20000170', ['business news', 'corporate']],
    ['Industry', '20000209', ['industries', 'energy']],
    ['Labour', '09000000', ['labor', 'jobs', 'work', 'employment']],
  ]],
  ['Science', '13000000', ['science and technology', 'science & technology'], [
    ['Research', '20000735', ['scientific research']],
    ['Natural Science', '20000717', ['physics', 'chemistry', 'biology', 'astronomy', 'space']],
    ['Biomedicine', '20000710', ['biomedical science']],
    ['Social Sciences', '20000742', []],
  ]],
  // One child only: the other subtopics of "technology and engineering" are left out rather than coded from memory.
  ['Technology', '20000756', ['tech', 'technology and engineering'], [
    ['Digital', '20000763', ['internet', 'computing', 'telecoms', 'digital economy']],
  ]],
  ['Health', '07000000', ['health and medicine'], [
    ['Diseases', '20000446', ['disease', 'illness']],
    ['Health Care', '20000480', ['healthcare', 'nhs']],
    ['Treatment', '20000464', ['medicine', 'medical']],
    ['Hospitals', '20000461', []],
  ]],
  ['Sport', '15000000', ['sports'], [
    ['Football', '20001065', ['soccer']],
    ['Tennis', '20001085', []],
    ['Golf', '20000940', []],
    ['Basketball', '20000851', ['nba']],
    ['Rugby', '20001176', ['rugby union', 'rugby league']],
    ['Athletics', '20000827', ['track and field']],
    ['Cycling', '20000892', []],
    ['Ice Hockey', '20000965', ['hockey', 'nhl']],
  ]],
  ['Culture', '01000000', ['arts', 'arts and culture', 'entertainment'], [
    ['Arts', '20000002', ['arts and entertainment']],
    ['Film', '20000005', ['cinema', 'movies']],
    ['Music', '20000018', []],
    ['Books', '20000013', ['literature']],
    ['Media', '20000045', ['mass media', 'television', 'tv']],
    ['Celebrities', '20000505', ['celebrity', 'people']],
    ['Heritage', '20000038', ['culture', 'history']],
  ]],
  ['Lifestyle', '10000000', ['life', 'living'], [
    ['Leisure', '20000538', ['travel', 'food and drink']],
    ['Wellness', '20001339', ['wellbeing']],
    ['Fashion', '20000011', ['style']],
    ['Human Interest', '08000000', ['odd news', 'offbeat']],
    ['Animals', '20000500', ['pets']],
  ]],
  ['Environment', '06000000', ['climate and environment'], [
    ['Climate', '20000418', ['climate change', 'climate crisis']],
    ['Conservation', '20000420', []],
    ['Pollution', '20000424', []],
    ['Natural Resources', '20000430', []],
    ['Nature', '20000441', ['wildlife']],
  ]],
  ['Education', '05000000', ['schools and universities'], [
    ['Schools', '20000400', ['school']],
    ['Universities', '20000415', ['students', 'higher education']],
    ['Teachers', '20000416', []],
    ['Education Policy', '20001338', []],
  ]],
  ['Society', '14000000', ['social affairs'], [
    ['Immigration', '20000771', ['migration', 'migrants', 'refugees']],
    ['Family', '20000780', ['families']],
    ['Discrimination', '20000775', ['equality', 'rights']],
    ['Welfare', '20000817', ['social security']],
    ['Social Problems', '20000802', ['social issues']],
    ['Communities', '20000768', ['community']],
  ]],
];

const medtop = (code: string | null) => (code === null ? null : `medtop:${code}`);

/** Every node, each top level followed by its children, in reading order. */
export const TAXONOMY: readonly TaxonomyNode[] = TREE.flatMap(([name, code, aliases, leaves]) => [
  { path: name, name, iptc: medtop(code), parent: null, aliases },
  ...leaves.map(([leaf, leafCode, leafAliases]) => ({ path: `${name}/${leaf}`, name: leaf, iptc: medtop(leafCode), parent: name, aliases: leafAliases ?? [] })),
]);

const BY_PATH = new Map(TAXONOMY.map((n) => [n.path, n]));

/** The category every article may fall back to. */
export const FALLBACK_CATEGORY = 'News';

export function categoryNode(path: string): TaxonomyNode | undefined {
  return BY_PATH.get(path);
}

export function isCategory(path: string): boolean {
  return BY_PATH.has(path);
}

export function topLevelOf(path: string): string {
  return path.split('/')[0] as string;
}

/** The Media Topic's page: what JSON-LD `sameAs` and API clients link to. */
export function iptcUri(code: string): string {
  return `http://cv.iptc.org/newscodes/mediatopic/${code.replace(/^medtop:/, '')}`;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const BY_LABEL = new Map<string, string>();
for (const n of TAXONOMY) {
  for (const label of [n.name, n.path, ...n.aliases]) if (!BY_LABEL.has(fold(label))) BY_LABEL.set(fold(label), n.path);
}

/** The node a feed's or page's own English section label names ("Soccer" → "Sport/Football"), if any. */
export function categoryByLabel(label: string): string | undefined {
  return BY_LABEL.get(fold(label));
}
