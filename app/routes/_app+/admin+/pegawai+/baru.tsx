import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { PegawaiSchema } from '~/modules/organisasi/pegawai.schema'
import { createPegawai } from '~/modules/organisasi/pegawai.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict } from '~/utils/http.server'
import { PegawaiForm } from './__pegawai-form'

export const meta: MetaFunction = () => [{ title: 'Tambah pegawai — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const [unit, jabatan] = await Promise.all([listPilihanUnitKerja(), listPilihanJabatan({ hanyaAktif: true })])
	return { pilihan: { unit, jabatan } }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const formData = await request.formData()
	const parsed = parseForm(PegawaiSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createPegawai(parsed.data)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash(`/admin/pegawai/${result.id}`, { jenis: 'sukses', pesan: 'Pegawai ditambahkan.' })
}

export default function TambahPegawai() {
	const { pilihan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah pegawai</h1>
			<PegawaiForm result={result} pilihan={pilihan} initial={{ nip: '', nama: '', unitId: null, jabatanId: null, email: null, telepon: null }} />
		</>
	)
}
