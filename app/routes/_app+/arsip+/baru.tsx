import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { BerkasSchema } from '~/modules/arsip/berkas.schema'
import { createBerkas } from '~/modules/arsip/berkas.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { BerkasForm } from './__berkas-form'

export const meta: MetaFunction = () => [{ title: 'Tambah berkas arsip — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const klasifikasi = new URL(request.url).searchParams.get('klasifikasi')?.trim().slice(0, 30) ?? ''
	return { unit: await listPilihanUnitKerja(), klasifikasi: /^\d{3}(\.\d+)*$/.test(klasifikasi) ? klasifikasi : '' }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'update:arsip:any')
	const formData = await request.formData()
	const parsed = parseForm(BerkasSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createBerkas(parsed.data, user)
	if (!result.ok) return data(formFailure(formData, 'errors' in result ? result.errors : { _form: ['Berkas gagal disimpan; ulangi.'] }), { status: 400 })
	return redirectWithFlash(`/arsip/${result.id}`, { jenis: 'sukses', pesan: 'Berkas ditambahkan.' })
}

export default function TambahBerkas() {
	const { unit, klasifikasi } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah berkas arsip</h1>
			<p className="muted">Nomor berkas diberikan otomatis: BRK/tahun awal kurun waktu/nomor urut.</p>
			<BerkasForm
				result={result}
				unit={unit}
				baru
				initial={{
					klasifikasiKode: klasifikasi,
					uraian: '',
					unitKerjaId: null,
					kurunAwal: '',
					kurunAkhir: null,
					jumlah: 0,
					satuan: 'berkas',
					tingkatPerkembangan: 'asli',
					lokasiGedung: null,
					lokasiRuang: null,
					lokasiLemari: null,
					lokasiRak: null,
					lokasiBoks: null,
					lokasiFolder: null,
					status: 'aktif',
				}}
			/>
		</>
	)
}
