/** Share cards: their size, titles that never lose their end, and tall charts cut under a fade instead of shrunk. */
import { describe, expect, it } from 'vitest';
import { s } from 'hastscript';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg } from '../../../src/embed/card.ts';
import { chartCards, chapterCards } from '../../../src/routes.ts';
import { cardSpecSvg } from '../../../src/embed/cards.ts';

const chart = (height: number) => ({ svg: s('svg', { width: 600, height, viewBox: `0 0 600 ${height}` }, [s('rect', { class: 'bar s1', width: 100, height: 20 })]), width: 600, height });
const tspans = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);

describe('cardSvg', () => {
  it('is 1200×630 and carries the site name, context and title', () => {
    const svg = cardSvg({ siteName: 'Ledger Atlas', context: 'Report A · 1. Patents', title: 'A short title', chart: chart(200) });
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain('>Ledger Atlas<');
    expect(svg).toContain('>Report A · 1. Patents<');
    expect(tspans(svg)).toEqual(['A short title']);
    expect(svg).not.toContain('card-fade');
  });

  it('gives a long title a smaller size and a third line rather than cutting it', () => {
    const title = 'A long title that goes on and on about blockchain patents in many countries, in many industries, over many years, and in every single one of the reports that this site draws on';
    const svg = cardSvg({ siteName: 'Ledger Atlas', context: 'x', title, chart: chart(200) });
    const lines = tspans(svg);
    expect(lines.length).toBe(3);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(title);
  });

  it('cuts a tall chart at the bottom under a fade, at no less than half the width it would fill', () => {
    const svg = cardSvg({ siteName: 'Ledger Atlas', context: 'x', title: 'Tall', chart: chart(3000) });
    expect(svg).toContain('url(#card-fade)');
    expect(Number(svg.match(/<svg[^>]* width="([\d.]+)"[^>]*viewBox="0 0 600 /)?.[1])).toBeGreaterThanOrEqual((CARD_WIDTH - 96) / 2);
  });
});

describe('the site\'s cards', () => {
  it('every chart and chapter of both editions has a card, with its title', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const cards = [...chartCards(locale), ...chapterCards(locale)];
      expect(new Set(cards.map((c) => c.key)).size).toBe(cards.length);
      for (const card of cards.slice(0, 6)) {
        const svg = cardSpecSvg(card);
        expect(svg.startsWith('<?xml')).toBe(true);
        expect(svg).toContain(`<title>${card.title.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;')}</title>`.slice(0, 20));
      }
    }
  });
});
