import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const reported = (text: string, lang: 'id' | 'en') => extractClaims(text, lang).filter((c) => c.kind === 'indirect');

describe('reported claims without quotation marks', () => {
  it('reads "X mengatakan (bahwa) ..." with the content as the span', () => {
    const text = 'Kementerian Kesehatan mengatakan kasus demam berdarah menurun tajam bulan ini.';
    const [c] = reported(text, 'id');
    expect(c.speaker).toBe('Kementerian Kesehatan');
    expect(c.text).toBe('kasus demam berdarah menurun tajam bulan ini');
    expect(c.cue?.text).toBe('mengatakan');
  });

  it('reads coordinated sources', () => {
    const text = 'Tokyo dan Canberra telah menuduh kapal itu memasuki perairan mereka tanpa izin.';
    const [c] = reported(text, 'id');
    expect(c.speaker).toBe('Tokyo dan Canberra');
  });

  it('reads "X said that ..." and "..., officials said."', () => {
    const a = reported('The union said that the strike would continue through the weekend.', 'en');
    expect(a[0].text).toBe('that the strike would continue through the weekend'); // English keeps "that", as PolNeAR does
    expect(a[0].speaker?.toLowerCase()).toContain('union');
    const b = reported('The bridge will stay closed until March, city officials said.', 'en');
    expect(b[0].text).toBe('The bridge will stay closed until March');
    expect(b[0].speaker).toBe('city officials');
  });

  it('reads "X, a role, said he …" as source-first, whatever punctuation the content holds ($, 41,000)', () => {
    const [c, ...rest] = reported('Ann Brown, an audience member, said he makes $41,000 a year.', 'en');
    expect(rest).toEqual([]);
    expect(c.speaker).toBe('Ann Brown');
    expect(c.text).toBe('he makes $41,000 a year');
  });

  it('reads "according to X" and "Menurut X"', () => {
    const a = reported('According to the weather service, the storm will reach the coast tonight.', 'en');
    expect(a[0].text).toBe('the storm will reach the coast tonight');
    const b = reported('Menurut Budi Hartono, harga pupuk sudah turun sejak awal bulan.', 'id');
    expect(b[0].speaker).toBe('Budi Hartono');
  });

  it('keeps a role-and-name apposition inside "Menurut ..., ..., CONTENT"', () => {
    const [c] = reported('Menurut Kepala Desa Sukamaju, Budi Hartono, harga pupuk naik dua kali lipat.', 'id');
    expect(c.text).toBe('harga pupuk naik dua kali lipat');
    expect(c.speaker).toBe('Budi Hartono');
    expect(c.speakerRole).toBe('Kepala Desa Sukamaju');
  });

  it('spans an attribution set off by commas inside the claim', () => {
    const [c] = reported('The old ferry, the harbor board said, will be retired before the summer season.', 'en');
    expect(c.text).toBe('The old ferry, the harbor board said, will be retired before the summer season');
    expect(c.speaker).toBe('the harbor board');
  });

  it('ends the reported clause at a semicolon', () => {
    const [c] = reported('The mayor said the budget was balanced; critics pointed to a large pension gap.', 'en');
    expect(c.text).toBe('the budget was balanced');
  });

  it('ends the reported clause before ", but …", ", which …" and a trailing participle', () => {
    expect(reported('The new poll showed the incumbent was ahead, but several districts had not reported.', 'en')[0].text).toBe('the incumbent was ahead');
    expect(reported('The council praised the new bike lanes, which opened in April.', 'en')[0].text).toBe('the new bike lanes');
    expect(reported('The coach wondered whether the referees had been fair, pointing to two late calls.', 'en')[0].text).toBe('whether the referees had been fair');
  });

  it('takes a short noun phrase opening the clause as the source of a reporting verb', () => {
    const [c] = reported('Local fishermen warned the new dam could empty the lower river.', 'en');
    expect(c.text).toBe('the new dam could empty the lower river');
    expect(c.speaker).toBe('Local fishermen');
  });

  it('reads stance verbs: disputed, doubts, likened', () => {
    expect(reported('The teachers union disputed the district figures on class size.', 'en')[0].text).toBe('the district figures on class size');
    expect(reported('The mayor doubts the tunnel will open on time.', 'en')[0].text).toBe('the tunnel will open on time');
  });

  it('takes any short phrase after "according to" as the source', () => {
    const [c] = reported('According to early returns, the measure passed in every county.', 'en');
    expect(c.text).toBe('the measure passed in every county');
    expect(c.speaker).toBe('early returns');
  });

  it('takes a long source after a leading "According to", up to its comma', () => {
    const [c] = reported('According to early results of exit polls conducted for two harbour newspapers and a radio station, nearly half of the voters were under thirty.', 'en');
    expect(c.speaker).toBe('early results of exit polls conducted for two harbour newspapers and a radio station');
    expect(c.text).toBe('nearly half of the voters were under thirty');
  });

  it('reads "according to X" set off by commas in mid-sentence, with the sentence around it as the content', () => {
    const [c] = reported('Donations, according to the city council, have doubled in the same period.', 'en');
    expect(c.speaker).toBe('the city council');
    expect(c.text).toBe('Donations, according to the city council, have doubled in the same period');
  });

  it('starts the content at its own subject, not at a "that" further on ("said she considered how that …")', () => {
    const [c] = reported('Ms. Berg said she considered how that would play with readers.', 'en');
    expect(c.text).toBe('she considered how that would play with readers');
  });

  it('reads "…, she said he had her vote" as source-first, not the clause before the comma as content', () => {
    const texts = reported('Ana Ruiz met the candidate. After he gave a long answer about pensions, she said he had her vote.', 'en').map((c) => c.text);
    expect(texts).toContain('he had her vote');
    expect(texts.some((t) => t.startsWith('After he gave'))).toBe(false);
  });

  it('reads a headline that opens with its source and a colon', () => {
    const text = 'Mayor Lena Ortiz: Transit Budget Will Balance by Spring\n\nThe city council met on Monday.';
    const [c] = reported(text, 'en');
    expect(c.text).toBe('Transit Budget Will Balance by Spring');
    expect(c.speaker).toBe('Lena Ortiz');
    expect(reported('Update: The council met again on Tuesday evening.', 'en')).toEqual([]);
  });

  it('gives ", saying …" the subject of the sentence', () => {
    const [c] = reported('Harbor Freight Lines appealed the fine on Friday, saying the delays were caused by weather.', 'en');
    expect(c.text).toBe('the delays were caused by weather');
    expect(c.speaker).toBe('Harbor Freight Lines');
  });

  it('gives "… and said …" the subject of the sentence, not the words before "and"', () => {
    const [c] = reported('Sen. Carol Pratt (R-Iowa) on Wednesday downplayed the attack and said it was nothing new for the party.', 'en');
    expect(c.speaker).toBe('Carol Pratt');
    expect(c.text).toBe('it was nothing new for the party');
  });

  it('ends an English subject at its verb: the name after it is its object, not the source of ", saying"', () => {
    const c = reported('Sen. Carol Pratt (D-Ohio) visited NBC\'s "Today" to talk about the bill, saying the vote would be close.', 'en').find((r) => r.text === 'the vote would be close');
    expect(c?.speaker).toBe('Carol Pratt');
  });

  it('reports no claim for where or how something was said, but reads past it to "that"', () => {
    expect(reported('The governor spoke at a rally in the capital on Saturday.', 'en')).toEqual([]);
    const [c] = reported('The agency said in a statement released on Monday that the recall covers every model.', 'en');
    expect(c.text).toBe('that the recall covers every model');
  });

  it('reads reiterated, hinted and cautioned', () => {
    expect(reported('The minister hinted the tax would rise next year.', 'en')[0].text).toBe('the tax would rise next year');
    expect(reported('The board reiterated that the school will stay open.', 'en')[0].text).toBe('that the school will stay open');
  });

  it('does not report the speech of a direct quotation twice', () => {
    const text = '"We are closing the plant," the company said.';
    expect(reported(text, 'en')).toEqual([]);
    // "told supporters: “…”": whom it was told is no reported claim around the quotation
    for (const told of ['He told supporters: "We are not going anywhere."', 'He told reporters in Miami, "We are not going anywhere."', 'She told CNN: "We are not going anywhere."']) {
      const claims = extractClaims(`Ana Ortiz is promising to stay in the race. ${told}`, 'en');
      expect(claims.map((c) => [c.kind, c.text])).toEqual([['indirect', 'to stay in the race'], ['direct', 'We are not going anywhere.']]);
    }
  });

  it('reads "Name, a role, said CONTENT" as source-first, not the content as an inverted source', () => {
    const [c] = reported('Bob Lane, a retired general, said the plan was sound.', 'en');
    expect(c.speaker).toBe('Bob Lane');
    expect(c.text).toBe('the plan was sound');
  });

  it('reads past an opening adverbial to the subject of "… and explained"', () => {
    const text = 'Mayor Ann Hill toured the flooded district on Monday. A week later, she visited the pumping station and explained why the repairs were late.';
    const c = reported(text, 'en').find((r) => r.cue?.text === 'explained');
    expect(c?.speaker).toBe('Ann Hill');
  });

  it('takes the person, not the words around them, as the source when a verb or wh-word stands between', () => {
    const a = reported('Mara Quinn took to the radio to say the bridge would reopen in May.', 'en');
    expect(a.find((r) => r.text.includes('bridge'))?.speaker).toBe('Mara Quinn');
    const text = 'Mayor Ann Hill opened the new ward on Friday. Where she used to boast that the city had no waiting lists, she now admits the queues are long.';
    const b = reported(text, 'en').find((r) => r.cue?.text === 'boast');
    expect(b?.speakerMention?.text).toBe('she');
    expect(b?.speaker).toBe('Ann Hill');
  });

  it('names no source for a passive ("… were allowed to stand")', () => {
    const claims = extractClaims('The referendum results were allowed to stand, because the court found no fraud in the count.', 'en');
    for (const c of claims) expect(c.speaker ?? '').not.toMatch(/results were/);
  });

  it('keeps the source words a source can have: no opening conjunction, no closing "all", nothing from the verb on', () => {
    expect(reported('The vote was close. But loyalists insisted the plan would pass.', 'en')[0].speaker).toBe('loyalists');
    expect(reported('Mike Huckabee and Chris Christie all argued the tax was unfair.', 'en')[0].speaker).toBe('Mike Huckabee and Chris Christie');
    expect(reported('Dana Ruiz failed to convince the board that the budget was balanced.', 'en')[0].speaker).toBe('Dana Ruiz');
  });

  it('names no source rather than a fragment that cannot be one ("on to rebut many of the")', () => {
    const c = reported('The senator spoke for an hour, on to rebut many of the claims that the bill was unfair.', 'en').find((r) => r.cue?.text === 'rebut');
    expect(c).toBeDefined();
    expect(c?.speaker).toBeNull();
    expect(c?.speakerMention).toBeNull();
  });

  it('takes the subject before a time or place phrase as the source, not the phrase ("Lane at the time said")', () => {
    const [c] = reported('Bob Lane ran the depot for years. Lane at the time said the trucks were never late.', 'en');
    expect(c.speaker).toBe('Bob Lane');
    const [d] = reported('Mara Quinn spoke in Leeds. Quinn, who has in the past described the plan as sound, said the budget was fine.', 'en');
    expect(d.speaker).toBe('Mara Quinn');
  });
  it('reads past an adverb or an "ago" phrase before the verb to the source ("Ana Ortiz, subsequently testified")', () => {
    const [a] = reported('The depot closed in May. Its longest-serving driver, Ana Ortiz, subsequently testified that the brakes "were never checked" by anyone.', 'en');
    expect(a.speaker).toBe('Ana Ortiz');
    const [b] = reported('The Transport Ministry less than two weeks ago said for the first time that the tunnel had flooded twice.', 'en');
    expect(b.speaker).toBe('Transport Ministry');
    // a noun that ends like an adverb is the source itself
    expect(reported('The family said the boy was safe at home.', 'en')[0].speaker).toBe('The family');
  });

  it('does not read a possessive before an adjective as a source ("Mayor Lee\'s fired deputy, Sam Roe, blamed …")', () => {
    const claims = reported('Sam Roe, Mayor Lee\'s fired deputy, blamed the council for the delays in the harbour project.', 'en');
    expect(claims.map((c) => c.speaker)).not.toContain('Mayor Lee');
    for (const c of claims) expect(c.speakerMention?.text ?? '').not.toMatch(/Lee.s$/);
  });

  it('gives ", at one point calling …" the clause\'s subject, not the time phrase', () => {
    const text = 'Governor Nia Park has fought the port authority for years, at one point calling its chairman a "crook" in public.';
    // the rules' reading (the learned ranker may still weigh other candidates for the quotation)
    const claims = extractClaims(text, 'en', { model: null });
    expect(claims.find((c) => c.kind === 'indirect')?.speaker).toBe('Nia Park');
    expect(claims.find((c) => c.kind === 'direct')?.speaker).toBe('Nia Park');
  });

  it('takes the owner of a claim as its source ("Ortiz\'s most serious claim is that …")', () => {
    const text = 'Ana Ortiz sued the firm in March. But Ortiz\'s most serious claim is that the inspection was a "sham" staged for the insurers.';
    const claims = extractClaims(text, 'en');
    expect(claims.find((c) => c.kind === 'indirect')?.speaker).toBe('Ana Ortiz');
    expect(claims.find((c) => c.kind === 'direct')?.speaker).toBe('Ana Ortiz');
  });

  it('never names a capitalised sentence opener as the source ("Under …", "Having announced …", "Let\'s hope …")', () => {
    const sources = (text: string) => extractClaims(text, 'en', { model: null }).map((c) => c.speaker);
    const openers = ['Under', 'Having', 'Let', 'In', 'Yet', 'Instead'];
    const texts = [
      'Under the new plan, the governor would cut the fuel tax.\n\n“We have come a long way,” he told supporters.',
      'Having announced that he would not send me to prison, Judge Ray Ellis proceeded to hand down his sentence.',
      'The graduates leave on Friday. Let\'s hope that they embrace what they learned here.',
      'In declaring the senator\'s remarks "not Christian," the bishop again showed his knack for headlines.',
      'Yet determining how much the billionaires hold depends on who is counting.',
      'Instead, the mayor said that the tunnel would open in May.',
    ];
    for (const t of texts) for (const s of sources(t)) expect(openers).not.toContain(s);
    // a lone determiner does stand for people
    expect(sources('Several said they would rather see the funds go to the states in block grants.')).toContain('Several');
    // nor does a capitalised conjunction or preposition open a described source
    expect(sources('But polls show that voters are still undecided about the levy.')).toEqual(['polls']);
    expect(sources('With city leaders increasingly worried about the budget, the mayor called a meeting.')[0]).toBe('city leaders');
  });

  it('reads the main verb after a relative clause ("Ann Lee, who has long warned about it, said …")', () => {
    const claims = reported('Ann Lee, who has long warned about the shortage, said the wait for hospital beds is far too long.', 'en');
    const main = claims.find((c) => c.text === 'the wait for hospital beds is far too long');
    expect(main?.speaker).toBe('Ann Lee');
    for (const c of claims) expect(c.text).not.toContain('said');
    // the subject before the clause reports, not the clause's object
    const all = extractClaims('The veteran delegate and party activist, who backs Cruz, warned of a “ferocious” battle ahead at the convention.', 'en', { model: null });
    expect(all.find((c) => c.kind === 'indirect')?.speaker).toMatch(/activist$/);
    expect(all.find((c) => c.kind === 'direct')?.speaker).toMatch(/activist$/);
  });

  it('does not take an opening adverbial for the source ("Speaking later on the same show, …")', () => {
    const claims = extractClaims('Speaking later on the same show, Sen. Ann Lee (D-Mo.), who has endorsed Clinton, said the wait for hospital beds is far too long.', 'en', { model: null });
    for (const c of claims) expect(c.speaker ?? '').not.toMatch(/^Speaking/);
  });
  it('ends a claim reported in an opening "When …" clause at the comma that closes the clause', () => {
    const text = 'When Mayor Vance suggested that the port would sue the county, Councillor Ines Roldan fired back: “If they sue us, they will lose,” drawing applause from the gallery.';
    const claims = extractClaims(text, 'en');
    const [c] = claims.filter((x) => x.kind === 'indirect');
    expect(c.speaker).toBe('Vance');
    expect(c.speakerRole).toBe('Mayor');
    expect(c.text).toBe('that the port would sue the county');
    // the quotation after the clause is no longer inside the mayor's claim: it is the councillor's
    const quote = claims.find((x) => x.kind === 'direct');
    expect(quote?.speaker).toBe('Ines Roldan');
    expect(quote?.speakerRole).toBe('Councillor'); // a title outside the US spelling too
  });
  it('does not run a claim on into the description of a source named after the verb ("…, said X, a professor …, who is …")', () => {
    const text = "Nor will the new levy bring many of these mills back, said Oren Vasquez, a professor of economics at Halden College, who is one of the country's foremost specialists on the pluses and minuses of the levy.";
    const [c, ...rest] = reported(text, 'en');
    expect(rest).toEqual([]);
    expect(c.speaker).toBe('Oren Vasquez');
    expect(c.text).toBe('Nor will the new levy bring many of these mills back');
  });
  it('reads past a participle aside to the reporting verb ("Bramwell, asked about the promise, said …")', () => {
    const [c, ...rest] = reported('Mayor Ann Bramwell, asked about the promise, said the circumstances had changed since the vote.', 'en');
    expect(rest).toEqual([]);
    expect(c.speaker).toBe('Ann Bramwell');
    expect(c.cue?.text).toBe('said');
    expect(c.text).toBe('the circumstances had changed since the vote');
  });
  it('reads no claim in the title line of an Indonesian story ("Nelayan menolak aturan baru perikanan"), and keeps the story\'s claims', () => {
    const text = 'Nelayan menolak aturan baru perikanan\n\nJAKARTA, KOMPAS — Ketua Himpunan Nelayan Sukamaju (HNS) Rudi Hartono mengatakan, kuota tangkap baru merugikan nelayan kecil.';
    const claims = reported(text, 'id');
    expect(claims.map((c) => c.speaker)).toEqual(['Rudi Hartono']);
    expect(claims[0].text).toBe('kuota tangkap baru merugikan nelayan kecil');
  });
});
