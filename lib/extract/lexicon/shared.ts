/**
 * Name-related word lists used for both languages: newspapers in either language mix them
 * ("Mr Putin" in Indonesian BBC copy, "Presiden Jokowi" in English wire copy), and a union of
 * titles or organisation words does no harm.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Abbreviations whose period does not end a sentence (lower case, without the period). */
export const ABBREVIATIONS = words(`
mr mrs ms messrs mme mlle dr drs dra prof sen sens rep reps gov govt gen lt col capt cpt sgt cpl
pvt maj brig adm cmdr cmdt st jr sr rev hon pres supt det insp atty amb ambs fr sec secy dept
inc co corp ltd llc plc bros no nos vs etc al jan feb mar apr jun jul aug sep sept oct nov dec
mt ft ave blvd rd hj ir kh kol letjen mayjen brigjen jend kombes akbp akp ipda iptu aiptu
bripka brigpol kapt sdr bpk ny nn tn ph u.s u.k u.n e.g i.e a.m p.m op ed
`);

/**
 * US states as party-state tags write them: AP abbreviations ("R-Fla.", "D-Calif.", "R-S.C."),
 * short names AP spells out ("R-Iowa") and postal codes ("I-VT", "D-NY"). A tag's period belongs
 * to it and ends no sentence.
 */
export const STATE_ABBREVIATIONS = words(`
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore
pa tenn tex va vt wash wis wisc wyo
n.y n.j n.c s.c n.h n.m n.d s.d r.i w.va iowa ohio utah maine alaska hawaii idaho texas
al ak az ar ca co ct de fl hi id il in ia ks ma me mi mn ms mt ne nh nj nm ny nc nd oh ok or ri sc sd tn tx ut wa wv wi wy dc
`);

/** Person titles and honorifics that may precede a name (stripped from canonical names). */
export const PERSON_TITLES = words(`
mr mrs ms miss mister madam madame mme dr doctor prof professor sir dame lord lady
sen senator rep representative congressman congresswoman gov governor lt col capt sgt gen general
maj brig adm admiral cmdr commander president vice vp secretary minister premier chancellor mayor
judge justice chief king queen prince princess pope rev reverend father sister brother sheikh
ayatollah imam rabbi bishop cardinal ambassador amb speaker chairman chairwoman chair ceo
attorney atty former acting deputy assistant senior junior sens reps coach officer detective
trooper agent pastor councillor councilor councilman councilwoman councilmember alderman alderwoman
assemblyman assemblywoman
republican democrat democratic libertarian
presiden wakil menteri gubernur wagub bupati wabup wali walikota camat lurah kades kepala ketua
direktur dirut sekretaris sekjen jenderal jend komisaris kombes akbp akp ajun besar brigjen irjen
komjen letjen mayjen marsekal laksamana kolonel letkol mayor kapten kapolri kapolda kapolres
kapolsek kasat kanit kasubdit dirreskrimum dirreskrimsus kabid kabag kasi kadis kajati kajari
panglima pangdam dandim danrem kasad ksad jaksa hakim profesor dokter doktor haji hajah hj h
kh ustaz ustadz habib pak bu ibu bapak saudara sdr nyonya tuan raja ratu pangeran sultan paus
uskup pendeta romo kiai kyai gus mbak mas bung ir drs dra sh se mm mba
`);

/**
 * Lower-case role nouns: they describe a position, so a phrase made of them (and organisation
 * names) is a role, never a personal name ("juru bicara Dewan Keamanan Nasional").
 */
export const ROLE_WORDS = words(`
spokesman spokeswoman spokesperson spokespeople spokesmen press secretary aide aides adviser advisor
advisers director head leader chief chairman chairwoman chair president founder cofounder
co-founder executive manager officer official officials economist analyst analysts professor
researcher scientist expert experts strategist consultant lawyer attorney counsel editor reporter
correspondent columnist commentator author writer member members candidate nominee governor
senator congressman congresswoman representative mayor minister secretary ambassador envoy
commissioner administrator chancellor treasurer inspector detective sheriff prosecutor judge
justice general colonel captain sergeant commander owner partner pollster fellow dean student
teacher activist worker farmer resident residents voter voters supporter supporters critic critics
vice deputy assistant acting former then-candidate representative organizer organiser coordinator
mp mep msp comedian actor actress rapper musician filmmaker producer novelist journalist historian
billionaire businessman businesswoman entrepreneur investor philanthropist tycoon mogul
assemblyman assemblywoman councilman councilwoman councilmember councillor councilor alderman alderwoman
delegate lobbyist diplomat
pastor rabbi reverend physician surgeon coach superintendent trooper firefighter
juru bicara jubir kepala ketua wakil sekretaris direktur manajer pemimpin pimpinan pemilik pendiri
pengamat peneliti ahli pakar guru besar dosen mahasiswa warga petani pedagang nelayan anggota
menteri presiden gubernur bupati wali kota camat lurah pejabat staf staff khusus koordinator
komandan panglima kapolda kapolres kapolsek kasat kanit kabid kabag kadis kasubdit kajati kajari
jaksa hakim pengacara kuasa hukum advokat analis ekonom politikus politisi aktivis pengusaha
karyawan pegawai pengelola pengurus relawan calon kandidat duta besar dubes perwakilan delegasi
komisioner penasihat penasehat asisten deputi direktur utama dirut plt plh pelaksana tugas harian
sekjen bendahara kades kepala desa tokoh masyarakat pemuka agama penyidik inspektur
`);

