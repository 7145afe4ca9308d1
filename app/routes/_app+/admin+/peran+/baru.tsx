import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { PeranBaruSchema } from '~/modules/akses/peran.schema'
import { createPeran, listSemuaIzin } from '~/modules/akses/peran.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { PeranForm } from './__peran-form'

export const meta: MetaFunction = () => [{ title: 'Tambah peran — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:peran:any')
	return { izin: await listSemuaIzin() }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:peran:any')
	const formData = await request.formData()
	const parsed = parseForm(PeranBaruSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createPeran(parsed.data)
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash(`/admin/peran/${result.id}`, { jenis: 'sukses', pesan: 'Peran ditambahkan.' })
}

export default function TambahPeran() {
	const { izin } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah peran</h1>
			<PeranForm result={result} izin={izin} />
		</>
	)
}
