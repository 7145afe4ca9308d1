import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { TarifDendaSchema } from '~/modules/layanan/katalog-admin.schema'
import { createTarifDenda, pilihanPeristiwa } from '~/modules/layanan/katalog-admin.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { TarifDendaForm } from './__tarif-denda-form'

export const meta: MetaFunction = () => [{ title: 'Tambah tarif denda — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	return { peristiwa: await pilihanPeristiwa() }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const formData = await request.formData()
	const parsed = parseForm(TarifDendaSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createTarifDenda(parsed.data)
	if (!result.ok) return data(formFailure(formData, 'errors' in result ? result.errors : {}), { status: 400 })
	return redirectWithFlash('/admin/tarif-denda', { jenis: 'sukses', pesan: 'Tarif denda ditambahkan.' })
}

export default function TambahTarifDenda() {
	const { peristiwa } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah tarif denda</h1>
			<TarifDendaForm result={result} peristiwa={peristiwa} />
		</>
	)
}
