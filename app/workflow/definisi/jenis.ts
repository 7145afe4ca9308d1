/**
 * The shape of a workflow definition: the office's SOP as data. Each definition is a TypeScript
 * file in `app/workflow/definisi/<area>/`, versioned in git and synced to the database at start;
 * an instance keeps the version it started with, so a definition that changes gets a new `versi`
 * and the old file stays until no instance runs on it.
 */

/** A time standard (mutu baku): minutes counted in service hours, or whole working days. */
export type Waktu = { menit: number } | { hariKerja: number }

/** Parties outside the office; their steps are recorded by an internal user. */
export type PihakEksternal =
	| 'pemohon'
	| 'BKD'
	| 'BPKA'
	| 'Inspektorat'
	| 'Bagian Organisasi'
	| 'Bagian Pemerintahan'
	| 'Dukcapil asal'
	| 'Ditjen Dukcapil'
	| 'Kepala Daerah'
	| 'Penyedia'
	| 'Vendor/Diskominfo'
	| 'Kepala ANRI'

/** Who does a step; every kind resolves to the task's target (a role, a jabatan or a person). */
export type Pelaksana =
	/** anyone holding the role (directly, through their jabatan, or as Plt/Plh) */
	| { jenis: 'peran'; peran: string }
	/** the holder of the jabatan with this code, or its Plt/Plh */
	| { jenis: 'jabatan'; jabatan: string }
	/** the head (struktural jabatan) of the unit the subject belongs to */
	| { jenis: 'kepala-unit-subjek' }
	/** the atasan of the initiator's jabatan */
	| { jenis: 'atasan-pemrakarsa' }
	/** a named person: the initiator, or the user id kept in the instance's konteks under `kunci` */
	| { jenis: 'pengguna'; kunci: 'pemrakarsa' | string }
	/**
	 * the holder (or Plt/Plh) of the jabatan whose code the instance's konteks keeps under `kunci`
	 * (`jabatan…`): set per instance when the subject starts, e.g. a letter's addressee or the n-th
	 * verifier of a jenis naskah's chain
	 */
	| { jenis: 'jabatan-konteks'; kunci: `jabatan${string}`; label: string }
	/** an outside party; an internal user holding `dicatatOleh` records what they did */
	| { jenis: 'eksternal'; pihak: PihakEksternal; dicatatOleh: string }

export type KodeAksiBaku = 'teruskan' | 'kembalikan' | 'tolak' | 'disposisi' | 'setujui' | 'selesaikan'

export type Aksi = {
	/** `teruskan`, `kembalikan`, `tolak`, `disposisi`, or a named one like `bayar-denda` */
	kode: KodeAksiBaku | (string & {})
	/** the button, in Bahasa Indonesia: "Teruskan ke verifikator" */
	label: string
	/** the step it moves to, or the end: `selesai` (done) or `ditolak` (rejected) */
	ke: string
	/** a named condition on the instance's konteks (see `kondisi.ts`); `!nama` negates it */
	kondisi?: string
	/** a reason must be given (always true for `tolak` and `kembalikan`) */
	wajibAlasan?: boolean
	/** the user who completed the previous step may not take this action (no self-approval) */
	tolakPelakuSebelumnya?: boolean
}

export type Langkah = {
	/** unique within the definition, e.g. `verifikasi-berkas` */
	kode: string
	/** KEGIATAN: what is done, in the source's words */
	kegiatan: string
	/** the PELAKSANA column(s) of the SOP table where this step is marked; names from `aktor` */
	aktor: string[]
	pelaksana: Pelaksana
	/** MUTU BAKU: KELENGKAPAN — what the step needs */
	kelengkapan: string
	/** MUTU BAKU: WAKTU; null when the source gives none */
	waktu: Waktu | null
	/** MUTU BAKU: OUTPUT — what it hands on */
	output: string
	/** KET. column */
	keterangan?: string
	/** the decision drawn in the flowchart at this step, e.g. "lengkap?", shown in the SOP table */
	keputusan?: string
	/** several people act in parallel (e.g. three verifiers) and `kuorum` agreements move it on */
	paralel?: { jumlah: number; kuorum: number }
	aksi: Aksi[]
}

export type AreaProses = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7'

export type Definisi = {
	/** the process map's code (`P4.1.2`) or `SOP-WA-KK` … */
	kode: string
	versi: number
	nama: string
	area: AreaProses
	/** what kind of document moves through it: `permohonan-layanan`, `surat-masuk`, `spj` … */
	jenisSubjek: string
	/** where the content comes from, e.g. "Peta Proses Bisnis Dukcapil Kota Pasuruan, P4.1.2" */
	sumber: string
	/** a note shown with the SOP, e.g. where the time standards come from when the source has none */
	catatan?: string
	/** the PELAKSANA columns of the SOP table, in order */
	aktor: string[]
	/** the first step; an instance starts there */
	mulai: string
	langkah: Langkah[]
}

/** Ends an instance can reach. */
export const AKHIR = { selesai: 'selesai', ditolak: 'ditolak' } as const
