import { categoryNode, iptcUri } from '../../organize/taxonomy.ts';

/** JSON-LD `about` for a category: the node's name and its IPTC Media Topic; nothing for a category without a code. */
export function categoryAbout(category: string): { about?: { '@type': 'Thing'; name: string; sameAs: string } } {
  const node = categoryNode(category);
  if (!node?.iptc) return {};
  return { about: { '@type': 'Thing', name: node.name, sameAs: iptcUri(node.iptc) } };
}
