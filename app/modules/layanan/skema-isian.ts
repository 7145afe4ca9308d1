import { z } from 'zod'

/**
 * The data each service's form asks for: what the operator needs to enter the request in SIAK.
 * Shared by the loket form, the public form and the server action, so it imports nothing but zod.
 * A request keeps the validated values as strings under the field names (`isian`).
 */

export type JenisIsian = 'teks' | 'teks-panjang' | 'tanggal' | 'pilihan' | 'nik' | 'nomor-kk' | 'angka'

export type FieldIsian = {
	/** camelCase key in the form and in the stored `isian` */
	nama: string
	label: string
	/** `angka` is a whole number from 1 up (counts, RT/RW), written with digits */
	jenis: JenisIsian
	wajib: boolean
	pilihan?: readonly string[]
	bantuan?: string
	/** longest value: default 150 for `teks`, 1000 for `teks-panjang`, 6 for `angka` */
	maks?: number
	/** a date that may lie ahead (a planned move, a permit's end); other dates may not */
	mendatang?: boolean
	/** required only while another (pilihan) field holds one of these values */
	wajibBila?: { field: string; nilai: readonly string[] }
	/** a date that may not come before the date in this other field */
	tidakSebelum?: string
	/** a stricter shape for a `teks` field */
	format?: 'jam' | 'kode-pos'
}

export type SkemaIsian = {
	kode: string
	nama: string
	field: readonly FieldIsian[]
	/** name of the field holding the event date used for late-report fines */
	tanggalPeristiwa?: string
}

// ---------------------------------------------------------------------------------------------
// Options, as SIAK and the F-1/F-2 forms word them

const JENIS_KELAMIN = ['Laki-laki', 'Perempuan'] as const
const AGAMA = ['Islam', 'Kristen', 'Katolik', 'Hindu', 'Buddha', 'Khonghucu', 'Kepercayaan terhadap Tuhan YME'] as const
const STATUS_PERKAWINAN = ['Belum kawin', 'Kawin', 'Cerai hidup', 'Cerai mati'] as const
const YA_TIDAK = ['Ya', 'Tidak'] as const
const ALASAN_KK = [
	'Membentuk keluarga baru',
	'Penggantian kepala keluarga',
	'Pisah KK',
	'Pindah datang',
	'Hilang/rusak',
	'Perubahan data',
	'Penambahan anggota keluarga',
	'Pengurangan anggota keluarga',
] as const
const ALASAN_KARTU = ['Penerbitan baru', 'Hilang', 'Rusak', 'Perubahan data', 'Pindah datang'] as const
const ALASAN_PINDAH = ['Pekerjaan', 'Pendidikan', 'Keamanan', 'Kesehatan', 'Perumahan', 'Keluarga', 'Lainnya'] as const
const KLASIFIKASI_PINDAH = [
	'Dalam satu desa/kelurahan',
	'Antardesa/kelurahan dalam satu kecamatan',
	'Antarkecamatan dalam satu kabupaten/kota',
	'Antarkabupaten/kota dalam satu provinsi',
	'Antarprovinsi',
] as const
const JENIS_KEPINDAHAN = [
	'Kepala keluarga',
	'Kepala keluarga dan seluruh anggota keluarga',
	'Kepala keluarga dan sebagian anggota keluarga',
	'Anggota keluarga',
] as const
const KATEGORI_RENTAN = [
	'Korban bencana alam',
	'Korban bencana sosial',
	'Orang terlantar',
	'Penghuni kawasan hutan atau tanah sengketa',
	'Komunitas terpencil',
] as const
const IZIN_TINGGAL = ['Izin tinggal terbatas (KITAS)', 'Izin tinggal tetap (KITAP)'] as const
const KATEGORI_REKAM = ['Umum', 'Lansia', 'Disabilitas'] as const
const TEMPAT_DILAHIRKAN = ['Rumah sakit/rumah bersalin', 'Puskesmas', 'Polindes', 'Rumah', 'Lainnya'] as const
const JENIS_KELAHIRAN = ['Tunggal', 'Kembar 2', 'Kembar 3', 'Kembar 4 atau lebih'] as const
const PENOLONG_KELAHIRAN = ['Dokter', 'Bidan/perawat', 'Dukun', 'Lainnya'] as const
const SEBAB_KEMATIAN = ['Sakit biasa/tua', 'Wabah penyakit', 'Kecelakaan', 'Kriminalitas', 'Bunuh diri', 'Lainnya'] as const
const YANG_MENERANGKAN = ['Dokter', 'Tenaga kesehatan', 'Kepolisian', 'Kepala desa/lurah', 'Lainnya'] as const
const AGAMA_PENCATATAN = AGAMA.filter((a) => a !== 'Islam') // Muslim marriages are recorded by the KUA
const JENIS_AKTA = ['Akta kelahiran', 'Akta kematian', 'Akta perkawinan', 'Akta perceraian', 'Akta pengakuan anak'] as const
const PERUBAHAN_KEWARGANEGARAAN = ['WNA menjadi WNI', 'WNI menjadi WNA'] as const
const PERISTIWA_LAIN = ['Perubahan jenis kelamin', 'Lainnya'] as const
const PERISTIWA_ANAK = ['Pengangkatan anak', 'Pengakuan anak', 'Pengesahan anak'] as const
const ALASAN_KUTIPAN_KEDUA = ['Hilang', 'Rusak'] as const

