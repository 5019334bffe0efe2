import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from './index';

const direct = (text: string, lang?: 'id' | 'en'): ExtractedClaim[] => extractClaims(text, lang).filter((c) => c.kind === 'direct');
const who = (text: string, lang?: 'id' | 'en') => direct(text, lang).map((c) => c.speaker);
/** The English speakers the rules alone give (no ranker): what a rule change must get right by itself. */
const rules = (text: string) => extractClaims(text, 'en', { model: null }).filter((c) => c.kind === 'direct').map((c) => c.speaker);

describe('attribution after the quotation (Indonesian norm)', () => {
  it('gives a "-nya" cue with no person before it to the source of the claim reported just before ("Kepala Dinas … mengatakan")', () => {
    const claims = extractClaims('Kepala Dinas Kesehatan Kota Bandung mengatakan, jumlah kasus turun pekan ini. ”Kami terus memantau,” ujarnya.', 'id');
    expect(claims.map((c) => [c.kind, c.speaker])).toEqual([['indirect', 'Kepala Dinas Kesehatan Kota Bandung'], ['direct', 'Kepala Dinas Kesehatan Kota Bandung']]);
  });

  it('does not take a passive verb opening the sentence ("Dijelaskan", a subheading run into the text) as part of a name', () => {
    const text = 'Warga sempat menjauhi keluarga itu. Dikucilkan Sekar, ibu dua anak, bertahan di rumah. ”Kami tetap sabar,” kata Sekar.';
    expect(who(text, 'id')).toEqual(['Sekar']);
  });

  it('takes the person, not the town ending their description, as the subject of "X, anggota … di Y, Kota, menyatakan"', () => {
    const text = 'Namun, Sinta Maharani, anggota KPPS 4 di Kelurahan Sukamaju, Tasikmalaya, menyatakan, terakhir mengikuti tes cepat dua pekan lalu. Ia belum mendengar rencana tes ulang. ”Saya berharap ada lagi,” kata dia.';
    const claims = extractClaims(text, 'id');
    expect(claims.map((c) => [c.kind, c.speaker])).toEqual([['indirect', 'Sinta Maharani'], ['direct', 'Sinta Maharani']]);
    expect(claims[0].speakerRole).toBe('anggota KPPS 4 di Kelurahan Sukamaju, Tasikmalaya');
  });

  it('reads "kata X", "ujar X" and role-then-name speakers', () => {
    const text = '”Stok pangan aman sampai akhir tahun,” kata Kepala Dinas Pertanian Sumatera Barat, Hendra Gunawan, Selasa (4/3).';
    const [c] = direct(text, 'id');
    expect(c.speaker).toBe('Hendra Gunawan');
    expect(c.cue?.text).toBe('kata');
    expect(c.speakerRole).toBe('Kepala Dinas Pertanian Sumatera Barat');
  });

  it('resolves -nya cues and "kata dia" to the previous speaker', () => {
    const text =
      'Wali Kota Sukamaju, Dedi Kurniawan, meninjau pasar pada Senin. ”Harga cabai mulai turun,” ujar Dedi. ' +
      '”Kami akan terus memantau,” ujarnya. ”Pasokan dari petani lancar,” tambahnya. ”Tidak ada penimbunan,” kata dia.';
    expect(who(text, 'id')).toEqual(['Dedi Kurniawan', 'Dedi Kurniawan', 'Dedi Kurniawan', 'Dedi Kurniawan']);
    expect(direct(text, 'id')[1].speakerMention?.text).toBe('ujarnya');
  });

  it('gives a -nya cue to the person the paragraph just introduced, not the previous quotation\'s speaker', () => {
    const text =
      'Harga naik. ”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Komisioner Pendidikan KPAI Retno Listyarti menyoroti hal itu. Ia menemui para guru. ”Sekolah belum siap dibuka,” katanya.';
    expect(who(text, 'id')).toEqual(['Bayu Pratama', 'Retno Listyarti']);
  });

  it('gives a -nya cue to a person a sentence introduced with a role, even with no reporting verb', () => {
    const text =
      'Harga beras naik. ”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Kepala Dinas Perdagangan Kota Sukamaju Rina Lestari meninjau pasar pada Senin. ”Stok masih cukup,” katanya. ' +
      'Pasar Baru di Kabupaten Sukamaju ramai. ”Pembeli mulai kembali,” katanya.';
    expect(who(text, 'id')).toEqual(['Bayu Pratama', 'Rina Lestari', 'Rina Lestari']);
  });

  it('gives "Menurut dia" and a -nya cue to the agent of a passive reporting verb ("Hal senada disampaikan X")', () => {
    const text =
      'Harga beras naik. ”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Hal senada disampaikan Ketua Asosiasi Pedagang Hendra Wijaya. Menurut dia, pasokan dari petani berkurang. ”Kami minta operasi pasar,” katanya.';
    const claims = extractClaims(text, 'id');
    expect(claims.map((c) => c.speaker)).toEqual(['Bayu Pratama', 'Hendra Wijaya', 'Hendra Wijaya']);
  });

  it('reads a role joined by "dan" up to the name at its end, and keeps two roles with "dan" apart', () => {
    const [c] = direct('”Tim sudah di lokasi,” kata Kepala Bidang Kedaruratan dan Logistik BPBD Jawa Tengah Andri Sulistyo, Selasa.', 'id');
    expect(c.speaker).toBe('Andri Sulistyo');
    expect(c.speakerRole).toBe('Kepala Bidang Kedaruratan dan Logistik BPBD Jawa Tengah');
    expect(who('”Kami siap,” kata Menteri Luar Negeri Sari Wulandari dan Menteri Pertahanan Bima Santoso.', 'id')).toEqual(['Sari Wulandari']);
  });

  it('reads the office holder at the end of a long title, through "dan", "/", "dari" and commas', () => {
    const said = (title: string) => direct(`Warga menunggu keputusan itu sejak pekan lalu. ”Keputusan akan keluar besok,” kata ${title} saat dihubungi.`, 'id')[0];
    const cases: Array<[string, string, string]> = [
      ['Menteri Riset dan Teknologi / Kepala Badan Riset dan Inovasi Nasional Budi Santoso', 'Budi Santoso', 'Menteri Riset dan Teknologi / Kepala Badan Riset dan Inovasi Nasional'],
      ['Kepala Bagian Hukum dan Humas, Rumah Sakit Umum Daerah Sukamaju, Rina Wulandari', 'Rina Wulandari', 'Kepala Bagian Hukum dan Humas, Rumah Sakit Umum Daerah Sukamaju'],
      ['Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan Andi Saputra', 'Andi Saputra', 'Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan'],
      ['anggota Tim Peneliti Vaksin dari UGM, Dian Pratama,', 'Dian Pratama', 'anggota Tim Peneliti Vaksin dari UGM'],
      ['Menteri Pariwisata dan Ekonomi Kreatif Sari Hartono', 'Sari Hartono', 'Menteri Pariwisata dan Ekonomi Kreatif'],
      ['CEO SurveyKita dan NeuroKita Rajiv Kumar', 'Rajiv Kumar', 'CEO SurveyKita dan NeuroKita'],
      ['Kepala Dusun Ngasem, Kelurahan Sumberejo, Wahyu Hartono', 'Wahyu Hartono', 'Kepala Dusun Ngasem, Kelurahan Sumberejo'],
      ['Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Karim', 'Abdul Karim', 'Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi'],
    ];
    for (const [title, speaker, role] of cases) {
      const c = said(title);
      expect([c.speaker, c.speakerRole]).toEqual([speaker, role]);
    }
    // the same titles before "mengatakan" and after "Menurut", where the title's commas are not the clause's
    const before = extractClaims('Warga menunggu sejak pekan lalu. Menteri Pariwisata dan Ekonomi Kreatif Sari Hartono mengatakan, ”Keputusan akan keluar besok.”', 'id')[0];
    expect([before.speaker, before.speakerRole]).toEqual(['Sari Hartono', 'Menteri Pariwisata dan Ekonomi Kreatif']);
    const menurut = extractClaims('Warga menunggu sejak pekan lalu. Menurut Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Agus Salim, keputusan itu akan keluar besok pagi.', 'id')[0];
    expect([menurut.kind, menurut.speaker, menurut.speakerRole, menurut.text]).toEqual(['indirect', 'Agus Salim', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan', 'keputusan itu akan keluar besok pagi']);
    // initials inside the name stay in it
    expect(said('Kepala Badan Riset dan Inovasi Nasional Bambang PS Wijoyo').speaker).toBe('Bambang PS Wijoyo');
    // a second title after "dan" is a second person; the first keeps the quotation
    expect(said('Menteri Koordinator Bidang Perekonomian Sari Wulandari dan Wakil Menteri Bima Santoso').speaker).toBe('Sari Wulandari');
    // no person at the end: the title is not cut into a name ("Riset dan Teknologi")
    expect(said('Menteri Riset dan Teknologi').speaker).not.toBe('Teknologi');
  });

  it('reads "lanjut dia" and "jelasnya"', () => {
    const text = 'Peneliti gempa Rani Susanti memaparkan hasil kajiannya. ”Patahan itu aktif,” jelasnya. ”Warga perlu waspada,” lanjut dia.';
    expect(who(text, 'id')).toEqual(['Rani Susanti', 'Rani Susanti']);
  });
});

describe('attribution in English', () => {
  it('reads a live blog entry by entry: after "___." and a time stamp, "he" is the entry\'s own subject', () => {
    const text = [
      'The Latest: the race tightens.', '9:40 p.m.',
      'Ana Ortiz says she is a unifier. "We are going to win," Ortiz said at her rally.', '___.', '10:25 p.m.',
      'Ben Cole is drawing sharp contrasts between himself and front-runner Ana Ortiz.',
      'He said, "We need a leader who keeps her word."', '___.', '10:40 p.m.',
      '"We will keep counting," the election board said in a statement.', '"Every vote matters."',
    ].join('\n\n');
    for (const model of [undefined, null]) {
      const direct = extractClaims(text, 'en', { model }).filter((c) => c.kind === 'direct');
      expect(direct.map((c) => c.speaker)).toEqual(['Ana Ortiz', 'Ben Cole', 'the election board', 'the election board']);
    }
    // a quotation paragraph continues the speaker before it, but not across a break
    const quotes = (t: string) => extractClaims(t, 'en').filter((c) => c.kind === 'direct').map((c) => c.speaker);
    expect(quotes('"We are going to win," Ana Ortiz said.\n\n"Every vote matters, and we will count them."')).toEqual(['Ana Ortiz', 'Ana Ortiz']);
    expect(quotes('"We are going to win," Ana Ortiz said.\n\n___.\n\n"Every vote matters, and we will count them."')).toEqual(['Ana Ortiz', null]);
  });

  it('reads "he said", "said X" and "X said"', () => {
    const text =
      'Governor Alan Whitfield toured the flooded district on Monday.\n\n' +
      '"The water is still rising," he said.\n\n' +
      '"We need more pumps," said Carla Reyes, the county engineer.\n\n' +
      '"Nobody slept last night," Ms. Reyes said.';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Alan Whitfield', 'Carla Reyes', 'Carla Reyes']);
    expect(cs[1].speakerRole).toBe('the county engineer');
    expect(cs[0].speakerMention?.text).toBe('he');
  });

  it('reads a name written in a script without capitals as the speaker', () => {
    const text =
      'Ministers met in Seoul on Friday.\n\n' +
      '"Trade will grow," said 习近平, the Chinese president.\n\n' +
      '"We welcome the talks," 김정은 said.';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['习近平', '김정은']);
    expect(cs[0].speakerRole).toBe('the Chinese president');
  });

  it('keeps a description whose name only says whose or which role it is ("a senior Trump adviser")', () => {
    const text =
      'Aides were split on Monday.\n\n' +
      '"We will keep trying," said a senior American official, who asked not to be named.\n\n' +
      '"It is over," said a Clinton campaign spokesman.\n\n' +
      '"We are ready," said the Democratic nominee, Hillary Clinton.';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['a senior American official', 'a Clinton campaign spokesman', 'Hillary Clinton']);
    expect(cs[1].speakerKind).toBe('person');
    expect(cs[2].speakerRole).toBe('the Democratic nominee');
  });

  it('reads a colon introduction and "according to"', () => {
    const text = 'The harbor master said: "No ship leaves before noon." "Repairs will take a week," according to the port authority.';
    const cs = direct(text, 'en');
    expect(cs[0].speaker).toBe('The harbor master');
    expect(cs[1].speaker?.toLowerCase()).toContain('port authority');
  });

  it('keeps the speaker for a following quote paragraph with no cue', () => {
    const text = 'Dr. Helen Marsh, who leads the clinic, said the wait had doubled.\n\n"We have two doctors for ten thousand people," she said.\n\n"That is not sustainable."';
    expect(who(text, 'en')).toEqual(['Helen Marsh', 'Helen Marsh']);
  });

  it('gives one entry per piece of "A," he said. "B."', () => {
    const text = 'Coach Dan Ibsen spoke after the match. "We were slow," he said. "We will fix it."';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.text)).toEqual(['We were slow,', 'We will fix it.']);
    expect(cs.map((c) => c.speaker)).toEqual(['Dan Ibsen', 'Dan Ibsen']);
  });
});

