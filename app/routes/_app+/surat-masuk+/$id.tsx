import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { BATAS, labelAsalJenis } from '~/modules/persuratan/surat-masuk.schema'
import {
	buatDisposisiSurat,
	catatPengantaran,
	getSuratMasuk,
	getSuratMasukRingkas,
	syaratAksiSurat,
	type PengantaranRow,
	type RincianSuratMasuk,
} from '~/modules/persuratan/surat-masuk.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatTanggal, formatUkuran, formatWaktu } from '~/utils/format'
import { formFailure } from '~/utils/forms'
import { forbidden, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { ActionBar, BatalkanAlur } from '~/workflow/components/action-bar'
import { DisposisiForm } from '~/workflow/components/disposisi-form'
import { DisposisiTree } from '~/workflow/components/disposisi-tree'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { aksiDisposisi } from '~/workflow/disposisi.schema'
import { getDisposisi, listPenerimaDisposisi, prosesAksiDisposisi, type SimpulDisposisi } from '~/workflow/disposisi.server'
import { AlurError, alurErrorResponse } from '~/workflow/galat'
import { tanganiIntentAlur } from '~/workflow/subjek.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Surat masuk ${data?.surat.nomorAgenda ?? ''} — SIMADU` }]

const TIDAK_ADA = 'Surat masuk tidak ditemukan.'
/** The disposisi tree's own intents (`batalkan` only with a node id: without one it cancels the workflow). */
const INTENT_POHON = new Set(['baca', 'tindak-lanjut', 'selesai', 'teruskan'])

function cari(pohon: SimpulDisposisi[], id: number): SimpulDisposisi | undefined {
	for (const s of pohon) {
		if (s.id === id) return s
		const ketemu = cari(s.anak, id)
		if (ketemu) return ketemu
	}
	return undefined
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	let halaman: Awaited<ReturnType<typeof getSuratMasuk>>
	try {
		halaman = await getSuratMasuk({ id: parseId(params.id), pembaca: user })
	} catch (error) {
		throw alurErrorResponse(error)
	}
	if (!halaman) throw notFound(TIDAK_ADA)
	const teruskanId = Number(new URL(request.url).searchParams.get('teruskan'))
	const induk = Number.isSafeInteger(teruskanId) && teruskanId > 0 ? cari(halaman.pohon, teruskanId) : undefined
	const teruskan = induk && aksiDisposisi({ dariPenggunaId: induk.dari.id, kePenggunaId: induk.ke.id, status: induk.status }, user.id).teruskan ? induk : null
	const [hariIni, penerima] = await Promise.all([
		hariIniKantor(),
		teruskan || halaman.bolehDisposisi ? listPenerimaDisposisi({ kecualiId: user.id }) : Promise.resolve([]),
	])
	return {
		...halaman,
		penggunaId: user.id,
		hariIni,
		penerima,
		teruskan: teruskan ? { indukId: teruskan.id, tenggat: teruskan.tenggat } : null,
		bolehPengantaran: hasPermission(user.authority, 'update:pengantaran:any'),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const id = parseId(params.id)
	const kembaliKe = `/surat-masuk/${id}`
	const formData = await request.formData()
	const intent = String(formData.get('intent') ?? '')
	try {
		if (intent === 'disposisi-baru') {
			const hasil = await buatDisposisiSurat({ suratId: id, pelaku: user, formData })
			if (!hasil.ok) return data(hasil, { status: 400 })
			return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: hasil.pesan })
		}
		if (intent === 'pengantaran') {
			if (!hasPermission(user.authority, 'update:pengantaran:any')) throw forbidden('Anda tidak memiliki izin "update:pengantaran:any" untuk mencatat pengantaran surat.')
			const hasil = await catatPengantaran({ suratId: id, pelaku: user, formData })
			if (!hasil.ok) return data(hasil, { status: 400 })
			return redirectWithFlash(`${kembaliKe}#pengantaran`, { jenis: 'sukses', pesan: hasil.pesan })
		}
		const surat = await getSuratMasukRingkas({ id, pembaca: user })
		if (!surat) throw notFound(TIDAK_ADA)
		if (INTENT_POHON.has(intent) || (intent === 'batalkan' && formData.has('id'))) {
			// a node posted here must be one of this letter's
			const simpulId = Number(formData.get(intent === 'teruskan' ? 'indukId' : 'id'))
			const simpul = Number.isSafeInteger(simpulId) && simpulId > 0 ? await getDisposisi(simpulId) : null
			if (simpul && (simpul.subjekJenis !== 'surat-masuk' || simpul.subjekId !== String(id))) throw notFound('Disposisi tidak ditemukan pada surat ini.')
			const hasil = await prosesAksiDisposisi({ formData, user, tautan: kembaliKe })
			if (!hasil.ok) return data(hasil, { status: 400 })
			return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan: hasil.pesan })
		}
		if (!surat.instansId) throw new AlurError('Alur surat ini belum dimulai.', 409)
		if (intent === 'aksi') {
			const syarat = await syaratAksiSurat({ suratId: id, aksiKode: String(formData.get('aksiKode') ?? '') })
			if (syarat) return data(formFailure(formData, { _form: [syarat] }), { status: 400 })
		}
		const hasil = await tanganiIntentAlur({ formData, instansId: surat.instansId, user, kembaliKe })
		if (!hasil) throw new AlurError('Tindakan tidak dikenal.', 400)
		return hasil
	} catch (error) {
		if (error instanceof Response) throw error
		throw alurErrorResponse(error)
	}
}

