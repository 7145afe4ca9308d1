/**
 * The permission and role catalogue, in code. `syncKatalogAkses` writes it to the database at
 * start: new permissions are created and given to their default roles; an admin's later edits
 * of a role's permissions are kept. Later modules add their permissions here.
 */
export type Akses = 'own' | 'unit' | 'any'
export type KodeIzin = `${string}:${string}:${Akses}`

export const KATALOG_IZIN = {
	'read:pengguna:any': 'Melihat daftar dan rincian pengguna',
	'create:pengguna:any': 'Membuat akun pengguna',
	'update:pengguna:any': 'Mengubah pengguna, perannya, mengatur ulang kata sandi, menonaktifkan',
	'read:peran:any': 'Melihat peran dan izinnya',
	'update:peran:any': 'Membuat dan mengubah peran serta izinnya',
	'read:sesi:any': 'Melihat sesi aktif semua pengguna',
	'delete:sesi:any': 'Mengakhiri sesi pengguna lain',
	'read:organisasi:any': 'Melihat unit kerja, jabatan, pegawai dan penugasan Plt/Plh',
	'update:organisasi:any': 'Mengelola unit kerja, jabatan, pegawai dan penugasan Plt/Plh',
	'read:pengaturan:any': 'Melihat profil kantor',
	'update:pengaturan:any': 'Mengubah profil kantor',
	'read:referensi:any': 'Melihat data wilayah dan hari libur',
	'update:referensi:any': 'Mengelola data wilayah dan hari libur',
	'read:audit:any': 'Melihat dan mengekspor jejak audit',
	'read:alur:own': 'Membuka Tugas Saya, notifikasi, dan alur kerja yang melibatkan dirinya',
	'read:alur:any': 'Melihat semua alur kerja dan SOP beserta capaian waktunya',
	'update:alur:any': 'Membatalkan alur kerja mana pun',
	'read:sop:any': 'Melihat katalog SOP dan mengunduhnya (Excel/PDF)',
	'read:permohonan:own': 'Melihat permohonan layanan yang diajukannya sendiri atas nama warga',
	'create:permohonan:own': 'Mengajukan permohonan layanan atas nama warga (mitra integrasi)',
	'read:permohonan:any': 'Melihat semua permohonan layanan; membuka NIK lengkap tercatat',
	'create:permohonan:any': 'Mendaftarkan permohonan layanan di loket',
	'update:permohonan:any': 'Mengerjakan permohonan: ceklis berkas, hasil SIAK, denda, cetak, penyerahan',
	'update:layanan:any': 'Mengelola katalog layanan, persyaratan dan tarif denda',
	'read:laporan-layanan:any': 'Melihat dasbor pelayanan, laporan harian dan buku register',
	'read:pengiriman:any': 'Melihat pengiriman e-mail dan WhatsApp yang gagal dan mengirimnya ulang',
	'read:surat:own': 'Melihat surat yang didisposisikan kepadanya dan menyusun draft surat keluar',
	'read:surat:any': 'Melihat agenda surat masuk dan surat keluar (surat rahasia hanya bila berada pada jalur disposisinya)',
	'create:surat-masuk:any': 'Mencatat surat masuk (nomor agenda, pindaian) dan mencetak lembar disposisi',
	'update:surat-keluar:any': 'Menomori, menstempel dan mengirim surat keluar; memesan nomor; buku ekspedisi',
	'update:naskah:any': 'Mengelola jenis naskah: templat, kop, rantai verifikasi dan format nomor',
	'update:pengantaran:any': 'Mencatat pengantaran surat oleh caraka dan tanda terimanya',
	'read:arsip:any': 'Melihat berkas arsip, daftar berkas, daftar isi berkas dan pencarian arsip',
	'update:arsip:any': 'Mengelola berkas arsip, pemberkasan surat, peminjaman, penyusutan dan retensi klasifikasi',
	'read:agregat:any': 'Melihat draft agregat kependudukan, perbandingan antarsemester dan riwayat impor DKB',
	'update:dkb:any': 'Mengimpor DKB semester, menyusun draft publikasi agregat dan membuat versi koreksi',
	'read:penduduk:any': 'Mencari penduduk dari DKB (NIK/KK disamarkan); membuka data lengkap tercatat',
} as const satisfies Record<KodeIzin, string>

export type Izin = keyof typeof KATALOG_IZIN

export type PeranKatalog = { kode: string; nama: string; deskripsi: string; izin: Izin[] }

/** What every member of staff may do whatever their role: their own inbox and the SOPs. */
const IZIN_PEGAWAI: Izin[] = ['read:alur:own', 'read:sop:any', 'read:surat:own']
const IZIN_PIMPINAN: Izin[] = [...IZIN_PEGAWAI, 'read:alur:any']
/** Leadership and the secretariat read the letter registers. */
const IZIN_BACA_SURAT: Izin[] = ['read:surat:any', 'read:arsip:any']
/** Staff of the service desk: every request, and the work of their steps. */
const IZIN_LAYANAN: Izin[] = ['read:permohonan:any', 'update:permohonan:any']
/** Leadership reviews the agregat before approving it. */
const IZIN_BACA_AGREGAT: Izin[] = ['read:agregat:any']

const adminIzin = Object.keys(KATALOG_IZIN) as Izin[]

