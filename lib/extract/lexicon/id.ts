import type { Lexicon } from './types';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Reporting words that follow an Indonesian quotation: "…,” kata X", "…,” ujarnya". */
const POST_CUES = words(`
kata ujar tutur ucap ungkap jelas tambah lanjut imbuh tegas papar terang sebut tanya tulis
pungkas kilah seru timpal sambung aku urai beber bilang tandas ungkap cetus tukas sergah
ingat harap pinta akui jawab katakan menurut lapor keluh bisik teriak sahut
`);

export const idLexicon: Lexicon = {
  lang: 'id',
  postCues: POST_CUES,
  // Indonesian quotation cues put the speaker after the verb ("kata Kirby", "ujar dia").
  cueFirst: POST_CUES,
  speechVerbs: words(`
mengatakan menyatakan menegaskan menjelaskan mengungkapkan mengungkap menuturkan mengucapkan
menyebut menyebutkan menambahkan melanjutkan menilai menuding menuduh membantah mengklaim
mengaku mengakui berkata bertanya menanyakan menulis menuliskan memuji berjanji menjanjikan
menggambarkan mengingatkan memperingatkan meminta mendesak menyerukan mengimbau menekankan
memaparkan menerangkan menyampaikan mengajak berharap mengharapkan melaporkan mengutip mengkritik
mengecam menanggapi menyinggung bercerita menceritakan mengemukakan mengutarakan berpendapat
menganggap memastikan membenarkan mengonfirmasi mengeluhkan mengisahkan mengumumkan menandaskan
bilang berujar bertutur berucap menjawab mencuit berkomentar mengomentari menyindir menyebutnya
mengingatkan menyayangkan mengapresiasi mengatakannya menuliskannya mengungkapkannya berseru
berpesan mempertanyakan menolak menyangkal mengancam menawarkan memprediksi memperkirakan
meyakini mengusulkan menyarankan mengharapkan menggarisbawahi menyoroti menjanjikan menantang
`),
  indirectVerbs: words(`
mengatakan menyatakan menegaskan menjelaskan mengungkapkan mengungkap menuturkan menyebut
menyebutkan menambahkan menilai menuding menuduh membantah mengklaim mengaku mengakui melaporkan
berpendapat menganggap memastikan membenarkan mengumumkan memperingatkan mengingatkan
memperkirakan meyakini menyampaikan berjanji menjanjikan mengemukakan menekankan menyangkal
mengeluhkan menerangkan memaparkan menduga menyimpulkan menginginkan berharap mengharapkan
meminta mendesak mengkritik mengecam memuji menemukan menunjukkan mengungkapkan menyoroti
mempertanyakan menolak mengimbau menyerukan menginformasikan mengabarkan memberitahukan
`),
  complementizers: words('bahwa'),
  speechNouns: words(`
pernyataan ucapan perkataan kata-kata komentar cuitan unggahan pesan pidato surat janji
keterangan penjelasan tanggapan jawaban klaim seruan imbauan
`),
  accordingTo: new Set(['menurut', 'berdasarkan keterangan', 'seperti dikutip', 'dikutip dari']),
  pronouns: new Map<string, 'person' | 'group' | 'any'>([
    ['ia', 'person'], ['dia', 'person'], ['beliau', 'person'], ['mereka', 'group'],
    ['kami', 'group'], ['saya', 'person'], ['aku', 'person'],
  ]),
  pronounSuffix: 'nya',
  skipBetween: words(`
juga pun telah sudah sempat pernah lantas lalu kemudian pun bahkan malah kembali secara tegas
langsung sendiri justru masih bakal akan tetap hanya sebelumnya sebelumnya, terus dulu memang
`),
  phraseStops: words(`
saat ketika kepada di dalam pada usai seusai setelah sebelum sambil seraya yang dengan dari
untuk terkait soal mengenai tentang melalui lewat dalam kala tatkala sewaktu selepas menjelang
ketika karena sebab agar supaya namun tetapi tapi dan bahwa ini itu pekan kemarin hari
`),
  sourceNouns: words(`
warga pejabat polisi petugas pihak sumber pengamat peneliti ahli pakar pemerintah kepolisian
aparat jaksa hakim saksi korban pelaku tersangka terdakwa keluarga orangtua ibu ayah siswa
mahasiswa pedagang petani nelayan pengunjung penumpang masyarakat publik pengacara kuasa hukum
juru bicara jubir laporan data survei hasil media pasukan militer tentara kelompok partai
`),
  determiners: words('para sejumlah beberapa seorang salah satu pihak kedua ketiga banyak'),
  functionWords: words(`
yang dan di ini itu dengan untuk dari tidak akan pada dalam ke juga karena ada atau oleh
sudah telah bisa kata saat tersebut kami kita mereka adalah bahwa lebih tahun para tak
belum hingga masih harus dapat sebagai namun menjadi seperti serta agar bagi setelah jika
`),
};