// ---------------------------------------------------------------------------------------------
// Field builders: required unless told otherwise

type Opsi = Partial<Omit<FieldIsian, 'nama' | 'label' | 'jenis' | 'pilihan'>>

function builder(jenis: Exclude<JenisIsian, 'pilihan'>) {
	return (nama: string, label: string, opsi: Opsi = {}): FieldIsian => ({ nama, label, jenis, wajib: true, ...opsi })
}
const teks = builder('teks')
const teksPanjang = builder('teks-panjang')
const tanggal = builder('tanggal')
const nik = builder('nik')
const nomorKk = builder('nomor-kk')
const angka = builder('angka')
function pilihan(nama: string, label: string, daftar: readonly string[], opsi: Opsi = {}): FieldIsian {
	return { nama, label, jenis: 'pilihan', wajib: true, pilihan: daftar, ...opsi }
}
const opsional = { wajib: false } as const

/** An address in the office's own regency: street, RT, RW, desa/kelurahan, kecamatan. */
function alamat(akhiran = '', keterangan = ''): FieldIsian[] {
	const label = (dasar: string) => (keterangan ? `${dasar} ${keterangan}` : dasar)
	return [
		teks(`alamat${akhiran}`, label('Alamat'), { maks: 200, bantuan: 'Nama jalan, nomor rumah, dusun atau perumahan.' }),
		angka(`rt${akhiran}`, label('RT'), { maks: 3 }),
		angka(`rw${akhiran}`, label('RW'), { maks: 3 }),
		teks(`desaKelurahan${akhiran}`, label('Desa/kelurahan'), { maks: 100 }),
		teks(`kecamatan${akhiran}`, label('Kecamatan'), { maks: 100 }),
	]
}

/** The court decision a civil-registry record rests on: `nomorPutusan`… or `nomorPenetapan`… */
function putusan(jenis: 'putusan' | 'penetapan', opsi: Opsi = {}): FieldIsian[] {
	const akhiran = jenis === 'putusan' ? 'Putusan' : 'Penetapan'
	return [
		teks(`nomor${akhiran}`, `Nomor ${jenis} pengadilan`, { maks: 100, ...opsi }),
		tanggal(`tanggal${akhiran}`, `Tanggal ${jenis}`, opsi),
		teks('namaPengadilan', 'Nama pengadilan', { maks: 150, bantuan: 'Nama lengkap pengadilan, misalnya Pengadilan Negeri Kebumen.', ...opsi }),
	]
}

const JAM = { format: 'jam', maks: 5, bantuan: 'Format JJ:MM (24 jam), misalnya 07:45.' } as const

// ---------------------------------------------------------------------------------------------