/** Words that make a capitalised phrase an organisation (or institution) rather than a person. */
export const ORG_WORDS = words(`
party committee commission council department ministry agency bureau office administration
government congress senate house parliament assembly court tribunal army navy force forces
guard police corps service services institute institution university college school academy
foundation association union federation league coalition alliance organization organisation
center centre group bank fund corporation corp company co inc ltd llc plc holdings partners
network news times post journal tribune herald gazette press daily weekly magazine review
channel tv radio broadcasting media campaign caucus board authority reserve exchange market
markets club team society church mosque cathedral hospital clinic lab laboratory project
initiative program programme trust capital ventures airlines airways motor motors industries
kremlin pentagon whitehall downing vatican
partai komite komisi dewan kementerian kemenkeu kemendagri kemenlu kemenkes kementrian badan
dinas lembaga kantor pemerintah pemerintahan pemkot pemkab pemprov pemda mahkamah pengadilan
kejaksaan kejati kejari kepolisian polri polda polres polsek polrestabes angkatan markas
universitas institut sekolah akademi yayasan asosiasi perhimpunan persatuan ikatan himpunan
serikat federasi liga koalisi organisasi pusat kelompok bank perusahaan persero perum
gedung istana majelis satgas satuan direktorat ditjen sekretariat setneg inspektorat
biro divisi markas mabes kodam korem kodim koramil lantamal polisi rumah sakit
puskesmas kompas tempo detik reuters bloomberg xinhua bernama yonhap fox
dinkes dishub disdik disnaker dispora disperindag diskominfo dispar disbudpar dukcapil disdukcapil
bappeda bapenda bpbd bnpb bpom bmkg pdam satpol air
golkar gerindra nasdem hanura perindo demokrat
`);

/**
 * Organisation acronyms: they count only when written in capitals ("UN", not the "Un" of
 * "Kim Jong Un"; "BIN", not the "bin" of "Ahmad bin Ali").
 */
export const ORG_ACRONYMS = words(`
nato un unesco unicef who imf opec asean eu fbi cia nsa dhs doj epa fda cdc irs gop dnc rnc
mpr dpr dprd dpd kpk kpu bawaslu bpk bps bi ojk bnpb bpbd bmkg bnn bin lipi brin tni polri
pt tbk bumn bumd rs rsud afp ap cnn bbc nbc abc cbs msnbc npr pbs
`);

/** Words that open (or close) a place name rather than a personal name. */
export const PLACE_WORDS = words(`
lapangan jalan jl jln gang kota kabupaten kab desa kelurahan kecamatan provinsi pulau gunung
sungai danau pantai teluk selat bandara stasiun pelabuhan terminal gereja masjid pura vihara
stadion taman monumen tugu alun-alun pasar hotel bukit lembah kampung dusun kawasan wilayah
daerah kompleks perumahan
street st avenue ave road rd boulevard blvd square plaza park lake river mount mountain island
islands bay county city town village state province district airport station bridge valley
beach coast harbor harbour port highway hall arena stadium tower building mall resort casino
`);

/**
 * Businesses and venues whose name a long Indonesian run glues to the person after it
 * ("Santika Hotel Indra Muaz", "Grand Indonesia Mall Rina"): the words up to it are the office.
 */
export const VENUE_WORDS = words(`
hotel mall plaza tower resort cafe kafe restoran restaurant
`);

/** Country, region and capital names that appear as collective speakers ("Amerika Serikat"). */
export const PLACE_NAMES = words(`
indonesia malaysia singapura singapore filipina philippines thailand vietnam kamboja cambodia
laos myanmar brunei timor australia selandia zealand jepang japan tiongkok china cina korea
taiwan india pakistan bangladesh afghanistan iran irak iraq suriah syria israel palestina
palestine lebanon libanon yordania jordan mesir egypt arab saudi yaman yemen qatar kuwait
turki turkey rusia russia ukraina ukraine belarus polandia poland jerman germany prancis
perancis france inggris britain england uk italia italy spanyol spain belanda netherlands
belgia belgium swiss switzerland swedia sweden norwegia norway finlandia finland denmark
yunani greece kanada canada meksiko mexico brasil brazil argentina chili chile kolombia
colombia venezuela kuba cuba amerika america as us usa afrika africa nigeria kenya eropa
europe asia washington moskow moscow beijing seoul pyongyang tokyo london paris berlin
brussel brussels jakarta kyiv kiev tehran teheran canberra ottawa delhi
utara selatan timur barat tengah north south east west central serikat united states
sumatera sumatra jawa java kalimantan borneo sulawesi papua bali nusa tenggara maluku aceh riau
jambi bengkulu lampung banten bandung surabaya medan makassar semarang palembang denpasar
yogyakarta jogja solo malang bogor depok bekasi tangerang jabar jateng jatim sulut sulsel sultra
sulteng sumut sumbar sumsel kalbar kaltim kalsel kalteng ntb ntt diy dki jabodetabek
`);

