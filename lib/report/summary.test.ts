import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { completionPercent, summaryCsvHeader, summaryCsv, summaryMarkdown } from './summary';
import type { ArticleSummaryRow } from './types';

const rows: ArticleSummaryRow[] = [
  { id: 1, slug: 'putin', title: 'Putin <b>di</b> Pyongyang', outlet: '=HYPERLINK("x")', language: 'id', total: 13, unreviewed: 3, verified: 6, disputed: 2, needsSource: 2, completion: 10 / 13 },
  { id: 2, slug: 'budget', title: 'Budget | "vote", today', outlet: null, language: 'en', total: 2, unreviewed: 0, verified: 2, disputed: 0, needsSource: 0, completion: 1 },
];

describe('completionPercent', () => {
  it('never rounds an unfinished article up to 100 %', () => {
    expect(completionPercent(0.996)).toBe(99);
    expect(completionPercent(1)).toBe(100);
    expect(completionPercent(10 / 13)).toBe(76);
    expect(completionPercent(Number.NaN)).toBe(0);
    expect(completionPercent(-1)).toBe(0);
  });
});

describe('summaryCsv', () => {
  it('is RFC 4180 with BOM, one row per article, formulas neutralised', () => {
    const csv = summaryCsv(rows, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed: string[][] = parse(csv, { bom: true });
    expect(parsed[0]).toEqual(['Article ID', 'Slug', 'Title', 'Outlet', 'Language', 'Total', 'Unreviewed', 'Verified', 'Disputed', 'Needs source', 'Completion %']);
    expect(summaryCsvHeader('en')).toEqual(parsed[0]);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]).toEqual(['1', 'putin', 'Putin <b>di</b> Pyongyang', `'=HYPERLINK("x")`, 'id', '13', '3', '6', '2', '2', '76']);
    expect(parsed[2][2]).toBe('Budget | "vote", today');
    expect(parsed[2][3]).toBe('');
  });
});

describe('summaryMarkdown', () => {
  it('is an escaped table with a totals row', () => {
    const md = summaryMarkdown(rows, 'en');
    expect(md).not.toContain('<b>');
    expect(md).toContain('| Budget \\| "vote", today | — | en | 2 | 0 | 2 | 0 | 0 | 100 % |');
    expect(md).toContain('| **All articles** |  |  | **15** | **3** | **8** | **2** | **2** |  |');
    expect(md).toContain('2 articles, 15 claims.');
  });
});

describe('the summary in Indonesian', () => {
  it('has Indonesian headings and numbers in the Indonesian notation', () => {
    const many = [...rows, { ...rows[1]!, id: 3, slug: 'big', title: 'Big', total: 1500, unreviewed: 1500, verified: 0, completion: 0 }];
    const md = summaryMarkdown(many, 'id');
    expect(md).toMatch(/^# Ringkasan tinjauan: semua artikel/);
    expect(md).toContain('3 artikel, 1.515 klaim.');
    expect(md).toContain('| Artikel | Media | Bahasa | Total | Belum ditinjau | Terverifikasi | Dibantah | Perlu sumber | Selesai |');
    expect(md).toContain('| **Semua artikel** |  |  | **1.515** |');
    const header = parse(summaryCsv(rows, 'id'), { bom: true })[0];
    expect(header).toEqual(['ID artikel', 'Slug', 'Judul', 'Media', 'Bahasa', 'Total', 'Belum ditinjau', 'Terverifikasi', 'Dibantah', 'Perlu sumber', 'Selesai %']);
  });
});