const DAFTAR_SKEMA: SkemaIsian[] = [
	{
		kode: 'kk',
		nama: 'Kartu Keluarga',
		field: [
			pilihan('alasan', 'Alasan permohonan', ALASAN_KK),
			nik('nikKepalaKeluarga', 'NIK kepala keluarga'),
			teks('namaKepalaKeluarga', 'Nama kepala keluarga'),
			nomorKk('nomorKkLama', 'Nomor KK lama', { ...opsional, bantuan: 'Diisi bila pemohon sebelumnya tercantum dalam KK lain.' }),
			...alamat(),
			teks('kodePos', 'Kode pos', { ...opsional, format: 'kode-pos', maks: 5 }),
			angka('jumlahAnggota', 'Jumlah anggota keluarga', { maks: 2 }),
			teksPanjang('rincianPerubahan', 'Rincian perubahan', {
				...opsional,
				bantuan: 'Anggota yang ditambah atau dikurangi, atau elemen data yang diubah beserta data barunya.',
			}),
		],
	},
	{
		kode: 'ktp-el',
		nama: 'KTP-el',
		field: [
			pilihan('alasan', 'Alasan permohonan', ALASAN_KARTU),
			nik('nik', 'NIK'),
			teks('nama', 'Nama lengkap'),
			nomorKk('nomorKk', 'Nomor KK'),
			teksPanjang('rincianPerubahan', 'Rincian perubahan', { ...opsional, bantuan: 'Diisi bila permohonan karena perubahan data.' }),
		],
	},
	{
		kode: 'kia',
		nama: 'Kartu Identitas Anak',
		field: [
			pilihan('alasan', 'Alasan permohonan', ALASAN_KARTU),
			nik('nikAnak', 'NIK anak'),
			teks('namaAnak', 'Nama anak'),
			tanggal('tanggalLahir', 'Tanggal lahir anak'),
			teks('nomorAktaKelahiran', 'Nomor akta kelahiran', { maks: 60 }),
			nomorKk('nomorKk', 'Nomor KK'),
			teks('namaOrangTua', 'Nama ayah/ibu/wali'),
		],
	},
	{
		kode: 'pindah',
		nama: 'Pindah keluar (SKPWNI)',
		field: [
			nomorKk('nomorKk', 'Nomor KK asal'),
			nik('nikKepalaKeluarga', 'NIK kepala keluarga'),
			pilihan('alasanPindah', 'Alasan pindah', ALASAN_PINDAH),
			pilihan('klasifikasiPindah', 'Klasifikasi pindah', KLASIFIKASI_PINDAH),
			pilihan('jenisKepindahan', 'Jenis kepindahan', JENIS_KEPINDAHAN),
			teks('alamatTujuan', 'Alamat tujuan', { maks: 200 }),
			angka('rtTujuan', 'RT tujuan', { maks: 3 }),
			angka('rwTujuan', 'RW tujuan', { maks: 3 }),
			teks('desaKelurahanTujuan', 'Desa/kelurahan tujuan', { maks: 100 }),
			teks('kecamatanTujuan', 'Kecamatan tujuan', { maks: 100 }),
			teks('kabupatenKotaTujuan', 'Kabupaten/kota tujuan', { maks: 100 }),
			teks('provinsiTujuan', 'Provinsi tujuan', { maks: 100 }),
			angka('jumlahAnggotaPindah', 'Jumlah anggota keluarga yang pindah', { maks: 2 }),
			tanggal('tanggalRencanaPindah', 'Tanggal rencana pindah', { mendatang: true }),
			teksPanjang('anggotaPindah', 'Nama dan NIK anggota yang pindah', { ...opsional, bantuan: 'Diisi bila hanya sebagian anggota keluarga yang pindah.' }),
		],
	},
	{
		kode: 'pindah-datang',
		nama: 'Pindah datang',
		field: [
			nomorKk('nomorKkAsal', 'Nomor KK daerah asal'),
			nik('nikKepalaKeluarga', 'NIK kepala keluarga'),
			teks('namaKepalaKeluarga', 'Nama kepala keluarga'),
			teks('alamatAsal', 'Alamat asal', { maks: 200 }),
			teks('kabupatenKotaAsal', 'Kabupaten/kota asal', { maks: 100 }),
			teks('provinsiAsal', 'Provinsi asal', { maks: 100 }),
			...alamat('Tujuan', 'tujuan'),
			pilihan('alasanPindah', 'Alasan pindah', ALASAN_PINDAH),
			pilihan('klasifikasiPindah', 'Klasifikasi pindah', KLASIFIKASI_PINDAH),
			angka('jumlahAnggotaPindah', 'Jumlah anggota keluarga yang pindah', { maks: 2 }),
			teks('nomorSkpwni', 'Nomor SKPWNI', { ...opsional, maks: 60, bantuan: 'Diisi bila SKPWNI dari daerah asal sudah terbit.' }),
		],
	},
	{
		kode: 'luar-negeri',
		nama: 'Pindah ke atau datang dari luar negeri',
		field: [
			nik('nik', 'NIK', { ...opsional, bantuan: 'Diisi bila pemohon sudah pernah terdaftar sebagai penduduk.' }),
			teks('nama', 'Nama lengkap'),
			teks('nomorPaspor', 'Nomor paspor', { maks: 20 }),
			teks('negara', 'Negara tujuan/asal', { maks: 100 }),
			teks('alamatLuarNegeri', 'Alamat di luar negeri', { maks: 250 }),
			...alamat().map((f) => (f.nama === 'alamat' ? { ...f, label: 'Alamat di Indonesia' } : f)),
			nomorKk('nomorKk', 'Nomor KK', { ...opsional, bantuan: 'KK asal bagi yang pindah ke luar negeri, atau KK yang dituju bagi yang datang.' }),
			pilihan('alasan', 'Alasan pindah/datang', ALASAN_PINDAH),
			angka('jumlahAnggota', 'Jumlah anggota keluarga yang pindah/datang', { maks: 2 }),
			tanggal('tanggalPindahDatang', 'Tanggal pindah/datang', { mendatang: true, bantuan: 'Tanggal rencana berangkat, atau tanggal tiba di Indonesia.' }),
		],
	},
	{
		kode: 'biodata',
		nama: 'Biodata penduduk rentan',
		field: [
			pilihan('kategoriRentan', 'Kategori penduduk rentan', KATEGORI_RENTAN),
			teks('nama', 'Nama lengkap'),
			pilihan('jenisKelamin', 'Jenis kelamin', JENIS_KELAMIN),
			teks('tempatLahir', 'Tempat lahir', { maks: 100 }),
			tanggal('tanggalLahir', 'Tanggal lahir', { bantuan: 'Bila tidak diketahui, isi sesuai keterangan pemohon atau lembaga pendamping.' }),
			pilihan('agama', 'Agama/kepercayaan', AGAMA),
			pilihan('statusPerkawinan', 'Status perkawinan', STATUS_PERKAWINAN),
			teks('pekerjaan', 'Pekerjaan', { ...opsional, maks: 100 }),
			teks('namaIbu', 'Nama ibu kandung'),
			teks('namaAyah', 'Nama ayah', opsional),
			...alamat(),
			teks('lembagaPendamping', 'Lembaga pendamping', { ...opsional, maks: 200, bantuan: 'Panti, dinas sosial atau lembaga lain yang mengantar pemohon.' }),
			teksPanjang('keterangan', 'Keterangan keadaan pemohon', opsional),
		],
	},
	{
		kode: 'orang-asing',
		nama: 'Pendaftaran orang asing',
		field: [
			teks('nama', 'Nama lengkap (sesuai paspor)'),
			pilihan('jenisKelamin', 'Jenis kelamin', JENIS_KELAMIN),
			teks('tempatLahir', 'Tempat lahir', { maks: 100 }),
			tanggal('tanggalLahir', 'Tanggal lahir'),
			teks('kebangsaan', 'Kebangsaan', { maks: 100 }),
			teks('nomorPaspor', 'Nomor paspor', { maks: 20 }),
			pilihan('jenisIzinTinggal', 'Jenis izin tinggal', IZIN_TINGGAL),
			teks('nomorIzinTinggal', 'Nomor KITAS/KITAP', { maks: 40 }),
			tanggal('tanggalTerbitIzin', 'Tanggal terbit izin tinggal'),
			tanggal('izinBerlakuSampai', 'Izin tinggal berlaku sampai', { mendatang: true, tidakSebelum: 'tanggalTerbitIzin' }),
			pilihan('statusPerkawinan', 'Status perkawinan', STATUS_PERKAWINAN),
			...alamat(),
			nomorKk('nomorKk', 'Nomor KK', { ...opsional, bantuan: 'Diisi bila pemohon akan dimasukkan ke KK yang sudah ada.' }),
			teks('penjamin', 'Penjamin/sponsor', { ...opsional, maks: 200 }),
		],
	},
	{
		kode: 'biometrik',
		nama: 'Perekaman biometrik',
		field: [
			nik('nik', 'NIK'),
			teks('nama', 'Nama lengkap'),
			pilihan('kategori', 'Kategori pemohon', KATEGORI_REKAM),
			pilihan('perluKunjunganRumah', 'Perlu kunjungan rumah', YA_TIDAK),
			teks('alamatKunjungan', 'Alamat kunjungan', {
				...opsional,
				maks: 250,
				wajibBila: { field: 'perluKunjunganRumah', nilai: ['Ya'] },
				bantuan: 'Rumah, panti atau rumah sakit tempat pemohon berada.',
			}),
			teksPanjang('kondisiPemohon', 'Kondisi pemohon', { ...opsional, bantuan: 'Misalnya tidak dapat berjalan, tunanetra, atau perlu pendamping.' }),
		],
	},
	{
		kode: 'kelahiran',
		nama: 'Pencatatan kelahiran',
		tanggalPeristiwa: 'tanggalLahir',
		field: [
			teks('namaAnak', 'Nama anak'),
			pilihan('jenisKelamin', 'Jenis kelamin', JENIS_KELAMIN),
			pilihan('tempatDilahirkan', 'Tempat dilahirkan', TEMPAT_DILAHIRKAN, opsional),
			teks('tempatLahir', 'Tempat kelahiran', { maks: 100, bantuan: 'Kabupaten/kota tempat anak lahir.' }),
			tanggal('tanggalLahir', 'Tanggal lahir'),
			teks('jamLahir', 'Jam lahir', { ...opsional, ...JAM }),
			pilihan('jenisKelahiran', 'Jenis kelahiran', JENIS_KELAHIRAN, opsional),
			angka('anakKe', 'Kelahiran ke', { maks: 2 }),
			pilihan('penolongKelahiran', 'Penolong kelahiran', PENOLONG_KELAHIRAN),
			angka('beratBayi', 'Berat bayi (gram)', { ...opsional, maks: 4 }),
			angka('panjangBayi', 'Panjang bayi (cm)', { ...opsional, maks: 2 }),
			teks('namaIbu', 'Nama ibu'),
			nik('nikIbu', 'NIK ibu'),
			teks('namaAyah', 'Nama ayah', opsional),
			nik('nikAyah', 'NIK ayah', opsional),
			nomorKk('nomorKk', 'Nomor KK', { bantuan: 'KK tempat anak akan dicantumkan.' }),
			teks('nomorAktaPerkawinan', 'Nomor buku nikah/akta perkawinan orang tua', { ...opsional, maks: 60 }),
		],
	},
	{
		kode: 'lahir-mati',
		nama: 'Pencatatan lahir mati',
		tanggalPeristiwa: 'tanggalLahirMati',
		field: [
			pilihan('jenisKelamin', 'Jenis kelamin', JENIS_KELAMIN),
			tanggal('tanggalLahirMati', 'Tanggal lahir mati'),
			teks('tempatLahirMati', 'Tempat lahir mati', { maks: 100 }),
			angka('lamaKandungan', 'Lama dalam kandungan (minggu)', { ...opsional, maks: 2 }),
			pilihan('penolongKelahiran', 'Penolong kelahiran', PENOLONG_KELAHIRAN, opsional),
			teks('sebab', 'Sebab lahir mati', { ...opsional, maks: 200 }),
			teks('namaIbu', 'Nama ibu'),
			nik('nikIbu', 'NIK ibu'),
			teks('namaAyah', 'Nama ayah', opsional),
			nik('nikAyah', 'NIK ayah', opsional),
			nomorKk('nomorKk', 'Nomor KK orang tua'),
		],
	},
	{
		kode: 'kematian',
		nama: 'Pencatatan kematian',
		tanggalPeristiwa: 'tanggalKematian',
		field: [
			nik('nikJenazah', 'NIK yang meninggal'),
			teks('namaJenazah', 'Nama yang meninggal'),
			tanggal('tanggalKematian', 'Tanggal kematian'),
			teks('jamKematian', 'Jam kematian', { ...opsional, ...JAM }),
			teks('tempatKematian', 'Tempat kematian', { maks: 150 }),
			pilihan('sebabKematian', 'Sebab kematian', SEBAB_KEMATIAN),
			pilihan('yangMenerangkan', 'Yang menerangkan kematian', YANG_MENERANGKAN),
			nomorKk('nomorKk', 'Nomor KK yang meninggal'),
			teks('hubunganPelapor', 'Hubungan pelapor dengan yang meninggal', { ...opsional, maks: 100 }),
		],
	},
	{
		kode: 'perkawinan',
		nama: 'Pencatatan perkawinan',
		tanggalPeristiwa: 'tanggalPerkawinan',
		field: [
			nik('nikSuami', 'NIK suami'),
			teks('namaSuami', 'Nama suami'),
			nik('nikIstri', 'NIK istri'),
			teks('namaIstri', 'Nama istri'),
			tanggal('tanggalPerkawinan', 'Tanggal perkawinan', { bantuan: 'Tanggal perkawinan menurut agama atau kepercayaan.' }),
			teks('tempatPerkawinan', 'Tempat perkawinan', { maks: 200 }),
			pilihan('agama', 'Agama/kepercayaan', AGAMA_PENCATATAN, { bantuan: 'Perkawinan umat Islam dicatat oleh KUA.' }),
			teks('namaPemukaAgama', 'Nama pemuka agama/penghayat'),
			teks('nomorSuratPerkawinan', 'Nomor surat keterangan perkawinan dari pemuka agama', { maks: 100 }),
			angka('perkawinanKe', 'Perkawinan ke', { ...opsional, maks: 1 }),
			teks('namaSaksi1', 'Nama saksi pertama'),
			teks('namaSaksi2', 'Nama saksi kedua'),
		],
	},
	{
		kode: 'perceraian',
		nama: 'Pencatatan perceraian',
		tanggalPeristiwa: 'tanggalInkracht',
		field: [
			nik('nikSuami', 'NIK suami'),
			teks('namaSuami', 'Nama suami'),
			nik('nikIstri', 'NIK istri'),
			teks('namaIstri', 'Nama istri'),
			teks('nomorAktaPerkawinan', 'Nomor akta perkawinan', { maks: 60 }),
			...putusan('putusan'),
			tanggal('tanggalInkracht', 'Tanggal putusan berkekuatan hukum tetap', { tidakSebelum: 'tanggalPutusan' }),
		],
	},
	{
		kode: 'kewarganegaraan',
		nama: 'Perubahan status kewarganegaraan',
		field: [
			pilihan('jenisPerubahan', 'Jenis perubahan', PERUBAHAN_KEWARGANEGARAAN),
			nik('nik', 'NIK', { ...opsional, bantuan: 'Diisi bila pemohon sudah terdaftar sebagai penduduk.' }),
			teks('nama', 'Nama lengkap'),
			teks('kewarganegaraanAsal', 'Kewarganegaraan sebelumnya', { maks: 100 }),
			teks('nomorKeputusan', 'Nomor Keputusan Presiden/Menteri', { maks: 100 }),
			tanggal('tanggalKeputusan', 'Tanggal keputusan'),
			tanggal('tanggalSumpah', 'Tanggal sumpah/janji setia', {
				...opsional,
				tidakSebelum: 'tanggalKeputusan',
				wajibBila: { field: 'jenisPerubahan', nilai: ['WNA menjadi WNI'] },
			}),
			teks('nomorPaspor', 'Nomor paspor', { ...opsional, maks: 20 }),
			teks('nomorAkta', 'Nomor akta yang diberi catatan pinggir', { maks: 60, bantuan: 'Biasanya akta kelahiran atau akta perkawinan.' }),
			nomorKk('nomorKk', 'Nomor KK', opsional),
		],
	},
	{
		kode: 'peristiwa-lain',
		nama: 'Peristiwa penting lainnya',
		field: [
			pilihan('jenisPeristiwa', 'Jenis peristiwa', PERISTIWA_LAIN),
			teksPanjang('uraianPeristiwa', 'Uraian peristiwa', { bantuan: 'Apa yang ditetapkan pengadilan untuk dicatat.' }),
			nik('nik', 'NIK'),
			teks('nama', 'Nama lengkap'),
			...putusan('penetapan'),
			teks('nomorAkta', 'Nomor akta yang diberi catatan pinggir', { maks: 60 }),
		],
	},
	{
		kode: 'pembetulan-akta',
		nama: 'Pembetulan akta',
		field: [
			pilihan('jenisAkta', 'Jenis akta', JENIS_AKTA),
			teks('nomorAkta', 'Nomor akta', { maks: 60 }),
			teks('namaPadaAkta', 'Nama pada akta'),
			nik('nik', 'NIK pemegang akta', opsional),
			teksPanjang('dataSalah', 'Data yang salah tulis', { maks: 500 }),
			teksPanjang('dataBenar', 'Data yang benar', { maks: 500 }),
			teks('dokumenDasar', 'Dokumen dasar pembetulan', { maks: 200, bantuan: 'Misalnya ijazah, buku nikah atau akta lain yang memuat data yang benar.' }),
		],
	},
	{
		kode: 'perubahan-nama',
		nama: 'Perubahan nama',
		field: [
			nik('nik', 'NIK'),
			teks('namaLama', 'Nama lama'),
			teks('namaBaru', 'Nama baru'),
			...putusan('penetapan'),
			pilihan('jenisAkta', 'Akta yang diberi catatan pinggir', JENIS_AKTA),
			teks('nomorAkta', 'Nomor akta', { maks: 60 }),
		],
	},
	{
		kode: 'pembatalan',
		nama: 'Pembatalan perkawinan, perceraian atau akta',
		field: [
			pilihan('jenisAkta', 'Akta yang dibatalkan atau diberi catatan', JENIS_AKTA),
			teks('nomorAkta', 'Nomor akta', { maks: 60 }),
			teks('namaPadaAkta', 'Nama pada akta', { bantuan: 'Untuk akta perkawinan atau perceraian, nama suami dan istri.' }),
			...putusan('putusan'),
			tanggal('tanggalInkracht', 'Tanggal putusan berkekuatan hukum tetap', { tidakSebelum: 'tanggalPutusan' }),
			teksPanjang('keterangan', 'Keterangan', opsional),
		],
	},
	{
		kode: 'anak',
		nama: 'Pengangkatan, pengakuan atau pengesahan anak',
		field: [
			pilihan('jenisPeristiwa', 'Jenis peristiwa', PERISTIWA_ANAK),
			teks('namaAnak', 'Nama anak'),
			nik('nikAnak', 'NIK anak', opsional),
			tanggal('tanggalLahirAnak', 'Tanggal lahir anak'),
			teks('nomorAktaKelahiran', 'Nomor akta kelahiran anak', { maks: 60 }),
			teks('namaAyah', 'Nama ayah (kandung atau angkat)', opsional),
			nik('nikAyah', 'NIK ayah', opsional),
			teks('namaIbu', 'Nama ibu (kandung atau angkat)'),
			nik('nikIbu', 'NIK ibu', opsional),
			...putusan('penetapan', { ...opsional, wajibBila: { field: 'jenisPeristiwa', nilai: ['Pengangkatan anak'] } }),
			teks('nomorAktaPerkawinan', 'Nomor akta perkawinan orang tua', {
				...opsional,
				maks: 60,
				wajibBila: { field: 'jenisPeristiwa', nilai: ['Pengesahan anak'] },
			}),
		],
	},
	{
		kode: 'kutipan-kedua',
		nama: 'Kutipan kedua akta',
		field: [
			pilihan('jenisAkta', 'Jenis akta', JENIS_AKTA),
			teks('nomorAkta', 'Nomor akta', { maks: 60 }),
			teks('namaPadaAkta', 'Nama pada akta'),
			pilihan('alasan', 'Alasan permohonan', ALASAN_KUTIPAN_KEDUA),
			teks('nomorSuratKehilangan', 'Nomor surat keterangan kehilangan dari kepolisian', {
				...opsional,
				maks: 100,
				wajibBila: { field: 'alasan', nilai: ['Hilang'] },
			}),
			tanggal('tanggalSuratKehilangan', 'Tanggal surat keterangan kehilangan', opsional),
			pilihan('diterbitkanLuarDaerah', 'Akta diterbitkan di luar daerah', YA_TIDAK),
			teks('daerahPenerbit', 'Dinas penerbit akta', {
				...opsional,
				maks: 150,
				wajibBila: { field: 'diterbitkanLuarDaerah', nilai: ['Ya'] },
				bantuan: 'Dinas Dukcapil kabupaten/kota yang menerbitkan akta.',
			}),
		],
	},
]

