import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import type { ActionFailure } from '~/components/form'
import { getPermohonanDetail } from '~/modules/layanan/baca.server'
import { getPermohonanRingkas } from '~/modules/layanan/dokumen.server'
import { listDokumenPermohonan, tteAktif } from '~/modules/layanan/dokumen-elektronik.server'
import { UNGGAH_PERMOHONAN } from '~/modules/layanan/form-permohonan.server'
import { panelLangkah } from '~/modules/layanan/panel-langkah'
import { SKEMA_ISIAN } from '~/modules/layanan/skema-isian'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { parseUpload } from '~/utils/upload.server'
import { ActionBar, BatalkanAlur } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { getDefinisi } from '~/workflow/definisi'
import { getHalamanAlur, tanganiIntentAlur, type HalamanAlur } from '~/workflow/subjek.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { DokumenElektronikPermohonan, FormUnggahDokumen, PanelTandaTangan } from './__dokumen-elektronik'
import { FormTambahBerkas, PanelLangkah } from './__panel-langkah'
import { tanganiIntentPanel } from './__panel.server'
import { DendaPermohonan, HasilSiakPermohonan, IsianPermohonan, PemohonPermohonan, PersyaratanPermohonan, RegisterPermohonan, RingkasanPermohonan } from './__rincian'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.permohonan.nomorTiket ?? 'Permohonan'} — SIMADU` }]

const TIDAK_ADA = 'Permohonan tidak ditemukan.'

/** The panel of the step this user holds, if the step has one. */
function panelDipegang(halaman: HalamanAlur | null) {
	if (!halaman?.actionBar.dipegang || !halaman.langkahAktif) return null
	const langkah = getDefinisi(halaman.instans.definisiKode, halaman.instans.definisiVersi)?.langkah.find((l) => l.kode === halaman.langkahAktif!.kode)
	const jenis = langkah ? panelLangkah(langkah) : null
	return jenis ? { jenis, langkahKode: langkah!.kode } : null
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, cakupan } = await requirePembacaPermohonan(request)
	const permohonan = await getPermohonanDetail({ id: parseId(params.id), cakupan })
	if (!permohonan) throw notFound(TIDAK_ADA)
	// the shared action bar already leaves the signature to the signing panel (a guard of the module)
	const halaman = permohonan.instansId ? await getHalamanAlur({ instansId: permohonan.instansId, user }) : null
	const tteDipegang = halaman?.langkahAktif?.kode === 'tte' && Boolean(halaman.actionBar.dipegang)
	return {
		permohonan,
		halaman,
		panel: panelDipegang(halaman),
		tteDipegang,
		dokumen: await listDokumenPermohonan(permohonan.id),
		tteAktif: tteAktif(),
		skema: SKEMA_ISIAN[permohonan.jenis.skema] ?? null,
		/** the required checklist lines not ticked: the reason a return to the pemohon gives */
		kurang: permohonan.persyaratan.filter((s) => s.wajib && !permohonan.ceklis.includes(s.id)).map((s) => s.nama),
		bolehTambahBerkas: hasPermission(user.authority, 'update:permohonan:any') && halaman?.instans.status === 'berjalan',
		zonaWaktu: halaman?.zonaWaktu ?? (await getZonaWaktuKantor()),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, cakupan } = await requirePembacaPermohonan(request)
	const id = parseId(params.id)
	const ringkas = await getPermohonanRingkas({ id, cakupan })
	if (!ringkas) throw notFound(TIDAK_ADA)
	// every form of the page posts here; only the berkas form is multipart
	const unggah = await parseUpload(request, UNGGAH_PERMOHONAN)
	if (!unggah.ok) return data({ ok: false as const, errors: unggah.errors, values: { intent: 'tambah-berkas' } }, { status: 400 })
	const kembaliKe = `/permohonan/${id}`
	if (ringkas.instansId) {
		const hasil = await tanganiIntentAlur({ formData: unggah.formData, instansId: ringkas.instansId, user, kembaliKe })
		if (hasil) return hasil
	}
	return tanganiIntentPanel({ formData: unggah.formData, permohonanId: id, user, kembaliKe })
}

export default function HalamanPermohonan() {
	const { permohonan: p, halaman, panel, skema, kurang, bolehTambahBerkas, zonaWaktu, tteDipegang, dokumen, tteAktif } = useLoaderData<typeof loader>()
	const dokumenTerakhir = dokumen.at(-1) ?? null
	const result = useActionData<typeof action>()
	const failure: ActionFailure | null = result && 'errors' in result ? result : null
	// a return for missing berkas names them: the reason box starts with the list (still editable)
	const alasanAwal = panel?.jenis === 'ceklis' && kurang.length ? { kembalikan: `Berkas belum lengkap: ${kurang.join('; ')}.` } : undefined
	return (
		<>
			<p className="muted">
				<Link to="/permohonan">‹ Permohonan layanan</Link>
			</p>
			<h1>
				{p.jenis.nama} — {p.nomorTiket}
			</h1>
			<RingkasanPermohonan p={p} />
			<PemohonPermohonan p={p} />
			<IsianPermohonan p={p} skema={skema} />
			<PersyaratanPermohonan p={p} />
			<DendaPermohonan p={p} zonaWaktu={zonaWaktu} />
			<HasilSiakPermohonan p={p} zonaWaktu={zonaWaktu} />
			<RegisterPermohonan p={p} zonaWaktu={zonaWaktu} />
			<DokumenElektronikPermohonan daftar={dokumen} permohonanId={p.id} zonaWaktu={zonaWaktu} />

			<h2>Alur pelayanan</h2>
			{halaman ? (
				<>
					<RingkasanAlur halaman={halaman} />
					{panel ? <PanelLangkah panel={panel.jenis} langkahKode={panel.langkahKode} p={p} result={failure} zonaWaktu={zonaWaktu} kurang={kurang} /> : null}
					{panel?.jenis === 'hasil-siak' || panel?.jenis === 'cetak' ? <FormUnggahDokumen dokumen={dokumenTerakhir} nomorAwal={p.hasilNomor} result={failure} /> : null}
					{tteDipegang ? <PanelTandaTangan dokumen={dokumenTerakhir} tteAktif={tteAktif} permohonanId={p.id} result={failure} /> : null}
					<ActionBar key={alasanAwal?.kembalikan} bar={halaman.actionBar} result={failure} alasanAwal={alasanAwal} />
					{bolehTambahBerkas && panel?.jenis !== 'berkas-pemohon' ? (
						<details className="card" open={failure?.values.intent === 'tambah-berkas'}>
							<summary>Tambah berkas permohonan</summary>
							<div style={{ marginTop: '0.75rem' }}>
								<FormTambahBerkas p={p} result={failure} />
							</div>
						</details>
					) : null}
					<section aria-labelledby="judul-riwayat">
						<h2 id="judul-riwayat">Riwayat</h2>
						<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
					</section>
					{halaman.bolehBatalkan ? <BatalkanAlur result={failure} /> : null}
				</>
			) : (
				<p className="muted">Alur pelayanan permohonan ini belum dimulai.</p>
			)}
		</>
	)
}