/** Indonesian document and outlet nouns: a source that is not a person ("laporan", "survei"). */
export const DOCUMENT_SOURCES_ID = new Set(['laporan', 'survei', 'jajak', 'studi', 'kajian', 'penelitian', 'riset', 'surat',
  'dokumen', 'siaran', 'pernyataan', 'rilis', 'unggahan', 'cuitan', 'situs', 'laman', 'artikel', 'berita', 'harian', 'koran',
  'majalah', 'editorial', 'data', 'putusan', 'keputusan', 'edaran', 'spanduk', 'poster', 'video', 'iklan']);

/**
 * Words that open Indonesian personal names and are ordinary words too ("Lalu" = "then", "I
 * Made", "La Ode", "Andi"): never cut off a name as an office word.
 */
export const NAME_OPENERS_ID = words(`
lalu baiq la ode andi i made ni putu kadek komang ketut gede wayan nyoman raden teuku tengku cut kiagus daeng
`);

/**
 * Passive reporting verbs whose agent follows ("Hal senada disampaikan Ketua … Hendra Wijaya"):
 * the person after them is introduced as the one speaking.
 */
export const PASSIVE_SPEECH_VERBS_ID = words(`
disampaikan diungkapkan dikemukakan dikatakan dijelaskan ditegaskan diutarakan dituturkan dipaparkan
diakui dinyatakan diterangkan
`);

/**
 * First words of the names of laws and regulations ("Undang-Undang Cipta Kerja", "RUU Cipta
 * Kerja", "Perppu Nomor 1"): such a name is a document, never a person, whatever follows.
 */
export const LAW_WORDS_ID = new Set(['undang-undang', 'rancangan', 'ruu', 'uu', 'perppu', 'peraturan', 'perpres', 'perda',
  'permen', 'keppres', 'inpres']);

/** Indonesian verb prefixes: a lower-case word with one is a verb ("memprediksi", "berharap", "dikatakan"), no role. */
/**
 * Nouns for ordinary people that the role words leave out: after a name and a comma they
 * introduce the person ("Sinta, salah satu peserta, …", "Minda (21), pengunjung asal Bandung").
 */
export const PERSON_NOUNS_ID = words(`
peserta pengunjung tetangga siswa siswi pelajar sopir pengemudi penumpang pekerja buruh penjual
pembeli pasien penyintas pemudik perantau penghuni pengguna pelanggan penonton pendaki pemain
ibu bapak ayah anak istri suami nenek kakek pria perempuan wanita lelaki remaja pemuda
`);

/**
 * Organisation nouns that the organisation's own name follows ("Universitas Sam Ratulangi",
 * "Pimpinan Pusat Muhammadiyah", "Badan Usaha Milik Negara"): a role ending in one goes on
 * with the name after it.
 */
export const ORG_NAME_NOUNS_ID = words(`
universitas institut sekolah akademi fakultas yayasan asosiasi perhimpunan persatuan ikatan
himpunan serikat federasi koperasi komunitas forum aliansi koalisi organisasi gerakan bank
perusahaan lembaga badan pusat partai komisi dewan kementerian sakit
`);

/**
 * Words that open an aside about the circumstances, not a description of the person, after a
 * name and its comma: "Cahyadi, saat dihubungi Kompas, Senin, mengatakan", "Suharno, yang
 * dihubungi melalui telepon, mengatakan", "…, melalui keterangan tertulis, …".
 */
export const CIRCUMSTANCE_OPENERS_ID = words(`
saat ketika sewaktu tatkala melalui lewat via dalam di ke dari kepada pada seusai usai setelah
sesudah sebelum sambil seraya kemarin kini dihubungi ditemui dikonfirmasi diwawancarai
`);

/** Words before a role that pick one of a group: "salah satu peserta", "salah seorang warga". */
export const ONE_OF_ID = words('salah satu seorang');

/** Adverbs between an Indonesian subject and its verb: "Tasya juga …", "Rindang sudah …". */
export const PREDICATE_ADVERBS_ID = words('sudah telah juga belum tidak tak akan masih pun harus bisa dapat sedang kini lalu kemudian sempat pernah baru');

/** Words that open an example or a list: "Warga lain seperti Rudianta", "yakni …". */
export const LIST_MARKERS_ID = words('seperti yakni yaitu misalnya');

export const VERB_PREFIX_ID = /^(me|ber|be|di|ter)/;

/**
 * A long passive verb of the di-…-kan form ("dijelaskan", "dikucilkan"): capitalised at a
 * sentence start it opens no name. Eight letters at least: shorter ones could be given names.
 */
export const PASSIVE_VERB_ID = /^di[a-z]{3,}kan$/;

/** "Permusyawaratan", "Kepresidenan": an abstract noun of the pe-…-an / ke-…-an form names an office, not a person. */
export const OFFICE_NOUN_ID = /^(pe|ke)\p{Ll}{3,}an$/u;