/** One role for every actor of DESIGN.md section 1 (the pemohon is not a staff user). */
export const KATALOG_PERAN: PeranKatalog[] = [
	{ kode: 'admin', nama: 'Administrator', deskripsi: 'Pengguna, peran, struktur organisasi, data referensi', izin: adminIzin },
	{ kode: 'kadis', nama: 'Kepala Dinas', deskripsi: 'Disposisi surat masuk, tanda tangan (TTE), persetujuan publikasi, dasbor pimpinan', izin: [...IZIN_PIMPINAN, ...IZIN_BACA_SURAT, 'read:organisasi:any', 'read:pengaturan:any', ...IZIN_LAYANAN, 'read:laporan-layanan:any', ...IZIN_BACA_AGREGAT] },
	{ kode: 'sekretaris', nama: 'Sekretaris', deskripsi: 'Disposisi, verifikasi naskah, persetujuan publikasi, dasbor pimpinan', izin: [...IZIN_PIMPINAN, ...IZIN_BACA_SURAT, 'read:organisasi:any', 'read:pengaturan:any', 'read:permohonan:any', 'read:laporan-layanan:any', ...IZIN_BACA_AGREGAT] },
	{ kode: 'kabid', nama: 'Kepala Bidang', deskripsi: 'Verifikasi layanan dan naskah bidangnya, meneruskan untuk TTE', izin: [...IZIN_PIMPINAN, 'read:organisasi:any', ...IZIN_LAYANAN, 'read:laporan-layanan:any', ...IZIN_BACA_AGREGAT] },
	{ kode: 'kasi', nama: 'Kepala Seksi / Verifikator', deskripsi: 'Verifikasi berkas dan data, mengembalikan untuk perbaikan', izin: [...IZIN_PEGAWAI, 'read:organisasi:any', ...IZIN_LAYANAN, 'read:laporan-layanan:any'] },
	{ kode: 'petugas-loket', nama: 'Petugas Loket / Front Office', deskripsi: 'Memeriksa kelengkapan, menerima denda, menyerahkan dokumen, buku register', izin: [...IZIN_PEGAWAI, ...IZIN_LAYANAN, 'create:permohonan:any', 'read:laporan-layanan:any'] },
	{ kode: 'operator-siak', nama: 'Operator SIAK', deskripsi: 'Entri data di SIAK, mencatat hasil, mencetak dokumen', izin: [...IZIN_PEGAWAI, ...IZIN_LAYANAN, 'read:penduduk:any'] },
	{ kode: 'petugas-pengambilan', nama: 'Operator Pengambilan', deskripsi: 'Memeriksa hasil cetak dan menyerahkan dokumen kepada pemohon', izin: [...IZIN_PEGAWAI, ...IZIN_LAYANAN, 'read:laporan-layanan:any'] },
	{
		kode: 'tata-usaha',
		nama: 'Tata Usaha',
		deskripsi: 'Registrasi, penomoran dan stempel surat, pemberkasan arsip',
		izin: [...IZIN_PEGAWAI, ...IZIN_BACA_SURAT, 'read:organisasi:any', 'create:surat-masuk:any', 'update:surat-keluar:any', 'update:naskah:any', 'update:arsip:any', 'update:pengantaran:any'],
	},
	{ kode: 'caraka', nama: 'Caraka', deskripsi: 'Mengantar surat dan mencatat penerimaannya', izin: [...IZIN_PEGAWAI, 'update:pengantaran:any'] },
	{ kode: 'kepegawaian', nama: 'Pengelola Kepegawaian', deskripsi: 'Data pegawai, cuti, kenaikan pangkat, pensiun', izin: [...IZIN_PEGAWAI, 'read:organisasi:any', 'update:organisasi:any'] },
	{ kode: 'pengurus-barang', nama: 'Pengurus Barang', deskripsi: 'Inventaris BMD, rekap kebutuhan, RKBMD', izin: [...IZIN_PEGAWAI] },
	{ kode: 'perencanaan', nama: 'Subbag Perencanaan', deskripsi: 'Renstra, Renja, RKA/DPA, monev, LKjIP, SAKIP', izin: [...IZIN_PEGAWAI, 'read:organisasi:any'] },
	{ kode: 'pptk', nama: 'PPTK', deskripsi: 'Mengajukan NPD dan menyusun SPJ kegiatan', izin: [...IZIN_PEGAWAI] },
	{ kode: 'bendahara', nama: 'Bendahara Pengeluaran', deskripsi: 'Pembayaran LS/GU, SPP, BKU', izin: [...IZIN_PEGAWAI] },
	{ kode: 'verifikator-keuangan', nama: 'Verifikator Keuangan', deskripsi: 'Verifikasi dokumen pertanggungjawaban (SPJ)', izin: [...IZIN_PEGAWAI] },
	{ kode: 'ppk-skpd', nama: 'PPK-SKPD', deskripsi: 'Memeriksa kelengkapan SPP/SPM sebelum ke BPKA', izin: [...IZIN_PEGAWAI] },
	{ kode: 'piak', nama: 'Pengelola PIAK & Pemanfaatan Data', deskripsi: 'Pengaduan, gangguan sistem, pemutakhiran data (ADB), PKS/KSB, publikasi agregat', izin: [...IZIN_PEGAWAI, 'read:referensi:any', 'read:pengiriman:any', ...IZIN_BACA_AGREGAT, 'update:dkb:any', 'read:penduduk:any'] },
	{
		kode: 'mitra-integrasi',
		nama: 'Mitra Integrasi Layanan',
		deskripsi: 'Petugas kelurahan, KUA atau rumah sakit yang mengajukan permohonan atas nama warga dan hanya melihat ajuannya sendiri',
		izin: ['read:permohonan:own', 'create:permohonan:own'],
	},
]

export function parseKodeIzin(kode: string): { aksi: string; entitas: string; akses: Akses } | null {
	const match = /^([a-z-]+):([a-z-]+):(own|unit|any)$/.exec(kode)
	if (!match) return null
	return { aksi: match[1]!, entitas: match[2]!, akses: match[3] as Akses }
}
