import { type Acak } from './acak'

/**
 * Small lists of names and places, enough for a file that reads like a Javanese kabupaten: names
 * change with the generation (a SUKIRMAN born in 1950, a MUHAMMAD RIZKY born in 2015).
 */
const LAKI_LAMA = ['SLAMET', 'SUKIRMAN', 'PARJO', 'SUPARNO', 'SUTRISNO', 'MARDI', 'KASMUN', 'WAGIMAN', 'SUGENG', 'SUPARDI', 'TUGIYO', 'SARDI', 'KARSO', 'SUWARNO', 'RASIMAN', 'DARSONO', 'SUMARNO', 'PAIMAN', 'JUMADI', 'SAMIDI', 'KASIMAN', 'TARNO', 'MUHAMMAD', 'AHMAD']
const LAKI_TENGAH = ['AGUS', 'BUDI', 'EKO', 'DWI', 'JOKO', 'ANDI', 'HERU', 'ARIF', 'RUDI', 'BAMBANG', 'ADI', 'YUDI', 'DENI', 'TRI', 'WAHYU', 'HARI', 'IWAN', 'SUPRIYANTO', 'TEGUH', 'DIDIK', 'ROHMAT', 'MUHAMMAD', 'AHMAD', 'NUR']
const LAKI_BARU = ['MUHAMMAD', 'AHMAD', 'RIZKY', 'DIMAS', 'BAYU', 'GILANG', 'FAJAR', 'RAFI', 'FARHAN', 'ALFIAN', 'ILHAM', 'KEVIN', 'ARKAN', 'ZIDAN', 'DAFFA', 'AZKA', 'RAKA', 'FADIL', 'NAUFAL', 'HAFIZ', 'ARDI', 'YUSUF', 'ALIF', 'BIMA']
const LAKI_BELAKANG = ['SANTOSO', 'WIBOWO', 'SUSANTO', 'PRASETYO', 'NUGROHO', 'SETIAWAN', 'HIDAYAT', 'RAHMAN', 'SAPUTRA', 'KURNIAWAN', 'PRATAMA', 'FIRMANSYAH', 'HARYANTO', 'SUGIARTO', 'WIJAYA', 'MAULANA', 'RAMADHAN', 'HAKIM', 'FAUZI', 'SUBAGYO', 'PURNOMO', 'SETIADI', 'ARDIANSYAH', 'NURROHMAN']
const PEREMPUAN_LAMA = ['SITI', 'SRI', 'PAINEM', 'WAGIYEM', 'SUMIYATI', 'SUPARMI', 'TUMINAH', 'KASIYAH', 'SARINAH', 'RUSMINI', 'SUKINEM', 'JUMIATI', 'MARYATI', 'SUWARTI', 'TARMINAH', 'SUNARSIH', 'SAMINAH', 'RUMIYAH', 'KARSIH', 'MINAH']
const PEREMPUAN_TENGAH = ['SITI', 'SRI', 'DEWI', 'RINA', "NUR'AINI", 'ANI', 'YULI', 'LINA', 'FITRI', 'RATNA', 'ENDANG', 'TUTIK', 'WATI', 'SUSI', 'EKA', 'DWI', 'TRI', 'UMI', 'NINING', 'ISTIQOMAH']
const PEREMPUAN_BARU = ['NAYLA', 'AISYAH', 'ZAHRA', 'SALSABILA', 'KHANZA', 'ALYA', 'NABILA', 'AULIA', 'DINDA', 'RARA', 'SEKAR', 'NADIA', 'PUTRI', 'AYU', 'WULAN', 'INDAH', 'KEISHA', 'QIANA', "SYAFA'", 'ANINDYA']
const PEREMPUAN_BELAKANG = ['LESTARI', 'RAHAYU', 'WULANDARI', 'PURWANTI', 'SUSANTI', 'ANGGRAINI', 'KURNIASIH', 'HANDAYANI', 'PERTIWI', 'SAFITRI', 'RAMADHANI', 'AZZAHRA', 'NURHAYATI', 'MARLINA', 'ASTUTI', 'SETYANINGSIH', 'FATIMAH', 'KHASANAH', 'MUSLIMAH', 'UTAMI']
const ASING = ['JOHN SMITH', 'LI WEI', 'AHMAD BIN ISMAIL', 'MARIA SANTOS', 'KENJI TANAKA', 'ANNA MULLER', 'NGUYEN VAN AN', 'PETER JANSEN']
const GELAR = ['S.PD', 'S.E', 'S.KOM', 'S.H', 'S.T', 'S.KEP', 'S.AG', 'S.PD.I']