describe('attribution before the quotation', () => {
  it('reads "X mengatakan bahwa ... “partial”"', () => {
    const text = 'Ekonom senior Lukas Wirawan mengatakan bahwa inflasi tahun ini “masih terkendali” meski harga energi naik.';
    const [c] = direct(text, 'id');
    expect(c.speaker).toBe('Lukas Wirawan');
    expect(c.cue?.text).toBe('mengatakan');
  });

  it('splits a quote around its attribution when the words before the cue belong to the sentence', () => {
    const text = 'Perdana Menteri Belanda, Joost Bakker, tiba kemarin. “Kami tidak mempersoalkan kunjungan” Mr Bakker, kata juru bicara kementerian, Sofia Lind, kepada wartawan.';
    const [c] = direct(text, 'id');
    expect(c.speaker).toBe('Sofia Lind');
    expect(c.speakerRole).toBe('juru bicara kementerian');
  });
});

describe('speaker resolution', () => {
  it('maps a title used alone back to the named person (apposition)', () => {
    const text =
      'Presiden Chile, Ana Morales, akan berkunjung ke Jakarta. Presiden Chile memuji kerja sama kedua negara sebagai “jembatan yang kokoh”.';
    expect(who(text, 'id')).toEqual(['Ana Morales']);
  });

  it('maps a short form to the fullest earlier person, not to a place named after someone', () => {
    const text =
      'Pemimpin Korea Utara, Kim Jong Un, menerima tamunya di Lapangan Kim Il Sung. ' +
      'Mr Kim menyebut pertemuan itu “bersejarah”.';
    expect(who(text, 'id')).toEqual(['Kim Jong Un']);
  });

  it('resolves surnames and first names used alone', () => {
    expect(who('Senator Rosa Delgado opened the hearing. "We start now," Delgado said.', 'en')).toEqual(['Rosa Delgado']);
    expect(who('Petani asal Garut, Ahmad Fauzi, sudah tiga kali gagal panen. ”Tahun ini lebih parah,” kata Ahmad.', 'id')).toEqual(['Ahmad Fauzi']);
  });

  it('resolves pronouns to the most recent fitting speaker', () => {
    const text = 'Menteri Perdagangan, Yusuf Hamdan, membuka pameran itu. Ia menyebut produk lokal “siap bersaing” di pasar dunia.';
    expect(who(text, 'id')).toEqual(['Yusuf Hamdan']);
  });

  it('takes institutions as speakers and marks them as organisations', () => {
    const a = direct('Gedung Putih menyebut laporan itu “tidak akurat”.', 'id');
    expect(a[0].speaker).toBe('Gedung Putih');
    expect(a[0].speakerType).toBe('organization');
    const b = direct('"We have no comment at this time," the White House said.', 'en');
    expect(b[0].speaker).toBe('White House');
    expect(b[0].speakerType).toBe('organization');
  });

  it('keeps an English description as written while pronouns after it still find the person', () => {
    const text =
      'Lena Brandt, the Green candidate, toured the port on Monday. ' +
      '"The harbor needs dredging," the Green candidate said.';
    const [c] = direct(text, 'en');
    expect(c.speaker).toBe('the Green candidate');
    expect(c.speakerType).toBe('person');
  });

  it('does not take a lone party adjective before a noun as the speaker', () => {
    const [c] = direct('The fact-checkers rated 30% of Republican claims as "false" this year.', 'en');
    expect(c.speaker).not.toBe('Republican');
  });

  it('skips a party-and-state label in parentheses after a role-led name', () => {
    expect(who('"Deadlines are not suggestions," panel Chairman Rep. Ann Lee (D-Ohio) said after the vote.', 'en')).toEqual(['Ann Lee']);
  });

  it('resolves a relative "who" to the name right before it', () => {
    const text = 'Mayor Tom Reed opened the session. Dana Holt, who runs the clinic\'s outreach effort for military veterans\' families, said, "We are out of beds."';
    expect(who(text, 'en')).toEqual(['Dana Holt']);
  });

  it('leaves names given to both sexes open to "he" and "she"', () => {
    const text = 'Councillor Rob Vance spoke first. "We will vote no," said shop owner Terry Lund. She added, "The rent is too high."';
    expect(who(text, 'en')).toEqual(['Terry Lund', 'Terry Lund']);
  });

  it('takes the words opening the sentence as the speaker of a speech verb when nothing else names one', () => {
    const [c] = direct('The rain kept falling. Fans waiting outside the stadium chanted "Let us in!" for an hour.', 'en');
    expect(c.speaker?.toLowerCase()).toContain('fans');
  });

  it('looks past a quoted show name to the cue before it', () => {
    const text = 'Senator Rosa Delgado spoke first. Delgado tells CNN\'s "Morning Desk" on Friday that "nobody is leaving the table."';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Rosa Delgado']);
  });

  it('resolves "it" to the organisation last named when no source came before', () => {
    const text = 'The Harbor Safety Board met late on Tuesday. It called the collision "an avoidable failure of basic seamanship."';
    expect(who(text, 'en')).toEqual(['Harbor Safety Board']);
  });

  it('takes the name before a capitalised role apposition, not the organisation in it', () => {
    const [c] = extractClaims('Dana Holt, Director of Harbor Ferries, said the schedule would change in May.', 'en').filter((x) => x.kind === 'indirect');
    expect(c.speaker).toBe('Dana Holt');
  });

  it('reads a role given after the name', () => {
    const text = 'Mira Halonen, kepala riset di Institut Laut Utara, mengatakan laut “memanas lebih cepat dari perkiraan”.';
    const [c] = direct(text, 'id');
    expect(c.speaker).toBe('Mira Halonen');
    expect(c.speakerRole).toBe('kepala riset di Institut Laut Utara');
  });

  // the rules' own pick (no ranker): the subject the phrase parser reads before the verb
  const byRules = (text: string) => extractClaims(text, 'en', { model: null }).filter((c) => c.kind === 'direct');

  it('looks past a name set off inside a relative clause to the subject before it', () => {
    const text = 'Tariffs dominate the race. Omar Reyes, whose company, Harbourline, ships fruit to four countries, said, “We cannot plan a season like this.”';
    expect(byRules(text).map((c) => c.speaker)).toEqual(['Omar Reyes']);
  });

  it('takes the person before a described apposition, not the organisation the description ends on', () => {
    const text = 'The archive reopened. Lena Marsh, the editor in chief of the city’s oldest weekly, Voce Marina, said the paper was “both a record and a witness.”';
    const [c] = byRules(text);
    expect(c.speaker).toBe('Lena Marsh');
    expect(c.speakerRole).toMatch(/^the editor in chief/);
  });

  it('reads "X shot back" and "X fired back" as the cue, not a reporting verb earlier in the sentence', () => {
    const text = 'The debate turned sharp. After Tom Berg criticized Ana Ruiz over the budget, Ruiz shot back, “The numbers are public.”';
    const [c] = byRules(text);
    expect([c.speaker, c.cue?.text]).toEqual(['Ana Ruiz', 'shot back']);
  });

  it('reads "“…,” X shot back." after the quotation as its attribution', () => {
    const text = 'Tom Berg attacked Ana Ruiz over the budget. "Tom wants to look tough tonight," Ruiz shot back. "Let me finish."';
    const claims = byRules(text);
    expect(claims.map((c) => [c.speaker, c.cue?.text ?? null])).toEqual([['Ana Ruiz', 'shot back'], ['Ana Ruiz', null]]);
  });

  it('reads a name and a colon opening a line, or after a dash, as the label of the quotation, but not in the headline', () => {
    const text = 'Harbour Votes: “A Long Night”\n\nThe count went on past midnight.\n\nTURNOUT IS UP - Lena Marsh: “The harbour wards voted as never before.”\n\nTom Berg: “We expected a quiet night.”';
    const claims = byRules(text);
    expect(claims.map((c) => [c.speaker, c.cue?.text])).toEqual([['Lena Marsh', ':'], ['Tom Berg', ':']]);
  });

  it('keeps the preposition of a passive agent out of the role ("asked by host X")', () => {
    const text = 'The interview ran long. Tom Berg was asked by host Lena Marsh, who has covered him for years, “Will you run again?”';
    const [c] = direct(text, 'en');
    expect(c.speaker).toBe('Lena Marsh');
    expect(c.speakerRole).toBe('host');
  });
});

