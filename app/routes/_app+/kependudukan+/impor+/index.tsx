import { rm } from 'node:fs/promises'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { DataTable } from '~/components/data-table'
import { FormError, InputField, SelectField, fieldProps, type ActionFailure } from '~/components/form'
import { listImpor } from '~/modules/kependudukan/impor/daftar-impor.server'
import { buatImpor, jalankanImpor } from '~/modules/kependudukan/impor/impor.server'
import { BATAS_UKURAN_DKB } from '~/modules/kependudukan/impor/batas'
import { terimaUnggahanDkb } from '~/modules/kependudukan/impor/unggah.server'
import { labelSemester } from '~/modules/kependudukan/kode'
import { LABEL_STATUS_IMPOR, pilihanSemester } from '~/modules/kependudukan/label'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatAngka, formatUkuran, formatWaktu, tanggalDiZona } from '~/utils/format'
import { logger } from '~/utils/logger.server'
import { readPage } from '~/utils/pagination.server'

export const meta: MetaFunction = () => [{ title: 'Impor DKB — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:dkb:any')
	const { page, perPage, offset } = readPage(new URL(request.url))
	const [{ rows, total }, zona] = await Promise.all([listImpor({ offset, limit: perPage }), getZonaWaktuKantor()])
	return { rows, total, page, perPage, zona, semester: pilihanSemester(tanggalDiZona(new Date(), zona)) }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:dkb:any')
	const unggahan = await terimaUnggahanDkb(request)
	if (!unggahan.ok) return data({ errors: unggahan.errors, values: unggahan.values }, { status: 400 })
	const dibuat = await buatImpor({ semester: unggahan.semester, namaBerkas: unggahan.namaBerkas, berkas: unggahan.berkas, asal: 'unggahan', pelaku: user })
	if (!dibuat.ok) {
		await rm(unggahan.berkas, { force: true })
		return data({ errors: dibuat.errors, values: { semester: unggahan.semester } }, { status: 400 })
	}
	// the job outlives this request: the browser may close, the progress page reads the job's row
	void jalankanImpor(dibuat.impor.id, { pelaku: user }).catch((err: unknown) => logger.error({ err, imporId: dibuat.impor.id }, 'impor DKB berhenti'))
	return redirectWithFlash(`/kependudukan/impor/${dibuat.impor.id}`, { jenis: 'sukses', pesan: `Berkas ${unggahan.namaBerkas} diterima; impor ${labelSemester(unggahan.semester)} berjalan.` })
}

export default function ImporDkb() {
	const { rows, total, page, perPage, zona, semester } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionFailure | undefined
	const mengunggah = useNavigation().state === 'submitting'
	return (
		<>
			<h1>Impor DKB</h1>
			<p className="muted">
				Data Konsolidasi Bersih semester dari Ditjen Dukcapil (CSV atau XLSX, kolom sesuai format SIAK). Baris yang salah ditolak dengan alasannya; baris yang sah
				menjadi data penduduk dan keluarga semester itu, dan agregatnya dihitung sebagai draft publikasi (P7.2). Impor ulang mengganti seluruh data semester selama
				publikasinya masih draft.
			</p>
			<Form method="post" encType="multipart/form-data" className="form card" noValidate>
				<h2 style={{ marginTop: 0 }}>Unggah berkas DKB</h2>
				<FormError result={result} />
				<div className="form-grid">
					<SelectField label="Semester" name="semester" options={semester} required {...fieldProps(result, 'semester')} />
					<InputField
						label="Berkas DKB"
						name="berkas"
						type="file"
						accept=".csv,.xlsx,.txt"
						required
						hint={`CSV (pemisah koma atau titik koma) atau XLSX, paling besar ${formatUkuran(BATAS_UKURAN_DKB)}.`}
						{...fieldProps(result, 'berkas')}
					/>
				</div>
				<div className="actions">
					<button type="submit" disabled={mengunggah}>
						{mengunggah ? 'Mengunggah…' : 'Unggah dan impor'}
					</button>
				</div>
			</Form>
			<h2>Riwayat impor</h2>
			<DataTable
				caption="Riwayat impor DKB"
				rows={rows}
				rowKey={(r) => r.id}
				total={total}
				page={page}
				perPage={perPage}
				empty="Belum ada impor."
				columns={[
					{ header: 'Diunggah', cell: (r) => <Link to={`/kependudukan/impor/${r.id}`}>{formatWaktu(r.createdAt, zona)}</Link> },
					{ header: 'Semester', cell: (r) => labelSemester(r.semester) },
					{ header: 'Berkas', cell: (r) => r.namaBerkas },
					{ header: 'Status', cell: (r) => (r.status === 'berjalan' ? `${LABEL_STATUS_IMPOR[r.status]} (${r.persen}%)` : LABEL_STATUS_IMPOR[r.status]) },
					{ header: 'Dibaca', cell: (r) => formatAngka(r.barisDibaca), numeric: true },
					{ header: 'Diimpor', cell: (r) => formatAngka(r.barisDiimpor), numeric: true },
					{ header: 'Ditolak', cell: (r) => formatAngka(r.barisDitolak), numeric: true },
					{ header: 'Oleh', cell: (r) => r.pengunggah ?? 'baris perintah' },
				]}
			/>
		</>
	)
}
