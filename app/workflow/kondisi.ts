/**
 * Named conditions on an instance's konteks: the data a module keeps on the instance for the
 * engine to branch on (set when the instance starts and updated by the module as the subject
 * changes). A definition names them on its actions; `!nama` negates one.
 */
export type Konteks = Record<string, unknown>

export const KONDISI: Record<string, (konteks: Konteks) => boolean> = {
	/** a late-reporting fine is due */
	adaDenda: (k) => typeof k.denda === 'number' && k.denda > 0,
	/** the fine has been paid at the loket */
	dendaLunas: (k) => !(typeof k.denda === 'number' && k.denda > 0) || k.dendaLunas === true,
	/** the pemohon gave an active e-mail address (and wants the document by e-mail) */
	adaEmail: (k) => k.adaEmail === true || (typeof k.email === 'string' && k.email.includes('@')),
	/** every required document of the checklist is there */
	berkasLengkap: (k) => k.berkasLengkap !== false,
	/** complete and nothing left to pay: processing may go on */
	siapDiproses: (k) => KONDISI.berkasLengkap!(k) && KONDISI.dendaLunas!(k),
	/** complete, but a fine is still to be paid at the loket */
	menungguDenda: (k) => KONDISI.berkasLengkap!(k) && !KONDISI.dendaLunas!(k),
	/** the data recorded in SIAK was found (NIK exists) */
	nikDitemukan: (k) => k.nikDitemukan !== false,
	/** the applicant needs a companion from another agency (lansia/disabilitas) */
	perluPendamping: (k) => k.perluPendamping === true,
	/** print-ready record (PRR) after biometric recording; otherwise a duplicate to check */
	printReadyRecord: (k) => k.statusRekam !== 'duplicate',
	/** the printed document is in good condition */
	cetakBaik: (k) => k.cetakRusak !== true,
	/** payment by LS (langsung) rather than GU (ganti uang) */
	pembayaranLs: (k) => k.metodePembayaran === 'LS',
	/** the requesting institution is within the kepala daerah's authority */
	dalamKewenangan: (k) => k.dalamKewenangan === true,
	/** a KSB (kesepakatan bersama) already exists for this institution */
	adaKsb: (k) => k.adaKsb === true,
	/** the problem lies with the local network/system, not with SIAK pusat */
	gangguanLokal: (k) => k.lokasiGangguan !== 'pusat',
	/** a device has to be replaced */
	perluGantiPerangkat: (k) => k.perluGantiPerangkat === true,
	/** the complaint can be answered within Bidang PIAK */
	dijawabPiak: (k) => k.diteruskanKe == null,
	/** the innovation is built by the office itself (swakelola) rather than a vendor */
	swakelola: (k) => k.metodeInovasi !== 'rekanan',
	/** the akta was issued by another regency (validity must be confirmed with its issuer) */
	aktaLuarDaerah: (k) => k.aktaLuarDaerah === true,
	/** a jenis naskah's verification chain has a second, third or fourth verifier for this letter */
	adaVerifikator2: (k) => typeof k.jabatanVerifikator2 === 'string' && k.jabatanVerifikator2 !== '',
	adaVerifikator3: (k) => typeof k.jabatanVerifikator3 === 'string' && k.jabatanVerifikator3 !== '',
	adaVerifikator4: (k) => typeof k.jabatanVerifikator4 === 'string' && k.jabatanVerifikator4 !== '',
	/** an archive destruction proposal holding a berkas retained 10 years or more: Kepala ANRI approves */
	retensiSepuluhTahun: (k) => typeof k.retensiTerlamaTahun === 'number' && k.retensiTerlamaTahun >= 10,
	/** the origin Dukcapil approved the move */
	disetujuiDaerahAsal: (k) => k.disetujuiDaerahAsal !== false,
}

/** Evaluates `nama` or `!nama`; an unknown name is a programming error, not a false. */
export function cekKondisi(ekspresi: string, konteks: Konteks): boolean {
	const negated = ekspresi.startsWith('!')
	const nama = negated ? ekspresi.slice(1) : ekspresi
	const fn = KONDISI[nama]
	if (!fn) throw new Error(`Kondisi tidak dikenal: ${nama}`)
	return negated ? !fn(konteks) : fn(konteks)
}