describe('quotations inside a reported claim', () => {
  it('gives quoted words inside a reported claim to the claim\'s source, a document when it is one', () => {
    const claims = extractClaims('Prices rose in May. The survey found that "most voters are undecided" about the plan.', 'en');
    const quote = claims.find((c) => c.kind === 'direct');
    expect(quote?.speaker).toBe('The survey');
    expect(quote?.speakerKind).toBe('document');
  });
});

describe('quotations nobody said', () => {
  it('drops Indonesian titles and terms with no attribution', () => {
    expect(direct('Film ”Gadis Kretek” tayang minggu depan di bioskop.', 'id')).toEqual([]);
    expect(direct('Istilah ”new normal” kini jarang dipakai orang.', 'id')).toEqual([]);
  });

  it('drops a short English scare quote after a determiner, keeps a characterisation', () => {
    expect(direct('Downtown parking now carries a "temporary levy" on weekdays.', 'en')).toEqual([]);
    expect(direct('The mayor praised the new chief as a "steady hand" in hard times.', 'en').map((c) => c.text)).toEqual(['steady hand']);
  });

  it('drops work titles after "on", "titled" or a possessive in English', () => {
    expect(direct('She appeared on "Morning Report" and on CNN\'s "Late Edition" this week.', 'en')).toEqual([]);
  });
});

describe('apostrophes and sentence openers are not names or quotation marks', () => {
  it('reads past a possessive apostrophe in the speaker\'s role (“…,” Jeff Weaver, Sanders’ campaign manager, said)', () => {
    const text = 'On Sunday, Sanders announced that he had raised $20 million. ' +
      '“We will win,” Ann Weaver, Sanders’ campaign manager, said in a statement. “Small donors carry us.”';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Ann Weaver', 'Ann Weaver']);
    expect(cs[0].speakerRole).toBe('Sanders’ campaign manager');
  });

  it('never takes a capitalised sentence adverb for the person a pronoun stands for', () => {
    const text = 'Instead, the senator is sticking to his message.\n\n“We have come a long way,” he told supporters.';
    expect(who(text, 'en')).not.toContain('Instead');
    const text2 = 'Amid the protests, the mayor stayed calm.\n\n“We will rebuild,” she said.';
    expect(who(text2, 'en')).not.toContain('Amid');
    const text3 = 'The fact-checkers rated the claim false. Conversely, it attacked the rival, saying he “has offended voters.”';
    for (const model of [undefined, null]) expect(extractClaims(text3, 'en', { model }).map((c) => c.speaker)).not.toContain('Conversely');
  });
});