export default function HalamanSuratMasuk() {
	const { surat, pohon, halaman, pengantaran, bolehDisposisi, penggunaId, hariIni, penerima, teruskan, bolehPengantaran } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const gagal: ActionFailure | null = result && 'errors' in result ? result : null
	const untuk = (...intent: string[]) => (gagal && intent.includes(String(gagal.values.intent)) ? gagal : null)
	const gagalTeruskan = untuk('teruskan')
	const indukGagal = gagalTeruskan ? Number(gagalTeruskan.values.indukId) : undefined
	const disposisiAktif = halaman?.langkahAktif?.kode === 'disposisi'
	return (
		<>
			<p className="muted">
				<Link to="/surat-masuk">‹ Surat masuk</Link>
			</p>
			<h1>
				Surat masuk {surat.nomorAgenda}{' '}
				{surat.rahasia ? <span className="badge badge-merah">{surat.sifatLabel}</span> : null}
			</h1>
			<p className="actions">
				{surat.pindaian ? (
					<a className="button button-sekunder" href={`/surat-masuk/${surat.id}/pindaian`} download>
						Unduh pindaian
					</a>
				) : null}
				<a className="button button-sekunder" href={`/surat-masuk/${surat.id}/lembar-disposisi`} target="_blank" rel="noreferrer">
					Cetak lembar disposisi
				</a>
			</p>
			<FormError result={untuk('aksi', 'ambil', 'lepas')} />
			<Rincian surat={surat} />

			<section aria-labelledby="judul-disposisi">
				<h2 id="judul-disposisi">Disposisi</h2>
				<DisposisiTree pohon={pohon} penggunaId={penggunaId} result={untuk('baca', 'tindak-lanjut', 'selesai', 'batalkan')} teruskanHref={(indukId) => `?teruskan=${indukId}#teruskan`} />
				{teruskan ? (
					<>
						<h3>Teruskan disposisi</h3>
						<DisposisiForm result={gagalTeruskan} penerima={penerima} indukId={teruskan.indukId} hariIni={hariIni} tenggatInduk={teruskan.tenggat} batalHref={`/surat-masuk/${surat.id}`} />
					</>
				) : indukGagal ? (
					<div className="alert alert-galat" role="alert">
						Disposisi belum diteruskan. <Link to={`?teruskan=${indukGagal}#teruskan`}>Buka kembali formulir</Link>.
					</div>
				) : bolehDisposisi ? (
					<details className="card" open={Boolean(untuk('disposisi-baru')) || (disposisiAktif && pohon.length === 0)}>
						<summary>Buat disposisi</summary>
						<p className="muted">
							Pilih penerima dan instruksi. Setelah disposisi dikirim, selesaikan langkah ini dengan tombol tindakan di bagian Alur surat.
						</p>
						<DisposisiForm result={untuk('disposisi-baru')} penerima={penerima} hariIni={hariIni} intent="disposisi-baru" />
					</details>
				) : null}
			</section>

			<section aria-labelledby="judul-alur">
				<h2 id="judul-alur">Alur surat</h2>
				{halaman ? (
					<>
						<RingkasanAlur halaman={halaman} />
						<ActionBar bar={halaman.actionBar} result={gagal} />
						<h3>Riwayat</h3>
						<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
						{halaman.bolehBatalkan ? <BatalkanAlur result={gagal} /> : null}
					</>
				) : (
					<p className="muted">Alur surat ini belum dimulai.</p>
				)}
			</section>

			<section aria-labelledby="judul-pengantaran" id="pengantaran">
				<h2 id="judul-pengantaran">Pengantaran</h2>
				<DaftarPengantaran baris={pengantaran} zonaWaktu={halaman?.zonaWaktu} />
				{bolehPengantaran ? <FormPengantaran gagal={untuk('pengantaran')} /> : null}
			</section>
		</>
	)
}

