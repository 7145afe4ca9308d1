import { data, type ActionFunctionArgs, type HeadersFunction, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { z } from 'zod'
import { FormError, InputField, SubmitButton, fieldProps } from '~/components/form'
import { getBerkasPermohonan, lacakPermohonan, type LacakPublik } from '~/modules/layanan/baca.server'
import { bacaFormPermohonan, UNGGAH_PERMOHONAN } from '~/modules/layanan/form-permohonan.server'
import { tambahBerkasPermohonan } from '~/modules/layanan/pekerjaan.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { formatRupiah, formatTanggal, formatUkuran, formatWaktu } from '~/utils/format'
import { parseForm, type FieldErrors } from '~/utils/forms'
import { getClientIp } from '~/utils/request-context.server'
import { unduhan } from '~/utils/unduhan.server'
import { parseUpload } from '~/utils/upload.server'
import { AlurError } from '~/workflow/galat'
import { TERIMA_BERKAS } from './__tampilan'

export const meta: MetaFunction = () => [{ title: 'Lacak permohonan — SIMADU' }]

/** The page shows a request's state for whoever holds its code: no copy may be kept on the way. */
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

const TIDAK_DITEMUKAN = 'Nomor tiket atau kode lacak tidak cocok. Periksa kembali keduanya.'
const DIBATASI = 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.'

const LacakSchema = z.object({
	nomorTiket: z.string({ error: 'Nomor tiket wajib diisi.' }).trim().min(1, 'Nomor tiket wajib diisi.').max(40, 'Nomor tiket terlalu panjang.'),
	kode: z.string({ error: 'Kode lacak wajib diisi.' }).trim().min(1, 'Kode lacak wajib diisi.').max(12, 'Kode lacak terlalu panjang.'),
	intent: z.enum(['lacak', 'unggah', 'unduh']).default('lacak'),
	berkasId: z.coerce.number().int().positive().optional(),
})

type Gagal = { ok: false; errors: FieldErrors; values: Record<string, string> }
type Ditemukan = {
	ok: true
	/** what the citizen typed, sent back only so the upload form can carry it again (never in a URL) */
	nomorTiket: string
	kode: string
	lacak: Omit<LacakPublik, 'pengiriman'>
	zonaWaktu: string
	/** the per-file limit, worded for the upload form */
	batasUkuran: string
	pesan: string | null
	errors: FieldErrors | null
}

const cacheHeaders = { 'Cache-Control': 'no-store' }
const gagal = (errors: FieldErrors, nomorTiket: string, status: number) => data<Gagal>({ ok: false, errors, values: { nomorTiket } }, { status, headers: cacheHeaders })

function ditemukan(p: Omit<Ditemukan, 'ok' | 'lacak'> & { lacak: LacakPublik }, status = 200) {
	const { pengiriman: _, ...lacak } = p.lacak
	return data<Ditemukan>({ ok: true, ...p, lacak }, { status, headers: cacheHeaders })
}

/**
 * POST only: the code travels in the body, never in the address. Looking up and completing the
 * berkas both go through `lacakPermohonan` first, so a wrong code counts towards the throttle
 * either way and an upload is accepted only from the holder of the code.
 */
export async function action({ request }: ActionFunctionArgs) {
	const unggah = await parseUpload(request, UNGGAH_PERMOHONAN)
	// a file over the limit stops the reading of the form, ticket and code included
	if (!unggah.ok) return gagal({ ...unggah.errors, _form: ['Berkas terlalu besar. Masukkan lagi nomor tiket dan kode lacak, lalu pilih berkas yang lebih kecil.'] }, '', 400)
	const parsed = parseForm(LacakSchema, unggah.formData)
	if (!parsed.ok) return gagal(parsed.errors, String(parsed.values.nomorTiket ?? ''), 400)
	const { nomorTiket, kode, intent } = parsed.data
	const alamat = getClientIp()
	const [hasil, zonaWaktu] = await Promise.all([lacakPermohonan({ nomorTiket, kode, alamat }), getZonaWaktuKantor()])
	if (!hasil.ok) return hasil.alasan === 'dibatasi' ? gagal({ _form: [DIBATASI] }, nomorTiket, 429) : gagal({ _form: [TIDAK_DITEMUKAN] }, nomorTiket, 404)
	const dasar = { nomorTiket: hasil.data.nomorTiket, kode, zonaWaktu, batasUkuran: formatUkuran(UNGGAH_PERMOHONAN.maxFileSize) }
	if (intent === 'lacak') return ditemukan({ ...dasar, lacak: hasil.data, pesan: null, errors: null })
	if (intent === 'unduh') {
		// the holder of the code may open the berkas of this request, and no other
		const berkas = parsed.data.berkasId ? await getBerkasPermohonan({ permohonanId: hasil.permohonanId, berkasId: parsed.data.berkasId, cakupan: { jenis: 'semua' } }) : null
		if (!berkas) return ditemukan({ ...dasar, lacak: hasil.data, pesan: null, errors: { _form: ['Berkas tidak ditemukan.'] } }, 404)
		return unduhan(berkas.isi, berkas.mime, berkas.nama, 'attachment')
	}

	if (!hasil.data.bolehUnggah) {
		return ditemukan({ ...dasar, lacak: hasil.data, pesan: null, errors: { berkas: ['Permohonan ini tidak sedang menunggu kelengkapan berkas.'] } }, 409)
	}
	const { berkas } = await bacaFormPermohonan(unggah.formData)
	try {
		const simpan = await tambahBerkasPermohonan({ permohonanId: hasil.permohonanId, berkas, pelaku: null })
		if (!simpan.ok) return ditemukan({ ...dasar, lacak: hasil.data, pesan: null, errors: simpan.errors }, 400)
	} catch (error) {
		// the desk moved the request in the meantime, or it has ended
		if (error instanceof AlurError) return ditemukan({ ...dasar, lacak: hasil.data, pesan: null, errors: { berkas: [error.message] } }, error.status)
		throw error
	}
	const terbaru = await lacakPermohonan({ nomorTiket, kode, alamat })
	return ditemukan({
		...dasar,
		lacak: terbaru.ok ? terbaru.data : hasil.data,
		pesan: 'Berkas terkirim. Permohonan kembali diperiksa petugas.',
		errors: null,
	})
}

function HasilLacak({ hasil }: { hasil: Ditemukan }) {
	const { lacak, zonaWaktu } = hasil
	return (
		<section aria-labelledby="judul-hasil" data-testid="hasil-lacak">
			<h2 id="judul-hasil">Permohonan {lacak.nomorTiket}</h2>
			{hasil.pesan ? (
				<div className="alert alert-sukses" role="status">
					{hasil.pesan}
				</div>
			) : null}
			<dl className="detail card">
				<dt>Layanan</dt>
				<dd>{lacak.jenisNama}</dd>
				<dt>Dokumen</dt>
				<dd>{lacak.dokumenHasil}</dd>
				<dt>Tanggal permohonan</dt>
				<dd>{formatTanggal(lacak.tanggalLapor)}</dd>
				<dt>Status</dt>
				<dd>
					<strong data-testid="status-lacak">{lacak.statusLabel}</strong>
				</dd>
				<dt>Tahap sekarang</dt>
				<dd>{lacak.langkahSekarang ?? '—'}</dd>
			</dl>
			{lacak.kekurangan ? (
				<div className="alert alert-galat">
					<strong>Yang perlu dilengkapi:</strong> {lacak.kekurangan}
				</div>
			) : null}
			{lacak.denda > 0 ? (
				<div className={`alert ${lacak.dendaLunas ? 'alert-sukses' : 'alert-info'}`}>
					{lacak.dendaLunas
						? `Denda keterlambatan ${formatRupiah(lacak.denda)} sudah dibayar.`
						: `Denda keterlambatan ${formatRupiah(lacak.denda)} dibayar di loket; permohonan diproses setelah denda dibayar.`}
				</div>
			) : null}
			{lacak.bolehUnggah ? <UnggahKekurangan hasil={hasil} /> : null}
			<BerkasPemohon hasil={hasil} />
			<h3>Riwayat</h3>
			{lacak.riwayat.length === 0 ? (
				<p className="muted">Belum ada riwayat.</p>
			) : (
				<ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Riwayat permohonan">
					{lacak.riwayat.map((r, i) => (
						<li key={i} style={{ borderLeft: '3px solid var(--garis)', padding: '0.25rem 0 0.75rem 1rem', marginLeft: '0.25rem' }}>
							<div className="muted" style={{ fontSize: '0.85rem' }}>
								<time dateTime={r.waktu}>{formatWaktu(r.waktu, zonaWaktu)}</time>
							</div>
							<strong>{r.label}</strong>
							{r.langkah ? <div className="muted">{r.langkah}</div> : null}
						</li>
					))}
				</ol>
			)}
		</section>
	)
}

/**
 * The applicant's berkas. Each download is a native POST (`reloadDocument`) carrying the ticket
 * and code again, so the file arrives as an attachment and the code stays out of every address.
 */
function BerkasPemohon({ hasil }: { hasil: Ditemukan }) {
	if (hasil.lacak.berkas.length === 0) return null
	return (
		<>
			<h3>Berkas permohonan</h3>
			<ul data-testid="berkas-pemohon">
				{hasil.lacak.berkas.map((b) => (
					<li key={b.id}>
						<Form method="post" reloadDocument style={{ display: 'inline' }}>
							<input type="hidden" name="nomorTiket" value={hasil.nomorTiket} />
							<input type="hidden" name="kode" value={hasil.kode} />
							<input type="hidden" name="berkasId" value={b.id} />
							<button type="submit" name="intent" value="unduh" className="linklike">
								{b.nama}
							</button>
						</Form>{' '}
						<span className="muted">({formatUkuran(b.ukuran)})</span>
					</li>
				))}
			</ul>
		</>
	)
}

/** Completing a returned request: ticket and code go again as hidden fields, checked again by the action. */
function UnggahKekurangan({ hasil }: { hasil: Ditemukan }) {
	const salah = hasil.errors?.berkas ?? []
	return (
		<Form method="post" encType="multipart/form-data" className="form card" aria-labelledby="judul-unggah">
			<h3 id="judul-unggah" style={{ margin: 0 }}>
				Lengkapi berkas
			</h3>
			<input type="hidden" name="nomorTiket" value={hasil.nomorTiket} />
			<input type="hidden" name="kode" value={hasil.kode} />
			<InputField
				label="Berkas"
				name="berkas"
				type="file"
				accept={TERIMA_BERKAS}
				multiple
				required
				hint={`PDF, JPEG atau PNG; paling besar ${hasil.batasUkuran} per berkas. Setelah dikirim, permohonan kembali diperiksa petugas.`}
				error={salah.join(' ') || undefined}
			/>
			<div className="actions">
				<SubmitButton intent="unggah">Kirim berkas</SubmitButton>
			</div>
		</Form>
	)
}

export default function LacakPermohonan() {
	const result = useActionData<typeof action>()
	const failure = result && !result.ok ? result : null
	const hasil = result?.ok ? result : null
	return (
		<>
			<h1>Lacak permohonan</h1>
			<p>
				Masukkan nomor tiket dan kode lacak yang diterima saat mengajukan permohonan. Belum mengajukan? Lihat <Link to="/layanan">daftar layanan</Link>.
			</p>
			<Form method="post" className="form card" style={{ maxWidth: 480 }}>
				<FormError result={failure} />
				<InputField
					label="Nomor tiket"
					name="nomorTiket"
					required
					maxLength={40}
					autoComplete="off"
					spellCheck={false}
					hint="Contoh: KIA-20261122-0001"
					{...fieldProps(failure, 'nomorTiket')}
					defaultValue={hasil?.nomorTiket ?? (failure?.values.nomorTiket || undefined)}
				/>
				<InputField label="Kode lacak" name="kode" required maxLength={12} autoComplete="off" spellCheck={false} hint="6 huruf/angka" error={failure?.errors.kode?.[0]} />
				<div className="actions">
					<SubmitButton intent="lacak">Lacak</SubmitButton>
				</div>
			</Form>
			{hasil ? <HasilLacak hasil={hasil} /> : null}
		</>
	)
}