describe('places around a speaker are not the speaker', () => {
  it('skips a dateline ("WASHINGTON, Dec. 8 (UPI) —") but keeps an acronym subject ("NATO, the alliance, said")', () => {
    const text = 'WASHINGTON, Dec. 8 (UPI) — In response to the proposal, the council’s chair rallied supporters, saying: “We have to be ready.”\n\n' +
      'NATO, the alliance, said: “We are ready.”';
    const cs = direct(text, 'en');
    expect(cs.map((c) => c.speaker)).not.toContain('WASHINGTON');
    expect(cs[1].speaker).toBe('NATO');
  });

  it('skips a dateline that names its agency in any case ("Washington (AFP) –", "New York (AP) —")', () => {
    const text = 'Washington (AFP) – Democrat Ann Baker has taken a swipe at her rival’s stance, saying that “bombastic comments” do more harm than good.\n\n' +
      'New York (AP) — Mayor Bill Porter said the city was ready. “We will be fine,” he said.';
    const cs = extractClaims(text, 'en');
    expect(cs.map((c) => c.speaker)).not.toContain('Washington');
    expect(cs.map((c) => c.speaker)).not.toContain('New York');
    expect(cs.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Ann Baker', 'Bill Porter']);
  });

  it('a name after "in" that opens a longer name is no place: "in Trump Tower" leaves "Trump" a person', () => {
    const text = 'Donald Trump hired Paul Manafort. Manafort was in the office. The tweet went out from an office in Trump Tower. ' +
      'Trump himself was delighted by the resulting controversy. “The people who were offended were people we wanted to offend,” he later said.';
    expect(who(text, 'en')).toEqual(['Donald Trump']);
  });

  it('reads past a home town\'s state ("of Columbia, South Carolina says"; "from Sumter, South Carolina, says")', () => {
    const a = extractClaims('Ann Baker of Columbia, South Carolina says the senator keeps “doing what he’s doing.”', 'en');
    expect(a.map((c) => c.speaker)).toEqual(['Ann Baker', 'Ann Baker']);
    const b = extractClaims('Ann Baker, a salesman from Sumter, South Carolina, says the senator will “leave here with momentum.”', 'en');
    expect(b.every((c) => c.speaker === 'Ann Baker')).toBe(true);
  });
});

describe('party-state tags', () => {
  it('skips a party and its state set off after the name ("Senator Rhea Tolland, Republican of West Virginia, called …")', () => {
    const text = "Hurrying into the luncheon, Senator Rhea Tolland, Republican of West Virginia, called over her shoulder, ''His comments are not helping.''";
    expect(rules(text)).toEqual(['Rhea Tolland']);
    expect(rules('Rep. Omar Vesk, a Democrat from Ohio, said, "We will not vote for it."')).toEqual(['Omar Vesk']);
  });

  it('gives a question to the agent of a passive cue after it ("… Varga was asked by reporter Tom Reddy")', () => {
    expect(rules('"Will you resign?" Mayor Ilse Varga was asked by reporter Tom Reddy.')).toEqual(['Tom Reddy']);
  });

  it('keeps "R-Fla." as one word and never takes it for the speaker', () => {
    expect(who('“We will win,” said Sen. Ann Rubio, R-Fla.', 'en')).toEqual(['Ann Rubio']);
    const [c] = extractClaims('Sen. Ann Rubio, R-Fla., appearing on Fox News after the speech, said the president failed to address public concerns.', 'en');
    expect(c.speaker).toBe('Ann Rubio');
    expect(c.text).toBe('the president failed to address public concerns');
  });

  it('reads AP tags with two periods, spelled-out states and postal codes the same way', () => {
    for (const tag of ['R-S.C.', 'D-N.Y.', 'R-Iowa', 'I-VT', 'D-NY']) {
      expect(who(`“We will see,” Sen. Ann Rubio, ${tag}, told reporters.`, 'en'), tag).toEqual(['Ann Rubio']);
    }
  });
});

describe('sentence openers after a quotation', () => {
  it('never takes "Perhaps," or "That\'s why," for the speaker of the quotation before it', () => {
    const perhaps = 'Dennis Gaskin, a retiree, was blunt. “We are a small town,” said Dennis Gaskin. “You never see a crowd.” Perhaps, he said, this “town has grown too fast.”';
    expect(extractClaims(perhaps, 'en').map((c) => c.speaker)).toEqual(['Dennis Gaskin', 'Dennis Gaskin', 'Dennis Gaskin', 'Dennis Gaskin']);
    const thats = 'Martin Kaplan laughed.\n\n“It is a name in the culture,” he said. “You know what you are getting.” That\'s why, he added, viewers see “endless sequels.”';
    expect(extractClaims(thats, 'en').map((c) => c.speaker)).toEqual(['Martin Kaplan', 'Martin Kaplan', 'Martin Kaplan', 'Martin Kaplan']);
  });
});

describe('first-person contractions', () => {
  it('reads "I\'m" as the pronoun "I", never as a name', () => {
    const text = 'Carter spoke on Monday.\n\nI\'m told the plan says: “We will win.”';
    expect(who(text, 'en')).toEqual(['the plan']);
  });
});

describe('a home town after "of"', () => {
  it('gives the person as the speaker and "of …" as the role', () => {
    const [c] = direct('“We will win,” said Joe Bateman of Springfield, Illinois.', 'en');
    expect(c.speaker).toBe('Joe Bateman');
    expect(c.speakerRole).toBe('of Springfield');
  });

  it('after a name that opens with dotted initials ("G.K. Barfield of North Carolina")', () => {
    const ruleClaims = (t: string) => extractClaims(t, 'en', { model: null }).filter((c) => c.kind === 'direct');
    const [a] = ruleClaims('Caucus Chairman G.K. Barfield of North Carolina said he was “outraged” by it.');
    expect([a.speaker, a.speakerRole]).toEqual(['G.K. Barfield', 'Caucus Chairman of North Carolina']);
    const [b] = ruleClaims('J.D. Vantz of Ohio said he was “outraged” by it.');
    expect([b.speaker, b.speakerRole]).toEqual(['J.D. Vantz', 'of Ohio']);
  });
});

describe('Indonesian office domains are roles, not names', () => {
  it('keeps "Pangan", "Ketenagakerjaan" and the like in the role', () => {
    const [a] = direct('”Stok beras aman sampai akhir tahun,” kata Kepala Dinas Pangan Rina Lestari.', 'id');
    expect(a.speaker).toBe('Rina Lestari');
    expect(a.speakerRole).toContain('Dinas Pangan');
    const [b] = direct('”Pelatihan kerja dibuka lagi bulan depan,” ujar Menteri Ketenagakerjaan Sari Wulandari.', 'id');
    expect(b.speaker).toBe('Sari Wulandari');
    expect(b.speakerRole).toBe('Menteri Ketenagakerjaan');
  });

  it('cuts a hotel or mall glued to the person after it ("Santika Hotel Indra Muaz")', () => {
    const cs = direct('Santika Hotel Indra Muaz mengatakan okupansi naik. ”Kami penuh sampai akhir bulan,” katanya.', 'id');
    expect(cs.map((c) => [c.speaker, c.speakerRole])).toEqual([['Indra Muaz', 'Santika Hotel']]);
  });

  it('cuts an office, a party or a listed company glued to the person after it, one-word names included', () => {
    const said = (subject: string) => direct(`Berita hari ini. ${subject} mengatakan, ”Kami siap bekerja.”`, 'id').map((c) => [c.speaker, c.speakerRole]);
    expect(said('Direktur Jenderal Anggaran Kementerian Keuangan Sukmono')).toEqual([['Sukmono', 'Direktur Jenderal Anggaran Kementerian Keuangan']]);
    expect(said('Ketua Majelis Permusyawaratan Rakyat Bayu Pratama')).toEqual([['Bayu Pratama', 'Ketua Majelis Permusyawaratan Rakyat']]);
    expect(said('Ekonom PT Bank Sentosa Tbk Rina Lestari')).toEqual([['Rina Lestari', 'Ekonom PT Bank Sentosa Tbk']]);
    expect(said('Wakil Ketua Fraksi Nasdem Dedi Kurniawan')).toEqual([['Dedi Kurniawan', 'Wakil Ketua Fraksi Nasdem']]);
    // initials stay in the name
    expect(said('Kepala Penerangan Kodam Jaya Kolonel Bayu AP Wirawan')[0][0]).toBe('Bayu AP Wirawan');
  });

  it('cuts a venue the article names whole elsewhere off the person after it ("Pengelola Cahaya Laguna Yosef Wirawan")', () => {
    const cs = direct('Salah satu tujuan wisata yang dibatasi ialah Cahaya Laguna. Pengelola Cahaya Laguna Yosef Wirawan mengatakan, ”Kami membatasi pengunjung.”', 'id');
    expect(cs.map((c) => [c.speaker, c.speakerRole])).toEqual([['Yosef Wirawan', 'Pengelola Cahaya Laguna']]);
  });
});

describe('a name after a subject and its verb is no sentence subject', () => {
  it('Indonesian: "Ia mendorong Polda Metro Jaya …" leaves the "-nya" cue to the person introduced before', () => {
    const text = '”Kami siap,” kata Kepala Dinas Kesehatan Budi Santoso. Namun, anggota DPRD Rina Lestari berharap langkah itu tidak sesaat. Ia mendorong Polda Metro Jaya membuat evaluasi. ”Kalau sebatas dibubarkan, itu bisa berulang,” ucapnya.';
    const [, b] = direct(text, 'id');
    expect(b.speaker).toBe('Rina Lestari');
  });

  it('Indonesian: a role in lower-case words opening the sentence introduces the person a "-nya" cue then names', () => {
    const text = '”Kami siap,” kata Kepala Dinas Kesehatan Budi Santoso. Pengamat ekonomi pertanian Bambang Wicaksono memprediksi harga turun. ”Stok beras cukup,” ujarnya.';
    const [, b] = direct(text, 'id');
    expect([b.speaker, b.speakerRole]).toEqual(['Bambang Wicaksono', 'Pengamat ekonomi pertanian']);
  });

  it('Indonesian: a law opening the sentence is no one a "-nya" cue names ("RUU Cipta Kerja disetujui …")', () => {
    const text = '”Kami menolak,” kata pakar hukum Bayu Anggoro. Menurut dia, pembahasan harus terbuka. RUU Cipta Kerja disetujui pekan lalu. ”Publik tidak dilibatkan,” katanya.';
    const [, b] = direct(text, 'id');
    expect(b.speaker).toBe('Bayu Anggoro');
    // "Uu" in a person's name is no law
    const [c] = direct('”Jalan tol dibuka bulan depan,” kata Wakil Gubernur Uu Ruzhanul Ulum.', 'id');
    expect(c.speaker).toBe('Uu Ruzhanul Ulum');
  });
});

describe('Indonesian: ordinary people introduced before their words', () => {
  it('gives a "-nya" cue to a one-word name with a role written after it ("Sinta, salah satu peserta, …")', () => {
    const text = '”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Sinta, salah satu peserta, merasa terkejut saat mencicip teh dingin. ”Rasanya menarik,” katanya.';
    const [, b] = direct(text, 'id');
    expect([b.speaker, b.speakerRole]).toEqual(['Sinta', 'salah satu peserta']);
  });

  it('reads past an age in brackets and an adverb before the verb ("Minda (21), pengunjung …", "Rina Lestari juga …")', () => {
    const text = '”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Salah satunya Minda (21), pengunjung asal Gedebage, Bandung. ”Saya pilih duduk di sini,” ujarnya. ' +
      'Kepala Dinas Perdagangan Rina Lestari juga meninjau pasar. ”Stok masih cukup,” katanya.';
    expect(who(text, 'id')).toEqual(['Bayu Pratama', 'Minda', 'Rina Lestari']);
  });

  it('resolves a description closed by "itu"/"ini" to the person it points back to, the description becoming the role', () => {
    const text = '”Permintaan mulai pulih,” ujar Bayu Pratama, direktur perusahaan itu. ' +
      'Rindang Wibisono (18) sudah lama menunggu bantuan. ”Telepon saya rusak,” kata siswa kelas XII itu. ' +
      'Ipah (40), tetangga Rindang, mengatakan, warga tetap di rumah. ”Sudah hampir satu bulan,” ujar ibu dua anak ini.';
    const [, b, c] = direct(text, 'id');
    expect([b.speaker, b.speakerRole]).toEqual(['Rindang Wibisono', 'siswa kelas XII']);
    expect([c.speaker, c.speakerRole]).toEqual(['Ipah', 'ibu dua anak']);
  });

  it('does not take an airline or a health office for the person "menurut dia" names', () => {
    const claims = (middle: string) => extractClaims('”Penumpang mulai naik,” ujar Bayu Pratama, direktur Lion Group. ' + middle + ' Menurut dia, semua awak kabin sudah diperiksa.', 'id');
    const reported = (middle: string) => claims(middle).filter((c) => c.kind === 'indirect').map((c) => c.speaker);
    expect(reported('Sementara itu, Wings Air telah menambah penerbangan.')).toEqual(['Bayu Pratama']);
    expect(reported('Dinkes Sukamaju juga memeriksa awak kabin.')).toEqual(['Bayu Pratama']);
  });
});

describe('a subject after a long introductory phrase', () => {
  it('English: "Repeating from his speech at the convention last week, Biden rubbished …" makes Biden the "he" of the next quotation', () => {
    const text = '“He does not understand us,” said Donald Trump on Sunday. ' +
      'Repeating from his much-praised speech at the Democratic National Convention in Philadelphia last week, Joe Biden walked onto the stage in a blue suit. ' +
      '“To repeat myself, it’s a bunch of malarkey,” he said.';
    // the rules' pronoun resolution (the ranker weighs this pick against the previous speaker)
    const cs = extractClaims(text, 'en', { model: null }).filter((c) => c.kind === 'direct');
    expect(cs[cs.length - 1].speaker).toBe('Joe Biden');
  });

  it('English: the name closing a clause opener before an apposition is the subject of the verb after it ("after Ms. Varga, asked about …, had said, “…”")', () => {
    const text = "The dispute flared on Friday after Ms. Ilse Varga, asked about the ferry contract, had said, ''We owe nobody an apology.''";
    expect(rules(text)).toEqual(['Ilse Varga']);
    const [claim] = direct(text, 'en');
    expect(claim.speaker).toBe('Ilse Varga');
    expect(claim.cue?.text).toBe('said');
  });

  it('English: the subject of a verb coordinated before the cue is the speaker ("When asked, Ms. Varga smiled and said, “…”")', () => {
    const text = "When asked whom she backed, Ms. Ilse Varga smiled and said, ''I am waiting for the harbour vote.''";
    expect(rules(text)).toEqual(['Ilse Varga']);
    expect(direct(text, 'en')[0].cue?.text).toBe('said');
    expect(rules('Mayor Tom Reddy turned to reporters and added, "We will rebuild the pier."')).toEqual(['Tom Reddy']);
  });

  it('English: a quoted show title inside the clause does not hide the subject of a participle cue ("Sen. Okoye visited NBC’s “Today” …, Ann Lee, saying “…”")', () => {
    const text = 'Sen. Dale Okoye visited NBC\'s "Today" to discuss his remarks about his rival, Ann Lee, saying "on her worst day" she would still win.';
    expect(rules(text)).toEqual(['Dale Okoye']);
  });

  it('English: a relative clause and a chunk right before the cue are no such clause ("who identifies as Hispanic", "after Christmas, insisting")', () => {
    const claims = extractClaims('Dorn Pell, who identifies as Hispanic, told the Harbour Gazette that the site was not "ready for the traffic."', 'en');
    expect(claims.map((c) => c.speaker)).not.toContain('Hispanic');
    expect(rules('Ms. Varga said she plans to answer after Christmas, insisting, "We owe nobody an apology."')).toEqual(['Varga']);
  });
});

describe('a possessive source of a reported claim', () => {
  it('is no one a following "he" stands for ("Biden rubbished Trump’s claim …")', () => {
    const text = '“He does not understand us,” said Donald Trump on Sunday. Joe Biden spoke in Scranton on Monday. ' +
      'Biden rubbished Trump’s claim to understand the middle class. “To repeat myself, it’s a bunch of malarkey,” he said.';
    const cs = extractClaims(text, 'en', { model: null }).filter((c) => c.kind === 'direct');
    expect(cs.map((c) => c.speaker)).toEqual(['Donald Trump', 'Joe Biden']);
  });
});

describe('sentence openers and verbs around a subject', () => {
  it('a participle phrase opening the sentence is no speaker ("Responding to the plan, …, saying")', () => {
    const text = 'Responding to the plan, the mayor’s top aide rallied supporters, saying: “We have to be ready.”';
    expect(who(text, 'en')).not.toContain('Responding');
    expect(who('Responding to the plan, Huma Abedin rallied supporters, saying: “We have to be ready.”', 'en')).toEqual(['Huma Abedin']);
  });

  it('reads "proclaimed", "chanted", "emailed" after a quotation and an apposition', () => {
    // the rules read the cue themselves (the ranker alone might still guess the nearest name)
    expect(rules('“We will win,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.')).toEqual(['Howard Dean']);
    expect(rules('“We want him out of office right now,” the delegates chanted.')).toEqual(['the delegates']);
    expect(rules('“We are close,” Ann Lee emailed.')).toEqual(['Ann Lee']);
  });
});

describe('subjects a "he" or "she" after the quotation may stand for', () => {

  it('a name opening a clause joined by ", but" ("…, but Chris Christie wasn\'t having it")', () => {
    const text = '“We will win this state,” said Marco Rubio. The moderators were ready to move on, but Chris Christie wasn\'t having it. ' +
      '“You see, everybody, I want the people at home to think about this,” he said.';
    expect(rules(text)).toEqual(['Marco Rubio', 'Chris Christie']);
  });
});

describe('"he" and "she" stand for one person', () => {

  it('never for a one-word group ("Americans", "Democrats") named since', () => {
    const text = 'The last thing state Representative Karla Mendes, a Democrat, wants to hear about is another plant closing. ' +
      'Her district includes the Harbor plant, and its jobs pay more than most jobs open to Americans who lack a degree, she said.\n\n' +
      '"My family has all been factory workers," she said.';
    expect(rules(text)).toEqual(['Karla Mendes']);
  });

  it('may stand for a person named behind a lower-case role after the sentence\'s opening description ("Her neighbor, retired teacher Frank Dubois, shrugged")', () => {
    const text = '"I just want to get to work," said Marisol Ortega, a nurse. Her neighbor, retired teacher Frank Dubois, shrugged. ' +
      '"They promised the same thing in 2019," he said.';
    expect(rules(text)).toEqual(['Marisol Ortega', 'Frank Dubois']);
    // a name inside a relative clause after the subject is not the subject
    const clause = '"I just want to get to work," said Marisol Ortega. Sandy Phillips, who lost her daughter Jessica Ghawi in 2012, said the law failed. ' +
      '"Nobody listened," she said.';
    expect(rules(clause)).toEqual(['Marisol Ortega', 'Sandy Phillips']);
  });

  it('reads an adverb between the subject and its verb as no part of the name ("Lutz almost seemed to agree")', () => {
    const text = 'Pavel Orsk said that migration had peaked. "Our workers deserve respect," he said.\n\n' +
      'Dana Lutz almost seemed to agree. "Migration is a problem for both of us," she said.';
    expect(extractClaims(text, 'en', { model: null }).map((c) => c.speaker)).toEqual(['Pavel Orsk', 'Pavel Orsk', 'Dana Lutz', 'Dana Lutz']);
  });
});

describe('cries and roars after a quotation', () => {
  it('read as its attribution ("“Nooo!” the crowd cried out")', () => {
    const claims = extractClaims('“Do we give up?” Mara Quist asked. “Nooo!” the crowd cried out, booing.', 'en', { model: null });
    expect(claims.filter((c) => c.kind === 'direct').map((c) => [c.speaker, c.cue?.text])).toEqual([['Mara Quist', 'asked'], ['the crowd', 'cried']]);
  });
});

describe('month abbreviations that are given names', () => {
  it('reads "Jan" and "Jun" without a period as given names, "Jan." as the month', () => {
    expect(rules('Jan Vorhees, an early supporter of the mayor, calls the plan “a priority” for families.')).toEqual(['Jan Vorhees']);
    expect(rules('Jun Walsh, a columnist, wrote that “the people have had enough.”')).toEqual(['Jun Walsh']);
    expect(rules('On Jan. 5, Dana Holt said “we will win.”')).toEqual(['Dana Holt']);
  });
});

describe('a cue and a colon after a closed quotation', () => {
  it('open the next quotation, and leave the one before to its own speaker', () => {
    const text = 'Omar Zahed and his wife, Lina Alawee, pleaded for understanding.\n\n' +
      '"We are refugees," Ms. Alawee said. "We are not terrorists." Mr. Zahed said: "The attack today is the work of terrorists."';
    const claims = extractClaims(text, 'en', { model: null }).filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.speaker)).toEqual(['Lina Alawee', 'Lina Alawee', 'Omar Zahed']);
    expect(claims[1].cue).toBeNull();
  });

  it('leave a closed quotation to its own speaker when the next sentence\'s cue reports a clause of its own', () => {
    const text = '"It is a sad development," Ted Cruz told reporters. "This is the consequence of anger." Gov. John Kasich said he would have fired the aide.';
    const claims = extractClaims(text, 'en', { model: null });
    expect(claims.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Ted Cruz', 'Ted Cruz']);
    expect(claims.find((c) => c.kind === 'indirect')?.speaker).toBe('John Kasich');
    // but "told the crowd", "asked the mogul" take a person, and the quotation stays theirs
    const told = extractClaims('"We will win," Ted Cruz said. "Get ready!" Mara Quist told the cheering crowd.', 'en', { model: null });
    expect(told.filter((c) => c.kind === 'direct').map((c) => c.speaker)).toEqual(['Ted Cruz', 'Mara Quist']);
  });
});

