import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { JabatanSchema } from '~/modules/organisasi/jabatan.schema'
import { createJabatan, listPilihanJabatan, listPilihanPeran } from '~/modules/organisasi/jabatan.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict } from '~/utils/http.server'
import { JabatanForm } from './__jabatan-form'

export const meta: MetaFunction = () => [{ title: 'Tambah jabatan — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const [unit, atasan, peran] = await Promise.all([listPilihanUnitKerja(), listPilihanJabatan(), listPilihanPeran()])
	return { pilihan: { unit, atasan, peran } }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const formData = await request.formData()
	const parsed = parseForm(JabatanSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createJabatan(parsed.data)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/jabatan', { jenis: 'sukses', pesan: 'Jabatan ditambahkan.' })
}

export default function TambahJabatan() {
	const { pilihan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah jabatan</h1>
			<JabatanForm
				result={result}
				pilihan={pilihan}
				initial={{ kode: '', nama: '', jenis: '', unitId: null, atasanId: null, aktif: true, peran: [] }}
			/>
		</>
	)
}