/** Institutions whose name alone works as a speaker (lower-case, space-joined). */
export const INSTITUTIONS = new Set([
  'kremlin', 'pentagon', 'white house', 'gedung putih', 'istana', 'istana kepresidenan',
  'downing street', 'whitehall', 'vatican', 'elysee', 'élysée', 'blue house', 'state department',
  'foggy bottom', 'capitol hill', 'wall street', 'silicon valley', 'beijing', 'moscow', 'moskow',
  'washington', 'seoul', 'pyongyang', 'tokyo', 'kyiv', 'jakarta', 'senayan',
]);

/** Calendar words: capitalised, but never part of a name ("said Friday", "Senin (3/2)"). */
/** Calendar words that are also surnames ("Theresa May"): right after a name, and before no number, they go on the name. */
export const SURNAME_MONTHS = new Set(['may']);

/** Month abbreviations that are also given names when written without their period ("Jan Brewer"). */
export const MONTH_ABBREVIATIONS = words('jan jun');

export const CALENDAR_WORDS = words(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret mei juni juli
agustus oktober desember
`);

/** Words before a quotation that announce a title: "on", "titled", "berjudul", "program". */
export const TITLE_CONTEXT = new Set(['on', 'in', 'of', 'clip', 'titled', 'entitled', 'berjudul', 'bertajuk', 'program', 'acara', 'show',
  'film', 'book', 'buku', 'documentary', 'newspaper', 'column', 'series', 'magazine', 'episode', 'album', 'song', 'lagu',
  'novel', 'movie', 'broadcast', 'podcast', 'tayangan', 'rubrik', 'kolom', 'harian', 'majalah',
  // events are announced by their theme: "webinar ”Berdamai dengan Covid-19”", "diskusi bertema ”…”"
  'webinar', 'seminar', 'diskusi', 'topik', 'tema', 'bertema', 'konferensi', 'lokakarya', 'talkshow', 'festival', 'pameran',
  'kampanye', 'gerakan', 'tagar', 'slogan', 'semboyan', 'conference', 'panel', 'campaign', 'slogan', 'hashtag', 'motto', 'exhibition']);

/** Small words a Title Case phrase leaves in lower case (English and Indonesian). */
export const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'with',
  'di', 'ke', 'dan', 'dari', 'dalam', 'untuk', 'dengan', 'pada', 'yang', 'bagi', 'atau']);

/** English determiners before a scare quote ("the “sex tape” reference"). */
export const SCARE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'its', 'their', 'our', 'so-called', 'separate', 'notorious']);

/** Indonesian reporting words that may follow a short quotation without its comma. */
export const QUOTED_TERM_CUES = new Set(['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'tegas', 'imbuh', 'tambah', 'sebut', 'lanjut', 'katanya', 'ujarnya']);

/** Indonesian nouns that name a quoted term rather than introduce speech ("konsep ”…”", "program ”…”"). */
export const TERM_NOUNS = new Set(['program', 'konsep', 'istilah', 'slogan', 'jargon', 'julukan', 'sebutan', 'tagar', 'gerakan',
  'kampanye', 'label', 'status', 'predikat', 'gelar', 'tema', 'motto', 'moto', 'semboyan', 'istilahnya', 'zona', 'era', 'fenomena',
  'budaya', 'tradisi', 'aksi', 'operasi', 'skema', 'sistem', 'pola', 'model', 'paket', 'fitur', 'layanan', 'aplikasi',
  'disebut', 'dijuluki', 'dinamai', 'bernama', 'berlabel', 'bertajuk']);

/** Indonesian copulas before a quoted term ("menjadi ”…”", "sebagai ”…”"): a term only when no one is said to speak. */
export const TERM_COPULAS = new Set(['sebagai', 'menjadi', 'jadi', 'ialah', 'adalah', 'merupakan']);

/**
 * US states (lower case, space-joined): the second half of "Columbia, South Carolina" in a
 * speaker's home town, never the speaker ("Stacy Baker of Columbia, South Carolina says").
 */
export const US_STATES = new Set(`alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
vermont virginia washington wisconsin wyoming`.split(/\s+/).concat(['new hampshire', 'new jersey', 'new mexico',
  'new york', 'north carolina', 'south carolina', 'north dakota', 'south dakota', 'rhode island', 'west virginia']));

/** US states that are also a government ("Washington said") or given names: never typed as places alone. */
export const STATE_NAMES_ALSO_SOURCES = new Set(['washington', 'georgia', 'virginia']);