describe('a possessive opening an apposition', () => {

  it('names whose the subject is, not the subject ("Tad Ruhl, Jonas\' senior adviser, said")', () => {
    expect(rules('Elena Jonas leads the race. Tad Ruhl, Jonas\' senior media adviser, said rivals were making "mischief" in the state.')).toEqual(['Tad Ruhl']);
    expect(rules('Elena Jonas leads the race. Tad Ruhl, Jonas’ senior media adviser, said rivals were making "mischief" in the state.')).toEqual(['Tad Ruhl']);
    expect(rules('Elena Vance leads the race. Tad Ruhl, Vance’s senior media adviser, said rivals were making "mischief" in the state.')).toEqual(['Tad Ruhl']);
  });

  it('but an organisation\'s person is the subject ("Civic Corps’ Stan Brody, a pollster, said")', () => {
    expect(rules('Civic Corps’ Stan Brody, a prominent pollster, said voters felt "ignored" by both parties.')).toEqual(['Stan Brody']);
  });
});

describe('a quotation with no cue: the subject of its clause', () => {

  it('reads past modifiers and a role to the name ("Former Republican presidential candidate Jeb Bush …")', () => {
    expect(rules('Former Republican presidential candidate Jeb Bush broke down what was wrong with the image to a Dutch newspaper: “What he did was so insensitive.”'))
      .toEqual(['Jeb Bush']);
    expect(rules('Former US secretary of state Ann Albright called the plan “a special kind of mistake.”')).toEqual(['Ann Albright']);
    // a name followed by its verb stays the subject
    expect(rules('Trump called the report “totally false.”')).toEqual(['Trump']);
  });
});

