import type { Block, ImageRef } from '../../extract/types.ts';
import { SanitisedHtml } from './SanitisedHtml.tsx';

/**
 * Images are described and linked, not loaded: fetching them from the source's site would make readers'
 * browsers request a third party (and the CSP allows images from this site only).
 */
export function Figure(props: { image: ImageRef; lang?: string }) {
  const { image } = props;
  let host = '';
  try {
    host = new URL(image.src).host;
  } catch {
    host = '';
  }
  return (
    <figure class="image" lang={props.lang}>
      <a href={image.src} rel="external nofollow">
        {image.alt && image.alt !== image.caption ? `Image: ${image.alt}` : 'Image'}
        {host ? ` (at ${host})` : ''}
      </a>
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span class="credit"> {image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function BlockView(props: { block: Block; lang?: string }) {
  const { block: b, lang } = props;
  switch (b.type) {
    case 'paragraph':
      return <SanitisedHtml as="p" html={b.html} {...(lang ? { lang } : {})} />;
    case 'heading':
      return <SanitisedHtml as={`h${b.level}`} html={b.html} {...(lang ? { lang } : {})} />;
    case 'blockquote':
      return <SanitisedHtml as="blockquote" html={b.html} {...(lang ? { lang } : {})} />;
    case 'list': {
      const items = b.items.map((item, i) => <SanitisedHtml key={i} as="li" html={item.html} />);
      return b.ordered ? <ol lang={lang}>{items}</ol> : <ul lang={lang}>{items}</ul>;
    }
    case 'related':
      return (
        <aside class="related" lang={lang} aria-label="Related">
          <ul>
            {b.items.map((item, i) => (
              <li key={i}>
                <a href={item.url} rel="external">
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </aside>
      );
    case 'image':
      return <Figure image={b} {...(lang ? { lang } : {})} />;
  }
}

export function Blocks(props: { blocks: Block[] }) {
  return (
    <div class="article-body">
      {props.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </div>
  );
}

/** Original and translation block by block, each cell in its own language. */
export function SideBySide(props: { original: Block[]; translated: Block[]; originalLang: string }) {
  const rows = Math.max(props.original.length, props.translated.length);
  return (
    <div class="side-by-side">
      {Array.from({ length: rows }, (_, i) => {
        const o = props.original[i];
        const t = props.translated[i];
        return (
          <div class="pair" key={i}>
            <div class="original" lang={props.originalLang}>
              {o ? <BlockView block={o} /> : null}
            </div>
            <div class="translation" lang="en">
              {t ? <BlockView block={t} /> : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
