/**
 * Word lists for reading names: what may open, join or close a name, and the words around one
 * (honorifics, office domains, place and company words before a name). Moved here from the
 * modules that use them, so every word list lives in lexicon/.
 */

/** Lower-case particles allowed inside a personal name (Ludwig van Beethoven, Ahmad bin Ali). */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'den', 'de', 'da', 'dos', 'das', 'del', 'della', 'la', 'le', 'du', 'al', 'el', 'ibn', 'bte', 'ben']);

/** Lower-case words allowed inside an organisation name (Department of State, Bank of America). */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'the', '&', 'and']);

/** Capitalised words that are sentence openers or function words, never the start of a name. */
export const NOT_NAME_START = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'if', 'in', 'on', 'at', 'as', 'for', 'so', 'yet', 'when', 'while', 'after',
  'before', 'since', 'because', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'this',
  'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'what', 'why', 'how', 'who', 'where', 'which', 'not', 'no', 'yes', 'to', 'from', 'by', 'with', 'of',
  'dear', 'read', 'said', 'says', 'asked', 'according', 'like', 'unlike', 'even', 'just', 'only', 'both', 'all', 'some',
  'many', 'most', 'more', 'other', 'another', 'each', 'every', 'one', 'two', 'three', 'first', 'last', 'next',
  'namun', 'tetapi', 'tapi', 'dan', 'atau', 'jika', 'kalau', 'di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'dengan',
  'saat', 'ketika', 'setelah', 'sebelum', 'sejak', 'karena', 'meski', 'meskipun', 'walau', 'walaupun', 'selain',
  'sementara', 'selama', 'sedangkan', 'bahkan', 'adapun', 'oleh', 'ini', 'itu', 'ia', 'dia', 'mereka', 'kami', 'kita',
  'saya', 'aku', 'beliau', 'apa', 'mengapa', 'bagaimana', 'siapa', 'di mana', 'tidak', 'bukan', 'ya', 'sebab', 'agar',
  'supaya', 'hingga', 'sampai', 'baik', 'terkait', 'menurut', 'seperti', 'sebagai', 'para', 'sejumlah', 'beberapa',
  'semua', 'setiap', 'tiap', 'kini', 'sekarang', 'kemudian', 'lalu', 'pun', 'juga', 'yang', 'jadi', 'maka', 'dengan',
  'demikian', 'begitu', 'tak', 'belum', 'sudah', 'telah', 'akan', 'harus', 'bisa', 'dapat', 'ada', 'apalagi',
  'padahal', 'sedang', 'terdapat', 'salah', 'sebuah', 'seorang', 'satu', 'dua', 'tiga', 'pertama', 'kedua',
  'begitupun', 'tanpa', 'usai', 'seusai', 'sesudah', 'melalui', 'lewat', 'atas', 'bagi', 'tentang', 'mengenai', 'soal', 'antara', 'bersama', 'terhadap', 'akibat', 'berdasarkan', 'sesuai', 'upaya', 'ratusan', 'puluhan', 'ribuan', 'jutaan', 'belasan',
]);

/** Capitalised words describing a ministry or office domain ("Menteri Luar Negeri X"). */
export const ROLE_DOMAIN = new Set(`luar negeri dalam keuangan pertahanan kesehatan pendidikan agama sosial perdagangan
perindustrian pertanian perhubungan pariwisata koordinator bidang politik hukum keamanan perekonomian kelautan
perikanan lingkungan hidup kehutanan energi sumber daya mineral tenaga kerja riset teknologi komunikasi informatika
pemuda olahraga sekretaris negara kabinet umum pekerjaan perumahan rakyat agraria tata ruang koperasi investasi
kebudayaan pemberdayaan perempuan anak desa pembangunan transmigrasi nasional daerah provinsi harian operasional
utama eksekutif humas hubungan masyarakat divisi reserse kriminal khusus lalu lintas intelijen pengamanan
state defense defence treasury homeland security foreign affairs justice health education labor labour interior
commerce energy transportation agriculture veterans housing national press senior chief executive public relations
baru lama senior muda perdana
pangan perkebunan permukiman kependudukan kebersihan pemerintahan ketahanan perizinan perpustakaan statistik
bencana penanggulangan kesejahteraan ketenagakerjaan perlindungan pengairan`.split(/\s+/));

