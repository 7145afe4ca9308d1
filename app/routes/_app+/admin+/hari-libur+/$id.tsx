import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { HariLiburSchema } from '~/modules/referensi/hari-libur.schema'
import { deleteHariLibur, getHariLibur, updateHariLibur } from '~/modules/referensi/hari-libur.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { notFound, parseId } from '~/utils/http.server'
import { HariLiburForm } from './__hari-libur-form'

export const meta: MetaFunction = () => [{ title: 'Ubah hari libur — SIMADU' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	const hariLibur = await getHariLibur(parseId(params.id))
	if (!hariLibur) throw notFound('Hari libur tidak ditemukan.')
	return { hariLibur }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	if (formData.get('intent') === 'hapus') {
		if (!(await deleteHariLibur(id))) throw notFound('Hari libur tidak ditemukan.')
		return redirectWithFlash('/admin/hari-libur', { jenis: 'sukses', pesan: 'Hari libur dihapus.' })
	}
	const parsed = parseForm(HariLiburSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updateHariLibur(id, parsed.data)
	if (!result) throw notFound('Hari libur tidak ditemukan.')
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/hari-libur', { jenis: 'sukses', pesan: 'Hari libur disimpan.' })
}

export default function UbahHariLibur() {
	const { hariLibur } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Ubah hari libur</h1>
			<HariLiburForm result={result} initial={hariLibur} />
			<Form method="post" onSubmit={(e) => !confirm('Hapus hari libur ini?') && e.preventDefault()}>
				<button type="submit" name="intent" value="hapus" className="button-bahaya">
					Hapus hari libur
				</button>
			</Form>
		</>
	)
}