function Rincian({ surat }: { surat: RincianSuratMasuk }) {
	return (
		<section className="card" aria-label="Rincian surat">
			<dl className="detail">
				<dt>Nomor agenda</dt>
				<dd data-testid="nomor-agenda">
					<strong>{surat.nomorAgenda}</strong>
				</dd>
				<dt>Tanggal diterima</dt>
				<dd>{formatTanggal(surat.tanggalDiterima)}</dd>
				<dt>Nomor surat</dt>
				<dd>{surat.nomorSurat}</dd>
				<dt>Tanggal surat</dt>
				<dd>{formatTanggal(surat.tanggalSurat)}</dd>
				<dt>Asal surat</dt>
				<dd>
					{surat.asal} <span className="muted">({labelAsalJenis(surat.asalJenis)})</span>
				</dd>
				<dt>Perihal</dt>
				<dd>{surat.perihal}</dd>
				{surat.ringkasan ? (
					<>
						<dt>Ringkasan</dt>
						<dd style={{ whiteSpace: 'pre-line' }}>{surat.ringkasan}</dd>
					</>
				) : null}
				<dt>Sifat</dt>
				<dd>{surat.sifatLabel}</dd>
				<dt>Urgensi</dt>
				<dd>{surat.urgensiLabel}</dd>
				<dt>Klasifikasi</dt>
				<dd>
					{surat.klasifikasi.kode}
					{surat.klasifikasi.nama ? <span className="muted"> — {surat.klasifikasi.nama}</span> : null}
				</dd>
				<dt>Lampiran</dt>
				<dd>{surat.lampiran ?? '—'}</dd>
				<dt>Ditujukan kepada</dt>
				<dd>{surat.tujuan.nama ?? '—'}</dd>
				<dt>Pindaian</dt>
				<dd>
					{surat.pindaian ? (
						<>
							<a href={`/surat-masuk/${surat.id}/pindaian`} download>
								{surat.pindaian.nama}
							</a>
							{surat.pindaian.ukuran ? <span className="muted"> ({formatUkuran(surat.pindaian.ukuran)})</span> : null}
						</>
					) : (
						'—'
					)}
				</dd>
				<dt>Dicatat oleh</dt>
				<dd>
					{surat.pencatat ?? '—'} <span className="muted">{formatWaktu(surat.createdAt)}</span>
				</dd>
			</dl>
		</section>
	)
}

function DaftarPengantaran({ baris, zonaWaktu }: { baris: PengantaranRow[]; zonaWaktu?: string }) {
	if (baris.length === 0) return <p className="muted">Belum ada pengantaran tercatat.</p>
	return (
		<div className="table-wrap">
			<table data-testid="daftar-pengantaran">
				<thead>
					<tr>
						<th scope="col">Diantar kepada</th>
						<th scope="col">Diterima oleh</th>
						<th scope="col">Waktu diterima</th>
						<th scope="col">Dicatat oleh</th>
						<th scope="col">Catatan</th>
					</tr>
				</thead>
				<tbody>
					{baris.map((p) => (
						<tr key={p.id}>
							<td>{p.kepada}</td>
							<td>{p.diterimaOleh}</td>
							<td>{formatWaktu(p.diterimaAt, zonaWaktu)}</td>
							<td>{p.caraka}</td>
							<td>{p.catatan ?? '—'}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}

function FormPengantaran({ gagal }: { gagal: ActionFailure | null }) {
	return (
		<details className="card" open={Boolean(gagal)}>
			<summary>Catat pengantaran</summary>
			<Form method="post" className="form" noValidate style={{ marginTop: '0.75rem' }}>
				<FormError result={gagal} />
				<InputField label="Diantar kepada" name="kepada" required maxLength={BATAS.kepada} hint="Unit atau pejabat tujuan disposisi." {...fieldProps(gagal, 'kepada')} />
				<InputField label="Diterima oleh" name="diterimaOleh" required maxLength={BATAS.diterimaOleh} hint="Nama yang menandatangani buku pengantaran." {...fieldProps(gagal, 'diterimaOleh')} />
				<InputField label="Waktu diterima" name="diterimaAt" type="datetime-local" required {...fieldProps(gagal, 'diterimaAt')} />
				<TextareaField label="Catatan (tidak wajib)" name="catatan" maxLength={BATAS.catatan} rows={2} {...fieldProps(gagal, 'catatan')} />
				<div>
					<SubmitButton intent="pengantaran">Simpan pengantaran</SubmitButton>
				</div>
			</Form>
		</details>
	)
}