export const SKEMA_ISIAN: Record<string, SkemaIsian> = Object.fromEntries(DAFTAR_SKEMA.map((s) => [s.kode, s]))

// ---------------------------------------------------------------------------------------------
// NIK and KK numbers

const HARI_PER_BULAN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Province 11 and up, regency and district not 00, serial not 0000: the parts SIAK never issues. */
function wilayahDanUrutanSah(nomor: string) {
	return Number(nomor.slice(0, 2)) >= 11 && nomor.slice(2, 4) !== '00' && nomor.slice(4, 6) !== '00' && nomor.slice(12) !== '0000'
}

function hariBulanSah(hari: number, bulan: number) {
	return bulan >= 1 && bulan <= 12 && hari >= 1 && hari <= HARI_PER_BULAN[bulan - 1]!
}

/** 16 digits: area code, birth date DDMMYY (women's day + 40), serial. */
export function nikValid(nik: string): boolean {
	if (!/^\d{16}$/.test(nik) || !wilayahDanUrutanSah(nik)) return false
	const hari = Number(nik.slice(6, 8))
	return hariBulanSah(hari > 40 ? hari - 40 : hari, Number(nik.slice(8, 10)))
}

/** 16 digits: area code, issue date DDMMYY, serial. */
export function nomorKkValid(kk: string): boolean {
	if (!/^\d{16}$/.test(kk) || !wilayahDanUrutanSah(kk)) return false
	return hariBulanSah(Number(kk.slice(6, 8)), Number(kk.slice(8, 10)))
}