/** Honorifics: a run of only these names nobody ("Mr", "Pak", "Dr"). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame', 'mme', 'dr', 'doctor', 'prof', 'sir', 'dame',
  'pak', 'bu', 'ibu', 'bapak', 'sdr', 'saudara', 'nyonya', 'tuan', 'mbak', 'mas', 'bung', 'haji', 'hajah', 'hj', 'h', 'kh',
  'ir', 'drs', 'dra', 'rev', 'reverend', 'sheikh']);

/** Words of an office's domain that may end a role ("Udara Kemenhub", "… dan Kebudayaan", "Foreign Affairs"). */
export const OFFICE_DOMAIN = new Set(['kebudayaan', 'perhubungan', 'udara', 'laut', 'darat', 'tradisional', 'terpadu',
  'pariwisata', 'kesehatan', 'pendidikan', 'keuangan', 'perekonomian', 'pertanian', 'perdagangan', 'perindustrian',
  'sosial', 'agama', 'hukum', 'humas', 'perencanaan', 'pembangunan', 'nasional', 'daerah', 'wilayah', 'provinsi',
  'economics', 'affairs', 'policy', 'studies', 'research',
  // "Majelis Permusyawaratan Rakyat", "Badan Pengawas Pemilu", "Satgas Waspada Investasi", "Bank Permata Tbk"
  'rakyat', 'pemilu', 'anggaran', 'investasi', 'pengawas', 'tbk', 'prakerja', 'fraksi', 'transmigrasi',
  // the domains of Indonesian ministries and agencies ("Menteri Koperasi dan Usaha Kecil Menengah",
  // "Energi dan Sumber Daya Mineral", "Lingkungan Hidup", "Komunikasi dan Informatika")
  'koperasi', 'mikro', 'kecil', 'menengah', 'ekonomi', 'kreatif', 'riset', 'energi', 'sumber',
  'mineral', 'lingkungan', 'hidup', 'komunikasi', 'informatika', 'agraria', 'ruang', 'umum', 'maritim',
  'politik', 'pemuda', 'olahraga', 'asasi', 'manusia', 'birokrasi', 'reformasi']);

/** Words before a place name ("Kota Bekasi", "di Jakarta", "in Ohio"): the name after them is a place. */
export const PLACE_BEFORE = new Set(['kota', 'kabupaten', 'kab', 'provinsi', 'di', 'ke', 'pulau', 'kecamatan', 'desa', 'in']);

/** Words before a company or institution's own name: "PT Kimia Farma", "RS Wahidin Sudirohudo". */
export const COMPANY_BEFORE = new Set(['pt', 'cv', 'rs', 'rsud', 'rsup', 'puskesmas', 'yayasan']);

/** Party, creed and region adjectives: alone before a noun ("Republican claims") they name nobody. */
/** Party members named by their party alone ("Republican of West Virginia", "a Democrat from Ohio"): an apposition, never the speaker. */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'independent', 'libertarian']);
export const ADJECTIVE_NAMES = new Set(['republican', 'democratic', 'islamic', 'libertarian', 'conservative', 'liberal',
  'progressive', 'christian', 'jewish', 'catholic', 'muslim', 'federal', 'american', 'european', 'african', 'asian',
  'hispanic', 'latino', 'western', 'eastern', 'northern', 'southern']);

/** Indonesian demonstratives that close a description ("menteri itu", "warga tersebut"). */
export const DEMONSTRATIVES = new Set(['itu', 'tersebut', 'ini']);

/** Prepositions joining a role to its organisation or place ("spokesman of X", "juru bicara dari X"). */
export const LINKS = new Set(['of', 'at', 'from', 'for', 'dari', 'di', 'pada', 'untuk']);

/** Lower-case words a Title Case headline still leaves in lower case. */
export const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'by',
  'as', 'vs', 'via', 'per', 'up', 'off', 'di', 'ke', 'dan', 'yang', 'dari', 'untuk']);

/** Indonesian administrative areas that open an office before a name ("Provinsi Kalsel Nurul …"). */
export const ADMIN_AREA_WORDS = new Set(['provinsi', 'kabupaten', 'kab', 'kecamatan', 'kelurahan']);

/**
 * What an office is "of" when the "of" belongs to the title ("chief of staff", "secretary of
 * state", "director of communications"): the role goes on through it.
 */
export const OFFICE_OF = new Set(`staff state communications operations policy research strategy security defense
defence finance homeland justice health education labor labour commerce energy transportation agriculture
public outreach development marketing sales engineering programs policy government`.split(/\s+/));

/**
 * Capitalised words of Indonesian office titles beyond a ministry's domain ("Menteri Pariwisata
 * dan Ekonomi Kreatif", "Bidang Ekonomi Wilayah dan Kota"): never part of the office holder's
 * name that follows them.
 */
export const OFFICE_TITLE_WORDS_ID = new Set(`ekonomi kreatif inovasi informasi digital sains industri strategis
manusia publik internasional regional ahli peneliti kota desa dusun kelurahan kecamatan kabupaten provinsi pulau
wilayah cabang unit seksi subbagian bagian program kajian studi`.split(/\s+/));
