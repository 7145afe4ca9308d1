import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { PenugasanPltSchema } from '~/modules/organisasi/plt.schema'
import { createPenugasanPlt, hariIniKantor, listPilihanPengguna } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { PenugasanPltForm } from './__plt-form'

export const meta: MetaFunction = () => [{ title: 'Tambah penugasan Plt/Plh — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const [pengguna, jabatan, hariIni] = await Promise.all([listPilihanPengguna(), listPilihanJabatan({ hanyaAktif: true }), hariIniKantor()])
	return { pilihan: { pengguna, jabatan }, hariIni }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const formData = await request.formData()
	const parsed = parseForm(PenugasanPltSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createPenugasanPlt(parsed.data)
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/plt', { jenis: 'sukses', pesan: 'Penugasan Plt/Plh ditambahkan.' })
}

export default function TambahPenugasanPlt() {
	const { pilihan, hariIni } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah penugasan Plt/Plh</h1>
			<PenugasanPltForm
				result={result}
				pilihan={pilihan}
				initial={{ penggunaId: null, jabatanId: null, jenis: 'Plh', mulai: hariIni, selesai: hariIni, nomorSurat: null, keterangan: null }}
			/>
		</>
	)
}