describe('a name that only says whose the speaker is', () => {
  const cast = 'Dana Holt spoke first. Mark Fenn spoke next. ';
  const withCast = (t: string) => rules(cast + t);

  it('keeps a description whose name modifies a noun as the source ("one Holt confidant", "a 2008 Fenn veteran")', () => {
    expect(withCast('"We will win," said one Holt confidant.')).toEqual(['one Holt confidant']);
    expect(withCast('"We will win," said a 2008 Fenn veteran.')).toEqual(['a 2008 Fenn veteran']);
    expect(withCast('"We will win," said the Holt campaign.')).toEqual(['the Holt campaign']);
    expect(withCast('"We will win," said Holt\'s lawyer.')).toEqual(["Holt's lawyer"]);
  });

  it('takes the person named after a possessive description, and the person before an apposition', () => {
    expect(withCast('"We will win," said Holt\'s campaign manager, Ruth Vance, on Monday.')).toEqual(['Ruth Vance']);
    expect(withCast('"We will win," said former Ohio governor Sam Ortega, a Fenn confidant.')).toEqual(['Sam Ortega']);
    // a role before the name stays the role ("Holt campaign manager Ruth Vance")
    expect(withCast('"We will win," said Holt campaign manager Ruth Vance.')).toEqual(['Ruth Vance']);
  });
});

