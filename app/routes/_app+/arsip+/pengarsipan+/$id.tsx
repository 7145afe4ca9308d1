import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { listPilihanBerkasAktif } from '~/modules/arsip/berkas.server'
import { getPengarsipan, selesaikanPengarsipan } from '~/modules/arsip/pengarsipan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure } from '~/utils/forms'
import { formatTanggal } from '~/utils/format'
import { notFound, parseId } from '~/utils/http.server'
import { ActionBar } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { alurErrorResponse } from '~/workflow/galat'
import { getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.halaman.instans.judul ?? 'Pengarsipan surat'} — SIMADU` }]

const TIDAK_ADA = 'Pengarsipan surat tidak ditemukan.'
const SIFAT: Record<string, string> = { biasa: 'Biasa', terbatas: 'Terbatas', rahasia: 'Rahasia', 'sangat-rahasia': 'Sangat rahasia' }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const instansId = parseId(params.id)
	const [p, halaman] = await Promise.all([getPengarsipan(instansId), getHalamanAlur({ instansId, user })])
	if (!p || !halaman) throw notFound(TIDAK_ADA)
	const berjalan = halaman.instans.status === 'berjalan'
	const bolehKerjakan = berjalan && Boolean(halaman.actionBar.dipegang || halaman.actionBar.dapatDiambil)
	return {
		p,
		halaman,
		bolehKerjakan,
		berkas: bolehKerjakan && !p.berkas ? await listPilihanBerkasAktif(p.surat?.klasifikasiKode) : [],
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const instansId = parseId(params.id)
	if (!(await getPengarsipan(instansId))) throw notFound(TIDAK_ADA)
	const formData = await request.formData()
	const kembaliKe = `/arsip/pengarsipan/${instansId}`
	const intent = formData.get('intent')
	if (intent === 'berkaskan' || intent === 'selesaikan') {
		const berkasId = intent === 'berkaskan' ? Number(formData.get('berkasId')) : null
		if (intent === 'berkaskan' && !(Number.isSafeInteger(berkasId) && berkasId! > 0)) {
			return data(formFailure(formData, { berkasId: ['Pilih berkas tempat surat ini disimpan.'] }), { status: 400 })
		}
		try {
			const hasil = await selesaikanPengarsipan({ instansId, berkasId, pelaku: user })
			if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
			const pesan = hasil.nomorItem ? `Surat diberkaskan sebagai item ${hasil.nomorItem}; pengarsipan selesai.` : 'Pengarsipan selesai.'
			return redirectWithFlash(kembaliKe, { jenis: 'sukses', pesan })
		} catch (error) {
			throw alurErrorResponse(error)
		}
	}
	const hasil = await tanganiIntentAlur({ formData, instansId, user, kembaliKe })
	if (hasil) return hasil
	return data(formFailure(formData, { _form: ['Tindakan tidak dikenal.'] }), { status: 400 })
}

export default function HalamanPengarsipan() {
	const { p, halaman, bolehKerjakan, berkas } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as (ActionFailure & { values: Record<string, string> }) | undefined
	const gagal = result && 'errors' in result && (result.values?.intent === 'berkaskan' || result.values?.intent === 'selesaikan') ? result : null
	const s = p.surat
	return (
		<>
			<p className="muted">
				<Link to="/arsip/pengarsipan">‹ Pengarsipan surat</Link>
			</p>
			<h1>{halaman.instans.judul}</h1>
			{s ? (
				<section className="card" aria-label="Surat">
					<dl className="detail">
						<dt>Nomor agenda</dt>
						<dd>{s.agenda}</dd>
						<dt>Nomor surat</dt>
						<dd>
							{s.nomorSurat}, {formatTanggal(s.tanggalSurat)}
						</dd>
						<dt>Asal</dt>
						<dd>{s.asal}</dd>
						<dt>Perihal</dt>
						<dd>{s.perihal ?? <span className="muted">Surat {SIFAT[s.sifat]?.toLowerCase()}: perihal tidak ditampilkan.</span>}</dd>
						<dt>Kode klasifikasi</dt>
						<dd>
							<Link to={`/arsip/klasifikasi/${s.klasifikasiKode}`}>{s.klasifikasiKode}</Link>
						</dd>
						<dt>Diberkaskan</dt>
						<dd>{p.berkas ? <Link to={`/arsip/${p.berkas.berkasId}`}>{p.berkas.nomorBerkas}</Link> : <span className="muted">Belum</span>}</dd>
					</dl>
				</section>
			) : null}
			{bolehKerjakan ? (
				p.berkas ? (
					<Form method="post" className="card">
						<FormError result={gagal} />
						<p>Surat ini sudah diberkaskan. Selesaikan pengarsipannya.</p>
						<SubmitButton intent="selesaikan">Selesaikan pengarsipan</SubmitButton>
					</Form>
				) : (
					<Form method="post" className="form card" noValidate>
						<h2 style={{ marginTop: 0 }}>Berkaskan surat</h2>
						<p className="muted">
							Pilih berkas aktif tempat surat disimpan; berkas dengan kode klasifikasi yang sama atau terdekat ada di atas. Menyimpan surat menyelesaikan langkah terima, klasifikasi dan simpan.{' '}
							<Link to={`/arsip/baru${s ? `?klasifikasi=${s.klasifikasiKode}` : ''}`}>Buat berkas baru</Link>
						</p>
						<FormError result={gagal} />
						<SelectField label="Berkas" name="berkasId" options={berkas} placeholder="Pilih berkas" required {...fieldProps(gagal, 'berkasId')} />
						<div className="actions">
							<SubmitButton intent="berkaskan">Berkaskan dan selesaikan</SubmitButton>
						</div>
					</Form>
				)
			) : null}
			<RingkasanAlur halaman={halaman} />
			<ActionBar bar={halaman.actionBar} result={result && result.values?.intent === 'aksi' ? result : null} />
			<section aria-labelledby="judul-riwayat">
				<h2 id="judul-riwayat">Riwayat</h2>
				<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
			</section>
		</>
	)
}
