import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { UbahJabatanSchema } from '~/modules/organisasi/jabatan.schema'
import { deleteJabatan, getJabatan, listPilihanJabatan, listPilihanPeran, updateJabatan } from '~/modules/organisasi/jabatan.server'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { JabatanForm } from './__jabatan-form'

export const meta: MetaFunction = () => [{ title: 'Jabatan — SIMADU' }]

const TIDAK_ADA = 'Jabatan tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const id = parseId(params.id)
	const jabatan = await getJabatan(id)
	if (!jabatan) throw notFound(TIDAK_ADA)
	const [unit, atasan, peran] = await Promise.all([listPilihanUnitKerja(), listPilihanJabatan({ kecuali: id }), listPilihanPeran()])
	return { jabatan, pilihan: { unit, atasan, peran }, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	if (formData.get('intent') === 'hapus') {
		const hapus = await deleteJabatan(id)
		if (!hapus) throw notFound(TIDAK_ADA)
		if (!hapus.ok) return data(formFailure(formData, { _form: [hapus.alasan] }), { status: 400 })
		return redirectWithFlash('/admin/jabatan', { jenis: 'sukses', pesan: 'Jabatan dihapus.' })
	}
	const parsed = parseForm(UbahJabatanSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updateJabatan(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/jabatan', { jenis: 'sukses', pesan: 'Jabatan disimpan.' })
}

export default function UbahJabatan() {
	const { jabatan, pilihan, bolehUbah } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>{bolehUbah ? 'Ubah jabatan' : 'Jabatan'}</h1>
			<JabatanForm result={result} initial={jabatan} pilihan={pilihan} bolehUbah={bolehUbah} />
			{bolehUbah ? (
				<Form method="post" onSubmit={(e) => !confirm('Hapus jabatan ini?') && e.preventDefault()}>
					<button type="submit" name="intent" value="hapus" className="button-bahaya">
						Hapus jabatan
					</button>
				</Form>
			) : null}
		</>
	)
}