describe('Indonesian prepositions opening a sentence are no names', () => {
  it('keeps "Bagi" out of the role and "Tanpa" out of the speakers', () => {
    const claims = extractClaims('Bagi Ketua Komisi Pangan DPRD Sukamaju Rina Hartati, bekerja dari rumah tidak mudah. ”Kami tetap rapat setiap hari,” ujar Rina. Tanpa menyebutkan nama, ia mengatakan, ”Ada kebakaran di pasar!”', 'id');
    const quotes = claims.filter((c) => c.kind === 'direct');
    expect(quotes[0].speaker).toBe('Rina Hartati');
    expect(quotes[0].speakerRole).not.toMatch(/^Bagi/);
    expect(claims.map((c) => c.speaker)).not.toContain('Tanpa');
  });
});

describe('Indonesian offices written around an acronym or an area', () => {
  const claims = (t: string) => extractClaims(t, 'id', { model: null });
  /** The speaker and role of the first claim of that kind. */
  const spoken = (t: string, kind: 'direct' | 'indirect') => {
    const c = claims(t).find((x) => x.kind === kind);
    return [c?.speaker, c?.speakerRole];
  };

  it('keeps the office before an acronym in parentheses in the role, and the person as the speaker', () => {
    expect(spoken('Ketua Komisi Pemilihan Umum (KPU) Sulut Rudi Hartono mengatakan, surat suara siap dicetak. ”Kami sudah siap sejak awal,” katanya.', 'direct')).toEqual(['Rudi Hartono', 'Ketua Komisi Pemilihan Umum (KPU) Sulut']);
  });

  it('reads "Provinsi X" before a name as the office, not as a place glued to the name', () => {
    expect(spoken('Kepala Dinas Pendidikan Provinsi Kalsel Siti Rahmawati mengatakan, sekolah dibuka. Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Kalsel Andi Wibowo mengatakan, belanja daerah menurun. ”Pola belanja pemda belum sampai 75 persen,” katanya.', 'direct')).toEqual(['Andi Wibowo', 'Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Kalsel']);
  });

  it('keeps an office written through commas and "dan" whole, as the role and as the source of a reported claim', () => {
    const cs = claims('Menteri Koordinator Bidang Pangan, Pertanian, dan Kelautan Rudi Hartono, Kamis (30/7/2020) di Jakarta, mengatakan, stok beras aman. ”Stok kita cukup sampai akhir tahun,” kata Rudi.');
    const office = 'Menteri Koordinator Bidang Pangan, Pertanian, dan Kelautan';
    expect(cs.map((c) => [c.kind, c.speaker, c.speakerRole])).toEqual([['indirect', 'Rudi Hartono', office], ['direct', 'Rudi Hartono', office]]);
  });

  it('does not open such an office inside a longer phrase or on a place ("Pengajar Hukum Pidana …", "Desa …, Kecamatan …")', () => {
    const cs = claims('Pengajar Hukum Pidana Universitas Sukamaju Dodi Saputra mengatakan, aturan itu perlu dikaji. ”Harus ada kajian,” ujar Dodi.');
    expect(cs.find((c) => c.kind === 'direct')?.speakerRole).toMatch(/^Pengajar Hukum Pidana/);
  });

  // Indonesian offices the card must show whole, with the person after them as the speaker
  it.each([
    ['keeps the name of a university or bank after its noun in the role when the article calls the person by one name ("ujar Dodi")',
      '”Mahasiswa perlu dilibatkan sejak awal,” kata dosen Universitas Harapan Bangsa Dodi Saputra di Bandung. ”Kami siap membantu,” ujar Dodi.',
      'Dodi Saputra', 'dosen Universitas Harapan Bangsa'],
    ['keeps the name of a university or bank after its noun in the role when the article calls the person by one name ("ujar Dodi")',
      'Direktur Utama Bank Sentosa Makmur Rina Marlina mengatakan, kredit tumbuh. ”Permintaan terus naik,” ujar Rina.',
      'Rina Marlina', 'Direktur Utama Bank Sentosa Makmur'],
    ['keeps a role word that opens the sentence in the office though the article also writes it in lower case ("para menteri")',
      'Rapat digelar di Jakarta. Menteri Perikanan Rudi Hartono mengatakan, stok ikan cukup. Para menteri hadir. ”Kami siap,” kata Rudi.',
      'Rudi Hartono', 'Menteri Perikanan'],
    ['keeps a role word that opens the sentence in the office though the article also writes it in lower case ("para menteri")',
      'Unjuk rasa meluas. Guru Besar Universitas Sukamaju Bambang Wiratmo mengatakan, pemerintah perlu berdialog. Mereka meliputi buruh, dosen, dan guru besar. ”Perlu ada dialog,” kata Bambang.',
      'Bambang Wiratmo', 'Guru Besar Universitas Sukamaju'],
    ['reads an office written with "Covid - 19" spaced (Kompas copy) whole, with the person after it',
      'Kasus bertambah. Juru Bicara Satuan Tugas Penanganan Covid - 19 Kabupaten Sukamaju Hendra Wiratama mengatakan, vaksin belum tiba. ”Kami masih menunggu,” katanya.',
      'Hendra Wiratama', 'Juru Bicara Satuan Tugas Penanganan Covid - 19 Kabupaten Sukamaju'],
    ['reads an office written with "Covid - 19" spaced (Kompas copy) whole, with the person after it',
      '”Kami masih menunggu,” kata Ketua Gugus Tugas Percepatan Penanganan Covid - 19 Rudi Hartono.',
      'Rudi Hartono', 'Ketua Gugus Tugas Percepatan Penanganan Covid - 19'],
    ['reads an office written with "Covid - 19" spaced (Kompas copy) whole, with the person after it',
      'Vaksinasi berjalan. Juru Bicara Satuan Tugas (Satgas) Penanganan Covid - 19 Kabupaten Sukamaju Hendra Wiratama mengatakan, vaksinasi telah menyentuh 64.000 orang. ”Kami kejar target,” kata Hendra.',
      'Hendra Wiratama', 'Juru Bicara Satuan Tugas (Satgas) Penanganan Covid - 19 Kabupaten Sukamaju'],
    ['gives no role from an aside about when or how the person spoke ("saat dihubungi", "yang dihubungi melalui telepon")',
      'Salah seorang pegawai bank, Rina Marlina, saat dihubungi Kompas, Senin (18/5/2020), mengatakan, protokol dijalankan ketat. ”Kami selalu memakai masker,” ujarnya.',
      'Rina Marlina', 'Salah seorang pegawai bank'],
    ['gives no role from an aside about when or how the person spoke ("saat dihubungi", "yang dihubungi melalui telepon")',
      'Dodi Saputra, yang dihubungi melalui telepon, mengatakan, panen gagal. ”Kami rugi,” ujarnya.',
      'Dodi Saputra', null],
    ['keeps an office read through commas whole when a place stands between it and the name ("… dan Perikanan Sukamaju Heru Wiratmo")',
      'Lahan sawah di Sukamaju menyusut. Kepala Dinas Pertanian, Pangan, dan Perikanan Sukamaju Heru Wiratmo mengatakan, alih fungsi lahan kecil. ”Kami awasi,” katanya.',
      'Heru Wiratmo', 'Kepala Dinas Pertanian, Pangan, dan Perikanan Sukamaju'],
    ['reads an office on through "pada" ("Kepala Bidang Bina Marga pada Dinas …")',
      'Jalan tergenang di Sukamaju. Kepala Bidang Bina Marga pada Dinas Bina Marga dan Sumber Daya Air Kota Sukamaju Widayat Hardi mengatakan, saluran tersumbat. ”Kami bersihkan,” katanya.',
      'Widayat Hardi', 'Kepala Bidang Bina Marga pada Dinas Bina Marga dan Sumber Daya Air Kota Sukamaju'],
    ['reads "kata <role> dari <organisation> <name>" as the person, with where the role works in the role',
      'Pilkada usai. ”Ini baru pertama,” kata peneliti dari Lembaga Survei Indonesia Siti Wulandari.',
      'Siti Wulandari', 'peneliti dari Lembaga Survei Indonesia'],
    ['reads "kata <role> dari <organisation> <name>" as the person, with where the role works in the role',
      'Pilkada usai. ”Ini baru pertama,” kata pengamat politik dari Universitas Sukamaju, Robi Kurniawan.',
      'Robi Kurniawan', 'pengamat politik dari Universitas Sukamaju'],
    ['reads an office with a spaced "Covid - 19" on through "dan" ("Ketua Komite Penanganan Covid - 19 dan Pemulihan Ekonomi Nasional")',
      'Dana terserap. ”Kami siap,” kata Ketua Komite Penanganan Covid - 19 dan Pemulihan Ekonomi Nasional Budi Santosa.',
      'Budi Santosa', 'Ketua Komite Penanganan Covid - 19 dan Pemulihan Ekonomi Nasional'],
    ['reads a ministry named through "dan" with its domain words whole ("Menteri Koperasi dan Usaha Kecil Menengah")',
      'Sekolah dibuka. ”Kami siap,” kata Menteri Koperasi dan Usaha Kecil Menengah Rudi Hartono.',
      'Rudi Hartono', 'Menteri Koperasi dan Usaha Kecil Menengah'],
  ])('%s', (_what, text, speaker, role) => {
    expect(spoken(text, 'direct')).toEqual([speaker, role]);
  });

  it('gives "-nya" after a passive introduction ("Hal senada dikemukakan <office> (ACR) <name>") to the person, with the office as the role', () => {
    expect(spoken('Hal senada dikemukakan Koordinator Nasional Lembaga Pantau Nelayan (LPN) Indonesia Raka Wiradinata. Aturan baru minim partisipasi publik. ”Perangkat kontrol sudah tidak dipertimbangkan,” katanya.', 'direct')).toEqual(['Raka Wiradinata', 'Koordinator Nasional Lembaga Pantau Nelayan (LPN) Indonesia']);
  });

  it('reads the person after an office and its acronym as the source of a reported claim set off by a time ("…, pekan lalu, menyampaikan")', () => {
    expect(spoken('Kepala Bidang Pengembangan Industri Asosiasi Produsen Alat Medis Indonesia (Aspami) Gilang Pramesti, pekan lalu, menyampaikan, industri dalam negeri kesulitan bahan baku.', 'indirect')).toEqual(['Gilang Pramesti', 'Kepala Bidang Pengembangan Industri Asosiasi Produsen Alat Medis Indonesia (Aspami)']);
  });
});

