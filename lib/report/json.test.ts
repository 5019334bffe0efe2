import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { SCRIPT, hostileReport, largeReport } from './fixtures';
import { REPORT_SCHEMA_VERSION, renderJson, stringifyForHtml } from './json';
import schema from './report.schema.json';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('renderJson', () => {
  const validate = validator();

  it('validates against report.schema.json', () => {
    const doc = JSON.parse(renderJson(hostileReport(), 'en'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
  });

  it('validates for an article without claims and for a large one', () => {
    expect(validate(JSON.parse(renderJson({ ...hostileReport(), claims: [] }, 'en')))).toBe(true);
    expect(validate(JSON.parse(renderJson(largeReport(50), 'en')))).toBe(true);
  });

  it('round-trips the hostile text exactly, claims in reading order, with the summary', () => {
    const data = hostileReport();
    const doc = JSON.parse(renderJson(data, 'en'));
    expect(doc.claims.map((c: { id: number }) => c.id)).toEqual([11, 12, 13, 14]);
    const original = data.claims.find((c) => c.id === 12)!;
    expect(doc.claims[1]).toEqual(original);
    expect(doc.summary.byStatus).toEqual({ unreviewed: 1, verified: 1, disputed: 1, needs_source: 1 });
    expect(doc.chain).toEqual({ intact: false, checked: 11, firstBadEventId: 9 });
  });

  it('carries the sign-off and the public page, and validates with them', () => {
    const data = {
      ...hostileReport(),
      signOff: {
        state: 'reopened' as const,
        by: 'Eda Editor',
        at: '2026-11-29T10:00:00.000Z',
        chainHead: 'b'.repeat(64),
        reopened: { by: 'Eda Editor', at: '2026-11-30T08:00:00.000Z', reason: 'new evidence' },
      },
      publication: { published: true, url: 'https://factcheck.example.org/p/putin', firstPublishedAt: '2026-11-29T11:00:00.000Z' },
    };
    const doc = JSON.parse(renderJson(data, 'en'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.signOff).toEqual(data.signOff);
    expect(doc.publication).toEqual(data.publication);
    expect(JSON.parse(renderJson(hostileReport(), 'en'))).toMatchObject({ signOff: null, publication: null });
    doc.signOff.chainHead = 'not-a-hash';
    expect(validate(doc)).toBe(false);
  });

  it("carries the speaker's kind and the extractor's confidence, and the schema accepts a document as a source", () => {
    const data = hostileReport();
    data.claims[2]!.speaker = { name: 'the report', role: null, type: 'document' };
    const doc = JSON.parse(renderJson(data, 'en'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const byId = new Map(doc.claims.map((c: { id: number }) => [c.id, c]));
    expect(byId.get(13)).toMatchObject({ speaker: { name: 'the report', type: 'document' }, speakerConfidence: 0.41, speakerByHand: true });
    expect(byId.get(11)).toMatchObject({ speakerConfidence: 0.596, speakerByHand: false });
    // A claim built without them has neither key (older callers), and still validates.
    expect(byId.get(14)).not.toHaveProperty('speakerConfidence');
    expect(validate({ ...doc, claims: [{ ...doc.claims[0], speakerConfidence: 1.5 }] })).toBe(false);
  });

  it('drops properties the schema does not describe', () => {
    const data = hostileReport();
    Object.assign(data.article, { body: 'full article text' });
    expect(validate(JSON.parse(renderJson(data, 'en')))).toBe(true);
  });

  it('is safe to embed in an HTML script element', () => {
    const text = renderJson(hostileReport(), 'en');
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(stringifyForHtml({ s: SCRIPT })).s).toBe(SCRIPT);
  });

  it('the schema rejects a wrong document', () => {
    const doc = JSON.parse(renderJson(hostileReport(), 'en'));
    doc.claims[0].status = 'approved';
    expect(validate(doc)).toBe(false);
  });

  it('keeps its keys and ids in English in either language; only the labels follow the locale', () => {
    const data = hostileReport();
    data.claims[0].speaker = { name: null, role: null, type: null };
    const en = JSON.parse(renderJson(data, 'en'));
    const id = JSON.parse(renderJson(data, 'id'));
    expect(validate(id), JSON.stringify(validate.errors)).toBe(true);
    expect(en.locale).toBe('en');
    expect(id.locale).toBe('id');
    expect(en.summary.statusLabels).toEqual({ unreviewed: 'Unreviewed', verified: 'Verified', disputed: 'Disputed', needs_source: 'Needs source' });
    expect(id.summary.statusLabels).toEqual({ unreviewed: 'Belum ditinjau', verified: 'Terverifikasi', disputed: 'Dibantah', needs_source: 'Perlu sumber' });
    expect(id.summary.bySpeaker.map((s: { speaker: string }) => s.speaker)).toContain('Narasumber tidak diketahui');
    expect(en.summary.bySpeaker.map((s: { speaker: string }) => s.speaker)).toContain('Unknown speaker');
    // Everything else is the same document.
    const strip = (doc: Record<string, unknown>) => ({ ...doc, locale: null, summary: { ...(doc.summary as object), statusLabels: null, bySpeaker: null } });
    expect(strip(id)).toEqual(strip(en));
  });
});
