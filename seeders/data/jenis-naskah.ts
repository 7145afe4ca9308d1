/**
 * The kinds of official documents (jenis naskah dinas, Permendagri 1/2023 tentang Tata Naskah Dinas)
 * the office writes, each with its starting template, its verification chain (jabatan codes, in
 * order, before the signer), its signer and its number format. The tata usaha edits them later
 * under Persuratan → Jenis naskah.
 *
 * Number format placeholders: `{klasifikasi}` archive code, `{nomor}` yearly sequence per jenis
 * naskah, `{jenis}` its code, `{unit}` code of the drafting unit, `{tahun}` year of signing.
 */
export type JenisNaskahAwal = {
	kode: string
	nama: string
	rantaiVerifikasi: string[]
	jabatanPenandatangan: string
	formatNomor: string
	templat: string
}

const FORMAT_BAKU = '{klasifikasi}/{nomor}/{unit}/{tahun}'
/** Every jenis naskah has its own sequence, so the others carry their code to stay distinct from surat biasa. */
const FORMAT_BERJENIS = '{klasifikasi}/{nomor}/{jenis}/{unit}/{tahun}'
const RANTAI_SEKRETARIAT = ['KASUBAG-UMPEG', 'SEKRETARIS']

export const JENIS_NASKAH_AWAL: JenisNaskahAwal[] = [
	{
		kode: 'SB',
		nama: 'Surat Biasa',
		rantaiVerifikasi: RANTAI_SEKRETARIAT,
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BAKU,
		templat:
			'<p>Dengan hormat,</p><p>Sehubungan dengan [uraikan dasar atau latar belakang surat], bersama ini kami sampaikan [uraikan maksud surat].</p><p>Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.</p>',
	},
	{
		kode: 'UND',
		nama: 'Surat Undangan',
		rantaiVerifikasi: RANTAI_SEKRETARIAT,
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BERJENIS,
		templat:
			'<p>Dengan hormat,</p><p>Mengharap kehadiran Bapak/Ibu/Saudara pada:</p><table><tbody><tr><td>hari, tanggal</td><td>: [hari, tanggal]</td></tr><tr><td>waktu</td><td>: [pukul] WIB s.d. selesai</td></tr><tr><td>tempat</td><td>: [tempat]</td></tr><tr><td>acara</td><td>: [acara]</td></tr></tbody></table><p>Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu.</p><p>Demikian atas perhatiannya diucapkan terima kasih.</p>',
	},
	{
		kode: 'ND',
		nama: 'Nota Dinas',
		rantaiVerifikasi: ['KASUBAG-UMPEG'],
		jabatanPenandatangan: 'SEKRETARIS',
		formatNomor: FORMAT_BERJENIS,
		templat: '<p>Bersama ini disampaikan [uraikan pokok persoalan] untuk [mohon arahan / diketahui / ditindaklanjuti].</p><p>Demikian disampaikan.</p>',
	},
	{
		kode: 'SE',
		nama: 'Surat Edaran',
		rantaiVerifikasi: RANTAI_SEKRETARIAT,
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BERJENIS,
		templat:
			'<ol><li><strong>Latar Belakang</strong><p>[latar belakang]</p></li><li><strong>Maksud dan Tujuan</strong><p>[maksud dan tujuan]</p></li><li><strong>Ruang Lingkup</strong><p>[ruang lingkup]</p></li><li><strong>Dasar</strong><p>[peraturan yang menjadi dasar]</p></li><li><strong>Isi Edaran</strong><p>[isi edaran]</p></li></ol><p>Demikian Surat Edaran ini untuk dilaksanakan.</p>',
	},
	{
		kode: 'SK',
		nama: 'Surat Keputusan',
		rantaiVerifikasi: RANTAI_SEKRETARIAT,
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BERJENIS,
		templat:
			'<p><strong>Menimbang</strong>: a. [pertimbangan]; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas tentang [judul];</p><p><strong>Mengingat</strong>: 1. [peraturan];</p><p style="text-align:center"><strong>MEMUTUSKAN:</strong></p><p><strong>Menetapkan</strong>: KEPUTUSAN KEPALA DINAS TENTANG [JUDUL].</p><p><strong>KESATU</strong>: [isi diktum].</p><p><strong>KEDUA</strong>: Keputusan ini mulai berlaku pada tanggal ditetapkan.</p>',
	},
	{
		kode: 'ST',
		nama: 'Surat Tugas',
		rantaiVerifikasi: RANTAI_SEKRETARIAT,
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BERJENIS,
		templat:
			'<p><strong>Dasar</strong>: [dasar penugasan].</p><p style="text-align:center"><strong>MEMERINTAHKAN:</strong></p><p><strong>Kepada</strong>: [nama, NIP, pangkat/golongan, jabatan].</p><p><strong>Untuk</strong>: [uraian tugas, tempat dan waktu].</p><p>Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.</p>',
	},
	{
		kode: 'SKET',
		nama: 'Surat Keterangan',
		rantaiVerifikasi: ['SEKRETARIS'],
		jabatanPenandatangan: 'KADIS',
		formatNomor: FORMAT_BERJENIS,
		templat: '<p>Yang bertanda tangan di bawah ini menerangkan bahwa:</p><p>[nama dan identitas yang diterangkan]</p><p>[isi keterangan].</p><p>Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.</p>',
	},
]