/** A full name for someone of this sex born in this year; `gelar` adds a degree (", S.PD"). */
export function namaLengkap(acak: Acak, perempuan: boolean, tahunLahir: number, gelar: boolean): string {
	const depan = perempuan
		? acak.pilih(tahunLahir < 1968 ? PEREMPUAN_LAMA : tahunLahir < 1995 ? PEREMPUAN_TENGAH : PEREMPUAN_BARU)
		: acak.pilih(tahunLahir < 1968 ? LAKI_LAMA : tahunLahir < 1995 ? LAKI_TENGAH : LAKI_BARU)
	// older Javanese often have one name only
	const nama = tahunLahir < 1960 && acak.peluang(0.35) ? depan : `${depan} ${acak.pilih(perempuan ? PEREMPUAN_BELAKANG : LAKI_BELAKANG)}`
	return gelar ? `${nama}, ${acak.pilih(GELAR)}` : nama
}

export function namaAsing(acak: Acak): string {
	return acak.pilih(ASING)
}

const KOTA_LAIN = ['CILACAP', 'BANYUMAS', 'PURWOREJO', 'BANJARNEGARA', 'WONOSOBO', 'MAGELANG', 'SEMARANG', 'SURAKARTA', 'PURBALINGGA', 'TEGAL', 'KLATEN', 'YOGYAKARTA', 'JAKARTA', 'BANDUNG', 'SURABAYA']
const KOTA_ASING = ['KUALA LUMPUR', 'MANILA', 'TOKYO', 'SINGAPURA', 'HONG KONG', 'AMSTERDAM']

/** Mostly the kabupaten itself, else another town of Java. */
export function tempatLahir(acak: Acak, kotaSendiri: string, asing: boolean): string {
	if (asing) return acak.pilih(KOTA_ASING)
	return acak.peluang(0.86) ? kotaSendiri : acak.pilih(KOTA_LAIN)
}

/** Hamlets of a desa: KRAJAN (the old centre) is in almost every desa, so it is the first. */
export const DUSUN = ['KRAJAN', 'KARANGANYAR', 'SIDOMULYO', 'KARANGREJO', 'SUKAMAJU', 'TEGALSARI', 'NGASINAN', 'PAGERSARI', 'KEDUNGWARU', 'SIDAREJA', 'KALIWUNGU', 'PANDANSARI', 'GUNUNGSARI', 'SAWANGAN', 'BANJARSARI', 'WONOSARI', 'KEMBANGSARI', 'SETRAN', 'GEMBLENGAN', 'MANGLI']
/** Streets of a kelurahan. */
export const JALAN = ['JL. PEMUDA', 'JL. AHMAD YANI', 'JL. PAHLAWAN', 'JL. KUTOARJO', 'JL. MAYJEN SUTOYO', 'JL. KARANGSARI', 'JL. TENTARA PELAJAR', 'JL. KENANGA', 'JL. MELATI', 'JL. MAWAR', 'JL. SETIABUDI', 'JL. DIPONEGORO', 'JL. SUDIRMAN', 'JL. KARTINI', 'JL. GATOT SUBROTO', 'JL. PEMANDIAN', 'JL. CENDRAWASIH', 'JL. MERDEKA']
