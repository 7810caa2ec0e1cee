import type { IncomingHttpHeaders } from 'node:http';

/**
 * A compact rule set for user agents that are not readers: search and AI crawlers, link previewers, monitors,
 * HTTP libraries and headless browsers. Written here rather than taken from the `isbot` package (not installed);
 * an absent user agent counts as a bot, since every browser sends one.
 */
const BOT = new RegExp(
  [
    'bot\\b',
    'bot[/_-]',
    'crawl',
    'spider',
    'slurp',
    'scrap',
    'archiv',
    'headless',
    'phantomjs',
    'selenium',
    'puppeteer',
    'playwright',
    'lighthouse',
    'pagespeed',
    'pingdom',
    'uptime',
    'monitor',
    'facebookexternalhit',
    'embedly',
    'preview',
    'validator',
    'feed',
    '\\brss',
    '^curl',
    '^wget',
    '^python',
    '^go-http-client',
    '^java',
    '^okhttp',
    '^axios',
    '^node',
    '^undici',
    '^libwww',
    '^ruby',
    '^php',
    '^apache-httpclient',
    '^wrk',
    '^ab\\b',
    '^httpie',
    '^postman',
  ].join('|'),
  'i',
);

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || !userAgent.trim() || BOT.test(userAgent);
}

/** A browser fetching ahead of a click (Chrome's Sec-Purpose, Firefox's X-Moz, the older Purpose): not a read. */
export function isPrefetch(headers: IncomingHttpHeaders): boolean {
  const purpose = `${headers['sec-purpose'] ?? ''} ${headers['purpose'] ?? ''} ${headers['x-purpose'] ?? ''} ${headers['x-moz'] ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('preview');
}
