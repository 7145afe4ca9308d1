import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { DataTable, type Column } from '~/components/data-table'
import { FormError, InputField, SelectField, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { bacaFilterNomor, KELAS_STATUS_NOMOR, LABEL_STATUS_NOMOR, PesanNomorSchema, STATUS_NOMOR } from '~/modules/persuratan/nomor-surat.schema'
import { gunakanNomor, lepasNomor, listNomorSurat, MAKS_HARI_PESAN, pesanNomor, type NomorSuratRow } from '~/modules/persuratan/nomor-surat.server'
import { listPilihanDraf } from '~/modules/persuratan/surat-keluar.server'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatWaktu, tanggalDiZona } from '~/utils/format'
import { formFailure, parseForm } from '~/utils/forms'
import { readPage } from '~/utils/pagination.server'
import { alurErrorResponse } from '~/workflow/galat'

export const meta: MetaFunction = () => [{ title: 'Nomor surat keluar — SIMADU' }]

/**
 * `/surat-keluar/nomor`: every number of the office's outgoing letters, and "ambil nomor" for a
 * letter signed on paper. A reservation is used (with the letter's perihal) or released; a
 * released number is the next one any signature takes, and expired ones are released here.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:surat-keluar:any')
	const url = new URL(request.url)
	const filter = bacaFilterNomor(url)
	const { page, perPage, offset } = readPage(url)
	const zonaWaktu = await getZonaWaktuKantor()
	const [{ rows, total }, pilihan, unit] = await Promise.all([listNomorSurat({ ...filter, offset, limit: perPage }), listPilihanDraf(), listPilihanUnitKerja()])
	const hariIni = tanggalDiZona(new Date(), zonaWaktu)
	const batas = new Date(Date.parse(`${hariIni}T00:00:00Z`) + MAKS_HARI_PESAN * 86_400_000).toISOString().slice(0, 10)
	return { rows, total, page, perPage, filter, zonaWaktu, hariIni, batas, unitSaya: user.unitId, pilihanJenis: pilihan.jenis.map((j) => ({ value: j.value, label: j.label })), pilihanUnit: unit }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:surat-keluar:any')
	const formData = await request.formData()
	const intent = formData.get('intent')
	const id = Number(formData.get('id'))
	try {
		if (intent === 'pesan') {
			const parsed = parseForm(PesanNomorSchema, formData)
			if (!parsed.ok) return data(parsed, { status: 400 })
			const hasil = await pesanNomor({ ...parsed.data, pelakuId: user.id })
			if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
			return redirectWithFlash('/surat-keluar/nomor?status=dipesan', { jenis: 'sukses', pesan: `Nomor ${hasil.nomor} dipesan.` })
		}
		if (intent === 'gunakan' && Number.isSafeInteger(id)) {
			const hasil = await gunakanNomor({ id, perihal: String(formData.get('perihal') ?? '') })
			if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
			return redirectWithFlash('/surat-keluar/nomor', { jenis: 'sukses', pesan: 'Nomor dicatat terpakai.' })
		}
		if (intent === 'lepas' && Number.isSafeInteger(id)) {
			await lepasNomor({ id })
			return redirectWithFlash('/surat-keluar/nomor', { jenis: 'info', pesan: 'Nomor dilepas; nomor ini dipakai lebih dulu oleh surat berikutnya.' })
		}
	} catch (error) {
		throw alurErrorResponse(error)
	}
	return data(formFailure(formData, { _form: ['Tindakan tidak dikenal.'] }), { status: 400 })
}

function AksiPesanan({ r, result }: { r: NomorSuratRow; result: ActionFailure | null }) {
	const milik = result?.values.intent === 'gunakan' && result.values.id === String(r.id) ? result : null
	return (
		<details open={Boolean(milik)}>
			<summary>Gunakan / lepas</summary>
			<Form method="post" className="form" style={{ marginTop: '0.5rem' }}>
				<input type="hidden" name="id" value={r.id} />
				<InputField label="Perihal surat yang memakai nomor ini" name="perihal" maxLength={300} required {...fieldProps(milik, 'perihal')} />
				<div className="actions">
					<SubmitButton intent="gunakan" className="button-kecil">
						Tandai terpakai
					</SubmitButton>
				</div>
			</Form>
			<Form method="post" className="actions" style={{ marginTop: '0.5rem' }}>
				<input type="hidden" name="id" value={r.id} />
				<SubmitButton intent="lepas" className="button-sekunder button-kecil">
					Lepas nomor
				</SubmitButton>
			</Form>
		</details>
	)
}

export default function NomorSuratKeluar() {
	const { rows, total, page, perPage, filter, zonaWaktu, hariIni, batas, unitSaya, pilihanJenis, pilihanUnit } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const failure: ActionFailure | null = result && 'errors' in result ? result : null
	const gagalPesan = failure?.values.intent === 'pesan' ? failure : null
	const f = (name: string, awal: string | number = '') => {
		const p = fieldProps(gagalPesan, name)
		return { ...p, defaultValue: p.defaultValue ?? String(awal) }
	}
	const tahunIni = Number(hariIni.slice(0, 4))
	const kolom: Column<NomorSuratRow>[] = [
		{
			header: 'Nomor',
			cell: (r) => (
				<>
					<strong>{r.nomor ?? r.nomorUrut}</strong>
					<div className="muted">
						{r.jenisNaskah} · urut {r.nomorUrut}/{r.tahun}
					</div>
				</>
			),
		},
		{ header: 'Status', cell: (r) => <span className={KELAS_STATUS_NOMOR[r.status]}>{LABEL_STATUS_NOMOR[r.status]}</span> },
		{
			header: 'Untuk',
			cell: (r) =>
				r.surat ? (
					<Link to={`/surat-keluar/${r.surat.id}`}>{r.surat.perihal}</Link>
				) : (
					(r.keperluan ?? <span className="muted">—</span>)
				),
		},
		{
			header: 'Dipesan',
			cell: (r) =>
				r.dipesanAt ? (
					<>
						{r.dipesanOleh}
						<div className="muted">
							{formatWaktu(r.dipesanAt, zonaWaktu)}
							{r.berlakuSampai && r.status === 'dipesan' ? ` · berlaku s.d. ${formatWaktu(r.berlakuSampai, zonaWaktu)}` : ''}
						</div>
					</>
				) : (
					<span className="muted">—</span>
				),
		},
		{ header: 'Dipakai / dilepas', cell: (r) => (r.dipakaiAt ? formatWaktu(r.dipakaiAt, zonaWaktu) : r.dilepasAt ? formatWaktu(r.dilepasAt, zonaWaktu) : '—') },
		{ header: 'Tindakan', cell: (r) => (r.status === 'dipesan' && !r.surat ? <AksiPesanan r={r} result={failure} /> : null) },
	]
	return (
		<>
			<p className="muted">
				<Link to="/surat-keluar">‹ Surat keluar</Link>
			</p>
			<h1>Nomor surat keluar</h1>
			<p className="muted">
				Nomor diterbitkan otomatis saat surat ditandatangani: satu urutan per jenis naskah per tahun, tanpa lompatan. Untuk surat yang ditandatangani di atas kertas, ambil nomor di
				sini; nomor yang tidak jadi dipakai dilepas dan dipakai lebih dulu oleh surat berikutnya.
			</p>
			<details className="card" open={Boolean(gagalPesan)}>
				<summary>Ambil nomor</summary>
				<Form method="post" className="form" noValidate style={{ marginTop: '0.75rem' }}>
					<FormError result={gagalPesan} />
					<div className="form-grid">
						<SelectField label="Jenis naskah" name="jenisNaskahId" options={pilihanJenis} placeholder="Pilih jenis naskah" required {...f('jenisNaskahId')} />
						<InputField label="Kode klasifikasi" name="klasifikasiKode" required maxLength={30} {...f('klasifikasiKode')} />
						<SelectField label="Unit pengirim" name="unitId" options={pilihanUnit} required {...f('unitId', unitSaya)} />
						<InputField label="Berlaku sampai" name="berlakuSampai" type="date" min={hariIni} max={batas} required {...f('berlakuSampai', hariIni)} />
					</div>
					<InputField label="Keperluan" name="keperluan" required maxLength={300} hint="Untuk surat apa nomor ini dipesan." {...f('keperluan')} />
					<div>
						<SubmitButton intent="pesan">Ambil nomor berikutnya</SubmitButton>
					</div>
				</Form>
			</details>
			<Form method="get" className="toolbar">
				<SelectField label="Jenis naskah" name="jenis" options={pilihanJenis} placeholder="Semua jenis" defaultValue={filter.jenisNaskahId ?? ''} />
				<InputField label="Tahun" name="tahun" type="number" min={2000} max={2200} placeholder={String(tahunIni)} defaultValue={filter.tahun ?? ''} />
				<SelectField label="Status" name="status" options={STATUS_NOMOR.map((s) => ({ value: s.value, label: s.label }))} placeholder="Semua status" defaultValue={filter.status ?? ''} />
				<button type="submit">Terapkan</button>
			</Form>
			<DataTable caption="Daftar nomor surat keluar" rows={rows} rowKey={(r) => r.id} total={total} page={page} perPage={perPage} columns={kolom} empty="Belum ada nomor untuk saringan ini." />
		</>
	)
}