// ---------------------------------------------------------------------------------------------
// Parsing

const TANGGAL = /^\d{4}-\d{2}-\d{2}$/
const FORMAT: Record<NonNullable<FieldIsian['format']>, RegExp> = {
	jam: /^([01]\d|2[0-3]):[0-5]\d$/,
	'kode-pos': /^\d{5}$/,
}

function tanggalAda(value: string) {
	const date = new Date(`${value}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** Today in the office's default zone; this module stays import-free, so it does not use utils/format. */
function hariIniJakarta() {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

function nilaiMentah(value: unknown): unknown {
	if (value === undefined || value === null) return undefined
	if (typeof value !== 'string') return value
	const trimmed = value.trim()
	return trimmed === '' ? undefined : trimmed
}

function skemaField(f: FieldIsian, hariIni: string): z.ZodType<string> {
	const teksDasar = z.string({ error: `${f.label} harus berupa teks.` })
	switch (f.jenis) {
		case 'teks':
		case 'teks-panjang': {
			const maks = f.maks ?? (f.jenis === 'teks' ? 150 : 1000)
			let s = teksDasar.max(maks, `${f.label} maksimal ${maks} karakter.`)
			if (f.format) s = s.regex(FORMAT[f.format], f.format === 'jam' ? `${f.label} harus berformat JJ:MM.` : `${f.label} harus 5 digit angka.`)
			return s
		}
		case 'angka': {
			const maks = f.maks ?? 6
			return teksDasar
				.regex(/^\d+$/, `${f.label} harus berupa bilangan bulat.`)
				.max(maks, `${f.label} maksimal ${maks} digit.`)
				.refine((v) => Number(v) >= 1, `${f.label} minimal 1.`)
		}
		case 'tanggal':
			return teksDasar
				.regex(TANGGAL, `${f.label} harus berformat TTTT-BB-HH.`)
				.refine(tanggalAda, `${f.label} tidak ada di kalender.`)
				.refine((v) => v >= '1900-01-01', `${f.label} tidak boleh sebelum tahun 1900.`)
				.refine((v) => f.mendatang || v <= hariIni, `${f.label} tidak boleh setelah hari ini.`)
		case 'pilihan':
			return teksDasar.refine((v) => (f.pilihan ?? []).includes(v), `${f.label} harus salah satu pilihan yang tersedia.`)
		case 'nik':
			return teksDasar
				.regex(/^\d{16}$/, `${f.label} harus 16 digit angka.`)
				.refine(nikValid, `${f.label} tidak sah; periksa kode wilayah dan tanggal lahir di dalamnya.`)
		case 'nomor-kk':
			return teksDasar
				.regex(/^\d{16}$/, `${f.label} harus 16 digit angka.`)
				.refine(nomorKkValid, `${f.label} tidak sah; periksa kode wilayah dan tanggal terbit di dalamnya.`)
	}
}

export type HasilIsian = { ok: true; data: Record<string, string> } | { ok: false; errors: Record<string, string[]> }

/**
 * Validates raw form values against the service's schema: trims, drops empty optional fields,
 * ignores keys the schema does not know, and names every problem per field in Indonesian.
 * `hariIni` (`YYYY-MM-DD`) is the office's date; by default today in Asia/Jakarta.
 */
export function parseIsian(kodeSkema: string, raw: Record<string, unknown>, opsi: { hariIni?: string } = {}): HasilIsian {
	const skema = SKEMA_ISIAN[kodeSkema]
	if (!skema) return { ok: false, errors: { _form: ['Jenis isian layanan tidak dikenal.'] } }
	const hariIni = opsi.hariIni ?? hariIniJakarta()
	const data: Record<string, string> = {}
	const errors: Record<string, string[]> = {}
	const salah = (nama: string, pesan: string) => (errors[nama] ??= []).push(pesan)

	for (const f of skema.field) {
		const value = nilaiMentah(raw[f.nama])
		if (value === undefined) {
			if (f.wajib) salah(f.nama, `${f.label} wajib diisi.`)
			continue
		}
		const result = skemaField(f, hariIni).safeParse(value)
		if (result.success) data[f.nama] = result.data
		else salah(f.nama, result.error.issues[0]!.message)
	}

	// rules between fields, checked on the values that passed on their own
	for (const f of skema.field) {
		if (errors[f.nama]) continue
		const syarat = f.wajibBila
		if (syarat && data[f.nama] === undefined && syarat.nilai.includes(data[syarat.field] ?? '')) {
			salah(f.nama, `${f.label} wajib diisi.`)
		}
		const batas = f.tidakSebelum ? data[f.tidakSebelum] : undefined
		const nilai = data[f.nama]
		if (batas && nilai !== undefined && nilai < batas) {
			const label = skema.field.find((g) => g.nama === f.tidakSebelum)?.label ?? 'tanggal sebelumnya'
			salah(f.nama, `${f.label} tidak boleh sebelum ${label.charAt(0).toLowerCase()}${label.slice(1)}.`)
		}
	}

	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data }
}
