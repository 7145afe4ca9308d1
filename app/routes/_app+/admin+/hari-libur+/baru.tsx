import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { HariLiburSchema } from '~/modules/referensi/hari-libur.schema'
import { createHariLibur } from '~/modules/referensi/hari-libur.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { HariLiburForm } from './__hari-libur-form'

export const meta: MetaFunction = () => [{ title: 'Tambah hari libur — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:referensi:any')
	const formData = await request.formData()
	const parsed = parseForm(HariLiburSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createHariLibur(parsed.data)
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/hari-libur', { jenis: 'sukses', pesan: 'Hari libur ditambahkan.' })
}

export default function TambahHariLibur() {
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah hari libur</h1>
			<HariLiburForm result={result} />
		</>
	)
}
