// Report fixtures for unit tests and timing one-offs. Not imported by production code.
// The hostile fixture packs every kind of content that has broken exporters elsewhere:
// CSV/formula injection, HTML/Markdown injection, a javascript: evidence URL, quotes, commas,
// newlines, right-to-left scripts, emoji and characters outside WinAnsi.

import type { ReportClaim, ReportData, ReportStatus } from './types';

export const FORMULA = "=cmd|' /C calc'!A0";
export const SCRIPT = '<script>alert(1)</script>';
export const JS_URL = 'javascript:alert(document.cookie)';
export const ARABIC = 'قال الرئيس إن الاتفاق تاريخي';
export const HEBREW = 'הנשיא אמר שההסכם היסטורי';
export const EMOJI = 'Mantap 👍🏽🇮🇩';

export function hostileReport(): ReportData {
  return {
    article: {
      id: 7,
      slug: 'putin-kunjungi-pyongyang',
      title: 'Putin "kunjungi" Pyongyang, Kim: <b>hubungan</b> naik kelas',
      outlet: 'Harian, Contoh & Co',
      url: 'https://news.example.id/2024/06/19/putin-pyongyang?ref=a&b=1',
      language: 'id',
      publishedAt: '2024-06-19T08:30:00+07:00',
    },
    generatedAt: '2026-11-25T18:00:00.000Z',
    generatedBy: { name: 'Siti "Editor" Rahma', email: 'siti@example.id' },
    organization: { name: 'Cek Fakta Contoh', url: 'https://cekfakta.example.id' },
    chain: { intact: false, checked: 11, firstBadEventId: 9 },
    claims: [
      // Deliberately out of reading order: formatters must sort by position.
      claim({
        id: 12,
        position: 2,
        kind: 'direct',
        text: `Kami, "sahabat", akan membantu\nsatu sama lain, ${FORMULA}`,
        sentence: 'Putin berkata: "Kami, sahabat, akan membantu satu sama lain."',
        cue: 'berkata',
        speaker: { name: 'Vladimir Putin', role: 'Presiden Rusia', type: 'person' },
        status: 'verified',
        note: `Checked against transcript ${SCRIPT} [x](javascript:alert(1)) | pipe *bold* _u_ #tag`,
        evidence: [
          { url: 'https://kremlin.example.ru/transcript?a=1&b=(2)', title: 'Transcript [official] (ru)' },
          { url: JS_URL, title: 'Totally safe <img src=x onerror=alert(1)>' },
        ],
        lastReviewer: '@reviewer',
        lastReviewedAt: '2026-11-24T10:15:00.000Z',
        speakerConfidence: 0.93,
        speakerByHand: false,
        history: [
          event({ at: '2026-11-20T09:00:00.000Z', actor: 'system', action: 'claim_added' }),
          event({
            at: '2026-11-24T10:15:00.000Z',
            actor: '@reviewer',
            action: 'review',
            fromStatus: 'unreviewed',
            toStatus: 'verified',
            note: `+1 ${SCRIPT}`,
          }),
          event({ at: '2026-11-24T10:16:00.000Z', actor: '@reviewer', action: 'evidence_added', detail: JS_URL }),
        ],
      }),
      claim({
        id: 11,
        position: 1,
        kind: 'indirect',
        text: `${ARABIC} — ${HEBREW}`,
        sentence: `Menurut kantor berita, ${ARABIC}.`,
        speaker: { name: `Kim Jong Un ${EMOJI}`, role: '-Ketua\tpartai', type: 'person' },
        status: 'disputed',
        note: '-1 point, "quoted", with commas,\r\nand a CRLF line',
        evidence: [{ url: 'http://archive.example.org/x y', title: '' }],
        lastReviewer: 'Budi',
        lastReviewedAt: null,
        speakerConfidence: 0.596,
        speakerByHand: false,
        history: [
          event({
            at: '2026-11-23T07:00:00.000Z',
            actor: 'Budi',
            action: 'review',
            fromStatus: 'unreviewed',
            toStatus: 'disputed',
            note: '-1 point',
          }),
        ],
      }),
      claim({
        id: 13,
        position: 3,
        kind: 'direct',
        text: 'Ini kemitraan strategis komprehensif.',
        sentence: 'Ini kemitraan strategis komprehensif, kata juru bicara.',
        speaker: { name: 'Kementerian Luar Negeri', role: null, type: 'organization' },
        speakerConfidence: 0.41,
        speakerByHand: true,
        status: 'needs_source',
        note: null,
      }),
      claim({
        id: 14,
        position: 4,
        kind: 'indirect',
        text: '@everyone semua baik-baik saja',
        sentence: 'Seorang pejabat mengatakan semua baik-baik saja.',
        speaker: { name: null, role: null, type: null },
        status: 'unreviewed',
      }),
    ],
  };
}

function claim(partial: Partial<ReportClaim> & Pick<ReportClaim, 'id' | 'position'>): ReportClaim {
  return {
    kind: 'direct',
    text: '',
    sentence: '',
    cue: null,
    speaker: { name: null, role: null, type: null },
    status: 'unreviewed',
    note: null,
    evidence: [],
    lastReviewer: null,
    lastReviewedAt: null,
    history: [],
    ...partial,
  };
}

function event(partial: Partial<ReportClaim['history'][number]> & { at: string; actor: string; action: string }) {
  return { fromStatus: null, toStatus: null, note: null, detail: null, ...partial };
}

const STATUS_CYCLE: ReportStatus[] = ['verified', 'disputed', 'needs_source', 'unreviewed'];

/** A large, realistic-looking article for timing: `count` claims, 3 history events each, 40 speakers. */
export function largeReport(count: number): ReportData {
  const base = hostileReport();
  const claims: ReportClaim[] = [];
  for (let i = 1; i <= count; i += 1) {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
    claims.push(
      claim({
        id: 1000 + i,
        position: i,
        kind: i % 3 === 0 ? 'indirect' : 'direct',
        text: `Kutipan nomor ${i}: kerja sama kedua negara akan terus diperkuat demi perdamaian kawasan.`,
        sentence: `Dalam pernyataannya, pejabat itu berkata, "Kutipan nomor ${i}: kerja sama kedua negara akan terus diperkuat demi perdamaian kawasan," kepada wartawan di Pyongyang.`,
        cue: 'berkata',
        speaker: { name: `Pejabat ${i % 40}`, role: 'Juru bicara', type: 'person' },
        status,
        note: status === 'unreviewed' ? null : `Diperiksa terhadap rekaman video, menit ${i % 60}.`,
        evidence: status === 'verified' ? [{ url: `https://example.org/evidence/${i}`, title: `Rekaman ${i}` }] : [],
        lastReviewer: status === 'unreviewed' ? null : 'Budi',
        lastReviewedAt: status === 'unreviewed' ? null : '2026-11-24T10:15:00.000Z',
        history: [
          event({ at: '2026-11-20T09:00:00.000Z', actor: 'system', action: 'claim_added' }),
          event({ at: '2026-11-24T10:15:00.000Z', actor: 'Budi', action: 'review', fromStatus: 'unreviewed', toStatus: status }),
          event({ at: '2026-11-24T10:16:00.000Z', actor: 'Budi', action: 'evidence_added', detail: 'https://example.org' }),
        ],
      }),
    );
  }
  return { ...base, claims, chain: { intact: true, checked: count * 3, firstBadEventId: null } };
}