describe('roles read before a name', () => {
  it('takes no attribution for a role ("In Bayside, Mr. Alvarez said, Ms. Corrin is seen as …")', () => {
    const cs = extractClaims('Mr. Alvarez, the mayor, spoke at noon. In Bayside, Mr. Alvarez said, Ms. Corrin is seen as a fighter who never quits her job.', 'en', { model: null });
    expect(cs.map((c) => c.speakerRole)).not.toContain('Mr. Alvarez said');
  });
});

describe('names that are titles, venues or offices', () => {
  it('keeps an outlet whole after a country ("USA Today" is not "Today")', () => {
    const cs = extractClaims('“This has been the message all year,” said Kristen Day, a director of the group, reports USA Today.', 'en', { model: null });
    expect(cs.map((c) => c.speaker)).toContain('USA Today');
    expect(cs.map((c) => c.speaker)).not.toContain('Today');
  });

  it('does not read a surname as the venue named after the person ("Trump National Doral Resort")', () => {
    expect(who('Trump National Doral Resort hosted the event on Friday. “It was great,” Trump said.', 'en')).toEqual(['Trump']);
  });

  it('keeps a Korean surname that is also a place word ("President Park Geun-hye", later "Park")', () => {
    const cs = extractClaims('South Korean President Park Geun-hye said the launch was a provocation. “We will respond firmly,” Park said.', 'en', { model: null });
    expect(cs.map((c) => c.speaker)).toEqual(['Park Geun-hye', 'Park Geun-hye']);
  });

  it('never gives "he" a state ("The Florida senator spoke … He said")', () => {
    const cs = extractClaims('The Florida senator spoke on Monday. He said: “We will win this state.”', 'en', { model: null });
    expect(cs.map((c) => c.speaker)).not.toContain('Florida');
  });

  it('keeps the "of" of a title in the role ("chief of staff", "secretary of labor")', () => {
    const [a] = direct('“The congressman was never informed,” said Joe Kasper, Hunter\'s chief of staff.', 'en');
    expect(a.speaker).toBe('Joe Kasper');
    expect(a.speakerRole).toBe('Hunter\'s chief of staff');
    const [b] = direct('“We welcome the debate,” said Thomas Perez, the secretary of labor.', 'en');
    expect(b.speaker).toBe('Thomas Perez');
    expect(b.speakerRole).toBe('the secretary of labor');
  });
});

describe('"-nya" after an institution', () => {
  it('gives "katanya" the institution when no person has spoken', () => {
    const cs = extractClaims('Badan Pusat Statistik (BPS) mengatakan inflasi bulan ini turun. ”Harga pangan mulai stabil,” katanya.', 'id', { model: null });
    expect(cs.find((c) => c.kind === 'direct')?.speaker).toBe('Badan Pusat Statistik');
  });
});

describe('the clause around a participle cue', () => {
  it('does not take the pronoun after "saying" for the speaker ("saying it was “…”")', () => {
    const cs = extractClaims('The senator\'s spokesman defended the vote, saying it was “the right call.”', 'en', { model: null });
    expect(cs.find((c) => c.kind === 'direct')?.speaker).toBe('The senator\'s spokesman');
  });

  it('reads a possessive description opening the sentence as the subject ("Clinton\'s right-hand woman rallied …")', () => {
    const cs = extractClaims('Hillary Clinton\'s right-hand woman rallied supporters in Ohio, saying: “We are going to win this state.”', 'en', { model: null });
    expect(cs.find((c) => c.kind === 'direct')?.speaker).toBe('Hillary Clinton\'s right-hand woman');
  });
});
