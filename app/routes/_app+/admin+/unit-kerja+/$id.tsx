import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { UbahUnitKerjaSchema } from '~/modules/organisasi/unit-kerja.schema'
import { deleteUnitKerja, getUnitKerja, listPilihanUnitKerja, updateUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { UnitKerjaForm } from './__unit-kerja-form'

export const meta: MetaFunction = () => [{ title: 'Unit kerja — SIMADU' }]

const TIDAK_ADA = 'Unit kerja tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const id = parseId(params.id)
	const unit = await getUnitKerja(id)
	if (!unit) throw notFound(TIDAK_ADA)
	return { unit, pilihanInduk: await listPilihanUnitKerja({ kecuali: id }), bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	if (formData.get('intent') === 'hapus') {
		const hapus = await deleteUnitKerja(id)
		if (!hapus) throw notFound(TIDAK_ADA)
		if (!hapus.ok) return data(formFailure(formData, { _form: [hapus.alasan] }), { status: 400 })
		return redirectWithFlash('/admin/unit-kerja', { jenis: 'sukses', pesan: 'Unit kerja dihapus.' })
	}
	const parsed = parseForm(UbahUnitKerjaSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updateUnitKerja(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/unit-kerja', { jenis: 'sukses', pesan: 'Unit kerja disimpan.' })
}

export default function UbahUnitKerja() {
	const { unit, pilihanInduk, bolehUbah } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>{bolehUbah ? 'Ubah unit kerja' : 'Unit kerja'}</h1>
			<UnitKerjaForm result={result} initial={unit} pilihanInduk={pilihanInduk} bolehUbah={bolehUbah} />
			{bolehUbah ? (
				<Form method="post" onSubmit={(e) => !confirm('Hapus unit kerja ini?') && e.preventDefault()}>
					<button type="submit" name="intent" value="hapus" className="button-bahaya">
						Hapus unit kerja
					</button>
				</Form>
			) : null}
		</>
	)
}
